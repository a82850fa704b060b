"""Importing people from the spreadsheets coordinators really send."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path
from random import Random

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from coworking.core import people
from coworking.core.demo import cedula
from coworking.core.errors import UserError
from coworking.core.import_mapping import ImportMapping
from coworking.core.importing import import_people, write_problems
from coworking.db.database import Database
from coworking.db.enums import DocumentType, PopulationGroup, Sex
from coworking.db.models import AuditEntry, ConsentRecord, Person, StaffUser

HEADER = "Nombres;Apellidos;Cédula;Sexo;Nacionalidad;Fecha de nacimiento;Teléfono;Cantón"
GOOD = [
    "José Ángel;Núñez Peña;1710034065;Hombre;Ecuador;04/03/1990;0991234567;Manta",
    "María José;Yánez Muñoz;;Mujer;Venezuela;15/08/1995;+593 98 765 4321;2301",
]


def _write(path: Path, lines: list[str], encoding: str = "utf-8-sig") -> Path:
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode(encoding))
    return path


def _import(database: Database, admin: StaffUser, path: Path, **options):
    if isinstance(options.get("mapping"), dict):
        options["mapping"] = ImportMapping(options["mapping"])
    return import_people(database, admin, path, **options)


def _count(database: Database) -> int:
    with database.sessions() as session:
        return session.scalar(select(func.count()).select_from(Person)) or 0


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-8", "cp1252", "utf-16", "utf-16-tab"])
def test_reads_excel_csv_encodings_and_spanish_values(database, admin, tmp_path, encoding):
    lines = [HEADER, *GOOD]
    if encoding == "utf-16-tab":  # Excel's "Unicode text": UTF-16 with BOM, tab-separated
        encoding, lines = "utf-16", [line.replace(";", "\t") for line in lines]
    report = _import(database, admin, _write(tmp_path / "p.csv", lines, encoding))
    assert (report.created, report.problems) == (2, [])
    with database.sessions() as session:
        jose, maria = session.scalars(select(Person).order_by(Person.search_name)).all()
        assert (jose.given_names, jose.family_names) == ("José Ángel", "Núñez Peña")
        assert (jose.document_type, jose.document_number) == (DocumentType.CEDULA, "1710034065")
        assert (jose.sex, jose.nationality, jose.birth_date) == (Sex.MAN, "EC", date(1990, 3, 4))
        assert (jose.phone, jose.canton_code) == ("+593991234567", "1308")
        assert (maria.nationality, maria.phone) == ("VE", "+593987654321")
        assert [p.id for p in people.search(session, "nunez jose")] == [jose.id]
        consent = session.scalar(select(ConsentRecord).where(ConsentRecord.person_id == jose.id))
        assert consent.purposes == ["registro"]
        audited = session.scalar(
            select(func.count()).select_from(AuditEntry).where(AuditEntry.entity == "person")
        )
        assert audited == 2


def test_comma_separated_with_english_headers_and_blank_ragged_rows(database, admin, tmp_path):
    lines = [
        "First name,Last name,Passport,Gender,Country,Date of birth,Phone",
        "Yorman,Colmenares,V12345678,male,VE,1998-02-01",
        ",,,,,,",
        "",
        "Génesis,Quintero,V87654321,F,Venezuela,03/04/2001,0998887766,extra",
    ]
    report = _import(database, admin, _write(tmp_path / "p.csv", lines))
    assert (report.rows, report.created, report.problems) == (2, 2, [])
    with database.sessions() as session:
        yorman = session.scalar(select(Person).where(Person.given_names == "Yorman"))
        assert yorman.document_type == DocumentType.PASSPORT and yorman.sex == Sex.MAN


def test_problems_name_row_column_and_cause_and_valid_rows_go_in(database, admin, tmp_path):
    lines = [
        HEADER,
        *GOOD,
        "Ana;Loor;1710034066;Mujer;Ecuador;01/01/1990;;",  # row 4: bad cédula
        '=HYPERLINK("http://x");Peña;;Mujer;Ecuador;;;',  # row 5: formula
        "Rosa;Peña;;Marciana;Ecuador;31/02/1990;12;Bolívar",  # row 6: four problems
        "Luis;Núñez;1710034065;Hombre;Ecuador;;;",
    ]  # row 7: repeats row 2
    source = _write(tmp_path / "p.csv", lines)
    report = _import(database, admin, source)
    found = {(p.row, p.column) for p in report.problems}
    assert found == {
        (4, "Cédula"),
        (5, "Nombres"),
        (6, "Sexo"),
        (6, "Fecha de nacimiento"),
        (6, "Cantón"),
        (7, "Cédula"),
    }
    # A phone that cannot be read never refuses the person: a warning keeps what was written.
    assert [(w.row, w.column, w.severity) for w in report.warnings] == [(6, "Teléfono", "aviso")]
    assert "«12»" in report.warnings[0].message
    by_cell = {(p.row, p.column): p.message for p in report.problems}
    assert "fórmula" in by_cell[(5, "Nombres")] and "fila 2" in by_cell[(7, "Cédula")]
    assert "ambiguo" in by_cell[(6, "Cantón")]
    assert report.created == 2 and _count(database) == 2
    errors = write_problems([*report.problems, *report.warnings], tmp_path / "errores.csv")
    text = errors.read_bytes()
    assert text.startswith(b"\xef\xbb\xbf")
    assert "6;Cantón;" in text.decode("utf-8-sig")


def test_dry_run_and_strict_change_nothing(database, admin, tmp_path):
    source = _write(tmp_path / "p.csv", [HEADER, *GOOD, "Ana;Loor;1710034066;;;;;"])
    dry = _import(database, admin, source, dry_run=True)
    assert dry.invalid_rows == 1 and not dry.written and _count(database) == 0
    strict = _import(database, admin, source, strict=True)
    assert not strict.written and _count(database) == 0


def test_reimporting_the_same_file_creates_no_duplicates(database, admin, tmp_path):
    lines = [HEADER, *GOOD, "Pedro;Ochoa;;Hombre;Colombia;02/02/1992;;"]
    source = _write(tmp_path / "p.csv", lines)
    assert _import(database, admin, source).created == 3
    again = _import(database, admin, source)
    assert (again.created, again.already_registered) == (0, 3)
    assert _count(database) == 3


def test_duplicates_against_people_already_registered(database, admin, tmp_path):
    with database.unit_of_work(admin) as session:
        people.create_person(
            session,
            admin,
            people.PersonInput("José", "Núñez", DocumentType.CEDULA, "1710034065"),
            ["registro"],
        )
    report = _import(database, admin, _write(tmp_path / "p.csv", [HEADER, *GOOD]))
    assert (report.created, report.already_registered) == (1, 1)


FRANYER = people.PersonInput(
    "Franyer",
    "Peña Núñez",
    DocumentType.PASSPORT,
    "805116279",
    birth_date=date(1992, 7, 4),
    phone="0991112233",
)
LIKELY = [
    "Franyer;Pena Nunez;;Hombre;Venezuela;07/04/1992;;",  # row 2: day and month swapped
    "Kevin;Vera;;Hombre;Ecuador;01/02/2000;0991112233;",  # row 3: Franyer's phone
    "Génesis;Quintero;;Mujer;Venezuela;03/04/2001;;",
    "Genesis;Quintero Mera;;Mujer;Venezuela;03/04/2001;;",  # row 5: like row 4
    "Pedro;Ochoa;;Hombre;Colombia;02/02/1992;;",
    "Luz;Loor;;Mujer;Ecuador;;0987654321;",  # row 7: neither document nor birth date
]


def test_likely_duplicates_are_imported_and_reported_row_by_row(database, admin, tmp_path):
    with database.unit_of_work(admin) as session:
        franyer = people.create_person(session, admin, FRANYER, ["registro"]).id
    source = _write(tmp_path / "p.csv", [HEADER, *LIKELY])
    dry = _import(database, admin, source, dry_run=True)
    report = _import(database, admin, source)
    assert dry.likely_duplicates == report.likely_duplicates
    assert (report.created, report.already_registered, report.problems) == (6, 0, [])
    assert [
        (d.row, d.other_name, d.reason, d.other_row, d.other_id) for d in report.likely_duplicates
    ] == [
        (
            2,
            "Franyer Peña Núñez",
            "nombre parecido y fecha de nacimiento con día y mes invertidos",
            None,
            franyer,
        ),
        (3, "Franyer Peña Núñez", "mismo teléfono", None, franyer),
        (5, "Génesis Quintero", "nombre parecido y misma fecha de nacimiento", 4, None),
    ]
    assert report.likely_duplicates[2].message == (
        "posible duplicado de «Génesis Quintero» (fila 4 del archivo): "
        "nombre parecido y misma fecha de nacimiento"
    )
    with database.sessions() as session:  # imported, never merged
        assert session.scalar(select(func.count()).select_from(Person)) == 7
        merged = select(func.count()).select_from(Person).where(Person.merged_into_id.is_not(None))
        assert session.scalar(merged) == 0
    again = _import(database, admin, source)  # each row is now registered as it is
    assert (again.created, again.already_registered, again.likely_duplicates) == (0, 6, [])


def test_xlsx_with_dates_numbers_and_a_lost_leading_zero(database, admin, tmp_path):
    book = Workbook()
    sheet = book.active
    sheet.append(["Nombres", "Apellidos", "Cédula", "Fecha de nacimiento", "Grupo poblacional"])
    azuay = cedula(Random(1), 1)  # province 01: the cédula starts with 0
    sheet.append(["Lucía", "Arévalo", int(azuay), date(1985, 12, 24), "Retornada"])
    sheet.append([None, None, None, None, None])
    sheet.append(["Yelitza", "Briceño", None, "07/07/1999", "migrante"])
    book.save(tmp_path / "p.xlsx")
    report = _import(database, admin, tmp_path / "p.xlsx")
    assert report.problems == [] and report.created == 2
    with database.sessions() as session:
        lucia = session.scalar(select(Person).where(Person.given_names == "Lucía"))
        assert lucia.document_number == azuay
        assert lucia.birth_date == date(1985, 12, 24)
        assert lucia.population_group == PopulationGroup.RETURNEE


def test_a_saved_column_mapping_is_used(database, admin, tmp_path):
    source = _write(tmp_path / "p.csv", ["Nom;Ape;Tel", "Ana;Loor;0991112233"])
    with pytest.raises(UserError, match="falta la columna"):
        _import(database, admin, source)
    mapping = {"Nom": "given_names", "Ape": "family_names", "Tel": "phone"}
    report = _import(database, admin, source, mapping=mapping)
    assert report.created == 1 and report.problems == []


def test_not_a_table_is_refused_clearly(database, admin, tmp_path):
    binary = tmp_path / "foto.csv"
    binary.write_bytes(b"\x89PNG\x00\x00\x00binary")
    with pytest.raises(UserError, match="foto.csv"):
        _import(database, admin, binary)
    with pytest.raises(UserError, match="No existe"):
        _import(database, admin, tmp_path / "no-existe.csv")


def test_ten_thousand_rows(sqlite_db_url, tmp_path):
    from coworking.core.setup import run_first_setup
    from coworking.db.database import open_database
    from tests.conftest import FIRST_RUN

    database = open_database(sqlite_db_url)
    with database.unit_of_work() as session:
        _site, admin = run_first_setup(session, FIRST_RUN)
    rng = Random(4)
    lines = [HEADER] + [
        f"Persona {i};Apellido{i % 97} Núñez;{cedula(rng)};Mujer;Ecuador;01/01/1990;;1308"
        for i in range(10_000)
    ]
    source = _write(tmp_path / "grande.csv", lines)
    report = _import(database, admin, source)
    duplicates_in_file = len(report.problems)
    assert report.created + duplicates_in_file == 10_000
    assert _count(database) == report.created
    database.dispose()


def test_command_dry_run_exits_1_and_writes_the_error_file(tmp_path):
    source = _write(tmp_path / "p.csv", [HEADER, *GOOD, "Ana;Loor;1710034066;;;;;"])
    env = {**os.environ, "COWORKING_HOME": str(tmp_path / "home")}
    env.pop("COWORKING_DB", None)
    result = subprocess.run(
        [sys.executable, "-m", "coworking", "import", "people", str(source), "--dry-run", "--json"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 1, result.stderr
    output = json.loads(result.stdout)
    assert output["invalid_rows"] == 1 and not output["written"]
    assert output["problems"] == [
        {
            "row": 4,
            "column": "Cédula",
            "message": "La cédula no es válida: revise los 10 dígitos.",
            "severity": "error",
        }
    ]
    assert Path(output["errors_file"]).is_file()
    ok = subprocess.run(
        [
            sys.executable,
            "-m",
            "coworking",
            "import",
            "people",
            str(_write(tmp_path / "ok.csv", [HEADER, *GOOD])),
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert ok.returncode == 0 and "2 importadas" in ok.stdout


def test_command_lists_likely_duplicates_in_spanish(tmp_path):
    source = _write(tmp_path / "p.csv", [HEADER, *LIKELY[2:5]])
    env = {**os.environ, "COWORKING_HOME": str(tmp_path / "home"), "PYTHONIOENCODING": "utf-8"}
    env.pop("COWORKING_DB", None)
    result = subprocess.run(
        [sys.executable, "-m", "coworking", "import", "people", str(source)],
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert "3 importadas" in lines[0]
    assert lines[1].startswith("Posibles duplicados (1 fila; se importan igual")
    assert lines[2] == (
        "  fila 3: posible duplicado de «Génesis Quintero» (fila 2 del archivo): "
        "nombre parecido y misma fecha de nacimiento"
    )


def test_a_document_kept_aside_by_a_merge_counts_as_registered(database, admin, tmp_path):
    from coworking.core import merges

    with database.unit_of_work(admin) as session:
        kept = people.create_person(
            session,
            admin,
            people.PersonInput("José", "Núñez", DocumentType.CEDULA, "1710034065"),
            ["registro"],
        )
        other = people.create_person(
            session,
            admin,
            people.PersonInput("Jose", "Nunez Pena", DocumentType.PASSPORT, "V7654321"),
            ["registro"],
            not_duplicate_of=frozenset({kept.id}),
        )
        merges.merge(session, admin, kept.id, other.id)
    header = "Nombres;Apellidos;Pasaporte;Sexo"
    report = _import(
        database, admin, _write(tmp_path / "p.csv", [header, "José;Núñez Peña;V7654321;Hombre"])
    )
    assert (report.created, report.already_registered) == (0, 1)
