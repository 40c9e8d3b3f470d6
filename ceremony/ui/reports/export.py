"""Exporting a report: the user names the file, a worker thread writes it.

The records handed to the worker are plain frozen values already on screen, so
the thread never touches the database; it only renders (ReportLab, openpyxl).
A cancelled export leaves the target as it was: the report is written beside it
and moved into place only if the user did not cancel meanwhile.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QStandardPaths, QUrl, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ceremony.durable import create_beside, flush_file, replace_durably
from ceremony.errors import CeremonyError
from ceremony.ui.errors import show_error

if TYPE_CHECKING:
    from ceremony.ui.printing.worker import Job

Writer = Callable[[Path], Path]


@dataclass(frozen=True)
class FileKind:
    suffix: str
    file_filter: Callable[[], str]


PDF = FileKind(".pdf", lambda: QCoreApplication.translate(
    "ReportExport", "PDF documents (*.pdf)"))
XLSX = FileKind(".xlsx", lambda: QCoreApplication.translate(
    "ReportExport", "Excel workbooks (*.xlsx)"))
CSV = FileKind(".csv", lambda: QCoreApplication.translate(
    "ReportExport", "CSV files for Excel (*.csv)"))


def with_suffix(chosen: str, kind: FileKind) -> Path:
    """The named file, given the format's suffix if the user typed none (or another)."""
    path = Path(chosen)
    return path if path.suffix.lower() == kind.suffix else path.with_name(path.name + kind.suffix)


def written_beside(write: Writer, target: Path, cancelled: Callable[[], bool]) -> Path | None:
    """Write through a temporary file in the target's folder; None if cancelled."""
    # Not mkstemp, whose files only their owner can read: an export is meant to be shared.
    handle, temporary = create_beside(target, target.suffix)
    os.close(handle)
    try:
        write(temporary)
        if cancelled():
            temporary.unlink(missing_ok=True)
            return None
        flush_file(temporary)  # the writers (ReportLab, openpyxl) only close it
        replace_durably(temporary, target)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return target


class Exporter(QObject):
    """Runs one export at a time for a page; says when it starts, ends and fails.

    Signals:
        busy(bool): an export started (True) or ended (False).
        saved(Path): the file was written.
    """

    busy = Signal(bool)
    saved = Signal(object)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._parent = parent
        self.job: Job | None = None
        self.folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation)
        app = QCoreApplication.instance()
        if app is not None:  # quitting mid-export: let the file be finished first
            app.aboutToQuit.connect(self.wait)

    @property
    def running(self) -> bool:
        return self.job is not None and self.job.running

    def ask_and_write(self, title: str, stem: str, kind: FileKind, write: Writer) -> bool:
        """Ask where to save, then write on a worker thread; False if nothing started."""
        if self.running:
            return False
        suggested = str(Path(self.folder or ".") / f"{stem}{kind.suffix}")
        chosen, _ = QFileDialog.getSaveFileName(self._parent, title, suggested,
                                                kind.file_filter())
        if not chosen:
            return False
        target = with_suffix(chosen, kind)
        self.folder = str(target.parent)
        self.start(target, write)
        return True

    def start(self, target: Path, write: Writer) -> None:
        from ceremony.ui.printing.worker import Job

        def work(progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> object:
            return written_beside(write, target, cancelled)

        self.busy.emit(True)
        label = self.tr("Writing %1…").replace("%1", target.name)
        self.job = Job(self._parent, label, work, self._done, lambda e: self._failed(e, target))

    def wait(self) -> None:
        if self.job is not None:
            self.job.wait()

    def _done(self, result: object) -> None:
        self.busy.emit(False)
        if isinstance(result, Path):
            self.saved.emit(result)

    def _failed(self, error: Exception, target: Path) -> None:
        self.busy.emit(False)
        if isinstance(error, OSError) and not isinstance(error, CeremonyError):
            # The environment's problem (a missing folder, no permission), not our bug.
            text = self.tr("Could not write %1: %2")
            text = text.replace("%1", str(target)).replace("%2", error.strerror or str(error))
            title = QCoreApplication.translate("Errors", "Ceremony")
            QMessageBox.critical(self._parent, title, text)
            return
        show_error(self._parent, error)


def file_url(path: Path) -> str:
    return QUrl.fromLocalFile(str(path)).toString()
