"""The import wizard for people: columns guessed with a preview, the values of the category
columns with the ones no rule can place marked and given a meaning once (saved and reused by
the command line), every row accounted for, problems by row and column, files that cannot be
read told on the page."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QWizard
from sqlalchemy import func, select

from coworking.core import people
from coworking.core.import_kinds import KINDS
from coworking.core.import_mapping import ImportMapping
from coworking.db.database import Database
from coworking.db.enums import DocumentType, PopulationGroup
from coworking.db.models import Person, StaffUser
from coworking.gui.import_value_table import AMBER, MEANING, NOTE, VALUE, ValueTable
from coworking.gui.import_wizard import IGNORE, ImportWizard
from coworking.gui.tasks import TaskProgressDialog
from tests.gui import mnemonics
from tests.import_sheets import write_sheet

LEFT = Qt.MouseButton.LeftButton
HEADER = "Nombres;Apellidos;Cédula;Sexo;Tipo de población;Teléfono"
# As partners send them: R4V's population types, and one the platform does not have.
R4V_ROWS = [
    "José Ángel;Núñez Peña;1710034065;Hombre;Refugiados y migrantes en destino;0991234567",
    "Yusmary;Briceño;;Mujer;Migrante en tránsito;",
    "Génesis;Quintero;;Mujer;Cruce fronterizo diario;",
    "Wílmer;Chávez;;Hombre;Comunidad de acogida;",
    "Luz Marina;Yánez;;Mujer;Cruce fronterizo diario;",
]
UNKNOWN = "Cruce fronterizo diario"


def _write(path: Path, lines: list[str], encoding: str = "cp1252") -> Path:
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode(encoding))
    return path


def _answer_open(monkeypatch, target: Path) -> None:
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *_args: (str(target), ""))
    )


def _answer_save(monkeypatch, target: Path) -> None:
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *_args: (str(target), ""))
    )


OPENED: list[ImportWizard] = []


@pytest.fixture(autouse=True)
def wizards_deleted_at_once() -> Iterator[None]:
    """Each test's wizards are deleted when it ends, by Python, not later by Qt: a QWizard
    left to Qt's deferred deletion (still referenced when the test ended, by a failed
    assertion's traceback for one) crashed the next test as it set the stylesheet."""
    yield
    while OPENED:
        wizard = OPENED.pop()
        if shiboken6.isValid(wizard):
            wizard.hide()
            shiboken6.delete(wizard)


def _wizard(qtbot, database: Database, actor: StaffUser) -> ImportWizard:
    wizard = ImportWizard(database, actor, "people")
    OPENED.append(wizard)
    wizard.resize(1024, 768)
    wizard.show()
    qtbot.waitExposed(wizard)
    return wizard


def _next(qtbot, wizard: ImportWizard) -> None:
    """Next, as a person clicks it, then wait for the page's reading or check to end."""
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), LEFT)
    page = wizard.currentPage()
    if page is wizard.values_page:
        qtbot.waitUntil(lambda: page.tally is not None or not wizard.busy, timeout=15_000)
    if page is wizard.check_page:
        qtbot.waitUntil(lambda: not wizard.busy, timeout=15_000)
    assert not mnemonics.clashes(wizard), mnemonics.clashes(wizard)


def _table(wizard: ImportWizard, field: str) -> ValueTable:
    [table] = [t for t in wizard.values_page.tables if t.column.field == field]
    return table


def _cells(table, columns: int) -> list[list[str]]:
    return [
        [table.item(row, column).text() for column in range(columns)]
        for row in range(table.rowCount())
    ]


def _count(database: Database) -> int:
    with database.sessions() as session:
        return session.scalar(select(func.count()).select_from(Person)) or 0


def _command(tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "COWORKING_HOME": str(tmp_path / "home"), "PYTHONIOENCODING": "utf-8"}
    env.pop("COWORKING_DB", None)
    return subprocess.run(
        [sys.executable, "-m", "coworking", "import", "people", *args, "--json"],
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )


