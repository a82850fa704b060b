"""«Unir registros»: both records side by side, the record kept and each value chosen, the merge
asked once, and undoing it from the kept person's history."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox
from sqlalchemy import select

from coworking.core import merges, people
from coworking.db.database import Database
from coworking.db.enums import DocumentType
from coworking.db.models import Person, PersonMerge, StaffUser
from coworking.gui.merge_dialog import FURTHER, A, B, MergeDialog, open_merge
from coworking.gui.pages.people import PeoplePage
from coworking.gui.person_form import PersonDialog
from tests.gui import mnemonics
from tests.gui.layout_checks import cut_problems
from tests.gui.modal import when_modal

CEDULA = "1710034065"
SCREEN = (1366, 768)


def _two_records(database: Database, admin: StaffUser) -> tuple[int, int]:
    """One person twice: with phone and cédula and every purpose; then with an e-mail and
    without the consent to be contacted (listed second: «Núñez José» before «Nunez Jose Á»)."""
    with database.unit_of_work(admin) as session:
        first = people.create_person(
            session,
            admin,
            people.PersonInput(
                "José",
                "Núñez",
                DocumentType.CEDULA,
                CEDULA,
                nationality="VE",
                phone="0991234567",
                canton_code="1308",
            ),
            list(people.PURPOSES),
        )
        second = people.create_person(
            session,
            admin,
            people.PersonInput("Jose Ángel", "Nunez", nationality="VE", email="jose@correo.ec"),
            ["registro", "estadisticas"],
            not_duplicate_of=frozenset({first.id}),
        )
        return first.id, second.id


def _yes(box: QMessageBox) -> None:
    box.button(QMessageBox.StandardButton.Yes).click()


def _no(box: QMessageBox) -> None:
    box.button(QMessageBox.StandardButton.No).click()


def _dialog(qtbot, database: Database, user: StaffUser, first: int, second: int) -> MergeDialog:
    with database.sessions() as session:
        comparison = merges.compare(session, user, first, second)
    dialog = MergeDialog(database, user, comparison)
    qtbot.addWidget(dialog)
    return dialog


def _row_texts(dialog: MergeDialog, name: str) -> tuple[str, str]:
    return dialog.cell_text(name, A), dialog.cell_text(name, B)


def _holdings(dialog: MergeDialog) -> str:
    """Every label's text: what hangs from each record is written under its choice."""
    return " ".join(label.text() for label in dialog.findChildren(QLabel))


def test_merge_keeping_the_second_record_with_a_value_of_the_first_then_undo(
    qtbot, database, admin
):
    first, second = _two_records(database, admin)
    page = PeoplePage(database, admin)
    qtbot.addWidget(page)
    page.table.selectAll()
    seen: dict[str, object] = {}

    def choose(dialog: MergeDialog) -> None:
        assert dialog.keep_buttons[A].isChecked()  # the first selected is offered as kept
        assert f"n.º {first} · José Núñez" in dialog.keep_buttons[A].text()
        dialog.keep_buttons[B].click()
        assert dialog.keep == B
        # Values the kept record lacks come from the other one by default.
        assert dialog.value_button("phone", A).isChecked()
        assert dialog.value_button("document_number", A).isChecked()
        assert dialog.value_button("given_names", B).isChecked()
        qtbot.mouseClick(dialog.value_button("given_names", A), Qt.MouseButton.LeftButton)
        seen["summary"] = dialog.summary.text()
        seen["headers"] = [dialog.table.horizontalHeaderItem(c).text() for c in (1, 2)]
        seen["equal"] = dialog.value_button("nationality", A)
        seen["documents"] = dialog.documents_label.text()
        when_modal(_yes)
        qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)

    when_modal(choose)
    qtbot.mouseClick(page.merge_button, Qt.MouseButton.LeftButton)

    summary = str(seen["summary"])
    assert summary.startswith(f"Se conservará el registro n.º {second}.")
    assert f"Del n.º {first} se tomarán: nombres, documento, teléfono, cantón." in summary
    assert "el más restrictivo de los dos: registro y servicios, estadísticas." in summary
    assert seen["headers"] == [
        f"Registro A · n.º {first}",
        f"Registro B · n.º {second} (se conserva)",
    ]
    assert seen["equal"] is None  # equal values are shown, not chosen
    assert "otro documento del registro conservado" in str(seen["documents"])
    assert page.model.total == 1
    with database.sessions() as session:
        kept, gone = session.get(Person, second), session.get(Person, first)
        assert (kept.given_names, kept.family_names) == ("José", "Nunez")
        assert (kept.document_type, kept.document_number) == (DocumentType.CEDULA, CEDULA)
        assert (kept.phone, kept.email) == ("+593991234567", "jose@correo.ec")
        assert gone.merged_into_id == second and kept.merged_into_id is None
        record = session.scalars(select(PersonMerge)).one()
        assert (record.kept_id, record.merged_id) == (second, first)
        assert record.staff_user_id == admin.id and record.undone_at is None
        assert people.active_purposes(session, second) == {"registro", "estadisticas"}

    form = PersonDialog(database, admin, second)
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    form.tabs.setCurrentWidget(form.history_view)
    view = form.history_view
    assert view.undo_button.isVisible() and not view.undo_button.isEnabled()
    assert not mnemonics.clashes(form)
    texts = [view.table.item(r, 1).text() for r in range(view.table.rowCount())]
    line = next(r for r, text in enumerate(texts) if text.startswith("Unión:"))
    cell = view.table.visualItemRect(view.table.item(line, 1)).center()
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    assert view.undo_button.isEnabled()
    asked: list[str] = []

    def confirm(box: QMessageBox) -> None:
        asked.append(box.text())
        _yes(box)

    when_modal(confirm)
    qtbot.mouseClick(view.undo_button, Qt.MouseButton.LeftButton)

    assert "«José Núñez»" in asked[0] and f"n.º {first}" in asked[0]
    with database.sessions() as session:
        kept, gone = session.get(Person, second), session.get(Person, first)
        assert (kept.given_names, kept.phone, kept.document_number) == ("Jose Ángel", None, None)
        assert (gone.document_number, gone.phone) == (CEDULA, "+593991234567")
        assert gone.merged_into_id is None
        assert session.scalars(select(PersonMerge)).one().undone_at is not None
        assert people.active_purposes(session, first) == set(people.PURPOSES)
        assert people.active_purposes(session, second) == {"registro", "estadisticas"}
    assert form.ui.givenNamesEdit.text() == "Jose Ángel" and form.ui.phoneEdit.text() == ""
    texts = [view.table.item(r, 1).text() for r in range(view.table.rowCount())]
    assert any(text.startswith("Unión deshecha") for text in texts)
    assert not view.undo_button.isVisible()  # nothing left to undo
    page.refresh()
    assert page.model.total == 2


