"""The job fair set-up clicked as staff click it: the events and employers lists, the event
and employer forms with their nested dialogs, and the buttons at the top of the fairs page
(door and booth stations, the paper sign-in sheet and its entry), on a real SQLite file."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QInputDialog,
    QMessageBox,
    QPushButton,
    QWidget,
)
from sqlalchemy import func, select

from coworking import clock
from coworking.core import fairs
from coworking.db.database import Database
from coworking.db.enums import CheckInResult
from coworking.db.models import CheckIn, Employer, Event, Registration, StaffUser, Vacancy
from coworking.gui.booth_station import BoothStation
from coworking.gui.door_station import DoorStation
from coworking.gui.employer_dialog import EmployerDialog
from coworking.gui.employers_tab import EmployersTab
from coworking.gui.event_dialog import EventDialog
from coworking.gui.events_tab import EventsTab
from coworking.gui.fair_widgets import ID_ROLE
from coworking.gui.main_window import MainWindow
from coworking.gui.pages import fairs as fairs_page
from coworking.gui.pages.fairs import FairsPage
from coworking.gui.paper_ticks_dialog import STATION_PREFIX, PaperTicksDialog
from coworking.gui.register_people_dialog import AddEmployerDialog, RegisterPeopleDialog
from coworking.gui.vacancy_dialog import VacancyDialog
from tests.fair_data import RUCS, build_fair

LEFT = Qt.MouseButton.LeftButton
FAILURES: list[BaseException] = []


@pytest.fixture(autouse=True)
def no_failure_inside_dialogs() -> Iterator[None]:
    """An assertion that fails while a dialog is open fails the test once the dialog is gone."""
    FAILURES.clear()
    yield
    if FAILURES:
        raise FAILURES[0]


def when_shown(kind: type[QWidget], action: Callable[[QWidget], None]) -> None:
    """Run ``action`` on the modal window of class ``kind`` once it is shown (``exec()`` blocks
    the test). Waiting for the class lets a dialog answer another one it opens itself. A failing
    action closes every modal window, so the test ends and reports it."""

    def step() -> None:
        widget = QApplication.activeModalWidget()
        if not isinstance(widget, kind) or not widget.isVisible():
            QTimer.singleShot(20, step)
            return
        try:
            action(widget)
        except BaseException as error:  # noqa: BLE001 - re-raised by the fixture
            FAILURES.append(error)
            for _ in range(6):
                modal = QApplication.activeModalWidget()
                if isinstance(modal, QDialog):
                    modal.done(0)

    QTimer.singleShot(0, step)


def child_button(parent: QWidget, name: str) -> QPushButton:
    button = parent.findChild(QPushButton, name)
    assert button is not None, name
    return button


def standard(dialog: QWidget, which: QDialogButtonBox.StandardButton) -> QPushButton:
    """The button Qt made for ``which`` in the dialog's button box."""
    for box in dialog.findChildren(QDialogButtonBox):
        button = box.button(which)
        if button is not None:
            return button
    raise AssertionError(f"{which.name} not in {type(dialog).__name__}")


def count(database: Database, model) -> int:
    with database.sessions() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def shown(qtbot, widget: QWidget) -> QWidget:
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


# --- events -------------------------------------------------------------------------------------


def test_new_event_button_opens_the_form_and_save_keeps_the_event(
    qtbot, database: Database, admin: StaffUser, typist
) -> None:
    build_fair(database, admin, candidates=1)
    tab = shown(qtbot, EventsTab(database, admin))
    assert tab.table.rowCount() == 2
    changed: list[bool] = []
    tab.events_changed.connect(lambda: changed.append(True))
    seen: dict[str, object] = {}

    def fill(dialog: EventDialog) -> None:
        seen["title"] = dialog.windowTitle()
        typist(dialog.name, "Taller de Entrevistas")
        typist(dialog.venue, "Sala 2")
        qtbot.mouseClick(standard(dialog, QDialogButtonBox.StandardButton.Save), LEFT)
        seen["closed"] = not dialog.isVisible()
        seen["result"] = dialog.result()

    when_shown(EventDialog, fill)
    qtbot.mouseClick(child_button(tab, "newEventButton"), LEFT)
    assert seen == {
        "title": "Nuevo evento",
        "closed": True,
        "result": QDialog.DialogCode.Accepted,
    }
    with database.sessions() as session:
        event = session.scalar(select(Event).where(Event.name == "Taller de Entrevistas"))
        assert event is not None and event.venue == "Sala 2"
    assert tab.table.rowCount() == 3 and tab.current_event_id() == event.id
    assert changed == [True]


