"""The printing screens: the Print certificates dialog and the printer profiles.

The main window imports this package only inside its actions, so the database
and ReportLab stay unloaded until the user asks to print.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from ceremony.store.registry import Registry


def open_print_dialog(parent: QWidget | None, registry: Registry, ceremony_id: int | None,
                      award_ids: list[int] | None) -> None:
    """Show the Print certificates dialog for a ceremony, or for the given awards."""
    from ceremony.ui.errors import show_error
    from ceremony.ui.printing.print_dialog import PrintDialog

    try:
        dialog = PrintDialog(registry, ceremony_id, award_ids, parent)
    except Exception as error:  # the registry could not be read: shown, nothing opened
        show_error(parent, error)
        return
    dialog.exec()
    dialog.deleteLater()


def open_printer_profiles(parent: QWidget | None, registry: Registry) -> None:
    from ceremony.ui.errors import show_error
    from ceremony.ui.printing.profiles_dialog import PrinterProfilesDialog

    try:
        dialog = PrinterProfilesDialog(registry, parent)
    except Exception as error:  # the registry could not be read: shown, nothing opened
        show_error(parent, error)
        return
    dialog.exec()
    dialog.deleteLater()
