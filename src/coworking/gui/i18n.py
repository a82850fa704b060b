"""Interface language: Spanish by default, English on request.

Source strings are English; Spanish comes from ``resources/translations/coworking_es.qm``.
Qt's own dialogs and buttons are translated by ``qtbase_<lang>.qm``, found in the Qt
installation or, in a frozen build, in the bundled PySide6 folder. The choice is per station
(QSettings) and applies when the program starts.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from coworking import paths
from coworking.db.enums import Role

DEFAULT_LANGUAGE = "es"
LANGUAGES = {"es": "Español", "en": "English"}
SETTINGS_KEY = "ui/language"

_installed: list[QTranslator] = []
_current = [DEFAULT_LANGUAGE]  # the language installed last


def preferred_language() -> str:
    value = QSettings().value(SETTINGS_KEY, DEFAULT_LANGUAGE)
    return value if value in LANGUAGES else DEFAULT_LANGUAGE


def current_language() -> str:
    """The language the interface is shown in now (``--lang`` may differ from the preference)."""
    return _current[0]


def set_preferred_language(language: str) -> None:
    if language not in LANGUAGES:
        raise ValueError(f"Idioma no disponible: {language}")
    QSettings().setValue(SETTINGS_KEY, language)


def qt_translation_dirs() -> list[Path]:
    """Where ``qtbase_*.qm`` may be: the Qt in use, then PyInstaller's bundled copies."""
    found = [Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))]
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        root = Path(frozen_root) / "PySide6"
        found += [root / "Qt" / "translations", root / "translations"]
    return found


def app_translation(language: str) -> Path:
    return paths.resource("translations", f"coworking_{language}.qm")


def _load(path: Path) -> QTranslator | None:
    translator = QTranslator()
    return translator if path.is_file() and translator.load(str(path)) else None


def install_translators(app: QCoreApplication, language: str | None = None) -> str:
    """Install the translators for ``language`` (default: the station's preference) in place of
    any installed before. Returns the language in use."""
    language = language if language in LANGUAGES else preferred_language()
    remove_translators(app)
    candidates = [app_translation(language)]
    candidates += [folder / f"qtbase_{language}.qm" for folder in qt_translation_dirs()]
    qt_loaded = False
    for path in candidates:
        is_qt = path.name.startswith("qtbase_")
        if is_qt and qt_loaded:
            continue
        translator = _load(path)
        if translator is not None:
            app.installTranslator(translator)
            _installed.append(translator)
            qt_loaded = qt_loaded or is_qt
    _current[0] = language
    if language == "es":
        QLocale.setDefault(QLocale(QLocale.Language.Spanish, QLocale.Country.Ecuador))
    else:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    return language


def remove_translators(app: QCoreApplication) -> None:
    while _installed:
        app.removeTranslator(_installed.pop())


def role_label(role: Role | str) -> str:
    labels = {
        Role.ADMIN: QCoreApplication.translate("Roles", "Administrator"),
        Role.COORDINATOR: QCoreApplication.translate("Roles", "Coordinator"),
        Role.FRONT_DESK: QCoreApplication.translate("Roles", "Front desk"),
    }
    return labels[Role(role)]
