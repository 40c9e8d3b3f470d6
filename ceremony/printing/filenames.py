"""File names made from honorees' names: readable, in order, and safe on every system."""

from __future__ import annotations

import re
import unicodedata

# Reserved on Windows (the clerks' PCs) whatever the extension.
_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)),
             *(f"LPT{i}" for i in range(1, 10))}
_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]+')
MAX_STEM = 80  # leaves room for the folder in Windows' 260-character paths
# Linux and macOS limit a name to 255 bytes, not letters; a Vietnamese letter takes up
# to 3 bytes in UTF-8, and the temporary file's name adds a dozen more.
MAX_STEM_BYTES = 200


def safe_stem(name: str) -> str:
    """A file name stem for *name*: Vietnamese letters kept, separators and markup removed."""
    text = unicodedata.normalize("NFC", name)
    text = "".join(" " if unicodedata.category(c).startswith("Z") else c for c in text)
    text = _UNSAFE.sub(" ", text)
    text = " ".join(text.split()).strip(" .")
    text = text[:MAX_STEM]
    while len(text.encode("utf-8")) > MAX_STEM_BYTES:
        text = text[:-1]
    text = text.rstrip(" .")
    if not text or text.upper().split(".")[0] in _RESERVED:
        text = f"_{text}"
    return text


def numbered_file_name(index: int, total: int, name: str) -> str:
    """"007-Hoàng Văn Đức.pdf": the number keeps print order and tells namesakes apart."""
    width = max(3, len(str(total)))
    return f"{index:0{width}d}-{safe_stem(name)}.pdf"
