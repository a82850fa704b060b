"""Figures for the home page: how much the program holds, today's co-working, this month
against the last one, and the registrations for the next event.

Everything is read in one session and returned as plain frozen data, so that the desktop
program can gather it on a worker thread and draw it on the GUI thread.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from coworking import clock
from coworking.core import occupancy
from coworking.core.localtime import local_midnight, local_zone
from coworking.core.occupancy import Inside
from coworking.core.sites import DayHours, days_hours
from coworking.db.base import utcnow
from coworking.db.enums import EventKind, RegistrationRole
from coworking.db.models import (
    EntrepreneurProfile,
    Event,
    EventEmployer,
    Person,
    Registration,
    Visit,
)


@dataclass(frozen=True)
class Counts:
    people: int
    entrepreneurs: int
    events: int
    upcoming_events: int
    visits_today: int


def _count(session: Session, statement) -> int:
    return int(session.scalar(statement) or 0)


def counts(session: Session, *, today: date | None = None) -> Counts:
    """People, entrepreneurs, events (all and from ``today`` on) and today's co-working visits,
    ``today`` being the local date in Ecuador."""
    today = today or clock.today()
    day_start = local_midnight(today)
    day_end = day_start + timedelta(days=1)
    return Counts(
        people=_count(session, select(func.count()).select_from(Person)),
        entrepreneurs=_count(session, select(func.count()).select_from(EntrepreneurProfile)),
        events=_count(session, select(func.count()).select_from(Event)),
        upcoming_events=_count(
            session, select(func.count()).select_from(Event).where(Event.ends_on >= today)
        ),
        visits_today=_count(
            session,
            select(func.count())
            .select_from(Visit)
            .where(Visit.checked_in_at >= day_start, Visit.checked_in_at < day_end),
        ),
    )


# --- today ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Today:
    """Today's co-working at one site."""

    day: date
    hours: DayHours
    visits: int
    people: int
    bookings: int
    """Bookings starting today, not cancelled (no-shows included)."""
    inside: list[Inside]
    by_hour: list[int]
    """24 counts: different people present in each local hour (open visits count until now)."""


# --- this month against the last one -------------------------------------------------------


def month_start(day: date) -> date:
    return day.replace(day=1)


def previous_month_start(day: date) -> date:
    return month_start(month_start(day) - timedelta(days=1))


@dataclass(frozen=True)
class MonthComparison:
    """Co-working visits per day of month: this month up to today, and the whole last month."""

    first: date
    visits: list[int]
    """This month, from the 1st to today (one number a day)."""
    previous_first: date
    previous_visits: list[int]
    """The last month, every day."""

    @property
    def total(self) -> int:
        return sum(self.visits)

    @property
    def previous_total(self) -> int:
        return sum(self.previous_visits)

    @property
    def previous_same_days(self) -> int:
        """The last month up to the same day of month: what this month is fairly compared with."""
        return sum(self.previous_visits[: len(self.visits)])

    @property
    def change_percent(self) -> float | None:
        """This month against the same days of the last month, in %; None without a base."""
        base = self.previous_same_days
        if base == 0:
            return None
        return (self.total - base) * 100.0 / base


def cumulative(values: list[int]) -> list[int]:
    running, result = 0, []
    for value in values:
        running += value
        result.append(running)
    return result


# --- the next event ------------------------------------------------------------------------

ROLE_ORDER = (
    RegistrationRole.CANDIDATE,
    RegistrationRole.EMPLOYER_REP,
    RegistrationRole.VISITOR,
    RegistrationRole.STAFF,
)
LONGEST_RUN = 90
"""The registration chart covers at most this many days before the event (unless today is
earlier: today is always shown)."""
SHORTEST_RUN = 14


@dataclass(frozen=True)
class RoleCount:
    role: RegistrationRole
    registered: int
    checked_in: int


