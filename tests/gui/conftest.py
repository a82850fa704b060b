"""GUI test fixtures: real widgets on a real SQLite database, preferences isolated per test."""

from __future__ import annotations

import gc
import os
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from coworking.core import accounts
from coworking.db.database import Database
from coworking.db.enums import Role
from coworking.db.models import StaffUser
from coworking.gui import i18n, tasks
from coworking.gui.app import apply_style
from tests import db_templates
from tests.gui import click_coverage

FRONT_DESK_PASSWORD = "recepcion-123"
FORGOTTEN_DIALOG_S = 15

CLICKS = click_coverage.ClickRecorder()
"""The buttons and menu actions this test process showed and clicked (``click_coverage``)."""


@pytest.fixture(scope="session", autouse=True)
def click_recorder(qapp: QApplication) -> Iterator[click_coverage.ClickRecorder]:
    """Listens to every widget of the session; with ``COWORKING_CLICK_LOG`` set, writes what it
    noted into that folder at the end."""
    qapp.installEventFilter(CLICKS)
    yield CLICKS
    qapp.removeEventFilter(CLICKS)
    folder = os.environ.get(click_coverage.LOG_ENV)
    if folder:
        click_coverage.write_log(CLICKS, Path(folder))


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item: pytest.Item) -> None:
    CLICKS.test = item.nodeid


@pytest.fixture(autouse=True)
def no_forgotten_dialog(qapp: QApplication) -> Iterator[None]:
    """A modal dialog nobody answers would hang the suite: after a while it is closed and the
    test fails, naming the dialog."""
    opened: dict[int, float] = {}
    forgotten: list[str] = []

    def check() -> None:
        modal = QApplication.activeModalWidget()
        if modal is None:
            return
        since = opened.setdefault(id(modal), time.monotonic())
        if time.monotonic() - since > FORGOTTEN_DIALOG_S:
            text = modal.text() if isinstance(modal, QMessageBox) else ""
            forgotten.append(f"{type(modal).__name__} «{modal.windowTitle()}» {text}")
            if isinstance(modal, QDialog):
                modal.reject()
            else:
                modal.close()

    timer = QTimer()
    timer.timeout.connect(check)
    timer.start(500)
    yield
    timer.stop()
    assert not forgotten, f"a dialog was left open and closed by the guard: {forgotten}"


@pytest.fixture(autouse=True)
def garbage_collected_between_tests(qapp: QApplication) -> Iterator[None]:
    """Python's collector runs between GUI tests, once no task is running, not in the middle
    of one: a collection that started on the GUI thread while a task's worker thread was
    compiling a query crashed the whole test process (seen once under pytest-xdist)."""
    gc.disable()
    try:
        yield
    finally:
        tasks.thread_pool().waitForDone(30_000)
        gc.collect()
        gc.enable()


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
def database(sqlite_db_url: str, sqlite_template: Path) -> Iterator[Database]:
    """GUI tests run on SQLite only (overrides the two-engine fixture of tests/conftest.py):
    a copy of the migrated template, at ``sqlite_db_url``."""
    db = db_templates.open_sqlite_copy(sqlite_template, sqlite_db_url)
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
