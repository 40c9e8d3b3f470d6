"""The print dialog's one running job: previews give way to newer choices, outputs do not.

Only one job runs at a time. When the choices change while a job runs, the job
is marked stale: a preview is cancelled and dropped, a file or a print is left
to finish (it writes what was previewed); either way the preview is rendered
again once the slot is free. A preview's progress goes to the window (`progress`),
not to a modal box: it re-renders while the clerk is still changing the choices.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtWidgets import QWidget

from ceremony.printing.errors import PrintCancelled
from ceremony.ui.printing.worker import Job, Progress, Work


class JobSlot:
    def __init__(self, window: QWidget, *, refresh: Callable[[], None],
                 failed: Callable[[Exception], None], changed: Callable[[], None],
                 progress: Progress) -> None:
        self._window = window
        self._refresh = refresh  # render the preview again
        self._failed = failed  # show what went wrong
        self._changed = changed  # a job started or ended
        self._progress = progress  # how far a preview has got
        self._job: Job | None = None
        self._preview = False
        self._stale = False

    @property
    def busy(self) -> bool:
        return self._job is not None

    @property
    def writing(self) -> bool:
        """A file or the printer is being written: the choices must stay as they are."""
        return self._job is not None and not self._preview

    @property
    def previewing(self) -> bool:
        """A preview is being rendered (its progress shows in the window)."""
        return self._job is not None and self._preview

    def supersede(self) -> bool:
        """The choices changed: whether a running job must end before a new preview."""
        if self._job is None:
            return False
        self._stale = True
        if self._preview:
            self._job.cancel()
        return True

    def run(self, label: str, work: Work, done: Callable[[Any], None], *,
            preview: bool) -> None:
        self._preview = preview
        self._job = Job(self._window, label, work, partial(self._succeeded, done),
                        self._failure, progress=self._progress if preview else None)
        self._changed()

    def stop(self) -> None:
        """Cancel the running job and wait for its thread (the window is closing)."""
        if self._job is not None:
            self._job.cancel()
            self._job.wait()

    def _succeeded(self, done: Callable[[Any], None], result: object) -> None:
        was_preview, stale = self._end()
        if not (stale and was_preview):  # an out-of-date preview is dropped
            done(result)
        self._after(stale)

    def _failure(self, error: Exception) -> None:
        _, stale = self._end()
        if not (stale and isinstance(error, PrintCancelled)):  # not cancelled to re-render
            self._failed(error)
        self._after(stale)

    def _end(self) -> tuple[bool, bool]:
        was_preview, stale = self._preview, self._stale
        self._job, self._preview, self._stale = None, False, False
        return was_preview, stale

    def _after(self, stale: bool) -> None:
        if stale and self._job is None:
            self._refresh()
        self._changed()
