"""Job fair screens: the booth station, the paper sign-in ticks and the outcomes tab."""

from __future__ import annotations

import os
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from sqlalchemy import select

from coworking import clock
from coworking.core import checkin, outcomes
from coworking.db.database import Database
from coworking.db.enums import CheckInResult, InteractionKind, OutcomeStatus
from coworking.db.models import CheckIn, Interaction, Outcome, Registration, StaffUser
from coworking.gui.booth_station import BoothStation
from coworking.gui.outcome_dialog import OutcomeDialog
from coworking.gui.outcomes_tab import OutcomesTab
from coworking.gui.paper_ticks_dialog import TICK, PaperTicksDialog, arrival_utc
from tests.fair_data import build_fair
from tests.gui.modal import when_modal

pytestmark = pytest.mark.date_sensitive

FAIR_DAY = date(2026, 12, 3)


def _shot(widget: QWidget, name: str) -> None:
    """Save a picture of ``widget`` when COWORKING_SHOTS names a folder (to look at it)."""
    folder = os.environ.get("COWORKING_SHOTS")
    if folder:
        QApplication.processEvents()
        widget.grab().save(str(Path(folder) / f"{name}.png"))


def _show(qtbot, widget: QWidget, size=(1280, 800)) -> None:
    qtbot.addWidget(widget)
    widget.resize(*size)
    widget.show()
    widget.activateWindow()
    qtbot.waitExposed(widget)
    qtbot.waitUntil(widget.isActiveWindow)


