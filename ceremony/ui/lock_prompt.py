"""What to do when another copy of Ceremony holds the registry."""

from __future__ import annotations

from enum import Enum

from PySide6.QtWidgets import QMessageBox, QWidget

from ceremony.store.lock import LockHolder


class LockChoice(Enum):
    READ_ONLY = "read_only"
    BREAK = "break"
    QUIT = "quit"


def ask_about_lock(parent: QWidget | None, holder: LockHolder) -> LockChoice:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(box.tr("The registry is in use"))
    text = box.tr("The registry is open in another copy of Ceremony: %1 on %2, since %3.")
    box.setText(text.replace("%1", holder.user).replace("%2", holder.host)
                .replace("%3", holder.since.replace("T", " ")))
    read_only = box.addButton(box.tr("Open &read-only"), QMessageBox.ButtonRole.AcceptRole)
    breaking = None
    if not holder.on_this_host:
        # Only for another machine: a copy here that is still running is never overridden.
        box.setInformativeText(box.tr(
            "If that computer has crashed or was switched off, you may break the lock. "
            "If the other copy is still running, two people would overwrite each other."))
        breaking = box.addButton(box.tr("&Break the lock"),
                                 QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(box.tr("&Quit"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(read_only)
    box.exec()
    clicked = box.clickedButton()
    if clicked is read_only:
        return LockChoice.READ_ONLY
    if breaking is not None and clicked is breaking:
        return LockChoice.BREAK
    return LockChoice.QUIT
