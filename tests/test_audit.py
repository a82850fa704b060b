"""Every write through the services is audited: who, when, what entity, what changed."""

from __future__ import annotations

import base64
from datetime import date

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError

from coworking.core import accounts
from coworking.db.database import Database
from coworking.db.enums import AuditAction, DocumentType, Role
from coworking.db.models import AuditEntry, Person, StaffUser


def _entries(database: Database, entity: str) -> list[AuditEntry]:
    with database.sessions() as session:
        query = select(AuditEntry).where(AuditEntry.entity == entity).order_by(AuditEntry.id)
        return list(session.scalars(query))


def test_create_update_delete_are_recorded_with_actor_and_values(
    database: Database, admin: StaffUser
) -> None:
    with database.unit_of_work(admin) as session:
        person = Person(
            given_names="María José",
            family_names="Yánez Muñoz",
            document_type=DocumentType.NONE,
            birth_date=date(2000, 1, 2),
        )
        session.add(person)
    with database.unit_of_work(admin) as session:
        session.get(Person, person.id).family_names = "Yánez Ibáñez"
    with database.unit_of_work(admin) as session:
        session.delete(session.get(Person, person.id))

    created, updated, deleted = _entries(database, "person")
    assert [e.action for e in (created, updated, deleted)] == [
        AuditAction.CREATE,
        AuditAction.UPDATE,
        AuditAction.DELETE,
    ]
    for entry in (created, updated, deleted):
        assert entry.staff_user_id == admin.id and entry.username == "admin"
        assert entry.entity_id == str(person.id)
        assert entry.at.tzinfo is not None
    assert created.changes["given_names"] == "María José"
    assert created.changes["birth_date"] == "2000-01-02"
    assert updated.changes == {"family_names": ["Yánez Muñoz", "Yánez Ibáñez"]}
    assert deleted.changes["family_names"] == "Yánez Ibáñez"


def test_password_hashes_never_reach_the_audit_trail(database: Database, admin: StaffUser) -> None:
    with database.unit_of_work(admin) as session:
        actor = session.get(StaffUser, admin.id)
        user = accounts.create_user(
            session, actor, "recepcion", "Luis Peña", Role.FRONT_DESK, "otra-clave-9"
        )
    with database.unit_of_work(admin) as session:
        accounts.change_password(
            session, session.get(StaffUser, admin.id), user.id, "nueva-clave-9"
        )
    for entry in _entries(database, "staff_user"):
        assert "scrypt$" not in str(entry.changes)
    assert _entries(database, "staff_user")[-1].changes["password_hash"] == ["***", "***"]


def test_the_pseudonym_key_never_reaches_the_audit_trail(
    database: Database, admin: StaffUser
) -> None:
    from coworking.core import pseudonyms, settings

    with database.unit_of_work(admin) as session:
        key = pseudonyms.site_key(session)
        settings.put(session, "export/separador", ";")  # an ordinary setting stays readable
    with database.unit_of_work(admin) as session:
        settings.put(session, pseudonyms.KEY_SETTING, "otra")  # even a change is hidden
    written = [str(entry.changes) for entry in _entries(database, "setting")]
    assert any("export/clave" in text for text in written)
    assert not any(base64.b64encode(key).decode() in text or "otra" in text for text in written)
    assert any("';'" in text or '";"' in text for text in written)


def test_audit_table_is_append_only_in_the_database(database: Database, admin: StaffUser) -> None:
    with pytest.raises(DBAPIError, match="solo anexado"), database.engine.begin() as connection:
        connection.execute(text("UPDATE audit_entry SET username = 'otro'"))
    with pytest.raises(DBAPIError, match="solo anexado"), database.engine.begin() as connection:
        connection.execute(text("DELETE FROM audit_entry"))
    assert len(_entries(database, "staff_user")) >= 1


def test_a_rolled_back_action_leaves_no_audit_entry(database: Database, admin: StaffUser) -> None:
    before = len(_entries(database, "person"))
    with pytest.raises(RuntimeError), database.unit_of_work(admin) as session:
        session.add(Person(given_names="Ana", family_names="Loor"))
        session.flush()
        raise RuntimeError("la acción falló a medias")
    assert len(_entries(database, "person")) == before
