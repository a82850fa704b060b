"""Door check-in at an event: one scan in, one answer out, every scan logged.

Two stations scanning the same badge at the same moment must give one admission and one
«ya registró su entrada». The decision is a conditional update of the registration
(``checked_in_at IS NULL``): SQLite serialises writers and PostgreSQL re-checks the condition
after the row lock, so exactly one update wins; a partial unique index on admitted check-ins
backs it up in the database itself.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import case, func, select, update
from sqlalchemy.orm import Session

from coworking.core import accounts, audit, codes, consents
from coworking.core.errors import NotFound, UserError
from coworking.core.fairs import allow
from coworking.core.greetings import welcome
from coworking.core.localtime import local_zone
from coworking.core.registrations import REGISTER, register, role_name, surviving_id
from coworking.db.base import utcnow
from coworking.db.enums import AuditAction, CheckInResult, RegistrationRole, Sex
from coworking.db.models import (
    CheckIn,
    Employer,
    Event,
    Person,
    Registration,
    StaffUser,
)

RAW_LIMIT = 200
SEARCH_PREFIX = "búsqueda: "


@dataclass(frozen=True)
class ScanAnswer:
    """What the station shows after a scan; ``title`` and ``detail`` are ready to display."""

    result: CheckInResult
    raw: str
    check_in_id: int
    scanned_at: datetime
    registration_id: int | None = None
    person_name: str | None = None
    role: RegistrationRole | None = None
    organization: str | None = None
    other_event: str | None = None
    previous_at: datetime | None = None
    previous_station: str | None = None
    previous_operator: str | None = None
    sex: Sex | None = None
    person_id: int | None = None

    @property
    def admitted(self) -> bool:
        return self.result == CheckInResult.OK

    @property
    def role_label(self) -> str:
        return role_name(self.role) if self.role else ""

    @property
    def title(self) -> str:
        if self.result == CheckInResult.OK:
            return welcome(self.sex, self.person_name)
        if self.result == CheckInResult.DUPLICATE:
            return f"{self.person_name} ya registró su entrada"
        if self.result == CheckInResult.INVALID:
            return "Código mal leído"
        if self.result == CheckInResult.UNKNOWN:
            return "Código desconocido"
        if self.result == CheckInResult.WRONG_EVENT:
            return "Inscripción para otro evento"
        if self.result == CheckInResult.NO_CONSENT:
            return "Sin consentimiento vigente"
        return "Inscripción cancelada"

    @property
    def detail(self) -> str:
        who = " · ".join(p for p in (self.role_label, self.organization) if p)
        if self.result == CheckInResult.OK:
            return who
        if self.result == CheckInResult.DUPLICATE:
            when = (
                self.previous_at.astimezone(local_zone()).strftime("%H:%M")
                if (self.previous_at)
                else "?"
            )
            by = f", por {self.previous_operator}" if self.previous_operator else ""
            return f"Entró a las {when} por «{self.previous_station}»{by}. {who}".strip()
        if self.result == CheckInResult.INVALID:
            code = codes.normalise(self.raw)
            shaped = len(code) == codes.BODY_LENGTH + 1 and all(c in codes.ALPHABET for c in code)
            why = (
                "el carácter de control no coincide: un carácter se leyó mal"
                if shaped
                else f"un código tiene {codes.BODY_LENGTH + 1} letras y números"
            )
            return (
                f"«{self.raw.strip()[:40]}» no es un código de credencial válido ({why}). "
                "Vuelva a escanear o búsquelo por nombre."
            )
        if self.result == CheckInResult.UNKNOWN:
            return (
                f"Nadie tiene el código «{self.raw.strip()[:40]}». Busque a la persona por "
                "nombre o documento, o inscríbala aquí."
            )
        if self.result == CheckInResult.WRONG_EVENT:
            return (
                f"La inscripción de {self.person_name} es para «{self.other_event}», "
                "no para este evento."
            )
        if self.result == CheckInResult.NO_CONSENT:
            return (
                f"{self.person_name} no tiene consentimiento vigente para el registro y los "
                "servicios: no se le puede admitir. Si quiere darlo de nuevo, regístrelo en su "
                "ficha (Personas) y vuelva a escanear."
            )
        return f"La inscripción de {self.person_name} fue cancelada. {who}".strip()


def _operator_name(session: Session, operator_id: int | None) -> str | None:
    if operator_id is None:
        return None
    user = session.get(StaffUser, operator_id)
    return user.full_name if user else None


def _answer(
    session: Session,
    result: CheckInResult,
    *,
    event_id: int,
    raw: str,
    station: str,
    operator: StaffUser | None,
    registration_id: int | None = None,
    at: datetime | None = None,
    **fields: Any,
) -> ScanAnswer:
    """Log the scan (every scan, refused ones too) and the answer that goes with it."""
    row = CheckIn(
        event_id=event_id,
        registration_id=registration_id,
        station=station[:60],
        operator_id=operator.id if operator else None,
        result=result,
        raw_input=raw[:RAW_LIMIT],
        scanned_at=at or utcnow(),
    )
    session.add(row)
    session.flush()
    return ScanAnswer(
        result, raw, row.id, row.scanned_at, registration_id=registration_id, **fields
    )


def scan(
    session: Session,
    event_id: int,
    raw: str,
    station: str,
    operator: StaffUser | None,
    *,
    at: datetime | None = None,
) -> ScanAnswer:
    """Check in whoever holds the badge code in ``raw`` (as a scanner or a person typed it),
    as scanned at ``at`` (now if None: a scan saved later keeps the moment it was read).

    The caller commits: the scan log, the admission and their audit entries go together.
    """
    allow(operator, accounts.ALL_STAFF)
    where = {"event_id": event_id, "raw": raw, "station": station, "operator": operator, "at": at}
    code = codes.normalise(raw)
    if not codes.is_valid_code(code):
        return _answer(session, CheckInResult.INVALID, **where)
    row = session.execute(
        select(Registration.id, Registration.merged_into_id).where(Registration.badge_code == code)
    ).first()
    if row is None:
        return _answer(session, CheckInResult.UNKNOWN, **where)
    found = row[0] if row[1] is None else surviving_id(session, row[1])
    return admit(session, event_id, found, station, operator, raw=raw, at=at)


def badge_holder(session: Session, raw: str) -> str | None:
    """The name of whoever holds the badge code in ``raw``, or None (a read only: what a
    station says about a scan it could not save yet)."""
    code = codes.normalise(raw)
    if not codes.is_valid_code(code):
        return None
    row = session.execute(
        select(Person.given_names, Person.family_names)
        .join(Registration, Registration.person_id == Person.id)
        .where(Registration.badge_code == code)
    ).first()
    return f"{row[0]} {row[1]}".strip() if row else None


def admit(
    session: Session,
    event_id: int,
    registration_id: int,
    station: str,
    operator: StaffUser | None,
    *,
    raw: str | None = None,
    at: datetime | None = None,
) -> ScanAnswer:
    """Check in a known registration (found by scan, by typed search or ticked on paper)."""
    allow(operator, accounts.ALL_STAFF)
    details = session.execute(
        select(
            Registration.event_id,
            Registration.role,
            Registration.cancelled_at,
            Person.given_names,
            Person.family_names,
            Employer.trade_name,
            Event.name,
            Person.sex,
            Person.id,
            consents.PERSON_PURPOSES,
        )
        .join(Person, Person.id == Registration.person_id)
        .join(Event, Event.id == Registration.event_id)
        .outerjoin(Employer, Employer.id == Registration.employer_id)
        .where(Registration.id == registration_id)
    ).one_or_none()
    if details is None:
        raise NotFound("No existe esa inscripción.")
    *facts, purposes = details  # purposes: the person's current consent (a JSON list, or None)
    reg_event, role, cancelled_at, given, family, organization, event_name, sex, person = facts
    common: dict[str, Any] = {
        "event_id": event_id,
        "raw": raw if raw is not None else f"{SEARCH_PREFIX}{registration_id}",
        "station": station,
        "operator": operator,
        "registration_id": registration_id,
        "person_name": f"{given} {family}".strip(),
        "role": role,
        "organization": organization,
        "sex": Sex(sex) if sex else None,
        "person_id": person,
    }
    if reg_event != event_id:
        return _answer(session, CheckInResult.WRONG_EVENT, at=at, other_event=event_name, **common)
    if cancelled_at is not None:
        return _answer(session, CheckInResult.CANCELLED, at=at, **common)
    if not consents.holds(purposes) and not _registration_consent(session, person):
        return _answer(session, CheckInResult.NO_CONSENT, at=at, **common)
    now = at or utcnow()
    won = session.execute(
        update(Registration)
        .where(Registration.id == registration_id, Registration.checked_in_at.is_(None))
        .values(checked_in_at=now, updated_at=now)
        .execution_options(synchronize_session=False)
    ).rowcount
    loaded = session.identity_map.get(session.identity_key(Registration, registration_id))
    if loaded is not None:
        session.expire(loaded, ["checked_in_at", "updated_at"])
    if won:
        answer = _answer(session, CheckInResult.OK, at=now, **common)
        audit.record(
            session,
            AuditAction.UPDATE,
            "registration",
            str(registration_id),
            checked_in_at=[None, now.isoformat()],
            check_in=answer.check_in_id,
        )
        return answer
    first = session.execute(
        select(CheckIn.scanned_at, CheckIn.station, CheckIn.operator_id)
        .where(
            CheckIn.registration_id == registration_id,
            CheckIn.result == CheckInResult.OK,
            CheckIn.undone_at.is_(None),
        )
        .limit(1)
    ).one_or_none()
    return _answer(
        session,
        CheckInResult.DUPLICATE,
        at=at,
        previous_at=first[0] if first else None,
        previous_station=first[1] if first else None,
        previous_operator=_operator_name(session, first[2]) if first else None,
        **common,
    )


def _registration_consent(session: Session, person_id: int) -> bool:
    """Whether the person consents to «registro», asked again through a chain of merges (the
    one-query answer of :func:`admit` looks one merge deep)."""
    return consents.REGISTRATION in consents.active_purposes(session, person_id)


def register_here(
    session: Session,
    event_id: int,
    person_id: int,
    station: str,
    operator: StaffUser | None,
    role: RegistrationRole | None = None,
    *,
    at: datetime | None = None,
) -> ScanAnswer:
    """The door's next step after «inscripción cancelada» or «otro evento»: register the person
    for this event and admit them (at ``at``, now if None). A cancelled registration here is
    restored with its own role (and employer) unless ``role`` says otherwise; a new one is a
    candidate's by default."""
    allow(operator, REGISTER)
    existing = session.scalar(
        select(Registration).where(
            Registration.event_id == event_id, Registration.person_id == person_id
        )
    )
    if role is None:
        role = RegistrationRole(existing.role) if existing else RegistrationRole.CANDIDATE
    employer_id = existing.employer_id if existing and existing.role == role else None
    registration = register(
        session, operator, event_id, person_id, role, employer_id=employer_id, source="door"
    )
    return admit(session, event_id, registration.id, station, operator, at=at)


