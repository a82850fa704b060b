"""The door and the front desk while another process holds the SQLite file (an import): the
scan is answered at once in amber, waits its turn, and is saved once, at the moment it was
made, as soon as the database is free; closing the station does not lose it."""

from __future__ import annotations

import logging
import time
from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from coworking import clock
from coworking.core.localtime import local_zone
from coworking.db.database import Database
from coworking.db.engine import sqlite_path
from coworking.db.enums import CheckInResult
from coworking.db.models import CheckIn, Registration, Visit
from coworking.gui.desk_station import DeskStation
from coworking.gui.door_panels import STATES
from coworking.gui.door_station import DoorStation
from coworking.gui.main_window import MainWindow
from tests.busy_writer import BusyWriter
from tests.cowork_data import at, build_space
from tests.fair_data import build_fair
from tests.gui.modal import when_modal
from tests.gui.station_helpers import scanner, shown

pytestmark = pytest.mark.date_sensitive

DOOR = "Puerta norte"
DESK = "Recepción"
ANSWERED_WITHIN_S = 1.5  # the station waits at most 0.75 s for the database
SAVED_WITHIN_MS = 15_000
FAIR_MORNING = datetime(2026, 12, 3, 10, 0, tzinfo=local_zone())  # build_fair's day


def _writer(database: Database) -> BusyWriter:
    """Another process, holding the write lock of the station's file until released."""
    path = sqlite_path(database.url)
    assert path is not None
    writer = BusyWriter(path, "hold", seconds=30)
    writer.go()
    assert writer.line(30) == "locked", writer.errors()
    return writer