def test_answering_no_or_cancelling_merges_nothing(qtbot, database, admin):
    first, second = _two_records(database, admin)
    dialog = _dialog(qtbot, database, admin, first, second)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    asked: list[str] = []

    def refuse(box: QMessageBox) -> None:
        asked.append(box.text())
        _no(box)

    when_modal(refuse)
    qtbot.keyClick(dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(asked))
    assert asked[0].startswith(f"¿Unir el registro n.º {second} al n.º {first}?")
    assert dialog.isVisible() and dialog.merge_id is None
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    with database.sessions() as session:
        assert session.scalars(select(PersonMerge)).first() is None
        assert session.get(Person, second).merged_into_id is None


def test_a_refused_merge_is_a_message_and_the_dialog_stays(qtbot, database, admin):
    first, second = _two_records(database, admin)
    dialog = _dialog(qtbot, database, admin, first, second)
    with database.unit_of_work(admin) as session:  # meanwhile, someone else merged them
        merges.merge(session, admin, first, second)
    warned: list[str] = []

    def answer(box: QMessageBox) -> None:
        if box.icon() == QMessageBox.Icon.Question:
            when_modal(answer)
            _yes(box)
        else:
            warned.append(box.text())
            box.accept()

    when_modal(answer)
    dialog.show()
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    assert warned == ["Una de las dos personas ya fue unida a otra."]
    assert dialog.isVisible() and dialog.merge_id is None


def test_consent_without_a_shared_registration_purpose_is_told(qtbot, database, admin):
    first, second = _two_records(database, admin)
    with database.unit_of_work(admin) as session:
        people.withdraw_consent(session, admin, second, list(people.PURPOSES))
    dialog = _dialog(qtbot, database, admin, first, second)
    assert "ninguno, así que habrá que pedirlo de nuevo" in dialog.summary.text()
    assert "consentimiento: ninguno vigente" in _holdings(dialog)


def test_the_dialog_reads_well_on_a_small_laptop_screen(qtbot, database, admin, tmp_path):
    first, second = _two_records(database, admin)
    dialog = _dialog(qtbot, database, admin, first, second)
    dialog.show()
    qtbot.waitExposed(dialog)
    QApplication.processEvents()
    width, height = SCREEN
    assert dialog.width() <= width and dialog.height() <= height - 80  # title bar and taskbar
    assert _row_texts(dialog, "document_number") == (f"Cédula {CEDULA}", "—")
    assert _row_texts(dialog, "nationality") == ("Venezuela", "Venezuela")
    assert _row_texts(dialog, "canton_code") == ("Manta (Manabí)", "—")
    assert "1 visita" not in _holdings(dialog) and "0 visitas" in _holdings(dialog)
    folder = Path(os.environ.get("COWORKING_SHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    assert dialog.grab().save(str(folder / "merge-dialog.png"))
    assert not cut_problems(dialog)
    assert not mnemonics.clashes(dialog)


def test_further_documents_are_listed(qtbot, database, admin):
    first, second = _two_records(database, admin)
    with database.unit_of_work(admin) as session:
        third = people.create_person(
            session,
            admin,
            people.PersonInput("José", "Núñez Peña", DocumentType.PASSPORT, "AB123456"),
            ["registro"],
            not_duplicate_of=frozenset({first, second}),
        )
        merges.merge(session, admin, first, third.id)  # the passport stays as a further one
    dialog = _dialog(qtbot, database, admin, first, second)
    assert _row_texts(dialog, FURTHER) == ("Pasaporte AB123456", "—")


def test_front_desk_cannot_merge_nor_undo(qtbot, database, admin, front_desk):
    first, second = _two_records(database, admin)
    page = PeoplePage(database, front_desk)
    qtbot.addWidget(page)
    assert not page.merge_button.isVisibleTo(page)
    told: list[str] = []

    def read(box: QMessageBox) -> None:
        told.append(box.text())
        box.accept()

    when_modal(read)
    assert open_merge(page, database, front_desk, first, second) is False
    assert told == ["Solo coordinación y administración pueden unir registros."]
    with database.unit_of_work(admin) as session:
        merges.merge(session, admin, second, first)
    form = PersonDialog(database, front_desk, second)
    qtbot.addWidget(form)
    form.show()
    form.tabs.setCurrentWidget(form.history_view)
    view = form.history_view
    texts = [view.table.item(r, 1).text() for r in range(view.table.rowCount())]
    line = next(r for r, text in enumerate(texts) if text.startswith("Unión:"))
    view.table.selectRow(line)
    assert not view.undo_button.isVisible()
    assert view.undo_selected() is False
    with database.sessions() as session:
        assert session.get(Person, first).merged_into_id == second
