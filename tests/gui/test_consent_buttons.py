"""The consent buttons, clicked: withdrawing on the person form (the question answered) and
giving consent again (the consent dialog), each recorded and shown on the form and in the
history; registering a selection for a fair, which leaves out who withdrew; and the call list
of follow-ups, which offers no phone of who said no to contact."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QMessageBox,
    QPlainTextEdit,
)

from coworking import clock
from coworking.core import consents, outcomes, people, registrations
from coworking.db.database import Database
from coworking.db.enums import OutcomeStatus
from coworking.db.models import Person, Registration, StaffUser
from coworking.gui.consent_dialog import ConsentDialog
from coworking.gui.outcomes_tab import OutcomesTab
from coworking.gui.person_form import PersonDialog
from coworking.gui.register_people_dialog import RegisterPeopleDialog
from tests.fair_data import build_fair, make_person
from tests.gui.modal import when_modal

CONTACT_ONLY = "Solo contacto"
EVERYTHING = "Todo"


def _person(database: Database, admin: StaffUser) -> int:
    with database.unit_of_work(admin) as session:
        return people.create_person(
            session,
            admin,
            people.PersonInput("Génesis", "Quintero", phone="0998887766"),
            list(consents.PURPOSES),
        ).id


def _history(dialog: PersonDialog) -> list[tuple[str, str]]:
    table = dialog.history
    return [
        (table.item(row, 1).text(), table.item(row, 2).text()) for row in range(table.rowCount())
    ]


def _answer(text: str, asked: list[list[str]]):
    """Press the question's button ``text``, noting the buttons it offered."""

    def press(box: QMessageBox) -> None:
        asked.append([button.text() for button in box.buttons()])
        next(button for button in box.buttons() if button.text() == text).click()

    return press


def _purposes(database: Database, person_id: int) -> set[str]:
    with database.sessions() as session:
        return consents.active_purposes(session, person_id)


def test_withdraw_button_asks_and_withdraws_what_the_person_says(
    qtbot, database: Database, admin: StaffUser
) -> None:
    person_id = _person(database, admin)
    dialog = PersonDialog(database, admin, person_id)
    qtbot.addWidget(dialog)
    dialog.show()
    ui = dialog.ui
    asked: list[list[str]] = []
    when_modal(_answer(CONTACT_ONLY, asked))
    qtbot.mouseClick(ui.consentTextButton, Qt.MouseButton.LeftButton)
    assert set(asked[0]) == {
        "Solo estadísticas",
        CONTACT_ONLY,
        "Solo estadísticas y contacto",
        EVERYTHING,
        "Cancelar",
    }
    assert _purposes(database, person_id) == {"registro", "estadisticas"}
    assert ui.purposeRegistration.isChecked() and ui.purposeStatistics.isChecked()
    assert not ui.purposeContact.isChecked()
    assert (
        "Consentimiento 2026-01 retirado en parte: contacto sobre empleo y actividades",
        "admin",
    ) in _history(dialog)

    when_modal(_answer(EVERYTHING, asked))
    ui.consentTextButton.click()
    assert CONTACT_ONLY not in asked[1]  # only what the person still consents to
    assert _purposes(database, person_id) == set()
    assert not ui.purposeRegistration.isChecked()
    assert not ui.consentTextButton.isEnabled()  # nothing left to withdraw
    assert ("Consentimiento 2026-01 retirado", "admin") in _history(dialog)
    assert dialog.give_consent_button.isEnabled()
    cancel = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Cancel)
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)  # recorded already: nothing to save
    assert _purposes(database, person_id) == set()


def test_a_cancelled_question_withdraws_nothing(
    qtbot, database: Database, admin: StaffUser
) -> None:
    person_id = _person(database, admin)
    dialog = PersonDialog(database, admin, person_id)
    qtbot.addWidget(dialog)
    dialog.show()
    when_modal(lambda box: box.button(QMessageBox.StandardButton.Cancel).click())
    qtbot.mouseClick(dialog.ui.consentTextButton, Qt.MouseButton.LeftButton)
    assert _purposes(database, person_id) == set(consents.PURPOSES)


