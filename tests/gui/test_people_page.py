"""Personas: search as you type over a SQL-backed list, and the registration form."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import func, select

from coworking.core import people
from coworking.core.demo import generate
from coworking.db.database import Database
from coworking.db.enums import DocumentType
from coworking.db.models import ConsentRecord, EntrepreneurProfile, Person, StaffUser
from coworking.gui.duplicates_dialog import DuplicatesDialog
from coworking.gui.merge_dialog import MergeDialog
from coworking.gui.pages.people import PeoplePage
from coworking.gui.people_model import PAGE
from coworking.gui.person_form import PersonDialog
from tests.gui.modal import when_modal

CEDULA = "1710034065"


def _count(database: Database) -> int:
    with database.sessions() as session:
        return session.scalar(select(func.count()).select_from(Person)) or 0


def _fill(
    dialog: PersonDialog,
    typist,
    given="José Ángel",
    family="Núñez Peña",
    number=CEDULA,
    phone="0991234567",
) -> None:
    ui = dialog.ui
    typist(ui.givenNamesEdit, given)
    typist(ui.familyNamesEdit, family)
    ui.documentNumberEdit.setText(number)
    ui.birthDateEdit.setText("04/03/1990")
    ui.phoneEdit.setText(phone)


def test_list_pages_through_sql_and_filters_as_you_type(qtbot, database, admin, typist):
    with database.unit_of_work(admin) as session:
        generate(session, people=300, seed=1)
        target = people.search(session, "", limit=200)[123]
    page = PeoplePage(database, admin)
    qtbot.addWidget(page)
    model = page.model
    assert model.rowCount() == PAGE and model.total == 300 and model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 2 * PAGE
    assert "300" in page.count_label.text()
    words = f"{target.family_names.split()[0]} {target.given_names.split()[0]}"
    typist(page.search, words.lower())
    qtbot.waitUntil(lambda: model.total < 300, timeout=3000)
    ids = [model.person_id(row) for row in range(model.rowCount())]
    assert target.id in ids
    assert all(model.data(model.index(row, 0)) for row in range(model.rowCount()))


def test_invalid_cedula_is_shown_beside_the_field_and_nothing_is_saved(
    qtbot, database, admin, typist
):
    dialog = PersonDialog(database, admin)
    qtbot.addWidget(dialog)
    _fill(dialog, typist, number="1710034066")
    assert dialog.save() is False
    error = dialog.ui.documentNumberEditError
    assert error.isVisibleTo(dialog) and "cédula no es válida" in error.text()
    assert _count(database) == 0


def test_a_valid_person_is_saved_with_consent_and_profile(qtbot, database, admin, typist):
    dialog = PersonDialog(database, admin)
    qtbot.addWidget(dialog)
    _fill(dialog, typist)
    dialog.ui.purposeContact.setChecked(True)
    dialog.ui.businessGroup.setChecked(True)
    dialog.ui.businessNameEdit.setText("Arepas Doña Rosa")
    assert dialog.save() is True
    with database.sessions() as session:
        person = session.get(Person, dialog.saved_id)
        assert (person.given_names, person.phone) == ("José Ángel", "+593991234567")
        consent = session.scalar(select(ConsentRecord))
        assert consent.purposes == ["contacto", "registro"]
        assert session.scalar(select(EntrepreneurProfile.business_name)) == "Arepas Doña Rosa"
        assert person.member_code


def test_same_document_offers_to_open_the_existing_record(qtbot, database, admin, typist):
    with database.unit_of_work(admin) as session:
        existing = people.create_person(
            session,
            admin,
            people.PersonInput("José", "Núñez", DocumentType.CEDULA, CEDULA),
            ["registro"],
        )
    dialog = PersonDialog(database, admin)
    qtbot.addWidget(dialog)
    _fill(dialog, typist, given="Otra", family="Persona", phone="")

    def open_existing(box: QMessageBox) -> None:
        assert "Ya está registrada" in box.text()
        box.buttons()[0].click()

    when_modal(open_existing)
    assert dialog.save() is False
    assert dialog.open_person == existing.id and _count(database) == 1


def test_likely_duplicate_can_be_confirmed_as_another_person(qtbot, database, admin, typist):
    with database.unit_of_work(admin) as session:
        people.create_person(
            session, admin, people.PersonInput("Rosa", "Loor", phone="0991234567"), ["registro"]
        )
    dialog = PersonDialog(database, admin)
    qtbot.addWidget(dialog)
    _fill(dialog, typist, given="Rosa María", family="Loor Vélez", number="")
    dialog.ui.documentTypeCombo.setCurrentIndex(
        dialog.ui.documentTypeCombo.findData(DocumentType.NONE)
    )

    def another_person(duplicates: DuplicatesDialog) -> None:
        assert "mismo teléfono" in duplicates.list.item(0).text()
        duplicates.other_button.click()

    when_modal(another_person)
    assert dialog.save() is True
    assert _count(database) == 2


def test_front_desk_does_not_see_sensitive_fields(qtbot, database, admin, front_desk: StaffUser):
    dialog = PersonDialog(database, front_desk)
    qtbot.addWidget(dialog)
    layout = dialog.ui.identityGroupLayout
    for widget in (
        dialog.ui.populationGroupCombo,
        dialog.ui.disabilityEdit,
        dialog.ui.documentNumberEdit,
    ):
        assert not layout.isRowVisible(dialog._row_of(widget))
    assert layout.isRowVisible(dialog._row_of(dialog.ui.givenNamesEdit))
    admin_dialog = PersonDialog(database, admin)
    qtbot.addWidget(admin_dialog)
    assert admin_dialog.ui.identityGroupLayout.isRowVisible(
        admin_dialog._row_of(admin_dialog.ui.populationGroupCombo)
    )


def test_front_desk_saves_without_a_document_and_no_error_sits_loose(
    qtbot, database, admin, front_desk: StaffUser, typist
):
    dialog = PersonDialog(database, front_desk)
    qtbot.addWidget(dialog)
    dialog.show()
    ui = dialog.ui
    # An error for a field the role does not see is not drawn (it would float over «Identidad»).
    assert dialog.errors.show({"document_number": "Escriba el número."}) is False
    assert not ui.documentNumberEditError.isVisibleTo(dialog)
    typist(ui.givenNamesEdit, "Yuleisy")
    typist(ui.familyNamesEdit, "Rondón")
    assert dialog.save() is True
    with database.sessions() as session:
        person = session.get(Person, dialog.saved_id)
        assert (person.document_type, person.document_number) == (DocumentType.NONE, None)


def test_edit_shows_history_and_withdraws_consent(qtbot, database, admin, typist):
    with database.unit_of_work(admin) as session:
        person = people.create_person(
            session,
            admin,
            people.PersonInput("Génesis", "Quintero", phone="0998887766"),
            list(people.PURPOSES),
        )
    dialog = PersonDialog(database, admin, person.id)
    qtbot.addWidget(dialog)
    assert dialog.ui.givenNamesEdit.text() == "Génesis"
    assert dialog.ui.purposeStatistics.isChecked()
    texts = [dialog.history.item(r, 1).text() for r in range(dialog.history.rowCount())]
    assert "Registro creado" in texts
    assert dialog.withdraw_consent(["estadisticas", "contacto"])
    assert not dialog.ui.purposeStatistics.isChecked()
    assert dialog.ui.purposeRegistration.isChecked()
    texts = [dialog.history.item(r, 1).text() for r in range(dialog.history.rowCount())]
    withdrawn = "Consentimiento 2026-01 retirado en parte: estadísticas, contacto sobre empleo"
    assert f"{withdrawn} y actividades" in texts
    with database.sessions() as session:
        assert people.active_purposes(session, person.id) == {"registro"}


def test_coordinator_merges_two_selected_records(qtbot, database, admin):
    with database.unit_of_work(admin) as session:
        first = people.create_person(
            session, admin, people.PersonInput("José", "Núñez", phone="0991234567"), ["registro"]
        )
        people.create_person(
            session,
            admin,
            people.PersonInput("Jose", "Nunez", email="jose@correo.ec"),
            ["registro"],
            not_duplicate_of=frozenset({first.id}),
        )
    page = PeoplePage(database, admin)
    qtbot.addWidget(page)
    assert page.merge_button.isVisibleTo(page)
    page.table.selectAll()

    def merge_as_offered(dialog: MergeDialog) -> None:  # the first kept, the defaults
        when_modal(lambda box: box.button(QMessageBox.StandardButton.Yes).click())
        dialog.merge_button.click()

    when_modal(merge_as_offered)
    qtbot.mouseClick(page.merge_button, Qt.MouseButton.LeftButton)
    assert page.model.total == 1
    with database.sessions() as session:
        kept = session.get(Person, page.model.person_id(0))
        assert kept.email == "jose@correo.ec" and kept.phone == "+593991234567"


def test_merge_asks_for_exactly_two_records(qtbot, database, admin):
    with database.unit_of_work(admin) as session:
        people.create_person(session, admin, people.PersonInput("José", "Núñez"), ["registro"])
    page = PeoplePage(database, admin)
    qtbot.addWidget(page)
    page.table.selectRow(0)
    told: list[str] = []

    def read(box: QMessageBox) -> None:
        told.append(box.text())
        box.accept()

    when_modal(read)
    qtbot.mouseClick(page.merge_button, Qt.MouseButton.LeftButton)
    assert told and told[0].startswith("Seleccione exactamente dos registros")


def test_front_desk_has_no_merge_or_import(qtbot, database, admin, front_desk):
    page = PeoplePage(database, front_desk)
    qtbot.addWidget(page)
    assert not page.merge_button.isVisibleTo(page)
    assert not page.import_button.isVisibleTo(page)


def test_consent_text_prints_as_a_pdf(qtbot, database, admin, tmp_path):
    from pypdf import PdfReader

    dialog = PersonDialog(database, admin)
    qtbot.addWidget(dialog)
    pdf = dialog.save_consent_pdf(tmp_path / "consentimiento.pdf")
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(pdf).pages)
    assert "Coworking Manta" in text and "Firma o huella" in text
