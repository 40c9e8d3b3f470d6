"""Running a long import step off the GUI thread, behind a cancellable progress dialog.

The step is a plain function `work(progress, cancelled)`; it must not touch widgets and
gets only plain values (paths, ids, option records). Its progress reaches the dialog
through a QObject bridge whose signals Qt queues onto the GUI thread.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

T = TypeVar("T")
Progress = Callable[[str, int, int], None]
Cancelled = Callable[[], bool]
Work = Callable[[Progress, Cancelled], T]
SHOW_AFTER_MS = 400  # a quick preview should not flash a dialog


class _Bridge(QObject):
    progressed = Signal(str, int, int)
    done = Signal()


class _Job(QRunnable, Generic[T]):
    def __init__(self, work: Work[T], bridge: _Bridge, stop: threading.Event) -> None:
        super().__init__()
        self.setAutoDelete(False)  # Python keeps it until the result has been read
        self._work = work
        self._bridge = bridge
        self._stop = stop
        self.result: T | None = None
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            self.result = self._work(self._bridge.progressed.emit, self._stop.is_set)
        except BaseException as error:  # handed to the GUI thread, raised there
            self.error = error
        finally:
            self._bridge.done.emit()


def run_in_worker(parent: QWidget | None, label: str, work: Work[T],
                  stage_labels: dict[str, str] | None = None) -> T:
    """Run *work* on a worker thread; the GUI stays live and the user may cancel.

    Returns the work's result or raises its exception on the GUI thread. Cancelling only
    asks: the work sees `cancelled()` turn true and stops (the importer raises
    CeremonyError("import.cancelled"), rolling back anything half written).
    """
    stop = threading.Event()
    bridge = _Bridge()
    dialog = QProgressDialog(label, QCoreApplication.translate("ImportWizard", "Cancel"), 0, 0,
                             parent)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(SHOW_AFTER_MS)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.canceled.connect(stop.set)
    labels = stage_labels or {}

    def show(stage: str, done: int, total: int) -> None:
        if stage in labels:
            dialog.setLabelText(labels[stage])
        dialog.setMaximum(max(total, 0))
        dialog.setValue(min(done, total) if total > 0 else 0)

    bridge.progressed.connect(show)
    loop = QEventLoop()
    bridge.done.connect(loop.quit)
    job: _Job[T] = _Job(work, bridge, stop)
    pool = QThreadPool()
    pool.setMaxThreadCount(1)
    pool.start(job)
    loop.exec()
    pool.waitForDone()
    dialog.close()
    dialog.setParent(None)  # owned by Python now: gone on return, not left under *parent*
    if job.error is not None:
        raise job.error
    return job.result  # type: ignore[return-value]
