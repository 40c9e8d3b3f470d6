"""Running a plain long job on a worker thread, with a cancellable progress dialog.

The job is a function of (progress, cancelled) that returns a plain value; its
signals are received by a QObject living in the GUI thread, so the callbacks
always run there. Short jobs finish before the progress dialog would appear. A job
given a progress callback shows no dialog: its window shows the progress itself
(a preview re-rendered while the user is still choosing must not take the keyboard).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

# Called as work(progress=..., cancelled=...), like the printing core's functions.
Work = Callable[..., Any]
Progress = Callable[[int, int], None]  # (done, total), in the GUI thread


class _Thread(QThread):
    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, work: Work, parent: QObject) -> None:
        super().__init__(parent)
        self._work = work
        self.stop = threading.Event()

    def run(self) -> None:
        try:
            result = self._work(progress=self.progressed.emit, cancelled=self.stop.is_set)
        except Exception as error:  # handed to the GUI thread to show
            self.failed.emit(error)
        else:
            self.succeeded.emit(result)


class Job(QObject):
    """One job on its own thread; `done` or `failed` is called once, in the GUI thread."""

    def __init__(self, parent: QWidget, label: str, work: Work,
                 done: Callable[[Any], None], failed: Callable[[Exception], None],
                 delay_ms: int = 400, *, progress: Progress | None = None) -> None:
        super().__init__(parent)
        self._done, self._failed = done, failed
        self.running = True
        self._thread = _Thread(work, self)
        self._shown = progress  # the window's own progress display, if it has one
        self._progress = (None if progress is not None
                          else self._progress_dialog(parent, label, delay_ms))
        self._thread.progressed.connect(self._on_progress)
        self._thread.succeeded.connect(self._on_success)
        self._thread.failed.connect(self._on_failure)
        self._thread.start()

    def _progress_dialog(self, parent: QWidget, label: str,
                         delay_ms: int) -> QProgressDialog:
        """Window-modal: while a file or a printer is written, the window must stay as it
        is; Cancel stops the job."""
        dialog = QProgressDialog(label, self.tr("Cancel"), 0, 0, parent)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(delay_ms)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(self.cancel)
        return dialog

    def cancel(self) -> None:
        self._thread.stop.set()

    def wait(self) -> None:
        """Block until the thread has ended (a window closing must not outlive it)."""
        self._thread.wait()

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        if not self.running or total <= 0:
            return
        if self._shown is not None:
            self._shown(min(done, total), total)
        elif self._progress is not None:
            self._progress.setMaximum(total)
            self._progress.setValue(min(done, total))

    @Slot(object)
    def _on_success(self, result: object) -> None:
        self._finish()
        self._done(result)

    @Slot(object)
    def _on_failure(self, error: Exception) -> None:
        self._finish()
        self._failed(error)

    def _finish(self) -> None:
        self.running = False
        self._thread.wait()  # the result was the run's last act: this returns at once
        if self._progress is not None:
            self._progress.close()
            self._progress.deleteLater()
        # The Job and its finished thread stay children of the window until it closes:
        # deleting a QObject whose Python wrapper owns a QThread crashed PySide 6.12.