def test_edit_event_button_then_apply_add_cancel_register_cancel_and_close(
    qtbot, database: Database, admin: StaffUser, typist
) -> None:
    fair = build_fair(database, admin, candidates=2)
    with database.unit_of_work(admin) as session:
        outsider = fairs.save_employer(
            session, admin, fairs.EmployerInput(RUCS[2], "Ferretería El Constructor")
        ).id
    tab = shown(qtbot, EventsTab(database, admin))
    tab.select_event(fair.event_id)
    changed: list[bool] = []
    tab.events_changed.connect(lambda: changed.append(True))
    seen: dict[str, object] = {}

    def booths() -> dict[int, str]:
        with database.sessions() as session:
            return {b.employer_id: b.booth for b in fairs.booths(session, fair.event_id)}

    def registered(dialog: EventDialog) -> list[int]:
        table = dialog.registration_table
        return [table.item(r, 0).data(ID_ROLE) for r in range(table.rowCount())]

    def work(dialog: EventDialog) -> None:
        assert dialog.event_id == fair.event_id
        # Apply saves the event's own fields and leaves the form open
        dialog.name.clear()
        typist(dialog.name, "Feria de Empleo Manta · diciembre")
        qtbot.mouseClick(standard(dialog, QDialogButtonBox.StandardButton.Apply), LEFT)
        assert dialog.isVisible() and not dialog.is_dirty()
        with database.sessions() as session:
            assert session.get(Event, fair.event_id).name == "Feria de Empleo Manta · diciembre"

        # an employer about to be added, then Cancel: no booth for it
        dialog.tabs.setCurrentIndex(1)
        before = booths()
        rows = dialog.booth_table.rowCount()

        def cancel_adding(add: AddEmployerDialog) -> None:
            add.employer.setCurrentIndex(add.employer.findData(outsider))
            typist(add.booth, "Z9")
            qtbot.mouseClick(standard(add, QDialogButtonBox.StandardButton.Cancel), LEFT)
            seen["add_result"] = add.result()

        when_shown(AddEmployerDialog, cancel_adding)
        qtbot.mouseClick(child_button(dialog, "addBoothButton"), LEFT)
        assert seen["add_result"] == QDialog.DialogCode.Rejected
        assert booths() == before and outsider not in before
        assert dialog.booth_table.rowCount() == rows

        # Register people: the registry search, one person registered
        dialog.tabs.setCurrentIndex(2)
        before_ids = registered(dialog)

        def register(search: RegisterPeopleDialog) -> None:
            typist(search.search, "walter")
            search.search_now()
            search.select_people([fair.unregistered_person_id])
            qtbot.mouseClick(search.register_button, LEFT)
            qtbot.mouseClick(standard(search, QDialogButtonBox.StandardButton.Close), LEFT)

        when_shown(RegisterPeopleDialog, register)
        qtbot.mouseClick(child_button(dialog, "registerPeopleButton"), LEFT)
        with database.sessions() as session:
            walter = session.scalar(
                select(Registration).where(Registration.person_id == fair.unregistered_person_id)
            )
        assert walter is not None and walter.cancelled_at is None
        assert sorted(registered(dialog)) == sorted([*before_ids, walter.id])

        # Cancel registration…: asked first, then the badge no longer counts
        table = dialog.registration_table
        table.clearSelection()
        table.selectRow(registered(dialog).index(walter.id))
        questions: list[str] = []

        def confirm(box: QMessageBox) -> None:
            questions.append(box.text())
            child_button(box, "confirmButton").click()

        when_shown(QMessageBox, confirm)
        qtbot.mouseClick(child_button(dialog, "cancelRegistrationButton"), LEFT)
        assert len(questions) == 1 and "Sin Inscripción" in questions[0]
        with database.sessions() as session:
            assert session.get(Registration, walter.id).cancelled_at is not None
        assert walter.id not in registered(dialog)

        # Close: everything is saved, so it closes without a question
        qtbot.mouseClick(standard(dialog, QDialogButtonBox.StandardButton.Close), LEFT)
        seen["closed"] = not dialog.isVisible()
        seen["result"] = dialog.result()

    when_shown(EventDialog, work)
    qtbot.mouseClick(child_button(tab, "editEventButton"), LEFT)
    assert seen["closed"] is True and seen["result"] == QDialog.DialogCode.Rejected
    assert changed == [True]  # the list heard of the renamed event and its registrations
    row = next(
        r
        for r in range(tab.table.rowCount())
        if tab.table.item(r, 0).data(ID_ROLE) == fair.event_id
    )
    assert tab.table.item(row, 0).text() == "Feria de Empleo Manta · diciembre"


