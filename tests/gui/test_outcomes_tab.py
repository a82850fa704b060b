"""The Resultados tab: correcting and deleting outcomes (buttons and keyboard), a duplicate
refused in a message box, and its counts the same as the fair report's on the demo data."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox, QPushButton, QWidget
from sqlalchemy import select

from coworking import clock
from coworking.core import outcomes, registrations
from coworking.core.demo import generate, moment_of
from coworking.core.outcomes import OutcomeInput
from coworking.core.report_fair import fair_report, status_name
from coworking.core.report_words import Words
from coworking.core.summary_fair import fair_summary
from coworking.db.database import Database
from coworking.db.enums import OutcomeStatus, RegistrationRole
from coworking.db.models import Outcome, Person, Registration, StaffUser
from coworking.gui.outcome_dialog import OutcomeDialog
from coworking.gui.outcomes_tab import OutcomesTab
from tests.fair_data import build_fair, make_person
from tests.gui.modal import when_modal

HIRED, OFFERED = OutcomeStatus.HIRED, OutcomeStatus.OFFERED


def _show(qtbot, widget: QWidget, size=(1180, 720)) -> None:
    qtbot.addWidget(widget)
    widget.resize(*size)
    widget.show()
    widget.activateWindow()
    qtbot.waitExposed(widget)
    qtbot.waitUntil(widget.isActiveWindow)


def when_message_box(action: Callable[[QMessageBox], None]) -> None:
    """Run ``action`` on the message box once one is shown over a dialog already open."""

    def step() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.isVisible():
            action(box)
        else:
            QTimer.singleShot(20, step)

    QTimer.singleShot(0, step)


def _button(dialog: OutcomeDialog, which: QDialogButtonBox.StandardButton) -> QPushButton:
    return dialog.findChild(QDialogButtonBox).button(which)


def _answer(name: str) -> Callable[[QWidget], None]:
    """Click the confirmation's button ``confirmButton`` or ``keepButton``."""
    return lambda box: box.findChild(QPushButton, name).click()


def _row_of(tab: OutcomesTab, outcome_id: int) -> int:
    table = tab.outcomes_table
    ids = [table.item(r, 0).data(Qt.ItemDataRole.UserRole + 1) for r in range(table.rowCount())]
    return ids.index(outcome_id)


def _outcomes(database: Database) -> list[Outcome]:
    with database.sessions() as session:
        return list(session.scalars(select(Outcome).order_by(Outcome.id)))


