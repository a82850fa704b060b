"""«New person (F2)» at the co-working desk: the registration form over the station, the person
checked in on saving, an existing record found instead, and a form the lock closed reopened."""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlalchemy import select

from coworking.core import people
from coworking.db.database import Database
from coworking.db.enums import CheckInResult
from coworking.db.models import Person, StaffUser, Visit
from coworking.gui.duplicates_dialog import DuplicatesDialog
from coworking.gui.main_window import MainWindow
from coworking.gui.person_form import PersonDialog
from tests.cowork_data import build_space
from tests.gui.conftest import FRONT_DESK_PASSWORD
from tests.gui.modal import when_modal
from tests.gui.test_roles import TUESDAY_10


def open_desk(qtbot, database: Database, user: StaffUser) -> MainWindow:
    window = MainWindow(database, user, idle_timeout_ms=600_000)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.show_page("coworking")
    return window


def test_the_existing_record_is_found_at_the_station_instead(
    qtbot, set_clock, database: Database, admin: StaffUser, front_desk: StaffUser
) -> None:
    set_clock(TUESDAY_10)
    build_space(database, admin, desks=1, members=0)
    with database.unit_of_work(admin) as session:  # namesakes: the one chosen is selected
        for phone in (None, "0991234567"):
            data = people.PersonInput("Rosa", "Loor", phone=phone)
            existing = people.create_person(session, admin, data, ["registro"]).id
    window = open_desk(qtbot, database, front_desk)
    desk = window.page_widgets["coworking"].page.desk
    dialog = desk.enrolment.open_form()
    dialog.ui.givenNamesEdit.setText("Rosa María")
    dialog.ui.familyNamesEdit.setText("Loor")
    dialog.ui.phoneEdit.setText("0991234567")

    def use_existing(duplicates: DuplicatesDialog) -> None:
        duplicates.list.setCurrentRow(0)
        duplicates.open_button.click()

    when_modal(use_existing)
    dialog.save_button.click()
    qtbot.waitUntil(lambda: desk.enrolment.dialog is None)
    with database.sessions() as session:
        assert session.scalar(select(Visit.id)) is None  # nobody checked in behind their back
        assert len(session.scalars(select(Person.id)).all()) == 2  # nor registered twice
    assert desk.results.selected_hit().person_id == existing
    desk.submit()  # Enter
    assert desk.last_answer.result == CheckInResult.OK
    assert desk.last_answer.person_id == existing


def test_a_form_the_lock_closed_comes_back_over_the_desk(
    qtbot, set_clock, database: Database, admin: StaffUser, front_desk: StaffUser
) -> None:
    set_clock(TUESDAY_10)
    window = open_desk(qtbot, database, front_desk)
    desk = window.page_widgets["coworking"].page.desk
    window.activateWindow()
    qtbot.waitUntil(desk.scan_field.hasFocus)
    qtbot.keyClick(desk.scan_field, Qt.Key.Key_F2)
    dialog = desk.enrolment.dialog
    assert isinstance(dialog, PersonDialog)
    dialog.ui.givenNamesEdit.setText("Génesis")
    window.lock()
    assert desk.enrolment.dialog is None and desk.enrolment.draft is not None

    window.lock_screen.password.setText(FRONT_DESK_PASSWORD)
    assert window.lock_screen.try_unlock()
    qtbot.waitUntil(lambda: desk.enrolment.dialog is not None)
    again = desk.enrolment.dialog
    assert again.ui.givenNamesEdit.text() == "Génesis"
    again.ui.familyNamesEdit.setText("Vera")
    again.save_button.click()
    assert desk.last_answer.result == CheckInResult.OK
    with database.sessions() as session:
        person = session.scalars(select(Person).where(Person.given_names == "Génesis")).one()
        assert session.scalar(select(Visit.person_id)) == person.id
