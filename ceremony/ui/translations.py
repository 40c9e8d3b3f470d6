"""Loading the app's translations (compiled .qm files in resources/translations).

Qt ships no Vietnamese for its own dialogs, so resources/translations holds a
qtbase_vi for the buttons and menus Ceremony's users see; Qt's own file is used
for a language that has one.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ceremony.paths import resources_dir

_installed: list[QTranslator] = []


def install_translations(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Make *language* the app's language, replacing any installed before.

    Installing sends every widget a LanguageChange event, which is how open
    windows re-label themselves without losing what the user was doing.
    """
    remove_translations(app, _installed)
    QLocale.setDefault(QLocale(QLocale.Language.Vietnamese if language == "vi"
                               else QLocale.Language.English))
    app.setProperty("ceremony_language", language)
    ours = str(resources_dir() / "translations")
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folders in ((f"qtbase_{language}", (ours, qt_folder)),
                          (f"ceremony_{language}", (ours,))):
        for folder in folders:
            translator = QTranslator(app)
            if translator.load(name, folder):
                app.installTranslator(translator)
                _installed.append(translator)
                break
    return list(_installed)


def remove_translations(app: QCoreApplication, translators: list[QTranslator]) -> None:
    for translator in list(translators):
        app.removeTranslator(translator)
        if translator in _installed:
            _installed.remove(translator)