@dataclass(frozen=True)
class NextEvent:
    """The event going on today or coming next, with its live (not cancelled) registrations."""

    id: int
    name: str
    kind: EventKind
    venue: str | None
    starts_on: date
    ends_on: date
    capacity: int | None
    employers: int
    roles: list[RoleCount]
    """Every role, in ``ROLE_ORDER``."""
    first_day: date
    """The first day of the registration chart; the chart runs to ``starts_on``."""
    running_total: list[int]
    """Registrations made up to the end of each day from ``first_day`` to today (or to the
    event's first day, if that comes first)."""

    @property
    def registered(self) -> int:
        return sum(role.registered for role in self.roles)

    @property
    def checked_in(self) -> int:
        return sum(role.checked_in for role in self.roles)

    def role(self, role: RegistrationRole) -> RoleCount:
        return next(r for r in self.roles if r.role == role)


def next_event(session: Session, site_id: int | None, today: date) -> NextEvent | None:
    """The event that is on today or starts soonest after it; with a site, only the site's own
    events and those tied to no site."""
    query = select(Event).where(Event.ends_on >= today)
    if site_id is not None:
        query = query.where(or_(Event.site_id == site_id, Event.site_id.is_(None)))
    event = session.scalar(query.order_by(Event.starts_on, Event.id).limit(1))
    if event is None:
        return None
    rows = session.execute(
        select(Registration.role, Registration.created_at, Registration.checked_in_at).where(
            Registration.event_id == event.id, Registration.cancelled_at.is_(None)
        )
    ).all()
    registered: Counter[RegistrationRole] = Counter()
    came: Counter[RegistrationRole] = Counter()
    per_day: Counter[date] = Counter()
    zone = local_zone()
    for role, created, checked_in in rows:
        role = RegistrationRole(role)
        registered[role] += 1
        came[role] += checked_in is not None
        per_day[created.astimezone(zone).date()] += 1
    first_day = max(min(per_day, default=today), event.starts_on - timedelta(days=LONGEST_RUN - 1))
    first_day = min(first_day, today, event.starts_on - timedelta(days=SHORTEST_RUN - 1))
    last_day = min(today, event.starts_on)
    running = sum(n for day, n in per_day.items() if day < first_day)
    running_total = []
    day = first_day
    while day <= last_day:
        running += per_day[day]
        running_total.append(running)
        day += timedelta(days=1)
    employers = _count(
        session,
        select(func.count()).select_from(EventEmployer).where(EventEmployer.event_id == event.id),
    )
    return NextEvent(
        id=event.id,
        name=event.name,
        kind=EventKind(event.kind),
        venue=event.venue,
        starts_on=event.starts_on,
        ends_on=event.ends_on,
        capacity=event.capacity,
        employers=employers,
        roles=[RoleCount(role, registered[role], came[role]) for role in ROLE_ORDER],
        first_day=first_day,
        running_total=running_total,
    )


# --- all of it -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Dashboard:
    """What the home page shows. Without a site (a database not set up yet) there is no
    co-working part."""

    site_id: int | None
    now: datetime
    today: date
    counts: Counts
    coworking: Today | None
    month: MonthComparison | None
    next_event: NextEvent | None


def dashboard(
    session: Session,
    site_id: int | None,
    today: date | None = None,
    now: datetime | None = None,
) -> Dashboard:
    """Gather every figure of the home page for ``site_id`` as of ``now`` (default: the clock),
    ``today`` being the local date (default: the local date of ``now``)."""
    now = now or utcnow()
    today = today or now.astimezone(local_zone()).date()
    coworking = month = None
    if site_id is not None:
        previous_first = previous_month_start(today)
        days = occupancy.by_day(session, site_id, previous_first, today)
        of_today = days[-1]
        first = month_start(today)
        month = MonthComparison(
            first=first,
            visits=[d.visits for d in days if d.day >= first],
            previous_first=previous_first,
            previous_visits=[d.visits for d in days if d.day < first],
        )
        coworking = Today(
            day=today,
            hours=days_hours(session, site_id, today)[0],
            visits=of_today.visits,
            people=of_today.people,
            bookings=of_today.bookings,
            inside=occupancy.who_is_in(session, site_id),
            by_hour=occupancy.present_by_hour(session, site_id, today, today, now=now)[today],
        )
    return Dashboard(
        site_id=site_id,
        now=now,
        today=today,
        counts=counts(session, today=today),
        coworking=coworking,
        month=month,
        next_event=next_event(session, site_id, today),
    )
