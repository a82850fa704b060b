"""The co-working screens' buttons clicked as a person clicks them: the calendar's navigation
and «New booking…», the booking dialog and the weekly series' report, the desk, room, closure
and site dialogs (cancelling changes nothing), and the front-desk station's buttons with its
options dialog."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

import pytest
from PySide6.QtCore import QDate, QSettings, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QListWidget,
    QMessageBox,
    QPushButton,
    QWidget,
)
from sqlalchemy import func, select

from coworking import clock
from coworking.core import bookings
from coworking.core.setup import current_site
from coworking.db.database import Database
from coworking.db.enums import CheckInResult, DocumentType
from coworking.db.models import Booking, Person, Resource, Site, SiteClosure, StaffUser, Visit
from coworking.gui.booking_dialog import BookingDialog, SeriesReportDialog
from coworking.gui.calendar_tab import CalendarTab
from coworking.gui.desk_station import DeskStation
from coworking.gui.person_form import PersonDialog
from coworking.gui.resource_dialog import ResourceDialog
from coworking.gui.site_dialog import SiteDialog
from coworking.gui.space_closure_dialog import ClosureDialog
from coworking.gui.space_closures import ClosuresPanel
from coworking.gui.station_settings import DEFAULT_VOLUME, StationOptionsDialog
from coworking.gui.station_sounds import ADMITTED
from tests.cowork_data import Space, at, build_space
from tests.gui.station_helpers import scanner, shown

pytestmark = pytest.mark.date_sensitive

LEFT = Qt.MouseButton.LeftButton
MONDAY_EARLY = at(14, 7, 30)  # Monday 14/12/2026, before the space opens at 08:00
TUESDAY_10 = at(15, 10)  # the front desk is open
STATION = "Recepción"


def when_dialog(kind: type[QWidget], action: Callable[[QWidget], None]) -> None:
    """Run ``action`` on the modal window of class ``kind`` once it is shown (``exec()``
    blocks the test, so the answer is queued before the click that opens it)."""

    def step() -> None:
        widget = QApplication.activeModalWidget()
        if isinstance(widget, kind) and widget.isVisible():
            action(widget)
        else:
            QTimer.singleShot(20, step)

    QTimer.singleShot(0, step)


def box_button(dialog: QWidget, which: QDialogButtonBox.StandardButton) -> QPushButton:
    """The standard button ``which`` of the dialog's button box."""
    for buttons in dialog.findChildren(QDialogButtonBox):
        button = buttons.button(which)
        if button is not None:
            return button
    raise AssertionError(f"{type(dialog).__name__} has no {which.name} button")


