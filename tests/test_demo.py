"""Demo data: realistic, valid and reproducible, on both engines, dated from the day it is made
(the program's clock, or the moment given)."""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from datetime import UTC, date, datetime, time, timedelta

import phonenumbers
import pytest
from sqlalchemy import func, select, text
from stdnum.ec import ci

from coworking import clock
from coworking.core.codes import is_valid_code
from coworking.core.demo import generate, moment_of
from coworking.core.localtime import local_day
from coworking.db.base import Base
from coworking.db.database import Database, open_database
from coworking.db.engine import sqlite_url
from coworking.db.enums import DocumentType, PopulationGroup
from coworking.db.models import ConsentRecord, EntrepreneurProfile, Person, StaffUser

pytestmark = pytest.mark.date_sensitive

FIELDS = (
    "given_names",
    "family_names",
    "document_type",
    "document_number",
    "nationality",
    "sex",
    "birth_date",
    "population_group",
    "phone",
    "email",
    "canton_code",
    "member_code",
    "uuid",
)


def _people(database: Database) -> list[Person]:
    with database.sessions() as session:
        return list(session.scalars(select(Person).order_by(Person.id)))


def _fingerprint(database: Database) -> str:
    digest = hashlib.sha256()
    for person in _people(database):
        digest.update(repr([getattr(person, f) for f in FIELDS]).encode())
    return digest.hexdigest()


