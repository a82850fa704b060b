"""Staff accounts: memory-hard hashes, roles, first administrator, audited sign-in."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from coworking.core import accounts, settings
from coworking.core.errors import PermissionDenied, UserError
from coworking.core.passwords import hash_password, verify_password
from coworking.core.setup import FirstRun, needs_setup, run_first_setup, validate
from coworking.db.database import Database
from coworking.db.enums import AuditAction, Role
from coworking.db.models import AuditEntry, StaffUser
from tests.conftest import ADMIN_PASSWORD, FIRST_RUN


def test_passwords_are_hashed_with_scrypt_and_salted() -> None:
    first, second = hash_password("contraseña-ñandú"), hash_password("contraseña-ñandú")
    assert first.startswith("scrypt$16384$8$1$") and first != second
    assert verify_password("contraseña-ñandú", first)
    assert not verify_password("contrasena-nandu", first)
    assert not verify_password("x", "md5$abc")


def test_first_run_creates_site_and_administrator_once(database: Database) -> None:
    with database.sessions() as session:
        assert needs_setup(session)
    with database.unit_of_work() as session:
        site, admin = run_first_setup(session, FIRST_RUN)
    assert admin.role == Role.ADMIN and site.canton_code == "1308"
    with database.sessions() as session:
        assert not needs_setup(session)
    with pytest.raises(UserError, match="ya está configurado"), database.unit_of_work() as s:
        run_first_setup(s, FIRST_RUN)


def test_first_run_validation_names_each_field() -> None:
    problems = validate(FirstRun(" ", "9999", "", "", "corta"))
    assert set(problems) == {
        "site_name",
        "canton_code",
        "admin_username",
        "admin_full_name",
        "admin_password",
    }
    assert "8 caracteres" in problems["admin_password"]


def test_sign_in_is_audited_both_ways(database: Database, admin: StaffUser) -> None:
    with database.unit_of_work() as session:
        assert accounts.authenticate(session, "admin", "equivocada") is None
    with database.unit_of_work() as session:
        user = accounts.authenticate(session, " ADMIN ", ADMIN_PASSWORD)
        assert user is not None and user.last_login_at is not None
    with database.sessions() as session:
        actions = [
            e.action
            for e in session.scalars(
                select(AuditEntry)
                .where(AuditEntry.action.in_([AuditAction.LOGIN, AuditAction.LOGIN_FAILED]))
                .order_by(AuditEntry.id)
            )
        ]
    assert actions == [AuditAction.LOGIN_FAILED, AuditAction.LOGIN]


def test_front_desk_cannot_reach_administration(database: Database, admin: StaffUser) -> None:
    with database.unit_of_work(admin) as session:
        desk = accounts.create_user(
            session,
            session.get(StaffUser, admin.id),
            "mesa",
            "Rosa Loor",
            Role.FRONT_DESK,
            "clave-mesa-1",
        )
    assert not accounts.can(desk, accounts.ADMINISTRATION)
    with database.unit_of_work(desk) as session:
        actor = session.get(StaffUser, desk.id)
        with pytest.raises(PermissionDenied):
            accounts.create_user(session, actor, "otro", "Otro", Role.ADMIN, "clave-otra-1")
        with pytest.raises(PermissionDenied):
            accounts.list_users(session, actor)
        with pytest.raises(PermissionDenied):
            settings.set_idle_lock_minutes(session, actor, 1)
        with pytest.raises(PermissionDenied):
            accounts.change_password(session, actor, admin.id, "robada-clave-1")
        accounts.change_password(session, actor, desk.id, "mi-nueva-clave")  # own password: fine


def test_deactivated_accounts_cannot_sign_in(database: Database, admin: StaffUser) -> None:
    with database.unit_of_work(admin) as session:
        actor = session.get(StaffUser, admin.id)
        coord = accounts.create_user(
            session, actor, "coord", "Coordinación", Role.COORDINATOR, "clave-coord-1"
        )
        accounts.set_active(session, actor, coord.id, False)
        with pytest.raises(UserError):
            accounts.set_active(session, actor, admin.id, False)
    with database.unit_of_work() as session:
        assert accounts.authenticate(session, "coord", "clave-coord-1") is None


def test_usernames_are_unique_and_clean(database: Database, admin: StaffUser) -> None:
    with database.unit_of_work(admin) as session:
        actor = session.get(StaffUser, admin.id)
        with pytest.raises(UserError, match="Ya existe"):
            accounts.create_user(session, actor, "Admin", "Otra", Role.COORDINATOR, "clave-larga-1")
        with pytest.raises(UserError, match="letras"):
            accounts.create_user(
                session, actor, "con espacio", "X", Role.COORDINATOR, "clave-larga-1"
            )


def test_idle_lock_minutes_is_configurable(database: Database, admin: StaffUser) -> None:
    with database.sessions() as session:
        assert settings.idle_lock_minutes(session) == settings.DEFAULT_IDLE_LOCK_MINUTES
    with database.unit_of_work(admin) as session:
        settings.set_idle_lock_minutes(session, session.get(StaffUser, admin.id), 3)
        with pytest.raises(UserError):
            settings.set_idle_lock_minutes(session, session.get(StaffUser, admin.id), 0)
    with database.sessions() as session:
        assert settings.idle_lock_minutes(session) == 3


def test_failed_unlock_attempts_are_audited(database: Database, admin: StaffUser) -> None:
    with database.unit_of_work(admin) as session:
        assert not accounts.verify_current_user(session, admin.id, "no-es-la-clave")
        assert accounts.verify_current_user(session, admin.id, ADMIN_PASSWORD)
    with database.sessions() as session:
        failed = session.scalars(
            select(AuditEntry).where(AuditEntry.action == AuditAction.LOGIN_FAILED)
        ).all()
    assert [(e.entity_id, e.changes) for e in failed] == [(str(admin.id), {"unlock": True})]
