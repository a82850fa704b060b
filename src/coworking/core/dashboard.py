"""Figures for the home page: how much the program holds, at a glance."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coworking.core.localtime import local_zone
from coworking.db.models import EntrepreneurProfile, Event, Person, Visit


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
    zone = local_zone()
    today = today or datetime.now(zone).date()
    day_start = datetime.combine(today, time.min, tzinfo=zone).astimezone(UTC)
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
