"""The co-working attendance summary of one site over a period of local dates.

First visits, registrations and bookings by state are counted by the database (GROUP BY);
the visits overlapping the period are fetched once, as raw timestamps parsed in bulk, and
durations, people, the hour-by-hour presence and the weekly or monthly trend are computed on
them with numpy, so that a year of half a million visits takes a few seconds.

Definitions:

- A visit belongs to the period of its check-in; a visit still open counts until ``now``.
- People are different people: a record merged into another counts as the one it was merged
  into (``disaggregation.person_key``).
- Bookings belong to the period of their start. «Made» bookings are those not cancelled;
  booked hours and occupancy leave out cancelled bookings and no-shows.
- The heat map counts a person in a local hour when any of their visits overlaps it (visits
  begun before the period count from its first midnight), averaged over the dates of that
  weekday in the period.

Ecuador's mainland time has no daylight saving, so every local day is 24 hours long and hours
are counted from the first local midnight.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING, Literal

from sqlalchemy import and_, case, func, select
from sqlalchemy.orm import Session

from coworking.core import sites
from coworking.core.disaggregation import Breakdown, people_breakdown, person_key
from coworking.core.errors import UserError
from coworking.core.localtime import local_midnight
from coworking.core.visit_arrays import (
    HOUR,
    VisitArrays,
    distinct_per,
    present_by_slot,
    raw_time,
    seconds,
    sum_by,
    weekday_average,
)
from coworking.db.base import utcnow
from coworking.db.models import Booking, Person, Resource, Visit

if TYPE_CHECKING:
    import numpy as np

DAY = 86400.0
WEEKLY_UP_TO_DAYS = 92  # longer periods are followed month by month


@dataclass(frozen=True)
class ResourceFigures:
    """One desk or room. ``bookings`` are those made (not cancelled); ``booked_hours`` leave
    out no-shows; ``used_hours`` are the visits checked in on its bookings."""

    resource_id: int
    name: str
    kind: str
    bookings: int
    no_shows: int
    booked_hours: float
    used_hours: float
    open_hours: float
    occupancy: float | None


@dataclass(frozen=True)
class TrendBucket:
    """One ISO week or calendar month, clipped to the period."""

    first: date
    last: date
    visits: int
    people: int
    hours: float
    bookings: int
    no_shows: int


@dataclass(frozen=True)
class CoworkingSummary:
    site_id: int
    first: date
    last: date
    now: datetime
    visits: int
    people: int
    first_time_people: int
    registered_people: int
    hours_used: float
    bookings: int  # made: not cancelled
    cancelled: int
    checked_in: int
    no_shows: int
    booked_hours: float  # neither cancelled nor no-show
    open_hours: float  # the site's, over the period
    occupancy: float | None  # booked hours / (open hours × resources)
    resources: tuple[ResourceFigures, ...]
    heatmap: tuple[tuple[float, ...], ...]  # [weekday 0-6][local hour 0-23]: average people
    open_by_hour: tuple[tuple[bool, ...], ...]  # [weekday][hour]: open then on some date
    trend_unit: Literal["week", "month"]
    trend: tuple[TrendBucket, ...]
    visitors: Breakdown


def buckets(first: date, last: date) -> tuple[Literal["week", "month"], list[tuple[date, date]]]:
    """ISO weeks (Monday to Sunday) for periods up to 92 days, else calendar months; the first
    and last bucket are clipped to the period."""
    unit: Literal["week", "month"] = (
        "week" if (last - first).days + 1 <= WEEKLY_UP_TO_DAYS else "month"
    )
    result: list[tuple[date, date]] = []
    day = first
    while day <= last:
        if unit == "week":
            end = day + timedelta(days=6 - day.weekday())
        else:
            following = date(day.year + day.month // 12, day.month % 12 + 1, 1)
            end = following - timedelta(days=1)
        result.append((day, min(end, last)))
        day = end + timedelta(days=1)
    return unit, result


def coworking_summary(
    session: Session, site_id: int, first: date, last: date, now: datetime | None = None
) -> CoworkingSummary:
    """Every figure of the co-working attendance report for ``site_id``, dates ``first`` to
    ``last`` inclusive (local), open visits counted until ``now``."""
    import numpy as np

    if last < first:
        raise UserError("La fecha final del periodo es anterior a la inicial.")
    sites.get_site(session, site_id)
    now = (now or utcnow()).astimezone(UTC)
    start, end = local_midnight(first), local_midnight(last + timedelta(days=1))
    days = (last - first).days + 1
    visits = VisitArrays.read(session, site_id, start, end, now)
    status, booked = _bookings(session, site_id, start, end)
    calendar = sites.days_hours(session, site_id, first, days)
    open_hours = sum(_open_hours(day) for day in calendar)
    resources = _per_resource(session, site_id, status, booked, visits, open_hours)
    booked_hours = float(booked.hours[~booked.no_show].sum())
    capacity = open_hours * len(resources)
    totals = [sum(row[i] for row in status.values()) for i in range(4)]
    present = present_by_slot(visits.person, visits.came, visits.left, start.timestamp(), days)
    unit, spans = buckets(first, last)
    in_period = and_(
        Visit.site_id == site_id, Visit.checked_in_at >= start, Visit.checked_in_at < end
    )
    registered = select(func.count()).where(
        Person.created_at >= start, Person.created_at < end, Person.merged_into_id.is_(None)
    )
    return CoworkingSummary(
        site_id=site_id,
        first=first,
        last=last,
        now=now,
        visits=int(visits.mine.sum()),
        people=len(np.unique(visits.person[visits.mine])),
        first_time_people=_first_timers(session, site_id, start, end),
        registered_people=int(session.scalar(registered) or 0),
        hours_used=float(visits.hours[visits.mine].sum()),
        bookings=totals[0],
        cancelled=totals[1],
        checked_in=totals[2],
        no_shows=totals[3],
        booked_hours=booked_hours,
        open_hours=open_hours,
        occupancy=booked_hours / capacity if capacity else None,
        resources=resources,
        heatmap=weekday_average(present.reshape(days, 24), first),
        open_by_hour=_open_by_hour(calendar),
        trend_unit=unit,
        trend=_trend(spans, start.timestamp(), visits, booked),
        visitors=people_breakdown(session, select(Visit.person_id).where(in_period), last),
    )


def _per_resource(
    session: Session,
    site_id: int,
    status: dict[int, tuple[int, int, int, int]],
    booked: _Booked,
    visits: VisitArrays,
    open_hours: float,
) -> tuple[ResourceFigures, ...]:
    """The site's resources in their usual order; an inactive one only if booked then."""
    kept = ~booked.no_show
    booked_by = sum_by(booked.resource[kept], booked.hours[kept])
    used_by = sum_by(visits.resource[visits.mine], visits.hours[visits.mine])
    figures = []
    for resource in sites.resources(session, site_id, include_inactive=True):
        made, cancelled, _arrived, missed = status.get(resource.id, (0, 0, 0, 0))
        if not resource.active and not made and not cancelled:
            continue
        hours = booked_by.get(resource.id, 0.0)
        figures.append(
            ResourceFigures(
                resource_id=resource.id,
                name=resource.name,
                kind=str(getattr(resource.kind, "value", resource.kind)),
                bookings=made,
                no_shows=missed,
                booked_hours=hours,
                used_hours=used_by.get(resource.id, 0.0),
                open_hours=open_hours,
                occupancy=hours / open_hours if open_hours else None,
            )
        )
    return tuple(figures)


