"""Job fair set-up screens: events, booths, registrations, employers and their vacancies,
driven through real widgets on a real SQLite file."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QMessageBox,
    QPushButton,
    QWidget,
)
from sqlalchemy import func, select

from coworking.core import checkin, fairs, registrations
from coworking.db.database import Database
from coworking.db.enums import EventKind, RegistrationRole
from coworking.db.models import Employer, Event, Registration, StaffUser, Vacancy
from coworking.gui.employer_dialog import EmployerDialog
from coworking.gui.employers_tab import EmployersTab
from coworking.gui.event_dialog import EventDialog
from coworking.gui.events_tab import EventsTab
from coworking.gui.fair_widgets import ID_ROLE
from coworking.gui.occupation_combo import OccupationCombo
from coworking.gui.register_people_dialog import AddEmployerDialog, RegisterPeopleDialog
from coworking.gui.vacancy_dialog import PendingVacancy, VacancyDialog
from tests.fair_data import RUCS, build_fair, make_person

BAD_RUC = "1392328611001"  # 13 digits, wrong check digit


FAILURES: list[BaseException] = []


@pytest.fixture(autouse=True)
def no_failure_inside_dialogs() -> Iterator[None]:
    FAILURES.clear()
    yield
    if FAILURES:
        raise FAILURES[0]


def when_modal(action: Callable[[QWidget], None]) -> None:
    """Run ``action`` on the next modal dialog once it is shown (exec() blocks the test). A
    failing action closes the dialog, so the test ends and reports it."""

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


def show(qtbot, dialog: QDialog) -> None:
    """Show ``dialog``; at the end of the test it is dismissed as is, without the question a
    form with unsaved changes asks when closed."""
    qtbot.addWidget(dialog, before_close_func=lambda d: d.done(0))
    dialog.show()


def click(parent: QWidget, name: str) -> None:
    button = parent.findChild(QPushButton, name)
    assert button is not None, name
    button.click()


def _count(database: Database, model) -> int:
    with database.sessions() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


# --- events -------------------------------------------------------------------------------------


def test_a_new_event_made_in_the_dialog_shows_in_the_list(qtbot, database, admin, typist):
    build_fair(database, admin, candidates=2)
    tab = EventsTab(database, admin)
    qtbot.addWidget(tab)
    assert tab.table.rowCount() == 2
    chosen: list[int] = []
    tab.event_chosen.connect(chosen.append)
    changed: list[bool] = []
    tab.events_changed.connect(lambda: changed.append(True))
    seen: dict[str, object] = {}

    def fill(dialog: EventDialog) -> None:
        seen["gated"] = dialog.booths_stack.currentIndex()
        dialog.save()  # no name yet: refused, error under the field
        seen["error"] = dialog.findChild(QWidget, "nameError").isVisibleTo(dialog)
        dialog.kind.setCurrentIndex(dialog.kind.findData(EventKind.WORKSHOP))
        typist(dialog.name, "Taller de Hoja de Vida")
        typist(dialog.venue, "Coworking Santo Domingo")
        dialog.starts.setDate(QDate(2027, 5, 20))
        dialog.ends.setDate(QDate(2027, 5, 21))
        dialog.capacity.setValue(40)
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    when_modal(fill)
    tab.new_event()
    assert seen == {"gated": 0, "error": True}
    with tab._database.sessions() as session:
        event = session.scalar(select(Event).where(Event.name == "Taller de Hoja de Vida"))
        assert (event.kind, event.venue, event.starts_on, event.ends_on, event.capacity) == (
            EventKind.WORKSHOP,
            "Coworking Santo Domingo",
            date(2027, 5, 20),
            date(2027, 5, 21),
            40,
        )
        assert event.site_id is not None
    assert tab.table.rowCount() == 3
    assert tab.table.item(0, 0).text() == "Taller de Hoja de Vida"  # newest first
    assert tab.table.item(0, 3).text() == "20/05/2027 – 21/05/2027"
    assert tab.current_event_id() == event.id and chosen[-1] == event.id
    assert changed == [True]


def test_enter_on_the_list_opens_the_event_and_counts_show(qtbot, database, admin):
    fair = build_fair(database, admin, candidates=3)
    with database.unit_of_work(admin) as session:
        checkin.scan(session, fair.event_id, fair.codes[0], "Puerta 1", admin)
    tab = EventsTab(database, admin)
    qtbot.addWidget(tab)
    tab.select_event(fair.event_id)
    row = tab.table.currentRow()
    assert [tab.table.item(row, c).text() for c in (4, 5, 6)] == ["500", "4", "1"]
    opened: list[int | None] = []

    def look(dialog: EventDialog) -> None:
        opened.append(dialog.event_id)
        assert dialog.name.text() == "Feria de Empleo Manta"
        assert dialog.registration_table.rowCount() == 4
        dialog.reject()

    when_modal(look)
    tab.table.setFocus()
    QTest.keyClick(tab.table, Qt.Key.Key_Return)
    assert opened == [fair.event_id]


def test_enter_saves_the_event_and_escape_closes_without_asking_when_clean(qtbot, database, admin):
    fair = build_fair(database, admin, candidates=2)
    dialog = EventDialog(database, admin, fair.event_id)
    show(qtbot, dialog)
    dialog.tabs.setCurrentIndex(2)
    dialog.registration_table.setFocus()
    dialog.registration_table.selectRow(0)
    QTest.keyClick(dialog.registration_table, Qt.Key.Key_Return)
    assert dialog.isVisible()  # Enter on a list does not close the dialog
    dialog.tabs.setCurrentIndex(0)
    dialog.name.setText("Feria de Empleo Manta · diciembre")
    QTest.keyClick(dialog.name, Qt.Key.Key_Return)
    assert not dialog.isVisible() and dialog.changed
    with database.sessions() as session:
        assert session.get(Event, fair.event_id).name == "Feria de Empleo Manta · diciembre"
    again = EventDialog(database, admin, fair.event_id)
    show(qtbot, again)
    QTest.keyClick(again.name, Qt.Key.Key_Escape)
    assert not again.isVisible()


def test_closing_with_unsaved_changes_asks_and_can_save(qtbot, database, admin, typist):
    fair = build_fair(database, admin, candidates=1)
    dialog = EventDialog(database, admin, fair.event_id)
    qtbot.addWidget(dialog)
    dialog.name.clear()
    typist(dialog.name, "Feria de Empleo Manta 2026")
    when_modal(lambda box: box.button(QMessageBox.StandardButton.Save).click())
    dialog.reject()
    with database.sessions() as session:
        assert session.get(Event, fair.event_id).name == "Feria de Empleo Manta 2026"


# --- employers ----------------------------------------------------------------------------------


def test_a_bad_ruc_is_shown_under_the_field_and_nothing_is_saved(qtbot, database, admin, typist):
    dialog = EmployerDialog(database, admin)
    show(qtbot, dialog)
    error = dialog.findChild(QWidget, "rucError")
    typist(dialog.ruc, BAD_RUC[:6])
    assert not error.isVisible()  # no verdict while typing
    typist(dialog.ruc, BAD_RUC[6:])
    assert error.isVisible() and "no es válido" in error.text()
    assert dialog.ruc.property("invalid") is True
    typist(dialog.trade_name, "Camaronera Ñuñoa")
    assert dialog.save() is False
    assert _count(database, Employer) == 0
    assert "no es válido" in error.text()

    dialog.ruc.clear()
    typist(dialog.ruc, "1391394411001")
    assert not error.isVisible() and dialog.ruc_ok.text()
    dialog.sector.setCurrentIndex(dialog.sector.findData("A"))
    typist(dialog.contact_name, "Mónica Loor")
    dialog.inclusive.setChecked(True)
    assert dialog.save() is True
    with database.sessions() as session:
        employer = session.scalar(select(Employer))
        assert (employer.ruc, employer.trade_name, employer.sector) == (
            "1391394411001",
            "Camaronera Ñuñoa",
            "A",
        )
        assert employer.inclusive_commitment and employer.contact_name == "Mónica Loor"


def test_short_and_taken_rucs_are_refused(qtbot, database, admin, typist):
    build_fair(database, admin, candidates=0)
    dialog = EmployerDialog(database, admin)
    show(qtbot, dialog)
    error = dialog.findChild(QWidget, "rucError")
    typist(dialog.ruc, "13923")
    dialog.ruc.editingFinished.emit()  # leaving the field gives the verdict
    assert error.isVisible() and "13 dígitos" in error.text()
    dialog.ruc.clear()
    typist(dialog.ruc, RUCS[0])
    assert error.isVisible() and "Atunera del Pacífico" in error.text()
    typist(dialog.trade_name, "Otra")
    assert dialog.save() is False
    assert _count(database, Employer) == 2


def test_a_vacancy_gets_its_occupation_by_typing_software(qtbot, database, admin, typist):
    dialog = EmployerDialog(database, admin)
    qtbot.addWidget(dialog)
    typist(dialog.ruc, RUCS[2])
    typist(dialog.trade_name, "Soluciones Digitales Manabí")
    seen: dict[str, object] = {}

    def fill(vacancy: VacancyDialog) -> None:
        typist(vacancy.title, "Desarrollador/a de aplicaciones")
        combo = vacancy.occupation
        combo.lineEdit().setFocus()
        typist(combo.lineEdit(), "software")
        seen["offered"] = combo.matches()
        popup = combo.completer().popup()
        seen["popup"] = popup.isVisible()
        QTest.keyClick(popup, Qt.Key.Key_Down)
        QTest.keyClick(popup, Qt.Key.Key_Return)
        seen["code"] = combo.code()
        vacancy.positions.setValue(3)
        vacancy.contract.setCurrentIndex(vacancy.contract.findData("plazo_fijo"))
        vacancy.foreign_documents.setChecked(True)
        vacancy.ok_button.click()

    when_modal(fill)
    assert dialog.add_vacancy() is True
    assert seen["popup"] is True and seen["code"] == "2512"
    assert seen["offered"][0] == "2512 · Desarrolladores de software"
    assert all("software" in text for text in seen["offered"])
    assert dialog.vacancy_table.item(0, 1).text().startswith("2512")
    assert _count(database, Vacancy) == 0  # saved with the employer, not before
    assert dialog.save() is True
    with database.sessions() as session:
        vacancy = session.scalar(select(Vacancy))
        assert (vacancy.title, vacancy.occupation_code, vacancy.positions) == (
            "Desarrollador/a de aplicaciones",
            "2512",
            3,
        )
        assert vacancy.contract_type == "plazo_fijo" and vacancy.foreign_documents_ok
        assert vacancy.employer_id == session.scalar(select(Employer.id))


def test_occupation_search_ignores_accents_and_finds_codes(qtbot, typist):
    combo = OccupationCombo()
    qtbot.addWidget(combo)
    typist(combo.lineEdit(), "MEDICOS gen")
    assert combo.matches() == ["2211 · Médicos generales"]
    combo.lineEdit().editingFinished.emit()
    assert combo.code() == "2211"
    combo.set_code(None)
    typist(combo.lineEdit(), "9329")
    assert combo.matches()[0].startswith("9329 · ")
    combo.clearEditText()
    typist(combo.lineEdit(), "zzz nada")
    assert combo.matches() == [] and combo.code() == ""


def test_a_vacancy_with_an_unknown_occupation_is_not_accepted(qtbot, typist):
    vacancy = VacancyDialog()
    qtbot.addWidget(vacancy)
    typist(vacancy.title, "Chef")
    typist(vacancy.occupation.lineEdit(), "cocinero estelar")
    assert vacancy.submit() is False
    assert vacancy.findChild(QWidget, "occupationError").isVisibleTo(vacancy)


def test_the_screen_lock_keeps_a_new_employer_and_its_vacancies(qtbot, database, admin, typist):
    dialog = EmployerDialog(database, admin)
    qtbot.addWidget(dialog)
    typist(dialog.ruc, RUCS[2])
    typist(dialog.trade_name, "Panadería La Espiga")
    dialog.vacancies.append(
        PendingVacancy(None, fairs.VacancyInput(0, "Panadero/a", "7512", 2), changed=True)
    )
    dialog.keep_draft()
    dialog.reject()  # what the lock does; no question asked
    assert _count(database, Employer) == 0
    again = EmployerDialog(database, admin)
    qtbot.addWidget(again)
    again.restore_draft(dialog.draft)
    assert again.trade_name.text() == "Panadería La Espiga"
    assert again.vacancy_table.rowCount() == 1
    assert again.save() is True
    with database.sessions() as session:
        assert session.scalar(select(Vacancy.occupation_code)) == "7512"


def test_the_employers_list_filters_without_accents(qtbot, database, admin, typist):
    build_fair(database, admin, candidates=0)
    tab = EmployersTab(database, admin)
    qtbot.addWidget(tab)
    assert tab.table.rowCount() == 2
    typist(tab.filter, "pacifico")
    shown = [r for r in range(tab.table.rowCount()) if not tab.table.isRowHidden(r)]
    assert [tab.table.item(r, 0).text() for r in shown] == ["Atunera del Pacífico"]
    assert tab.table.item(shown[0], 5).text() == "1"  # vacancies


# --- booths and registrations -------------------------------------------------------------------


def test_an_employer_gets_a_booth_at_the_event(qtbot, database, admin, typist):
    fair = build_fair(database, admin, candidates=0)
    with database.unit_of_work(admin) as session:
        new = fairs.save_employer(
            session, admin, fairs.EmployerInput(RUCS[2], "Ferretería El Constructor")
        ).id
    dialog = EventDialog(database, admin, fair.event_id)
    qtbot.addWidget(dialog)
    assert dialog.booth_table.rowCount() == 2

    def choose(add: AddEmployerDialog) -> None:
        assert add.employer.count() == 1  # only employers not yet at the event
        add.employer.setCurrentIndex(add.employer.findData(new))
        typist(add.booth, "B7")
        add.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    when_modal(choose)
    assert dialog.add_employer() is True
    names = {dialog.booth_table.item(r, 1).text(): r for r in range(dialog.booth_table.rowCount())}
    assert dialog.booth_table.item(names["Ferretería El Constructor"], 0).text() == "B7"
    with database.sessions() as session:
        booths = {b.employer_id: b.booth for b in fairs.booths(session, fair.event_id)}
    assert booths[new] == "B7"

    # a booth that another employer holds: the service's message, nothing changed
    messages: list[str] = []

    def read_and_close(box: QMessageBox) -> None:
        messages.append(box.text())
        box.accept()

    when_modal(read_and_close)
    assert dialog.change_booth(f"A{fair.employer_ids[0]}") is False
    assert "ya es de" in messages[0]
    with database.sessions() as session:
        assert {b.employer_id: b.booth for b in fairs.booths(session, fair.event_id)}[new] == "B7"


def test_people_of_the_registry_are_registered_as_candidate_and_representative(
    qtbot, database, admin, typist
):
    fair = build_fair(database, admin, candidates=2)
    with database.unit_of_work(admin) as session:
        rep = make_person(session, admin, "Dayana", "Mendoza Briones")
    dialog = EventDialog(database, admin, fair.event_id)
    qtbot.addWidget(dialog)
    before = dialog.registration_table.rowCount()
    feedback: list[str] = []

    def register(search: RegisterPeopleDialog) -> None:
        typist(search.search, "walter")
        search.search_now()
        assert search.results.rowCount() == 1
        search.select_people([fair.unregistered_person_id])
        search.set_role(RegistrationRole.CANDIDATE)
        assert not search.employer.isVisibleTo(search)
        click(search, "registerButton")
        feedback.append(search.feedback.text())
        search.search.clear()
        typist(search.search, "mendoza briones")
        search.search_now()
        search.select_people([rep])
        search.set_role(RegistrationRole.EMPLOYER_REP, fair.employer_ids[1])
        assert search.employer.isVisibleTo(search)
        qtbot.mouseClick(search.register_button, Qt.MouseButton.LeftButton)
        feedback.append(search.feedback.text())
        search.reject()

    when_modal(register)
    assert dialog.register_people() == 2
    assert all(text for text in feedback)
    assert dialog.registration_table.rowCount() == before + 2
    with database.sessions() as session:
        walter = session.scalar(
            select(Registration).where(Registration.person_id == fair.unregistered_person_id)
        )
        dayana = session.scalar(select(Registration).where(Registration.person_id == rep))
        assert (walter.role, walter.employer_id) == (RegistrationRole.CANDIDATE, None)
        assert (dayana.role, dayana.employer_id) == (
            RegistrationRole.EMPLOYER_REP,
            fair.employer_ids[1],
        )
        assert walter.badge_code and dayana.badge_code
    rows = {
        dialog.registration_table.item(r, 0).text(): r
        for r in range(dialog.registration_table.rowCount())
    }
    row = rows["Mendoza Briones, Dayana"]
    assert dialog.registration_table.item(row, 2).text() == "Hotel Oro Verde Manta"
    assert dialog.registration_table.item(row, 3).text() == dayana.badge_code


def test_a_representative_needs_an_employer_at_the_event(qtbot, database, admin):
    fair = build_fair(database, admin, candidates=0)
    dialog = RegisterPeopleDialog(database, admin, fair.other_event_id)  # no employers there
    show(qtbot, dialog)
    dialog.search_now()
    dialog.select_people([fair.unregistered_person_id])
    dialog.set_role(RegistrationRole.EMPLOYER_REP)
    assert dialog.register_selected() is False
    assert dialog.employer_error.isVisible()
    with database.sessions() as session:
        assert not registrations.registration_rows(session, fair.other_event_id)


def test_cancelling_a_registration_asks_first(qtbot, database, admin):
    fair = build_fair(database, admin, candidates=2)
    dialog = EventDialog(database, admin, fair.event_id)
    qtbot.addWidget(dialog)
    target = fair.registration_ids[0]
    table = dialog.registration_table

    def select() -> None:
        table.clearSelection()
        row = next(r for r in range(table.rowCount()) if table.item(r, 0).data(ID_ROLE) == target)
        table.selectRow(row)

    def cancelled() -> bool:
        with database.sessions() as session:
            return session.get(Registration, target).cancelled_at is not None

    questions: list[str] = []

    def answer(name: str) -> Callable[[QMessageBox], None]:
        def act(box: QMessageBox) -> None:
            questions.append(box.text())
            click(box, name)

        return act

    select()
    when_modal(answer("keepButton"))
    assert dialog.cancel_selected() is False and not cancelled()
    select()
    when_modal(answer("confirmButton"))
    assert dialog.cancel_selected() is True and cancelled()
    assert len(questions) == 2 and questions[0] == questions[1]
    assert target not in [table.item(r, 0).data(ID_ROLE) for r in range(table.rowCount())]
    dialog.show_cancelled.setChecked(True)
    assert target in [table.item(r, 0).data(ID_ROLE) for r in range(table.rowCount())]

    # someone already in: the service refuses, the message is shown, nothing is lost
    with database.unit_of_work(admin) as session:
        checkin.scan(session, fair.event_id, fair.codes[1], "Puerta 1", admin)
    dialog.refresh_registrations()
    target = fair.registration_ids[1]
    select()
    shown: list[str] = []

    def confirm_then_read(box: QMessageBox) -> None:
        click(box, "confirmButton")
        when_modal(lambda warning: (shown.append(warning.text()), warning.accept()))

    when_modal(confirm_then_read)
    assert dialog.cancel_selected() is False
    assert "ya entró" in shown[0] and not cancelled()


# --- roles --------------------------------------------------------------------------------------


def test_front_desk_can_look_but_not_edit(qtbot, database, admin, front_desk: StaffUser):
    fair = build_fair(database, admin, candidates=2)
    tab = EventsTab(database, front_desk)
    qtbot.addWidget(tab)
    assert not tab.new_button.isVisibleTo(tab) and tab.table.rowCount() == 2
    dialog = EventDialog(database, front_desk, fair.event_id)
    qtbot.addWidget(dialog)
    assert dialog.name.isReadOnly() and not dialog.kind.isEnabled()
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Save) is None
    for name in (
        "addBoothButton",
        "changeBoothButton",
        "removeBoothButton",
        "registerPeopleButton",
        "cancelRegistrationButton",
    ):
        assert not dialog.findChild(QPushButton, name).isVisibleTo(dialog), name
    assert dialog.registration_table.rowCount() == 3  # they do see who is registered
    dialog.name.setText("Otro nombre")
    assert dialog.apply() is False and dialog.change_booth("Z1") is False
    assert dialog.cancel_selected(ask=False) is False and dialog.register_people() == 0

    employers = EmployersTab(database, front_desk)
    qtbot.addWidget(employers)
    assert not employers.new_button.isVisibleTo(employers)
    employer = EmployerDialog(database, front_desk, fair.employer_ids[0])
    qtbot.addWidget(employer)
    assert employer.ruc.isReadOnly() and not employer.inclusive.isEnabled()
    assert not employer.add_vacancy_button.isVisibleTo(employer)
    assert employer.save() is False and employer.add_vacancy() is False
    with database.sessions() as session:
        assert session.get(Event, fair.event_id).name == "Feria de Empleo Manta"
        assert {b.booth for b in fairs.booths(session, fair.event_id)} != {"Z1"}
