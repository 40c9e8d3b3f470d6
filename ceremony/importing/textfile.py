"""CSV, TSV and TXT lists: which encoding, which separator.

Excel writes "CSV" in the machine's code page (Windows-1258 on Vietnamese Windows, with
tone marks as combining characters), "CSV UTF-8" with a BOM, and "Unicode text" as
tab-separated UTF-16. Old templates add TCVN3 and VNI text read as Windows-1252.
"""

from __future__ import annotations

import csv
import io
import unicodedata
from pathlib import Path
from typing import Final

from ceremony.errors import DataError
from ceremony.importing.textfix import Encoding, convert, guess_legacy, implausibility

MAX_TEXT_ROWS: Final = 200_000
MAX_FIELD_CHARS: Final = 200_000  # csv's own guard; cells are checked again, tighter


def decode(data: bytes) -> tuple[str, str]:
    """The text and the name of the encoding it was read with."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="strict"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "utf-16"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    # Not UTF-8: Windows-1258, or TCVN3/VNI bytes typed under a legacy font. Both
    # readings are tried and the one that reads most like Vietnamese wins.
    vietnamese = unicodedata.normalize("NFC", data.decode("cp1258", errors="replace"))
    western = data.decode("cp1252", errors="replace")
    legacy = guess_legacy(western.splitlines())
    if legacy is not Encoding.UNICODE:
        converted = convert(western, legacy)
        if implausibility(converted) < implausibility(vietnamese):
            return western, "windows-1252"
    return vietnamese, "windows-1258"


def read_text_rows(path: Path) -> tuple[list[list[str]], str]:
    """Every row of a delimited text file, and the encoding used."""
    data = path.read_bytes()
    try:
        text, encoding = decode(data)
    except UnicodeDecodeError as error:
        raise DataError("import.bad_encoding", file=path.name, detail=str(error)) from error
    delimiter = _delimiter(text, path.suffix.lower(), encoding)
    csv.field_size_limit(MAX_FIELD_CHARS)
    rows: list[list[str]] = []
    try:
        for row in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter):
            rows.append(row)
            if len(rows) > MAX_TEXT_ROWS:
                raise DataError("import.too_many_rows", file=path.name, sheet="",
                                limit=MAX_TEXT_ROWS)
    except csv.Error as error:
        raise DataError("import.corrupt", file=path.name, detail=str(error)) from error
    return rows, encoding


def _delimiter(text: str, suffix: str, encoding: str) -> str:
    if suffix == ".tsv" or encoding == "utf-16":
        return "\t"
    head = text[:20_000]
    counts = {sep: head.count(sep) for sep in (",", ";", "\t")}
    return max(counts, key=lambda sep: counts[sep]) if any(counts.values()) else ","
