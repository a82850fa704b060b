"""«Posibles duplicados»: the registry's likely duplicates, found in the background, merged or
dismissed by a coordinator; reached from the People page."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget
from sqlalchemy import select

from coworking.core import accounts, duplicates, people
from coworking.core.demo import generate
from coworking.core.people import PersonInput
from coworking.db.database import Database
from coworking.db.enums import DocumentType, Role
from coworking.db.models import Person, StaffUser
from coworking.gui.duplicates_list import DuplicatesListDialog, shown_document
from coworking.gui.pages.people import PeoplePage
from tests.gui import mnemonics
from tests.gui.layout_checks import cut_problems
from tests.gui.modal import when_modal

CEDULA = "1301152441"


def _add(database: Database, admin: StaffUser, data: PersonInput) -> int:
    """Registered as the desk does once told «It is another person»."""
    with database.unit_of_work(admin) as session:
        return people.create_person(
            session, admin, data, ["registro"], not_duplicate_of=frozenset(range(1, 100_000))
        ).id


def _coordinator(database: Database, admin: StaffUser) -> StaffUser:
    with database.unit_of_work(admin) as session:
        return accounts.create_user(
            session, admin, "coordinacion", "Carmen Zambrano", Role.COORDINATOR, "clave-12345"
        )


def _rows(dialog: DuplicatesListDialog) -> list[list[str]]:
    table = dialog.table
    return [
        [table.item(row, column).text() for column in range(table.columnCount())]
        for row in range(table.rowCount())
    ]


def _searched(qtbot, dialog: DuplicatesListDialog) -> None:
    assert dialog.handle is not None
    qtbot.waitUntil(lambda: not dialog.handle.is_running, timeout=20_000)


def _select(dialog: DuplicatesListDialog, name: str) -> None:
    row = next(i for i, cells in enumerate(_rows(dialog)) if cells[1].startswith(name))
    dialog.table.selectRow(row)


def test_the_demos_franyer_is_listed_from_the_people_page(qtbot, database, admin):
    with database.unit_of_work() as session:
        generate(session, people=400, seed=11)
    with database.sessions() as session:
        franyer = session.scalars(
            select(Person).where(
                Person.given_names == "Franyer", Person.family_names == "Peña Núñez"
            )
        ).one()
        born, first_id = franyer.birth_date, franyer.id
    # the same man registered again at a fair: no accents, day and month typed the other way
    again = _add(database, admin, PersonInput("Franyer", "Pena Nunez", birth_date=born))
    with database.unit_of_work(admin) as session:
        session.get(Person, again).birth_date = duplicates.swapped(born) or born
    page = PeoplePage(database, admin)
    qtbot.addWidget(page)
    assert page.duplicates_button.isVisibleTo(page)
    assert page.duplicates_button.text() == "&Duplicados…"
    assert page.duplicates_button.toolTip() == "Posibles duplicados en todo el registro"
    seen: dict[str, object] = {}

    def look(dialog: QWidget) -> None:
        assert isinstance(dialog, DuplicatesListDialog)
        _searched(qtbot, dialog)
        seen["rows"] = _rows(dialog)
        seen["keys"] = [pair.keys for pair in dialog.pairs]
        seen["title"] = dialog.windowTitle()
        qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)

    when_modal(look)
    qtbot.mouseClick(page.duplicates_button, Qt.MouseButton.LeftButton)
    assert seen["title"] == "Posibles duplicados"
    assert (first_id, again) in seen["keys"]
    reason, first, second = next(r for r in seen["rows"] if r[1].startswith("Franyer Peña Núñez\n"))
    assert second.startswith("Franyer Pena Nunez\n")
    assert f"{born:%d/%m/%Y}" in first.split("\n")[1]
    assert reason.startswith("nombre parecido y")
    assert not page.duplicates_dialog.isVisible()


def test_front_desk_has_no_list_of_duplicates(qtbot, database, admin, front_desk):
    page = PeoplePage(database, front_desk)
    qtbot.addWidget(page)
    assert not page.duplicates_button.isVisibleTo(page)


def test_every_button_of_the_list(qtbot, database, admin):
    jose = _add(
        database,
        admin,
        PersonInput("José", "Loor", DocumentType.CEDULA, CEDULA, phone="0987654321"),
    )
    jose_again = _add(
        database,
        admin,
        PersonInput("Jose", "Loor", DocumentType.OTHER, "130-115-2441", phone="0987654321"),
    )
    mother = _add(database, admin, PersonInput("Rosa", "Mera", phone="0999000111"))
    son = _add(database, admin, PersonInput("Kevin", "Vera Mera", phone="0999000111"))
    lucia = _add(database, admin, PersonInput("Lucía", "Arévalo", birth_date=date(1985, 12, 3)))
    lucia_again = _add(
        database, admin, PersonInput("Lucia", "Arevalo Mera", birth_date=date(1985, 3, 12))
    )
    coordinator = _coordinator(database, admin)
    dialog = DuplicatesListDialog(database, coordinator)
    qtbot.addWidget(dialog)
    dialog.show()
    _searched(qtbot, dialog)
    assert _rows(dialog) == [
        [
            "mismo documento\nmismo teléfono",
            "José Loor\nCédula 1301152441 · 0987654321",
            "Jose Loor\nOtro 130-115-2441 · 0987654321",
        ],
        ["mismo teléfono", "Rosa Mera\n0999000111", "Kevin Vera Mera\n0999000111"],
        [
            "nombre parecido y fecha de nacimiento con día y mes invertidos",
            "Lucía Arévalo\n03/12/1985",
            "Lucia Arevalo Mera\n12/03/1985",
        ],
    ]
    assert dialog.status.text() == "3 posibles duplicados, primero los motivos más fuertes."
    qtbot.wait(50)
    assert cut_problems(dialog) == [] and mnemonics.clashes(dialog) == []
    assert dialog.not_same_button.text() == "&No es la misma persona"
    assert dialog.merge_button.text() == "&Unir…"

    # «No es la misma persona»: gone from the list, and still gone after a new search
    _select(dialog, "Rosa Mera")
    qtbot.mouseClick(dialog.not_same_button, Qt.MouseButton.LeftButton)
    assert [pair.keys for pair in dialog.pairs] == [(jose, jose_again), (lucia, lucia_again)]
    with database.sessions() as session:
        assert duplicates.not_same_pairs(session) == {(mother, son)}
    qtbot.mouseClick(dialog.search_button, Qt.MouseButton.LeftButton)
    assert dialog.handle.is_running or dialog.pairs
    _searched(qtbot, dialog)
    assert [pair.keys for pair in dialog.pairs] == [(jose, jose_again), (lucia, lucia_again)]

    # «Unir…»: the merge dialog of the pair, the older record offered as the one kept
    _select(dialog, "Lucía Arévalo")
    asked: list[str] = []

    def merge(merge_dialog: QWidget) -> None:
        asked.append(merge_dialog.windowTitle())

        def yes(box: QWidget) -> None:
            assert isinstance(box, QMessageBox)
            box.button(QMessageBox.StandardButton.Yes).click()

        when_modal(yes)
        merge_dialog.merge_button.click()

    when_modal(merge)
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    assert asked == ["Unir registros"]
    assert [pair.keys for pair in dialog.pairs] == [(jose, jose_again)]
    with database.sessions() as session:
        assert session.get(Person, lucia_again).merged_into_id == lucia

    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()


def test_documents_are_masked_for_roles_that_do_not_see_them():
    person = duplicates.someone(1, PersonInput("Ana", "Loor", DocumentType.PASSPORT, "805116279"))
    assert shown_document(person, show_documents=False) == "•••279"
    assert shown_document(person, show_documents=True) == "Pasaporte 805116279"
