"""The co-working reception station: member cards toggle in and out, walk-ins are offered a
free desk, search by name, checking out from the list of who is in, and the minute sweep."""

from __future__ import annotations

import os
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QDialog, QLineEdit, QVBoxLayout, QWidget
from sqlalchemy import select

from coworking.core import bookings, codes, people, visits
from coworking.db.database import Database
from coworking.db.enums import CheckInResult, DocumentType
from coworking.db.models import Booking, CheckIn, StaffUser, Visit
from coworking.gui import scan_capture
from coworking.gui.desk_station import DeskStation
from coworking.gui.desk_station_parts import EXTRA_STATES
from coworking.gui.door_panels import STATES
from tests.cowork_data import Space, at, build_space
from tests.gui.station_helpers import scanner, shown

pytestmark = pytest.mark.date_sensitive

STATION = "Recepción"
GREEN, AMBER, RED = STATES["ok"][0], STATES["duplicate"][0], STATES["unknown"][0]
BLUE = EXTRA_STATES["checked_out"][0]


class Clock:
    """A clock the test moves by hand."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def _station(qtbot, database: Database, user: StaffUser, space: Space, clock: Clock):
    station = DeskStation(database, user, space.site_id, STATION, clock=clock)
    return shown(qtbot, station)


def _colour(station: DeskStation) -> str:
    panel = station.answer_panel
    image = panel.grab().toImage()
    return QColor(image.pixel(QPoint(panel.width() - 8, panel.height() // 2))).name()


def _open_visit(database: Database, person_id: int) -> Visit | None:
    with database.sessions() as session:
        return session.scalar(
            select(Visit).where(Visit.person_id == person_id, Visit.checked_out_at.is_(None))
        )


def _bookings_of(database: Database, person_id: int) -> list[Booking]:
    with database.sessions() as session:
        return list(
            session.scalars(
                select(Booking).where(Booking.person_id == person_id).order_by(Booking.starts_at)
            )
        )


def _book(database, admin, space, desk: int, person: int, starts, ends, now) -> int:
    with database.unit_of_work(admin) as session:
        return bookings.book(
            session, admin, space.desks[desk], space.people[person], starts, ends, now=now
        ).id


def _offer_text(offers: QWidget, desk: str, until: str) -> str:
    return offers.tr("%1 — free until %2").replace("%1", desk).replace("%2", until)


def _assert_ready(station: DeskStation) -> None:
    assert station.scan_field.text() == "" and station.scan_field.hasFocus()


def test_a_card_with_a_booking_checks_in_then_repeats_then_leaves(qtbot, database, admin):
    space = build_space(database, admin)
    booking_id = _book(database, admin, space, 0, 0, at(1, 10), at(1, 12), at(1, 8))
    clock = Clock(at(1, 10, 5))
    station = _station(qtbot, database, admin, space, clock)
    assert station.answer_panel.state == "idle" and station.inside.count.text() == "0"

    scanner(qtbot, station.scan_field, space.cards[0])
    answer = station.last_answer
    assert answer.result == CheckInResult.OK and answer.booking_id == booking_id
    assert station.answer_panel.state == "ok" and _colour(station) == GREEN
    assert station.answer_panel.title.text() == answer.title
    assert station.answer_panel.detail.text() == answer.detail
    assert "Escritorio 1" in answer.detail and station.answer_panel.title.font().pointSize() >= 24
    assert not station.offer_panel.pending  # booked: nothing to offer
    visit = _open_visit(database, space.people[0])
    assert visit is not None and visit.booking_id == booking_id and visit.station == STATION
    assert _bookings_of(database, space.people[0])[0].checked_in_at is not None
    assert station.inside.count.text() == "1"
    row = [station.inside.table.item(0, c).text() for c in range(3)]
    assert row == ["María José Núñez Cedeño", "10:05", "Escritorio 1 · 12:00"]
    _assert_ready(station)

    clock.now += timedelta(seconds=30)  # read twice: not leaving
    scanner(qtbot, station.scan_field, space.cards[0].lower())
    assert station.answer_panel.state == "duplicate" and _colour(station) == AMBER
    assert _open_visit(database, space.people[0]) is not None
    _assert_ready(station)

    clock.now += timedelta(minutes=2)
    scanner(qtbot, station.scan_field, space.cards[0])
    assert station.last_answer.result == CheckInResult.CHECKED_OUT
    assert station.answer_panel.state == "checked_out" and _colour(station) == BLUE
    assert station.answer_panel.title.text() == station.last_answer.title
    assert _open_visit(database, space.people[0]) is None
    assert station.inside.count.text() == "0" and station.inside.table.rowCount() == 0
    _assert_ready(station)


def test_a_walk_in_is_offered_free_desks_and_enter_gives_the_first(qtbot, database, admin):
    space = build_space(database, admin)
    _book(database, admin, space, 0, 3, at(1, 13), at(1, 15), at(1, 8))  # desk 1 free till 13
    clock = Clock(at(1, 10, 5))
    station = _station(qtbot, database, admin, space, clock)
    scanner(qtbot, station.scan_field, space.cards[1])
    assert station.answer_panel.state == "ok" and station.last_answer.booking_id is None
    offers = station.offer_panel
    assert offers.pending and station.lower.currentWidget() is offers
    texts = [offers.list.item(n).text() for n in range(offers.list.count())]
    assert texts == [
        _offer_text(offers, "Escritorio 2", "18:00"),
        _offer_text(offers, "Escritorio 3", "18:00"),
        _offer_text(offers, "Escritorio 1", "13:00"),
    ]
    assert offers.list.currentRow() == 0 and offers.assign_button.isEnabled()
    _assert_ready(station)

    qtbot.keyClick(station.scan_field, Qt.Key.Key_Return)  # Enter: the first desk
    (given,) = _bookings_of(database, space.people[1])
    assert given.resource_id == space.desks[1] and given.checked_in_at is not None
    assert (given.starts_at, given.ends_at) == (at(1, 10), at(1, 14))  # the longest allowed
    assert _open_visit(database, space.people[1]).booking_id == given.id
    assert not offers.pending and station.lower.currentWidget() is station.placeholder
    assert station.answer_panel.state == "ok"
    assert "Escritorio 2" in station.answer_panel.detail.text()
    assert station.inside.table.item(0, 2).text() == "Escritorio 2 · 14:00"
    _assert_ready(station)

    scanner(qtbot, station.scan_field, space.cards[2])  # Escape: no desk
    assert offers.pending and offers.list.count() == 2
    qtbot.keyClick(station.scan_field, Qt.Key.Key_Escape)
    assert not offers.pending and station.search_note.text()
    assert _open_visit(database, space.people[2]).booking_id is None

    clock.now += timedelta(minutes=1)
    station.skip_offer()  # nothing pending: nothing happens
    scanner(qtbot, station.scan_field, space.cards[2])  # leaving: no offer
    assert station.answer_panel.state == "checked_out" and not offers.pending


def test_an_offer_survives_a_double_read_and_expires_unused(qtbot, database, admin):
    space = build_space(database, admin)
    clock = Clock(at(1, 10, 5))
    station = _station(qtbot, database, admin, space, clock)
    offers = station.offer_panel
    scanner(qtbot, station.scan_field, space.cards[0])
    welcome = station.answer_panel.title.text()
    clock.now += timedelta(seconds=2)
    scanner(qtbot, station.scan_field, space.cards[0])  # the scanner read the card twice
    assert offers.pending and offers.person_name == "María José Núñez Cedeño"
    assert station.answer_panel.state == "ok" and station.answer_panel.title.text() == welcome
    with database.sessions() as session:  # logged all the same
        assert session.scalar(select(CheckIn.result).order_by(CheckIn.id.desc())) == (
            CheckInResult.DUPLICATE
        )
    scanner(qtbot, station.scan_field, space.cards[1])
    clock.now += timedelta(seconds=10)
    scanner(qtbot, station.scan_field, space.cards[0])  # someone else's offer: not kept
    assert station.answer_panel.state == "duplicate" and not offers.pending

    scanner(qtbot, station.scan_field, space.cards[2])
    assert offers.pending
    clock.now += timedelta(minutes=4)  # nobody took it
    station.refresh()
    assert not offers.pending and station.lower.currentWidget() is station.placeholder
    qtbot.keyClick(station.scan_field, Qt.Key.Key_Return)  # Enter now gives nothing
    assert _bookings_of(database, space.people[2]) == []


def test_the_next_card_declines_an_offer_and_alt_e_assigns(qtbot, database, admin):
    space = build_space(database, admin)
    station = _station(qtbot, database, admin, space, Clock(at(1, 10, 5)))
    offers = station.offer_panel
    scanner(qtbot, station.scan_field, space.cards[0])
    assert offers.pending and offers.person_name == "María José Núñez Cedeño"
    scanner(qtbot, station.scan_field, space.cards[1])  # the next member: first stays deskless
    assert offers.pending and offers.person_name == "Luis Ángel Pérez"
    assert _open_visit(database, space.people[0]).booking_id is None
    qtbot.keyClick(station.scan_field, Qt.Key.Key_Down)
    qtbot.keyClick(station.scan_field, Qt.Key.Key_Down)
    assert offers.list.currentRow() == 2
    qtbot.keyClick(station.scan_field, Qt.Key.Key_E, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: not offers.pending)  # a mnemonic presses the button visibly
    (given,) = _bookings_of(database, space.people[1])
    assert given.resource_id == space.desks[2] and not offers.pending
    assert _bookings_of(database, space.people[0]) == []
    _assert_ready(station)


def test_a_refused_desk_is_said_in_the_offer_and_another_can_be_chosen(qtbot, database, admin):
    space = build_space(database, admin)
    _book(database, admin, space, 1, 0, at(1, 11), at(1, 13), at(1, 8))  # her own, later
    station = _station(qtbot, database, admin, space, Clock(at(1, 10, 5)))
    scanner(qtbot, station.scan_field, space.cards[0])  # too early for her booking
    offers = station.offer_panel
    assert "11:00" in station.last_answer.detail and offers.pending
    assert offers.offers[0].name == "Escritorio 1"
    _book(database, admin, space, 0, 2, at(1, 10), at(1, 12), at(1, 8))  # another station
    qtbot.keyClick(station.scan_field, Qt.Key.Key_Return)
    assert offers.pending and offers.error.isVisible()
    assert offers.error.text() == "Ese espacio ya no está libre ahora; elija otro."
    assert len(_bookings_of(database, space.people[0])) == 1
    assert station.answer_panel.state == "ok"  # she is in all the same
    _assert_ready(station)

    row = next(n for n, o in enumerate(offers.offers) if o.resource_id == space.desks[2])
    assert offers.list.item(row).text() == _offer_text(offers, "Escritorio 3", "11:00")
    for _ in range(row):
        qtbot.keyClick(station.scan_field, Qt.Key.Key_Down)
    qtbot.keyClick(station.scan_field, Qt.Key.Key_Return)
    assert not offers.pending
    first, _later = _bookings_of(database, space.people[0])
    # the walk-in desk stops where her own booking begins
    assert (first.resource_id, first.ends_at) == (space.desks[2], at(1, 11))


def test_repeated_no_shows_are_marked_by_the_sweep_and_warned_on_arrival(qtbot, database, admin):
    space = build_space(database, admin)
    for day in (23, 24, 25):  # booked and never came
        _book(
            database,
            admin,
            space,
            0,
            0,
            at(day, 10, month=11),
            at(day, 11, month=11),
            at(23, 8, month=11),
        )
    _book(
        database,
        admin,
        space,
        1,
        1,
        at(24, 10, month=11),
        at(24, 11, month=11),
        at(23, 8, month=11),
    )
    station = _station(qtbot, database, admin, space, Clock(at(1, 10, 5)))
    marked = station.tr("%1 bookings marked as no-show").replace("%1", "4")
    assert station.sweep_status.text() == f"10:05 · {marked}"
    scanner(qtbot, station.scan_field, space.cards[0])
    assert station.last_answer.no_shows == 3
    assert station.no_show_warning.isVisible()
    warning = station.tr("⚠ %1 no-shows in the last 60 days").replace("%1", "3")
    assert station.no_show_warning.text() == warning
    scanner(qtbot, station.scan_field, space.cards[1])  # one is below the site's alert
    assert station.last_answer.no_shows == 1 and not station.no_show_warning.isVisible()


def test_search_by_name_or_document_checks_in_and_out(qtbot, database, admin, typist):
    space = build_space(database, admin)
    with database.unit_of_work(admin) as session:
        person_id = people.create_person(
            session,
            admin,
            people.PersonInput("Luisa", "Quiñónez Cedeño", DocumentType.CEDULA, "1710034065"),
            ["registro"],
        ).id
    clock = Clock(at(1, 10, 5))
    station = _station(qtbot, database, admin, space, clock)
    field = station.scan_field
    typist(field, "quiñónez lu")
    qtbot.waitUntil(lambda: len(station.results.hits) == 1)
    assert station.lower.currentWidget() is station.results
    assert station.results.item(0, 0).text() == "Luisa Quiñónez Cedeño"
    assert station.results.item(0, station.results.STATUS).text() == station.results.tr("Not in")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert station.answer_panel.state == "ok" and station.last_answer.person_id == person_id
    assert station.answer_panel.note.text() == f"10:05:00 · {station.tr('Found by search')}"
    assert station.offer_panel.pending  # no booking: desks offered, after the search too
    assert station.lower.currentWidget() is station.offer_panel
    _assert_ready(station)
    with database.sessions() as session:
        raw = session.scalar(select(CheckIn.raw_input).order_by(CheckIn.id.desc()))
    assert raw == f"{visits.SEARCH_PREFIX}{person_id}"

    clock.now = at(1, 12, 40)
    typist(field, "1710034065")  # the document; the offer gives way to the results
    qtbot.waitUntil(lambda: len(station.results.hits) == 1)
    assert station.lower.currentWidget() is station.results
    assert station.results.item(0, station.results.STATUS).text() == station.results.tr(
        "In since %1"
    ).replace("%1", "10:05")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert station.answer_panel.state == "checked_out"
    assert "2 h 35 min" in station.answer_panel.detail.text()
    assert _open_visit(database, person_id) is None
    _assert_ready(station)

    typist(field, "nadie se llama asi")
    qtbot.keyClick(field, Qt.Key.Key_Return)  # nobody: nothing happens, the text stays
    assert field.text() == "nadie se llama asi" and station.search_note.text()
    qtbot.keyClick(field, Qt.Key.Key_Escape)
    assert field.text() == "" and station.lower.currentWidget() is station.placeholder


def test_check_out_from_the_list_of_who_is_in(qtbot, database, admin):
    space = build_space(database, admin)
    with database.unit_of_work(admin) as session:
        for n, minute in ((0, 0), (1, 10), (2, 20)):
            visits.scan(session, space.site_id, space.cards[n], "Otra", admin, now=at(1, 9, minute))
    station = _station(qtbot, database, admin, space, Clock(at(1, 10, 5)))
    inside = station.inside
    assert inside.count.text() == "3" and inside.caption.text() == "personas dentro ahora"
    assert not inside.check_out_button.isEnabled()
    qtbot.keyClick(station.scan_field, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    assert station.search_note.text() and inside.count.text() == "3"  # nobody chosen yet

    for _ in range(2):
        qtbot.keyClick(station.scan_field, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert inside.selected().person_id == space.people[1]
    qtbot.keyClick(station.scan_field, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    assert station.answer_panel.state == "checked_out"
    assert station.last_answer.person_name == "Luis Ángel Pérez"
    assert _open_visit(database, space.people[1]) is None
    assert inside.count.text() == "2" and inside.selected() is None
    _assert_ready(station)

    table = inside.table  # with the mouse: the row, then the button
    qtbot.mouseClick(
        table.viewport(),
        Qt.MouseButton.LeftButton,
        pos=table.visualRect(table.model().index(1, 0)).center(),
    )
    assert inside.selected().person_id == space.people[2] and inside.check_out_button.isEnabled()
    qtbot.mouseClick(inside.check_out_button, Qt.MouseButton.LeftButton)
    assert _open_visit(database, space.people[2]) is None
    assert inside.count.text() == "1" and inside.caption.text() == "persona dentro ahora"
    qtbot.waitUntil(station.scan_field.hasFocus)


def test_unknown_and_misread_cards_are_red_and_the_field_keeps_the_keyboard(qtbot, database, admin):
    space = build_space(database, admin)
    station = _station(qtbot, database, admin, space, Clock(at(1, 10, 5)))
    scanner(qtbot, station.scan_field, codes.new_code())
    assert station.answer_panel.state == "unknown" and _colour(station) == RED
    assert station.answer_panel.title.text() == "Código desconocido"
    _assert_ready(station)
    card = space.cards[0]
    typo = card[:3] + ("X" if card[3] != "X" else "Y") + card[4:]
    scanner(qtbot, station.scan_field, typo)
    assert station.answer_panel.state == "invalid" and _colour(station) == RED
    _assert_ready(station)
    with database.sessions() as session:
        results = list(session.scalars(select(CheckIn.result).order_by(CheckIn.id)))
    assert results == [CheckInResult.UNKNOWN, CheckInResult.INVALID]
    assert station.inside.count.text() == "0"


def test_the_sweep_closes_visits_left_open_after_closing(qtbot, database, admin):
    space = build_space(database, admin)
    with database.unit_of_work(admin) as session:
        visits.scan(session, space.site_id, space.cards[0], "Otra", admin, now=at(1, 17, 30))
        visits.scan(session, space.site_id, space.cards[1], "Otra", admin, now=at(1, 17, 40))
    clock = Clock(at(1, 17, 55))
    station = _station(qtbot, database, admin, space, clock)
    assert station.inside.count.text() == "2" and station.sweep_status.text() == ""
    clock.now = at(1, 18, 1)  # closing time has passed: the next minute's sweep closes them
    station.sweep_timer.setInterval(50)
    qtbot.waitUntil(lambda: station.inside.count.text() == "0")
    closed_text = station.tr("%1 visits left open after closing were checked out")
    assert station.sweep_status.text() == f"18:01 · {closed_text.replace('%1', '2')}"
    with database.sessions() as session:
        closed = list(session.scalars(select(Visit).order_by(Visit.id)))
    assert all(v.auto_checked_out and v.checked_out_at == at(1, 18) for v in closed)


def test_the_first_sweep_runs_when_the_station_opens(qtbot, database, admin):
    space = build_space(database, admin)
    with database.unit_of_work(admin) as session:  # forgotten yesterday
        visits.scan(session, space.site_id, space.cards[0], "Otra", admin, now=at(30, 16, 0, 11))
    station = _station(qtbot, database, admin, space, Clock(at(1, 8, 10)))
    closed_text = station.tr("1 visit left open after closing was checked out")
    assert station.sweep_status.text() == f"08:10 · {closed_text}"
    assert station.inside.count.text() == "0"


def test_a_scanner_burst_while_another_window_has_the_keyboard_still_scans(
    qtbot, database, admin, typist
):
    space = build_space(database, admin)
    station = _station(qtbot, database, admin, space, Clock(at(1, 10, 5)))
    dialog = QDialog(station)
    note = QLineEdit(dialog)
    QVBoxLayout(dialog).addWidget(note)
    dialog.open()
    note.setFocus()
    qtbot.waitUntil(note.hasFocus)
    assert station.capture.installed

    scanner(qtbot, note, space.cards[0])
    assert station.answer_panel.state == "ok"
    assert station.last_answer.person_id == space.people[0]
    assert station.answer_panel.note.text().endswith(station.tr("Scanned while a window was open"))
    qtbot.wait(scan_capture.QUIET_MS * 3)
    assert note.text() == "" and dialog.isVisible()
    for char in "Hola":  # a person typing in the dialog still gets their letters
        typist(note, char)
        qtbot.wait(80)
    qtbot.waitUntil(lambda: note.text() == "Hola")
    assert _open_visit(database, space.people[0]) is not None
    dialog.reject()
    station.activateWindow()  # what the window manager does once the dialog is gone
    qtbot.waitUntil(station.scan_field.hasFocus)

    station.hide()  # only while the station is shown
    assert not station.capture.installed


def test_the_scan_field_takes_the_keyboard_back(qtbot, database, admin):
    space = build_space(database, admin)
    station = _station(qtbot, database, admin, space, Clock(at(1, 10, 5)))
    field = station.scan_field
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    assert field.hasFocus()
    scanner(qtbot, field, space.cards[0])
    offers = station.offer_panel.list
    qtbot.mouseClick(
        offers.viewport(),
        Qt.MouseButton.LeftButton,
        pos=offers.visualItemRect(offers.item(1)).center(),
    )
    assert station.offer_panel.list.currentRow() == 1 and field.hasFocus()
    station.inside.table.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    station.inside.table.setFocus()  # whatever takes the focus on the station gives it back
    qtbot.waitUntil(field.hasFocus)

    other = QLineEdit()  # another window, then back to the station
    qtbot.addWidget(other)
    other.show()
    qtbot.waitExposed(other)
    other.activateWindow()
    other.setFocus()
    qtbot.waitUntil(other.hasFocus)
    station.inside.table.setFocus()  # left elsewhere while the station was in the background
    station.activateWindow()
    qtbot.waitUntil(field.hasFocus)


@pytest.mark.skipif(not os.environ.get("COWORKING_SHOTS"), reason="screenshots on request")
def test_screenshot(qtbot, database, admin, typist):
    space = build_space(database, admin, desks=8, members=6)
    _book(database, admin, space, 0, 0, at(1, 9), at(1, 12), at(1, 8))
    _book(database, admin, space, 3, 4, at(1, 12), at(1, 14), at(1, 8))
    for day in (23, 24, 25):
        _book(database, admin, space, 2, 4, *(at(day, h, month=11) for h in (9, 10, 9)))
    with database.unit_of_work(admin) as session:
        for n, minute in ((0, 2), (1, 14), (2, 31)):
            answer = visits.scan(
                session, space.site_id, space.cards[n], "Entrada", admin, now=at(1, 9, minute)
            )
            if n == 1:
                visits.take_desk(session, admin, answer.visit_id, space.desks[5], now=answer.at)
    station = _station(qtbot, database, admin, space, Clock(at(1, 10, 12)))
    folder = Path(os.environ["COWORKING_SHOTS"])
    folder.mkdir(parents=True, exist_ok=True)
    scanner(qtbot, station.scan_field, space.cards[4])
    assert station.offer_panel.pending
    station.grab().save(str(folder / "desk_station.png"))
    qtbot.keyClick(station.scan_field, Qt.Key.Key_Return)  # her own booking at 12:00
    assert station.offer_panel.error.isVisible()
    qtbot.wait(50)  # the layout settles in the event loop
    station.grab().save(str(folder / "desk_station_refused.png"))
    station.inside.move_selection(1)
    typist(station.scan_field, "pérez")
    qtbot.waitUntil(lambda: bool(station.results.hits))
    station.grab().save(str(folder / "desk_station_search.png"))
    qtbot.keyClick(station.scan_field, Qt.Key.Key_Return)
    assert station.answer_panel.state == "checked_out"
    station.grab().save(str(folder / "desk_station_out.png"))