def test_demo_data_is_realistic_and_valid(database: Database) -> None:
    before = clock.now()
    with database.unit_of_work() as session:
        summary = generate(session, people=600, seed=7)
    assert summary.moment is not None and before <= summary.moment <= clock.now()
    today = local_day(summary.moment)  # the demo's day is the clock's, in Ecuador
    people = _people(database)
    assert summary.people == len(people) == 600
    cedulas = [p.document_number for p in people if p.document_type == DocumentType.CEDULA]
    assert len(cedulas) > 250 and all(ci.is_valid(c) for c in cedulas)
    text = " ".join(f"{p.given_names} {p.family_names}" for p in people)
    assert "ñ" in text and any(c in text for c in "áéíóú")
    nationalities = Counter(p.nationality for p in people)
    assert nationalities["EC"] > nationalities["VE"] > nationalities["CO"] > 0
    groups = Counter(p.population_group for p in people)
    assert set(groups) >= {
        PopulationGroup.HOST,
        PopulationGroup.MIGRANT_DESTINATION,
        PopulationGroup.IN_TRANSIT,
        PopulationGroup.RETURNEE,
    }
    assert all(
        p.population_group in (PopulationGroup.HOST, PopulationGroup.RETURNEE)
        for p in people
        if p.nationality == "EC"
    )
    ages = [(today - p.birth_date).days // 365 for p in people]
    assert min(ages) >= 18 and max(ages) <= 66 and sorted(ages)[len(ages) // 2] < 40
    phones = [p.phone for p in people if p.phone]
    assert all(phonenumbers.is_valid_number(phonenumbers.parse(n)) for n in phones)
    assert all(p.search_name == p.search_name.lower() for p in people)
    with database.sessions() as session:
        profiles = list(session.scalars(select(EntrepreneurProfile)))
        assert 0.15 < len(profiles) / 600 < 0.35
        by_id = {p.id: p for p in people}
        assert all(is_valid_code(by_id[pr.person_id].member_code) for pr in profiles)
        assert session.scalar(select(ConsentRecord).limit(1)).text_version == "2026-01"
        roles = {u.username for u in session.scalars(select(StaffUser))}
        assert {"admin", "coordinacion", "recepcion"} <= roles
    documents = [(p.document_type, p.document_number) for p in people if p.document_number]
    assert len(documents) == len(set(documents))


# Every table the demo fills, but the accounts, the site and the audit log, which carry the time
# they were really written (and password salts).
DEMO_TABLES = (
    "person",
    "person_token",
    "consent_record",
    "entrepreneur_profile",
    "resource",
    "site_closure",
    "booking",
    "booking_cell",
    "visit",
    "employer",
    "vacancy",
    "event",
    "event_employer",
    "registration",
    "check_in",
    "interaction",
    "outcome",
)


def table_fingerprint(database: Database) -> tuple[dict[str, int], str]:
    """Rows per table and a hash of every row of the demo's tables, in primary key order."""
    digest = hashlib.sha256()
    counts = {}
    with database.sessions() as session:
        for table in DEMO_TABLES:
            rows = session.execute(text(f"SELECT * FROM {table} ORDER BY 1, 2")).all()
            counts[table] = len(rows)
            for row in rows:
                digest.update(repr(tuple(row)).encode())
    return counts, digest.hexdigest()


def _made_on(tmp_path, name: str, seed: int, now: datetime | None):
    db = open_database(sqlite_url(tmp_path / f"{name}.sqlite3"))
    with db.unit_of_work() as session:
        summary = generate(session, people=200, seed=seed, now=now)
    made = table_fingerprint(db)
    with db.sessions() as session:
        births = list(session.scalars(select(Person.birth_date).order_by(Person.id)))
    db.dispose()
    return summary, made, births


def test_same_seed_and_moment_give_the_same_rows_another_day_other_dates(tmp_path) -> None:
    day = clock.today() - timedelta(days=40)
    first = _made_on(tmp_path, "a", 3, moment_of(day))
    again = _made_on(tmp_path, "b", 3, moment_of(day))
    assert first[1] == again[1] and first[1][0]["visit"] > 0  # row for row
    later = _made_on(tmp_path, "c", 3, moment_of(day + timedelta(days=1)))
    assert later[1][1] != first[1][1]
    # a day later, the same people are a day older: the dates move with the demo's day
    assert [b - timedelta(days=1) for b in later[2]] == first[2]
    assert first[0].moment == datetime.combine(day, time(10, 30), clock.local_zone())


def test_the_moment_is_a_local_time_of_day_given_in_utc() -> None:
    moment = moment_of(date(2028, 2, 29))
    assert moment.tzinfo == UTC and moment == datetime(2028, 2, 29, 15, 30, tzinfo=UTC)


def test_same_seed_same_data_other_seed_other_data(tmp_path) -> None:
    prints = []
    now = clock.now()
    for name, seed in (("a", 3), ("b", 3), ("c", 4)):
        db = open_database(f"sqlite:///{tmp_path / name}.sqlite3")
        with db.unit_of_work() as session:
            generate(session, people=300, seed=seed, now=now)
        prints.append(_fingerprint(db))
        db.dispose()
    assert prints[0] == prints[1] != prints[2]


def test_demo_refuses_a_database_that_already_holds_people(database: Database) -> None:
    import pytest

    from coworking.core.errors import UserError

    with database.unit_of_work() as session:
        generate(session, people=5, seed=1)
    with pytest.raises(UserError, match="ya tiene personas"), database.unit_of_work() as s:
        generate(s, people=5, seed=1)


# --- the command, on awkward days --------------------------------------------------------------

AWKWARD_DAYS = {
    "bisiesto": date(2028, 2, 29),  # a Tuesday, a year the holiday list does not cover
    "fin-de-anio": date(2027, 12, 31),  # a Friday, the year turning over
    "domingo": date(2027, 2, 28),  # the site is closed
    "feriado": date(2027, 5, 24),  # Batalla de Pichincha: the site is closed
}
LATEST = {  # the moments a demo row records, none of which may come after the demo's now
    "person": ("created_at", "updated_at"),
    "consent_record": ("created_at", "updated_at", "given_at"),
    "entrepreneur_profile": ("created_at", "updated_at"),
    "resource": ("created_at", "updated_at"),
    "booking": ("created_at", "updated_at", "cancelled_at", "checked_in_at", "no_show_at"),
    "visit": ("created_at", "updated_at", "checked_in_at", "checked_out_at"),
    "employer": ("created_at", "updated_at"),
    "vacancy": ("created_at", "updated_at"),
    "event": ("created_at", "updated_at"),
    "event_employer": ("created_at", "updated_at"),
    "registration": ("created_at", "updated_at", "checked_in_at", "cancelled_at"),
    "check_in": ("created_at", "updated_at", "scanned_at", "undone_at"),
    "interaction": ("created_at", "updated_at"),
    "outcome": ("created_at", "updated_at"),
}


def _demo_command(home, day: date):
    from tests.test_cli import INIT, PASSWORD, run

    assert run(home, *INIT, stdin=PASSWORD + "\n").returncode == 0
    result = run(home, "--json", "demo", "--people", "400", "--seed", "2", "--today", str(day))
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


@pytest.mark.own_day
@pytest.mark.parametrize("day", list(AWKWARD_DAYS.values()), ids=list(AWKWARD_DAYS))
def test_the_command_makes_a_living_demo_on_awkward_days(tmp_path, day: date) -> None:
    from coworking.core import checkin, fairs, outcomes, sites, visits
    from coworking.core.setup import current_site
    from coworking.db.models import Booking, Visit

    answer = _demo_command(tmp_path, day)
    now = moment_of(day)
    assert datetime.fromisoformat(answer["moment"]) == now
    database = open_database(sqlite_url(tmp_path / "coworking.sqlite3"))
    try:
        with database.sessions() as session:
            limits = [(t, c, now) for t, columns in LATEST.items() for c in columns]
            limits += [("outcome", c, day) for c in ("occurred_on", "followed_up_30_on")]
            limits += [("outcome", "followed_up_90_on", day), ("person", "birth_date", day)]
            for name, column, limit in limits:  # nothing after the demo's moment
                table = Base.metadata.tables[name]
                later = session.scalar(
                    select(func.count()).select_from(table).where(table.c[column] > limit)
                )
                assert later == 0, (name, column)
            site = current_site(session)
            grace = timedelta(minutes=site.no_show_grace_minutes)
            booked = list(session.scalars(select(Booking)))
            missed = [
                b
                for b in booked
                if b.starts_at + grace <= now
                and not (b.checked_in_at or b.no_show_at or b.cancelled_at)
            ]
            assert missed == []  # what the no-show sweep would mark, the demo has resolved
            ahead = [
                b
                for b in booked
                if now < b.starts_at <= now + timedelta(days=14) and b.cancelled_at is None
            ]
            assert len(ahead) > 30
            span = sites.day_hours(session, site.id, day).span()
            inside = session.scalars(select(Visit).where(Visit.checked_out_at.is_(None))).all()
            if span is not None and span[0] <= now < span[1]:
                assert len(inside) >= 1
            else:
                assert inside == []
            current = fairs.current_event(session, day)
            assert current.starts_on <= day <= current.ends_on
            counts = checkin.counters(session, current.id)
            assert 0.4 < counts.total_checked_in / counts.total_registered < 0.65
            assert outcomes.due_follow_ups(session, day)
        with database.unit_of_work() as session:
            assert visits.sweep(session, site.id, now) == (0, 0)  # the sweep changes nothing
    finally:
        database.dispose()


@pytest.mark.own_day
def test_the_command_gives_the_same_rows_for_the_same_day(tmp_path) -> None:
    day = AWKWARD_DAYS["bisiesto"]
    made = []
    for name, when in (("a", day), ("b", day), ("c", day + timedelta(days=1))):
        home = tmp_path / name
        home.mkdir()
        _demo_command(home, when)
        database = open_database(sqlite_url(home / "coworking.sqlite3"))
        made.append(table_fingerprint(database))
        database.dispose()
    assert made[0] == made[1]
    assert made[2][1] != made[0][1]


def test_a_bad_day_is_a_usage_error(tmp_path) -> None:
    from tests.test_cli import run

    for day, why in (("2027-02-30", "AAAA-MM-DD"), ("0001-01-01", "entre los años 2000 y 2099")):
        result = run(tmp_path, "demo", "--today", day)
        assert result.returncode == 2
        assert "--today" in result.stderr and f"«{day}»" in result.stderr and why in result.stderr
    assert not (tmp_path / "coworking.sqlite3").exists()


def test_the_demo_has_people_registered_twice_for_the_duplicates_list(tmp_path) -> None:
    from coworking.core import duplicates
    from coworking.core.text import search_key

    db = open_database(sqlite_url(tmp_path / "twice.sqlite3"))
    with db.unit_of_work() as session:
        generate(session, people=400, seed=5, now=moment_of(date(2027, 3, 1)))
    with db.sessions() as session:
        pairs = duplicates.pairs_among(duplicates.everyone(session))
    db.dispose()
    typed_again = [
        p
        for p in pairs
        if search_key(p.first.name) == search_key(p.second.name) and p.first.name != p.second.name
    ]
    assert len(typed_again) >= 2  # one in every 150 people, typed again without accents
    assert all("fecha de nacimiento" in p.reason for p in typed_again)
