"""The booking calendar tab with the real services: book through the dialog (once and weekly),
a refused move snaps back with the rule's message, Ctrl+Z undoes a move, Delete cancels after
confirmation."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QListWidget, QMessageBox
from sqlalchemy import select

from coworking.core import bookings
from coworking.db.models import Booking
from coworking.gui.booking_dialog import BookingDialog, SeriesReportDialog
from coworking.gui.calendar_tab import CalendarTab
from tests.cowork_data import at, build_space
from tests.gui.modal import when_modal

pytestmark = pytest.mark.date_sensitive

NOW = at(1, 8, 30)


@pytest.fixture
def space(database, admin):
    return build_space(database, admin)


@pytest.fixture
def tab(qtbot, database, admin, space):
    widget = CalendarTab(database, admin, space.site_id, clock=lambda: NOW)
    qtbot.addWidget(widget)
    widget.resize(1280, 700)
    widget.show()
    return widget


def _bookings(database) -> list[Booking]:
    with database.sessions() as session:
        return list(session.scalars(select(Booking).order_by(Booking.id)))


def test_week_of_today_with_holidays_and_closed_sunday(tab, space):
    assert tab.first_day() == date(2026, 11, 30)
    assert [row.label for row in tab.grid.rows][:2] == ["Escritorio 1", "Escritorio 2"]
    days = tab._days
    assert days[6].opens is None and days[0].opens is not None
    tab._step(3)  # three weeks on: Christmas week
    assert tab._days[4].note == "Feriado: Navidad"


def test_booking_through_the_dialog(qtbot, tab, database, space, typist):
    def fill(dialog: BookingDialog) -> None:
        dialog.person.search.setFocus()
        typist(dialog.person.search, "Andres")
        dialog.person.flush()
        dialog.purpose.setText("Reunión con clientes")
        dialog.accept()

    when_modal(fill)
    tab.grid.createRequested.emit(space.desks[1], at(1, 10), at(1, 11, 30))
    made = _bookings(database)
    assert [(b.resource_id, b.person_id, b.starts_at, b.ends_at) for b in made] == [
        (space.desks[1], space.people[3], at(1, 10), at(1, 11, 30))
    ]
    assert made[0].purpose == "Reunión con clientes"
    assert tab.grid.selected_block() == made[0].id
    assert any(b.key == made[0].id and "Andrés" in b.title for b in tab.grid.blocks)


def test_a_refusal_stays_in_the_dialog(qtbot, tab, database, space, typist):
    shown: list[str] = []

    def fill(dialog: BookingDialog) -> None:
        typist(dialog.person.search, "Carmen")  # nobody: no person chosen
        dialog.accept()
        shown.append(dialog.error.text())
        dialog.person.search.clear()
        typist(dialog.person.search, "Luis")
        dialog.end.setCurrentIndex(dialog.end.count() - 1)  # 08:00 to 18:00: too long
        dialog.accept()
        shown.append(dialog.error.text())
        dialog.reject()

    when_modal(fill)
    tab.grid.createRequested.emit(space.desks[0], at(1, 9), at(1, 10))
    assert (
        shown[0] == "Choose the person: type part of the name and pick it." or "persona" in shown[0]
    )
    assert "Regla «duración máxima»" in shown[1]
    assert _bookings(database) == []


def test_weekly_series_reports_the_dates_it_could_not_book(
    qtbot, tab, database, admin, space, typist
):
    with database.unit_of_work(admin) as session:
        bookings.book(session, admin, space.room, space.people[0], at(15, 10), at(15, 11), now=NOW)
    reports: list[list[str]] = []

    def fill(dialog: BookingDialog) -> None:
        typist(dialog.person.search, "Yorgelis")
        dialog.weekly.setChecked(True)
        dialog.until.setDate(date(2026, 12, 29))
        QTimer.singleShot(0, report)
        dialog.accept()

    def report() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, SeriesReportDialog):
            QTimer.singleShot(20, report)
            return
        items = dialog.findChild(QListWidget, "seriesRefused")
        reports.append([items.item(i).text() for i in range(items.count())])
        dialog.accept()

    when_modal(fill)
    tab.grid.createRequested.emit(space.room, at(1, 9), at(1, 11))  # Tuesdays 09:00-11:00
    assert len(reports) == 1 and len(reports[0]) == 1
    assert reports[0][0].startswith("15/12/2026 — Regla «sin reservas superpuestas»")
    series = [b for b in _bookings(database) if b.person_id == space.people[2]]
    assert [b.starts_at.day for b in series] == [1, 8, 22, 29]
    assert len({b.series_id for b in series}) == 1

    # from the booking of the 22nd: cancel it and the later dates, after confirming
    tab._step(3)
    key = next(b.id for b in series if b.starts_at.day == 22)
    assert any(b.key == key and b.state == "series" for b in tab.grid.blocks)

    def choose_rest(box: QMessageBox) -> None:
        rest = next(b for b in box.buttons() if "siguientes" in b.text())
        when_modal(lambda confirm: confirm.button(QMessageBox.StandardButton.Yes).click())
        rest.click()

    when_modal(choose_rest)
    tab.grid.openRequested.emit(key)
    cancelled = {b.starts_at.day for b in _bookings(database) if b.cancelled_at is not None}
    assert cancelled == {22, 29}


def test_a_refused_move_snaps_back_and_ctrl_z_undoes_a_move(qtbot, tab, database, admin, space):
    with database.unit_of_work(admin) as session:
        mine = bookings.book(
            session, admin, space.desks[0], space.people[0], at(1, 10), at(1, 11), now=NOW
        ).id
        bookings.book(
            session, admin, space.desks[1], space.people[1], at(1, 10), at(1, 12), now=NOW
        )
    tab.reload()
    messages: list[str] = []

    def dismiss(box: QMessageBox) -> None:
        messages.append(box.text())
        box.accept()

    when_modal(dismiss)
    tab.grid.moveRequested.emit(mine, space.desks[1], at(1, 11), at(1, 12))
    assert "Regla «sin reservas superpuestas»" in messages[0]
    block = next(b for b in tab.grid.blocks if b.key == mine)
    assert (block.row, block.starts) == (space.desks[0], at(1, 10))
    tab.grid.moveRequested.emit(mine, space.desks[2], at(1, 14), at(1, 15, 30))
    moved = next(b for b in _bookings(database) if b.id == mine)
    assert (moved.resource_id, moved.starts_at, moved.ends_at) == (
        space.desks[2],
        at(1, 14),
        at(1, 15, 30),
    )
    tab.activateWindow()
    qtbot.waitUntil(tab.isActiveWindow)
    tab.grid.setFocus()
    QTest.keyClick(tab.grid, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    back = next(b for b in _bookings(database) if b.id == mine)
    assert (back.resource_id, back.starts_at, back.ends_at) == (
        space.desks[0],
        at(1, 10),
        at(1, 11),
    )


def test_delete_cancels_after_confirmation(qtbot, tab, database, admin, space):
    with database.unit_of_work(admin) as session:
        booking = bookings.book(
            session, admin, space.desks[0], space.people[0], at(2, 10), at(2, 11), now=NOW
        ).id
    tab.reload()
    when_modal(lambda box: box.button(QMessageBox.StandardButton.No).click())
    tab.grid.cancelRequested.emit(booking)
    assert _bookings(database)[0].cancelled_at is None
    when_modal(lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    tab.grid.cancelRequested.emit(booking)
    assert _bookings(database)[0].cancelled_at is not None
    assert all(b.key != booking for b in tab.grid.blocks)
