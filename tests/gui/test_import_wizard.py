"""The import wizard: columns guessed with a preview, problems by row and column, import."""

from __future__ import annotations

import json
from datetime import date

from PySide6.QtCore import Qt
from sqlalchemy import func, select

from coworking.core import people
from coworking.core.importing import import_people
from coworking.core.person_columns import load_mapping
from coworking.db.models import Person
from coworking.gui.import_wizard import IGNORE, ImportWizard

LINES = [
    "Nombre;Apellido;Cédula;Sexo;Comentario",
    "José Ángel;Núñez Peña;1710034065;Hombre;viene por la feria",
    "Ana;Loor;1710034066;Mujer;",
    "Rosa;Peña;;Marciana;",
]


def test_wizard_maps_previews_checks_and_imports(qtbot, database, admin, tmp_path):
    source = tmp_path / "preinscritos.csv"
    source.write_text("\n".join(LINES) + "\n", encoding="cp1252")
    wizard = ImportWizard(database, admin)
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.file_page.choose(source)
    wizard.next()
    columns = wizard.columns_page
    assert [c.currentData() for c in columns.combos] == [
        "given_names",
        "family_names",
        "document_number:cedula",
        "sex",
        IGNORE,
    ]
    assert columns.preview.item(1, 0).text() == "José Ángel"  # Windows-1252 read right
    assert columns.isComplete()
    saved = columns.save_mapping(tmp_path / "columnas.json")
    assert json.loads(saved.read_text(encoding="utf-8"))["columns"]["Comentario"] == IGNORE

    wizard.next()
    check = wizard.check_page
    cells = [
        [check.problems.item(r, c).text() for c in range(3)]
        for r in range(check.problems.rowCount())
    ]
    assert ["3", "Cédula", "La cédula no es válida: revise los 10 dígitos."] in cells
    assert any(row[:2] == ["4", "Sexo"] for row in cells)
    assert "1 se pueden importar" in check.summary.text()
    assert not check.duplicates.isVisibleTo(wizard)  # no row looks like anyone
    errors = check.save_problems(tmp_path / "errores.csv")
    assert "3;Cédula;" in errors.read_text(encoding="utf-8-sig")

    handle = check.start_import()
    qtbot.waitUntil(lambda: check.imported, timeout=10_000)
    assert handle is not None
    with database.sessions() as session:
        assert session.scalar(select(func.count()).select_from(Person)) == 1

    # The saved correspondence drives the command-line import the same way.
    with database.unit_of_work(admin) as session:
        again = import_people(session, admin, source, mapping=load_mapping(saved))
    assert (again.created, again.already_registered) == (0, 1)


def test_rows_like_someone_registered_are_shown_and_imported(qtbot, database, admin, tmp_path):
    with database.unit_of_work(admin) as session:
        people.create_person(
            session,
            admin,
            people.PersonInput("Franyer", "Peña Núñez", birth_date=date(1992, 7, 4)),
            ["registro"],
        )
    source = tmp_path / "preinscritos.csv"
    source.write_text(
        "Nombres;Apellidos;Fecha de nacimiento\n"
        "Franyer;Pena Nunez;07/04/1992\n"
        "Génesis;Quintero;03/04/2001\n"
        "Genesis;Quintero Mera;03/04/2001\n",
        encoding="utf-8",
    )
    wizard = ImportWizard(database, admin)
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.file_page.choose(source)
    wizard.next()
    wizard.next()
    check = wizard.check_page
    table = check.duplicates
    cells = [[table.item(r, c).text() for c in range(3)] for r in range(table.rowCount())]
    assert cells == [
        [
            "2",
            "Franyer Peña Núñez (ya registrada)",
            "nombre parecido y fecha de nacimiento con día y mes invertidos",
        ],
        [
            "4",
            "Génesis Quintero (fila 3 de este archivo)",
            "nombre parecido y misma fecha de nacimiento",
        ],
    ]
    assert table.isVisibleTo(wizard)
    assert check.duplicates_label.text().startswith("2 filas pueden ser alguien ya registrado")
    assert "3 se pueden importar" in check.summary.text()
    assert check.problems.rowCount() == 0

    qtbot.mouseClick(check.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: check.imported, timeout=10_000)
    assert check.duplicates_label.text().startswith("2 filas importadas pueden ser")
    with database.sessions() as session:
        assert session.scalar(select(func.count()).select_from(Person)) == 4
