"""Save, save as a new template, import a template file, export one: the designer's files.

Each takes its answers as arguments (the dialogs only ask when they are not
given), so the same paths run in tests without a blocking dialog. A file is
always validated by the schema before it is written or taken in; a refusal is
shown in the user's language and changes nothing. An imported file is read and
its artwork drawn before the design on screen is given up for it.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QStandardPaths
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from ceremony.printing.errors import TemplateError
from ceremony.printing.template import (
    Template,
    is_builtin,
    read_template_file,
    save_user_template,
    user_template_names,
    user_templates_dir,
    write_template,
)
from ceremony.ui.designer.background import ArtworkError, prepare_artwork
from ceremony.ui.designer.files import SaveTemplateDialog, free_name
from ceremony.ui.errors import show_error

if TYPE_CHECKING:
    from ceremony.ui.designer.window import DesignerWindow


def own_file(template: Template) -> Path | None:
    """The user's own template file *template* was read from, None for any other
    (a built-in one, or a file elsewhere): only that file does Save replace."""
    source = template.source
    if source is None or is_builtin(template.name):
        return None
    source = source.resolve()
    own = source.parent == user_templates_dir().resolve() and source.stem == template.name
    return source if own else None


class DesignerFiles(QObject):
    def __init__(self, window: DesignerWindow) -> None:
        super().__init__(window)
        self.window = window
        self.last_folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation)
        # The user's template file this design is saved to by Save; None: Save asks a name.
        self.own_path = own_file(window.document.template())

    def _filter(self) -> str:
        return self.tr("Ceremony templates (*.json)")

    # -- save ---------------------------------------------------------------------------
    def save(self) -> Path | None:
        """Replace the user's own template with the design; a built-in one is saved as new."""
        template = self.window.document.template()
        if self.own_path is None or self.own_path.stem != template.name:
            return self.save_as_new()
        return self._write(template, replace_existing=True)

    def save_as_new(self, name: str | None = None, title: str | None = None) -> Path | None:
        """Save the design into the user's templates under a new name; None if not saved."""
        window = self.window
        if name is None or title is None:
            dialog = SaveTemplateDialog(window.document.template().title, window)
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            name, title = dialog.name.text(), dialog.title.text().strip()
            dialog.deleteLater()
            if not accepted:
                return None
        template = replace(window.document.template(), name=name, title=title)
        replace_existing = template.name in user_template_names()
        if replace_existing and not self._may_replace(template.name):
            return None
        return self._write(template, replace_existing)

    def _may_replace(self, name: str) -> bool:
        answer = QMessageBox.question(
            self.window, self.tr("Save as a new template"),
            self.tr("You already have a template named %1. Replace it?").replace("%1", name))
        return answer == QMessageBox.StandardButton.Yes

    def _write(self, template: Template, replace_existing: bool) -> Path | None:
        window = self.window
        try:
            path = save_user_template(template, replace=replace_existing)
        except (TemplateError, OSError) as error:
            show_error(window, error)
            return None
        self.own_path = path
        window.document.rename(template.name, template.title)
        window.undo_stack.setClean()
        window.setWindowModified(False)
        window.update_title()
        window.statusBar().showMessage(self.tr("Saved as %1").replace("%1", str(path)), 8000)
        window.saved.emit(str(path))
        return path

    # -- import ------------------------------------------------------------------------
    def import_file(self, path: str | Path | None = None, name: str | None = None
                    ) -> Path | None:
        """Take a template file into the user's templates and open it here."""
        window = self.window
        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(
                window, self.tr("Import a template file"), self.last_folder, self._filter())
            if not chosen:
                return None
            path = chosen
        loaded = self._read(Path(path).resolve())
        if loaded is None or not window.settle_changes():
            return None
        template, artwork = loaded
        self.last_folder = str(Path(path).parent)
        wanted = name or template.name
        if name is None and (is_builtin(wanted) or wanted in user_template_names()):
            wanted = free_name(wanted)  # never the name of a built-in or an existing one
        saved = self._save_imported(replace(template, name=wanted))
        if saved is None:
            return None
        try:
            imported = read_template_file(saved)
        except (TemplateError, OSError) as error:
            show_error(window, error)
            return None
        # Its background was copied beside it: the same picture, already drawn.
        window.open_template(imported, artwork)
        return saved

    def _read(self, path: Path) -> tuple[Template, bytes | None] | None:
        """The template in *path* and its artwork drawn, or None (the reason shown)."""
        from ceremony.ui.designer import show_unopenable

        try:
            template = read_template_file(path)
            return template, prepare_artwork(template)
        except (TemplateError, OSError, ArtworkError) as error:
            show_unopenable(self.window, error)
            return None

    def _save_imported(self, template: Template) -> Path | None:
        try:
            path = save_user_template(template)
        except (TemplateError, OSError) as error:
            show_error(self.window, error)
            return None
        self.window.saved.emit(str(path))
        return path

    # -- export ------------------------------------------------------------------------
    def export_file(self, path: str | Path | None = None) -> Path | None:
        """Write the design (validated) to a file anywhere but the built-in folder."""
        window = self.window
        template = window.document.template()
        if path is None:
            suggested = str(Path(self.last_folder) / f"{template.name}.json")
            chosen, _ = QFileDialog.getSaveFileName(
                window, self.tr("Export the template"), suggested, self._filter())
            if not chosen:
                return None
            path = chosen
        target = Path(path)
        if target.suffix.lower() != ".json":
            target = target.with_name(target.name + ".json")
        try:
            written = write_template(template, target)
        except (TemplateError, OSError) as error:
            show_error(window, error)
            return None
        self.last_folder = str(written.parent)
        window.statusBar().showMessage(self.tr("Exported to %1").replace("%1", str(written)), 8000)
        return written