def test_a_value_nobody_placed_gets_its_meaning_once_saved_and_reused_by_the_command_line(
    qtbot, monkeypatch, tmp_path: Path, database: Database, admin: StaffUser, sqlite_db_url: str
) -> None:
    source = _write(tmp_path / "preinscritos.csv", [HEADER, *R4V_ROWS])
    wizard = _wizard(qtbot, database, admin)
    _answer_open(monkeypatch, source)
    qtbot.mouseClick(wizard.file_page.choose_button, LEFT)
    _next(qtbot, wizard)
    assert wizard.columns_page.preview.item(1, 0).text() == "José Ángel"  # Windows-1252
    _next(qtbot, wizard)

    values = wizard.values_page
    population = _table(wizard, "population_group")
    assert values.tables[0] is population  # the column with a value to place comes first
    assert _cells(population, 2)[0] == [UNKNOWN, "2"]  # marked values first
    assert population.item(0, NOTE).text() == "Sin asignar"
    assert population.item(0, VALUE).background().color() == AMBER
    assert population.combos[0].currentIndex() == -1  # no meaning yet
    assert population.cellWidget(0, MEANING) is population.combos[0]
    placed = {
        row[0]: population.combos[i].currentText() for i, row in enumerate(_cells(population, 1))
    }
    assert placed["Refugiados y migrantes en destino"] == "Migrante o refugiado en destino"
    assert placed["Comunidad de acogida"] == "Comunidad de acogida"
    assert values.summary.text().startswith(
        "2 filas tienen valores sin significado: elija qué significa cada uno, o se rechazarán."
    )

    combo = population.combos[0]  # the person picks «Otro» for the value
    combo.setCurrentIndex(combo.findText("Otro"))
    assert wizard.meanings.chosen("population_group", UNKNOWN) == PopulationGroup.OTHER
    assert population.item(0, NOTE).text() == "Elegido por usted"
    assert population.item(0, VALUE).background().color() != AMBER
    assert values.summary.text().startswith("Todos los valores tienen significado.")

    saved = tmp_path / "columnas.json"
    _answer_save(monkeypatch, saved)
    qtbot.mouseClick(values.save_button, LEFT)
    assert values.save_status.text() == "Se guardó en «columnas.json»."
    data = json.loads(saved.read_text(encoding="utf-8"))
    assert data["values"] == {"population_group": {UNKNOWN: "other"}}
    assert data["columns"]["Tipo de población"] == "population_group"

    _next(qtbot, wizard)
    check = wizard.check_page
    assert check.summary.text() == (
        "5 filas: 5 se importarán, 0 ya registradas, 0 rechazadas, "
        "0 con avisos (se importan igual), 0 vacías."
    )
    qtbot.mouseClick(check.import_button, LEFT)
    qtbot.waitUntil(lambda: check.imported, timeout=15_000)
    assert check.summary.text().startswith("5 filas: 5 importadas, 0 ya registradas")
    with database.sessions() as session:
        groups = session.scalars(
            select(Person.population_group).where(Person.given_names.in_(["Génesis", "Luz Marina"]))
        ).all()
    assert groups == [PopulationGroup.OTHER, PopulationGroup.OTHER]

    # Next month's sheet has the same value: the saved correspondence places it.
    later = _write(
        tmp_path / "preinscritos-2.csv",
        [HEADER, "Dayana;Muñoz;;Mujer;Cruce fronterizo diario;", "Darwin;Loor;;Hombre;Retornados;"],
    )
    without = _command(tmp_path, str(later), "--db", sqlite_db_url, "--dry-run")
    assert without.returncode == 1, without.stderr
    assert UNKNOWN in json.loads(without.stdout)["problems"][0]["message"]
    reused = _command(
        tmp_path, str(later), "--mapping", str(saved), "--db", sqlite_db_url, "--dry-run"
    )
    assert reused.returncode == 0, reused.stderr
    result = json.loads(reused.stdout)
    assert (result["imported"], result["refused"], result["written"]) == (2, 0, False)