def test_consent_given_again_through_the_dialog(
    qtbot, database: Database, admin: StaffUser, front_desk: StaffUser
) -> None:
    person_id = _person(database, admin)
    with database.unit_of_work(admin) as session:
        consents.withdraw_consent(session, admin, person_id, ["registro"])
    dialog = PersonDialog(database, front_desk, person_id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.ui.purposeRegistration.isChecked()
    shown: dict[str, object] = {}

    def give(consent: ConsentDialog) -> None:
        shown["version"] = consent.version_label.text()
        shown["now"] = consent.current_label.text()
        shown["registration"] = (consent.registration.isChecked(), consent.registration.isEnabled())
        consent.statistics.setChecked(True)
        qtbot.mouseClick(consent.record_button, Qt.MouseButton.LeftButton)

    when_modal(give)
    qtbot.mouseClick(dialog.give_consent_button, Qt.MouseButton.LeftButton)
    assert shown == {
        "version": "Texto del consentimiento: versión 2026-01",
        "now": "Ahora: sin consentimiento vigente.",
        "registration": (True, False),  # required: always part of it
    }
    assert _purposes(database, person_id) == {"registro", "estadisticas"}
    ui = dialog.ui
    assert ui.purposeRegistration.isChecked() and ui.purposeStatistics.isChecked()
    assert not ui.purposeContact.isChecked() and ui.consentTextButton.isEnabled()
    assert _history(dialog)[0] == (
        "Consentimiento 2026-01: registro y servicios, estadísticas",
        front_desk.username,
    )


def test_the_consent_dialog_shows_the_current_consent_and_the_text_to_read_or_print(
    qtbot, database: Database, admin: StaffUser, tmp_path: Path, monkeypatch
) -> None:
    person_id = _person(database, admin)
    with database.unit_of_work(admin) as session:
        consents.withdraw_consent(session, admin, person_id, ["estadisticas"])
    consent = ConsentDialog(database, admin, person_id)
    qtbot.addWidget(consent)
    consent.show()
    assert consent.current_label.text() == (
        "Ahora: versión 2026-01, para registro y servicios, contacto."
    )
    assert consent.contact.isChecked() and not consent.statistics.isChecked()
    targets = iter([tmp_path / "leido.pdf", tmp_path / "firmar.pdf"])
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *args: (str(next(targets)), ""))
    )
    read: list[str] = []

    def read_text(text_dialog: QDialog) -> None:
        read.append(text_dialog.findChild(QPlainTextEdit).toPlainText())
        buttons = text_dialog.findChild(QDialogButtonBox)
        pdf = next(b for b in buttons.buttons() if b.text() == "Guardar como &PDF para imprimir…")
        qtbot.mouseClick(pdf, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(
            buttons.button(QDialogButtonBox.StandardButton.Close), Qt.MouseButton.LeftButton
        )

    when_modal(read_text)
    qtbot.mouseClick(consent.text_button, Qt.MouseButton.LeftButton)
    assert "Versión 2026-01 · Coworking Manta" in read[0]
    assert "Puede decir que no a los usos 2 y 3" in read[0]
    qtbot.mouseClick(consent.pdf_button, Qt.MouseButton.LeftButton)
    for name in ("leido.pdf", "firmar.pdf"):
        assert (tmp_path / name).read_bytes().startswith(b"%PDF")
    cancel = consent.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Cancel)
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    assert consent.result() == QDialog.DialogCode.Rejected
    assert _purposes(database, person_id) == {"registro", "contacto"}  # nothing recorded


def test_registering_a_selection_leaves_out_who_withdrew_and_says_so(
    qtbot, database: Database, admin: StaffUser
) -> None:
    fair = build_fair(database, admin, candidates=0)
    with database.unit_of_work(admin) as session:
        withdrew = make_person(session, admin, "Yorgelis", "Rondón Peña")
        consents.withdraw_consent(session, admin, withdrew, ["registro"])
    dialog = RegisterPeopleDialog(database, admin, fair.event_id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.search_now()
    dialog.select_people([fair.unregistered_person_id, withdrew])
    qtbot.mouseClick(dialog.register_button, Qt.MouseButton.LeftButton)
    feedback = dialog.feedback.text()
    assert "Walter Sin Inscripción" in feedback
    assert "sin consentimiento vigente para el registro y los servicios" in feedback
    assert feedback.endswith("Yorgelis Rondón Peña")
    with database.sessions() as session:
        registered = {
            row.person_id for row in registrations.registration_rows(session, fair.event_id)
        }
    assert fair.unregistered_person_id in registered and withdrew not in registered
    close = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Close)
    qtbot.mouseClick(close, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()


def test_the_follow_up_list_offers_no_phone_of_who_said_no_to_contact(
    qtbot, database: Database, admin: StaffUser
) -> None:
    fair = build_fair(database, admin, candidates=2, held_on=clock.today() - timedelta(days=60))
    with database.unit_of_work(admin) as session:
        for registration_id in fair.registration_ids:
            registration = session.get(Registration, registration_id)
            session.get(Person, registration.person_id).phone = "+593991234567"
            outcomes.record(
                session,
                admin,
                outcomes.OutcomeInput(
                    registration_id,
                    OutcomeStatus.HIRED,
                    clock.today() - timedelta(days=40),
                    vacancy_id=fair.vacancy_ids[0],
                ),
            )
        said_yes, said_no = (
            session.get(Registration, registration_id).person_id
            for registration_id in fair.registration_ids
        )
        consents.give_consent(session, admin, said_yes, consents.PURPOSES)
        consents.give_consent(session, admin, said_no, ["registro", "estadisticas"])
    tab = OutcomesTab(database, admin, fair.event_id)
    qtbot.addWidget(tab)
    tab.show()
    table = tab.follow_ups_table
    phones = sorted(table.item(row, 1).text() for row in range(table.rowCount()))
    assert phones == ["+593991234567", "No contactar"]
