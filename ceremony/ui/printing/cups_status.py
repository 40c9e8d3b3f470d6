"""What CUPS says about a queue and about the job just sent, where Qt does not tell;
and taking back a job the user cancelled, which Qt cannot do.

Qt's CUPS print engine hands the finished job to `cupsPrintFile` when the painter
ends and ignores its answer: a queue that rejects jobs looks like a successful
print. libcups keeps the last request's status per thread, so reading it in the
thread that ended the painter tells whether the job was taken. On systems
without libcups (Windows) both questions answer None: unknown, not a failure.

Cancelling: Qt's CUPS engine cannot abort (QPrinter.abort() answers False) and
sends the pages painted so far when the painter ends, so a print cancelled on page
3 of 400 would still put two certificates on the blanks. The job is cancelled in
the queue the moment it arrives instead: our newest job on that queue with that title (made
unique per print), above the highest job id seen before painting began.
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


class _Job(ctypes.Structure):
    """cups_job_t (cups.h), up to the fields read here."""

    _fields_ = [("id", ctypes.c_int), ("dest", ctypes.c_char_p), ("title", ctypes.c_char_p),
                ("user", ctypes.c_char_p), ("format", ctypes.c_char_p), ("state", ctypes.c_int),
                ("size", ctypes.c_int), ("priority", ctypes.c_int),
                ("completed_time", ctypes.c_long), ("creation_time", ctypes.c_long),
                ("processing_time", ctypes.c_long)]


_ALL_JOBS, _MY_JOBS = -1, 1  # CUPS_WHICHJOBS_ALL; myjobs=1


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
    library.cupsGetJobs2.restype = ctypes.c_int
    library.cupsGetJobs2.argtypes = [ctypes.c_void_p, ctypes.POINTER(ctypes.POINTER(_Job)),
                                     ctypes.c_char_p, ctypes.c_int, ctypes.c_int]
    library.cupsFreeJobs.argtypes = [ctypes.c_int, ctypes.POINTER(_Job)]
    library.cupsCancelJob2.restype = ctypes.c_int
    library.cupsCancelJob2.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int,
                                       ctypes.c_int]
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


def queue_name(printer_name: str) -> str:
    """The CUPS queue of a printer name: "Office/Bypass" is the instance "Bypass" of the
    queue "Office" (instances preset options such as a tray); jobs live on the queue."""
    return printer_name.split("/", 1)[0]


def _my_jobs(queue: str) -> list[tuple[int, str]] | None:
    """(id, title) of every job of this user on *queue*, finished ones too; None when
    CUPS cannot say (no libcups, or the request failed)."""
    library = _libcups()
    if library is None:
        return None
    jobs = ctypes.POINTER(_Job)()
    count = library.cupsGetJobs2(None, ctypes.byref(jobs), queue.encode(), _MY_JOBS, _ALL_JOBS)
    if count < 0:
        return None
    try:
        return [(jobs[i].id, (jobs[i].title or b"").decode("utf-8", "replace"))
                for i in range(count)]
    finally:
        if count:
            library.cupsFreeJobs(count, jobs)


def newest_job_id(queue: str) -> int | None:
    """The highest id among this user's jobs on *queue* (0 if none); None if unknown."""
    jobs = _my_jobs(queue)
    return None if jobs is None else max((job_id for job_id, _ in jobs), default=0)


def withdraw_job(queue: str, title: str, after: int) -> bool | None:
    """Cancel this user's newest job titled *title* on *queue*, if its id is above *after*.

    True when it was cancelled, False when none was found or CUPS refused, None when
    CUPS cannot say (on Windows QPrinter.abort() does the work itself).
    """
    library, jobs = _libcups(), _my_jobs(queue)
    if library is None or jobs is None:
        return None
    ours = [job_id for job_id, job_title in jobs if job_id > after and job_title == title]
    if not ours:
        return False
    status: int = library.cupsCancelJob2(None, queue.encode(), max(ours), 0)
    return status <= _LAST_OK_STATUS