def undo(session: Session, actor: StaffUser | None, check_in_id: int) -> CheckIn:
    """Take back an admission (a coordinator's decision); the undo is logged and audited."""
    allow(actor, accounts.REPORTS)
    row = session.get(CheckIn, check_in_id)
    if row is None:
        raise NotFound("No existe ese registro de entrada.")
    if row.result != CheckInResult.OK or row.registration_id is None:
        raise UserError("Solo se puede deshacer una entrada admitida.")
    if row.undone_at is not None:
        raise UserError("Esa entrada ya fue deshecha.")
    now = utcnow()
    row.undone_at = now
    row.undone_by_id = actor.id if actor else None
    registration = session.get(Registration, row.registration_id)
    assert registration is not None
    registration.checked_in_at = None
    session.flush()
    audit.record(
        session,
        AuditAction.UNDO,
        "check_in",
        str(row.id),
        registration=row.registration_id,
        station=row.station,
    )
    return row


@dataclass
class Counters:
    """Checked in against registered, per role and in all."""

    registered: dict[RegistrationRole, int] = field(default_factory=lambda: defaultdict(int))
    checked_in: dict[RegistrationRole, int] = field(default_factory=lambda: defaultdict(int))

    @property
    def total_registered(self) -> int:
        return sum(self.registered.values())

    @property
    def total_checked_in(self) -> int:
        return sum(self.checked_in.values())


