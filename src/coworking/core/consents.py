"""Consent: what each purpose a person accepts governs in this program, and the services that
record it, withdraw it and read it.

The consent text people sign (``resources/consent/consentimiento-<version>.md``, shown and
printed by :mod:`coworking.core.consent`) offers three purposes, each accepted apart. This is
the one place that says what each one governs here; every other module asks this one.

**«registro» — registration and services** (required: without it no data is kept for the other
purposes either). It governs using the services: registering for a fair or a workshop (one by
one, in bulk from the list, from a file, at the door), admission at an event's door, check-in at
the co-working front desk, and new bookings of desks and rooms. Without it each of those places
refuses and says why: the door and the front desk log a refused scan
(``CheckInResult.NO_CONSENT``) and answer in Spanish; registering and booking raise
:class:`NoConsent`. The credential belongs to it too: a badge or member card of someone without
it admits nobody. What already happened stays as a service record: visits, registrations and
scans are kept, a person inside can still leave, bookings made before stay (their holder cannot
check in), and totals of service (visits, people served, occupancy, who is in now) count
everyone.

**«estadisticas» — statistics for the municipality**: counting people *by sex, age, nationality,
population group and disability*, and being in what leaves pseudonymised. Without it:

- the 5W indicator file (``export_indicators``) does not count the person at all, in no column;
- pseudonymised exports leave them out of ``personas`` and leave their reference empty
  elsewhere (``export_rows``);
- reports and summaries count them in the totals of service (a service record, «registro») but
  never break them down by their attributes: every breakdown puts them in one row of their own,
  «No autorizó estadísticas» (``Breakdown.not_authorised``), so each table still adds up to the
  people served and nobody's sex, age, nationality, group or disability is counted.

**«contacto» — contact about jobs and activities**: staff calling or writing to the person.
Without it the call list of hire follow-ups shows them without a phone, marked «no contactar»
(the follow-up can be asked of the employer), and identified exports leave their phone and
e-mail empty. The phone and e-mail stay on the person's own record and in search (finding
someone by their number is identifying them, «registro»).

**The records.** A :class:`~coworking.db.models.ConsentRecord` is current while its
``withdrawn_at`` is empty; the person's consent is their current record with the highest id,
among their own records and those of records merged into them (a merged record counts as the
record it was merged into). No record is ever edited into another consent: giving consent again
or withdrawing part of it *closes* every current record (``withdrawn_at``, ``withdrawn_by_id``)
at the very moment the new record starts (its ``given_at``), so the history reads «reemplazado»
or «retirado en parte»; withdrawing everything (or «registro», which takes the rest with it)
closes them with no successor. A new consent is on the current text (:data:`CONSENT_VERSION`); a
partial withdrawal keeps the version the person signed.

The purpose is found in the stored JSON list with ``LIKE '%"estadisticas"%'`` on its text, the
same on SQLite and PostgreSQL: the purposes are a closed vocabulary of plain words, quoted in the
JSON, so the match is exact.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from sqlalchemy import ColumnElement, Select, String, cast, func, or_, select
from sqlalchemy.orm import Session, aliased

from coworking.core import accounts
from coworking.core.errors import NotFound, UserError
from coworking.db.base import utcnow
from coworking.db.models import ConsentRecord, Person, StaffUser

PURPOSES = ("registro", "estadisticas", "contacto")
REGISTRATION, STATISTICS, CONTACT = PURPOSES
REQUIRED_PURPOSE = REGISTRATION
CONSENT_VERSION = "2026-01"

PURPOSE_NAMES = {  # as staff read them in messages
    REGISTRATION: "el registro y los servicios",
    STATISTICS: "las estadísticas",
    CONTACT: "el contacto sobre empleo y actividades",
}


class NoConsent(UserError):
    """The person has no current consent for ``purpose``, so the action is refused."""

    def __init__(self, name: str, purpose: str, refused: str) -> None:
        super().__init__(
            f"{name} no tiene consentimiento vigente para {PURPOSE_NAMES[purpose]}: {refused}. "
            "Si la persona quiere darlo de nuevo, regístrelo en su ficha (Personas)."
        )
        self.purpose = purpose


def _allow(actor: StaffUser | None) -> None:
    if actor is not None:  # None: the command line
        accounts.require_role(actor, accounts.ALL_STAFF)


def check_purposes(purposes: Iterable[str]) -> list[str]:
    """The purposes, sorted and once each; refuses an unknown one."""
    chosen = sorted(set(purposes))
    unknown = [p for p in chosen if p not in PURPOSES]
    if unknown:
        raise UserError(f"Finalidad desconocida: {', '.join(unknown)}.")
    return chosen


def kept_id(session: Session, person_id: int) -> int:
    """The record ``person_id`` counts as: the one it was merged into (chains followed)."""
    seen = {person_id}
    current = person_id
    while True:
        target = session.scalar(select(Person.merged_into_id).where(Person.id == current))
        if target is None or target in seen:
            return current
        seen.add(target)
        current = target


# Built once: a statement made of the same aliases each time is found in SQLAlchemy's compiled
# cache (new aliases on every call cost the door a millisecond and a half per scan).
_RECORD, _KIN = aliased(ConsentRecord, name="current_consent"), aliased(Person, name="kin")


def _kin(person_id: int | ColumnElement[int]) -> ColumnElement[bool]:
    """Whether ``_KIN`` is ``person_id`` or a record merged into it: the records whose consents
    are ``person_id``'s."""
    return or_(_KIN.id == person_id, _KIN.merged_into_id == person_id)


