"""Two door stations, as two real processes, scanning the same badges at the same moment:
everyone is admitted once and told «ya registró su entrada» once, on both engines."""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import textwrap
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import date

import pytest
from sqlalchemy import func, select

from coworking.cli import build_parser
from coworking.core.codes import new_code
from coworking.db.database import Database
from coworking.db.enums import AuditAction, CheckInResult, EventKind, RegistrationRole
from coworking.db.models import AuditEntry, CheckIn, Event, Person, Registration, StaffUser
from tests.consent_data import consenting
from tests.stations import run_together

pytestmark = pytest.mark.date_sensitive

STATIONS = ("Puerta norte", "Puerta sur")

STATION = textwrap.dedent(
    """
    import json, sys
    from sqlalchemy import select
    from coworking.core import checkin
    from coworking.db.database import open_database
    from coworking.db.models import StaffUser

    url, event_id, station, codes = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4:]
    db = open_database(url)
    with db.sessions() as session:
        operator = session.scalars(select(StaffUser).where(StaffUser.username == "admin")).one()
    print("ready", flush=True)
    sys.stdin.readline()  # both stations start scanning together
    results = []
    for code in codes:
        with db.unit_of_work(operator) as session:
            results.append(checkin.scan(session, event_id, code, station, operator).result.value)
    db.dispose()
    print(json.dumps(results), flush=True)
    """
)


@dataclass
class Door:
    event_id: int
    codes: list[str]
    registration_ids: list[int]


def _open_door(database: Database, admin: StaffUser, count: int) -> Door:
    """An event with ``count`` registered candidates and their badge codes."""
    with database.unit_of_work(admin) as session:
        event = Event(
            kind=EventKind.JOB_FAIR,
            name="Feria de Empleo Inclusiva Manta",
            starts_on=date(2026, 12, 3),
            ends_on=date(2026, 12, 3),
        )
        people = [Person(given_names=f"Persona {n}", family_names="Núñez") for n in range(count)]
        session.add_all([event, *people])
        session.flush()
        consenting(session, [person.id for person in people])
        registrations = [
            Registration(
                event_id=event.id,
                person_id=person.id,
                role=RegistrationRole.CANDIDATE,
                badge_code=new_code(),
            )
            for person in people
        ]
        session.add_all(registrations)
        session.flush()
        return Door(event.id, [r.badge_code for r in registrations], [r.id for r in registrations])


def _check_door(database: Database, door: Door, stations: set[str]) -> None:
    """One admission and one duplicate per registration, and the registrations agree."""
    with database.sessions() as session:
        log = session.execute(
            select(CheckIn.registration_id, CheckIn.result, CheckIn.station, CheckIn.scanned_at)
        ).all()
        checked_in = dict(
            session.execute(
                select(Registration.id, Registration.checked_in_at).where(
                    Registration.event_id == door.event_id
                )
            ).all()
        )
        admissions_audited = session.scalar(
            select(func.count())
            .select_from(AuditEntry)
            .where(AuditEntry.entity == "registration", AuditEntry.action == AuditAction.UPDATE)
        )
        scans_audited = session.scalar(
            select(func.count())
            .select_from(AuditEntry)
            .where(AuditEntry.entity == "check_in", AuditEntry.action == AuditAction.CREATE)
        )
    assert len(log) == 2 * len(door.codes)
    per_registration = Counter((row.registration_id, row.result) for row in log)
    for registration_id in door.registration_ids:
        assert per_registration[(registration_id, CheckInResult.OK)] == 1
        assert per_registration[(registration_id, CheckInResult.DUPLICATE)] == 1
    admitted_at = {row.registration_id: row.scanned_at for row in log if row.result == "ok"}
    assert all(checked_in[r] is not None for r in door.registration_ids)
    assert checked_in == admitted_at
    assert {row.station for row in log} <= stations
    assert admissions_audited == len(door.codes)
    assert scans_audited == 2 * len(door.codes)


def test_two_station_processes_scan_the_same_badges(database: Database, admin: StaffUser) -> None:
    door = _open_door(database, admin, 100)
    answers = run_together(
        [[STATION, database.url, str(door.event_id), name, *door.codes] for name in STATIONS],
        timeout=120,
    )
    for first, second in zip(*answers, strict=True):  # the same badge, scanned at both doors
        assert sorted((first, second)) == ["duplicate", "ok"]
    _check_door(database, door, set(STATIONS))


def _has_command(name: str) -> bool:
    parser = build_parser()
    return any(
        name in action.choices
        for action in parser._actions
        if isinstance(action, argparse._SubParsersAction)
    )


def _command_line_station(url: str, event_id: int, station: str, codes: list[str]) -> list[dict]:
    answers = []
    for code in codes:
        result = subprocess.run(
            [
                sys.executable,
                "-m",
                "coworking",
                "checkin",
                code,
                "--event",
                str(event_id),
                "--station",
                station,
                "--db",
                url,
                "--json",
            ],
            capture_output=True,
            text=True,
            encoding="utf-8",
            timeout=60,
        )
        answer = json.loads(result.stdout)
        # admitted: exit 0; refused (already in, unknown...): exit 1 with the same answer
        assert result.returncode == (0 if answer.get("result") == "ok" else 1), result.stderr
        answers.append(answer)
    return answers


@pytest.mark.skipif(not _has_command("checkin"), reason="no «coworking checkin» command yet")
def test_two_command_line_stations_scan_the_same_badges(
    database: Database, admin: StaffUser
) -> None:
    door = _open_door(database, admin, 8)
    with ThreadPoolExecutor(len(STATIONS)) as pool:
        runs = [
            pool.submit(_command_line_station, database.url, door.event_id, name, door.codes)
            for name in STATIONS
        ]
        answers = [run.result() for run in runs]
    for first, second in zip(*answers, strict=True):
        for answer in (first, second):
            assert {"result", "title", "detail"} <= set(answer)
            assert answer["title"]
        assert sorted((first["result"], second["result"])) == ["duplicate", "ok"]
        duplicate = first if first["result"] == "duplicate" else second
        assert "ya registró su entrada" in duplicate["title"]
    _check_door(database, door, set(STATIONS))
