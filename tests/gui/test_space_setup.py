"""Co-working set-up tab: opening hours, holidays and closures, booking rules, desks and rooms,
driven through real widgets on a real SQLite file."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, time

import pytest
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QPushButton, QWidget
from sqlalchemy import select

from coworking.core import bookings, sites
from coworking.core.setup import current_site
from coworking.db.database import Database
from coworking.db.enums import ResourceKind
from coworking.db.models import Resource, StaffUser
from coworking.gui.fair_widgets import MUTED, select_key
from coworking.gui.opening_hours_editor import QuarterTimeEdit
from coworking.gui.resource_dialog import ResourceDialog
from coworking.gui.space_closure_dialog import ClosureDialog
from coworking.gui.space_setup_tab import UNSAVED_MARK, SpaceSetupTab
from tests.cowork_data import TUESDAY, at, build_space

FAILURES: list[BaseException] = []


@pytest.fixture(autouse=True)
def no_failure_inside_dialogs() -> Iterator[None]:
    FAILURES.clear()
    yield
    if FAILURES:
        raise FAILURES[0]


def when_modal(action: Callable[[QWidget], None]) -> None:
    """Run ``action`` on the next modal dialog once it is shown (exec() blocks the test). A
    failing action closes the dialog, so that the test ends and reports it."""

    def step() -> None:
        widget = QApplication.activeModalWidget()
        if widget is None or not widget.isVisible():
            QTimer.singleShot(20, step)
            return
        try:
            action(widget)
        except BaseException as error:  # noqa: BLE001 - re-raised by the fixture
            FAILURES.append(error)
            for _ in range(5):
                modal = QApplication.activeModalWidget()
                if isinstance(modal, QDialog):
                    modal.done(0)

    QTimer.singleShot(0, step)


def press(box: QWidget, name: str) -> None:
    button = box.findChild(QPushButton, name)
    assert button is not None, name
    button.click()


def enter(widget: QWidget) -> None:
    QTest.keyClick(widget, Qt.Key.Key_Return)


@pytest.fixture
def site_id(database: Database, admin: StaffUser) -> int:
    with database.sessions() as session:
        site = current_site(session)
        assert site is not None
        return site.id


def make_tab(qtbot, database: Database, user: StaffUser, site_id: int) -> SpaceSetupTab:
    tab = SpaceSetupTab(database, user, site_id, clock=lambda: TUESDAY)
    qtbot.addWidget(tab)
    tab.resize(1280, 800)
    tab.show()
    return tab


def weekly(database: Database, site_id: int) -> dict[int, tuple[time, time]]:
    with database.sessions() as session:
        return sites.weekly_hours(session, site_id)


def day_hours(database: Database, site_id: int, day: date) -> sites.DayHours:
    with database.sessions() as session:
        return sites.day_hours(session, site_id, day)


def rules(database: Database, site_id: int) -> sites.BookingRules:
    with database.sessions() as session:
        return sites.BookingRules.of(sites.get_site(session, site_id))


def step(edit: QuarterTimeEdit, section, key: Qt.Key, times: int = 1) -> None:
    edit.setFocus()
    edit.setCurrentSection(section)
    for _ in range(times):
        QTest.keyClick(edit, key)


# --- opening hours -----------------------------------------------------------------------------


def test_hours_changed_with_the_keyboard_are_saved(qtbot, database, admin, site_id):
    tab = make_tab(qtbot, database, admin, site_id)
    monday, saturday, sunday = tab.hours.rows[0], tab.hours.rows[5], tab.hours.rows[6]
    assert not tab.hours.save_button.isEnabled()
    assert not sunday.opens.isEnabled()

    hour, minute = QuarterTimeEdit.Section.HourSection, QuarterTimeEdit.Section.MinuteSection
    step(monday.opens, hour, Qt.Key.Key_Down)  # 07:00
    step(monday.opens, minute, Qt.Key.Key_Up, 2)  # 07:30
    step(monday.closes, minute, Qt.Key.Key_Up, 5)  # 18:00 + 75 min = 19:15
    saturday.open.click()  # closed on Saturdays from now on
    sunday.open.click()
    assert sunday.opens.isEnabled()
    assert monday.opens.value() == time(7, 30) and monday.closes.value() == time(19, 15)
    assert tab.hours.save_button.isEnabled()
    assert tab.sections.tabText(0).endswith(UNSAVED_MARK)
    assert tab.has_unsaved_changes()

    qtbot.mouseClick(tab.hours.save_button, Qt.MouseButton.LeftButton)

    hours = weekly(database, site_id)
    assert hours[0] == (time(7, 30), time(19, 15))
    assert hours[1] == (time(8), time(18))
    assert 5 not in hours
    assert hours[6] == (time(8), time(18))  # the times shown greyed while it was closed
    assert not tab.sections.tabText(0).endswith(UNSAVED_MARK)
    assert not tab.hours.save_button.isEnabled()
    assert tab.hours.status.text()
    # the next two weeks follow at once: Saturday 05/12 is closed now, Sunday 06/12 open
    assert tab.upcoming.table.item(4, 1).text() != "09:00–13:00"
    assert tab.upcoming.table.item(4, 1).foreground().color() == MUTED
    assert tab.upcoming.table.item(5, 1).text() == "08:00–18:00"


def test_closing_before_opening_is_shown_inline_and_nothing_is_saved(
    qtbot, database, admin, site_id
):
    tab = make_tab(qtbot, database, admin, site_id)
    tuesday = tab.hours.rows[1]
    tuesday.closes.set_value(time(7, 0))

    assert not tab.hours.save()

    assert weekly(database, site_id)[1] == (time(8), time(18))
    assert tab.hours.status.isVisible()
    assert tab.hours.status.property("role") == "error"
    assert "07:00" in tab.hours.status.text()
    assert tuesday.open.property("invalid") is True  # the day's name in red
    assert tab.hours.rows[0].open.property("invalid") is not True
    tuesday.closes.set_value(time(17, 0))  # corrected: the mark goes at once
    assert tuesday.open.property("invalid") is False
    assert not tab.hours.status.text()
    assert tab.hours.save()
    assert weekly(database, site_id)[1] == (time(8), time(17))


def test_times_move_by_quarter_hours(qtbot):
    edit = QuarterTimeEdit()
    qtbot.addWidget(edit)
    edit.set_value(time(8, 10))  # typed by hand
    edit.setCurrentSection(QuarterTimeEdit.Section.MinuteSection)
    edit.stepBy(1)
    assert edit.value() == time(8, 15)
    edit.stepBy(-2)
    assert edit.value() == time(7, 45)
    edit.set_value(time(23, 30))
    edit.stepBy(3)
    assert edit.value() == time(23, 45)


def test_undo_puts_back_the_saved_hours(qtbot, database, admin, site_id):
    tab = make_tab(qtbot, database, admin, site_id)
    tab.hours.rows[2].open.click()
    assert tab.hours.undo_button.isEnabled()
    tab.hours.undo_button.click()
    assert tab.hours.rows[2].open.isChecked()
    assert not tab.has_unsaved_changes()


# --- holidays and closures ---------------------------------------------------------------------


def test_a_local_closure_closes_that_day(qtbot, database, admin, site_id, typist):
    tab = make_tab(qtbot, database, admin, site_id)
    panel = tab.closures
    assert panel.year.value() == 2026
    seen: dict[str, object] = {}

    def fill(dialog: ClosureDialog) -> None:
        enter(dialog.reason)  # no reason yet: refused under the field
        seen["error"] = dialog.findChild(QWidget, "reasonError").isVisibleTo(dialog)
        dialog.date.setDate(QDate(2026, 12, 10))
        typist(dialog.reason, "Fumigación del local")
        enter(dialog.reason)

    when_modal(fill)
    assert panel.add_closure()

    assert seen == {"error": True}
    closed = day_hours(database, site_id, date(2026, 12, 10))
    assert not closed.is_open
    assert "Fumigación del local" in closed.note
    assert day_hours(database, site_id, date(2026, 12, 11)).is_open
    assert panel.selected_day() == date(2026, 12, 10)
    assert panel.table.item(panel.table.currentRow(), 1).text() == "Fumigación del local"
    assert panel.remove_button.isEnabled() and not panel.open_button.isEnabled()
    upcoming = tab.upcoming.table  # Thursday 10/12 is the tenth day from Tuesday 01/12
    assert "Fumigación del local" in upcoming.item(9, 1).text()
    assert upcoming.item(9, 1).foreground().color() != MUTED


def test_open_on_a_national_holiday_then_remove_it(qtbot, database, admin, site_id, typist):
    tab = make_tab(qtbot, database, admin, site_id)
    panel = tab.closures
    christmas = date(2026, 12, 25)
    assert not day_hours(database, site_id, christmas).is_open
    assert select_key(panel.table, christmas)
    closed_text = panel.table.item(panel.table.currentRow(), 3).text()
    assert panel.open_button.isEnabled() and not panel.remove_button.isEnabled()

    def fill(dialog: ClosureDialog) -> None:
        assert not dialog.date.isEnabled()  # the holiday's own date
        assert "Navidad" in dialog.note.text()
        typist(dialog.reason, "Feria navideña de emprendimiento")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    when_modal(fill)
    qtbot.mouseClick(panel.open_button, Qt.MouseButton.LeftButton)

    opened = day_hours(database, site_id, christmas)
    assert (opened.opens, opened.closes) == (time(8), time(18))  # a Friday's hours
    assert panel.table.item(panel.table.currentRow(), 3).text() != closed_text
    assert (
        "Feria navideña de emprendimiento" in panel.table.item(panel.table.currentRow(), 1).text()
    )
    assert not panel.open_button.isEnabled() and panel.remove_button.isEnabled()

    when_modal(lambda box: press(box, "keepButton"))
    assert not panel.remove_selected()
    assert day_hours(database, site_id, christmas).is_open

    when_modal(lambda box: press(box, "confirmButton"))
    qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
    closed = day_hours(database, site_id, christmas)
    assert not closed.is_open and "Navidad" in closed.note


def test_provisional_holidays_are_marked_and_a_year_without_data_says_so(
    qtbot, database, admin, site_id
):
    tab = make_tab(qtbot, database, admin, site_id)
    panel = tab.closures
    kinds_2026 = {panel.table.item(row, 2).text() for row in range(panel.table.rowCount())}
    assert not panel.legend.isVisibleTo(panel)

    panel.year.setValue(2027)
    rows = panel.table.rowCount()
    assert rows == 11
    kinds_2027 = {panel.table.item(row, 2).text() for row in range(rows)}
    assert kinds_2027.isdisjoint(kinds_2026)  # every 2027 date is still provisional
    assert panel.legend.isVisibleTo(panel)

    panel.year.setValue(2031)
    assert panel.table.rowCount() == 0
    assert "2031" in panel.legend.text()


# --- booking rules -----------------------------------------------------------------------------


def test_rules_are_saved_after_confirming_what_changes(qtbot, database, admin, site_id):
    tab = make_tab(qtbot, database, admin, site_id)
    editor = tab.rules
    editor.slot.setCurrentIndex(editor.slot.findData(15))
    editor.max_booking.hours.setValue(3)
    editor.ahead.setValue(14)
    editor.grace.setValue(20)
    assert tab.sections.tabText(1).endswith(UNSAVED_MARK)
    shown: list[str] = []

    def read_and_confirm(box: QMessageBox) -> None:
        shown.append(box.text())
        press(box, "confirmButton")

    when_modal(read_and_confirm)
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)

    assert rules(database, site_id) == sites.BookingRules(
        slot_minutes=15, max_booking_minutes=180, book_ahead_days=14, no_show_grace_minutes=20
    )
    assert "30 min → 15 min" in shown[0]
    assert "4 h → 3 h" in shown[0]
    assert "cancel" not in shown[0].lower()  # rules left alone are not listed
    assert not tab.sections.tabText(1).endswith(UNSAVED_MARK)


def test_rules_not_confirmed_are_not_saved(qtbot, database, admin, site_id):
    tab = make_tab(qtbot, database, admin, site_id)
    tab.rules.alerts.setValue(5)
    when_modal(lambda box: press(box, "keepButton"))
    assert not tab.rules.save()
    assert rules(database, site_id).no_show_alert_count == 3
    assert tab.rules.is_dirty()


def test_more_hours_a_day_than_a_week_is_refused_in_spanish(qtbot, database, admin, site_id):
    tab = make_tab(qtbot, database, admin, site_id)
    editor = tab.rules
    editor.max_day.setValue(10 * 60)
    editor.max_week.setValue(8 * 60)

    # no confirmation is asked for rules that cannot be saved (a dialog would fail the test)
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)

    assert editor.status.text() == "Las horas por día no pueden superar las horas por semana."
    assert editor.status.isVisibleTo(editor)
    assert rules(database, site_id) == sites.BookingRules()
    assert editor.is_dirty()


# --- desks and rooms ---------------------------------------------------------------------------


def resource(database: Database, name: str) -> Resource | None:
    with database.sessions() as session:
        return session.scalar(select(Resource).where(Resource.name == name))


def test_create_edit_deactivate_and_reactivate_a_room(qtbot, database, admin, site_id, typist):
    tab = make_tab(qtbot, database, admin, site_id)
    panel = tab.resources
    assert panel.table.rowCount() == 0

    def create(dialog: ResourceDialog) -> None:
        dialog.kind.setCurrentIndex(dialog.kind.findData(ResourceKind.ROOM))
        typist(dialog.name, "Sala Guayacán")
        dialog.capacity.setValue(6)
        dialog.amenities.setFocus()
        dialog.amenities.setCurrentRow(dialog.amenities.count() - 1)  # wheelchair access
        QTest.keyClick(dialog.amenities, Qt.Key.Key_Space)
        typist(dialog.other, "Lockers, cafetera")
        enter(dialog.name)

    when_modal(create)
    qtbot.mouseClick(panel.new_button, Qt.MouseButton.LeftButton)

    room = resource(database, "Sala Guayacán")
    assert room is not None
    assert (room.kind, room.capacity, room.active) == (ResourceKind.ROOM, 6, True)
    assert room.amenities == ["Acceso para silla de ruedas", "Lockers", "cafetera"]
    assert panel.selected_id() == room.id

    def edit(dialog: ResourceDialog) -> None:
        assert dialog.name.text() == "Sala Guayacán"
        assert dialog.other.text() == "Lockers, cafetera"
        dialog.capacity.setValue(10)
        dialog.other.clear()
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    when_modal(edit)
    enter(panel.table)  # Enter on the list opens the selected space

    room = resource(database, "Sala Guayacán")
    assert (room.capacity, room.amenities) == (10, ["Acceso para silla de ruedas"])

    when_modal(lambda box: press(box, "confirmButton"))
    qtbot.mouseClick(panel.deactivate_button, Qt.MouseButton.LeftButton)
    assert resource(database, "Sala Guayacán").active is False
    assert panel.table.item(0, 0).foreground().color() == MUTED
    assert panel.reactivate_button.isEnabled() and not panel.deactivate_button.isEnabled()

    qtbot.mouseClick(panel.reactivate_button, Qt.MouseButton.LeftButton)
    assert resource(database, "Sala Guayacán").active is True
    assert panel.table.item(0, 0).foreground().color() != MUTED


def test_deactivating_a_booked_desk_says_the_bookings_stay(qtbot, database, admin):
    space = build_space(database, admin, desks=2, members=1)
    with database.unit_of_work(admin) as session:
        bookings.book(
            session, admin, space.desks[0], space.people[0], at(2, 10), at(2, 12), now=TUESDAY
        )
    tab = make_tab(qtbot, database, admin, space.site_id)
    panel = tab.resources
    assert select_key(panel.table, space.desks[0])
    shown: list[str] = []

    def read_and_keep(box: QMessageBox) -> None:
        shown.append(box.text())
        press(box, "keepButton")

    when_modal(read_and_keep)
    assert not panel.set_active(False)
    assert "1" in shown[0] and "Escritorio 1" in shown[0]
    with database.sessions() as session:
        assert session.get(Resource, space.desks[0]).active is True


def test_a_name_already_used_is_refused_in_the_dialog(qtbot, database, admin, typist):
    space = build_space(database, admin, desks=1, members=0)
    dialog = ResourceDialog(database, admin, space.site_id)
    qtbot.addWidget(dialog, before_close_func=lambda d: d.done(0))
    dialog.show()
    typist(dialog.name, "Escritorio 1")
    assert not dialog.save()
    assert dialog.error.isVisibleTo(dialog)
    assert "Ya existe" in dialog.error.text()
    assert dialog.isVisible()


def test_escape_asks_before_dropping_a_typed_resource(qtbot, database, admin, site_id, typist):
    dialog = ResourceDialog(database, admin, site_id)
    qtbot.addWidget(dialog, before_close_func=lambda d: d.done(0))
    dialog.show()
    QTest.keyClick(dialog, Qt.Key.Key_Escape)  # nothing typed: closes without asking
    assert not dialog.isVisible()

    dialog = ResourceDialog(database, admin, site_id)
    qtbot.addWidget(dialog, before_close_func=lambda d: d.done(0))
    dialog.show()
    typist(dialog.name, "Escritorio 7")
    asked: list[str] = []

    def cancel(box: QMessageBox) -> None:
        asked.append(box.text())
        box.button(QMessageBox.StandardButton.Cancel).click()

    when_modal(cancel)
    QTest.keyClick(dialog.name, Qt.Key.Key_Escape)
    assert asked and dialog.isVisible()

    when_modal(lambda box: box.button(QMessageBox.StandardButton.Discard).click())
    QTest.keyClick(dialog.name, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert resource(database, "Escritorio 7") is None


def test_the_screen_lock_keeps_a_resource_being_typed(qtbot, database, admin, site_id, typist):
    tab = make_tab(qtbot, database, admin, site_id)

    def type_then_lock(dialog: ResourceDialog) -> None:
        typist(dialog.name, "Cabina de llamadas")
        dialog.kind.setCurrentIndex(dialog.kind.findData(ResourceKind.OTHER))
        dialog.keep_draft()  # what the main window does when the screen locks
        dialog.reject()  # and no question is asked

    when_modal(type_then_lock)
    assert tab.resources.new_resource() is None
    assert resource(database, "Cabina de llamadas") is None

    def check_and_save(dialog: ResourceDialog) -> None:
        assert dialog.name.text() == "Cabina de llamadas"
        assert dialog.kind.currentData() == ResourceKind.OTHER
        dialog.save()

    when_modal(check_and_save)
    tab.reopen_draft()
    saved = resource(database, "Cabina de llamadas")
    assert saved is not None and saved.kind == ResourceKind.OTHER


# --- front desk --------------------------------------------------------------------------------


def test_front_desk_sees_the_set_up_read_only(qtbot, database, admin, front_desk, site_id):
    with database.unit_of_work(admin) as session:
        sites.save_resource(
            session, admin, site_id, sites.ResourceInput(ResourceKind.DESK, "Escritorio 1")
        )
        sites.set_closure(session, admin, site_id, date(2026, 12, 10), "Fumigación")
    tab = make_tab(qtbot, database, front_desk, site_id)

    assert tab.notice.isVisible()
    for row in tab.hours.rows:
        assert not row.open.isEnabled()
        assert not row.opens.isEnabled() and not row.closes.isEnabled()
    assert not tab.hours.save_button.isVisibleTo(tab)
    for widget in (tab.rules.slot, tab.rules.max_day, tab.rules.ahead, tab.rules.alerts):
        assert not widget.isEnabled()
    assert not tab.rules.save_button.isVisibleTo(tab)
    panel = tab.closures
    assert select_key(panel.table, date(2026, 12, 10))
    for button in (panel.add_button, panel.open_button, panel.remove_button):
        assert not button.isVisibleTo(tab)
    assert not panel.add_closure() and not panel.remove_selected(ask=False)
    assert day_hours(database, site_id, date(2026, 12, 10)).note == "Cerrado: Fumigación"
    resources = tab.resources
    assert not resources.new_button.isVisibleTo(tab)
    assert not resources.deactivate_button.isVisibleTo(tab)
    assert resources.edit_button.isEnabled()  # to look at a desk

    def look(dialog: ResourceDialog) -> None:
        assert not dialog.name.isEnabled() and not dialog.capacity.isEnabled()
        assert dialog.findChild(QPushButton, "saveResourceButton") is None
        dialog.reject()

    when_modal(look)
    resources.edit_selected()


def test_a_refusal_from_the_service_is_shown_in_a_message_box(
    qtbot, database, admin, front_desk, site_id
):
    tab = make_tab(qtbot, database, front_desk, site_id)
    tab.hours.rows[0].closes.set_value(time(19, 0))  # the boxes are disabled: set it directly
    shown: list[str] = []

    def read_and_close(box: QMessageBox) -> None:
        shown.append(box.text())
        box.accept()

    when_modal(read_and_close)
    assert not tab.hours.save()
    assert shown and shown[0].startswith("Esta acción requiere el rol")
    assert weekly(database, site_id)[0] == (time(8), time(18))


def test_a_new_tab_opens_on_the_next_closure_of_the_year(qtbot, database, admin, site_id):
    with database.unit_of_work(admin) as session:
        sites.set_closure(session, admin, site_id, date(2026, 11, 4), "Fundación de Manta")
    tab = make_tab(qtbot, database, admin, site_id)
    assert tab.closures.selected_day() == date(2026, 12, 25)  # the first one after 01/12
    past = tab.closures.table.item(11, 0)  # 04/11, greyed as the other past days
    assert past.data(Qt.ItemDataRole.UserRole) == date(2026, 11, 4)
    assert past.foreground().color() == MUTED