# --- employers ----------------------------------------------------------------------------------


def test_new_employer_with_a_cancelled_vacancy_is_saved_alone(
    qtbot, database: Database, admin: StaffUser, typist
) -> None:
    tab = shown(qtbot, EmployersTab(database, admin))
    assert tab.table.rowCount() == 0
    seen: dict[str, object] = {}

    def fill(dialog: EmployerDialog) -> None:
        typist(dialog.ruc, RUCS[2])
        typist(dialog.trade_name, "Panadería La Espiga")
        dialog.tabs.setCurrentIndex(1)

        def cancel_vacancy(vacancy: VacancyDialog) -> None:
            typist(vacancy.title, "Panadero/a")
            qtbot.mouseClick(standard(vacancy, QDialogButtonBox.StandardButton.Cancel), LEFT)
            seen["vacancy_result"] = vacancy.result()

        when_shown(VacancyDialog, cancel_vacancy)
        qtbot.mouseClick(child_button(dialog, "addVacancyButton"), LEFT)
        seen["vacancy_rows"] = dialog.vacancy_table.rowCount()
        seen["pending"] = len(dialog.vacancies)
        qtbot.mouseClick(standard(dialog, QDialogButtonBox.StandardButton.Save), LEFT)
        seen["closed"] = not dialog.isVisible()

    when_shown(EmployerDialog, fill)
    qtbot.mouseClick(child_button(tab, "newEmployerButton"), LEFT)
    assert seen == {
        "vacancy_result": QDialog.DialogCode.Rejected,
        "vacancy_rows": 0,
        "pending": 0,
        "closed": True,
    }
    with database.sessions() as session:
        employer = session.scalar(select(Employer))
        assert (employer.ruc, employer.trade_name) == (RUCS[2], "Panadería La Espiga")
    assert count(database, Vacancy) == 0
    assert tab.table.rowCount() == 1 and tab.current_employer_id() == employer.id
    assert tab.table.item(0, 0).text() == "Panadería La Espiga"


def test_edit_employer_button_then_cancel_discards_the_typed_changes(
    qtbot, database: Database, admin: StaffUser, typist
) -> None:
    fair = build_fair(database, admin, candidates=0)
    tab = shown(qtbot, EmployersTab(database, admin))
    saved: list[bool] = []
    tab.employers_changed.connect(lambda: saved.append(True))
    target = tab.current_employer_id()
    assert target in fair.employer_ids
    with database.sessions() as session:
        name = session.get(Employer, target).trade_name
    seen: dict[str, object] = {}

    def edit_and_cancel(dialog: EmployerDialog) -> None:
        seen["editing"] = dialog.employer_id
        assert dialog.trade_name.text() == name
        dialog.trade_name.clear()
        typist(dialog.trade_name, "Nombre que no se guarda")

        def discard(box: QMessageBox) -> None:
            seen["question"] = box.text()
            box.button(QMessageBox.StandardButton.Discard).click()

        when_shown(QMessageBox, discard)
        qtbot.mouseClick(standard(dialog, QDialogButtonBox.StandardButton.Cancel), LEFT)
        seen["closed"] = not dialog.isVisible()
        seen["result"] = dialog.result()

    when_shown(EmployerDialog, edit_and_cancel)
    qtbot.mouseClick(child_button(tab, "editEmployerButton"), LEFT)
    assert seen["editing"] == target and "cambios" in str(seen["question"])
    assert seen["closed"] is True and seen["result"] == QDialog.DialogCode.Rejected
    with database.sessions() as session:
        assert session.get(Employer, target).trade_name == name
    assert saved == []


# --- the fairs page's own buttons ---------------------------------------------------------------


def _fairs_window(qtbot, database: Database, admin: StaffUser) -> tuple[MainWindow, FairsPage]:
    window = MainWindow(database, admin)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.show_page("job_fairs")
    return window, window.page_widgets["job_fairs"].page


