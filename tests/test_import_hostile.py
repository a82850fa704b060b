"""Imports of the files people really send, and of files that are damaged or hostile: every row
accounted for, contact fields never costing a person, no traceback, nothing written before the
checks that could stop an import."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from datetime import timedelta
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from coworking.core.errors import UserError
from coworking.core.import_mapping import ImportMapping, load_mapping
from coworking.core.import_values import ValueMeanings
from coworking.core.importing import import_people
from coworking.db.database import Database
from coworking.db.enums import PopulationGroup
from coworking.db.models import AuditEntry, ImportRun, Person, StaffUser
from tests.import_sheets import HEADERS, write_sheet

SEMICOLON = ";".join(HEADERS)


def _count(database: Database) -> int:
    with database.sessions() as session:
        return session.scalar(select(func.count()).select_from(Person)) or 0


def _cli(
    home: Path, *args: str, timeout: int = 300, stdin: str = ""
) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "COWORKING_HOME": str(home), "PYTHONIOENCODING": "utf-8"}
    env.pop("COWORKING_DB", None)
    return subprocess.run(
        [sys.executable, "-m", "coworking", *args],
        env=env,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def _sheet(path: Path, rows: list[str], encoding: str = "cp1252") -> Path:
    path.write_bytes(("\r\n".join([SEMICOLON, *rows]) + "\r\n").encode(encoding))
    return path


def test_a_partners_sheet_from_spanish_excel_comes_in_whole(database, admin, tmp_path):
    """500 people, Windows-1252, semicolons, R4V population types, phones as people write
    them (Venezuelan ones the Venezuelan way): nobody refused."""
    source = write_sheet(tmp_path / "preinscritos.csv", 500)
    report = import_people(database, admin, source)
    assert report.problems == []
    assert (report.rows, report.done, report.blank) == (500, 500, 0)
    assert report.accounted()
    with database.sessions() as session:
        groups = dict(
            session.execute(
                select(Person.population_group, func.count()).group_by(Person.population_group)
            ).all()
        )
        venezuelan = session.scalars(
            select(Person.phone).where(Person.phone.like("+58%")).limit(5)
        ).all()
    assert groups[PopulationGroup.IN_TRANSIT] > 0 and groups[PopulationGroup.RETURNEE] > 0
    assert venezuelan and all(len(phone) == 13 for phone in venezuelan)


def test_ragged_blank_and_unreadable_contacts_are_told_and_cost_no_one(database, admin, tmp_path):
    rows = [
        "Ana;Loor;Cédula;1710034065;Ecuador;Mujer;04/03/1990;Comunidad de acogida;0991234567;"
        "ana@correo.ec;Manta;Bachillerato",
        "Yusmary;Pérez",  # ragged: two cells of twelve
        ";;;;;;;;;;;",  # blank
        "",  # blank
        "Wílmer;Briceño;;;Venezuela;Hombre;01/02/1993;Migrante en tránsito;0412 123;wil@;;",
        "Dayana;Chávez;;;Venezolana;F;02/02/1994;In-transit;0412-1234567;;;;sobrante",
    ]
    report = import_people(database, admin, _sheet(tmp_path / "p.csv", rows))
    assert report.problems == []
    assert (report.rows, report.done, report.blank, report.refused) == (4, 4, 2, 0)
    assert report.accounted()
    warned = {(w.row, w.column) for w in report.warnings}
    assert (3, "Tipo de documento") in warned  # the first missing cell of the ragged row
    assert (6, "Teléfono") in warned and (6, "Correo electrónico") in warned
    assert (7, "columna 13") in warned  # a cell past the header's end
    assert report.warned == 3
    texts = {(w.row, w.column): w.message for w in report.warnings}
    assert "2 de 12 celdas" in texts[(3, "Tipo de documento")]
    assert "«0412 123»" in texts[(6, "Teléfono")] and "«wil@»" in texts[(6, "Correo electrónico")]
    with database.sessions() as session:
        wilmer = session.scalar(select(Person).where(Person.given_names == "Wílmer"))
        dayana = session.scalar(select(Person).where(Person.given_names == "Dayana"))
        yusmary = session.scalar(select(Person).where(Person.given_names == "Yusmary"))
    assert (wilmer.phone, wilmer.email) == (None, None)
    assert dayana.phone == "+584121234567"
    assert yusmary.family_names == "Pérez" and yusmary.birth_date is None


def test_a_one_megabyte_cell_is_a_problem_of_its_field(database, admin, tmp_path):
    huge = "x" * 1_048_576
    rows = [
        f"{huge};Loor;;;Ecuador;Mujer;;;;;;",  # the name cannot be 1 MB: refused
        f"Rosa;Mero;;;Ecuador;Mujer;;;{huge};;;",  # a 1 MB phone: imported without it
    ]
    report = import_people(database, admin, _sheet(tmp_path / "p.csv", rows))
    assert [(p.row, p.column) for p in report.problems] == [(2, "Nombres")]
    assert "1.048.576 caracteres" in report.problems[0].message
    assert [(w.row, w.column) for w in report.warnings] == [(3, "Teléfono")]
    assert report.done == 1 and _count(database) == 1


def test_a_formula_excel_never_calculated_refuses_its_row(database, admin, tmp_path):
    book = Workbook()
    sheet = book.active
    sheet.append(["Nombres", "Apellidos", "Fecha de nacimiento"])
    sheet.append(["Lucía", "Arévalo", "=DATE(1990,1,2)"])  # saved by openpyxl: no result kept
    sheet.append(["Pedro", "Ochoa", "02/02/1992"])
    book.save(tmp_path / "p.xlsx")
    report = import_people(database, admin, tmp_path / "p.xlsx")
    assert [(p.row, p.column) for p in report.problems] == [(2, "Fecha de nacimiento")]
    assert "fórmula sin resultado" in report.problems[0].message
    assert report.done == 1


def test_a_damaged_or_empty_file_is_refused_naming_it(database, admin, tmp_path):
    damaged = tmp_path / "roto.xlsx"
    damaged.write_bytes(b"PK\x03\x04 not really a workbook")
    with pytest.raises(UserError, match="roto.xlsx"):
        import_people(database, admin, damaged)
    empty = tmp_path / "vacio.csv"
    empty.write_bytes(b"")
    with pytest.raises(UserError, match="vacio.csv.*vacío"):
        import_people(database, admin, empty)
    with pytest.raises(UserError, match="carpeta"):
        import_people(database, admin, tmp_path)
    quote = tmp_path / "comillas.csv"
    quote.write_text('Nombres;Apellidos\n"Ana;Loor\n', encoding="utf-8")
    report = import_people(database, admin, quote)  # an unclosed quote swallows the rest
    assert report.accounted()


def test_value_meanings_chosen_once_are_used(database, admin, tmp_path):
    rows = ["Ana;Loor;;;Ecuador;Mujer;;Caso especial 7;;;;"]
    source = _sheet(tmp_path / "p.csv", rows)
    report = import_people(database, admin, source, dry_run=True)
    assert [(p.row, p.column) for p in report.problems] == [(2, "Tipo de población")]
    assert "Caso especial 7" in report.problems[0].message
    meanings = ValueMeanings()
    meanings.choose("population_group", "Caso especial 7", "in_transit")
    saved = ImportMapping(values=meanings).save(tmp_path / "columnas.json")
    report = import_people(database, admin, source, mapping=load_mapping(saved))
    assert report.problems == [] and report.done == 1
    with database.sessions() as session:
        assert session.scalar(select(Person.population_group)) == PopulationGroup.IN_TRANSIT


def test_command_line_checks_everything_before_writing(tmp_path):
    home = tmp_path / "home"
    source = write_sheet(tmp_path / "p.csv", 20)
    (tmp_path / "p-errores.csv").mkdir()  # where the list of problems would go: a folder
    result = _cli(home, "import", "people", str(source))
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "carpeta" in result.stderr
    bad_mapping = tmp_path / "columnas.json"
    bad_mapping.write_text('{"columns": {"Sexo": "color"}}', encoding="utf-8")
    result = _cli(home, "import", "people", str(source), "--mapping", str(bad_mapping))
    assert result.returncode == 1 and "columnas.json" in result.stderr and "color" in result.stderr
    result = _cli(home, "import", "people", str(source), "--errors", str(tmp_path / "no" / "x.csv"))
    assert result.returncode == 1 and "No existe la carpeta" in result.stderr
    (tmp_path / "p-errores.csv").rmdir()
    counted = _cli(home, "--json", "import", "people", str(source), "--dry-run")
    assert json.loads(counted.stdout)["imported"] == 20  # nothing was written by the refusals
    folder = tmp_path / "informes"
    folder.mkdir()
    rows = [*source.read_text(encoding="cp1252").splitlines(), "Ana;Loor;Cédula;1710034066"]
    source.write_text("\r\n".join(rows), encoding="cp1252")
    result = _cli(home, "--json", "import", "people", str(source), "--errors", str(folder))
    output = json.loads(result.stdout)
    assert result.returncode == 1 and output["imported"] == 20 and output["refused"] == 1
    assert Path(output["errors_file"]) == folder / "p-errores.csv"
    assert "22;Número de documento;error;" in (folder / "p-errores.csv").read_text(
        encoding="utf-8-sig"
    )


def test_an_import_killed_half_way_is_taken_up_without_writing_a_row_twice(tmp_path):
    """Names only (no document, birth date or phone): nothing but the import's own record
    tells a second run which rows the first one wrote."""
    home = tmp_path / "home"
    init = _cli(
        home,
        "init",
        "--site-name",
        "Coworking Manta",
        "--canton",
        "1308",
        "--admin",
        "admin",
        "--admin-name",
        "Ana Pérez",
        stdin="clave-segura-1\n",
    )
    assert init.returncode == 0, init.stderr
    total = 20_000
    lines = ["Nombres;Apellidos"] + [f"Persona {i};Sin Datos {i}" for i in range(total)]
    source = tmp_path / "nombres.csv"
    source.write_text("\r\n".join(lines), encoding="utf-8")
    env = {**os.environ, "COWORKING_HOME": str(home)}
    env.pop("COWORKING_DB", None)
    process = subprocess.Popen(
        [sys.executable, "-m", "coworking", "import", "people", str(source)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    database_file = home / "coworking.sqlite3"
    from coworking.db.database import open_database
    from coworking.db.engine import sqlite_url

    database = open_database(sqlite_url(database_file), upgrade=False)
    try:
        deadline = time.monotonic() + 120
        done = 1
        while done <= 1 and time.monotonic() < deadline and process.poll() is None:
            time.sleep(0.05)
            with database.sessions() as session:
                done = session.scalar(select(func.max(ImportRun.rows_done))) or 1
        process.kill()
        process.wait()
        with database.sessions() as session:
            written = session.scalar(select(func.count()).select_from(Person))
            run = session.scalar(select(ImportRun))
        assert run.finished_at is None and 1 < run.rows_done < total + 1
        assert written == run.rows_done - 1  # the rows and their mark commit together
        time.sleep(0.1)
        with database.sessions() as session, session.begin():  # as if it stopped long ago
            session.execute(
                ImportRun.__table__.update().values(updated_at=run.started_at - timedelta(hours=1))
            )
        again = _cli(home, "--json", "import", "people", str(source))
        output = json.loads(again.stdout)
        assert again.returncode == 0, again.stdout + again.stderr
        assert output["already"] == written and output["imported"] == total - written
        with database.sessions() as session:
            assert session.scalar(select(func.count()).select_from(Person)) == total
            names = session.scalar(select(func.count(func.distinct(Person.given_names))))
            assert names == total
            creations = session.scalar(
                select(func.count())
                .select_from(AuditEntry)
                .where(AuditEntry.entity == "person", AuditEntry.action == "create")
            )
            assert creations == total
    finally:
        database.dispose()


def test_an_import_started_elsewhere_a_moment_ago_is_not_run_twice(
    database: Database, admin: StaffUser, tmp_path: Path
):
    source = write_sheet(tmp_path / "p.csv", 10)
    from coworking.core.import_batches import file_digest

    with database.unit_of_work(admin) as session:
        session.add(
            ImportRun(
                kind="people", file_name="p.csv", file_sha256=file_digest(source), rows_done=5
            )
        )
    with pytest.raises(UserError, match="se está importando ahora mismo"):
        import_people(database, admin, source)
    assert _count(database) == 0


EMPLOYERS = """RUC;Nombre comercial;Actividad económica;Teléfono;Correo;Compromiso inclusivo
1392328601001;Atunera del Pacífico;Industrias manufactureras;no tiene;rrhh@atunera;sí
1391394411001;Hotel Oro Verde;Hotelería de playa;0991234567;;no
"""


def test_employers_get_the_same_value_mapping_and_accounting(database, admin, tmp_path):
    from coworking.core.employer_import import import_employers

    source = tmp_path / "empresas.csv"
    source.write_text(EMPLOYERS, encoding="cp1252")
    report = import_employers(database, admin, source)
    assert [(p.row, p.column) for p in report.problems] == [(3, "Actividad económica")]
    assert "Hotelería de playa" in report.problems[0].message
    assert {(w.row, w.column) for w in report.warnings} == {(2, "Teléfono"), (2, "Correo")}
    assert (report.rows, report.done, report.refused, report.warned) == (2, 1, 1, 1)
    meanings = ValueMeanings()
    meanings.choose("sector", "Hotelería de playa", "I")
    again = import_employers(database, admin, source, mapping=ImportMapping(values=meanings))
    assert again.problems == [] and (again.created, again.updated) == (1, 1)


def test_every_row_is_counted_across_many_batches(database, admin, tmp_path):
    """Rows read in one thread and written in another, a batch at a time: the counts and
    the problems of late batches are not lost."""
    source = write_sheet(tmp_path / "p.csv", 2_600)
    lines = source.read_text(encoding="cp1252").splitlines()
    lines[2_400] = ";".join(["Ana", "Loor", "Cédula", "1710034066", *[""] * 8])  # row 2401
    lines.insert(1_500, "")  # a blank row in the middle of the file
    source.write_text("\r\n".join(lines) + "\r\n", encoding="cp1252")
    report = import_people(database, admin, source)
    assert (report.rows, report.blank) == (2_600, 1)
    assert [(p.row, p.column) for p in report.problems] == [(2_402, "Número de documento")]
    assert report.accounted() and report.done == 2_599 == _count(database)


def test_the_door_keeps_answering_while_a_large_import_writes(database, admin, tmp_path):
    """A real import in another process, and check-ins at the same time on the same file as a
    station makes them (waiting at most STATION_WAIT_MS for the database, then retrying):
    every scan is logged once, and no attempt waits anywhere near the old 12 seconds."""
    if not database.url.startswith("sqlite"):
        pytest.skip("the write lock of a file is SQLite's")
    from coworking.core import checkin
    from coworking.db.engine import is_busy
    from coworking.db.enums import CheckInResult
    from coworking.db.models import CheckIn
    from coworking.gui.pending_scans import STATION_WAIT_MS
    from tests.fair_data import build_fair

    fair = build_fair(database, admin, candidates=40)
    source = write_sheet(tmp_path / "grande.csv", 30_000)
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    importing = subprocess.Popen(
        [sys.executable, "-m", "coworking", "import", "people", str(source), "--db", database.url],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    attempts: list[float] = []
    scans = during = 0
    try:
        deadline = time.monotonic() + 240
        while importing.poll() is None and time.monotonic() < deadline:
            with database.sessions() as session:
                if session.scalar(select(func.count()).select_from(ImportRun)):
                    break
            time.sleep(0.05)
        # every badge once, then again (answered «ya entró») for as long as the import runs
        while (importing.poll() is None or scans < len(fair.codes)) and (
            time.monotonic() < deadline
        ):
            code = fair.codes[scans % len(fair.codes)]
            while True:
                began = time.perf_counter()
                try:
                    with database.unit_of_work(admin, wait_ms=STATION_WAIT_MS) as session:
                        answer = checkin.scan(session, fair.event_id, code, "Puerta", admin)
                except Exception as error:
                    assert is_busy(error), error
                    attempts.append(time.perf_counter() - began)
                    continue  # as the station does: kept, and saved once it can
                attempts.append(time.perf_counter() - began)
                break
            expected = CheckInResult.OK if scans < len(fair.codes) else CheckInResult.DUPLICATE
            assert answer.result == expected
            scans += 1
            during += importing.poll() is None
            time.sleep(0.02)
    finally:
        _out, errors = importing.communicate(timeout=300)
    assert importing.returncode == 0, errors
    assert during > 0  # scans were made while the import wrote
    assert max(attempts) < 3.0
    with database.sessions() as session:
        logged = session.scalar(
            select(func.count()).select_from(CheckIn).where(CheckIn.event_id == fair.event_id)
        )
        imported = session.scalar(select(func.count()).select_from(Person))
    assert logged == scans
    assert imported >= 30_000


def test_a_cancelled_import_is_taken_up_at_once(database, admin, tmp_path):
    """Cancelled from the wizard (its progress callback raises): what was written stays, and
    importing the file again goes on from there without waiting."""

    class Cancelled(Exception):
        pass

    # progress is told after each batch is written; batches at most double (500, 1,000…),
    # so two batches never reach the end of 3,000 rows
    source = write_sheet(tmp_path / "p.csv", 3_000)
    calls = []

    def progress(done: int, total: int) -> None:
        calls.append(done)
        if len(calls) == 2:
            raise Cancelled

    with pytest.raises(Cancelled):
        import_people(database, admin, source, progress=progress)
    written = _count(database)
    assert 500 < written < 3_000
    again = import_people(database, admin, source)
    assert again.resumed_from > 1 and again.already == written
    assert again.done == 3_000 - written and _count(database) == 3_000


def test_a_persons_history_tells_the_file_and_row_they_came_from(database, admin, tmp_path):
    from coworking.core import person_history

    rows = ["Ana;Loor;Cédula;1710034065;Ecuador;Mujer;;;;;;"]
    import_people(database, admin, _sheet(tmp_path / "feria.csv", rows))
    with database.sessions() as session:
        person_id = session.scalar(select(Person.id))
        texts = [item.text for item in person_history.history(session, person_id)]
    assert "Registro creado (importado de «feria.csv», fila 2)" in texts


def test_imported_rows_are_stored_as_the_program_stores_them(database, admin, tmp_path):
    """The bulk insert hands the driver values it converted itself: they must be stored in
    the same form as a person saved from the form (UUIDs, timestamps, dates, enums, JSON)."""
    if not database.url.startswith("sqlite"):
        pytest.skip("raw storage forms are SQLite's")
    from datetime import date

    from sqlalchemy import text

    from coworking.core import people
    from coworking.db.enums import DocumentType, Sex

    with database.unit_of_work(admin) as session:
        people.create_person(
            session,
            admin,
            people.PersonInput(
                "Rosa",
                "Mero",
                DocumentType.CEDULA,
                "1710034065",
                sex=Sex.WOMAN,
                birth_date=date(1990, 3, 4),
            ),
            ["registro"],
        )
    rows = ["Ana;Loor;Cédula;0926687856;Ecuador;Mujer;04/03/1990;;;;;"]
    import_people(database, admin, _sheet(tmp_path / "p.csv", rows))
    columns = "uuid, created_at, document_type, sex, birth_date, typeof(birth_date)"
    with database.engine.connect() as connection:
        saved, imported = connection.execute(
            text(f"SELECT {columns} FROM person ORDER BY id")
        ).all()
        consents = connection.execute(
            text("SELECT purposes, typeof(given_at), length(uuid) FROM consent_record")
        ).all()
    assert [len(saved[0]), len(saved[1])] == [len(imported[0]), len(imported[1])]
    assert saved[2:] == imported[2:]
    assert consents[0] == consents[1]