def _trend(
    spans: list[tuple[date, date]], origin: float, visits: VisitArrays, booked: _Booked
) -> tuple[TrendBucket, ...]:
    import numpy as np

    first = spans[0][0]
    bucket_of_day = np.zeros((spans[-1][1] - first).days + 1, dtype=np.int64)
    for index, (a, b) in enumerate(spans):
        bucket_of_day[(a - first).days : (b - first).days + 1] = index
    mine = visits.mine
    v_bucket = bucket_of_day[((visits.came[mine] - origin) // DAY).astype(np.int64)]
    b_bucket = bucket_of_day[((booked.starts - origin) // DAY).astype(np.int64)]
    n = len(spans)
    columns = zip(
        np.bincount(v_bucket, minlength=n),
        distinct_per(v_bucket, visits.person[mine], n),
        np.bincount(v_bucket, weights=visits.hours[mine], minlength=n),
        np.bincount(b_bucket, minlength=n),
        np.bincount(b_bucket[booked.no_show], minlength=n),
        strict=True,
    )
    return tuple(
        TrendBucket(a, b, int(v), int(p), float(h), int(bk), int(ns))
        for (a, b), (v, p, h, bk, ns) in zip(spans, columns, strict=True)
    )


# --- reading ------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Booked:
    """Bookings made (not cancelled) that start in the period, as arrays."""

    resource: np.ndarray
    starts: np.ndarray
    ends: np.ndarray
    no_show: np.ndarray

    @property
    def hours(self) -> np.ndarray:
        import numpy as np

        return np.clip(self.ends - self.starts, 0, None) / HOUR


def _bookings(
    session: Session, site_id: int, start: datetime, end: datetime
) -> tuple[dict[int, tuple[int, int, int, int]], _Booked]:
    """Per resource: (made, cancelled, checked in, no-shows); and the made bookings."""
    import numpy as np

    where = and_(Resource.site_id == site_id, Booking.starts_at >= start, Booking.starts_at < end)
    made = Booking.cancelled_at.is_(None)
    status = {
        row[0]: (int(row[1]), int(row[2]), int(row[3]), int(row[4]))
        for row in session.execute(
            select(
                Booking.resource_id,
                func.sum(case((made, 1), else_=0)),
                func.sum(case((made, 0), else_=1)),
                func.sum(case((and_(made, Booking.checked_in_at.is_not(None)), 1), else_=0)),
                func.sum(case((and_(made, Booking.no_show_at.is_not(None)), 1), else_=0)),
            )
            .join(Resource, Resource.id == Booking.resource_id)
            .where(where)
            .group_by(Booking.resource_id)
        )
    }
    statement = (
        select(Booking.resource_id, raw_time(Booking.starts_at), raw_time(Booking.ends_at))
        .add_columns(case((Booking.no_show_at.is_(None), 0), else_=1))
        .join(Resource, Resource.id == Booking.resource_id)
        .where(where, made)
    )
    rows = session.connection().execute(statement).all()
    booked = _Booked(
        resource=np.array([r[0] for r in rows], dtype=np.int64),
        starts=seconds([r[1] for r in rows]),
        ends=seconds([r[2] for r in rows]),
        no_show=np.array([bool(r[3]) for r in rows], dtype=bool),
    )
    return status, booked


def _first_timers(session: Session, site_id: int, start: datetime, end: datetime) -> int:
    """People whose first visit ever at the site falls in the period (merged records folded:
    the first visit of any of a person's records counts)."""
    per_record = (
        select(Visit.person_id.label("person_id"), func.min(Visit.checked_in_at).label("came"))
        .where(Visit.site_id == site_id, Visit.checked_in_at < end)
        .group_by(Visit.person_id)
        .subquery()
    )
    per_person = (
        select(func.min(per_record.c.came).label("came"))
        .join(Person, Person.id == per_record.c.person_id)
        .group_by(person_key())
        .subquery()
    )
    count = session.scalar(
        select(func.count()).select_from(per_person).where(per_person.c.came >= start)
    )
    return int(count or 0)


# --- arithmetic ---------------------------------------------------------------------------


def _open_hours(day: sites.DayHours) -> float:
    span = day.span()
    return (span[1] - span[0]).total_seconds() / HOUR if span else 0.0


def _open_by_hour(calendar: list[sites.DayHours]) -> tuple[tuple[bool, ...], ...]:
    """For each weekday and local hour: whether the site was open during part of that hour on
    some date of the period."""
    grid = [[False] * 24 for _ in range(7)]
    for day in calendar:
        if day.opens is None or day.closes is None:
            continue
        opens = day.opens.hour * 60 + day.opens.minute
        closes = day.closes.hour * 60 + day.closes.minute
        for hour in range(24):
            if hour * 60 < closes and (hour + 1) * 60 > opens:
                grid[day.day.weekday()][hour] = True
    return tuple(tuple(row) for row in grid)
