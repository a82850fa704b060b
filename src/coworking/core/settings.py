"""Settings shared by every station, kept in the database (per-station preferences live in the
GUI's QSettings instead)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from coworking.core.accounts import ADMINISTRATION, require_role
from coworking.core.errors import UserError
from coworking.db.models import Setting, StaffUser

IDLE_LOCK_MINUTES = "idle_lock_minutes"
CURRENT_SITE_ID = "current_site_id"
DEFAULT_IDLE_LOCK_MINUTES = 10


def get(session: Session, key: str, default: str | None = None) -> str | None:
    row = session.get(Setting, key)
    return row.value if row else default


def put(session: Session, key: str, value: str) -> None:
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=value))
    else:
        row.value = value


def idle_lock_minutes(session: Session) -> int:
    try:
        return int(get(session, IDLE_LOCK_MINUTES) or DEFAULT_IDLE_LOCK_MINUTES)
    except ValueError:
        return DEFAULT_IDLE_LOCK_MINUTES


def set_idle_lock_minutes(session: Session, actor: StaffUser, minutes: int) -> None:
    require_role(actor, ADMINISTRATION)
    if not 1 <= minutes <= 240:
        raise UserError("El bloqueo por inactividad debe estar entre 1 y 240 minutos.")
    put(session, IDLE_LOCK_MINUTES, str(minutes))
