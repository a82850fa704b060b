"""Importing an event's registrations, and checking in from the command line."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

from sqlalchemy import func, select

from coworking.core import people
from coworking.core.registration_import import import_registrations
from coworking.db.database import Database
from coworking.db.enums import CheckInResult, RegistrationRole
from coworking.db.models import CheckIn, Employer, Person, Registration, StaffUser
from tests.fair_data import RUCS, build_fair

ROWS = """Nombres;Apellidos;Cédula;Sexo;Fecha de nacimiento;Nacionalidad;Rol;RUC
María José;Núñez Zambrano;;Mujer;17/05/1995;Venezuela;candidata;
Pedro;Intriago;1710034065;Hombre;01/02/1988;Ecuador;Empresa;{ruc}
Yaneth;Ruiz;;Mujer;03/03/1990;Colombia;;
Lucía;Mera;;Mujer;04/04/1991;Colombia;jefa;
Óscar;Loor;;Hombre;05/05/1992;Ecuador;empresa;1790000000001
Yaneth;Ruiz;;Mujer;03/03/1990;Colombia;visitante;
"""


def _write(tmp_path: Path) -> Path:
    path = tmp_path / "inscritos.csv"
    path.write_text(ROWS.format(ruc=RUCS[0]), encoding="utf-8-sig")
    return path


def test_rows_are_registered_existing_people_reused_and_problems_named(
    database: Database, admin: StaffUser, tmp_path: Path
) -> None:
    fair = build_fair(database, admin, candidates=1)  # María José Núñez Zambrano, 17/05/1995
    path = _write(tmp_path)
    with database.sessions() as session:
        people_before = session.scalar(select(func.count()).select_from(Person))
    report = import_registrations(database, admin, path, fair.event_id)
    problems = {(p.row, p.column): p.message for p in report.problems}
    assert set(problems) == {(5, "Rol"), (6, "RUC"), (7, "Nombres")}
    assert "jefa" in problems[(5, "Rol")]
    assert "1790000000001" in problems[(6, "RUC")]
    assert "fila 4" in problems[(7, "Nombres")]
    assert (report.rows, report.already_registered, report.registered) == (6, 1, 2)
    assert report.people_created == 2
    with database.sessions() as session:
        assert session.scalar(select(func.count()).select_from(Person)) == people_before + 2
        rep = session.execute(
            select(Registration.role, Registration.employer_id, Registration.source)
            .join(Person, Person.id == Registration.person_id)
            .where(Person.document_number == "1710034065")
        ).one()
    assert rep == (RegistrationRole.EMPLOYER_REP, fair.employer_ids[0], "import")

    again = import_registrations(database, admin, path, fair.event_id)
    assert (again.registered, again.already_registered, again.people_created) == (0, 3, 0)


LIKELY = """Nombres;Apellidos;Cédula;Sexo;Fecha de nacimiento;Nacionalidad;Rol
Franyer;Pena Nunez;;Hombre;07/04/1992;Venezuela;candidato
Génesis;Quintero;;Mujer;03/04/2001;Venezuela;
Genesis;Quintero Mera;;Mujer;03/04/2001;Venezuela;visitante
"""


def test_likely_duplicates_get_their_own_record_and_are_listed(
    database: Database, admin: StaffUser, tmp_path: Path
) -> None:
    fair = build_fair(database, admin, candidates=1)
    with database.unit_of_work(admin) as session:
        franyer = people.create_person(
            session,
            admin,
            people.PersonInput("Franyer", "Peña Núñez", birth_date=date(1992, 7, 4)),
            ["registro"],
        ).id
    path = tmp_path / "inscritos.csv"
    path.write_text(LIKELY, encoding="utf-8")
    report = import_registrations(database, admin, path, fair.event_id)
    assert report.problems == []
    assert (report.people_created, report.registered) == (3, 3)
    assert [(d.row, d.other_name, d.other_row, d.other_id) for d in report.likely_duplicates] == [
        (2, "Franyer Peña Núñez", None, franyer),
        (4, "Génesis Quintero", 3, None),
    ]
    assert report.likely_duplicates[0].reason.endswith("con día y mes invertidos")
    with database.sessions() as session:  # the registered Franyer is not the one registered
        registered = set(
            session.scalars(
                select(Registration.person_id).where(Registration.event_id == fair.event_id)
            )
        )
        assert franyer not in registered
        names = session.scalars(
            select(Person.family_names).where(
                Person.id.in_(registered), Person.given_names == "Franyer"
            )
        ).all()
        assert names == ["Pena Nunez"]
    again = import_registrations(database, admin, path, fair.event_id)
    assert (again.people_created, again.registered, again.already_registered) == (0, 0, 3)
    assert again.likely_duplicates == []


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    return subprocess.run(
        [sys.executable, "-m", "coworking", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )


def test_command_line_import_and_checkin(
    database: Database, admin: StaffUser, tmp_path: Path
) -> None:
    fair = build_fair(database, admin, candidates=2)
    event = str(fair.event_id)
    dry = _cli(
        "import",
        "registrations",
        str(_write(tmp_path)),
        "--event",
        event,
        "--dry-run",
        "--db",
        database.url,
    )
    assert dry.returncode == 1
    assert "fila 5, columna «Rol»" in dry.stdout and "No se guardó nada." in dry.stdout

    first = _cli(
        "checkin", fair.codes[0], "--event", event, "--station", "Puerta sur", "--db", database.url
    )
    assert first.returncode == 0, first.stderr
    assert first.stdout.splitlines()[0] == "Bienvenida, María José Núñez Zambrano"
    second = _cli("--json", "checkin", fair.codes[0], "--event", event, "--db", database.url)
    assert second.returncode == 1
    answer = json.loads(second.stdout)
    assert answer["result"] == "duplicate" and "Puerta sur" in answer["detail"]
    typo = _cli("checkin", fair.codes[1][:-1] + "?", "--event", event, "--db", database.url)
    assert typo.returncode == 1 and typo.stdout.startswith("Código mal leído")
    with database.sessions() as session:
        rows = session.execute(select(CheckIn.result, CheckIn.station).order_by(CheckIn.id)).all()
    assert rows == [
        (CheckInResult.OK, "Puerta sur"),
        (CheckInResult.DUPLICATE, "línea de comandos"),
        (CheckInResult.INVALID, "línea de comandos"),
    ]


EMPLOYERS = """RUC,Nombre comercial,Sector,Contacto,Teléfono,Compromiso inclusivo
1392328601001,Atunera del Pacífico,C,Rosa Mero,0991234567,sí
1391394411001,Hotel Oro Verde,Alojamiento y servicio de comidas,,,no
1391394412001,Empresa Mal,C,,,sí
1397715162001,,C,,,tal vez
1392328601001,Atunera repetida,C,,,sí
"""


def test_employers_import_validates_ruc_and_updates_on_a_second_run(
    database: Database, tmp_path: Path
) -> None:
    path = tmp_path / "empresas.csv"
    path.write_text(EMPLOYERS, encoding="utf-8")
    result = _cli("--json", "import", "employers", str(path), "--db", database.url)
    assert result.returncode == 1
    report = json.loads(result.stdout)
    problems = {(p["row"], p["column"]) for p in report["problems"]}
    assert problems == {
        (4, "RUC"),
        (5, "Nombre comercial"),
        (5, "Compromiso inclusivo"),
        (6, "RUC"),
    }
    assert (report["created"], report["updated"]) == (2, 0)
    with database.sessions() as session:
        employers = {e.ruc: e for e in session.scalars(select(Employer))}
    assert employers[RUCS[0]].inclusive_commitment and employers[RUCS[1]].sector == "I"
    assert employers[RUCS[0]].contact_phone == "0991234567"
    again = _cli("--json", "import", "employers", str(path), "--db", database.url)
    assert (json.loads(again.stdout)["created"], json.loads(again.stdout)["updated"]) == (0, 2)


def test_a_batch_the_database_refuses_is_written_row_by_row(
    database: Database, admin: StaffUser, tmp_path: Path, monkeypatch
) -> None:
    """Badge codes are drawn before the write lock; one taken meanwhile by another station
    makes the database refuse the whole batch, which is then written row by row, each with a
    code of its own: everyone registered once, nobody created twice."""
    from coworking.core import registration_import
    from tests.import_sheets import write_sheet

    fair = build_fair(database, admin, candidates=1)
    with database.sessions() as session:
        taken = session.scalars(select(Registration.badge_code)).first()
        people_before = session.scalar(select(func.count()).select_from(Person))
        registered_before = session.scalar(select(func.count()).select_from(Registration))
    real = registration_import._new_codes
    calls = []

    def drawn(session, count: int) -> list[str]:  # the first draw clashes, the later ones not
        calls.append(count)
        codes = real(session, count)
        return [taken, *codes[1:]] if len(calls) == 1 else codes

    monkeypatch.setattr(registration_import, "_new_codes", drawn)
    sheet = write_sheet(tmp_path / "inscritos.csv", 30)
    report = import_registrations(database, admin, sheet, fair.event_id)
    assert (report.registered, report.already_registered, report.refused) == (30, 0, 0)
    assert len(calls) > 1  # the refused batch drew again, row by row
    with database.sessions() as session:
        assert session.scalar(select(func.count()).select_from(Person)) == people_before + 30
        codes = session.scalars(select(Registration.badge_code)).all()
    assert len(codes) == len(set(codes)) == registered_before + 30