def counters(session: Session, event_id: int) -> Counters:
    result = Counters()
    rows = session.execute(
        select(
            Registration.role,
            func.count(),
            func.sum(case((Registration.checked_in_at.is_not(None), 1), else_=0)),
        )
        .where(Registration.event_id == event_id, Registration.cancelled_at.is_(None))
        .group_by(Registration.role)
    )
    for role, registered, checked in rows:
        result.registered[RegistrationRole(role)] = registered
        result.checked_in[RegistrationRole(role)] = int(checked or 0)
    return result


@dataclass(frozen=True)
class ScanRow:
    check_in_id: int
    scanned_at: datetime
    result: CheckInResult
    raw: str
    station: str
    person_name: str | None
    role: RegistrationRole | None
    undone: bool


def recent_scans(
    session: Session, event_id: int, *, station: str | None = None, limit: int = 12
) -> list[ScanRow]:
    """The latest scans at the event (or at one station), newest first."""
    query = (
        select(
            CheckIn.id,
            CheckIn.scanned_at,
            CheckIn.result,
            CheckIn.raw_input,
            CheckIn.station,
            Person.given_names,
            Person.family_names,
            Registration.role,
            CheckIn.undone_at,
        )
        .outerjoin(Registration, Registration.id == CheckIn.registration_id)
        .outerjoin(Person, Person.id == Registration.person_id)
        .where(CheckIn.event_id == event_id)
        .order_by(CheckIn.id.desc())
        .limit(limit)
    )
    if station is not None:
        query = query.where(CheckIn.station == station)
    return [
        ScanRow(
            row[0],
            row[1],
            CheckInResult(row[2]),
            row[3],
            row[4],
            f"{row[5]} {row[6]}" if row[5] is not None else None,
            RegistrationRole(row[7]) if row[7] else None,
            row[8] is not None,
        )
        for row in session.execute(query)
    ]


def last_change(session: Session, event_id: int) -> tuple[int, int]:
    """A cheap fingerprint of the event's scans, so a station refreshes only when it changed."""
    newest, undone = session.execute(
        select(func.max(CheckIn.id), func.count(CheckIn.undone_at)).where(
            CheckIn.event_id == event_id
        )
    ).one()
    return int(newest or 0), int(undone or 0)
