"""Starting the desktop app: one narrated path from the command line to the window."""

from __future__ import annotations

import argparse
import os
import sys
from typing import TYPE_CHECKING

from ceremony import __version__

if TYPE_CHECKING:
    from ceremony.store.registry import Registry
    from ceremony.ui.main_window import MainWindow


def run_app(args: argparse.Namespace) -> int:
    # 1. Qt needs a platform; without a display, say so instead of aborting.
    if not _has_display():
        from ceremony.messages import render

        print(render("cli.gui_unavailable", args.lang,
                     detail="no display (set DISPLAY, or QT_QPA_PLATFORM=offscreen)"),
              file=sys.stderr)
        return 1

    from PySide6.QtWidgets import QApplication

    from ceremony.paths import user_log_dir
    from ceremony.ui.crash import install_crash_handler, setup_logging
    from ceremony.ui.feature_hook import skip_source_scans
    from ceremony.ui.translations import install_translations

    skip_source_scans()  # before the registry's modules are imported (see feature_hook)

    # 2. The application object, its identity, logging and the crash handler.
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Ceremony")
    app.setOrganizationName("Ceremony")
    app.setApplicationVersion(__version__)
    from ceremony.ui.icons import app_icon

    app.setWindowIcon(app_icon())
    install_crash_handler(setup_logging(user_log_dir()))

    # 3. Translations before any widget is built, so every label is in the right language:
    #    --lang, else the saved setting, else the system's language.
    from ceremony.ui import settings as catalogue
    from ceremony.ui.settings import Settings

    settings = Settings()
    saved_language = settings.get(catalogue.LANGUAGE)
    language = args.lang_given or (saved_language if saved_language != "system" else args.lang)
    install_translations(app, language)
    location = args.db or os.environ.get("CEREMONY_DB") or settings.get(
        catalogue.REGISTRY_LOCATION) or None

    # 4. The window first, so the user sees the app at once; the registry (and the
    #    database libraries it needs) is opened on the first turn of the event loop.
    from PySide6.QtCore import QTimer

    from ceremony.ui.main_window import MainWindow

    window = MainWindow()
    window.show()
    QTimer.singleShot(0, lambda: open_registry_into(window, location))
    return int(app.exec())


def open_registry_into(window: MainWindow, location: str | None) -> None:
    """5. Open the registry and fill the window; a refusal is shown and the app stops."""
    from PySide6.QtWidgets import QApplication

    from ceremony.ui.errors import describe, show_error

    try:
        registry = _open_locked(window, location)
    except Exception as error:  # refusals and environment faults alike go to the user
        show_error(window, error)
        window.close()
        QApplication.exit(1)
        return
    if registry is None:  # the user chose to quit rather than wait for the lock
        window.close()
        QApplication.exit(0)
        return
    window.attach_registry(registry)
    if registry.read_only_reason is not None:
        window.statusBar().showMessage(describe(registry.read_only_reason))
    elif registry.network_share:
        from ceremony.errors import CeremonyError

        window.show_banner(describe(CeremonyError("registry.network_share")))
    # An empty registry offers the sample ceremony.
    window.start()


def _open_locked(window: MainWindow, location: str | None) -> Registry | None:
    """Open the registry, holding its lock, or read-only if another copy holds it."""
    from pathlib import Path

    from ceremony.errors import ReadOnlyRegistryError
    from ceremony.store.lock import RegistryLock
    from ceremony.store.registry import is_url, open_registry, resolve_location
    from ceremony.ui.lock_prompt import LockChoice, ask_about_lock

    resolved = resolve_location(location)
    if is_url(resolved) or Path(resolved).is_dir():
        return open_registry(resolved)  # a server has its own locking; a folder is refused
    lock = RegistryLock(Path(resolved))
    holder = lock.acquire()
    if holder is None:
        window.hold_lock(lock)
        return open_registry(resolved)
    choice = ask_about_lock(window, holder)
    if choice is LockChoice.QUIT:
        return None
    if choice is LockChoice.BREAK:
        lock.break_lock()
        if lock.acquire() is None:
            window.hold_lock(lock)
            return open_registry(resolved)
    reason = ReadOnlyRegistryError("registry.locked", user=holder.user, host=holder.host,
                                   since=holder.since.replace("T", " "))
    return open_registry(resolved, read_only=reason)


def _has_display() -> bool:
    if os.environ.get("QT_QPA_PLATFORM"):
        return True
    if sys.platform in ("win32", "darwin"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
