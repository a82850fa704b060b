"""The schema: migrations agree with the models, run both ways on data, and the engines behave."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect, select, text
from sqlalchemy.exc import IntegrityError

from coworking import clock
from coworking.db import migrate
from coworking.db.base import Base, Exported
from coworking.db.database import Database, open_database
from coworking.db.engine import make_engine, sqlite_path
from coworking.db.enums import DocumentType, PopulationGroup, ResourceKind, Sex
from coworking.db.models import Person, Resource, Site, Tombstone

EXPORTED_TABLES = sorted(
    mapper.local_table.name
    for mapper in Base.registry.mappers
    if issubclass(mapper.class_, Exported)
)


def test_models_and_migrations_agree(database: Database) -> None:
    with database.engine.connect() as connection:
        diff = compare_metadata(
            MigrationContext.configure(connection, opts={"compare_type": True}), Base.metadata
        )
    assert diff == []


def test_database_is_at_head(database: Database) -> None:
    assert migrate.current_revision(database.engine) == migrate.head_revision()


def _fill(db: Database) -> None:
    with db.unit_of_work() as session:
        site = Site(name="Coworking Santo Domingo", canton_code="2301")
        session.add(site)
        session.add(Resource(site=site, kind=ResourceKind.DESK, name="Escritorio 1"))
        session.add(
            Person(
                given_names="José Ángel",
                family_names="Núñez Peña",
                document_type=DocumentType.PASSPORT,
                document_number="V123456",
                nationality="VE",
                sex=Sex.MAN,
                birth_date=date(1994, 5, 17),
                population_group=PopulationGroup.MIGRANT_DESTINATION,
            )
        )


def test_downgrade_and_upgrade_keep_working_on_a_database_with_rows(db_url: str) -> None:
    db = open_database(db_url)
    _fill(db)
    migrate.downgrade(db.engine, "base")
    assert set(inspect(db.engine).get_table_names()) <= {"alembic_version"}
    migrate.upgrade(db.engine)
    _fill(db)
    with db.sessions() as session:
        person = session.scalars(select(Person)).one()
        assert person.family_names == "Núñez Peña"
        assert person.birth_date == date(1994, 5, 17)
    db.dispose()


def test_reopening_a_current_database_keeps_its_rows(db_url: str) -> None:
    """Upgrading an already-current database with rows is a no-op that keeps the rows."""
    db = open_database(db_url)
    _fill(db)
    db.dispose()
    again = open_database(db_url)
    with again.sessions() as session:
        assert session.scalar(select(Person.given_names)) == "José Ángel"
    again.dispose()


def test_foreign_keys_are_enforced(database: Database) -> None:
    with pytest.raises(IntegrityError), database.unit_of_work() as session:
        session.add(Resource(site_id=9999, kind=ResourceKind.ROOM, name="Sala fantasma"))


def test_sqlite_runs_in_wal_mode_with_foreign_keys(sqlite_db_url: str) -> None:
    db = open_database(sqlite_db_url)
    with db.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000
    db.dispose()
    raw = sqlite3.connect(sqlite_path(sqlite_db_url))
    assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"  # persisted in the file
    raw.close()


@pytest.mark.parametrize("table", EXPORTED_TABLES)
def test_exported_tables_carry_uuid_and_timestamps(sqlite_db_url: str, table: str) -> None:
    engine = make_engine(sqlite_db_url)
    migrate.upgrade(engine)
    columns = {c["name"] for c in inspect(engine).get_columns(table)}
    unique = {tuple(u["column_names"]) for u in inspect(engine).get_unique_constraints(table)}
    engine.dispose()
    assert {"uuid", "created_at", "updated_at"} <= columns
    assert ("uuid",) in unique


def test_timestamps_are_utc_and_updated_at_moves(database: Database) -> None:
    with database.unit_of_work() as session:
        site = Site(name="Sede", canton_code="1308")
        session.add(site)
    created = site.created_at
    assert created.tzinfo is not None and created.utcoffset().total_seconds() == 0
    assert abs((clock.now() - created).total_seconds()) < 60
    with database.unit_of_work() as session:
        session.get(Site, site.id).name = "Sede central"
    with database.sessions() as session:
        fresh = session.get(Site, site.id)
        assert fresh.updated_at > fresh.created_at
        assert fresh.uuid == site.uuid


def test_deleting_an_exported_row_leaves_a_tombstone(database: Database) -> None:
    with database.unit_of_work() as session:
        site = Site(name="Sede temporal", canton_code="1308")
        session.add(site)
    with database.unit_of_work() as session:
        session.delete(session.get(Site, site.id))
    with database.sessions() as session:
        assert session.get(Site, site.id) is None
        tomb = session.scalars(select(Tombstone)).one()
        assert (tomb.table_name, tomb.row_uuid) == ("site", site.uuid)
        assert tomb.deleted_at.tzinfo is not None


def test_no_sqlite_only_sql_in_migrations_runs_on_postgresql(database: Database) -> None:
    """The same migrations built the schema on this engine (parametrised over both)."""
    with database.engine.connect() as connection:
        version = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    assert version == migrate.head_revision()


def test_schema_head_constant_names_the_newest_revision() -> None:
    """Start-up skips Alembic when the database is at SCHEMA_HEAD: it must be the real head."""
    assert migrate.head_revision() == migrate.SCHEMA_HEAD


def test_each_upgrade_step_keeps_rows_that_reference_rebuilt_tables(db_url: str) -> None:
    """SQLite rebuilds a table to alter it; with foreign keys on, dropping the old copy would
    cascade-delete the rows that point at it (consents of people). Nothing may be lost."""
    engine = make_engine(db_url)
    migrate.upgrade(engine, "0001")
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO person (id, uuid, created_at, updated_at, given_names, family_names,"
                " search_name, document_type) VALUES (1, :u, :t, :t, 'José', 'Núñez', 'jose nunez',"
                " 'none')"
            ),
            {
                "u": "0" * 32
                if engine.dialect.name == "sqlite"
                else "00000000-0000-0000-0000-000000000000",
                "t": clock.now(),
            },
        )
        connection.execute(
            text(
                "INSERT INTO consent_record (uuid, created_at, updated_at, person_id, purposes,"
                " text_version, given_at) VALUES (:u, :t, :t, 1, '[\"registro\"]', '2026-01', :t)"
            ),
            {
                "u": "1" * 32
                if engine.dialect.name == "sqlite"
                else "11111111-1111-1111-1111-111111111111",
                "t": clock.now(),
            },
        )
    migrate.upgrade(engine)
    with engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM consent_record")).scalar() == 1
        assert connection.execute(text("SELECT given_names FROM person")).scalar() == "José"
        if engine.dialect.name == "sqlite":
            assert connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    engine.dispose()