def test_every_row_is_accounted_for_ragged_blank_unreadable_and_refused(
    qtbot, monkeypatch, tmp_path: Path, database: Database, admin: StaffUser
) -> None:
    with database.unit_of_work(admin) as session:
        people.create_person(
            session,
            admin,
            people.PersonInput("José Ángel", "Núñez Peña", DocumentType.CEDULA, "1710034065"),
            ["registro"],
        )
    source = _write(
        tmp_path / "feria.csv",
        [
            "Nombres;Apellidos;Cédula;Teléfono",
            "José Ángel;Núñez Peña;1710034065;0991234567",  # 2: already registered
            "Ana;Loor;1710034066;",  # 3: a cédula that cannot be
            "Luis;Pérez",  # 4: ragged, imported with what it has
            ";;;",  # 5: blank
            "Rosa;Peña;;12",  # 6: a phone nobody can read, imported without it
            "Juan;Mera;;0991234568",  # 7
        ],
        encoding="utf-8",
    )
    wizard = _wizard(qtbot, database, admin)
    assert wizard.file_page.choose(source)
    _next(qtbot, wizard)
    _next(qtbot, wizard)
    assert wizard.values_page.summary.text().startswith("Ninguna columna elegida tiene categorías")
    _next(qtbot, wizard)
    check = wizard.check_page
    assert check.summary.text() == (
        "5 filas: 3 se importarán, 1 ya registrada, 1 rechazada, "
        "2 con avisos (se importan igual), 1 vacía."
    )
    cells = _cells(check.problems, 3)
    assert cells == [
        ["3", "Cédula", "Error"],
        ["4", "Cédula", "Aviso"],
        ["6", "Teléfono", "Aviso"],
    ]
    assert "la fila tiene 2 de 4 celdas" in check.problems.item(1, 3).text()
    assert "«12»" in check.problems.item(2, 3).text()

    errors = tmp_path / "errores.csv"
    _answer_save(monkeypatch, errors)
    qtbot.mouseClick(check.errors_button, LEFT)
    written = errors.read_text(encoding="utf-8-sig").splitlines()
    assert written[0] == "fila;columna;tipo;problema"
    assert [line.split(";")[:3] for line in written[1:]] == [
        ["3", "Cédula", "error"],
        ["4", "Cédula", "aviso"],
        ["6", "Teléfono", "aviso"],
    ]

    finish = wizard.button(QWizard.WizardButton.FinishButton)
    qtbot.mouseClick(check.import_button, LEFT)
    qtbot.waitUntil(lambda: check.imported, timeout=15_000)
    assert check.summary.text() == (
        "5 filas: 3 importadas, 1 ya registrada, 1 rechazada, "
        "2 con avisos (se importaron igual), 1 vacía."
    )
    assert "Las filas rechazadas no se importaron" in check.details.text()
    assert not check.import_button.isVisible()
    assert finish.isVisible() and finish.isEnabled()
    assert not wizard.button(QWizard.WizardButton.BackButton).isVisible()  # nothing to redo
    assert _count(database) == 4
    with database.sessions() as session:
        luis = session.scalars(select(Person).where(Person.given_names == "Luis")).one()
        rosa = session.scalars(select(Person).where(Person.given_names == "Rosa")).one()
    assert (luis.family_names, luis.phone) == ("Pérez", None)
    assert rosa.phone is None


def test_a_file_that_cannot_be_read_is_told_on_the_page_and_the_wizard_goes_on(
    qtbot, monkeypatch, tmp_path: Path, database: Database, admin: StaffUser
) -> None:
    damaged = tmp_path / "planilla.xlsx"
    damaged.write_bytes(b"PK\x03\x04 esto no es un libro de Excel")
    wizard = _wizard(qtbot, database, admin)
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    _answer_open(monkeypatch, damaged)
    qtbot.mouseClick(wizard.file_page.choose_button, LEFT)
    status = wizard.file_page.file_status
    assert status.isVisible() and status.property("role") == "error"
    assert "planilla.xlsx" in status.text() and "Traceback" not in status.text()
    assert not next_button.isEnabled()

    good = _write(tmp_path / "bien.csv", ["Nombres;Apellidos", "Ana;Loor"])
    assert wizard.file_page.choose(good)
    assert status.property("role") == "success" and next_button.isEnabled()
    _next(qtbot, wizard)
    _next(qtbot, wizard)
    good.unlink()  # moved away while the person was looking at the values
    _next(qtbot, wizard)
    check = wizard.check_page
    assert check.summary.property("role") == "error"
    assert check.summary.text() == f"No existe el archivo «{good}»."
    assert not check.import_button.isEnabled()
    back = wizard.button(QWizard.WizardButton.BackButton)
    assert back.isEnabled() and wizard.isVisible()
    _write(good, ["Nombres;Apellidos", "Ana;Loor"])  # put back: the wizard carries on
    qtbot.mouseClick(back, LEFT)
    _next(qtbot, wizard)
    assert check.summary.text().startswith("1 fila: 1 se importará")
    assert check.import_button.isEnabled()


