"""Loading the app's translations (compiled .qm files in resources/translations)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ceremony.paths import resources_dir


def install_translations(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install Qt's own and our translators for *language*; returns them to keep alive."""
    QLocale.setDefault(QLocale(QLocale.Language.Vietnamese if language == "vi"
                               else QLocale.Language.English))
    app.setProperty("ceremony_language", language)
    installed: list[QTranslator] = []
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    candidates = [
        (f"qtbase_{language}", qt_folder),
        (f"ceremony_{language}", str(resources_dir() / "translations")),
    ]
    for name, folder in candidates:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            installed.append(translator)
    return installed


def remove_translations(app: QCoreApplication, translators: list[QTranslator]) -> None:
    for translator in translators:
        app.removeTranslator(translator)
