"""Outcomes of a fair for its candidates, and the 30- and 90-day follow-ups of hires."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from coworking import clock
from coworking.core import accounts
from coworking.core.errors import NotFound, UserError
from coworking.core.fairs import allow
from coworking.db.enums import OutcomeStatus
from coworking.db.models import Employer, Event, Outcome, Person, Registration, StaffUser, Vacancy

STATUS_NAMES = {
    OutcomeStatus.INTERVIEWED: "Entrevistado/a",
    OutcomeStatus.OFFERED: "Con oferta",
    OutcomeStatus.HIRED: "Contratado/a",
    OutcomeStatus.NOT_HIRED: "No contratado/a",
}

FOLLOW_UP_DAYS = (30, 90)


@dataclass
class OutcomeInput:
    registration_id: int
    status: OutcomeStatus
    occurred_on: date
    vacancy_id: int | None = None
    employer_id: int | None = None
    notes: str | None = None


def record(
    session: Session, actor: StaffUser | None, data: OutcomeInput, today: date | None = None
) -> Outcome:
    """Record what came of a candidate's fair. A hire names its vacancy and date."""
    allow(actor, accounts.REPORTS)
    registration = session.get(Registration, data.registration_id)
    if registration is None:
        raise NotFound("No existe esa inscripción.")
    today = today or clock.today()
    if data.occurred_on > today:
        raise UserError("La fecha del resultado no puede ser futura.")
    event = session.get(Event, registration.event_id)
    if event is not None and data.occurred_on < event.starts_on:
        raise UserError(
            f"La fecha del resultado no puede ser anterior a la feria ({event.starts_on:%d/%m/%Y})."
        )
    employer_id = data.employer_id
    if data.vacancy_id is not None:
        vacancy = session.get(Vacancy, data.vacancy_id)
        if vacancy is None:
            raise NotFound("No existe esa vacante.")
        employer_id = vacancy.employer_id
    if data.status == OutcomeStatus.HIRED and data.vacancy_id is None:
        raise UserError("Para registrar una contratación indique la vacante.")
    outcome = Outcome(
        registration_id=data.registration_id,
        vacancy_id=data.vacancy_id,
        employer_id=employer_id,
        status=data.status,
        occurred_on=data.occurred_on,
        notes=(data.notes or "").strip() or None,
        recorded_by_id=actor.id if actor else None,
    )
    session.add(outcome)
    session.flush()
    return outcome


def mark_followed_up(
    session: Session, actor: StaffUser | None, outcome_id: int, days: int, on: date
) -> Outcome:
    allow(actor, accounts.REPORTS)
    outcome = session.get(Outcome, outcome_id)
    if outcome is None:
        raise NotFound("No existe ese resultado.")
    if days not in FOLLOW_UP_DAYS:
        raise UserError("Los seguimientos son a los 30 y a los 90 días.")
    if outcome.status != OutcomeStatus.HIRED:
        raise UserError("Solo las contrataciones tienen seguimiento.")
    if days == 30:
        outcome.followed_up_30_on = on
    else:
        outcome.followed_up_90_on = on
    session.flush()
    return outcome


@dataclass(frozen=True)
class FollowUp:
    outcome_id: int
    person: str
    phone: str | None
    employer: str | None
    vacancy: str | None
    hired_on: date
    days: int
    due_on: date


def due_follow_ups(session: Session, today: date, event_id: int | None = None) -> list[FollowUp]:
    """Hires whose 30- or 90-day follow-up is due on or before ``today`` and not yet done."""
    query = (
        select(
            Outcome.id,
            Person.given_names,
            Person.family_names,
            Person.phone,
            Employer.trade_name,
            Vacancy.title,
            Outcome.occurred_on,
            Outcome.followed_up_30_on,
            Outcome.followed_up_90_on,
        )
        .join(Registration, Registration.id == Outcome.registration_id)
        .join(Person, Person.id == Registration.person_id)
        .outerjoin(Employer, Employer.id == Outcome.employer_id)
        .outerjoin(Vacancy, Vacancy.id == Outcome.vacancy_id)
        .where(
            Outcome.status == OutcomeStatus.HIRED,
            Outcome.occurred_on <= today - timedelta(days=30),
            or_(Outcome.followed_up_30_on.is_(None), Outcome.followed_up_90_on.is_(None)),
        )
        .order_by(Outcome.occurred_on)
    )
    if event_id is not None:
        query = query.where(Registration.event_id == event_id)
    due: list[FollowUp] = []
    for oid, given, family, phone, employer, vacancy, hired, done30, done90 in session.execute(
        query
    ):
        for days, done in ((30, done30), (90, done90)):
            due_on = hired + timedelta(days=days)
            if done is None and due_on <= today:
                due.append(
                    FollowUp(
                        oid, f"{given} {family}", phone, employer, vacancy, hired, days, due_on
                    )
                )
    return sorted(due, key=lambda f: (f.due_on, f.person))


@dataclass(frozen=True)
class OutcomeRow:
    outcome_id: int
    person: str
    status: OutcomeStatus
    employer: str | None
    vacancy: str | None
    occurred_on: date


def of_event(session: Session, event_id: int) -> list[OutcomeRow]:
    rows = session.execute(
        select(
            Outcome.id,
            Person.given_names,
            Person.family_names,
            Outcome.status,
            Employer.trade_name,
            Vacancy.title,
            Outcome.occurred_on,
        )
        .join(Registration, Registration.id == Outcome.registration_id)
        .join(Person, Person.id == Registration.person_id)
        .outerjoin(Employer, Employer.id == Outcome.employer_id)
        .outerjoin(Vacancy, Vacancy.id == Outcome.vacancy_id)
        .where(Registration.event_id == event_id)
        .order_by(Outcome.occurred_on.desc(), Outcome.id.desc())
    )
    return [OutcomeRow(r[0], f"{r[1]} {r[2]}", OutcomeStatus(r[3]), r[4], r[5], r[6]) for r in rows]