def test_a_saved_correspondence_is_loaded_and_applied_to_columns_and_values(
    qtbot, monkeypatch, tmp_path: Path, database: Database, admin: StaffUser
) -> None:
    source = _write(
        tmp_path / "socios.csv",
        ["Col A;Col B;Grupo;Notas", "Ana;Loor;Raro;x", "Luis;Pérez;Acogida;y"],
    )
    wizard = _wizard(qtbot, database, admin)
    assert wizard.file_page.choose(source)
    page = wizard.file_page

    broken = tmp_path / "roto.json"
    broken.write_text("{columns:", encoding="utf-8")
    _answer_open(monkeypatch, broken)
    qtbot.mouseClick(page.load_button, LEFT)
    assert page.mapping_status.property("role") == "error"
    assert page.mapping_status.text().startswith("No se puede leer la correspondencia")
    assert wizard.saved is None

    foreign = tmp_path / "empresas.json"
    foreign.write_text(json.dumps({"columns": {"Col A": "ruc"}}), encoding="utf-8")
    _answer_open(monkeypatch, foreign)
    qtbot.mouseClick(page.load_button, LEFT)
    assert "no es un campo de esta importación" in page.mapping_status.text()

    mapping = tmp_path / "columnas.json"
    mapping.write_text(
        json.dumps(
            {
                "columns": {
                    "Col A": "given_names",
                    "Col B": "family_names",
                    "Grupo": "population_group",
                    "Notas": IGNORE,
                },
                "values": {"population_group": {"Raro": "host"}},
            }
        ),
        encoding="utf-8",
    )
    _answer_open(monkeypatch, mapping)
    qtbot.mouseClick(page.load_button, LEFT)
    assert page.mapping_status.text() == (
        "Se cargó «columnas.json»: 4 columnas y 1 valor elegido; "
        "se aplican en las páginas siguientes."
    )
    _next(qtbot, wizard)
    chosen = [combo.currentData() for combo in wizard.columns_page.combos]
    assert chosen == ["given_names", "family_names", "population_group", IGNORE]
    _next(qtbot, wizard)
    table = _table(wizard, "population_group")
    rows = {
        table.item(row, VALUE).text(): (table.item(row, NOTE).text(), combo.currentText())
        for row, combo in enumerate(table.combos)
    }
    assert rows["Raro"] == ("Elegido por usted", "Comunidad de acogida")
    assert rows["Acogida"] == ("", "Comunidad de acogida")
    assert wizard.values_page.summary.property("role") == "success"


def test_two_columns_for_one_field_or_a_missing_name_keep_next_disabled(
    qtbot, tmp_path: Path, database: Database, admin: StaffUser
) -> None:
    source = _write(tmp_path / "p.csv", ["Nombres;Apellidos;Celular;Teléfono", "Ana;Loor;;"])
    wizard = _wizard(qtbot, database, admin)
    assert wizard.file_page.choose(source)
    _next(qtbot, wizard)
    columns = wizard.columns_page
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    first, family, mobile, phone = columns.combos
    mobile.setCurrentIndex(mobile.findData("phone"))
    phone.setCurrentIndex(phone.findData("phone"))
    assert not next_button.isEnabled()
    assert columns.problem.text() == (
        "Varias columnas llenan «Teléfono»: «Celular», «Teléfono». "
        "Deje una y ponga las demás en «No importar»."
    )
    mobile.setCurrentIndex(mobile.findData(IGNORE))
    assert next_button.isEnabled() and not columns.problem.isVisible()
    family.setCurrentIndex(family.findData(IGNORE))
    assert not next_button.isEnabled()
    assert columns.problem.text() == "Elija la columna que tiene: Apellidos."


