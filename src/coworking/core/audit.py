"""Automatic audit trail: every flush writes who changed what, and tombstones for deletions.

Services never write audit rows by hand for ordinary changes: a session listener sees every
insert, update and delete and records it in ``audit_entry`` (append-only) in the same
transaction. The acting staff user is carried on the session with :func:`act_as`.
"""

from __future__ import annotations

import enum
import getpass
from datetime import date, datetime, time
from decimal import Decimal
from typing import Any
from uuid import UUID

from sqlalchemy import event, insert, inspect
from sqlalchemy.orm import Session

from coworking.db.base import Exported, utcnow
from coworking.db.bulk import insert_many
from coworking.db.enums import AuditAction
from coworking.db.models import AuditEntry, Setting, StaffUser, Tombstone

REDACTED = "***"
_SECRET_COLUMNS = {"password_hash"}
SECRET_SETTINGS = {"export/clave"}  # the site's pseudonym key: a copy in the audit would undo it
_NOT_AUDITED = (AuditEntry, Tombstone)
_ACTOR_ID = "actor_id"
_ACTOR_NAME = "actor_name"
SYSTEM_ACTOR = "sistema"
_AS_IS = (str, int, float, bool, type(None))  # JSON as they are (never a secret column here)


def act_as(session: Session, user: StaffUser | None) -> Session:
    """Record ``user`` as the author of the writes made in ``session``."""
    session.info[_ACTOR_ID] = user.id if user else None
    session.info[_ACTOR_NAME] = user.username if user else SYSTEM_ACTOR
    return session


def act_as_terminal(session: Session) -> Session:
    """Writes made from the command line: no staff account, the operating-system user."""
    session.info[_ACTOR_ID] = None
    session.info[_ACTOR_NAME] = f"terminal:{getpass.getuser()}"[:60]
    return session


def actor_id(session: Session) -> int | None:
    return session.info.get(_ACTOR_ID)


def actor_name(session: Session) -> str:
    """Who the session's writes are recorded as (a username, or «terminal:…»)."""
    return session.info.get(_ACTOR_NAME, SYSTEM_ACTOR)


def _plain(value: Any) -> Any:
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    if isinstance(value, UUID | Decimal):
        return str(value)
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    return value


def _shown(key: str, value: Any, secret: bool = False) -> Any:
    hidden = secret or key in _SECRET_COLUMNS
    return REDACTED if hidden and value is not None else _plain(value)


def _secret_value(obj: Any, key: str) -> bool:
    """A setting's value that must never be copied (``SECRET_SETTINGS``)."""
    return key == "value" and isinstance(obj, Setting) and obj.key in SECRET_SETTINGS


def _snapshot(obj: Any) -> dict[str, Any]:
    state = inspect(obj)
    return {
        attr.key: _shown(attr.key, attr.value, _secret_value(obj, attr.key))
        for attr in state.attrs
        if attr.key in state.mapper.columns
    }


def _diff(obj: Any) -> dict[str, list[Any]]:
    state = inspect(obj)
    changes: dict[str, list[Any]] = {}
    for attr in state.attrs:
        if attr.key not in state.mapper.columns or attr.key == "updated_at":
            continue
        history = attr.load_history()
        if not history.has_changes():
            continue
        old = history.deleted[0] if history.deleted else None
        new = history.added[0] if history.added else None
        if old != new:
            secret = _secret_value(obj, attr.key)
            changes[attr.key] = [_shown(attr.key, old, secret), _shown(attr.key, new, secret)]
    return changes


def _entity_id(obj: Any) -> str | None:
    key = inspect(obj).mapper.primary_key_from_instance(obj)
    return None if any(part is None for part in key) else ",".join(str(part) for part in key)


def _entry(session: Session, action: AuditAction, obj: Any, changes: dict) -> dict[str, Any]:
    return {
        "at": utcnow(),
        "staff_user_id": session.info.get(_ACTOR_ID),
        "username": session.info.get(_ACTOR_NAME, SYSTEM_ACTOR),
        "action": action,
        "entity": obj.__tablename__,
        "entity_id": _entity_id(obj),
        "changes": changes,
    }


def record(
    session: Session, action: AuditAction, entity: str, entity_id: str | None = None, **details: Any
) -> None:
    """Add an audit entry for something that is not a row change (login, export, backup)."""
    session.add(
        AuditEntry(
            staff_user_id=session.info.get(_ACTOR_ID),
            username=session.info.get(_ACTOR_NAME, SYSTEM_ACTOR),
            action=action,
            entity=entity,
            entity_id=entity_id,
            changes=_plain(details),
        )
    )


def record_created(session: Session, entity: str, rows: list[dict[str, Any]]) -> None:
    """One CREATE entry per row written by a bulk insert (which no flush sees): ``rows`` hold
    each new row's columns, ``id`` included, as the ORM's own entries would show them."""
    if not rows:
        return
    at = utcnow()
    user_id = session.info.get(_ACTOR_ID)
    username = session.info.get(_ACTOR_NAME, SYSTEM_ACTOR)
    insert_many(
        session.connection(),
        AuditEntry.__table__,
        [
            {
                "at": at,
                "staff_user_id": user_id,
                "username": username,
                "action": AuditAction.CREATE,
                "entity": entity,
                "entity_id": str(row["id"]),
                "changes": {
                    key: value
                    if type(value) in _AS_IS and key not in _SECRET_COLUMNS
                    else _shown(key, value)
                    for key, value in row.items()
                },
            }
            for row in rows
        ],
    )


@event.listens_for(Session, "after_flush")
def _audit_flush(session: Session, _context) -> None:
    entries: list[dict[str, Any]] = []
    tombstones: list[dict[str, Any]] = []
    for obj in session.new:
        if not isinstance(obj, _NOT_AUDITED):
            entries.append(_entry(session, AuditAction.CREATE, obj, _snapshot(obj)))
    for obj in session.dirty:
        if isinstance(obj, _NOT_AUDITED):
            if isinstance(obj, AuditEntry) and session.is_modified(obj):
                raise PermissionError("El registro de auditoría no se puede modificar")
            continue
        changes = _diff(obj)
        if changes:
            entries.append(_entry(session, AuditAction.UPDATE, obj, changes))
    for obj in session.deleted:
        if isinstance(obj, _NOT_AUDITED):
            continue
        entries.append(_entry(session, AuditAction.DELETE, obj, _snapshot(obj)))
        if isinstance(obj, Exported):
            tombstones.append(
                {
                    "table_name": obj.__tablename__,
                    "row_uuid": obj.uuid,
                    "deleted_at": utcnow(),
                    "deleted_by_id": session.info.get(_ACTOR_ID),
                }
            )
    connection = session.connection()
    if entries:
        connection.execute(insert(AuditEntry), entries)
    if tombstones:
        connection.execute(insert(Tombstone), tombstones)
