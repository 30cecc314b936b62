"""The user-interface language: German translations and the choice of language.

The German texts live in journeymap/translations/journeymap_de.qm (package data, so an
installed copy has them), compiled from journeymap_de.ts by
tools/update_translations.py. Qt's own texts (standard buttons such as Save, Discard and
Cancel, the undo view's "<empty>") come from the qtbase_de.qm that PySide6 ships.

The language is chosen once, before the main window is built: ``--lang`` if given, else
the one stored in the settings (View ▸ Language), else the system's.
"""

from __future__ import annotations

import sys
from importlib.resources import files
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMainWindow, QMenu

from journeymap.model.vocabulary import LANGUAGE_NAMES as LANGUAGES
from journeymap.ui.accelerators import with_accelerator
from journeymap.ui.numbers import use_language

#: Where the compiled translations are: inside the installed package (wheels install
#: unzipped, so this is a real folder Qt can load from).
TRANSLATIONS = Path(str(files("journeymap") / "translations"))
#: The settings key holding the chosen language.
SETTINGS_KEY = "language"

# The translators in use: QCoreApplication does not own them, so they are kept here.
_installed: list[QTranslator] = []


def tr(text: str) -> str:
    """Translate a user-visible text of the language menu."""
    return QCoreApplication.translate("Language", text)


def stored_language() -> str | None:
    """The language chosen in the settings, or None when none (or an unknown one) is."""
    value = QSettings().value(SETTINGS_KEY)
    return value if isinstance(value, str) and value in LANGUAGES else None


def system_language() -> str:
    """German when the system speaks it, else English."""
    return "de" if QLocale.system().language() == QLocale.Language.German else "en"


def startup_language(option: str | None) -> str:
    """The language to start in: ``option`` (from --lang) if given, else the one stored in
    the settings, else the system's when it is German, else English."""
    return option or stored_language() or system_language()


def remove_translations(app: QCoreApplication) -> None:
    """Take out the translators installed by ``install_translations`` (numbers and dates
    go back to English too)."""
    use_language("en")
    while _installed:
        app.removeTranslator(_installed.pop())


def install_translations(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Make ``tr()`` answer in ``language``: for "de" load journeymap's German texts and
    Qt's own (qtbase_de.qm); "en" installs nothing (the sources are English). Replaces
    translators an earlier call installed; returns the ones now in use."""
    remove_translations(app)
    use_language(language)
    if language != "de":
        return []
    wanted = (
        ("qtbase_de", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        ("journeymap_de", str(TRANSLATIONS)),
    )
    for name, folder in wanted:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)
        else:
            print(f"journeymap: no translation {name}.qm in {folder}", file=sys.stderr)
    return list(_installed)


def add_language_menu(window: QMainWindow, menu: QMenu) -> QMenu:
    """Add a Language submenu to ``menu``: choosing a language stores it in the settings,
    and the status bar says it applies at the next start."""
    menu.addSeparator()
    submenu = menu.addMenu(tr("&Language"))
    group = QActionGroup(submenu)
    current = getattr(window, "language", "en")
    taken: set[str] = set()
    for code, name in LANGUAGES.items():
        action = QAction(
            with_accelerator(name, taken), submenu, checkable=True, checked=code == current
        )
        action.setData(code)
        action.setStatusTip(tr("Show journeymap in {} from the next start").format(name))
        action.triggered.connect(lambda _on=False, c=code: choose_language(window, c))
        group.addAction(action)
        submenu.addAction(action)
    return submenu


def choose_language(window: QMainWindow, language: str) -> None:
    """Store the language for the next start and tell the user so in the status bar."""
    QSettings().setValue(SETTINGS_KEY, language)
    if language == getattr(window, "language", None):
        message = tr("journeymap is shown in {}.").format(LANGUAGES[language])
    else:
        message = tr("journeymap will be shown in {} at the next start.").format(
            LANGUAGES[language]
        )
    window.statusBar().showMessage(message, 8000)
