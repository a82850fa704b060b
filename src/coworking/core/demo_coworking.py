"""Demo co-working: the site's desks and rooms and a year of their use up to the demo's moment.

Regulars come two to four times a week on days of their own (most on Tuesday to Thursday),
occasional members now and then; the space is busiest on weekday mornings, quiet on Saturday,
closed on Sunday and holidays (``sites.days_hours``) and nearly empty in late December.
Most visits are booked ahead, a few days before; a tenth of the bookings end as no-shows and a
few are cancelled; walk-ins take a free desk when there is one; people check out by scanning
their card, and the few who forget are checked out at closing. The demo's day goes on until
the demo's moment: whoever is in the space then has an open visit. Bookings of the rest of the
day and of the next two weeks made before that moment are there too.

The rows keep the invariants of the services: every booking is placed on a per-resource
timeline, so active bookings never overlap and each holds its ``booking_cell`` rows; a person
has one booking a day at most; visits lie within opening hours and only today's may be open;
nothing is later than the demo's moment, and the no-show sweep finds nothing to do. Called by
:func:`coworking.core.demo.generate` with the demo's ``random.Random``: the same seed gives the
same data. Rows go in with Core bulk inserts, recorded by the demo's one audit entry.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from random import Random
from typing import Any

from sqlalchemy import Table, insert, select
from sqlalchemy.orm import Session

from coworking.core import sites
from coworking.core.demo_coworking_plan import (
    DESKS,
    FUTURE_DAYS,
    HISTORY_DAYS,
    MAX_DESKS,
    MEMBERS_PER_DESK,
    QUARTER,
    ROOMS,
    STATION,
    Place,
    Simulation,
    demo_uuid,
    extra_closures,
)
from coworking.core.localtime import local_zone
from coworking.core.setup import current_site
from coworking.db.enums import ResourceKind
from coworking.db.models import (
    Booking,
    BookingCell,
    Person,
    Resource,
    SiteClosure,
    StaffUser,
    Visit,
)


def _places(
    session: Session, rng: Random, site_id: int, members: int, since: datetime
) -> list[Place]:
    """The site's desks and rooms, set up ``since`` (the ones it already has under these
    names are kept)."""
    existing = {r.name: r for r in sites.resources(session, site_id, include_inactive=True)}
    position = max((r.position for r in existing.values()), default=0)
    desks = min(MAX_DESKS, max(DESKS, members // MEMBERS_PER_DESK))
    wanted = [
        (
            f"Escritorio {n}",
            ResourceKind.DESK,
            1,
            ("Enchufe", "Wifi")
            + (("Monitor",) if n % 4 == 1 else ())
            + (("Acceso para silla de ruedas",) if n <= 2 else ()),
        )
        for n in range(1, desks + 1)
    ]
    places = []
    for name, kind, capacity, amenities in [*wanted, *ROOMS]:
        resource = existing.get(name)
        if resource is None:
            position += 1
            resource = Resource(
                uuid=demo_uuid(rng),
                site_id=site_id,
                kind=kind,
                name=name,
                capacity=capacity,
                amenities=sorted(amenities),
                position=position,
                created_at=since,
                updated_at=since,
            )
            session.add(resource)
        places.append((resource, kind))
    session.flush()
    return [Place(r.id, r.name, ResourceKind(k).value) for r, k in places]


def _closures(session: Session, site_id: int, first: date, last: date) -> None:
    for day, reason in extra_closures(first, last):
        if not sites.closures(session, site_id, day, day):
            session.add(SiteClosure(site_id=site_id, day=day, reason=reason, closed=True))
    session.flush()


def _stamp(rng: Random, row: dict[str, Any], created: datetime, updated: datetime) -> dict:
    row.update(uuid=demo_uuid(rng), created_at=created, updated_at=max(created, updated))
    return row


class _Writer:
    def __init__(self, session: Session, rng: Random, now: datetime, site_id: int) -> None:
        self.connection = session.connection()
        self.rng = rng
        self.now = now
        self.site_id = site_id

    def insert(self, table: Table, rows: list[dict[str, Any]]) -> None:
        if rows:
            self.connection.execute(insert(table), rows)

    def bookings(self, sim: Simulation) -> None:
        zone = local_zone()
        staff = sim.staff
        rows = []
        sim.bookings.sort(key=lambda b: (b.day, b.starts, b.resource))
        for b in sim.bookings:
            midnight = datetime.combine(b.day, time.min, zone)
            changes = [b.created, b.cancelled, b.no_show, b.checked_in, b.touched]
            touched = min(self.now, max(t for t in changes if t is not None))
            booked_by = staff["recepcion"] if self.rng.random() < 0.85 else staff["coordinacion"]
            rows.append(
                _stamp(
                    self.rng,
                    {
                        "resource_id": sim.places[b.resource].resource_id,
                        "person_id": b.member.person_id,
                        "starts_at": midnight + timedelta(minutes=b.starts),
                        "ends_at": midnight + timedelta(minutes=b.ends),
                        "cancelled_at": b.cancelled,
                        "checked_in_at": b.checked_in,
                        "no_show_at": b.no_show,
                        "series_id": b.series_id,
                        "purpose": b.purpose,
                        "booked_by_id": booked_by,
                        "cancelled_by_id": staff["recepcion"] if b.cancelled else None,
                    },
                    b.created,
                    touched,
                )
            )
        self.insert(Booking.__table__, rows)
        # read the ids back by uuid: SQLite returns them one row at a time otherwise
        places = [p.resource_id for p in sim.places]
        new_ids = dict(
            self.connection.execute(
                select(Booking.uuid, Booking.id).where(Booking.resource_id.in_(places))
            ).all()
        )
        for booking, row in zip(sim.bookings, rows, strict=True):
            booking.id = new_ids[row["uuid"]]

    def cells(self, sim: Simulation) -> None:
        zone = local_zone()
        batch: list[dict[str, Any]] = []
        for b in sim.bookings:
            if not b.active:
                continue
            midnight = datetime.combine(b.day, time.min, zone)
            resource_id = sim.places[b.resource].resource_id
            for quarter in range(b.starts // QUARTER, b.ends // QUARTER):
                batch.append(
                    {
                        "resource_id": resource_id,
                        "starts_at": midnight + timedelta(minutes=quarter * QUARTER),
                        "booking_id": b.id,
                    }
                )
            if len(batch) >= 10_000:
                self.insert(BookingCell.__table__, batch)
                batch = []
        self.insert(BookingCell.__table__, batch)

    def visits(self, sim: Simulation) -> None:
        desk = sim.staff["recepcion"]
        rows = []
        sim.visits.sort(key=lambda v: v.arrival)
        for v in sim.visits:
            rows.append(
                _stamp(
                    self.rng,
                    {
                        "site_id": self.site_id,
                        "person_id": v.member.person_id,
                        "checked_in_at": v.arrival,
                        "checked_out_at": v.left,
                        "booking_id": v.booking.id if v.booking else None,
                        "station": STATION,
                        "auto_checked_out": v.auto,
                        "checked_in_by_id": desk,
                        "checked_out_by_id": None if v.auto or v.left is None else desk,
                    },
                    v.arrival,
                    v.left or v.arrival,
                )
            )
        self.insert(Visit.__table__, rows)


def _staff(session: Session, admin: StaffUser) -> dict[str, int]:
    users = dict(session.execute(select(StaffUser.username, StaffUser.id)).all())
    return {name: users.get(name, admin.id) for name in ("recepcion", "coordinacion")}


def add_coworking(session: Session, rng: Random, admin: StaffUser, now: datetime) -> dict[str, int]:
    """The site's desks and rooms, a year of bookings and visits up to ``now`` and the
    bookings already made for the next two weeks. Members are the demo people with a member
    card. Returns the number of rows written, by kind."""
    site = current_site(session)
    if site is None:
        return {"resources": 0, "bookings": 0, "no_shows": 0, "cancelled": 0, "visits": 0}
    members = [
        (person_id, code)
        for person_id, code in session.execute(
            select(Person.id, Person.member_code)
            .where(Person.member_code.is_not(None), Person.merged_into_id.is_(None))
            .order_by(Person.id)
        )
    ]
    today = now.astimezone(local_zone()).date()
    first = today - timedelta(days=HISTORY_DAYS)
    set_up = datetime.combine(first - timedelta(days=14), time(9), local_zone())
    places = _places(session, rng, site.id, len(members), set_up)
    _closures(session, site.id, first, today + timedelta(days=FUTURE_DAYS))
    staff = _staff(session, admin)
    sim = Simulation(rng, now, places, members, staff, site.no_show_grace_minutes)
    if members:
        sim.run(sites.days_hours(session, site.id, first, HISTORY_DAYS + FUTURE_DAYS + 1))
    writer = _Writer(session, rng, now, site.id)
    writer.bookings(sim)
    writer.cells(sim)
    writer.visits(sim)
    return {
        "resources": len(places),
        "bookings": len(sim.bookings),
        "no_shows": sum(b.no_show is not None for b in sim.bookings),
        "cancelled": sum(b.cancelled is not None for b in sim.bookings),
        "visits": len(sim.visits),
    }
