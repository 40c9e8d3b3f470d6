"""The import wizard: choose, look at the sheet, map, check, import.

Every read of the file and every write runs on a worker thread (see worker.py); the
pages only show the plain ImportPreview the importer returns.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QWidget, QWizard

from ceremony.errors import CeremonyError
from ceremony.ui.errors import show_error
from ceremony.ui.import_wizard import state as steps
from ceremony.ui.import_wizard.commit_page import CommitPage
from ceremony.ui.import_wizard.grid_page import GridPage
from ceremony.ui.import_wizard.mapping_page import MappingPage
from ceremony.ui.import_wizard.preview_page import PreviewPage
from ceremony.ui.import_wizard.source_page import SourcePage
from ceremony.ui.import_wizard.state import WizardState
from ceremony.ui.import_wizard.worker import run_in_worker

if TYPE_CHECKING:
    from ceremony.store.registry import Registry


def _cancelled(error: BaseException) -> bool:
    return isinstance(error, CeremonyError) and error.key == "import.cancelled"


class ImportWizard(QWizard):
    def __init__(self, registry: Registry, ceremony_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.registry = registry
        self.state = WizardState(ceremony_id=ceremony_id)
        self.source_page = SourcePage(self)
        self.grid_page = GridPage(self)
        self.mapping_page = MappingPage(self)
        self.preview_page = PreviewPage(self)
        self.commit_page = CommitPage(self)
        self.pages = (self.source_page, self.grid_page, self.mapping_page, self.preview_page,
                      self.commit_page)
        for page in self.pages:
            self.addPage(page)
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.resize(1000, 680)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import a list"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            for page in self.pages:
                page.retranslate()
        super().changeEvent(event)

    def run_preview(self, with_grids: bool) -> bool:
        """Read and check the list with the current choices; False if refused or cancelled."""
        registry, paths, options = self.registry, list(self.state.paths), self.state.options()
        try:
            preview, grids = run_in_worker(
                self, self.tr("Reading the list…"),
                lambda progress, cancelled: steps.load(registry, paths, options, with_grids,
                                                       progress, cancelled))
        except Exception as error:  # refused file, or a fault: shown, the wizard stays
            if not _cancelled(error):
                show_error(self, error)
            return False
        self.state.preview = preview
        if grids is not None:
            self.state.grids = grids
        self.state.remember_candidates()
        return True

    def run_commit(self) -> bool:
        preview, registry = self.state.preview, self.registry
        if preview is None:
            return False
        try:
            self.state.committed = run_in_worker(
                self, self.tr("Importing…"),
                lambda progress, cancelled: steps.commit(registry, preview, progress,
                                                         cancelled),
                {"store": self.tr("Storing the honorees…")})
        except Exception as error:  # refused: nothing was written
            if not _cancelled(error):
                show_error(self, error)
            return False
        return True


def run_import_wizard(parent: QWidget | None, registry: Registry,
                      ceremony_id: int | None) -> bool:
    """Show the wizard; True when something was imported."""
    wizard = ImportWizard(registry, ceremony_id, parent)
    try:
        return wizard.exec() == QWizard.DialogCode.Accepted and bool(wizard.state.committed)
    finally:
        wizard.deleteLater()
