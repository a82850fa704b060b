"""Who is in, which resources are free now, and how full the space was by hour and by day."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coworking.core.localtime import local_midnight, local_zone
from coworking.core.sites import days_hours
from coworking.db.base import utcnow
from coworking.db.enums import ResourceKind
from coworking.db.models import Booking, Person, Resource, Visit


@dataclass(frozen=True)
class Inside:
    """A person checked in now."""

    visit_id: int
    person_id: int
    person_name: str
    since: datetime
    resource_name: str | None
    until: datetime | None


def who_is_in(session: Session, site_id: int) -> list[Inside]:
    rows = session.execute(
        select(
            Visit.id,
            Visit.person_id,
            Person.given_names,
            Person.family_names,
            Visit.checked_in_at,
            Resource.name,
            Booking.ends_at,
        )
        .join(Person, Person.id == Visit.person_id)
        .outerjoin(Booking, Booking.id == Visit.booking_id)
        .outerjoin(Resource, Resource.id == Booking.resource_id)
        .where(Visit.site_id == site_id, Visit.checked_out_at.is_(None))
        .order_by(Visit.checked_in_at)
    )
    return [Inside(r[0], r[1], f"{r[2]} {r[3]}", r[4], r[5], r[6]) for r in rows]


FREE, OCCUPIED, RESERVED, CLOSED = "free", "occupied", "reserved", "closed"


@dataclass(frozen=True)
class ResourceNow:
    """One resource on the live board.

    ``state``: free; occupied (its booking is checked in); reserved (booked now, the person has
    not arrived yet); closed (the site is closed now).
    """

    resource_id: int
    name: str
    kind: ResourceKind
    capacity: int
    state: str
    person_name: str | None = None
    until: datetime | None = None  # end of the current booking, or of the free stretch
    next_start: datetime | None = None


def board(session: Session, site_id: int, now: datetime | None = None) -> list[ResourceNow]:
    """Every active resource and what it is doing now."""
    now = now or utcnow()
    zone = local_zone()
    span = days_hours(session, site_id, now.astimezone(zone).date())[0].span(zone)
    resources = session.execute(
        select(Resource.id, Resource.name, Resource.kind, Resource.capacity)
        .where(Resource.site_id == site_id, Resource.active.is_(True))
        .order_by(Resource.position, Resource.id)
    ).all()
    if span is None or not span[0] <= now < span[1]:
        return [ResourceNow(r[0], r[1], ResourceKind(r[2]), r[3], CLOSED) for r in resources]
    day_end = span[1]
    current: dict[int, tuple] = {}
    upcoming: dict[int, datetime] = {}
    rows = session.execute(
        select(
            Booking.resource_id,
            Booking.starts_at,
            Booking.ends_at,
            Booking.checked_in_at,
            Person.given_names,
            Person.family_names,
        )
        .join(Resource, Resource.id == Booking.resource_id)
        .join(Person, Person.id == Booking.person_id)
        .outerjoin(Visit, Visit.booking_id == Booking.id)
        .where(
            Resource.site_id == site_id,
            Visit.checked_out_at.is_(None),  # gone: the desk is free though the slot runs on
            Booking.cancelled_at.is_(None),
            Booking.no_show_at.is_(None),
            Booking.ends_at > now,
            Booking.starts_at < day_end,
        )
        .order_by(Booking.starts_at)
    )
    for resource_id, starts, ends, checked_in, given, family in rows:
        if starts <= now < ends or checked_in is not None:
            current.setdefault(resource_id, (ends, checked_in, f"{given} {family}"))
        elif starts > now:
            upcoming.setdefault(resource_id, starts)
    result = []
    for resource_id, name, kind, capacity in resources:
        kind = ResourceKind(kind)
        if resource_id in current:
            ends, checked_in, person = current[resource_id]
            state = OCCUPIED if checked_in is not None else RESERVED
            result.append(
                ResourceNow(
                    resource_id,
                    name,
                    kind,
                    capacity,
                    state,
                    person,
                    ends,
                    upcoming.get(resource_id),
                )
            )
        else:
            nxt = upcoming.get(resource_id)
            result.append(
                ResourceNow(resource_id, name, kind, capacity, FREE, None, nxt or day_end, nxt)
            )
    return result


def present_by_hour(
    session: Session, site_id: int, first: date, last: date, now: datetime | None = None
) -> dict[date, list[int]]:
    """For each date, 24 counts: how many different people were in during each local hour.

    A visit still open counts until ``now``.
    """
    now = now or utcnow()
    zone = local_zone()
    start, end = local_midnight(first), local_midnight(last + timedelta(days=1))
    rows = session.execute(
        select(Visit.person_id, Visit.checked_in_at, Visit.checked_out_at).where(
            Visit.site_id == site_id,
            Visit.checked_in_at < end,
            func.coalesce(Visit.checked_out_at, now) > start,
        )
    )
    people: dict[tuple[date, int], set[int]] = defaultdict(set)
    for person_id, came, left in rows:
        moment = max(came, start).astimezone(zone).replace(minute=0, second=0, microsecond=0)
        until = min(left or now, end)
        while moment < until:
            people[(moment.date(), moment.hour)].add(person_id)
            moment += timedelta(hours=1)
    result: dict[date, list[int]] = {}
    day = first
    while day <= last:
        result[day] = [len(people.get((day, hour), ())) for hour in range(24)]
        day += timedelta(days=1)
    return result


@dataclass(frozen=True)
class DayCount:
    day: date
    visits: int
    people: int
    bookings: int
    no_shows: int


def by_day(session: Session, site_id: int, first: date, last: date) -> list[DayCount]:
    """Visits, different people, bookings and no-shows per local date."""
    zone = local_zone()
    start, end = local_midnight(first), local_midnight(last + timedelta(days=1))
    visits: dict[date, list[int]] = defaultdict(list)
    for person_id, came in session.execute(
        select(Visit.person_id, Visit.checked_in_at).where(
            Visit.site_id == site_id, Visit.checked_in_at >= start, Visit.checked_in_at < end
        )
    ):
        visits[came.astimezone(zone).date()].append(person_id)
    booked: dict[date, int] = defaultdict(int)
    missed: dict[date, int] = defaultdict(int)
    for starts, no_show in session.execute(
        select(Booking.starts_at, Booking.no_show_at)
        .join(Resource, Resource.id == Booking.resource_id)
        .where(
            Resource.site_id == site_id,
            Booking.starts_at >= start,
            Booking.starts_at < end,
            Booking.cancelled_at.is_(None),
        )
    ):
        day = starts.astimezone(zone).date()
        booked[day] += 1
        missed[day] += no_show is not None
    result = []
    day = first
    while day <= last:
        result.append(
            DayCount(day, len(visits[day]), len(set(visits[day])), booked[day], missed[day])
        )
        day += timedelta(days=1)
    return result