@pytest.mark.date_sensitive
def test_door_and_booth_station_buttons_open_the_station_asked_for(
    qtbot, database: Database, admin: StaffUser
) -> None:
    fair = build_fair(database, admin, candidates=1, held_on=clock.today())
    window, page = _fairs_window(qtbot, database, admin)
    assert page.event_id() == fair.event_id

    # another day's event: the date question, answered No, opens nothing
    page.choose_event(fair.other_event_id)
    when_shown(QMessageBox, lambda box: box.button(QMessageBox.StandardButton.No).click())
    qtbot.mouseClick(child_button(page, "openDoorStation"), LEFT)
    assert window.station is None and not window.isFullScreen()

    page.choose_event(fair.event_id)

    def name_the_entrance(dialog: QInputDialog) -> None:
        dialog.setTextValue("Puerta sur")
        dialog.accept()

    when_shown(QInputDialog, name_the_entrance)
    qtbot.mouseClick(child_button(page, "openDoorStation"), LEFT)
    frame = window.station
    assert frame is not None and isinstance(frame.station, DoorStation)
    assert frame.station.station_name == "Puerta sur" and window.isFullScreen()
    assert QSettings().value(fairs_page.STATION_NAME_KEY) == "Puerta sur"
    frame.leave_button.click()
    assert window.station is None

    offered: list[list[str]] = []

    def pick_second_booth(dialog: QInputDialog) -> None:
        items = dialog.comboBoxItems()
        offered.append(items)
        dialog.setTextValue(items[1])
        dialog.accept()

    when_shown(QInputDialog, pick_second_booth)
    qtbot.mouseClick(page.booth_button, LEFT)
    with database.sessions() as session:
        booths = fairs.booths(session, fair.event_id)
    assert offered == [[f"{b.booth} · {b.trade_name}" for b in booths]]
    frame = window.station
    assert frame is not None and isinstance(frame.station, BoothStation)
    assert (frame.station.event_id, frame.station.employer_id) == (
        fair.event_id,
        booths[1].employer_id,
    )
    frame.leave_button.click()
    assert window.station is None and window.current_page() == "job_fairs"


def test_sign_in_sheet_button_writes_the_pdf_where_chosen(
    qtbot, monkeypatch, tmp_path: Path, database: Database, admin: StaffUser
) -> None:
    fair = build_fair(database, admin, candidates=3)
    page = shown(qtbot, FairsPage(database, admin))
    page.choose_event(fair.event_id)
    target = tmp_path / "hoja.pdf"
    suggested: list[str] = []

    def choose(parent, title, proposed, filters):
        suggested.append(proposed)
        return str(target), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(choose))
    told: list[str] = []
    when_shown(QMessageBox, lambda box: (told.append(box.text()), box.accept()))
    qtbot.mouseClick(page.sheet_button, LEFT)
    assert suggested[0].endswith(f"hoja-de-firmas-{fair.event_id}.pdf")
    assert target.read_bytes().startswith(b"%PDF")
    assert told == [f"Se guardó {target} con 4 personas. Imprímala para la entrada."]

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a: ("", "")))
    target.unlink()
    qtbot.mouseClick(page.sheet_button, LEFT)  # the file dialog cancelled: nothing written
    assert not target.exists()


def test_paper_sheet_button_ticks_are_saved_and_close_asks_while_unsaved(
    qtbot, database: Database, admin: StaffUser
) -> None:
    fair = build_fair(database, admin, candidates=2)
    page = shown(qtbot, FairsPage(database, admin))
    page.choose_event(fair.event_id)
    seen: dict[str, object] = {}

    def paper_checkins() -> list[CheckIn]:
        with database.sessions() as session:
            return list(session.scalars(select(CheckIn).where(CheckIn.event_id == fair.event_id)))

    def enter(dialog: PaperTicksDialog) -> None:
        assert dialog.event_id == fair.event_id
        dialog.table.setFocus()
        dialog.table.selectRow(0)
        QTest.keyClick(dialog.table, Qt.Key.Key_Space)
        assert len(dialog.ticked()) == 1

        # Close with a tick not saved: asked; Cancel keeps the dialog and the tick
        def keep(box: QMessageBox) -> None:
            seen["question"] = box.text()
            box.button(QMessageBox.StandardButton.Cancel).click()

        when_shown(QMessageBox, keep)
        qtbot.mouseClick(dialog.close_button, LEFT)
        assert dialog.isVisible() and len(dialog.ticked()) == 1
        assert paper_checkins() == []

        qtbot.mouseClick(child_button(dialog, "saveButton"), LEFT)
        seen["counts"] = dialog.result_counts
        seen["message"] = dialog.result_label.text()
        assert dialog.ticked() == []  # now greyed as already in

        qtbot.mouseClick(dialog.close_button, LEFT)  # nothing pending: closes at once
        seen["closed"] = not dialog.isVisible()

    when_shown(PaperTicksDialog, enter)
    qtbot.mouseClick(page.ticks_button, LEFT)
    assert "sin guardar" in str(seen["question"])
    assert seen["counts"] is not None and seen["counts"].entered == 1
    assert seen["message"] and seen["closed"] is True
    rows = paper_checkins()
    assert [(row.result, row.station) for row in rows] == [(CheckInResult.OK, STATION_PREFIX)]