def test_correct_and_delete_with_the_buttons_and_the_keyboard(
    qtbot, database: Database, admin: StaffUser
) -> None:
    fair = build_fair(database, admin, held_on=clock.today() - timedelta(days=120))
    hired_on = clock.today() - timedelta(days=95)
    with database.unit_of_work(admin) as session:
        hire = outcomes.record(
            session,
            admin,
            OutcomeInput(fair.registration_ids[4], HIRED, hired_on, fair.vacancy_ids[1]),
        ).id
        talk = outcomes.record(
            session,
            admin,
            OutcomeInput(
                fair.registration_ids[0],
                OutcomeStatus.INTERVIEWED,
                hired_on,
                employer_id=fair.employer_ids[0],
            ),
        ).id
    tab = OutcomesTab(database, admin, fair.event_id)
    _show(qtbot, tab)
    table = tab.outcomes_table
    assert table.rowCount() == 2 and tab.follow_ups_table.rowCount() == 2
    assert not tab.correct_button.isEnabled() and not tab.delete_button.isEnabled()
    assert "Contratado/a: 1 persona · 1 registro" in tab.totals_label.text()
    table.selectRow(_row_of(tab, hire))
    assert tab.correct_button.isEnabled() and tab.delete_button.isEnabled()

    seen: dict[str, object] = {}

    def correct(dialog: OutcomeDialog) -> None:
        seen["title"] = dialog.windowTitle()
        seen["person"] = dialog.candidate_list.currentItem().text().split("   ")[0]
        seen["was"] = (dialog.status_combo.currentData(), dialog.vacancy_combo.currentData())
        dialog.status_combo.setCurrentIndex(dialog.status_combo.findData(OFFERED))
        dialog.vacancy_combo.setCurrentIndex(dialog.vacancy_combo.findData(fair.vacancy_ids[0]))
        dialog.date_edit.setDate(QDate(hired_on + timedelta(days=2)))
        _button(dialog, QDialogButtonBox.StandardButton.Save).click()

    when_modal(correct)
    tab.correct_button.click()
    assert seen == {
        "title": "Corregir resultado",
        "person": "Vera Cedeño, Carlos",
        "was": (HIRED, fair.vacancy_ids[1]),
    }
    corrected = next(o for o in _outcomes(database) if o.id == hire)
    assert (corrected.status, corrected.vacancy_id, corrected.employer_id) == (
        OFFERED,
        fair.vacancy_ids[0],
        fair.employer_ids[0],
    )
    assert corrected.occurred_on == hired_on + timedelta(days=2)
    row = _row_of(tab, hire)
    assert table.item(row, 1).text() == "Con oferta"
    assert table.item(row, 2).text() == "Atunera del Pacífico"
    assert table.selectionModel().selectedRows()[0].row() == row  # still chosen
    assert tab.follow_ups_table.rowCount() == 0  # no longer a hire
    assert "Contratado/a: 0 personas · 0 registros" in tab.totals_label.text()

    # the keyboard: F2 and Enter open the form, Delete asks
    def press(key: Qt.Key) -> None:
        tab.activateWindow()  # back from a dialog
        qtbot.waitUntil(tab.isActiveWindow)
        table.setFocus()
        qtbot.waitUntil(table.hasFocus)
        QTest.keyClick(table, key)

    for key in (Qt.Key.Key_F2, Qt.Key.Key_Return):
        seen.clear()

        def cancel(dialog: OutcomeDialog) -> None:
            seen["title"] = dialog.windowTitle()
            _button(dialog, QDialogButtonBox.StandardButton.Cancel).click()

        when_modal(cancel)
        press(key)
        assert seen == {"title": "Corregir resultado"}, key
    asked: list[str] = []

    def answer(name: str) -> Callable[[QWidget], None]:
        def click(box: QWidget) -> None:
            asked.append(box.text())
            _answer(name)(box)

        return click

    when_modal(answer("keepButton"))
    press(Qt.Key.Key_Delete)
    assert len(asked) == 1 and len(_outcomes(database)) == 2 and table.rowCount() == 2
    when_modal(answer("confirmButton"))
    press(Qt.Key.Key_Delete)
    assert asked[1] == asked[0]
    assert "«Con oferta» — Carlos Vera Cedeño (Atunera del Pacífico" in asked[1]
    assert [o.id for o in _outcomes(database)] == [talk]
    assert table.rowCount() == 1 and not tab.delete_button.isEnabled()

    # an outcome without vacancy keeps its employer when saved as it is
    table.selectRow(0)

    def save_as_is(dialog: OutcomeDialog) -> None:
        seen["choice"] = dialog.vacancy_combo.currentText()
        _button(dialog, QDialogButtonBox.StandardButton.Save).click()

    when_modal(save_as_is)
    tab.correct_button.click()
    assert seen["choice"] == "Atunera del Pacífico · sin vacante concreta"
    [kept] = _outcomes(database)
    assert (kept.vacancy_id, kept.employer_id) == (None, fair.employer_ids[0])

    # the button: keep, then delete
    table.selectRow(0)
    when_modal(_answer("keepButton"))
    tab.delete_button.click()
    assert table.rowCount() == 1
    when_modal(_answer("confirmButton"))
    tab.delete_button.click()
    assert _outcomes(database) == [] and table.rowCount() == 0
    assert not tab.correct_button.isEnabled() and not tab.delete_button.isEnabled()


def test_a_second_hire_is_refused_in_a_message_box_and_visitors_are_not_listed(
    qtbot, database: Database, admin: StaffUser, typist
) -> None:
    fair = build_fair(database, admin, held_on=clock.today() - timedelta(days=60))
    hired_on = clock.today() - timedelta(days=20)
    with database.unit_of_work(admin) as session:
        outcomes.record(
            session,
            admin,
            OutcomeInput(fair.registration_ids[0], HIRED, hired_on, fair.vacancy_ids[0]),
        )
        registrations.register(
            session, admin, fair.event_id, fair.unregistered_person_id, RegistrationRole.VISITOR
        )
    tab = OutcomesTab(database, admin, fair.event_id)
    _show(qtbot, tab)
    seen: dict[str, object] = {}

    def fill(dialog: OutcomeDialog) -> None:
        listed = [
            dialog.candidate_list.item(i).text() for i in range(dialog.candidate_list.count())
        ]
        seen["listed"] = len(listed)
        seen["visitor listed"] = any("Sin Inscripción" in text for text in listed)
        typist(dialog.search_edit, "núñez")
        dialog.status_combo.setCurrentIndex(dialog.status_combo.findData(HIRED))
        dialog.vacancy_combo.setCurrentIndex(dialog.vacancy_combo.findData(fair.vacancy_ids[0]))

        def read(box: QMessageBox) -> None:
            seen["warning"] = (box.icon(), box.text())
            box.button(QMessageBox.StandardButton.Ok).click()

        when_message_box(read)
        _button(dialog, QDialogButtonBox.StandardButton.Save).click()
        seen["still open"] = dialog.isVisible()
        _button(dialog, QDialogButtonBox.StandardButton.Cancel).click()

    when_modal(fill)
    tab.record_button.click()
    assert seen["listed"] == 5 and seen["visitor listed"] is False
    icon, text = seen["warning"]
    assert icon == QMessageBox.Icon.Warning
    assert text.startswith("Ya consta «Contratado/a» de María José Núñez Zambrano para ")
    assert hired_on.strftime("%d/%m/%Y") in text
    assert seen["still open"] is True
    assert len(_outcomes(database)) == 1 and tab.outcomes_table.rowCount() == 1


