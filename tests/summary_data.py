"""A co-working history for the attendance summary tests: people of every kind, visits around
the edges of December 2026, bookings in every state, a merged pair and a second site; and the
raw rows read back with plain SQL, for pandas to count them another way."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

import pandas as pd
from sqlalchemy import text

from coworking.core import sites
from coworking.core.setup import current_site
from coworking.core.summary_coworking import CoworkingSummary
from coworking.db.database import Database
from coworking.db.enums import PopulationGroup, ResourceKind, Sex
from coworking.db.models import Booking, Person, Resource, StaffUser, Visit
from tests.consent_data import consenting
from tests.cowork_data import at

FIRST, LAST = date(2026, 12, 1), date(2026, 12, 31)  # Tuesday to Thursday
NOW = at(31, 19, 30)  # the open visit counts until here
ZONE = "America/Guayaquil"


@dataclass
class History:
    site_id: int
    other_site_id: int
    resources: dict[str, int] = field(default_factory=dict)
    people: dict[str, int] = field(default_factory=dict)


BEFORE = at(15, 9, month=10)  # when most people were registered


def _person(session, history: History, key: str, created: datetime = BEFORE, **facts) -> Person:
    person = Person(
        given_names=key.capitalize(), family_names="Prueba", created_at=created, **facts
    )
    session.add(person)
    session.flush()
    consenting(session, [person.id])  # counted in the breakdowns
    history.people[key] = person.id
    return person


def _visit(session, site_id, person_id, came, minutes, booking_id=None) -> None:
    left = None if minutes is None else came + timedelta(minutes=minutes)
    session.add(
        Visit(
            site_id=site_id,
            person_id=person_id,
            checked_in_at=came,
            checked_out_at=left,
            booking_id=booking_id,
        )
    )


def _booking(session, resource_id, person_id, starts, hours, state="made") -> int:
    booking = Booking(
        resource_id=resource_id,
        person_id=person_id,
        starts_at=starts,
        ends_at=starts + timedelta(minutes=int(hours * 60)),
        cancelled_at=starts - timedelta(days=1) if state == "cancelled" else None,
        checked_in_at=starts + timedelta(minutes=5) if state == "arrived" else None,
        no_show_at=starts + timedelta(minutes=20) if state == "no_show" else None,
    )
    session.add(booking)
    session.flush()
    if state == "arrived":
        _visit(
            session,
            _site_of(session, resource_id),
            person_id,
            starts + timedelta(minutes=5),
            90,
            booking.id,
        )
    return booking.id


def _site_of(session, resource_id: int) -> int:
    return session.get(Resource, resource_id).site_id


def build_history(database: Database, admin: StaffUser, *, seed: int = 7) -> History:
    rng = random.Random(seed)
    with database.unit_of_work(admin) as session:
        site = current_site(session)
        assert site is not None
        other = sites.save_site(session, admin, "Coworking Tarqui", "1308")
        history = History(site.id, other.id)
        for name, kind, active in (
            ("Escritorio 1", ResourceKind.DESK, True),
            ("Escritorio 2", ResourceKind.DESK, True),
            ("Escritorio viejo", ResourceKind.DESK, True),  # booked, then deactivated
            ("Escritorio guardado", ResourceKind.DESK, False),  # never booked: not listed
            ("Sala Manglar", ResourceKind.ROOM, True),
        ):
            resource = sites.save_resource(
                session, admin, site.id, sites.ResourceInput(kind, name, active=active)
            )
            history.resources[name] = resource.id
        history.resources["Tarqui 1"] = sites.save_resource(
            session, admin, other.id, sites.ResourceInput(ResourceKind.DESK, "Tarqui 1")
        ).id
        sites.set_closure(session, admin, site.id, date(2026, 12, 8), "Fundación de Manta")
        sites.set_closure(session, admin, site.id, date(2026, 11, 2), "Turno", closed=False)

        def make(key: str, created: datetime = BEFORE, **facts) -> Person:
            return _person(session, history, key, created, **facts)

        make("nodata")  # no sex, birth date, group, nationality
        make(
            "eighteen",
            sex=Sex.WOMAN,
            birth_date=date(2008, 12, 31),
            nationality="VE",
            population_group=PopulationGroup.MIGRANT_DESTINATION,
        )
        make(
            "seventeen",
            sex=Sex.MAN,
            birth_date=date(2009, 1, 1),
            nationality="VE",
            population_group=PopulationGroup.IN_TRANSIT,
        )
        make(
            "sixty",
            sex=Sex.MAN,
            birth_date=date(1966, 12, 31),
            nationality="EC",
            population_group=PopulationGroup.HOST,
        )
        make(
            "fiftynine",
            sex=Sex.WOMAN,
            birth_date=date(1967, 1, 1),
            nationality="EC",
            population_group=PopulationGroup.RETURNEE,
            disability="Visual",
        )
        make(
            "youth",
            sex=Sex.OTHER,
            birth_date=date(2000, 6, 15),
            nationality="CO",
            population_group=PopulationGroup.MIGRANT_DESTINATION,
        )
        make("undisclosed", sex=Sex.UNDISCLOSED, birth_date=date(1990, 3, 3), nationality="PE")
        keep = make("keep", sex=Sex.WOMAN, birth_date=date(1985, 5, 5), nationality="VE")
        gone = make("gone", at(10, 11), sex=Sex.WOMAN, birth_date=date(1985, 5, 5))
        gone.merged_into_id = keep.id  # the same woman registered twice; merged
        make("newcomer", at(3, 10), sex=Sex.MAN, birth_date=date(1995, 1, 1), nationality="VE")
        make("edge", at(1, 0), sex=Sex.WOMAN, birth_date=date(1999, 9, 9), nationality="EC")
        make("late", at(30, 23, 59, month=11))  # registered the minute before the period
        make("elsewhere", at(20, 12), sex=Sex.MAN, nationality="CO")  # only at the other site
        make("november", sex=Sex.MAN, nationality="EC")  # only before the period
        make("january", datetime(2027, 1, 2, 14, tzinfo=UTC))
        make("open", sex=Sex.WOMAN, birth_date=date(1970, 2, 2), nationality="VE")
        p = history.people

        # Regulars: many visits each, from late October to mid-January.
        regulars = [
            "nodata",
            "eighteen",
            "seventeen",
            "sixty",
            "fiftynine",
            "youth",
            "undisclosed",
            "keep",
            "gone",
            "november",
        ]
        start = datetime(2026, 10, 20, tzinfo=UTC)
        for key in regulars:
            for _ in range(14):
                day = start + timedelta(days=rng.randrange(85))
                if key == "november":
                    day = start + timedelta(days=rng.randrange(35))
                came = datetime.combine(day.date(), datetime.min.time(), at(1, 0).tzinfo)
                came += timedelta(minutes=rng.randrange(7 * 60, 20 * 60))
                _visit(session, site.id, p[key], came, rng.randrange(10, 300))
        _visit(session, site.id, p["gone"], at(21, 9, month=10), 120)  # first visit of «keep»
        _visit(session, site.id, p["newcomer"], at(3, 10, 15), 200)
        _visit(session, site.id, p["newcomer"], at(17, 15, 40), 45)
        _visit(session, other.id, p["elsewhere"], at(9, 10), 60)
        _visit(session, other.id, p["keep"], at(9, 10), 60)  # other site: not counted
        # The edges of the period, each on a UTC date other than its local one.
        _visit(session, site.id, p["edge"], at(30, 23, 30, month=11), 50)  # out, runs past 00:00
        _visit(session, site.id, p["edge"], at(1, 0, 0), 40)  # in: the first local minute
        _visit(session, site.id, p["edge"], at(31, 23, 50), 40)  # in: the last local minutes
        _visit(session, site.id, p["edge"], at(1, 0, 5, month=1, year=2027), 30)  # out
        _visit(session, site.id, p["open"], at(31, 17, 0), None)  # still in at NOW

        desk1, desk2 = history.resources["Escritorio 1"], history.resources["Escritorio 2"]
        old, room = history.resources["Escritorio viejo"], history.resources["Sala Manglar"]
        states = ["made", "made", "arrived", "arrived", "cancelled", "no_show"]
        for _ in range(40):
            day = datetime(2026, 11, 20, tzinfo=UTC) + timedelta(days=rng.randrange(55))
            starts = datetime.combine(day.date(), datetime.min.time(), at(1, 0).tzinfo)
            starts += timedelta(hours=rng.randrange(8, 17))
            _booking(
                session,
                rng.choice([desk1, desk2, room]),
                p[rng.choice(regulars)],
                starts,
                rng.choice([0.5, 1, 2, 3]),
                rng.choice(states),
            )
        _booking(session, old, p["eighteen"], at(2, 9), 2)
        _booking(session, old, p["eighteen"], at(4, 9), 2, "cancelled")
        _booking(session, desk1, p["edge"], at(31, 22), 1.5)  # in: 03:00 UTC on 1 January
        _booking(session, desk1, p["edge"], at(30, 23, month=11), 1)  # out
        _booking(session, desk2, p["edge"], at(1, 0, 30, month=1, year=2027), 1)  # out
        _booking(session, history.resources["Tarqui 1"], p["elsewhere"], at(9, 10), 2, "arrived")
        session.flush()
        session.get(Resource, old).active = False
        return history


# --- reading back ---------------------------------------------------------------------------


@dataclass
class Raw:
    visits: pd.DataFrame
    people: pd.DataFrame
    bookings: pd.DataFrame
    resources: pd.DataFrame
    hours: pd.DataFrame
    closures: pd.DataFrame


def _frame(session, sql: str) -> pd.DataFrame:
    result = session.execute(text(sql))
    return pd.DataFrame(result.all(), columns=list(result.keys()))


def _moments(column: pd.Series) -> pd.Series:
    return pd.to_datetime(column.astype(object), utc=True, format="ISO8601")


def local_date(moments: pd.Series) -> pd.Series:
    return moments.dt.tz_convert(ZONE).dt.date


def read_raw(session) -> Raw:
    people = _frame(session, "SELECT * FROM person")
    people["key"] = people["merged_into_id"].where(people["merged_into_id"].notna(), people["id"])
    people["key"] = people["key"].astype("int64")
    people["created_at"] = _moments(people["created_at"])
    people["birth_date"] = [
        None if pd.isna(b) else date.fromisoformat(str(b)[:10]) for b in people["birth_date"]
    ]
    visits = _frame(session, "SELECT * FROM visit")
    for name in ("checked_in_at", "checked_out_at"):
        visits[name] = _moments(visits[name])
    visits = visits.merge(people[["id", "key"]].rename(columns={"id": "person_id"}), on="person_id")
    bookings = _frame(session, "SELECT * FROM booking")
    for name in ("starts_at", "ends_at", "cancelled_at", "checked_in_at", "no_show_at"):
        bookings[name] = _moments(bookings[name])
    resources = _frame(session, "SELECT id, site_id, name, kind, active, position FROM resource")
    hours = _frame(session, "SELECT site_id, weekday, opens, closes FROM opening_hours")
    closures = _frame(session, "SELECT site_id, day, closed FROM site_closure")
    return Raw(visits, people, bookings, resources, hours, closures)


def actual(summary: CoworkingSummary) -> dict:
    """The summary in the shape of ``expected``."""
    v = summary.visitors
    return {
        **{
            name: getattr(summary, name)
            for name in (
                "visits",
                "people",
                "first_time_people",
                "registered_people",
                "hours_used",
                "bookings",
                "cancelled",
                "checked_in",
                "no_shows",
                "booked_hours",
                "open_hours",
                "occupancy",
                "trend_unit",
            )
        },
        "resources": {
            r.resource_id: {
                "name": r.name,
                "kind": r.kind,
                "bookings": r.bookings,
                "no_shows": r.no_shows,
                "booked_hours": r.booked_hours,
                "used_hours": r.used_hours,
                "open_hours": r.open_hours,
                "occupancy": r.occupancy,
            }
            for r in summary.resources
        },
        "heatmap": [list(row) for row in summary.heatmap],
        "open_by_hour": [list(row) for row in summary.open_by_hour],
        "trend": [
            (b.first, b.last, b.visits, b.people, b.hours, b.bookings, b.no_shows)
            for b in summary.trend
        ],
        "visitors": {
            "total": v.total,
            "sex": v.sex,
            "age": v.age,
            "youth": v.youth,
            "sex_by_age": v.sex_by_age,
            "youth_by_sex": v.youth_by_sex,
            "population": v.population,
            "nationality": v.nationality,
            "disability": v.disability,
        },
    }
