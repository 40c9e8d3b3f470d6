"""Ending a headless command's process without tearing down its objects one by one.

When a command has finished its work (the registry closed, its files flushed and
renamed into place), what remains for the interpreter is to run the exit handlers
and then take apart every module, class and object it made (SQLAlchemy's and the
ORM's tables, ReportLab's, ~120,000 objects after `ceremony certificates`), only
for the operating system to reclaim the same memory in one go a moment later.
That teardown was a tenth of a 1,000-certificate print, measured. So the exit
handlers run as usual (logging, temporary folders, anything registered with
atexit), the standard streams are flushed, and the process then ends at once.

Only the installed command and the frozen app end this way; a test or script
calling `launcher.main` in-process gets its exit code back as before.
"""

from __future__ import annotations

import atexit
import os
import sys
from typing import NoReturn

# What CPython itself exits with when the standard streams cannot be flushed at
# exit (a closed pipe, a full disk): a caller sees the same status either way.
EXIT_STREAMS_LOST = 120


def end_process(code: int) -> NoReturn:
    """Run the exit handlers, flush stdout and stderr, and end with *code*."""
    atexit._run_exitfuncs()  # logging.shutdown, weakref finalizers, temp folders
    os._exit(_flushed(code))


def _flushed(code: int) -> int:
    for stream in (sys.stdout, sys.stderr):
        try:
            if stream is not None:
                stream.flush()
        except (OSError, ValueError):  # a closed pipe or stream: the output is lost
            code = code or EXIT_STREAMS_LOST
    return code
