"""The job fairs area in the main window: the chosen event, the door station over the whole
screen, the lock in front of it, and leaving it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QInputDialog

from coworking import clock
from coworking.db.database import Database
from coworking.db.enums import CheckInResult
from coworking.db.models import CheckIn, StaffUser
from coworking.gui.door_station import DoorStation
from coworking.gui.main_window import MainWindow
from coworking.gui.pages import fairs as fairs_page
from tests.conftest import ADMIN_PASSWORD
from tests.fair_data import build_fair

pytestmark = pytest.mark.date_sensitive


def _scan(qtbot, widget, code: str) -> None:
    for char in code:
        QTest.sendKeyEvent(
            QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, char, Qt.KeyboardModifier.NoModifier
        )
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def test_door_station_opens_full_screen_survives_the_lock_and_is_left(
    qtbot, monkeypatch, database: Database, admin: StaffUser
) -> None:
    fair = build_fair(database, admin, held_on=clock.today())
    window = MainWindow(database, admin)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.show_page("job_fairs")
    page = window.page_widgets["job_fairs"].page
    assert page.event_id() == fair.event_id  # today's fair is chosen by default
    assert page.event_combo.count() == 2

    monkeypatch.setattr(
        QInputDialog, "getText", staticmethod(lambda *a, **k: ("Puerta norte", True))
    )
    page.open_door_station()
    frame = window.station
    assert frame is not None and isinstance(frame.station, DoorStation)
    assert window.isFullScreen() and not window.menuBar().isVisible()
    assert QSettings().value(fairs_page.STATION_NAME_KEY) == "Puerta norte"
    station = frame.station
    qtbot.waitUntil(station.scan_field.hasFocus)
    _scan(qtbot, station.scan_field, fair.codes[0])
    qtbot.waitUntil(lambda: station.answer_panel.property("state") == "ok")

    window.lock()
    assert window.is_locked and not station.isVisible()
    window.lock_screen.password.setText(ADMIN_PASSWORD)
    assert window.lock_screen.try_unlock()
    assert window.station is frame and station.isVisible()
    qtbot.waitUntil(station.scan_field.hasFocus)
    _scan(qtbot, station.scan_field, fair.codes[0])
    qtbot.waitUntil(lambda: station.answer_panel.property("state") == "duplicate")

    frame.leave_button.click()
    assert window.station is None and not window.isFullScreen()
    assert window.menuBar().isVisible() and window.current_page() == "job_fairs"
    with database.sessions() as session:
        stations = {row.station for row in session.query(CheckIn)}
        results = [row.result for row in session.query(CheckIn).order_by(CheckIn.id)]
    assert stations == {"Puerta norte"}
    assert results == [CheckInResult.OK, CheckInResult.DUPLICATE]


def test_a_scan_taken_from_an_open_dialog_postpones_the_idle_lock(
    qtbot, monkeypatch, database: Database, admin: StaffUser
) -> None:
    fair = build_fair(database, admin, held_on=clock.today())  # no question about the date
    window = MainWindow(database, admin)
    qtbot.addWidget(window)
    window.show()
    window.show_page("job_fairs")
    page = window.page_widgets["job_fairs"].page
    monkeypatch.setattr(
        QInputDialog, "getText", staticmethod(lambda *a, **k: ("Puerta norte", True))
    )
    page.open_door_station()
    station = window.station.station
    window.idle._last_input -= 3600  # an hour without input...
    assert window.idle.remaining_ms() <= 0
    station.capture.scanned.emit(fair.codes[0])  # ...then a scan swallowed by the capture
    assert window.idle.remaining_ms() > 0