# --- booths and vacancies inside the forms ----------------------------------------------------


def _booths(database: Database, event_id: int) -> dict[int, str | None]:
    from coworking.db.models import EventEmployer

    with database.sessions() as session:
        rows = session.execute(
            select(EventEmployer.employer_id, EventEmployer.booth).where(
                EventEmployer.event_id == event_id
            )
        )
        return dict(rows.all())


def test_change_booth_and_remove_from_event_buttons(
    qtbot, database: Database, admin: StaffUser
) -> None:
    from coworking.gui.fair_widgets import select_key

    fair = build_fair(database, admin, candidates=1)
    dialog = shown(qtbot, EventDialog(database, admin, fair.event_id))
    dialog.tabs.setCurrentIndex(1)
    first, second = fair.employer_ids
    assert select_key(dialog.booth_table, first)
    seen: dict[str, object] = {}

    def new_booth(box: QInputDialog) -> None:
        seen["asked"] = box.labelText()
        box.setTextValue("B7")
        box.accept()

    when_shown(QInputDialog, new_booth)
    qtbot.mouseClick(child_button(dialog, "changeBoothButton"), LEFT)
    assert "Atunera del Pacífico" in str(seen["asked"])
    assert _booths(database, fair.event_id)[first] == "B7"

    assert select_key(dialog.booth_table, second)

    def keep(box: QMessageBox) -> None:
        seen["question"] = box.text()
        box.findChild(QPushButton, "keepButton").click()

    when_shown(QMessageBox, keep)
    qtbot.mouseClick(child_button(dialog, "removeBoothButton"), LEFT)
    assert "Hotel Oro Verde Manta" in str(seen["question"])
    assert second in _booths(database, fair.event_id)  # kept: the safe answer

    assert select_key(dialog.booth_table, second)
    when_shown(QMessageBox, lambda box: box.findChild(QPushButton, "confirmButton").click())
    qtbot.mouseClick(child_button(dialog, "removeBoothButton"), LEFT)
    assert set(_booths(database, fair.event_id)) == {first}
    assert dialog.booth_table.rowCount() == 1


def test_edit_vacancy_button_changes_the_vacancy_once_saved(
    qtbot, database: Database, admin: StaffUser, typist
) -> None:
    from coworking.gui.fair_widgets import select_key

    fair = build_fair(database, admin, candidates=0)
    dialog = shown(qtbot, EmployerDialog(database, admin, fair.employer_ids[0]))
    dialog.tabs.setCurrentIndex(1)
    assert select_key(dialog.vacancy_table, 0)
    seen: dict[str, object] = {}

    def retitle(vacancy: VacancyDialog) -> None:
        seen["was"] = vacancy.title.text()
        vacancy.title.clear()
        typist(vacancy.title, "Supervisor/a de planta")
        qtbot.mouseClick(standard(vacancy, QDialogButtonBox.StandardButton.Ok), LEFT)

    when_shown(VacancyDialog, retitle)
    qtbot.mouseClick(child_button(dialog, "editVacancyButton"), LEFT)
    assert seen["was"] == "Operario/a de planta"
    assert dialog.vacancy_table.item(0, 0).text() == "Supervisor/a de planta *"  # unsaved
    with database.sessions() as session:  # not saved before the employer is
        assert session.get(Vacancy, fair.vacancy_ids[0]).title == "Operario/a de planta"
    qtbot.mouseClick(standard(dialog, QDialogButtonBox.StandardButton.Save), LEFT)
    assert not dialog.isVisible()
    with database.sessions() as session:
        assert session.get(Vacancy, fair.vacancy_ids[0]).title == "Supervisor/a de planta"
