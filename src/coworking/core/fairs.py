"""Job fair set-up: events, employers (RUC), their vacancies and their booths at an event.

Every function takes the acting staff user; ``None`` stands for the command line, whose writes
are audited as the terminal's operating-system user.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session
from stdnum.ec import ruc as ec_ruc
from stdnum.exceptions import InvalidChecksum, ValidationError

from coworking.core import accounts, reference
from coworking.core.errors import NotFound, UserError
from coworking.db.enums import EventKind, RegistrationRole
from coworking.db.models import (
    Employer,
    Event,
    EventEmployer,
    Registration,
    StaffUser,
    Vacancy,
)

CONTRACT_TYPES = {
    "indefinido": "Indefinido",
    "plazo_fijo": "Plazo fijo",
    "eventual": "Eventual",
    "temporada": "De temporada",
    "pasantia": "Pasantía",
    "medio_tiempo": "Medio tiempo",
    "servicios": "Servicios profesionales",
}


def allow(actor: StaffUser | None, roles: frozenset) -> None:
    """Refuse the action unless ``actor`` holds one of ``roles`` (None: the command line)."""
    if actor is not None:
        accounts.require_role(actor, roles)


# --- events ---------------------------------------------------------------------------------


@dataclass
class EventInput:
    name: str
    kind: EventKind = EventKind.JOB_FAIR
    venue: str | None = None
    starts_on: date | None = None
    ends_on: date | None = None
    capacity: int | None = None
    site_id: int | None = None


def _check_event(data: EventInput) -> None:
    problems = []
    if not data.name.strip():
        problems.append("El evento necesita un nombre.")
    if data.starts_on is None:
        problems.append("Indique la fecha de inicio del evento.")
    if data.starts_on and data.ends_on and data.ends_on < data.starts_on:
        problems.append("La fecha de fin no puede ser anterior a la de inicio.")
    if data.capacity is not None and data.capacity < 0:
        problems.append("La capacidad no puede ser negativa.")
    if problems:
        raise UserError(" ".join(problems))


def save_event(
    session: Session, actor: StaffUser | None, data: EventInput, event_id: int | None = None
) -> Event:
    """Create an event, or change the one with ``event_id``."""
    allow(actor, accounts.REPORTS)
    _check_event(data)
    event = get_event(session, event_id) if event_id is not None else Event()
    event.name = data.name.strip()
    event.kind = data.kind
    event.venue = (data.venue or "").strip() or None
    event.starts_on = data.starts_on  # type: ignore[assignment]
    event.ends_on = data.ends_on or data.starts_on  # type: ignore[assignment]
    event.capacity = data.capacity or None
    event.site_id = data.site_id
    session.add(event)
    session.flush()
    return event


def get_event(session: Session, event_id: int) -> Event:
    event = session.get(Event, event_id)
    if event is None:
        raise NotFound(f"No existe el evento {event_id}.")
    return event


def list_events(session: Session) -> list[Event]:
    """Newest first: the next or current fair is usually at the top."""
    return list(session.scalars(select(Event).order_by(Event.starts_on.desc(), Event.id.desc())))


def current_event(session: Session, today: date) -> Event | None:
    """The event on ``today``, else the next one, else the latest past one."""
    on_today = session.scalars(
        select(Event)
        .where(Event.starts_on <= today, Event.ends_on >= today)
        .order_by(Event.starts_on)
    ).first()
    if on_today:
        return on_today
    upcoming = session.scalars(
        select(Event).where(Event.starts_on > today).order_by(Event.starts_on)
    ).first()
    return upcoming or session.scalars(select(Event).order_by(Event.starts_on.desc())).first()


# --- employers ------------------------------------------------------------------------------


@dataclass
class EmployerInput:
    ruc: str
    trade_name: str
    sector: str | None = None
    contact_name: str | None = None
    contact_phone: str | None = None
    contact_email: str | None = None
    inclusive_commitment: bool = False
    active: bool = True


def normalise_ruc(raw: str) -> str:
    """The 13 digits of a RUC, or ``UserError`` saying why it is not one."""
    digits = "".join(c for c in raw if c.isdigit())
    if len(digits) != 13:
        raise UserError(f"El RUC «{raw.strip()}» debe tener 13 dígitos.")
    try:
        return ec_ruc.validate(digits)
    except InvalidChecksum:
        why = "el dígito verificador no corresponde"
    except ValidationError:
        why = "la provincia, el tipo de contribuyente o el establecimiento no son válidos"
    raise UserError(f"El RUC «{raw.strip()}» no es válido: {why}. Revise los dígitos.")


def save_employer(
    session: Session, actor: StaffUser | None, data: EmployerInput, employer_id: int | None = None
) -> Employer:
    allow(actor, accounts.REPORTS)
    ruc = normalise_ruc(data.ruc)
    if not data.trade_name.strip():
        raise UserError("Indique el nombre comercial de la empresa.")
    if data.sector and data.sector not in {e.code for e in reference.ciiu_sections()}:
        raise UserError(f"El sector «{data.sector}» no es una sección CIIU.")
    clash = session.scalar(select(Employer).where(Employer.ruc == ruc))
    if clash is not None and clash.id != employer_id:
        raise UserError(f"Ya existe una empresa con el RUC {ruc}: «{clash.trade_name}».")
    employer = get_employer(session, employer_id) if employer_id is not None else Employer()
    employer.ruc = ruc
    employer.trade_name = data.trade_name.strip()
    employer.sector = data.sector or None
    employer.contact_name = (data.contact_name or "").strip() or None
    employer.contact_phone = (data.contact_phone or "").strip() or None
    employer.contact_email = (data.contact_email or "").strip() or None
    employer.inclusive_commitment = data.inclusive_commitment
    employer.active = data.active
    session.add(employer)
    session.flush()
    return employer


def get_employer(session: Session, employer_id: int) -> Employer:
    employer = session.get(Employer, employer_id)
    if employer is None:
        raise NotFound(f"No existe la empresa {employer_id}.")
    return employer


def employer_by_ruc(session: Session, raw: str) -> Employer | None:
    digits = "".join(c for c in raw if c.isdigit())
    return session.scalar(select(Employer).where(Employer.ruc == digits))


def list_employers(session: Session, active_only: bool = False) -> list[Employer]:
    query = select(Employer).order_by(func.lower(Employer.trade_name))
    if active_only:
        query = query.where(Employer.active.is_(True))
    return list(session.scalars(query))


# --- vacancies ------------------------------------------------------------------------------


@dataclass
class VacancyInput:
    employer_id: int
    title: str
    occupation_code: str | None = None
    positions: int = 1
    contract_type: str | None = None
    requirements: str | None = None
    foreign_documents_ok: bool = True


def save_vacancy(
    session: Session, actor: StaffUser | None, data: VacancyInput, vacancy_id: int | None = None
) -> Vacancy:
    allow(actor, accounts.REPORTS)
    get_employer(session, data.employer_id)
    problems = []
    if not data.title.strip():
        problems.append("La vacante necesita un título.")
    if data.positions < 1:
        problems.append("El número de puestos debe ser al menos 1.")
    if data.occupation_code and reference.occupation_name(data.occupation_code) is None:
        problems.append(f"«{data.occupation_code}» no es un código CIUO-08 de cuatro dígitos.")
    if data.contract_type and data.contract_type not in CONTRACT_TYPES:
        problems.append(f"Tipo de contrato desconocido: «{data.contract_type}».")
    if problems:
        raise UserError(" ".join(problems))
    vacancy = session.get(Vacancy, vacancy_id) if vacancy_id is not None else Vacancy()
    if vacancy is None:
        raise NotFound(f"No existe la vacante {vacancy_id}.")
    vacancy.employer_id = data.employer_id
    vacancy.title = data.title.strip()
    vacancy.occupation_code = data.occupation_code or None
    vacancy.positions = data.positions
    vacancy.contract_type = data.contract_type or None
    vacancy.requirements = (data.requirements or "").strip() or None
    vacancy.foreign_documents_ok = data.foreign_documents_ok
    session.add(vacancy)
    session.flush()
    return vacancy


def vacancies_of(session: Session, employer_id: int) -> list[Vacancy]:
    return list(
        session.scalars(
            select(Vacancy).where(Vacancy.employer_id == employer_id).order_by(Vacancy.title)
        )
    )


# --- booths and representatives -------------------------------------------------------------


def set_booth(
    session: Session, actor: StaffUser | None, event_id: int, employer_id: int, booth: str | None
) -> EventEmployer:
    """Take part in the event (or change the booth). Booth numbers are unique per event."""
    allow(actor, accounts.REPORTS)
    get_event(session, event_id)
    get_employer(session, employer_id)
    booth = (booth or "").strip() or None
    if booth is not None:
        taken = session.scalar(
            select(EventEmployer).where(
                EventEmployer.event_id == event_id,
                EventEmployer.booth == booth,
                EventEmployer.employer_id != employer_id,
            )
        )
        if taken is not None:
            other = session.get(Employer, taken.employer_id)
            raise UserError(f"El stand {booth} ya es de «{other.trade_name if other else '?'}».")
    link = session.scalar(
        select(EventEmployer).where(
            EventEmployer.event_id == event_id, EventEmployer.employer_id == employer_id
        )
    )
    if link is None:
        link = EventEmployer(event_id=event_id, employer_id=employer_id)
        session.add(link)
    link.booth = booth
    session.flush()
    return link


def remove_from_event(
    session: Session, actor: StaffUser | None, event_id: int, employer_id: int
) -> None:
    allow(actor, accounts.REPORTS)
    link = session.scalar(
        select(EventEmployer).where(
            EventEmployer.event_id == event_id, EventEmployer.employer_id == employer_id
        )
    )
    if link is not None:
        session.delete(link)
        session.flush()


@dataclass(frozen=True)
class BoothRow:
    employer_id: int
    trade_name: str
    booth: str | None
    representatives: int
    vacancies: int


def booths(session: Session, event_id: int) -> list[BoothRow]:
    """The event's employers with booth, representatives registered and vacancies."""
    reps = (
        select(func.count())
        .select_from(Registration)
        .where(
            Registration.event_id == event_id,
            Registration.employer_id == Employer.id,
            Registration.role == RegistrationRole.EMPLOYER_REP,
            Registration.cancelled_at.is_(None),
        )
        .scalar_subquery()
    )
    vacancies = (
        select(func.count())
        .select_from(Vacancy)
        .where(Vacancy.employer_id == Employer.id)
        .scalar_subquery()
    )
    rows = session.execute(
        select(Employer.id, Employer.trade_name, EventEmployer.booth, reps, vacancies)
        .join(EventEmployer, EventEmployer.employer_id == Employer.id)
        .where(EventEmployer.event_id == event_id)
        .order_by(EventEmployer.booth, Employer.trade_name)
    ).all()
    return [BoothRow(*row) for row in rows]
