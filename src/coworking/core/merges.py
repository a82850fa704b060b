"""Merging two records of one person, so that nothing is lost, and undoing a merge.

A coordinator compares both records side by side (:func:`compare`), chooses the record to keep
and, field by field, which value wins (:func:`merge`). Everything attached to the other record
moves to the kept one: consents, visits, bookings, badge prints, the entrepreneur profile,
further documents and event registrations. What the merge decides:

- **Documents.** The kept record shows one document (the chosen one); the other becomes a
  further document of the kept record (:class:`PersonDocument`), searchable and unique, so
  typing it again finds the person instead of failing.
- **Consent** becomes the most restrictive of both: only the purposes that both records hold
  stay active. A withdrawal is never undone by a merge.
- **Registrations for one event** become one: the kept person's registration stays, takes the
  earlier admission, the other's door scans, booth interactions and outcomes; the other is
  cancelled and points at it (``merged_into_id``), so its badge answers as the kept one and no
  one is admitted twice. When both were admitted, the later admission is undone. An outcome both
  registrations hold (same kind and vacancy) is kept once.
- **Open visits**: when both records are checked in now, the other's visit is closed.

The other record stays, marked as merged, so both histories remain. The :class:`PersonMerge`
row says who merged what and when, and ``details`` keeps every change, so :func:`undo` can put
the two records back as they were (fields changed since the merge are left as they are now).
Every row changed goes through the session, so the audit trail records it too.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from coworking.core import accounts, consents, people
from coworking.core.errors import NotFound, UserError
from coworking.core.merge_registrations import fold_registrations, plain, unfold
from coworking.core.text import person_search_name
from coworking.db.base import utcnow
from coworking.db.enums import DocumentType, PopulationGroup, Sex
from coworking.db.models import (
    BadgePrint,
    Booking,
    ConsentRecord,
    EntrepreneurProfile,
    Person,
    PersonDocument,
    PersonMerge,
    PersonToken,
    Registration,
    StaffUser,
    Visit,
)

FIELDS: tuple[str, ...] = tuple(people.PersonInput.__dataclass_fields__)
_DOCUMENT = ("document_type", "document_number")
_ENUMS: dict[str, type] = {
    "document_type": DocumentType,
    "sex": Sex,
    "population_group": PopulationGroup,
}
_MOVED = {
    "consent_record": ConsentRecord,
    "visit": Visit,
    "booking": Booking,
    "badge_print": BadgePrint,
    "entrepreneur_profile": EntrepreneurProfile,
    "person_document": PersonDocument,
}


def _typed(name: str, value: Any) -> Any:
    if value is None:
        return None
    if name in _ENUMS:
        return _ENUMS[name](value)
    if name == "birth_date":
        return date.fromisoformat(value)
    return value


def _empty(value: Any) -> bool:
    return value in (None, "") or value == DocumentType.NONE


# -- comparing ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Side:
    """One of the two records: its values by field and what hangs from it."""

    person_id: int
    name: str
    values: dict[str, Any]
    documents: list[tuple[DocumentType, str]]
    visits: int
    bookings: int
    registrations: int
    purposes: frozenset[str]
    member_code: str | None
    created_at: datetime


@dataclass(frozen=True)
class Comparison:
    first: Side
    second: Side

    def differing(self) -> list[str]:
        """The fields where both records hold different values (documents as one field)."""
        names = [n for n in FIELDS if n != "document_type"]
        return [
            n
            for n in names
            if (
                (self.first.values["document_type"], self.first.values[n])
                != (self.second.values["document_type"], self.second.values[n])
                if n == "document_number"
                else self.first.values[n] != self.second.values[n]
            )
        ]


def _side(session: Session, person: Person) -> Side:
    def count(model: Any) -> int:
        query = select(func.count()).select_from(model).where(model.person_id == person.id)
        return session.scalar(query) or 0

    documents = [
        (DocumentType(kind), number)
        for kind, number in session.execute(
            select(PersonDocument.document_type, PersonDocument.document_number).where(
                PersonDocument.person_id == person.id
            )
        )
    ]
    return Side(
        person.id,
        f"{person.given_names} {person.family_names}",
        {name: getattr(person, name) for name in FIELDS},
        documents,
        count(Visit),
        count(Booking),
        count(Registration),
        frozenset(people.active_purposes(session, person.id)),
        person.member_code,
        person.created_at,
    )


def compare(session: Session, actor: StaffUser, first_id: int, second_id: int) -> Comparison:
    """Both records side by side, for the coordinator to choose (coordinators only)."""
    accounts.require_role(actor, accounts.REPORTS)
    first, second = _pair(session, first_id, second_id)
    return Comparison(_side(session, first), _side(session, second))


def _pair(session: Session, keep_id: int, merge_id: int) -> tuple[Person, Person]:
    if keep_id == merge_id:
        raise UserError("Elija dos personas distintas para unir.")
    keep, gone = session.get(Person, keep_id), session.get(Person, merge_id)
    if keep is None or gone is None:
        raise NotFound("No existe esa persona.")
    if keep.merged_into_id or gone.merged_into_id:
        raise UserError("Una de las dos personas ya fue unida a otra.")
    return keep, gone


# -- merging --------------------------------------------------------------------------------------


def default_choices(keep: Side | Person, gone: Side | Person) -> set[str]:
    """The fields the merged record wins by default: those the kept record leaves empty."""

    def value(side: Side | Person, name: str) -> Any:
        return side.values[name] if isinstance(side, Side) else getattr(side, name)

    taken = {n for n in FIELDS if _empty(value(keep, n)) and not _empty(value(gone, n))}
    if "document_number" in taken or "document_type" in taken:
        taken |= set(_DOCUMENT)
    return taken


def merge(
    session: Session,
    actor: StaffUser,
    keep_id: int,
    merge_id: int,
    take: set[str] | frozenset[str] | None = None,
) -> PersonMerge:
    """Fold record ``merge_id`` into ``keep_id`` (coordinators). ``take`` names the fields whose
    value comes from the merged record (the document as one: either field takes both); by
    default, those the kept record leaves empty."""
    accounts.require_role(actor, accounts.REPORTS)
    keep, gone = _pair(session, keep_id, merge_id)
    taken = default_choices(keep, gone) if take is None else set(take)
    if taken & set(_DOCUMENT):
        taken |= set(_DOCUMENT)
    unknown = taken - set(FIELDS)
    if unknown:
        raise UserError(f"Campos desconocidos: {', '.join(sorted(unknown))}.")
    now = utcnow()
    record = PersonMerge(kept_id=keep.id, merged_id=gone.id, staff_user_id=actor.id, merged_at=now)
    session.add(record)
    session.flush()
    details: dict[str, Any] = {
        "kept_before": {n: plain(getattr(keep, n)) for n in FIELDS},
        "merged_before": {n: plain(getattr(gone, n)) for n in _DOCUMENT},
        "kept_member_code": keep.member_code,
        "merged_member_code": gone.member_code,
        "consents": _fold_consents(session, actor, keep.id, gone.id, now),
        "closed_visit": _close_second_visit(session, keep.id, gone.id, now),
        "moved": {},
        "registrations": [],
    }
    for name, model in _MOVED.items():
        if name == "entrepreneur_profile" and keep.profile is not None:
            continue  # one profile per person: the kept record's stays, the other's with it
        rows = list(session.scalars(select(model).where(model.person_id == gone.id)))
        for row in rows:
            row.person_id = keep.id  # row by row, so that the audit sees each move
        details["moved"][name] = [row.id for row in rows]
    details["registrations"] = fold_registrations(session, actor, keep.id, gone.id, now)
    _take_fields(session, keep, gone, taken, record)
    details["added_document"] = session.scalar(
        select(PersonDocument.id).where(PersonDocument.merge_id == record.id)
    )
    if keep.member_code is None and gone.member_code is not None:
        code, gone.member_code = gone.member_code, None
        session.flush()  # the code is unique: free it before the kept record takes it
        keep.member_code = code
    details["kept_after"] = {n: plain(getattr(keep, n)) for n in FIELDS}
    gone.merged_into_id = keep.id
    session.execute(delete(PersonToken).where(PersonToken.person_id == gone.id))
    session.flush()
    people.reindex(session, keep)
    record.details = details
    session.flush()
    return record


def _take_fields(
    session: Session, keep: Person, gone: Person, taken: set[str], record: PersonMerge
) -> None:
    """Copy the chosen values; the document that loses becomes a further document of ``keep``."""
    kept_doc = (keep.document_type, keep.document_number)
    gone_doc = (gone.document_type, gone.document_number)
    gone.document_type, gone.document_number = DocumentType.NONE, None
    session.flush()  # free the merged record's document (unique per type and number)
    for name in taken - set(_DOCUMENT):
        setattr(keep, name, getattr(gone, name))
    shown, spare = (gone_doc, kept_doc) if "document_number" in taken else (kept_doc, gone_doc)
    if "document_number" in taken:
        keep.document_type, keep.document_number = DocumentType.NONE, None
        session.flush()
    keep.document_type, keep.document_number = shown
    if spare[1] and spare != shown:
        session.add(
            PersonDocument(
                person_id=keep.id,
                document_type=spare[0],
                document_number=spare[1],
                merge_id=record.id,
            )
        )
    keep.search_name = person_search_name(keep.given_names, keep.family_names)
    session.flush()


def _fold_consents(
    session: Session, actor: StaffUser, keep_id: int, gone_id: int, now: datetime
) -> dict[str, Any]:
    """Only the purposes both records hold stay active: the most restrictive consent."""
    current = {pid: consents.current_record(session, pid) for pid in (keep_id, gone_id)}
    held = [set(r.purposes) if r else set() for r in current.values()]
    both = held[0] & held[1]
    if people.REQUIRED_PURPOSE not in both:
        both = set()
    active = list(
        session.scalars(
            select(ConsentRecord).where(
                ConsentRecord.person_id.in_((keep_id, gone_id)),
                ConsentRecord.withdrawn_at.is_(None),
            )
        )
    )
    survivor = next(
        (r for r in current.values() if r is not None and set(r.purposes) == both), None
    )
    withdrawn: list[int] = []
    for row in active:
        if row is not survivor:
            row.withdrawn_at, row.withdrawn_by_id = now, actor.id
            withdrawn.append(row.id)
    created = None
    if both and survivor is None:
        versions = sorted(r.text_version for r in current.values() if r is not None)
        new = ConsentRecord(
            person_id=keep_id,
            purposes=sorted(both),
            text_version=versions[0],
            staff_user_id=actor.id,
            given_at=now,
        )
        session.add(new)
        session.flush()
        created = new.id
    session.flush()
    still = [r.id for r in active if r is survivor] + ([created] if created else [])
    last = session.scalar(select(func.max(ConsentRecord.id)))
    return {"withdrawn": withdrawn, "created": created, "active_after": still, "last_id": last}


def _close_second_visit(session: Session, keep_id: int, gone_id: int, now: datetime) -> int | None:
    open_visits = list(
        session.scalars(
            select(Visit).where(
                Visit.person_id.in_((keep_id, gone_id)), Visit.checked_out_at.is_(None)
            )
        )
    )
    if len(open_visits) < 2:
        return None
    extra = next(v for v in open_visits if v.person_id == gone_id)
    extra.checked_out_at = max(now, extra.checked_in_at)
    session.flush()
    return extra.id


# -- undoing --------------------------------------------------------------------------------------


def undo(session: Session, actor: StaffUser, merge_id: int) -> PersonMerge:
    """Put both records back as they were before merge ``merge_id`` (coordinators). Rows
    attached to the kept record after the merge stay there; fields changed since stay too."""
    accounts.require_role(actor, accounts.REPORTS)
    record = session.get(PersonMerge, merge_id)
    if record is None:
        raise NotFound("No existe esa unión.")
    if record.undone_at is not None:
        raise UserError("Esa unión ya fue deshecha.")
    keep, gone = session.get(Person, record.kept_id), session.get(Person, record.merged_id)
    if keep.merged_into_id is not None:
        raise UserError(
            "El registro conservado fue unido después a otro: deshaga primero esa unión."
        )
    later = session.scalar(
        select(PersonMerge.id).where(
            PersonMerge.kept_id == keep.id,
            PersonMerge.id > record.id,
            PersonMerge.undone_at.is_(None),
        )
    )
    if later is not None:
        raise UserError("Después se unió otro registro a esta persona: deshaga primero esa unión.")
    details = record.details
    for step in reversed(details["registrations"]):
        unfold(session, step, keep.id, gone.id)
    for name, model in _MOVED.items():
        for row_id in details["moved"].get(name, []):
            row = session.get(model, row_id)
            if row is not None and row.person_id == keep.id:
                row.person_id = gone.id
    if details.get("added_document"):
        added = session.get(PersonDocument, details["added_document"])
        if added is not None:
            session.delete(added)
    _restore_consents(session, details["consents"], keep.id)
    session.flush()
    _restore_fields(session, keep, gone, details)
    gone.merged_into_id = None
    record.undone_at, record.undone_by_id = utcnow(), actor.id
    session.flush()
    people.reindex(session, keep)
    people.reindex(session, gone)
    return record


def _restore_fields(session: Session, keep: Person, gone: Person, details: dict) -> None:
    before, after = details["kept_before"], details["kept_after"]
    for name in FIELDS:
        if name in _DOCUMENT:
            continue
        if plain(getattr(keep, name)) == after[name] and before[name] != after[name]:
            setattr(keep, name, _typed(name, before[name]))
    kept_doc_now = (plain(keep.document_type), keep.document_number)
    if kept_doc_now == (after["document_type"], after["document_number"]):
        keep.document_type = DocumentType(before["document_type"] or DocumentType.NONE)
        keep.document_number = before["document_number"]
        session.flush()
    merged = details["merged_before"]
    gone.document_type = DocumentType(merged["document_type"] or DocumentType.NONE)
    gone.document_number = merged["document_number"]
    code = details["merged_member_code"]
    if details["kept_member_code"] is None and code is not None and keep.member_code == code:
        keep.member_code = None
        session.flush()  # the code is unique: free it before the other record takes it back
        gone.member_code = code
    keep.search_name = person_search_name(keep.given_names, keep.family_names)
    session.flush()


def _restore_consents(session: Session, folded: dict[str, Any], keep_id: int) -> None:
    """Consents as before the merge, unless the person's consent changed after it: then what
    they decided since stands (a withdrawal is never undone), and the records moved back to the
    other record stay ended."""
    newer = session.scalar(
        select(func.count())
        .select_from(ConsentRecord)
        .where(ConsentRecord.person_id == keep_id, ConsentRecord.id > folded["last_id"])
    )
    ended = session.scalar(
        select(func.count())
        .select_from(ConsentRecord)
        .where(
            ConsentRecord.id.in_(folded["active_after"]), ConsentRecord.withdrawn_at.is_not(None)
        )
    )
    changed_since = newer or ended
    if changed_since:
        return
    if folded.get("created"):
        created = session.get(ConsentRecord, folded["created"])
        if created is not None:
            created.withdrawn_at = utcnow()  # consent records are never deleted: ended
    for row_id in folded["withdrawn"]:
        row = session.get(ConsentRecord, row_id)
        if row is not None:
            row.withdrawn_at, row.withdrawn_by_id = None, None


# -- reading --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class MergeEntry:
    merge_id: int
    kept_id: int
    merged_id: int
    merged_name: str
    merged_at: datetime
    by: str | None
    undone_at: datetime | None
    undone_by: str | None


def merges_of(session: Session, person_id: int) -> list[MergeEntry]:
    """The merges into ``person_id``, newest first, with the merged record's name."""
    rows = session.execute(
        select(PersonMerge, Person.given_names, Person.family_names)
        .join(Person, Person.id == PersonMerge.merged_id)
        .where(PersonMerge.kept_id == person_id)
        .order_by(PersonMerge.id.desc())
    )
    names = dict(session.execute(select(StaffUser.id, StaffUser.username)).all())
    return [
        MergeEntry(
            record.id,
            record.kept_id,
            record.merged_id,
            f"{given} {family}",
            record.merged_at,
            names.get(record.staff_user_id),
            record.undone_at,
            names.get(record.undone_by_id),
        )
        for record, given, family in rows
    ]
