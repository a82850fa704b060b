"""GUI test fixtures: real widgets on a real SQLite database, preferences isolated per test."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from coworking.core import accounts
from coworking.db.database import Database, open_database
from coworking.db.enums import Role
from coworking.db.models import StaffUser
from coworking.gui import i18n
from coworking.gui.app import apply_style

FRONT_DESK_PASSWORD = "recepcion-123"


@pytest.fixture(autouse=True)
def isolated_settings(qapp: QApplication, tmp_path: Path) -> Iterator[Path]:
    """Each test reads and writes its own QSettings file under ``tmp_path``."""
    folder = tmp_path / "settings"
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.IniFormat, scope, str(folder))
    qapp.setOrganizationName("coworking-tests")
    qapp.setApplicationName("coworking")
    yield folder


@pytest.fixture(autouse=True)
def spanish(qapp: QApplication, isolated_settings: Path) -> Iterator[None]:
    """The program's default: Spanish translations, and its stylesheet."""
    assert i18n.install_translators(qapp) == "es"
    apply_style(qapp)
    yield
    i18n.remove_translators(qapp)


@pytest.fixture
def database(sqlite_db_url: str) -> Iterator[Database]:
    """GUI tests run on SQLite only (overrides the two-engine fixture of tests/conftest.py)."""
    db = open_database(sqlite_db_url)
    yield db
    db.dispose()


@pytest.fixture
def front_desk(database: Database, admin: StaffUser) -> StaffUser:
    with database.unit_of_work(admin) as session:
        return accounts.create_user(
            session, admin, "recepcion", "Rosa Quiñónez", Role.FRONT_DESK, FRONT_DESK_PASSWORD
        )


def type_text(widget: QWidget, text: str) -> None:
    """Type ``text`` key by key. ``qtbot.keyClicks`` aborts on non-ASCII, so every character
    goes as a key event carrying its text."""
    for char in text:
        QTest.sendKeyEvent(
            QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, char, Qt.KeyboardModifier.NoModifier
        )


@pytest.fixture
def typist() -> Callable[[QWidget, str], None]:
    return type_text
