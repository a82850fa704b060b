"""Staff accounts: roles, sign-in and who may do what."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coworking.core import audit
from coworking.core.errors import NotFound, PermissionDenied, UserError
from coworking.core.passwords import hash_password, verify_password
from coworking.db.base import utcnow
from coworking.db.enums import AuditAction, Role
from coworking.db.models import StaffUser

MIN_PASSWORD_LENGTH = 8

ROLE_LABELS = {
    Role.ADMIN: "Administrador",
    Role.COORDINATOR: "Coordinador",
    Role.FRONT_DESK: "Recepción",
}

# What each role may reach. Administration (users, settings) is for administrators only.
ADMINISTRATION = frozenset({Role.ADMIN})
ALL_STAFF = frozenset(Role)
REPORTS = frozenset({Role.ADMIN, Role.COORDINATOR})
SENSITIVE_DATA = frozenset({Role.ADMIN, Role.COORDINATOR})


def require_role(user: StaffUser | None, allowed: Iterable[Role]) -> StaffUser:
    """Raise :class:`PermissionDenied` unless ``user`` is active and holds an allowed role."""
    allowed = frozenset(allowed)
    if user is None or not user.active or user.role not in allowed:
        names = ", ".join(sorted(ROLE_LABELS[r] for r in allowed))
        raise PermissionDenied(f"Esta acción requiere el rol: {names}.")
    return user


def can(user: StaffUser | None, allowed: Iterable[Role]) -> bool:
    return user is not None and user.active and user.role in frozenset(allowed)


def has_users(session: Session) -> bool:
    return bool(session.scalar(select(func.count()).select_from(StaffUser)))


def validate_new_password(password: str, confirmation: str | None = None) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise UserError(f"La contraseña debe tener al menos {MIN_PASSWORD_LENGTH} caracteres.")
    if confirmation is not None and password != confirmation:
        raise UserError("Las contraseñas no coinciden.")


def is_valid_username(username: str) -> bool:
    """Letters, digits, dot, hyphen and underscore; 1 to 60 characters once trimmed."""
    cleaned = username.strip()
    return 0 < len(cleaned) <= 60 and all(c.isalnum() or c in "._-" for c in cleaned)


def _clean_username(username: str) -> str:
    cleaned = username.strip().lower()
    if not is_valid_username(cleaned):
        raise UserError(
            "El nombre de usuario solo puede tener letras, números, punto, guion y guion bajo."
        )
    return cleaned


def create_user(
    session: Session,
    actor: StaffUser | None,
    username: str,
    full_name: str,
    role: Role,
    password: str,
) -> StaffUser:
    """Create a staff account. Only an administrator may, except for the very first account,
    which must be an administrator."""
    if has_users(session):
        require_role(actor, ADMINISTRATION)
    elif role != Role.ADMIN:
        raise UserError("La primera cuenta debe ser de administrador.")
    username = _clean_username(username)
    if not full_name.strip():
        raise UserError("Escriba el nombre completo de la persona usuaria.")
    validate_new_password(password)
    if session.scalar(select(StaffUser).where(StaffUser.username == username)):
        raise UserError(f"Ya existe una cuenta con el usuario «{username}».")
    user = StaffUser(
        username=username,
        full_name=full_name.strip(),
        role=Role(role),
        password_hash=hash_password(password),
    )
    session.add(user)
    session.flush()
    return user


def authenticate(session: Session, username: str, password: str) -> StaffUser | None:
    """The account if the credentials are right, else None. Both outcomes are audited, so the
    caller commits in either case."""
    user = session.scalar(select(StaffUser).where(StaffUser.username == username.strip().lower()))
    if user is None or not user.active or not verify_password(password, user.password_hash):
        audit.act_as(session, None)
        audit.record(
            session, AuditAction.LOGIN_FAILED, "staff_user", None, username=username.strip()[:60]
        )
        return None
    audit.act_as(session, user)
    user.last_login_at = utcnow()
    audit.record(session, AuditAction.LOGIN, "staff_user", str(user.id))
    return user


def verify_current_user(session: Session, user_id: int, password: str) -> bool:
    """Re-check the signed-in user's password (unlocking the screen); a failure is audited."""
    user = session.get(StaffUser, user_id)
    ok = bool(user and user.active and verify_password(password, user.password_hash))
    if not ok:
        audit.record(session, AuditAction.LOGIN_FAILED, "staff_user", str(user_id), unlock=True)
    return ok


def list_users(session: Session, actor: StaffUser) -> list[StaffUser]:
    require_role(actor, ADMINISTRATION)
    return list(session.scalars(select(StaffUser).order_by(StaffUser.username)))


def set_active(session: Session, actor: StaffUser, user_id: int, active: bool) -> StaffUser:
    require_role(actor, ADMINISTRATION)
    user = session.get(StaffUser, user_id)
    if user is None:
        raise NotFound("No existe esa cuenta.")
    if user.id == actor.id and not active:
        raise UserError("No puede desactivar su propia cuenta.")
    user.active = active
    return user


def change_password(session: Session, actor: StaffUser, user_id: int, new_password: str) -> None:
    if actor.id != user_id:
        require_role(actor, ADMINISTRATION)
    validate_new_password(new_password)
    user = session.get(StaffUser, user_id)
    if user is None:
        raise NotFound("No existe esa cuenta.")
    user.password_hash = hash_password(new_password)
