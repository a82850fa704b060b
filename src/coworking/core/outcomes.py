"""Outcomes of a fair for its candidates, and the 30- and 90-day follow-ups of hires.

An outcome belongs to a candidate's registration. One person has at most one outcome of each
kind for a vacancy (or, without vacancy, for an employer): the same status is not recorded twice,
across all of the person's registrations (merged records included). The fair's figures count
``counted`` outcomes: those of candidates, up to the day of the figures; «records» are outcomes,
«people» are different people (``disaggregation.person_key``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import ColumnElement, Select, and_, distinct, func, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from coworking import clock
from coworking.core import accounts, consents
from coworking.core.disaggregation import person_key
from coworking.core.errors import NotFound, UserError
from coworking.core.fairs import allow, booths, vacancies_of
from coworking.db.enums import OutcomeStatus, RegistrationRole
from coworking.db.models import Employer, Event, Outcome, Person, Registration, StaffUser, Vacancy

STATUS_NAMES = {
    OutcomeStatus.INTERVIEWED: "Entrevistado/a",
    OutcomeStatus.OFFERED: "Con oferta",
    OutcomeStatus.HIRED: "Contratado/a",
    OutcomeStatus.NOT_HIRED: "No contratado/a",
}

# How a registration that is not a candidate's is named in a refusal.
NOT_CANDIDATE_ROLES = {
    RegistrationRole.EMPLOYER_REP: "representante de empresa",
    RegistrationRole.STAFF: "personal de la feria",
    RegistrationRole.VISITOR: "visitante",
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


@dataclass(frozen=True)
class _Kind:
    """What makes two outcomes the same: person, status, and vacancy (or employer without one)."""

    person: int  # person_key
    status: OutcomeStatus
    vacancy_id: int | None
    employer_id: int | None


@dataclass(frozen=True)
class Choice:
    """An employer, and one of its vacancies or none, an outcome can name."""

    vacancy_id: int | None
    employer_id: int
    employer: str
    vacancy: str | None


def choices(session: Session, event_id: int, keep: OutcomeInput | None = None) -> list[Choice]:
    """Each employer with a booth at the event, without a particular vacancy and with each of
    its vacancies; and ``keep``'s employer and vacancy (an outcome being corrected) if its
    employer is no longer at the event."""
    found: list[Choice] = []
    for booth in sorted(booths(session, event_id), key=lambda b: b.trade_name):
        found.append(Choice(None, booth.employer_id, booth.trade_name, None))
        found += [
            Choice(vacancy.id, booth.employer_id, booth.trade_name, vacancy.title)
            for vacancy in vacancies_of(session, booth.employer_id)
        ]
    listed = {(choice.vacancy_id, choice.employer_id) for choice in found}
    if keep is not None and keep.employer_id and (keep.vacancy_id, keep.employer_id) not in listed:
        employer = session.get(Employer, keep.employer_id)
        vacancy = session.get(Vacancy, keep.vacancy_id) if keep.vacancy_id else None
        found.append(
            Choice(
                keep.vacancy_id,
                keep.employer_id,
                employer.trade_name if employer else "?",
                vacancy.title if vacancy else None,
            )
        )
    return found


def _person_name(session: Session, person_id: int) -> str:
    person = session.get(Person, person_id)
    return f"{person.given_names} {person.family_names}" if person else "esta persona"


def _same_kind(session: Session, kind: _Kind, exclude_id: int | None) -> Outcome | None:
    """The first outcome of ``kind``, other than ``exclude_id``."""
    if kind.vacancy_id is not None:
        target: ColumnElement[bool] = Outcome.vacancy_id == kind.vacancy_id
    else:
        target = and_(
            Outcome.vacancy_id.is_(None),
            Outcome.employer_id.is_(None)
            if kind.employer_id is None
            else Outcome.employer_id == kind.employer_id,
        )
    query = (
        select(Outcome)
        .join(Registration, Registration.id == Outcome.registration_id)
        .join(Person, Person.id == Registration.person_id)
        .where(person_key() == kind.person, Outcome.status == kind.status, target)
        .order_by(Outcome.occurred_on, Outcome.id)
        .limit(1)
    )
    if exclude_id is not None:
        query = query.where(Outcome.id != exclude_id)
    return session.scalar(query)


def _already(session: Session, first: Outcome, event_id: int) -> UserError:
    """The refusal of a second outcome of the kind of ``first``, which it shows."""
    registration = session.get(Registration, first.registration_id)
    assert registration is not None
    employer = session.get(Employer, first.employer_id) if first.employer_id else None
    vacancy = session.get(Vacancy, first.vacancy_id) if first.vacancy_id else None
    if employer is not None and vacancy is not None:
        where = f"{employer.trade_name} · {vacancy.title}"
    elif employer is not None:
        where = f"{employer.trade_name} (sin vacante)"
    else:
        where = "sin empresa ni vacante"
    fair = ""
    if registration.event_id != event_id:
        event = session.get(Event, registration.event_id)
        fair = f" en «{event.name}»" if event else ""
    return UserError(
        f"Ya consta «{STATUS_NAMES[first.status]}» de "
        f"{_person_name(session, registration.person_id)} para {where}, "
        f"el {first.occurred_on:%d/%m/%Y}{fair}. Corrija ese resultado en lugar de "
        "registrarlo otra vez."
    )


def _checked(
    session: Session, data: OutcomeInput, today: date, exclude_id: int | None = None
) -> tuple[Registration, _Kind]:
    """Every rule an outcome meets, on recording and on correcting; its kind."""
    registration = session.get(Registration, data.registration_id)
    if registration is None:
        raise NotFound("No existe esa inscripción.")
    person = session.get(Person, registration.person_id)
    assert person is not None
    if registration.role != RegistrationRole.CANDIDATE:
        role = NOT_CANDIDATE_ROLES.get(RegistrationRole(registration.role), registration.role)
        raise UserError(
            "Solo los candidatos tienen resultados (entrevista, oferta, contratación): "
            f"{person.given_names} {person.family_names} está inscrito/a en esta feria "
            f"como {role}."
        )
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
    elif employer_id is not None and session.get(Employer, employer_id) is None:
        raise NotFound("No existe esa empresa.")
    if data.status == OutcomeStatus.HIRED and data.vacancy_id is None:
        raise UserError("Para registrar una contratación indique la vacante.")
    kind = _Kind(person.merged_into_id or person.id, data.status, data.vacancy_id, employer_id)
    first = _same_kind(session, kind, exclude_id)
    if first is not None:
        raise _already(session, first, registration.event_id)
    return registration, kind


def _flush(session: Session, kind: _Kind, outcome: Outcome) -> None:
    """Write ``outcome``; when another station has just written the same kind (the unique
    index refuses it), say which one, read from a fresh session: this one's transaction is
    spoilt."""
    try:
        session.flush()
    except IntegrityError as error:
        with Session(session.get_bind().engine) as fresh:
            first = _same_kind(fresh, kind, outcome.id)
            if first is None:
                raise
            event_id = fresh.scalar(
                select(Registration.event_id).where(Registration.id == outcome.registration_id)
            )
            raise _already(fresh, first, event_id or 0) from error


def _notes(text: str | None) -> str | None:
    return (text or "").strip() or None


def record(
    session: Session, actor: StaffUser | None, data: OutcomeInput, today: date | None = None
) -> Outcome:
    """Record what came of a candidate's fair. A hire names its vacancy and date."""
    allow(actor, accounts.REPORTS)
    _registration, kind = _checked(session, data, today or clock.today())
    outcome = Outcome(
        registration_id=data.registration_id,
        vacancy_id=data.vacancy_id,
        employer_id=kind.employer_id,
        status=data.status,
        occurred_on=data.occurred_on,
        notes=_notes(data.notes),
        recorded_by_id=actor.id if actor else None,
    )
    session.add(outcome)
    _flush(session, kind, outcome)
    return outcome