def _key(key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """Press ``key`` where the keyboard focus is, as a person would."""
    QTest.keyClick(QApplication.focusWidget(), key, modifier)


def _interactions(database: Database) -> list[Interaction]:
    with database.sessions() as session:
        return list(session.scalars(select(Interaction).order_by(Interaction.id)))


# --- booth station --------------------------------------------------------------------------


def _scan(station: BoothStation, typist, code: str) -> None:
    station.scan_field.setFocus()
    station.scan_field.clear()
    typist(station.scan_field, code)
    QTest.keyClick(station.scan_field, Qt.Key.Key_Return)
    for _ in range(100):  # back from a question, if one was asked
        if station.isActiveWindow():
            break
        QTest.qWait(10)


def test_booth_records_an_interview_from_the_keyboard(
    qtbot, database: Database, admin: StaffUser, typist
) -> None:
    fair = build_fair(database, admin)
    station = BoothStation(database, admin, fair.event_id, fair.employer_ids[0])
    _show(qtbot, station)
    assert station.scan_field.hasFocus()
    assert not station.form.isVisible()
    _shot(station, "booth-empty")

    _scan(station, typist, fair.codes[1].lower())  # typed from the badge, in lower case
    assert station.form.isVisible()
    assert station.candidate_label.text() == "Luis Ángel Pérez Ibáñez"
    assert station.form.isAncestorOf(QApplication.focusWidget())

    _key(Qt.Key.Key_2)  # interview
    assert station.kind() == InteractionKind.INTERVIEW
    _key(Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is station.vacancy_combo
    _key(Qt.Key.Key_Down)
    assert station.vacancy_combo.currentData() == fair.vacancy_ids[0]
    _key(Qt.Key.Key_Tab)
    assert station.next_step_combo.isAncestorOf(QApplication.focusWidget())
    typist(QApplication.focusWidget(), "Prueba técnica")
    _key(Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is station.rating
    _key(Qt.Key.Key_4)  # the stars take the digit, not the kind shortcut
    assert station.rating.value() == 4 and station.kind() == InteractionKind.INTERVIEW
    _key(Qt.Key.Key_Tab)
    typist(QApplication.focusWidget(), "Maneja montacargas; disponible desde el lunes")
    assert station.is_dirty()
    _shot(station, "booth-form")

    _key(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    [saved] = _interactions(database)
    assert saved.registration_id == fair.registration_ids[1]
    assert saved.employer_id == fair.employer_ids[0]
    assert saved.kind == InteractionKind.INTERVIEW
    assert saved.vacancy_id == fair.vacancy_ids[0]
    assert saved.next_step == "Prueba técnica"
    assert saved.rating == 4
    assert saved.notes == "Maneja montacargas; disponible desde el lunes"
    assert saved.recorded_by_id == admin.id
    # Ready for the next badge: form cleared and closed, focus back on the scan field.
    assert not station.form.isVisible() and station.candidate is None
    assert station.scan_field.hasFocus() and station.scan_field.text() == ""
    assert station.saved_label.isVisible() and "Luis Ángel" in station.saved_label.text()
    assert station.table.rowCount() == 1
    assert station.table.item(0, 1).text() == "Luis Ángel Pérez Ibáñez"
    assert station.table.item(0, 5).text() == "★★★★☆"
    _shot(station, "booth-saved")

    # The next one opens with the defaults again.
    _scan(station, typist, fair.codes[2])
    assert station.kind() == InteractionKind.BOOTH_VISIT
    assert station.vacancy_combo.currentData() is None and station.rating.value() is None
    assert not station.is_dirty()


def test_booth_bad_badges_are_explained_inline(
    qtbot, database: Database, admin: StaffUser, typist
) -> None:
    fair = build_fair(database, admin)
    station = BoothStation(database, admin, fair.event_id, fair.employer_ids[1])
    _show(qtbot, station)
    code = fair.codes[0]
    typo = code[:3] + ("X" if code[3] != "X" else "Y") + code[4:]

    _scan(station, typist, typo)
    assert station.scan_error.isVisible()
    assert "no es un código de credencial válido" in station.scan_error.text()
    assert QApplication.activeModalWidget() is None  # inline, no dialog to dismiss
    assert station.candidate is None and not station.form.isVisible()
    assert station.scan_field.hasFocus() and station.scan_field.selectedText() == typo
    _shot(station, "booth-error")

    _scan(station, typist, fair.rep_code)  # an employer's badge is not a candidate
    assert station.scan_error.isVisible() and "Roberto Intriago Mero" in station.scan_error.text()
    assert station.candidate is None

    _scan(station, typist, code)  # a good scan clears the error
    assert not station.scan_error.isVisible() and station.candidate is not None
    assert _interactions(database) == []


def test_booth_asks_before_a_new_scan_replaces_a_half_filled_form(
    qtbot, database: Database, admin: StaffUser, typist
) -> None:
    fair = build_fair(database, admin)
    station = BoothStation(database, admin, fair.event_id, fair.employer_ids[0])
    _show(qtbot, station)
    asked: list[str] = []

    def answer(button: QMessageBox.StandardButton):
        def act(box: QMessageBox) -> None:
            asked.append(box.text())
            box.button(button).click()

        return act

    # A clean form is simply replaced: nothing was typed into it.
    _scan(station, typist, fair.codes[0])
    _scan(station, typist, fair.codes[3])
    assert asked == [] and station.candidate.registration_id == fair.registration_ids[3]

    _key(Qt.Key.Key_3)  # CV received: now the form holds something
    assert station.is_dirty()
    when_modal(answer(QMessageBox.StandardButton.Cancel))
    _scan(station, typist, fair.codes[4])
    assert len(asked) == 1 and "Yorgelis Rodríguez Peña" in asked[0]
    assert station.candidate.registration_id == fair.registration_ids[3]  # kept as it was
    assert station.kind() == InteractionKind.CV_RECEIVED
    assert _interactions(database) == []

    when_modal(answer(QMessageBox.StandardButton.Save))
    _scan(station, typist, fair.codes[4])
    assert len(asked) == 2
    [saved] = _interactions(database)
    assert saved.registration_id == fair.registration_ids[3]
    assert saved.kind == InteractionKind.CV_RECEIVED
    assert station.candidate.registration_id == fair.registration_ids[4]
    assert not station.is_dirty()

    _key(Qt.Key.Key_2)
    when_modal(answer(QMessageBox.StandardButton.Discard))
    _scan(station, typist, fair.codes[0])
    assert len(asked) == 3
    assert len(_interactions(database)) == 1  # discarded, as asked
    assert station.candidate.registration_id == fair.registration_ids[0]
    assert station.kind() == InteractionKind.BOOTH_VISIT


# --- paper sign-in ticks --------------------------------------------------------------------


def _proxy_row(dialog: PaperTicksDialog, registration_id: int) -> int:
    for row in range(dialog.proxy.rowCount()):
        if dialog.proxy.index(row, TICK).data(Qt.ItemDataRole.UserRole + 1) == registration_id:
            return row
    raise AssertionError(f"registration {registration_id} is not listed")


def test_paper_ticks_are_entered_once_with_their_time(
    qtbot, database: Database, admin: StaffUser, front_desk: StaffUser, typist
) -> None:
    fair = build_fair(database, admin)
    nunez, perez, alvarez, rodriguez, vera = fair.registration_ids
    with database.unit_of_work(admin) as session:
        checkin.admit(session, fair.event_id, nunez, "Puerta 1", admin)

    dialog = PaperTicksDialog(database, front_desk, fair.event_id)
    _show(qtbot, dialog, (1040, 700))
    assert dialog.time_edit.time() == QTime(9, 0)
    assert not dialog.day_edit.isVisible()  # a one-day fair
    assert dialog.model.rowCount() == 6
    assert dialog.model.item(0, 2).text() == "Álvarez Mendoza, Ana Lucía"  # alphabetical
    already = _proxy_row(dialog, nunez)
    dialog.toggle(already)  # people already in cannot be ticked again
    assert dialog.ticked() == []
    assert "1 ya dentro" in dialog.count_label.text()

    typist(dialog.entrance_edit, "Puerta norte")
    dialog.time_edit.setTime(QTime(9, 40))
    dialog.filter_edit.setFocus()
    typist(dialog.filter_edit, "perez")
    assert dialog.proxy.rowCount() == 1
    QTest.keyClick(dialog.filter_edit, Qt.Key.Key_Return)  # the only match is ticked
    assert dialog.ticked() == [(perez, QTime(9, 40))]

    dialog.time_edit.setTime(QTime(10, 5))
    dialog.filter_edit.clear()
    typist(dialog.filter_edit, fair.codes[4][:5])  # by badge code
    QTest.keyClick(dialog.filter_edit, Qt.Key.Key_Down)
    assert dialog.table.hasFocus()
    QTest.keyClick(dialog.table, Qt.Key.Key_Space)
    dialog.filter_edit.clear()
    dialog.table.setFocus()
    dialog.table.selectRow(_proxy_row(dialog, rodriguez))
    QTest.keyClick(dialog.table, Qt.Key.Key_Space)
    QTest.keyClick(dialog.table, Qt.Key.Key_Space)  # Space again takes the tick back
    QTest.keyClick(dialog.table, Qt.Key.Key_Space)
    assert sorted(dialog.ticked()) == sorted(
        [(perez, QTime(9, 40)), (vera, QTime(10, 5)), (rodriguez, QTime(10, 5))]
    )
    assert "3 marcadas" in dialog.count_label.text()
    _shot(dialog, "ticks-list")

    # Meanwhile a door station admits Rodríguez: the paper tick must not count her twice.
    with database.unit_of_work(admin) as session:
        checkin.admit(session, fair.event_id, rodriguez, "Puerta 2", admin)
    QTest.keyClick(dialog.filter_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    result = dialog.result_counts
    assert result is not None and (result.entered, result.already_in) == (2, 1)
    assert dialog.result_label.isVisible() and "2" in dialog.result_label.text()
    assert dialog.ticked() == []  # reloaded: the entered people are now shown as in
    assert "4 ya dentro" in dialog.count_label.text()
    _shot(dialog, "ticks-saved")

    with database.sessions() as session:
        paper = session.execute(
            select(CheckIn.registration_id, CheckIn.result, CheckIn.station, CheckIn.scanned_at)
            .where(CheckIn.raw_input == "hoja de papel")
            .order_by(CheckIn.registration_id)
        ).all()
        admitted = {
            r.id: r.checked_in_at
            for r in session.scalars(select(Registration).where(Registration.id.in_([perez, vera])))
        }
    by_registration = {row.registration_id: row for row in paper}
    assert set(by_registration) == {perez, vera, rodriguez}
    assert all(row.station == "Hoja de papel — Puerta norte" for row in paper)
    assert by_registration[perez].result == CheckInResult.OK
    assert by_registration[perez].scanned_at == arrival_utc(FAIR_DAY, QTime(9, 40))
    assert arrival_utc(FAIR_DAY, QTime(9, 40)).hour == 14  # 09:40 in Ecuador is 14:40 UTC
    assert admitted[perez] == arrival_utc(FAIR_DAY, QTime(9, 40))
    assert admitted[vera] == arrival_utc(FAIR_DAY, QTime(10, 5))
    assert by_registration[rodriguez].result == CheckInResult.DUPLICATE
    with database.sessions() as session:
        oks = session.scalars(
            select(CheckIn).where(
                CheckIn.registration_id == rodriguez, CheckIn.result == CheckInResult.OK
            )
        ).all()
    assert [row.station for row in oks] == ["Puerta 2"]  # one admission, not two


def test_paper_ticks_closing_with_unsaved_ticks_asks(
    qtbot, database: Database, admin: StaffUser
) -> None:
    fair = build_fair(database, admin)
    dialog = PaperTicksDialog(database, admin, fair.event_id)
    _show(qtbot, dialog, (1040, 700))
    dialog.toggle(0)
    when_modal(lambda box: box.button(QMessageBox.StandardButton.Cancel).click())
    dialog.reject()
    assert dialog.isVisible() and len(dialog.ticked()) == 1


# --- outcomes -------------------------------------------------------------------------------


def test_hire_brings_both_follow_ups_and_marking_one_done_removes_it(
    qtbot, database: Database, admin: StaffUser, typist
) -> None:
    fair = build_fair(database, admin, held_on=clock.today() - timedelta(days=120))
    tab = OutcomesTab(database, admin, fair.event_id)
    _show(qtbot, tab, (1100, 700))
    assert tab.outcomes_table.rowCount() == 0 and tab.follow_ups_table.rowCount() == 0
    hired_on = clock.today() - timedelta(days=95)
    seen: dict[str, object] = {}

    def fill(dialog: OutcomeDialog) -> None:
        dialog.search_edit.setFocus()
        typist(dialog.search_edit, "vera ced")
        visible = [
            dialog.candidate_list.item(i)
            for i in range(dialog.candidate_list.count())
            if not dialog.candidate_list.item(i).isHidden()
        ]
        seen["visible"] = [item.text().split("   ")[0] for item in visible]
        dialog.status_combo.setCurrentIndex(dialog.status_combo.findData(OutcomeStatus.HIRED))
        dialog.date_edit.setDate(QDate(hired_on))
        dialog.save()  # no vacancy yet: a hire needs one
        seen["vacancy_error"] = dialog.vacancy_error.isVisible() and dialog.vacancy_error.text()
        seen["still_open"] = dialog.isVisible()
        dialog.vacancy_combo.setCurrentIndex(dialog.vacancy_combo.findData(fair.vacancy_ids[1]))
        typist(dialog.notes_edit, "Camarera de pisos, turno mañana")
        _shot(dialog, "outcomes-dialog")
        dialog.save()

    when_modal(fill)
    tab.record_button.click()
    assert seen["visible"] == ["Vera Cedeño, Carlos"]
    assert seen["vacancy_error"] and seen["still_open"]
    with database.sessions() as session:
        [outcome] = session.scalars(select(Outcome)).all()
    assert outcome.status == OutcomeStatus.HIRED and outcome.occurred_on == hired_on
    assert outcome.vacancy_id == fair.vacancy_ids[1]
    assert outcome.employer_id == fair.employer_ids[1]
    assert outcome.registration_id == fair.registration_ids[4]
    assert outcome.notes == "Camarera de pisos, turno mañana"

    assert tab.outcomes_table.rowCount() == 1
    assert tab.outcomes_table.item(0, 1).text() == "Contratado/a"
    table = tab.follow_ups_table
    assert table.rowCount() == 2
    assert [table.item(r, 5).text() for r in range(2)] == [
        "30 días",
        "90 días",
    ]
    assert table.item(0, 0).text() == "Carlos Vera Cedeño"
    assert table.item(0, 2).text() == "Hotel Oro Verde Manta"
    assert table.item(0, 4).text() == hired_on.strftime("%d/%m/%Y")
    assert table.item(1, 6).text() == (hired_on + timedelta(days=90)).strftime("%d/%m/%Y")
    _shot(tab, "outcomes-tab")

    assert not tab.done_button.isEnabled()
    table.selectRow(0)
    assert tab.done_button.isEnabled()
    tab.done_button.click()
    assert table.rowCount() == 1
    assert table.item(0, 5).text() == "90 días"
    with database.sessions() as session:
        done = session.get(Outcome, outcome.id)
        assert done.followed_up_30_on == clock.today() and done.followed_up_90_on is None
    _shot(tab, "outcomes-after-done")


def test_front_desk_sees_outcomes_read_only(
    qtbot, database: Database, admin: StaffUser, front_desk: StaffUser
) -> None:
    fair = build_fair(database, admin, held_on=clock.today() - timedelta(days=60))
    with database.unit_of_work(admin) as session:
        outcomes.record(
            session,
            admin,
            outcomes.OutcomeInput(
                fair.registration_ids[0],
                OutcomeStatus.HIRED,
                clock.today() - timedelta(days=40),
                vacancy_id=fair.vacancy_ids[0],
            ),
        )
    tab = OutcomesTab(database, front_desk, None)
    _show(qtbot, tab, (1100, 700))
    assert tab.outcomes_table.rowCount() == 0
    tab.set_event(fair.event_id)
    assert tab.outcomes_table.rowCount() == 1 and tab.follow_ups_table.rowCount() == 1
    assert not tab.record_button.isVisible() and not tab.done_button.isVisible()
    tab.follow_ups_table.selectRow(0)
    assert tab.mark_done() is False
    tab.record_outcome()
    assert QApplication.activeModalWidget() is None
    _shot(tab, "outcomes-front-desk")