def _current(person_id: int) -> Select:
    """The current records of ``person_id`` (a record not merged away), the latest first."""
    return (
        select(ConsentRecord)
        .where(
            ConsentRecord.person_id.in_(select(_KIN.id).where(_kin(person_id))),
            ConsentRecord.withdrawn_at.is_(None),
        )
        .order_by(ConsentRecord.id.desc())
    )


def purposes_column(person_key: ColumnElement[int]) -> ColumnElement:
    """The current purposes (a JSON list, NULL without consent) of the person ``person_key``
    names in an enclosing query (a record not merged away): one indexed lookup."""
    return (
        select(_RECORD.purposes)
        .join(_KIN, _KIN.id == _RECORD.person_id)
        .where(_kin(person_key), _RECORD.withdrawn_at.is_(None))
        .order_by(_RECORD.id.desc())
        .limit(1)
        .scalar_subquery()
    )


# The current purposes of the ``Person`` of an enclosing query, merged records answering with
# the record they were merged into (one merge deep), built once: the door's one-query answer.
PERSON_PURPOSES = purposes_column(func.coalesce(Person.merged_into_id, Person.id))


def current_record(session: Session, person_id: int) -> ConsentRecord | None:
    """The person's consent now (merged records folded), or None."""
    return session.scalars(_current(kept_id(session, person_id)).limit(1)).first()


def active_purposes(session: Session, person_id: int) -> set[str]:
    """The purposes the person consents to now (empty: no current consent); one query."""
    row = session.execute(
        select(Person.merged_into_id, PERSON_PURPOSES).where(Person.id == person_id)
    ).one_or_none()
    if row is None:
        return set()
    into, purposes = row
    if purposes is None and into is not None:  # merged into a record merged in turn
        kept = kept_id(session, person_id)
        if kept != into:
            return active_purposes(session, kept)
    return set(purposes or ())


def holds(purposes: Sequence[str] | None, purpose: str = REGISTRATION) -> bool:
    """Whether a current purposes list (as :func:`purposes_column` reads it) holds ``purpose``."""
    return purpose in (purposes or ())


def require(session: Session, person_id: int, refused: str, purpose: str = REGISTRATION) -> None:
    """Raise :class:`NoConsent` (saying what is ``refused``) unless the person holds
    ``purpose``."""
    if purpose in active_purposes(session, person_id):
        return
    person = session.get(Person, person_id)
    name = f"{person.given_names} {person.family_names}" if person else "Esta persona"
    raise NoConsent(name, purpose, refused)


def _lists(purposes: ColumnElement, purpose: str) -> ColumnElement[bool]:
    """Whether the stored JSON list ``purposes`` holds ``purpose`` (see the module's note)."""
    if purpose not in PURPOSES:
        raise ValueError(purpose)
    return cast(purposes, String).like(f'%"{purpose}"%')