def _get(session: Session, outcome_id: int) -> Outcome:
    outcome = session.get(Outcome, outcome_id)
    if outcome is None:
        raise NotFound("No existe ese resultado: quizá otra persona lo eliminó.")
    return outcome


def input_of(session: Session, outcome_id: int) -> OutcomeInput:
    """An outcome as it stands, to be corrected."""
    outcome = _get(session, outcome_id)
    return OutcomeInput(
        outcome.registration_id,
        OutcomeStatus(outcome.status),
        outcome.occurred_on,
        outcome.vacancy_id,
        outcome.employer_id,
        outcome.notes,
    )


def update(
    session: Session,
    actor: StaffUser | None,
    outcome_id: int,
    data: OutcomeInput,
    today: date | None = None,
) -> Outcome:
    """Correct an outcome (coordinators), under the rules of recording one. An outcome that
    is no longer a hire keeps no follow-up dates."""
    allow(actor, accounts.REPORTS)
    outcome = _get(session, outcome_id)
    _registration, kind = _checked(session, data, today or clock.today(), outcome.id)
    outcome.registration_id = data.registration_id
    outcome.status = data.status
    outcome.vacancy_id = data.vacancy_id
    outcome.employer_id = kind.employer_id
    outcome.occurred_on = data.occurred_on
    outcome.notes = _notes(data.notes)
    if data.status != OutcomeStatus.HIRED:
        outcome.followed_up_30_on = outcome.followed_up_90_on = None
    _flush(session, kind, outcome)
    return outcome


