"""Vietnamese text core: canonical form, names, collation keys and search keys.

Pure standard library, so every layer above (store, services, importing, printing, ui)
can use it and the sort keys are identical wherever they are computed.
"""

from ceremony.text.canonical import canonical_name, canonical_text, proper_case
from ceremony.text.collation import ToneOrder, name_sort_key, person_sort_key, text_sort_key
from ceremony.text.names import NameParts, split_name
from ceremony.text.search import duplicate_key, search_key

__all__ = [
    "NameParts",
    "ToneOrder",
    "canonical_name",
    "canonical_text",
    "duplicate_key",
    "name_sort_key",
    "person_sort_key",
    "proper_case",
    "search_key",
    "split_name",
    "text_sort_key",
]
