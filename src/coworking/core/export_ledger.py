"""The ledger of the municipality exports: what the municipality holds, row by row.

Each exported row leaves a mark (entity, key, digest of the values sent). An export compares
every row it could send now with the marks: a row without a mark is new (``alta``), a row whose
digest differs changed (``modificacion``), a mark whose key is no longer among the current rows
is a deletion (``bajas``). Nothing depends on timestamps, so clock skew between stations,
transactions in flight or consents withdrawn cannot lose or double a row.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import bindparam, delete, insert, select, update
from sqlalchemy.orm import Session

from coworking.core.export_csv import Cell, cell_text
from coworking.db.models import ExportMark

NEW, CHANGED, DELETED = "alta", "modificacion", "baja"
DELETIONS = "bajas"
_CHUNK = 500
_MARKS = ExportMark.__table__


def row_digest(values: Sequence[Cell]) -> str:
    """First 16 hex characters of the SHA-256 of the row's values as written in the CSV."""
    return _digest([cell_text(value) for value in values])


def _digest(texts: list[str]) -> str:
    return hashlib.sha256("\x1f".join(texts).encode("utf-8")).hexdigest()[:16]


def deletion_key(entity: str, key: str) -> str:
    return f"{entity}:{key}"


def load_marks(session: Session, entity: str) -> dict[str, str]:
    query = select(ExportMark.row_key, ExportMark.digest).where(ExportMark.entity == entity)
    return {key: digest for key, digest in session.execute(query)}


@dataclass
class EntityChanges:
    """One entity's comparison with the ledger, filled while its rows stream past."""

    entity: str
    marks: dict[str, str]
    new: list[tuple[str, str]] = field(default_factory=list)  # key, digest
    changed: list[tuple[str, str]] = field(default_factory=list)
    seen: set[str] = field(default_factory=set)

    @property
    def pending(self) -> int:
        return len(self.new) + len(self.changed)

    def gone(self) -> list[str]:
        """Marked keys that are not among the current rows (call after the rows are read)."""
        return sorted(key for key in self.marks if key not in self.seen)


def compare(
    rows: Iterable[tuple[str, tuple]], changes: EntityChanges, *, full: bool
) -> Iterator[list[str]]:
    """The CSV rows (``clave``, ``cambio``, values...) to write: the new and changed rows, or
    every row when ``full``; ``changes`` records what the ledger must learn.

    Values come out as the cells' texts (converted once, for the digest and the file alike;
    writing a text cell again leaves it as it is)."""
    marks, seen = changes.marks, changes.seen
    for key, values in rows:
        if key in seen:
            raise RuntimeError(f"Clave repetida en {changes.entity}: {key}")
        seen.add(key)
        texts = [cell_text(value) for value in values]
        digest = _digest(texts)
        old = marks.get(key)
        if old is None:
            changes.new.append((key, digest))
            yield [key, NEW, *texts]
        elif old != digest:
            changes.changed.append((key, digest))
            yield [key, NEW if full else CHANGED, *texts]
        elif full:
            yield [key, NEW, *texts]


@dataclass(frozen=True)
class Deletion:
    entity: str
    key: str

    def row(self, detected: datetime) -> list[Cell]:
        return [deletion_key(self.entity, self.key), DELETED, self.entity, self.key, detected]


def deletions(changes: Iterable[EntityChanges]) -> list[Deletion]:
    return [Deletion(c.entity, key) for c in changes for key in c.gone()]


def _chunks(items: Sequence, size: int = _CHUNK) -> Iterator[Sequence]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _delete_keys(session: Session, entity: str, keys: Sequence[str]) -> None:
    for chunk in _chunks(keys):
        session.execute(
            delete(ExportMark).where(ExportMark.entity == entity, ExportMark.row_key.in_(chunk))
        )


def _upsert(
    session: Session,
    entity: str,
    batch_id: int,
    new: Sequence[tuple[str, str]],
    changed: Sequence[tuple[str, str]],
) -> None:
    if new:
        rows = [
            {"entity": entity, "row_key": key, "digest": digest, "batch_id": batch_id}
            for key, digest in new
        ]
        for chunk in _chunks(rows, 5000):
            session.execute(insert(_MARKS), list(chunk))
    if changed:
        statement = (
            update(_MARKS)
            .where(_MARKS.c.entity == entity, _MARKS.c.row_key == bindparam("key"))
            .values(digest=bindparam("new_digest"), batch_id=batch_id)
        )
        rows = [{"key": key, "new_digest": digest} for key, digest in changed]
        for chunk in _chunks(rows, 5000):
            session.execute(statement, list(chunk))


def record(
    session: Session,
    batch_id: int,
    changes: Sequence[EntityChanges],
    gone: Sequence[Deletion],
    detected: datetime,
) -> None:
    """Teach the ledger what batch ``batch_id`` sent (inside its write transaction)."""
    sent = load_marks(session, DELETIONS)
    for entity_changes in changes:
        entity = entity_changes.entity
        _upsert(session, entity, batch_id, entity_changes.new, entity_changes.changed)
        back = [
            deletion_key(entity, key)
            for key, _ in entity_changes.new
            if deletion_key(entity, key) in sent
        ]
        _delete_keys(session, DELETIONS, back)  # deleted once, present again
    by_entity: dict[str, list[str]] = {}
    for deletion in gone:
        by_entity.setdefault(deletion.entity, []).append(deletion.key)
    for entity, keys in by_entity.items():
        _delete_keys(session, entity, keys)
    rows = [(deletion_key(d.entity, d.key), row_digest(d.row(detected)[2:])) for d in gone]
    _upsert(
        session,
        DELETIONS,
        batch_id,
        [row for row in rows if row[0] not in sent],
        [row for row in rows if row[0] in sent],
    )