def delete(session: Session, actor: StaffUser | None, outcome_id: int) -> None:
    """Delete an outcome recorded by mistake (coordinators); the audit keeps what it was."""
    allow(actor, accounts.REPORTS)
    session.delete(_get(session, outcome_id))
    session.flush()


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
    may_contact: bool = True  # False: no consent to contact; no phone, «no contactar»


def due_follow_ups(session: Session, today: date, event_id: int | None = None) -> list[FollowUp]:
    """Hires whose 30- or 90-day follow-up is due on or before ``today`` and not yet done.

    A call list: a person without a current consent for «contacto» is listed (the follow-up can
    be asked of the employer) without their phone and marked ``may_contact=False``."""
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
            consents.PERSON_PURPOSES,
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
    for row in session.execute(query):
        oid, given, family, phone, employer, vacancy, hired, done30, done90, purposes = row
        contact = consents.holds(purposes, consents.CONTACT)
        for days, done in ((30, done30), (90, done90)):
            due_on = hired + timedelta(days=days)
            if done is None and due_on <= today:
                due.append(
                    FollowUp(
                        oid,
                        f"{given} {family}",
                        phone if contact else None,
                        employer,
                        vacancy,
                        hired,
                        days,
                        due_on,
                        contact,
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
    person_key: int  # the same for every record of one person (merged ones included)
    role: RegistrationRole

    def counted(self, as_of_day: date) -> bool:
        """Whether the fair's figures on ``as_of_day`` count it (see ``counted``)."""
        return self.role == RegistrationRole.CANDIDATE and self.occurred_on <= as_of_day


def of_event(session: Session, event_id: int) -> list[OutcomeRow]:
    """Every outcome of the event's registrations, the latest first; some may not count in the
    figures (recorded for a visitor before this was refused)."""
    rows = session.execute(
        select(
            Outcome.id,
            Person.given_names,
            Person.family_names,
            Outcome.status,
            Employer.trade_name,
            Vacancy.title,
            Outcome.occurred_on,
            person_key(),
            Registration.role,
        )
        .join(Registration, Registration.id == Outcome.registration_id)
        .join(Person, Person.id == Registration.person_id)
        .outerjoin(Employer, Employer.id == Outcome.employer_id)
        .outerjoin(Vacancy, Vacancy.id == Outcome.vacancy_id)
        .where(Registration.event_id == event_id)
        .order_by(Outcome.occurred_on.desc(), Outcome.id.desc())
    )
    return [
        OutcomeRow(
            r[0],
            f"{r[1]} {r[2]}",
            OutcomeStatus(r[3]),
            r[4],
            r[5],
            r[6],
            int(r[7]),
            RegistrationRole(r[8]),
        )
        for r in rows
    ]


# --- what the fair's figures count ------------------------------------------------------------


@dataclass(frozen=True)
class StatusCount:
    """Outcomes of one status: ``records`` recorded, reached by ``people`` different people
    (a person hired for two vacancies is two records and one person)."""

    records: int = 0
    people: int = 0


def counted(event_id: int, as_of_day: date, *columns) -> Select:
    """The outcomes the fair's figures count, as ``columns``: those of the event's candidates
    (registration role), dated on or before ``as_of_day``; a cancelled registration's outcome
    still counts (a hire stands). Joins Registration and Person, for ``person_key``."""
    return (
        select(*columns)
        .select_from(Outcome)
        .join(Registration, Registration.id == Outcome.registration_id)
        .join(Person, Person.id == Registration.person_id)
        .where(
            Registration.event_id == event_id,
            Registration.role == RegistrationRole.CANDIDATE,
            Outcome.occurred_on <= as_of_day,
        )
    )


def status_counts(
    session: Session, event_id: int, as_of_day: date
) -> dict[OutcomeStatus, StatusCount]:
    """Records and people per status, every status present (zeros too)."""
    counts = dict.fromkeys(OutcomeStatus, StatusCount())
    query = counted(
        event_id, as_of_day, Outcome.status, func.count(), func.count(distinct(person_key()))
    ).group_by(Outcome.status)
    for status, records, people in session.execute(query):
        counts[OutcomeStatus(status)] = StatusCount(int(records), int(people))
    return counts


def tally(rows: Iterable[OutcomeRow], as_of_day: date) -> dict[OutcomeStatus, StatusCount]:
    """``status_counts`` of listed rows: the same definition, for a list already on screen."""
    records: dict[OutcomeStatus, int] = dict.fromkeys(OutcomeStatus, 0)
    people: dict[OutcomeStatus, set[int]] = {status: set() for status in OutcomeStatus}
    for row in rows:
        if row.counted(as_of_day):
            records[row.status] += 1
            people[row.status].add(row.person_key)
    return {s: StatusCount(records[s], len(people[s])) for s in OutcomeStatus}
