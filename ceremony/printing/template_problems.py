"""What is wrong with a template file, said in the user's language.

jsonschema describes a failure in English and in its own terms ("[] should be
non-empty", "0 is less than or equal to the minimum of 0"); a clerk importing a
colleague's template reads instead which field and which setting is wrong and
why, in Vietnamese or English. Also checked here, beyond what a schema can say:
two fields with the same id (the designer could show only one of them, yet both
would print).
"""

from __future__ import annotations

import json
from collections import Counter
from typing import Any

from ceremony.messages import Phrase

# jsonschema keywords with a message of their own; anything else keeps its English text.
_BOUNDS = {"minimum": "at_least", "exclusiveMinimum": "more_than",
           "maximum": "at_most", "exclusiveMaximum": "less_than"}


def schema_problem(error: Any, data: Any) -> Phrase:
    """The first schema *error* (a jsonschema ValidationError) as a phrase."""
    where = place(list(error.absolute_path), data)
    keyword = error.validator
    if keyword in _BOUNDS:
        return Phrase(f"template.problem.{_BOUNDS[keyword]}", where=where,
                      value=_shown(error.instance), limit=_shown(error.validator_value))
    if keyword == "required":
        missing = [name for name in error.validator_value if name not in error.instance]
        return Phrase("template.problem.missing", where=where, names=", ".join(missing))
    if keyword == "minItems" and not error.instance:
        return Phrase("template.problem.empty", where=where)
    if keyword == "additionalProperties":
        allowed = set(error.schema.get("properties", {}))
        unknown = sorted(set(error.instance) - allowed)
        return Phrase("template.problem.unknown", where=where, names=", ".join(unknown))
    if keyword == "enum":
        return Phrase("template.problem.choice", where=where, value=_shown(error.instance),
                      allowed=", ".join(_shown(v) for v in error.validator_value))
    if keyword in ("type", "pattern", "minLength", "maxLength", "format"):
        return Phrase("template.problem.form", where=where, value=_shown(error.instance))
    return Phrase("template.problem.other", where=where, detail=error.message)


def duplicate_field(data: Any) -> Phrase | None:
    """Two or more fields sharing an id, in a template the schema has accepted."""
    counts = Counter(str(spec["id"]) for spec in data["fields"])
    doubled = sorted(name for name, count in counts.items() if count > 1)
    if not doubled:
        return None
    return Phrase("template.problem.duplicate_id", names=", ".join(doubled))


def place(path: list[Any], data: Any) -> Phrase:
    """Where in the file: a field by its id where it has one, else the setting's path."""
    if len(path) >= 2 and path[0] == "fields" and isinstance(path[1], int):
        field = _field_id(data, path[1])
        setting = "/".join(str(part) for part in path[2:])
        if not setting:
            return Phrase("template.place.field", number=path[1] + 1, id=field)
        return Phrase("template.place.field_setting", number=path[1] + 1, id=field,
                      setting=setting)
    if not path:
        return Phrase("template.place.top")
    return Phrase("template.place.setting", setting="/".join(str(p) for p in path))


def _field_id(data: Any, index: int) -> str:
    try:
        return str(data["fields"][index]["id"])
    except (KeyError, IndexError, TypeError):
        return "?"


def _shown(value: Any) -> str:
    """A value as the file has it, short enough for a message."""
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 60 else text[:57] + "…"
