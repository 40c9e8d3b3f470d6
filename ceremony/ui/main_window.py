"""The main window: a navigation list, one page per part of the registry, and the menus."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ceremony.ui.backend import Backend
from ceremony.ui.errors import show_error
from ceremony.ui.icons import app_icon
from ceremony.ui.models import AwardTableModel, CeremonyListModel, status_label
from ceremony.ui.pages.ceremonies_page import CeremoniesPage
from ceremony.ui.pages.honorees_page import STATUSES, HonoreesPage
from ceremony.ui.pages.records_pages import ImportsPage, TemplatesPage
from ceremony.ui.pages.reference_page import ReferencePage
from ceremony.ui.programme.page import ProgrammePage
from ceremony.ui.reports.page import ReportsPage

if TYPE_CHECKING:
    from ceremony.services.reference_records import Info
    from ceremony.store.lock import RegistryLock
    from ceremony.store.registry import Registry
    from ceremony.ui.undo_commands import UndoContext

(CEREMONIES_PAGE, HONOREES_PAGE, REFERENCE_PAGE, IMPORTS_PAGE, TEMPLATES_PAGE,
 PROGRAMME_PAGE, REPORTS_PAGE) = range(7)


class MainWindow(QMainWindow):
    def __init__(self, registry: Registry | None = None) -> None:
        super().__init__()
        self.backend: Backend | None = None
        self._lock: RegistryLock | None = None
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("background: #fff3cd; color: #664d03; padding: 6px")
        self.banner.hide()
        self.undo_stack = QUndoStack(self)
        self.count_label = QLabel()
        self.statusBar().addPermanentWidget(self.count_label)
        self.ceremony_page = CeremoniesPage(lambda: self.backend, self._show_count)
        self.honorees_page = HonoreesPage(lambda: self.backend, self._show_count)
        self.honorees_page.edit_requested.connect(self.edit_honoree)
        self.reference_page = ReferencePage(lambda: self.backend, self.save_reference)
        self.imports_page = ImportsPage(lambda: self.backend, self.refresh)
        self.templates_page = TemplatesPage()
        self.programme_page = ProgrammePage(lambda: self.backend, self.undo_stack)
        self.reports_page = ReportsPage(lambda: self.backend, self.undo_stack,
                                        self.ceremony_page.selected_ceremony_id)
        self._write_actions: list[QAction] = []
        self._build_layout()
        self.setWindowIcon(app_icon())
        self.retranslate()  # also builds the menus
        self.resize(1280, 760)
        if registry is None:
            self.statusBar().showMessage(self.tr("Opening the registry…"))
        else:
            self.attach_registry(registry)

    def attach_registry(self, registry: Registry) -> None:
        """Work on *registry*; the window can be shown before it is open."""
        self.backend = Backend(registry)
        self._enable_writes()
        self.statusBar().showMessage(self.tr("Registry: %1").replace("%1", registry_label(self)))

    def _enable_writes(self) -> None:
        writable = self.backend is not None and not self.backend.read_only
        for action in self._write_actions:
            action.setEnabled(writable)

    def retranslate(self) -> None:
        """Re-label everything the window owns; pages re-label themselves."""
        self.setWindowTitle(self.tr("Ceremony — awards registry"))
        titles = (self.tr("Ceremonies"), self.tr("Honorees"), self.tr("Awards and decisions"),
                  self.tr("Import batches"), self.tr("Templates"), self.tr("Programme"),
                  self.tr("Reports"))
        for row, title in enumerate(titles):
            self.navigation.item(row).setText(title)
        self._fit_navigation()
        self.menuBar().clear()
        self._build_menus()
        self._enable_writes()

    def _fit_navigation(self) -> None:
        # As wide as its longest label in the current language ("Khen thưởng và quyết
        # định" is half as long again as "Awards and decisions"), never cut off.
        margins = 2 * self.navigation.frameWidth() + 2 * self.navigation.spacing() + 16
        self.navigation.setFixedWidth(self.navigation.sizeHintForColumn(0) + margins)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def start(self) -> None:
        """Fill the window once it is on screen: the frame appears without waiting for data."""
        self.reload_ceremonies()
        self.offer_sample()

    # -- layout ---------------------------------------------------------------
    def _build_layout(self) -> None:
        self.navigation = QListWidget()
        self.navigation.addItems([""] * 7)  # labelled in retranslate()
        self.pages = QStackedWidget()
        self.pages.addWidget(self.ceremony_page)
        self.pages.addWidget(self.honorees_page)
        self.pages.addWidget(self.reference_page)
        self.pages.addWidget(self.imports_page)
        self.pages.addWidget(self.templates_page)
        self.pages.addWidget(self.programme_page)
        self.pages.addWidget(self.reports_page)  # loads itself each time it is shown
        self.navigation.currentRowChanged.connect(self.show_page)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.navigation)
        splitter.addWidget(self.pages)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([150, 1130])
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.banner)
        layout.addWidget(splitter)
        self.setCentralWidget(central)
        self.navigation.setCurrentRow(CEREMONIES_PAGE)

    def _action(self, text: str, slot: object,
                shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
                writes: bool = False) -> QAction:
        action = QAction(text, self)
        action.triggered.connect(slot)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if writes:
            action.setEnabled(False)  # until a writable registry is attached
            self._write_actions.append(action)
        return action

    def _build_menus(self) -> None:
        self._write_actions = []
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addAction(self._action(self.tr("New c&eremony…"), self.new_ceremony,
                                         "Ctrl+Alt+N", True))
        file_menu.addAction(self._action(self.tr("Ceremony &details…"), self.edit_ceremony,
                                         writes=True))
        file_menu.addAction(self._action(self.tr("New &individual…"),
                                         lambda: self.new_honoree("individual"), "Ctrl+N", True))
        file_menu.addAction(self._action(self.tr("New &collective…"),
                                         lambda: self.new_honoree("collective"), "Ctrl+Shift+N",
                                         True))
        file_menu.addAction(self._action(self.tr("&Import a list…"), self.import_list,
                                         "Ctrl+I", True))
        self.load_sample_action = self._action(self.tr("Load the &sample ceremony"),
                                               self.load_sample_ceremony, writes=True)
        file_menu.addAction(self.load_sample_action)
        file_menu.addAction(self._action(self.tr("&Print certificates…"),
                                         self.print_certificates, QKeySequence.StandardKey.Print))
        file_menu.addSeparator()
        file_menu.addAction(self._action(self.tr("&Back up now"), self.back_up))
        file_menu.addAction(self._action(self.tr("&Restore from a backup…"),
                                         self.restore_backup, writes=True))
        file_menu.addAction(self._action(self.tr("C&heck the registry"), self.check_registry))
        file_menu.addSeparator()
        file_menu.addAction(self._action(self.tr("&Quit"), self.close,
                                         QKeySequence.StandardKey.Quit))

        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        undo = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        redo.setShortcut(QKeySequence.StandardKey.Redo)
        edit_menu.addActions([undo, redo])
        edit_menu.addSeparator()
        edit_menu.addAction(self._action(self.tr("&Edit honoree…"), self.edit_selected,
                                         "Ctrl+E", True))
        self.status_menu = QMenu(self.tr("Set &status of selected awards"), self)
        for status in STATUSES:
            self.status_menu.addAction(self._action(
                status_label(status), lambda _=False, s=status: self.set_selected_status(s),
                writes=True))
        edit_menu.addMenu(self.status_menu)
        edit_menu.addAction(self._action(self.tr("Set &citation of selected awards…"),
                                         self.set_selected_citation, writes=True))
        edit_menu.addAction(self._action(self.tr("&Move selected awards to a ceremony…"),
                                         self.move_selected_awards, writes=True))
        edit_menu.addSeparator()
        edit_menu.addAction(self._action(self.tr("&Find"), self.focus_search,
                                         QKeySequence.StandardKey.Find))

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        view_menu.addAction(self._action(self.tr("&Ceremonies"),
                                         lambda: self.show_page(CEREMONIES_PAGE), "Ctrl+1"))
        view_menu.addAction(self._action(self.tr("&Honorees"),
                                         lambda: self.show_page(HONOREES_PAGE), "Ctrl+2"))
        view_menu.addAction(self._action(self.tr("&Awards and decisions"),
                                         lambda: self.show_page(REFERENCE_PAGE), "Ctrl+3"))
        view_menu.addAction(self._action(self.tr("&Import batches"),
                                         lambda: self.show_page(IMPORTS_PAGE), "Ctrl+4"))
        view_menu.addAction(self._action(self.tr("&Templates"),
                                         lambda: self.show_page(TEMPLATES_PAGE), "Ctrl+5"))
        view_menu.addAction(self._action(self.tr("&Programme"),
                                         lambda: self.show_page(PROGRAMME_PAGE), "Ctrl+6"))
        view_menu.addAction(self._action(self.tr("&Reports"),
                                         lambda: self.show_page(REPORTS_PAGE), "Ctrl+7"))
        view_menu.addAction(self._action(self.tr("On stage &now (projector)"),
                                         self.open_projector, "F5"))

        tools_menu = self.menuBar().addMenu(self.tr("&Tools"))
        tools_menu.addAction(self._action(self.tr("Pr&inter profiles…"),
                                          self.edit_printer_profiles, writes=True))
        tools_menu.addAction(self._action(self.tr("&Settings…"), self.show_settings,
                                          QKeySequence.StandardKey.Preferences))

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self._action(self.tr("&About Ceremony"), self.show_about))

    # -- pages ----------------------------------------------------------------
    def show_page(self, page: int) -> None:
        if self.navigation.currentRow() != page:
            self.navigation.setCurrentRow(page)  # comes back here through the signal
            return
        self.pages.setCurrentIndex(page)
        if page == HONOREES_PAGE and not self.honorees_page.loaded:
            self.honorees_page.reload()
        lazy: dict[int, ReferencePage | ImportsPage | TemplatesPage] = {
            REFERENCE_PAGE: self.reference_page, IMPORTS_PAGE: self.imports_page,
            TEMPLATES_PAGE: self.templates_page}
        if page in lazy and not lazy[page].loaded:
            lazy[page].reload()
        if page == PROGRAMME_PAGE:
            if not self.programme_page.loaded:
                self.programme_page.reload()
            selected = self.ceremony_page.selected_ceremony_id()
            if selected is not None:
                self.programme_page.set_ceremony(selected)
        if page == HONOREES_PAGE:
            self._show_count(self.honorees_page.model.rowCount())
        elif page == CEREMONIES_PAGE:
            self._show_count(self.ceremony_page.awards.rowCount())

    def focus_search(self) -> None:
        page = self.pages.currentWidget()
        if isinstance(page, CeremoniesPage | HonoreesPage):
            page.search_box.setFocus()

    def _show_count(self, count: int) -> None:
        self.count_label.setText(self.tr("%n row(s)", "", count))

    def refresh(self) -> None:
        """After a change: reload what is loaded, keeping the user's place."""
        self.ceremony_page.reload_ceremonies()
        if self.honorees_page.loaded:
            self.honorees_page.reload()
        if self.reference_page.loaded:
            self.reference_page.reload()
        if self.imports_page.loaded:
            self.imports_page.reload()
        if self.programme_page.loaded:
            self.programme_page.reload()
        self.reports_page.reload_if_shown()

    # For the shell's tests and screenshots: the ceremony page's parts.
    @property
    def ceremonies(self) -> CeremonyListModel:
        return self.ceremony_page.ceremonies

    @property
    def awards(self) -> AwardTableModel:
        return self.ceremony_page.awards

    def reload_ceremonies(self, select_id: int | None = None) -> None:
        self.ceremony_page.reload_ceremonies(select_id)

    # -- actions --------------------------------------------------------------
    def new_honoree(self, kind: str) -> None:
        from ceremony.services.honorees import HonoreeInput
        from ceremony.ui.honoree_dialog import HonoreeDialog
        from ceremony.ui.undo_commands import AddHonoreeCommand, push

        if self.backend is None:
            return
        dialog = HonoreeDialog(HonoreeInput(name="", kind=kind), self)
        dialog.setWindowTitle(self.tr("New honoree"))
        if dialog.exec() == HonoreeDialog.DialogCode.Accepted:
            push(self.undo_stack, AddHonoreeCommand(dialog.entry(), self._undo_context()))

    def edit_selected(self) -> None:
        honoree_id = self.honorees_page.selected_honoree_id()
        if honoree_id is not None:
            self.edit_honoree(honoree_id)

    def edit_honoree(self, honoree_id: int) -> None:
        from ceremony.ui.honoree_dialog import HonoreeDialog
        from ceremony.ui.undo_commands import EditHonoreeCommand, push

        if self.backend is None:
            return
        try:
            before = self.backend.honoree(honoree_id)
            history = self.backend.history(honoree_id)
        except Exception as error:  # shown to the user; a bug is also logged
            show_error(self, error)
            return
        dialog = HonoreeDialog(before.entry, self, history)
        dialog.setEnabled(not self.backend.read_only)
        if dialog.exec() == HonoreeDialog.DialogCode.Accepted and dialog.entry() != before.entry:
            push(self.undo_stack, EditHonoreeCommand(before, dialog.entry(), self._undo_context()))

    def new_ceremony(self) -> None:
        from ceremony.ui.ceremony_dialog import CeremonyDialog
        from ceremony.ui.undo_commands import AddCeremonyCommand, push

        if self.backend is None:
            return
        dialog = CeremonyDialog(parent=self)
        if dialog.exec() == CeremonyDialog.DialogCode.Accepted:
            command = AddCeremonyCommand(dialog.fields(), self._undo_context())
            if push(self.undo_stack, command) and command.added is not None:
                self.show_page(CEREMONIES_PAGE)
                self.reload_ceremonies(select_id=command.added)

    def edit_ceremony(self) -> None:
        from ceremony.services.ceremony_fields import CeremonyFields
        from ceremony.ui.ceremony_dialog import CeremonyDialog
        from ceremony.ui.undo_commands import EditCeremonyCommand, push

        page = self.ceremony_page
        index = page.ceremony_list.currentIndex()
        if self.backend is None or not index.isValid():
            return
        info = page.ceremonies.ceremony_at(index.row())
        before = CeremonyFields(info.title, info.date, info.time, info.venue, info.place_name,
                                info.language)
        dialog = CeremonyDialog(before, self)
        if dialog.exec() == CeremonyDialog.DialogCode.Accepted and dialog.fields() != before:
            push(self.undo_stack, EditCeremonyCommand(info.id, dialog.fields(),
                                                      self._undo_context()))

    def print_certificates(self) -> None:
        from ceremony.ui.printing import open_print_dialog

        if self.backend is None:
            return
        award_ids: list[int] | None = None
        if self.pages.currentIndex() == HONOREES_PAGE:
            award_ids = self.honorees_page.selected_award_ids() or None
        ceremony_id = None if award_ids else self.ceremony_page.selected_ceremony_id()
        open_print_dialog(self, self.backend.registry, ceremony_id, award_ids)
        self.refresh()  # print counts and register numbers may have changed

    def edit_printer_profiles(self) -> None:
        from ceremony.ui.printing import open_printer_profiles

        if self.backend is not None:
            open_printer_profiles(self, self.backend.registry)

    def import_list(self) -> None:
        from ceremony.ui.import_wizard import run_import_wizard

        if self.backend is None:
            return
        ceremony_id = self.ceremony_page.selected_ceremony_id()
        if run_import_wizard(self, self.backend.registry, ceremony_id):
            self.refresh()

    def open_projector(self) -> None:
        from ceremony.ui.programme.projector import open_projector

        ceremony_id = self.ceremony_page.selected_ceremony_id()
        if self.backend is not None and ceremony_id is not None:
            open_projector(self, self.backend.registry, ceremony_id)

    def save_reference(self, record: Info) -> None:
        from ceremony.ui.undo_commands import SaveRecordCommand, push

        if self.backend is not None and not self.backend.read_only:
            push(self.undo_stack, SaveRecordCommand(record, self._undo_context()))

    def set_selected_status(self, status: str) -> None:
        self._set_selected("status", status)

    def set_selected_citation(self) -> None:
        from PySide6.QtWidgets import QInputDialog

        if not self.honorees_page.selected_award_ids():
            return
        text, ok = QInputDialog.getMultiLineText(
            self, self.tr("Citation"), self.tr("The achievement printed on the certificates:"))
        if ok and text.strip():
            self._set_selected("citation", text)

    def move_selected_awards(self) -> None:
        from PySide6.QtWidgets import QInputDialog

        if self.backend is None or not self.honorees_page.selected_award_ids():
            return
        ceremonies = self.backend.ceremonies()
        labels = [f"{c.date:%d/%m/%Y} — {c.title}" for c in ceremonies] + [
            self.tr("(no ceremony)")]
        chosen, ok = QInputDialog.getItem(self, self.tr("Move to a ceremony"),
                                          self.tr("Ceremony:"), labels, 0, False)
        if ok:
            index = labels.index(chosen)
            self._set_selected("ceremony",
                               ceremonies[index].id if index < len(ceremonies) else None)

    def _set_selected(self, field: str, value: object) -> None:
        from ceremony.ui.undo_commands import SetAwardValuesCommand, push

        award_ids = self.honorees_page.selected_award_ids()
        if self.backend is None or not award_ids:
            return
        push(self.undo_stack, SetAwardValuesCommand(
            field, {award_id: value for award_id in award_ids}, self._undo_context()))

    def _undo_context(self) -> UndoContext:
        from ceremony.ui.undo_commands import UndoContext

        assert self.backend is not None
        return UndoContext(self.backend, self.refresh, self)

    def load_sample_ceremony(self) -> None:
        if self.backend is None:
            return
        try:
            info = self.backend.load_sample()
        except Exception as error:  # shown to the user, then logged by show_error
            show_error(self, error)
            return
        self.show_page(CEREMONIES_PAGE)
        self.reload_ceremonies(select_id=info.id)
        if self.honorees_page.loaded:
            self.honorees_page.reload()
        self.statusBar().showMessage(self.tr("Sample ceremony loaded"), 5000)

    def offer_sample(self) -> bool:
        """On first start with an empty registry, offer the sample ceremony."""
        if (self.backend is None or self.backend.read_only
                or self.ceremony_page.ceremonies.rowCount() > 0):
            return False
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Welcome to Ceremony"))
        box.setText(self.tr("The registry is empty. Load the sample ceremony to look around?"))
        load = box.addButton(self.tr("Load sample"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Start empty"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(load)
        box.exec()
        if box.clickedButton() is load:
            self.load_sample_ceremony()
            return True
        return False

    def back_up(self, reason: str = "manual") -> str | None:
        """Back up the registry now; returns where, or None (with the error shown)."""
        from ceremony.services.backups import backup_registry

        if self.backend is None:
            return None
        from pathlib import Path

        from ceremony.ui import settings as catalogue
        from ceremony.ui.settings import Settings

        chosen = Settings().get(catalogue.BACKUP_FOLDER)
        try:
            made = backup_registry(self.backend.registry, reason=reason,
                                   folder=Path(chosen) if chosen else None)
        except Exception as error:  # shown to the user; a bug is also logged
            show_error(self, error)
            return None
        self.statusBar().showMessage(self.tr("Backed up to %1").replace("%1", str(made)), 8000)
        return str(made)

    def restore_backup(self, chosen: str | None = None) -> None:
        from pathlib import Path

        from PySide6.QtWidgets import QFileDialog

        from ceremony.services.backups import restore_registry
        from ceremony.store.registry import open_registry

        if self.backend is None:
            return
        location = self.backend.location
        if chosen is None:
            chosen, _ = QFileDialog.getOpenFileName(
                self, self.tr("Restore from a backup"), str(Path(location).parent / "backups"),
                self.tr("Registry backups (*.sqlite3)"))
        if not chosen:
            return
        self.backend.registry.close()
        try:
            aside = restore_registry(location, Path(chosen))
        except Exception as error:  # refused: the registry stays as it was
            show_error(self, error)
            aside = None
        self.attach_registry(open_registry(location))
        self.undo_stack.clear()  # the undo history belongs to the replaced registry
        self.refresh()
        if aside is not None:
            self.statusBar().showMessage(
                self.tr("Restored; the replaced registry was kept as %1").replace(
                    "%1", str(aside)), 10000)

    def check_registry(self) -> bool:
        from ceremony.services.backups import check_registry

        if self.backend is None:
            return False
        try:
            report = check_registry(self.backend.registry)
        except Exception as error:  # shown to the user; a bug is also logged
            show_error(self, error)
            return False
        if report.ok:
            QMessageBox.information(self, self.tr("Check the registry"),
                                    self.tr("The registry is sound."))
        else:
            QMessageBox.warning(self, self.tr("Check the registry"),
                                self.tr("The registry has problems: %1").replace(
                                    "%1", "; ".join(report.integrity[:3])))
        return report.ok

    def hold_lock(self, lock: RegistryLock) -> None:
        """Keep the registry's lock while this window is open."""
        self._lock = lock

    def show_banner(self, text: str) -> None:
        self.banner.setText(text)
        self.banner.show()

    def closeEvent(self, event: QCloseEvent) -> None:
        from ceremony.ui.designer import close_designers

        # An open designer asks about its unsaved template first, while the registry
        # is still open and locked; if the user keeps it open, the app stays open.
        if not close_designers(self):
            event.ignore()
            return
        # Something changed this session: leave a backup behind on the way out.
        if self.undo_stack.count() and self.backend is not None and self.backend.registry.is_sqlite:
            self.back_up(reason="exit")
        if self._lock is not None:
            self._lock.release()
        super().closeEvent(event)

    def show_settings(self) -> None:
        from PySide6.QtWidgets import QApplication

        from ceremony.messages import system_language
        from ceremony.ui import settings as catalogue
        from ceremony.ui.settings_dialog import SettingsDialog
        from ceremony.ui.translations import install_translations

        tone = self.backend.tone_order() if self.backend is not None else None
        dialog = SettingsDialog(self, registry_tone_order=tone)
        if dialog.exec() != SettingsDialog.DialogCode.Accepted:
            return
        chosen_tone = dialog.tone_order.currentData()
        if self.backend is not None and not self.backend.read_only and chosen_tone != tone:
            try:
                self.backend.set_tone_order(chosen_tone)  # re-keys every name: one transaction
            except Exception as error:  # shown to the user; a bug is also logged
                show_error(self, error)
            self.refresh()
        chosen = dialog.settings.get(catalogue.LANGUAGE)
        language = system_language() if chosen == "system" else chosen
        app = QApplication.instance()
        if app is not None and app.property("ceremony_language") != language:
            # Every open widget re-labels itself on the LanguageChange this sends.
            install_translations(app, language)

    def show_about(self) -> None:
        from ceremony.ui.about import AboutDialog

        AboutDialog(registry_label(self), self).exec()


def registry_label(window: MainWindow) -> str:
    if window.backend is None:
        return ""
    label = window.backend.location
    if window.backend.read_only:
        label += " " + window.tr("(read-only)")
    return label