@pytest.fixture
def demo_day(database: Database, admin: StaffUser, set_clock) -> date:
    """The demo as ``coworking demo --today 2026-06-10`` makes it, the clock on its moment."""
    day = date(2026, 6, 10)
    set_clock(moment_of(day))
    with database.unit_of_work() as session:
        generate(session, people=300, seed=4, now=moment_of(day))
    return day


def _legacy_rows(database: Database, admin: StaffUser, event_id: int, day: date) -> None:
    """What an earlier version let through: a visitor «hired», and one hire recorded again on a
    second record of the same person, merged into the first afterwards."""
    with database.unit_of_work(admin) as session:
        hire = session.scalars(
            select(Outcome)
            .join(Registration, Registration.id == Outcome.registration_id)
            .where(Registration.event_id == event_id, Outcome.status == HIRED)
        ).first()
        assert hire is not None
        hired = session.get(Registration, hire.registration_id)
        visitor = registrations.register(
            session,
            admin,
            event_id,
            make_person(session, admin, "Iván", "Visita"),
            RegistrationRole.VISITOR,
        )
        twin_person = make_person(session, admin, "Otro", "Registro")
        twin = registrations.register(session, admin, event_id, twin_person)
        for registration in (visitor, twin):
            session.add(
                Outcome(
                    registration_id=registration.id,
                    vacancy_id=hire.vacancy_id,
                    employer_id=hire.employer_id,
                    status=HIRED,
                    occurred_on=day,
                )
            )
        session.flush()
        session.get(Person, twin_person).merged_into_id = hired.person_id


def test_the_tab_counts_what_the_fair_report_counts_on_the_demo(
    qtbot, database: Database, admin: StaffUser, demo_day: date
) -> None:
    with database.sessions() as session:
        fairs_with_outcomes = sorted(
            set(
                session.scalars(
                    select(Registration.event_id).join(
                        Outcome, Outcome.registration_id == Registration.id
                    )
                )
            )
        )
    assert len(fairs_with_outcomes) == 2
    _legacy_rows(database, admin, fairs_with_outcomes[0], demo_day)
    tab = OutcomesTab(database, admin, None)
    _show(qtbot, tab)
    words = Words("es")
    for event_id in fairs_with_outcomes:
        tab.set_event(event_id)
        with database.sessions() as session:
            summary = fair_summary(session, event_id)
        report = fair_report(summary, words, generated_at=datetime(2026, 6, 10), generated_by="x")
        table = report.table("outcomes")
        assert table.columns == ("Resultado", "Personas", "Registros")
        reported = {row[0]: (row[1], row[2]) for row in table.rows}
        shown = {
            status_name(words, s): (count.people, count.records) for s, count in tab.counts.items()
        }
        assert shown == reported, event_id
        listed = [
            (tab.outcomes_table.item(r, 0).text(), tab.outcomes_table.item(r, 1).text())
            for r in range(tab.outcomes_table.rowCount())
        ]
        for status in OutcomeStatus:
            people, records = reported[status_name(words, status)]
            name = outcomes.STATUS_NAMES[status]
            rows = [person for person, result in listed if result == name]
            counted = [person for person in rows if not person.endswith("(visitante)")]
            assert len(counted) == records
            assert f"{name}: {tab.tr('%Ln person(s)', '', people)}" in tab.totals_label.text()
        figure = next(f for f in report.figures if f.label == "Personas contratadas")
        assert figure.value == str(reported["Contratados/as"][0])
        if event_id == fairs_with_outcomes[0]:  # the two rows let through before
            hires = [person for person, result in listed if result == "Contratado/a"]
            assert "Iván Visita (visitante)" in hires and "Otro Registro" in hires
            assert reported["Contratados/as"][1] == reported["Contratados/as"][0] + 1
