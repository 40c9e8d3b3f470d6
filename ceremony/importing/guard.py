"""Checks made on a file before any parser sees it.

Parsers are the soft spot for hostile files: a zip bomb or a 1,048,576-row sheet costs
gigabytes before the first row comes back. So the kind of file is decided from its first
bytes (not its name), and a zip's central directory is checked against size, count and
compression-ratio budgets before anything is decompressed.
"""

from __future__ import annotations

import enum
import zipfile
import zlib
from pathlib import Path
from typing import Final

from ceremony.errors import DataError

MAX_FILE_BYTES: Final = 25 * 1024 * 1024
MAX_ZIP_ENTRIES: Final = 300
MAX_UNPACKED_BYTES: Final = 150 * 1024 * 1024
MAX_RATIO: Final = 100  # xlsx sheets compress ~10×; a bomb compresses ~1000×
RATIO_FLOOR_BYTES: Final = 1024 * 1024  # tiny entries may compress as they like


class FileKind(enum.StrEnum):
    XLSX = "xlsx"
    ODS = "ods"
    XLS = "xls"
    TEXT = "text"


# What zipfile raises for a damaged archive: its own error, zlib's, a mangled UTF-8
# member name (ValueError), unsupported features (NotImplementedError), short reads.
ZIP_ERRORS: Final = (zipfile.BadZipFile, zlib.error, OSError, EOFError, ValueError,
                     NotImplementedError, RuntimeError)

_OLE2: Final = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP: Final = b"PK\x03\x04"


def sniff(path: Path) -> FileKind:
    """What the file really is, refusing what we cannot or must not read."""
    shown = path.name
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            head = handle.read(8)
    except OSError as error:
        raise DataError("import.unreadable", file=shown, detail=error.strerror or "") from error
    if size == 0:
        raise DataError("import.empty_file", file=shown)
    if size > MAX_FILE_BYTES:
        raise DataError("import.too_big", file=shown, size=size // 1024 // 1024,
                        limit=MAX_FILE_BYTES // 1024 // 1024)
    if head.startswith(b"%PDF"):
        raise DataError("import.pdf", file=shown)
    if head.startswith(_OLE2):
        return FileKind.XLS
    if head.startswith(_ZIP):
        return _zip_kind(path)
    # A text file named like a workbook is still fine when it has a BOM (Excel's
    # "Unicode text" saved as .xls starts with the UTF-16 one).
    workbook_name = path.suffix.lower() in (".xlsx", ".xlsm", ".xls", ".ods")
    has_bom = head.startswith((b"\xff\xfe", b"\xfe\xff", b"\xef\xbb\xbf"))
    if (workbook_name or b"\x00" in head[:2]) and not has_bom:
        raise DataError("import.not_spreadsheet", file=shown)
    return FileKind.TEXT


def _zip_kind(path: Path) -> FileKind:
    names = check_zip(path)
    if "content.xml" in names:
        return FileKind.ODS
    if "xl/workbook.xml" in names:
        return FileKind.XLSX
    raise DataError("import.not_spreadsheet", file=path.name)


def check_zip(path: Path) -> set[str]:
    """The member names, once the archive has passed every budget."""
    shown = path.name
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except ZIP_ERRORS as error:
        raise DataError("import.corrupt", file=shown, detail=str(error)[:200]) from error
    if len(members) > MAX_ZIP_ENTRIES:
        raise DataError("import.zip_entries", file=shown, count=len(members),
                        limit=MAX_ZIP_ENTRIES)
    total = 0
    for member in members:
        name = member.filename
        if name.startswith(("/", "\\")) or ".." in name.replace("\\", "/").split("/"):
            raise DataError("import.zip_unsafe", file=shown, name=name)
        if member.flag_bits & 0x1:
            raise DataError("import.encrypted", file=shown)
        total += member.file_size
        ratio = member.file_size / max(member.compress_size, 1)
        if member.file_size > RATIO_FLOOR_BYTES and ratio > MAX_RATIO:
            raise DataError("import.zip_ratio", file=shown, name=name, ratio=int(ratio),
                            limit=MAX_RATIO)
    if total > MAX_UNPACKED_BYTES:
        raise DataError("import.zip_size", file=shown, size=total // 1024 // 1024,
                        limit=MAX_UNPACKED_BYTES // 1024 // 1024)
    return {member.filename for member in members}


_PROLOG_LIMIT: Final = 64 * 1024


def check_xml_prologs(path: Path) -> None:
    """Refuse any XML member that declares a DTD: real workbooks never do.

    A DTD is the vehicle of entity-expansion bombs and external entities, and it can
    only stand in the prolog, before the root element, so only the prolog is read.
    """
    try:
        archive = zipfile.ZipFile(path)
    except ZIP_ERRORS as error:
        raise DataError("import.corrupt", file=path.name, detail=str(error)[:200]) from error
    with archive:
        for member in archive.infolist():
            if not member.filename.endswith((".xml", ".rels")):
                continue
            if _prolog_declares_dtd(archive, member, path.name):
                raise DataError("import.xml_unsafe", file=path.name, name=member.filename)


def _prolog_declares_dtd(archive: zipfile.ZipFile, member: zipfile.ZipInfo, shown: str) -> bool:
    seen = b""
    try:
        with archive.open(member) as stream:
            while len(seen) < _PROLOG_LIMIT:
                chunk = stream.read(4096)
                if not chunk:
                    break
                seen += chunk
                if _root_started(seen):
                    break
            else:
                return True  # a 64 KB prolog is no workbook's
    except ZIP_ERRORS as error:
        raise DataError("import.corrupt", file=shown, detail=str(error)[:200]) from error
    upper = seen.upper()
    return b"<!DOCTYPE" in upper or b"<!ENTITY" in upper


def _root_started(data: bytes) -> bool:
    at = 0
    while True:
        at = data.find(b"<", at)
        if at < 0 or at + 1 >= len(data):
            return False
        following = data[at + 1:at + 2]
        if following.isalpha() or following == b"_":
            return True
        at += 1