def answer_message(which: QMessageBox.StandardButton, asked: list[str]) -> None:
    """Answer the next message box with ``which``, noting its text in ``asked``."""

    def press(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        asked.append(box.text())
        box.button(which).click()

    when_dialog(QMessageBox, press)


def count(database: Database, model: type) -> int:
    with database.sessions() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


@pytest.fixture
def space(database: Database, admin: StaffUser) -> Space:
    return build_space(database, admin)


# --- the calendar ------------------------------------------------------------------------------


def calendar(qtbot, database: Database, user: StaffUser, site_id: int) -> CalendarTab:
    """The calendar on the program's own clock, as the co-working page makes it."""
    tab = CalendarTab(database, user, site_id)
    qtbot.addWidget(tab)
    tab.resize(1280, 700)
    tab.show()
    qtbot.waitExposed(tab)
    return tab


def test_day_week_previous_next_and_today_move_the_calendar(
    qtbot, set_clock, database, admin, space
):
    set_clock(MONDAY_EARLY)
    tab = calendar(qtbot, database, admin, space.site_id)
    assert tab.first_day() == date(2026, 12, 14) and len(tab.grid.axis.days) == 7

    qtbot.mouseClick(tab.day_button, LEFT)
    assert tab.day_button.isChecked() and not tab.week_button.isChecked()
    assert len(tab.grid.axis.days) == 1 and tab.first_day() == date(2026, 12, 14)
    assert tab.title.text() == "Lunes 14/12/2026"

    qtbot.mouseClick(tab.next_button, LEFT)  # a day on
    assert tab.first_day() == date(2026, 12, 15)
    assert tab.date_edit.date() == QDate(2026, 12, 15)
    qtbot.mouseClick(tab.previous_button, LEFT)
    qtbot.mouseClick(tab.previous_button, LEFT)  # two days back: Sunday, closed
    assert tab.first_day() == date(2026, 12, 13) and tab.grid.axis.days[0].opens is None

    qtbot.mouseClick(tab.week_button, LEFT)
    assert tab.week_button.isChecked() and not tab.day_button.isChecked()
    assert len(tab.grid.axis.days) == 7 and tab.first_day() == date(2026, 12, 7)
    assert tab.title.text() == "Semana del 07/12 al 13/12/2026"
    qtbot.mouseClick(tab.next_button, LEFT)
    qtbot.mouseClick(tab.next_button, LEFT)  # a week at a time
    assert tab.first_day() == date(2026, 12, 21)
    qtbot.mouseClick(tab.previous_button, LEFT)
    assert tab.first_day() == date(2026, 12, 14)

    set_clock(at(7, 9, month=1, year=2027))  # the calendar was left open until January
    qtbot.mouseClick(tab.today_button, LEFT)
    assert tab.first_day() == date(2027, 1, 4)  # the Monday of that week
    assert tab.date_edit.date() == QDate(2027, 1, 7)
    qtbot.mouseClick(tab.day_button, LEFT)
    assert tab.first_day() == date(2027, 1, 7)


def _bookings(database: Database) -> list[Booking]:
    with database.sessions() as session:
        return list(session.scalars(select(Booking).order_by(Booking.starts_at)))


def test_new_booking_opens_the_dialog_cancel_books_nothing_book_saves(
    qtbot, set_clock, database, admin, space, typist
):
    set_clock(MONDAY_EARLY)
    tab = calendar(qtbot, database, admin, space.site_id)
    tab.grid.set_cursor(space.desks[1], at(14, 9))  # the slot a person chose in the grid
    opened: list[tuple[object, tuple[datetime, datetime]]] = []

    def cancel(dialog: QWidget) -> None:
        assert isinstance(dialog, BookingDialog)
        opened.append((dialog.resource.currentData(), dialog.span()))
        typist(dialog.person.search, "Andres")
        dialog.purpose.setText("Entrevista")
        qtbot.mouseClick(box_button(dialog, QDialogButtonBox.StandardButton.Cancel), LEFT)

    when_dialog(BookingDialog, cancel)
    qtbot.mouseClick(tab.new_button, LEFT)
    assert opened == [(space.desks[1], (at(14, 9), at(14, 9, 30)))]
    assert QApplication.activeModalWidget() is None
    assert _bookings(database) == [] and tab.grid.blocks == []

    def book(dialog: QWidget) -> None:
        assert isinstance(dialog, BookingDialog)
        typist(dialog.person.search, "Andres")
        dialog.end.setCurrentIndex(dialog.end.findText("11:00"))
        qtbot.mouseClick(box_button(dialog, QDialogButtonBox.StandardButton.Ok), LEFT)

    when_dialog(BookingDialog, book)
    qtbot.mouseClick(tab.new_button, LEFT)
    (made,) = _bookings(database)
    assert (made.resource_id, made.person_id) == (space.desks[1], space.people[3])
    assert (made.starts_at, made.ends_at) == (at(14, 9), at(14, 11))
    assert tab.grid.selected_block() == made.id
    assert any(block.key == made.id and "Andrés" in block.title for block in tab.grid.blocks)


def test_a_weekly_booking_reports_the_refused_date_and_close_closes_the_report(
    qtbot, set_clock, database, admin, space, typist
):
    set_clock(MONDAY_EARLY)
    with database.unit_of_work(admin) as session:  # desk 2 is taken on the second Monday
        bookings.book(
            session, admin, space.desks[1], space.people[0], at(21, 9), at(21, 10), now=clock.now()
        )
    tab = calendar(qtbot, database, admin, space.site_id)
    tab.grid.set_cursor(space.desks[1], at(14, 9))
    refused: list[list[str]] = []
    closed: list[bool] = []

    def read_and_close(report: QWidget) -> None:
        assert isinstance(report, SeriesReportDialog)
        items = report.findChild(QListWidget, "seriesRefused")
        refused.append([items.item(n).text() for n in range(items.count())])
        qtbot.mouseClick(box_button(report, QDialogButtonBox.StandardButton.Close), LEFT)
        closed.append(not report.isVisible() and report.result() == QDialog.DialogCode.Rejected)

    def book_weekly(dialog: QWidget) -> None:
        assert isinstance(dialog, BookingDialog)
        typist(dialog.person.search, "Yorgelis")
        dialog.weekly.setChecked(True)
        dialog.until.setDate(QDate(2026, 12, 28))
        when_dialog(SeriesReportDialog, read_and_close)
        qtbot.mouseClick(box_button(dialog, QDialogButtonBox.StandardButton.Ok), LEFT)

    when_dialog(BookingDialog, book_weekly)
    qtbot.mouseClick(tab.new_button, LEFT)
    assert len(refused) == 1 and len(refused[0]) == 1
    assert refused[0][0].startswith("21/12/2026 — Regla «sin reservas superpuestas»")
    assert closed == [True] and QApplication.activeModalWidget() is None
    series = [b for b in _bookings(database) if b.person_id == space.people[2]]
    assert [b.starts_at.day for b in series] == [14, 28]


# --- desks and rooms, closures, sites ------------------------------------------------------------


def _resources(database: Database) -> list[tuple[str, int, bool]]:
    with database.sessions() as session:
        rows = session.execute(select(Resource.name, Resource.capacity, Resource.active))
        return sorted(tuple(row) for row in rows)


def test_cancel_on_a_typed_resource_asks_and_discarding_saves_nothing(
    qtbot, database, admin, space, typist
):
    before = _resources(database)
    dialog = ResourceDialog(database, admin, space.site_id)
    qtbot.addWidget(dialog, before_close_func=lambda d: d.done(0))
    dialog.show()
    qtbot.waitExposed(dialog)
    typist(dialog.name, "Cabina telefónica")
    asked: list[str] = []

    answer_message(QMessageBox.StandardButton.Cancel, asked)  # «Cancel» the question: stays
    qtbot.mouseClick(box_button(dialog, QDialogButtonBox.StandardButton.Cancel), LEFT)
    assert asked == ["¿Guardar los cambios que hizo?"] and dialog.isVisible()

    answer_message(QMessageBox.StandardButton.Discard, asked)
    qtbot.mouseClick(box_button(dialog, QDialogButtonBox.StandardButton.Cancel), LEFT)
    assert len(asked) == 2 and not dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Rejected and dialog.saved_id is None
    assert _resources(database) == before


def test_close_on_a_read_only_resource_closes_it_unchanged(qtbot, database, admin, space):
    before = _resources(database)
    dialog = ResourceDialog(database, admin, space.site_id, space.room, read_only=True)
    qtbot.addWidget(dialog, before_close_func=lambda d: d.done(0))
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.name.text() == "Sala Manglar" and not dialog.name.isEnabled()
    assert dialog.findChild(QPushButton, "saveResourceButton") is None

    qtbot.mouseClick(box_button(dialog, QDialogButtonBox.StandardButton.Close), LEFT)
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Rejected
    assert _resources(database) == before


def _closures(database: Database, site_id: int) -> list[tuple[date, str, bool]]:
    with database.sessions() as session:
        rows = session.execute(
            select(SiteClosure.day, SiteClosure.reason, SiteClosure.closed).where(
                SiteClosure.site_id == site_id
            )
        )
        return sorted(tuple(row) for row in rows)


def test_add_closure_opens_the_form_on_today_cancel_saves_nothing_save_closes_the_day(
    qtbot, set_clock, database, admin, space, typist
):
    set_clock(TUESDAY_10)
    panel = ClosuresPanel(database, admin, space.site_id, True, clock.now)
    qtbot.addWidget(panel)
    panel.resize(900, 600)
    panel.show()
    qtbot.waitExposed(panel)
    changes: list[bool] = []
    panel.changed.connect(lambda: changes.append(True))
    seen: list[tuple[str, QDate]] = []
    asked: list[str] = []

    def type_then_cancel(dialog: QWidget) -> None:
        assert isinstance(dialog, ClosureDialog)
        seen.append((dialog.windowTitle(), dialog.date.date()))
        typist(dialog.reason, "Fumigación del local")
        answer_message(QMessageBox.StandardButton.Discard, asked)
        qtbot.mouseClick(box_button(dialog, QDialogButtonBox.StandardButton.Cancel), LEFT)

    when_dialog(ClosureDialog, type_then_cancel)
    qtbot.mouseClick(panel.add_button, LEFT)
    assert seen == [("Agregar un cierre", QDate(2026, 12, 15))]
    assert asked == ["¿Guardar los cambios que hizo?"]
    assert _closures(database, space.site_id) == [] and changes == []
    assert QApplication.activeModalWidget() is None

    def type_then_save(dialog: QWidget) -> None:
        assert isinstance(dialog, ClosureDialog)
        dialog.date.setDate(QDate(2026, 12, 18))
        typist(dialog.reason, "Fumigación del local")
        qtbot.mouseClick(box_button(dialog, QDialogButtonBox.StandardButton.Save), LEFT)

    when_dialog(ClosureDialog, type_then_save)
    qtbot.mouseClick(panel.add_button, LEFT)
    assert _closures(database, space.site_id) == [
        (date(2026, 12, 18), "Fumigación del local", True)
    ]
    assert changes and panel.selected_day() == date(2026, 12, 18)


def _sites(database: Database) -> list[tuple[str, str, str | None]]:
    with database.sessions() as session:
        rows = session.execute(select(Site.name, Site.canton_code, Site.address))
        return sorted(tuple(row) for row in rows)


def test_site_dialog_cancel_keeps_the_site_and_save_renames_it(qtbot, database, admin, typist):
    with database.sessions() as session:
        site = current_site(session)
        assert site is not None
        site_id = site.id
    before = _sites(database)

    dialog = SiteDialog(database, admin, site_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.name.clear()
    typist(dialog.name, "Coworking Tarqui")
    qtbot.mouseClick(box_button(dialog, QDialogButtonBox.StandardButton.Cancel), LEFT)
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Rejected
    assert dialog.saved_id is None and _sites(database) == before

    dialog = SiteDialog(database, admin, site_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.name.clear()
    qtbot.mouseClick(box_button(dialog, QDialogButtonBox.StandardButton.Save), LEFT)
    assert dialog.isVisible() and dialog.error.isVisible()  # no name: refused in the dialog
    assert "nombre" in dialog.error.text() and _sites(database) == before

    typist(dialog.name, "Coworking Tarqui")
    dialog.address.setText("Av. 24 y calle 13")
    qtbot.mouseClick(box_button(dialog, QDialogButtonBox.StandardButton.Save), LEFT)
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.saved_id == site_id
    assert _sites(database) == [("Coworking Tarqui", before[0][1], "Av. 24 y calle 13")]


# --- the front-desk station ----------------------------------------------------------------------


def desk(qtbot, database: Database, user: StaffUser, space: Space) -> DeskStation:
    """The station on the program's own clock, shown as it is used."""
    return shown(qtbot, DeskStation(database, user, space.site_id, STATION))


def test_clear_empties_the_field_and_the_people_found(qtbot, set_clock, database, admin, space):
    set_clock(TUESDAY_10)
    station = desk(qtbot, database, admin, space)
    station.scan_field.setText("Luis")
    qtbot.waitUntil(lambda: bool(station.results.hits))
    assert station.lower.currentWidget() is station.results

    qtbot.mouseClick(station.clear_button, LEFT)
    assert station.scan_field.text() == "" and station.results.hits == []
    assert station.lower.currentWidget() is station.placeholder
    assert station.search_note.text() == ""
    assert station.scan_field.hasFocus()  # the button never takes the keyboard
    qtbot.wait(200)  # the search of what was typed does not come back
    assert station.results.hits == []


def test_no_desk_leaves_the_walk_in_without_a_desk(qtbot, set_clock, database, admin, space):
    set_clock(TUESDAY_10)
    station = desk(qtbot, database, admin, space)
    offers = station.offer_panel
    scanner(qtbot, station.scan_field, space.cards[1])
    assert station.last_answer.result == CheckInResult.OK and offers.pending
    assert station.lower.currentWidget() is offers

    qtbot.mouseClick(offers.skip_button, LEFT)
    assert not offers.pending and station.lower.currentWidget() is station.placeholder
    assert station.search_note.text().startswith("Luis Ángel Pérez")
    assert "sin escritorio" in station.search_note.text()
    assert _bookings(database) == []
    with database.sessions() as session:  # checked in all the same, without a desk
        visit = session.scalar(select(Visit).where(Visit.person_id == space.people[1]))
        assert visit is not None and visit.booking_id is None and visit.checked_out_at is None


def test_new_person_opens_the_form_and_saving_checks_them_in(
    qtbot, set_clock, database, admin, space
):
    set_clock(TUESDAY_10)
    station = desk(qtbot, database, admin, space)
    people_before = count(database, Person)

    qtbot.mouseClick(station.enrolment.button, LEFT)
    dialog = station.enrolment.dialog
    assert isinstance(dialog, PersonDialog)
    qtbot.waitExposed(dialog)
    assert dialog.windowTitle() == "Nueva persona en recepción"
    ui = dialog.ui
    ui.givenNamesEdit.setText("Génesis Valeria")
    ui.familyNamesEdit.setText("Mendoza Alcívar")
    ui.documentTypeCombo.setCurrentIndex(ui.documentTypeCombo.findData(DocumentType.NONE))
    ui.purposeRegistration.setChecked(True)
    dialog.save_button.click()
    qtbot.waitUntil(lambda: station.enrolment.dialog is None)

    assert count(database, Person) == people_before + 1
    answer = station.last_answer
    assert answer.result == CheckInResult.OK
    assert answer.person_name == "Génesis Valeria Mendoza Alcívar"
    assert station.inside.count.text() == "1"


def test_station_options_try_plays_ok_saves_cancel_keeps(qtbot, set_clock, database, admin, space):
    set_clock(TUESDAY_10)
    station = desk(qtbot, database, admin, space)
    settings = station.settings
    tried: list[tuple[str | None, str | None, int]] = []

    def try_then_ok(dialog: QWidget) -> None:
        assert isinstance(dialog, StationOptionsDialog)
        dialog.answer_seconds.setValue(12)
        dialog.volume.setValue(40)
        qtbot.mouseClick(dialog.try_button, LEFT)
        tried.append((station.sounds.asked, station.sounds.played, settings.volume))
        qtbot.mouseClick(box_button(dialog, QDialogButtonBox.StandardButton.Ok), LEFT)

    assert station.sounds.asked is None
    when_dialog(StationOptionsDialog, try_then_ok)
    qtbot.mouseClick(station.options_button, LEFT)
    assert tried == [(ADMITTED, ADMITTED, DEFAULT_VOLUME)]  # heard before anything is saved
    assert (settings.answer_seconds, settings.volume, settings.muted) == (12, 40, False)

    def change_then_cancel(dialog: QWidget) -> None:
        assert isinstance(dialog, StationOptionsDialog)
        assert (dialog.answer_seconds.value(), dialog.volume.value()) == (12, 40)
        dialog.answer_seconds.setValue(30)
        dialog.muted.setChecked(True)
        qtbot.mouseClick(box_button(dialog, QDialogButtonBox.StandardButton.Cancel), LEFT)

    when_dialog(StationOptionsDialog, change_then_cancel)
    qtbot.mouseClick(station.options_button, LEFT)
    assert (settings.answer_seconds, settings.volume, settings.muted) == (12, 40, False)
    assert QSettings().value("station/desk/answer_seconds") in (12, "12")
    assert QApplication.activeModalWidget() is None
