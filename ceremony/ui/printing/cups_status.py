"""What CUPS says about a queue and about the job just sent, where Qt does not tell.

Qt's CUPS print engine hands the finished job to `cupsPrintFile` when the painter
ends and ignores its answer: a queue that rejects jobs looks like a successful
print. libcups keeps the last request's status per thread, so reading it in the
thread that ended the painter tells whether the job was taken. On systems
without libcups (Windows) both questions answer None: unknown, not a failure.
"""

from __future__ import annotations

import ctypes
import ctypes.util
from functools import cache

# ipp_status_t: 0x0000–0x00FF are the "successful-ok…" family; anything above failed.
_LAST_OK_STATUS = 0x00FF


class _Option(ctypes.Structure):
    _fields_ = [("name", ctypes.c_char_p), ("value", ctypes.c_char_p)]


class _Destination(ctypes.Structure):
    _fields_ = [("name", ctypes.c_char_p), ("instance", ctypes.c_char_p),
                ("is_default", ctypes.c_int), ("num_options", ctypes.c_int),
                ("options", ctypes.POINTER(_Option))]


@cache
def _libcups() -> ctypes.CDLL | None:
    found = ctypes.util.find_library("cups")
    if found is None:
        return None
    try:
        library = ctypes.CDLL(found)
    except OSError:
        return None
    library.cupsLastError.restype = ctypes.c_int
    library.cupsLastErrorString.restype = ctypes.c_char_p
    library.cupsGetNamedDest.restype = ctypes.POINTER(_Destination)
    library.cupsGetNamedDest.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_char_p]
    library.cupsGetOption.restype = ctypes.c_char_p
    library.cupsGetOption.argtypes = [ctypes.c_char_p, ctypes.c_int, ctypes.POINTER(_Option)]
    library.cupsFreeDests.argtypes = [ctypes.c_int, ctypes.POINTER(_Destination)]
    return library


def accepting_jobs(queue: str) -> bool | None:
    """Whether the CUPS queue takes new jobs (False after `cupsreject`); None: unknown."""
    library = _libcups()
    if library is None:
        return None
    destination = library.cupsGetNamedDest(None, queue.encode(), None)
    if not destination:
        return None
    try:
        entry = destination.contents
        value = library.cupsGetOption(b"printer-is-accepting-jobs", entry.num_options,
                                      entry.options)
    finally:
        library.cupsFreeDests(1, destination)
    return None if value is None else value.lower() in (b"true", b"1", b"yes")


def last_job_error() -> str | None:
    """CUPS's reason if this thread's last request failed (call right after the painter ends)."""
    library = _libcups()
    if library is None or library.cupsLastError() <= _LAST_OK_STATUS:
        return None
    reason: bytes | None = library.cupsLastErrorString()
    return reason.decode("utf-8", "replace") if reason else "CUPS refused the job"
