"""Writing many new people at once (imports): bulk inserts of the people, their consent, their
search words and one audit entry each, as the ORM would have written them one by one, at a
fraction of the cost (no unit of work, no object per row kept in the session)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from coworking.core import audit, people
from coworking.core.people import CONSENT_VERSION, PersonInput
from coworking.core.text import person_search_name
from coworking.db.base import utcnow
from coworking.db.bulk import insert_many
from coworking.db.models import ConsentRecord, Person, PersonToken
from coworking.db.uuids import new_uuids

_FIELDS = tuple(PersonInput.__dataclass_fields__)


@dataclass(frozen=True)
class NewPerson:
    """A person as the bulk insert writes them, worked out before the write lock is taken
    (an import prepares a batch while the door may still use the database): their columns
    but the id, uuid and timestamps, and their search words."""

    columns: dict[str, object]
    tokens: tuple[str, ...]


def new_person(data: PersonInput) -> NewPerson:
    columns: dict[str, object] = {}
    for name in _FIELDS:
        value = getattr(data, name)
        columns[name] = value.strip() if isinstance(value, str) else value
    search_name = person_search_name(str(columns["given_names"]), str(columns["family_names"]))
    columns["search_name"] = search_name
    tokens = people.token_set(
        "",
        search_name,  # the same words as given and family names, worked out once
        columns["document_number"],  # type: ignore[arg-type]
        columns["phone"],  # type: ignore[arg-type]
    )
    return NewPerson(columns, tuple(tokens))


def _new_ids(session: Session, model: type, count: int) -> list[int] | None:
    """Ids for ``count`` new rows of ``model`` on SQLite, where the transaction already holds
    the write lock (no other station can insert until it commits): the next ones after the
    highest. None elsewhere: PostgreSQL hands them out through RETURNING, in one statement."""
    if session.get_bind().dialect.name != "sqlite":
        return None
    highest = session.scalar(select(func.max(model.id))) or 0
    return list(range(highest + 1, highest + 1 + count))


def insert_rows(session: Session, model: type, rows: list[dict[str, object]]) -> list[int]:
    """Insert ``rows`` (an executemany), setting each row's ``id`` (and ``uuid``, time-ordered,
    where the table has one and the row none); the ids in order."""
    if not rows:
        return []
    if "uuid" in model.__table__.c and "uuid" not in rows[0]:
        for row, uuid in zip(rows, new_uuids(len(rows)), strict=True):
            row["uuid"] = uuid
    ids = _new_ids(session, model, len(rows))
    if ids is None:
        ids = list(
            session.scalars(
                insert(model).returning(model.id, sort_by_parameter_order=True), rows
            ).all()
        )
        for row, new_id in zip(rows, ids, strict=True):
            row["id"] = new_id
        return ids
    for row, new_id in zip(rows, ids, strict=True):
        row["id"] = new_id
    insert_many(session.connection(), model.__table__, rows)
    return ids


def insert_people(
    session: Session,
    rows: Sequence[NewPerson],
    purposes: Sequence[str],
    staff_user_id: int | None,
    origins: Sequence[dict[str, object]] | None = None,
) -> list[int]:
    """Add ``rows`` (made by :func:`new_person`) as new people consenting to ``purposes``;
    their ids, in order. The caller's
    transaction must already have written (so that it holds SQLite's write lock).

    Each person's audit entry holds ``origins[i]`` (an import's file and row) when given: the
    values themselves are in the person's row, and a copy of 200,000 of them in the audit
    would double the import's cost for no trail that the file and row do not already give."""
    if not rows:
        return []
    now = utcnow()
    chosen = sorted(purposes)  # one list for every row: converted once (db.bulk)
    values = [{**person.columns, "created_at": now, "updated_at": now} for person in rows]
    ids = insert_rows(session, Person, values)
    consents = [
        {
            "person_id": person_id,
            "purposes": chosen,
            "text_version": CONSENT_VERSION,
            "staff_user_id": staff_user_id,
            "given_at": now,
            "created_at": now,
            "updated_at": now,
        }
        for person_id in ids
    ]
    insert_rows(session, ConsentRecord, consents)
    if origins is None:
        audit.record_created(session, "person", values)
    else:
        audit.record_created(
            session,
            "person",
            [
                {"id": row["id"], **origin, "consentimiento": chosen}
                for row, origin in zip(values, origins, strict=True)
            ],
        )
    words = [
        {"person_id": person_id, "token": token}
        for person_id, person in zip(ids, rows, strict=True)
        for token in person.tokens
    ]
    if words:
        insert_many(session.connection(), PersonToken.__table__, words)
    return ids
