"""Booth interactions: a representative's station scans a candidate's badge at the booth."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from coworking.core import accounts, codes, registrations
from coworking.core.errors import NotFound, UserError
from coworking.core.fairs import allow
from coworking.db.enums import InteractionKind, RegistrationRole
from coworking.db.models import (
    Employer,
    EventEmployer,
    Interaction,
    Person,
    Registration,
    StaffUser,
    Vacancy,
)

KIND_NAMES = {
    InteractionKind.BOOTH_VISIT: "Visita al stand",
    InteractionKind.INTERVIEW: "Entrevista",
    InteractionKind.CV_RECEIVED: "CV recibido",
}

NEXT_STEPS = (
    "Ninguno",
    "Segunda entrevista",
    "Enviar documentos",
    "Prueba técnica",
    "Llamar para oferta",
    "Tener en cuenta para otra vacante",
)


@dataclass(frozen=True)
class Candidate:
    """Who stands at the booth, as the representative's station shows them."""

    registration_id: int
    name: str
    role: RegistrationRole
    checked_in: bool


def candidate_for_badge(session: Session, event_id: int, raw: str) -> Candidate:
    """The registration behind a scanned badge, or ``UserError`` saying what is wrong."""
    code = codes.normalise(raw)
    if not codes.is_valid_code(code):
        raise UserError(f"«{raw.strip()[:40]}» no es un código de credencial válido.")
    found = registrations.by_badge_code(session, code)
    if found is None:
        raise UserError(f"Nadie tiene el código «{code}».")
    row = session.execute(
        select(
            Registration.id,
            Registration.event_id,
            Registration.role,
            Registration.checked_in_at,
            Registration.cancelled_at,
            Person.given_names,
            Person.family_names,
        )
        .join(Person, Person.id == Registration.person_id)
        .where(Registration.id == found.id)
    ).one()
    if row.event_id != event_id:
        raise UserError("Esa credencial es de otro evento.")
    if row.cancelled_at is not None:
        raise UserError("La inscripción de esa credencial está cancelada.")
    return Candidate(
        row.id, f"{row.given_names} {row.family_names}", row.role, row.checked_in_at is not None
    )


@dataclass
class InteractionInput:
    registration_id: int
    employer_id: int
    kind: InteractionKind = InteractionKind.BOOTH_VISIT
    vacancy_id: int | None = None
    next_step: str | None = None
    rating: int | None = None
    notes: str | None = None


def record(session: Session, actor: StaffUser | None, data: InteractionInput) -> Interaction:
    allow(actor, accounts.ALL_STAFF)
    registration = session.get(Registration, data.registration_id)
    if registration is None:
        raise NotFound("No existe esa inscripción.")
    at_event = session.scalar(
        select(EventEmployer.id).where(
            EventEmployer.event_id == registration.event_id,
            EventEmployer.employer_id == data.employer_id,
        )
    )
    if at_event is None:
        raise UserError("Esa empresa no participa en el evento de esta credencial.")
    if data.vacancy_id is not None:
        vacancy = session.get(Vacancy, data.vacancy_id)
        if vacancy is None or vacancy.employer_id != data.employer_id:
            raise UserError("La vacante no es de esta empresa.")
    if data.rating is not None and not 1 <= data.rating <= 5:
        raise UserError("La valoración va de 1 a 5.")
    interaction = Interaction(
        registration_id=data.registration_id,
        employer_id=data.employer_id,
        vacancy_id=data.vacancy_id,
        kind=data.kind,
        next_step=(data.next_step or "").strip() or None,
        rating=data.rating,
        notes=(data.notes or "").strip() or None,
        recorded_by_id=actor.id if actor else None,
    )
    session.add(interaction)
    session.flush()
    return interaction


@dataclass(frozen=True)
class InteractionRow:
    interaction_id: int
    at: datetime
    candidate: str
    kind: InteractionKind
    vacancy: str | None
    next_step: str | None
    rating: int | None


def at_booth(
    session: Session, event_id: int, employer_id: int, limit: int = 50
) -> list[InteractionRow]:
    """The booth's latest interactions at the event, newest first."""
    rows = session.execute(
        select(
            Interaction.id,
            Interaction.created_at,
            Person.given_names,
            Person.family_names,
            Interaction.kind,
            Vacancy.title,
            Interaction.next_step,
            Interaction.rating,
        )
        .join(Registration, Registration.id == Interaction.registration_id)
        .join(Person, Person.id == Registration.person_id)
        .outerjoin(Vacancy, Vacancy.id == Interaction.vacancy_id)
        .where(Registration.event_id == event_id, Interaction.employer_id == employer_id)
        .order_by(Interaction.id.desc())
        .limit(limit)
    )
    return [
        InteractionRow(r[0], r[1], f"{r[2]} {r[3]}", InteractionKind(r[4]), r[5], r[6], r[7])
        for r in rows
    ]


def employer_name(session: Session, employer_id: int) -> str:
    employer = session.get(Employer, employer_id)
    return employer.trade_name if employer else "?"