def _colour(station) -> str:
    panel = station.answer_panel
    image = panel.grab().toImage()
    return QColor(image.pixel(QPoint(panel.width() - 8, panel.height() // 2))).name()


def _timed_scan(qtbot, station, code: str) -> float:
    started = time.monotonic()
    scanner(qtbot, station.scan_field, code)
    return time.monotonic() - started


def _door_scans(database: Database) -> list[CheckIn]:
    with database.sessions() as session:
        return list(session.scalars(select(CheckIn).order_by(CheckIn.id)))


def _errors(caplog) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR or r.exc_info]


def test_a_door_scan_waits_for_an_import_and_is_saved_once(qtbot, database, admin, set_clock):
    set_clock(FAIR_MORNING)
    fair = build_fair(database, admin)
    station = shown(qtbot, DoorStation(database, admin, fair.event_id, DOOR))
    writer = _writer(database)
    try:
        before = clock.now()
        answered = _timed_scan(qtbot, station, fair.codes[0])
        after = clock.now()
        assert answered < ANSWERED_WITHIN_S
        panel = station.answer_panel
        assert panel.state == "pending" and _colour(station) == STATES["pending"][0]
        assert panel.title.text() == "Base de datos ocupada"
        assert panel.detail.text() == (
            "María José Núñez Zambrano queda en espera: se guarda en unos segundos. "
            "Siga escaneando."
        )
        assert station.scan_field.text() == "" and station.scan_field.hasFocus()
        assert "1 escaneo en espera" in station.pending_status.text()

        # the operator goes on: the same badge read again, and the next person
        assert _timed_scan(qtbot, station, fair.codes[0]) < ANSWERED_WITHIN_S
        assert _timed_scan(qtbot, station, fair.codes[1]) < ANSWERED_WITHIN_S
        assert len(station.pending) == 3 and panel.state == "pending"
        assert "Luis Ángel Pérez Ibáñez" in panel.detail.text()
        assert "3 escaneos en espera" in station.pending_status.text()
        assert _door_scans(database) == []

        writer.release()
        assert writer.line(30) == "released"
        released = clock.now()
        qtbot.waitUntil(lambda: len(station.pending) == 0, timeout=SAVED_WITHIN_MS)
    finally:
        writer.finish()

    scans = _door_scans(database)
    assert [s.result for s in scans] == [
        CheckInResult.OK,
        CheckInResult.DUPLICATE,  # the badge read twice: one admission
        CheckInResult.OK,
    ]
    assert [s.registration_id for s in scans] == [fair.registration_ids[i] for i in (0, 0, 1)]
    assert before <= scans[0].scanned_at <= after < released  # the moment of the scan
    assert scans[0].scanned_at < scans[1].scanned_at < scans[2].scanned_at < released
    assert {s.station for s in scans} == {DOOR}
    with database.sessions() as session:
        first = session.get(Registration, fair.registration_ids[0])
        assert first.checked_in_at == scans[0].scanned_at
    # the last amber answer (Luis's) became his welcome, with a note
    assert panel.state == "ok" and station.last_answer.check_in_id == scans[2].id
    assert "Escaneo en espera guardado" in panel.note.text()
    status = station.pending_status.text()
    assert status.startswith("Escaneo en espera guardado: ") and "escaneos en espera" not in status
    assert station.recent.rowCount() == 3


def test_a_refusal_and_other_failures_are_not_kept_waiting(qtbot, database, admin, set_clock):
    """Only a busy database makes a scan wait: a mistyped code is answered as always."""
    set_clock(FAIR_MORNING)
    fair = build_fair(database, admin)
    station = shown(qtbot, DoorStation(database, admin, fair.event_id, DOOR))
    scanner(qtbot, station.scan_field, fair.codes[0])
    assert station.answer_panel.state == "ok" and len(station.pending) == 0
    assert not station.pending_status.isVisible()
    typo = fair.codes[1][:3] + ("X" if fair.codes[1][3] != "X" else "Y") + fair.codes[1][4:]
    scanner(qtbot, station.scan_field, typo)
    assert station.answer_panel.state == "invalid" and len(station.pending) == 0


def test_closing_the_door_saves_what_waits_if_it_can(qtbot, database, admin, set_clock, caplog):
    set_clock(FAIR_MORNING)
    fair = build_fair(database, admin)
    station = shown(qtbot, DoorStation(database, admin, fair.event_id, DOOR))
    writer = _writer(database)
    try:
        scanner(qtbot, station.scan_field, fair.codes[2])
        assert len(station.pending) == 1
        writer.release()
        assert writer.line(30) == "released"
        station.close()  # before the timer's next try
    finally:
        writer.finish()
    assert len(station.pending) == 0
    assert [(s.result, s.registration_id) for s in _door_scans(database)] == [
        (CheckInResult.OK, fair.registration_ids[2])
    ]
    assert _errors(caplog) == []


def test_closing_the_door_while_still_busy_tells_and_logs(
    qtbot, database, admin, set_clock, caplog
):
    set_clock(FAIR_MORNING)
    fair = build_fair(database, admin)
    station = shown(qtbot, DoorStation(database, admin, fair.event_id, DOOR))
    told: list[str] = []

    def read_and_close(box) -> None:
        assert isinstance(box, QMessageBox)
        told.append(f"{box.windowTitle()}\n{box.text()}\n{box.informativeText()}")
        box.accept()

    writer = _writer(database)
    try:
        scanner(qtbot, station.scan_field, fair.codes[3])
        scanned = station.pending.waiting[0].scanned_at
        when_modal(read_and_close)
        with caplog.at_level(logging.ERROR, logger="coworking.gui.pending_scans"):
            station.close()
    finally:
        writer.release()
        writer.finish()
    assert len(told) == 1 and len(station.pending) == 0
    hm = scanned.astimezone(local_zone()).strftime("%H:%M:%S")
    assert told[0].startswith("Escaneos sin guardar\nNo se pudo guardar 1 escaneo (la base")
    assert f"{hm} · Yorgelis Rodríguez Peña" in told[0]
    logged = [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR]
    assert len(logged) == 1 and fair.codes[3] in logged[0] and scanned.isoformat() in logged[0]
    assert _door_scans(database) == []  # not saved: written in the log, and the operator told


def test_a_desk_scan_waits_for_an_import_and_keeps_its_moment(qtbot, database, admin, caplog):
    space = build_space(database, admin)
    moment = at(1, 10, 5)
    now = {"at": moment}
    station = shown(
        qtbot, DeskStation(database, admin, space.site_id, DESK, clock=lambda: now["at"])
    )
    writer = _writer(database)
    try:
        answered = _timed_scan(qtbot, station, space.cards[0])
        assert answered < ANSWERED_WITHIN_S
        panel = station.answer_panel
        assert panel.state == "pending" and _colour(station) == STATES["pending"][0]
        assert "María José Núñez Cedeño queda en espera" in panel.detail.text()
        now["at"] = moment + timedelta(minutes=4)  # the database is freed minutes later
        writer.release()
        assert writer.line(30) == "released"
        qtbot.waitUntil(lambda: len(station.pending) == 0, timeout=SAVED_WITHIN_MS)
    finally:
        writer.finish()
    with database.sessions() as session:
        visits = list(session.scalars(select(Visit)))
        scans = list(session.scalars(select(CheckIn)))
    assert [(v.person_id, v.checked_in_at, v.checked_out_at) for v in visits] == [
        (space.people[0], moment, None)
    ]
    assert [(s.result, s.scanned_at, s.station) for s in scans] == [
        (CheckInResult.OK, moment, DESK)
    ]
    assert panel.state == "ok" and "Escaneo en espera guardado" in panel.note.text()
    assert station.pending_status.text().startswith("Escaneo en espera guardado: ")
    assert station.inside.count.text() == "1"
    assert not station.offer_panel.pending  # minutes later: no desk is offered at the door
    assert _errors(caplog) == []

    scanner(qtbot, station.scan_field, space.cards[0])  # the database free again: leaving
    assert station.answer_panel.state == "checked_out"


def test_the_desk_sweep_does_not_hold_the_station_back(qtbot, database, admin, caplog):
    space = build_space(database, admin)
    station = shown(
        qtbot, DeskStation(database, admin, space.site_id, DESK, clock=lambda: at(1, 10, 5))
    )
    writer = _writer(database)
    try:
        started = time.monotonic()
        assert station.sweep() == (0, 0)
        assert time.monotonic() - started < ANSWERED_WITHIN_S
    finally:
        writer.release()
        writer.finish()
    assert _errors(caplog) == []


def test_leaving_the_door_while_still_busy_lists_what_waits(
    qtbot, database, admin, set_clock, caplog
):
    """In the program's window: «Salir de la estación» tries once more, then tells."""
    set_clock(FAIR_MORNING)
    fair = build_fair(database, admin)
    window = MainWindow(database, admin)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    frame = window.open_station(DoorStation(database, admin, fair.event_id, DOOR), "Puerta")
    station = frame.station
    qtbot.waitUntil(station.scan_field.hasFocus)
    told: list[str] = []

    def read_and_close(box) -> None:
        told.append(box.informativeText())
        box.accept()

    writer = _writer(database)
    try:
        scanner(qtbot, station.scan_field, fair.rep_code)
        assert len(station.pending) == 1
        when_modal(read_and_close)
        frame.leave_button.click()
    finally:
        writer.release()
        writer.finish()
    assert window.station is None
    assert len(told) == 1 and told[0].endswith("· Roberto Intriago Mero")
    assert any(fair.rep_code in message for message in _errors(caplog))
