"""Read-only lists for the job fair set-up screens: events with their counts, employers with
their vacancies, and the employers that could still join an event."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from coworking.db.enums import EventKind
from coworking.db.models import Employer, Event, EventEmployer, Registration, Vacancy


@dataclass(frozen=True)
class EventRow:
    id: int
    name: str
    kind: EventKind
    venue: str | None
    starts_on: date
    ends_on: date
    capacity: int | None
    registered: int
    checked_in: int


def event_rows(session: Session) -> list[EventRow]:
    """Every event, newest first, with its live registrations and how many came in."""
    counts = (
        select(
            Registration.event_id.label("event_id"),
            func.count().label("registered"),
            func.sum(case((Registration.checked_in_at.is_not(None), 1), else_=0)).label(
                "checked_in"
            ),
        )
        .where(Registration.cancelled_at.is_(None))
        .group_by(Registration.event_id)
        .subquery()
    )
    rows = session.execute(
        select(
            Event.id,
            Event.name,
            Event.kind,
            Event.venue,
            Event.starts_on,
            Event.ends_on,
            Event.capacity,
            func.coalesce(counts.c.registered, 0),
            func.coalesce(counts.c.checked_in, 0),
        )
        .outerjoin(counts, counts.c.event_id == Event.id)
        .order_by(Event.starts_on.desc(), Event.id.desc())
    ).all()
    return [
        EventRow(i, name, EventKind(kind), venue, start, end, cap, int(reg), int(came))
        for i, name, kind, venue, start, end, cap, reg, came in rows
    ]


@dataclass(frozen=True)
class EmployerRow:
    id: int
    trade_name: str
    ruc: str
    sector: str | None
    contact_name: str | None
    contact_phone: str | None
    contact_email: str | None
    inclusive_commitment: bool
    active: bool
    vacancies: int
    positions: int


def employer_rows(session: Session) -> list[EmployerRow]:
    """Every employer in alphabetical order, with its vacancies and the positions they offer."""
    counts = (
        select(
            Vacancy.employer_id.label("employer_id"),
            func.count().label("vacancies"),
            func.sum(Vacancy.positions).label("positions"),
        )
        .group_by(Vacancy.employer_id)
        .subquery()
    )
    rows = session.execute(
        select(
            Employer.id,
            Employer.trade_name,
            Employer.ruc,
            Employer.sector,
            Employer.contact_name,
            Employer.contact_phone,
            Employer.contact_email,
            Employer.inclusive_commitment,
            Employer.active,
            func.coalesce(counts.c.vacancies, 0),
            func.coalesce(counts.c.positions, 0),
        )
        .outerjoin(counts, counts.c.employer_id == Employer.id)
        .order_by(func.lower(Employer.trade_name), Employer.id)
    ).all()
    return [EmployerRow(*row[:9], int(row[9]), int(row[10])) for row in rows]


def employers_outside_event(session: Session, event_id: int) -> list[tuple[int, str, str]]:
    """Active employers not yet taking part in the event: (id, trade name, RUC)."""
    taking_part = select(EventEmployer.employer_id).where(EventEmployer.event_id == event_id)
    rows = session.execute(
        select(Employer.id, Employer.trade_name, Employer.ruc)
        .where(Employer.active.is_(True), Employer.id.not_in(taking_part))
        .order_by(func.lower(Employer.trade_name), Employer.id)
    ).all()
    return [(i, name, ruc) for i, name, ruc in rows]
