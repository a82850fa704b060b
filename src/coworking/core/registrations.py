"""Registrations: a person at an event with a role and a badge code.

A person registers once per event (candidate, employer representative, staff or visitor). The
badge code is random, carries a check character and holds no personal data.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coworking.core import accounts, codes, consents
from coworking.core.errors import NotFound, UserError
from coworking.core.fairs import allow, get_employer, get_event
from coworking.core.plurals import count_text
from coworking.db.base import utcnow
from coworking.db.enums import RegistrationRole
from coworking.db.models import Employer, Person, Registration, StaffUser

ROLE_NAMES = {
    RegistrationRole.CANDIDATE: "Candidato/a",
    RegistrationRole.EMPLOYER_REP: "Empresa",
    RegistrationRole.STAFF: "Personal",
    RegistrationRole.VISITOR: "Visitante",
}

SOURCES = ("registry", "import", "door", "paper")
# Who may register someone for an event (at the door too, or restore a cancelled registration).
REGISTER = accounts.ALL_STAFF


def role_name(role: RegistrationRole | str) -> str:
    return ROLE_NAMES.get(RegistrationRole(role), str(role))


def new_badge_code(session: Session) -> str:
    """A badge code no registration holds (the unique index guards the rare race)."""
    while True:
        code = codes.new_code()
        if session.scalar(select(Registration.id).where(Registration.badge_code == code)) is None:
            return code


def register(
    session: Session,
    actor: StaffUser | None,
    event_id: int,
    person_id: int,
    role: RegistrationRole = RegistrationRole.CANDIDATE,
    *,
    employer_id: int | None = None,
    source: str = "registry",
) -> Registration:
    """Register ``person_id`` for the event, or return their registration if they already are
    (a cancelled one is restored). Employer representatives need their employer; everyone needs
    a current consent for «registro» (:class:`~coworking.core.consents.NoConsent`)."""
    allow(actor, REGISTER)
    event = get_event(session, event_id)
    person = session.get(Person, person_id)
    if person is None or person.merged_into_id is not None:
        raise NotFound("No existe esa persona.")
    consents.require(session, person_id, "no se puede inscribir en un evento")
    if role == RegistrationRole.EMPLOYER_REP:
        if employer_id is None:
            raise UserError("Un representante de empresa necesita su empresa.")
        get_employer(session, employer_id)
    else:
        employer_id = None
    existing = session.scalar(
        select(Registration).where(
            Registration.event_id == event_id, Registration.person_id == person_id
        )
    )
    if existing is not None:
        if existing.cancelled_at is not None:
            existing.cancelled_at = None
            existing.role = role
            existing.employer_id = employer_id
            session.flush()
        return existing
    if event.capacity and source != "door":
        registered = count_registered(session, event_id)
        if registered >= event.capacity:
            raise UserError(
                f"El evento «{event.name}» está lleno: "
                f"{count_text(registered, 'inscrito', 'inscritos')} de "
                f"{count_text(event.capacity, 'plaza', 'plazas')}."
            )
    registration = Registration(
        event_id=event_id,
        person_id=person_id,
        employer_id=employer_id,
        role=role,
        badge_code=new_badge_code(session),
        source=source,
    )
    session.add(registration)
    session.flush()
    return registration


def count_registered(session: Session, event_id: int) -> int:
    return (
        session.scalar(
            select(func.count())
            .select_from(Registration)
            .where(Registration.event_id == event_id, Registration.cancelled_at.is_(None))
        )
        or 0
    )


def cancel(session: Session, actor: StaffUser | None, registration_id: int) -> Registration:
    """Cancel a registration; its badge then answers «inscripción cancelada» at the door."""
    allow(actor, accounts.ALL_STAFF)
    registration = get_registration(session, registration_id)
    if registration.checked_in_at is not None:
        raise UserError("Esta persona ya entró al evento: deshaga primero su entrada.")
    registration.cancelled_at = utcnow()
    session.flush()
    return registration


def get_registration(session: Session, registration_id: int) -> Registration:
    registration = session.get(Registration, registration_id)
    if registration is None:
        raise NotFound("No existe esa inscripción.")
    return registration


def by_badge_code(session: Session, code: str) -> Registration | None:
    """The registration a badge stands for (a folded one answers as the one it joined)."""
    found = session.scalar(select(Registration).where(Registration.badge_code == code))
    if found is None or found.merged_into_id is None:
        return found
    return session.get(Registration, surviving_id(session, found.merged_into_id))


def surviving_id(session: Session, registration_id: int) -> int:
    """The registration ``registration_id`` stands for: one folded into another by a merge of
    two records of one person answers as that one, so no one is admitted twice."""
    for _ in range(8):  # merges of merges: a short chain
        into = session.scalar(
            select(Registration.merged_into_id).where(Registration.id == registration_id)
        )
        if into is None:
            break
        registration_id = into
    return registration_id


@dataclass(frozen=True)
class RegistrationRow:
    """One line of an event's list of registrations (as shown on screens and sheets)."""

    registration_id: int
    person_id: int
    given_names: str
    family_names: str
    role: RegistrationRole
    organization: str | None
    badge_code: str
    checked_in_at: datetime | None
    cancelled_at: datetime | None

    @property
    def full_name(self) -> str:
        return f"{self.given_names} {self.family_names}".strip()

    @property
    def sort_name(self) -> str:
        return f"{self.family_names}, {self.given_names}"


def registration_rows(
    session: Session,
    event_id: int,
    *,
    include_cancelled: bool = False,
    person_ids: list[int] | None = None,
    limit: int | None = None,
) -> list[RegistrationRow]:
    """The event's registrations, alphabetical by family names."""
    query = (
        select(
            Registration.id,
            Person.id,
            Person.given_names,
            Person.family_names,
            Registration.role,
            Employer.trade_name,
            Registration.badge_code,
            Registration.checked_in_at,
            Registration.cancelled_at,
        )
        .join(Person, Person.id == Registration.person_id)
        .outerjoin(Employer, Employer.id == Registration.employer_id)
        .where(Registration.event_id == event_id)
        .order_by(Person.search_name, Registration.id)
    )
    if not include_cancelled:
        query = query.where(Registration.cancelled_at.is_(None))
    if person_ids is not None:
        query = query.where(Person.id.in_(person_ids))
    if limit is not None:
        query = query.limit(limit)
    return [RegistrationRow(*row) for row in session.execute(query)]