def test_rows_like_someone_registered_are_shown_and_imported(
    qtbot, tmp_path: Path, database: Database, admin: StaffUser
) -> None:
    with database.unit_of_work(admin) as session:
        people.create_person(
            session,
            admin,
            people.PersonInput("Franyer", "Peña Núñez", birth_date=date(1992, 7, 4)),
            ["registro"],
        )
    source = _write(
        tmp_path / "preinscritos.csv",
        [
            "Nombres;Apellidos;Fecha de nacimiento",
            "Franyer;Pena Nunez;07/04/1992",
            "Génesis;Quintero;03/04/2001",
            "Genesis;Quintero Mera;03/04/2001",
        ],
        encoding="utf-8",
    )
    wizard = _wizard(qtbot, database, admin)
    assert wizard.file_page.choose(source)
    for _page in ("columns", "values", "check"):
        _next(qtbot, wizard)
    check = wizard.check_page
    assert _cells(check.duplicates, 3) == [
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
    assert check.duplicates.isVisibleTo(wizard)
    assert check.duplicates_label.text().startswith("2 filas pueden ser alguien ya registrado")
    assert check.summary.text().startswith("3 filas: 3 se importarán")
    assert not check.problems.isVisibleTo(wizard)

    qtbot.mouseClick(check.import_button, LEFT)
    qtbot.waitUntil(lambda: check.imported, timeout=15_000)
    assert check.duplicates_label.text().startswith("2 filas importadas pueden ser")
    assert _count(database) == 4
    # The same file again: everyone is already registered, nothing is added twice.
    again = KINDS["people"].run(database, admin, source, wizard.mapping(), dry_run=False)
    assert (again.done, again.already) == (0, 3)


def test_closing_while_the_check_runs_stops_it_first_then_closes(
    qtbot, tmp_path: Path, database: Database, admin: StaffUser
) -> None:
    source = write_sheet(tmp_path / "grande.csv", 3_000)
    wizard = _wizard(qtbot, database, admin)
    assert wizard.file_page.choose(source)
    _next(qtbot, wizard)
    _next(qtbot, wizard)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), LEFT)
    assert wizard.busy and not wizard.button(QWizard.WizardButton.CancelButton).isEnabled()
    wizard.reject()  # as the screen lock closes every dialog
    assert wizard.isVisible() and wizard.closing  # until the check has stopped
    qtbot.waitUntil(lambda: not wizard.isVisible(), timeout=15_000)
    assert not wizard.busy and wizard.result() == QDialog.DialogCode.Rejected
    assert _count(database) == 0


def test_stopping_the_reading_of_a_large_file_goes_back_to_the_columns(
    qtbot, tmp_path: Path, database: Database, admin: StaffUser
) -> None:
    source = write_sheet(tmp_path / "enorme.csv", 50_000)
    wizard = _wizard(qtbot, database, admin)
    assert wizard.file_page.choose(source)
    _next(qtbot, wizard)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), LEFT)
    assert wizard.currentPage() is wizard.values_page and wizard.busy
    progress = wizard.values_page.findChild(TaskProgressDialog)
    qtbot.keyClick(progress, Qt.Key.Key_Escape)  # Escape on the progress window: stop
    qtbot.waitUntil(lambda: not wizard.busy, timeout=15_000)
    assert wizard.currentPage() is wizard.columns_page and wizard.isVisible()
    assert wizard.values_page.tally is None


def test_an_import_cut_short_is_taken_up_again_and_the_wizard_says_so(
    qtbot, tmp_path: Path, database: Database, admin: StaffUser, set_clock
) -> None:
    set_clock(datetime(2026, 12, 1, 15, tzinfo=UTC))
    source = write_sheet(tmp_path / "corte.csv", 1_200)

    _import_cut_after_the_first_batch(database, admin, source)
    saved = _count(database)
    assert 0 < saved <= 500
    set_clock(datetime(2026, 12, 1, 15, 10, tzinfo=UTC))  # the next morning, as it were
    wizard = _wizard(qtbot, database, admin)
    assert wizard.file_page.choose(source)
    for _page in ("columns", "values", "check"):
        _next(qtbot, wizard)
    check = wizard.check_page
    qtbot.mouseClick(check.import_button, LEFT)
    qtbot.waitUntil(lambda: check.imported, timeout=30_000)
    assert (
        "Se retomó una importación cortada de este archivo: las filas hasta la 501 ya estaban "
        "guardadas." in check.details.text()
    )
    assert check.report.resumed_from == 501 and _count(database) > saved


class PowerCut(Exception):
    """The computer switched off in the middle of an import."""


def _import_cut_after_the_first_batch(database: Database, admin: StaffUser, source: Path) -> None:
    def power_cut(done: int, total: int) -> None:  # after the first batch of 500 rows
        if done < total:
            raise PowerCut

    with pytest.raises(PowerCut):
        KINDS["people"].run(
            database, admin, source, ImportMapping(), dry_run=False, progress=power_cut
        )
