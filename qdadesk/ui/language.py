"""The window's language: QDADESK_LANG, else Preferences, else the system's.

The core's ``tr`` gets the project's catalogue; Qt's own words (the buttons of message
boxes, file dialogs, the text context menus) come from a ``qtbase_<lang>.qm`` loaded with a
QTranslator: Qt's own file when the Qt installation has one, else the one we ship (Qt has
none for Indonesian). The language is chosen at start-up; Preferences apply on restart.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from qdadesk.core.i18n import (
    LANGUAGE_ENV,
    SOURCE_LANGUAGE,
    install_language,
    normalize_language,
)
from qdadesk.paths import resource_path

# QSettings key: "" follows the system, else a language code ("en", "id").
LANGUAGE_SETTING = "language"
_translators: list[QTranslator] = []


def preferred_language() -> str:
    """The language chosen in Preferences ("" = the system's)."""
    return str(QSettings().value(LANGUAGE_SETTING, "") or "")


def window_language() -> str:
    """The language the window uses now: QDADESK_LANG, else Preferences, else the system."""
    chosen = os.environ.get(LANGUAGE_ENV) or preferred_language()
    if chosen:
        return normalize_language(chosen) or SOURCE_LANGUAGE
    for name in QLocale.system().uiLanguages():
        code = normalize_language(name)
        if code:
            return code
    return SOURCE_LANGUAGE


def install_window_language(app: QCoreApplication | None = None) -> str:
    """Install the catalogues of the window's language; returns the language used."""
    app = app or QCoreApplication.instance()
    if app is None:  # no application yet: only the core's catalogue
        return install_language(window_language())
    for translator in _translators:
        app.removeTranslator(translator)
    _translators.clear()
    language = install_language(window_language())
    if language == SOURCE_LANGUAGE:
        return language
    folders = (
        QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
        str(resource_path("translations")),
    )
    for folder in folders:
        translator = QTranslator(app)
        if translator.load(f"qtbase_{language}", folder):
            app.installTranslator(translator)
            _translators.append(translator)
            break
    return language