def holders(purpose: str) -> Select:
    """The people (as :func:`coworking.core.disaggregation.person_key` names them: merged
    records folded) whose current consent holds ``purpose``: a query of ids for ``IN`` or a
    join, so that a report or an export asks once for everybody."""
    # Aliases throughout: the query goes inside others that hold these tables already, and
    # must not be correlated to them.
    record, owner = aliased(ConsentRecord), aliased(Person)
    latest = (
        select(func.max(record.id))
        .join(owner, owner.id == record.person_id)
        .where(record.withdrawn_at.is_(None))
        .group_by(func.coalesce(owner.merged_into_id, owner.id))
    )
    chosen, holder = aliased(ConsentRecord), aliased(Person)
    return (
        select(func.coalesce(holder.merged_into_id, holder.id).label("person_id"))
        .select_from(chosen)
        .join(holder, holder.id == chosen.person_id)
        .where(chosen.id.in_(latest), _lists(chosen.purposes, purpose))
    )


def purposes_by_person(session: Session, person_ids: Iterable[int]) -> dict[int, frozenset[str]]:
    """The current purposes of each of ``person_ids`` (empty without consent), in one query per
    thousand people; merged records answer with the record they were merged into."""
    wanted = sorted(set(person_ids))
    found: dict[int, frozenset[str]] = {pid: frozenset() for pid in wanted}
    for start in range(0, len(wanted), 1000):
        chunk = wanted[start : start + 1000]
        rows = session.execute(select(Person.id, PERSON_PURPOSES).where(Person.id.in_(chunk)))
        for pid, purposes in rows:
            found[pid] = frozenset(purposes or ())
    return found


def _close_current(session: Session, person_id: int, actor: StaffUser | None, now) -> None:
    for record in session.scalars(_current(person_id)):
        record.withdrawn_at = now
        record.withdrawn_by_id = actor.id if actor else None


def _person(session: Session, person_id: int) -> Person:
    person = session.get(Person, person_id)
    if person is None:
        raise NotFound("No existe esa persona.")
    if person.merged_into_id is not None:
        raise UserError(
            "Ese registro fue unido a otro: registre el consentimiento en el registro que quedó."
        )
    return person


def give_consent(
    session: Session, actor: StaffUser | None, person_id: int, purposes: Iterable[str]
) -> ConsentRecord:
    """Record the person's consent, as they give it now on the current text: a new record
    that replaces their current one (closed at the same moment). «registro» is required."""
    _allow(actor)
    _person(session, person_id)
    chosen = check_purposes(purposes)
    if REQUIRED_PURPOSE not in chosen:
        raise UserError("Sin consentimiento para el registro no se pueden guardar los datos.")
    now = utcnow()
    _close_current(session, person_id, actor, now)
    record = ConsentRecord(
        person_id=person_id,
        purposes=chosen,
        text_version=CONSENT_VERSION,
        given_at=now,
        staff_user_id=actor.id if actor else None,
    )
    session.add(record)
    session.flush()
    return record


def withdraw_consent(
    session: Session, actor: StaffUser | None, person_id: int, purposes: Iterable[str]
) -> ConsentRecord:
    """Record that the person withdraws ``purposes`` (all of them, or «registro»: the whole
    consent). What remains becomes a new record on the version they signed; returns it, or the
    closed record when nothing remains."""
    _allow(actor)
    person_id = kept_id(session, person_id)
    if session.get(Person, person_id) is None:
        raise NotFound("No existe esa persona.")
    withdrawn = set(check_purposes(purposes))
    current = session.scalars(_current(person_id).limit(1)).first()
    if current is None:
        raise UserError("Esta persona no tiene un consentimiento vigente.")
    held = list(current.purposes or ())
    if not withdrawn & set(held):
        return current  # nothing of it was given: nothing changes
    remaining = [] if REQUIRED_PURPOSE in withdrawn else [p for p in held if p not in withdrawn]
    now = utcnow()
    _close_current(session, person_id, actor, now)
    if not remaining:
        session.flush()
        return current
    replacement = ConsentRecord(
        person_id=person_id,
        purposes=sorted(remaining),
        text_version=current.text_version,
        given_at=now,
        staff_user_id=actor.id if actor else None,
    )
    session.add(replacement)
    session.flush()
    return replacement
