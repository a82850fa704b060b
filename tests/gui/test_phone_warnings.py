"""The phone on the person form and the walk-in form: a doubtful number is shown in amber and
saved; a number of the person's country is read for that country; an impossible one blocks."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from sqlalchemy import select

from coworking import clock
from coworking.db.models import Person
from coworking.gui.person_form import PersonDialog
from coworking.gui.walk_in_dialog import WalkInDialog
from tests.fair_data import build_fair

UNASSIGNED = "0955123456"  # Ecuadorian shape, in a block libphonenumber does not list
AMBER = QColor("#7a4b00")


def _person_form(qtbot, database, admin, typist) -> PersonDialog:
    dialog = PersonDialog(database, admin)
    qtbot.addWidget(dialog)
    dialog.show()
    typist(dialog.ui.givenNamesEdit, "Yusmary")
    typist(dialog.ui.familyNamesEdit, "Rangel Pérez")
    dialog.ui.documentTypeCombo.setCurrentIndex(dialog.ui.documentTypeCombo.count() - 1)  # none
    return dialog


def _saved_phone(database, given_names: str) -> str | None:
    with database.sessions() as session:
        return session.scalar(select(Person.phone).where(Person.given_names == given_names))


def _choose(combo, code: str) -> None:
    combo.setCurrentIndex(combo.findData(code))


def test_an_unassigned_block_shows_an_amber_warning_and_saves(qtbot, database, admin, typist):
    dialog = _person_form(qtbot, database, admin, typist)
    label, edit = dialog.ui.phoneEditError, dialog.ui.phoneEdit
    typist(edit, UNASSIGNED)
    assert label.isVisible() and "095 512 3456 no figura como asignado" in label.text()
    assert label.property("role") == "warning" and edit.property("doubtful") is True
    assert not edit.property("invalid")
    assert label.palette().color(QPalette.ColorRole.WindowText) == AMBER
    assert dialog.errors.message("phone") == ""  # not an error
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == PersonDialog.DialogCode.Accepted
    assert _saved_phone(database, "Yusmary") == "+593955123456"


def test_the_warning_goes_when_the_number_is_corrected(qtbot, database, admin, typist):
    dialog = _person_form(qtbot, database, admin, typist)
    label, edit = dialog.ui.phoneEditError, dialog.ui.phoneEdit
    typist(edit, UNASSIGNED)
    assert label.isVisible()
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    assert label.isHidden() and not edit.property("doubtful")
    typist(edit, "7")  # 0955123457: the same block, the warning again
    assert label.isVisible() and label.property("role") == "warning"
    edit.selectAll()
    typist(edit, "0991234567")
    assert label.isHidden() and label.text() == ""


def test_a_venezuelan_number_is_refused_until_the_nationality_says_venezuela(
    qtbot, database, admin, typist
):
    dialog = _person_form(qtbot, database, admin, typist)
    label = dialog.ui.phoneEditError
    typist(dialog.ui.phoneEdit, "0412-1234567")
    assert label.isHidden()  # errors wait for the save, as on the other fields
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and _saved_phone(database, "Yusmary") is None
    assert label.isVisible() and label.property("role") == "error"
    assert "«0412-1234567»" in label.text() and dialog.ui.phoneEdit.property("invalid")
    assert label.palette().color(QPalette.ColorRole.WindowText) != AMBER
    _choose(dialog.ui.nationalityCombo, "VE")
    assert label.isHidden() and not dialog.ui.phoneEdit.property("invalid")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == PersonDialog.DialogCode.Accepted
    assert _saved_phone(database, "Yusmary") == "+584121234567"


def test_an_edited_person_with_a_doubtful_number_shows_the_warning(qtbot, database, admin, typist):
    dialog = _person_form(qtbot, database, admin, typist)
    typist(dialog.ui.phoneEdit, UNASSIGNED)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    again = PersonDialog(database, admin, dialog.saved_id)
    qtbot.addWidget(again)
    again.show()
    assert again.ui.phoneEdit.text() == UNASSIGNED
    assert again.errors.warning("phone").startswith("El número 095 512 3456")


def test_walk_in_saves_a_doubtful_number_and_a_venezuelan_one(
    qtbot, database, admin, typist, set_clock
):
    fair = build_fair(database, admin)
    set_clock(datetime(2026, 12, 3, 10, 0, tzinfo=clock.local_zone()))  # the fair's day
    for given, nationality, typed, stored, warned in (
        ("Yusmary", "", UNASSIGNED, "+593955123456", True),
        ("Luis", "Venezuela", "0412 123 4567", "+584121234567", False),
    ):
        dialog = WalkInDialog(database, admin, fair.event_id, "Puerta norte")
        qtbot.addWidget(dialog)
        dialog.show()
        typist(dialog.given_names, given)
        typist(dialog.family_names, "Rangel")
        typist(dialog.nationality.lineEdit(), nationality)
        typist(dialog.phone, typed)
        assert bool(dialog.errors.warning("phone")) is warned
        dialog.consent_registration.setChecked(True)
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        assert dialog.result() == WalkInDialog.DialogCode.Accepted, dialog.errors.message("phone")
        assert _saved_phone(database, given) == stored
