"""Reading bookings: what the calendar shows, the free stretches of a week and the resources
free right now."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coworking.core.bookings import active_filter, floor_to
from coworking.core.localtime import local_zone
from coworking.core.sites import days_hours
from coworking.db.base import utcnow
from coworking.db.enums import ResourceKind
from coworking.db.models import Booking, BookingCell, Person, Resource


@dataclass(frozen=True)
class BookingRow:
    """A booking as the calendar and lists show it."""

    booking_id: int
    resource_id: int
    person_id: int
    person_name: str
    starts: datetime
    ends: datetime
    checked_in: bool
    no_show: bool
    cancelled: bool
    series: bool
    purpose: str | None

    @property
    def state(self) -> str:
        if self.cancelled:
            return "cancelled"
        if self.no_show:
            return "no_show"
        if self.checked_in:
            return "checked_in"
        return "series" if self.series else "booked"


_ROW_COLUMNS = (
    Booking.id,
    Booking.resource_id,
    Booking.person_id,
    Person.given_names,
    Person.family_names,
    Booking.starts_at,
    Booking.ends_at,
    Booking.checked_in_at,
    Booking.no_show_at,
    Booking.cancelled_at,
    Booking.series_id,
    Booking.purpose,
)


def _rows(session: Session, query) -> list[BookingRow]:
    """Run a SELECT of :data:`_ROW_COLUMNS` into booking rows."""
    return [
        BookingRow(
            r[0],
            r[1],
            r[2],
            f"{r[3]} {r[4]}",
            r[5],
            r[6],
            r[7] is not None,
            r[8] is not None,
            r[9] is not None,
            r[10] is not None,
            r[11],
        )
        for r in session.execute(query)
    ]


def bookings_between(
    session: Session,
    site_id: int,
    start: datetime,
    end: datetime,
    *,
    include_cancelled: bool = False,
) -> list[BookingRow]:
    """The site's bookings starting in [start, end), no-shows included (they are history)."""
    query = (
        select(*_ROW_COLUMNS)
        .join(Resource, Resource.id == Booking.resource_id)
        .join(Person, Person.id == Booking.person_id)
        .where(Resource.site_id == site_id, Booking.starts_at >= start, Booking.starts_at < end)
        .order_by(Booking.starts_at)
    )
    if not include_cancelled:
        query = query.where(Booking.cancelled_at.is_(None))
    return _rows(session, query)


def free_intervals(
    session: Session,
    site_id: int,
    start_day: date,
    days: int = 7,
    *,
    kind: ResourceKind | None = None,
    min_minutes: int = 0,
) -> dict[int, list[tuple[datetime, datetime]]]:
    """Availability: for each active resource, the free stretches of its open hours over
    ``days`` days from ``start_day`` (local time), at least ``min_minutes`` long."""
    zone = local_zone()
    spans = [h.span(zone) for h in days_hours(session, site_id, start_day, days)]
    open_spans = [s for s in spans if s is not None]
    query = select(Resource.id).where(Resource.site_id == site_id, Resource.active.is_(True))
    if kind is not None:
        query = query.where(Resource.kind == kind)
    resource_ids = list(session.scalars(query.order_by(Resource.position, Resource.id)))
    result: dict[int, list[tuple[datetime, datetime]]] = {rid: [] for rid in resource_ids}
    if not open_spans or not resource_ids:
        return result
    start = datetime.combine(start_day, datetime.min.time(), zone)
    taken: dict[int, list[tuple[datetime, datetime]]] = defaultdict(list)
    rows = session.execute(
        select(Booking.resource_id, Booking.starts_at, Booking.ends_at)
        .join(Resource, Resource.id == Booking.resource_id)
        .where(
            Resource.site_id == site_id,
            Booking.starts_at >= start,
            Booking.starts_at < start + timedelta(days=days),
            *active_filter(),
        )
        .order_by(Booking.starts_at)
    )
    for resource_id, starts, ends in rows:
        taken[resource_id].append((starts, ends))
    least = timedelta(minutes=min_minutes)
    for resource_id in resource_ids:
        busy = taken.get(resource_id, [])
        free = result[resource_id]
        index = 0
        for opens, closes in open_spans:
            cursor = opens
            while index < len(busy) and busy[index][0] < closes:
                b_start, b_end = busy[index]
                if (
                    b_start > cursor
                    and b_start - cursor >= least
                    and b_start - cursor > timedelta(0)
                ):
                    free.append((cursor.astimezone(zone), b_start.astimezone(zone)))
                cursor = max(cursor, b_end)
                index += 1
            if closes > cursor and closes - cursor >= least:
                free.append((cursor.astimezone(zone), closes))
    return result


@dataclass(frozen=True)
class FreeNow:
    resource_id: int
    name: str
    kind: ResourceKind
    until: datetime  # free until this moment (next booking or closing time)


def free_now(
    session: Session,
    site_id: int,
    now: datetime | None = None,
    *,
    kind: ResourceKind | None = ResourceKind.DESK,
) -> list[FreeNow]:
    """Resources free from the current slot on, the longest free first."""
    now = now or utcnow()
    zone = local_zone()
    hours = days_hours(session, site_id, now.astimezone(zone).date())[0]
    span = hours.span(zone)
    if span is None or not span[0] <= now < span[1]:
        return []
    slot_start = floor_to(now, 15)
    query = select(Resource).where(Resource.site_id == site_id, Resource.active.is_(True))
    if kind is not None:
        query = query.where(Resource.kind == kind)
    candidates = list(session.scalars(query.order_by(Resource.position, Resource.id)))
    busy_now = set(
        session.scalars(select(BookingCell.resource_id).where(BookingCell.starts_at == slot_start))
    )
    next_start = dict(
        session.execute(
            select(Booking.resource_id, func.min(Booking.starts_at))
            .join(Resource, Resource.id == Booking.resource_id)
            .where(
                Resource.site_id == site_id,
                Booking.starts_at > now,
                Booking.starts_at < span[1],
                *active_filter(),
            )
            .group_by(Booking.resource_id)
        ).all()
    )
    free = [
        FreeNow(r.id, r.name, ResourceKind(r.kind), min(next_start.get(r.id, span[1]), span[1]))
        for r in candidates
        if r.id not in busy_now
    ]
    return sorted(free, key=lambda f: -f.until.timestamp())
