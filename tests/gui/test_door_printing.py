"""Printing at the door: the badge of whoever is admitted, once; Ctrl+R prints it again after
saying when it was first printed. The printer is a PDF file, read back and scanned."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QPdfWriter
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import func, select

from coworking.db.database import Database
from coworking.db.models import BadgePrint, StaffUser
from coworking.gui import door_printing
from tests.fair_data import build_fair
from tests.gui.station_helpers import scanner
from tests.gui.test_door_station import _station
from tests.test_badges import decode_pages

pytestmark = pytest.mark.date_sensitive


def _answer_question(button: QMessageBox.StandardButton, seen: list[str]) -> None:
    def step() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, step)
            return
        seen.append(box.text())
        box.button(button).click()

    QTimer.singleShot(0, step)


def test_badge_printed_on_check_in_once_and_again_on_request(
    qtbot, database: Database, admin: StaffUser, tmp_path: Path
) -> None:
    fair = build_fair(database, admin)
    QSettings().setValue(door_printing.ENABLED_KEY, "true")
    QSettings().setValue(door_printing.STOCK_KEY, "label4x3")
    printed: list[Path] = []

    def printer() -> QPdfWriter:
        path = tmp_path / f"printed-{len(printed)}.pdf"
        printed.append(path)
        writer = QPdfWriter(str(path))
        writer.setResolution(300)
        return writer

    station = _station(qtbot, database, admin, fair)
    station.printing.printer_factory = printer
    scanner(qtbot, station.scan_field, fair.codes[0])
    qtbot.waitUntil(lambda: len(printed) == 1, timeout=5000)
    qtbot.wait(200)
    assert "impresora" in station.answer_panel.note.text(), station.answer_panel.note.text()
    assert decode_pages(printed[0], 150) == [[fair.codes[0]]]

    scanner(qtbot, station.scan_field, fair.codes[0])  # already in: nothing printed
    assert station.answer_panel.property("state") == "duplicate"
    qtbot.wait(100)
    assert len(printed) == 1

    seen: list[str] = []
    _answer_question(QMessageBox.StandardButton.No, seen)
    qtbot.keyClick(station.scan_field, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert seen and "ya se imprimió" in seen[0] and len(printed) == 1
    _answer_question(QMessageBox.StandardButton.Yes, seen)
    station.activateWindow()  # back from the question box
    qtbot.waitUntil(lambda: QApplication.activeWindow() is station)
    qtbot.keyClick(station.scan_field, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert len(printed) == 2, (seen, station.answer_panel.note.text())
    assert decode_pages(printed[1], 150) == [[fair.codes[0]]]
    with database.sessions() as session:
        assert session.scalar(select(func.count()).select_from(BadgePrint)) == 2


def test_a_station_that_does_not_print_prints_nothing(
    qtbot, database: Database, admin: StaffUser
) -> None:
    fair = build_fair(database, admin)
    QSettings().setValue(door_printing.ENABLED_KEY, "false")
    station = _station(qtbot, database, admin, fair)
    station.printing.printer_factory = lambda: (_ for _ in ()).throw(AssertionError("printed"))
    scanner(qtbot, station.scan_field, fair.codes[1])
    assert station.answer_panel.property("state") == "ok"
    qtbot.wait(100)
    assert "impres" not in station.answer_panel.note.text()
