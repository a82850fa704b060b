"""Databases migrated once per test run and copied for each test.

Running every migration costs far more than copying the result, so each test process migrates
one SQLite file and one PostgreSQL database to head (the templates) and every test that needs
the program's database gets its own copy of one. A copy holds exactly what a freshly migrated
database holds: the migrations insert no rows that depend on the time or on the file's place.

The copy is opened without the start-up upgrade, which on a fresh file would have found nothing
to protect and no revision pending: opening it with the upgrade would only add a start-up copy
in ``copias/`` that a freshly migrated database does not have.
"""

from __future__ import annotations

import shutil
import sqlite3
import uuid
from contextlib import closing
from pathlib import Path

from sqlalchemy import Date, DateTime, TypeDecorator, func, select
from sqlalchemy.types import TypeEngine

from coworking.db import migrate, models  # noqa: F401  (models: every table on the metadata)
from coworking.db.base import Base
from coworking.db.database import Database, open_database
from coworking.db.engine import sqlite_path, sqlite_url

_SQLITE_SIDE_FILES = ("-wal", "-shm", "-journal")


def _side_file(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


def _dated(kind: TypeEngine) -> bool:
    inner = kind.impl if isinstance(kind, TypeDecorator) else kind
    return isinstance(inner, (Date, DateTime))


def _check_template(database: Database) -> None:
    """The template is at the head, and no row in it holds a date or a time.

    The template is built at the real time, while a test may move the program's clock: a row
    a migration dated would carry the template's date, not the test's. Should a migration ever
    insert one, build that row per test instead.
    """
    revision = migrate.current_revision(database.engine)
    if revision != migrate.SCHEMA_HEAD:
        raise RuntimeError(f"The template stopped at revision {revision}, not at the head")
    with database.engine.connect() as connection:
        for table in Base.metadata.sorted_tables:
            if not any(_dated(column.type) for column in table.columns):
                continue
            if connection.scalar(select(func.count()).select_from(table)):
                raise RuntimeError(f"A migration dated rows of {table.name}: see {__name__}")


def build_sqlite_template(folder: Path) -> Path:
    """A SQLite file migrated to head, whole in its main file (no write-ahead log beside it)."""
    path = folder / "template.sqlite3"
    database = open_database(sqlite_url(path))
    try:
        _check_template(database)
    finally:
        database.dispose()
    # The last connection to close folds the log into the file and deletes it; the checkpoint
    # makes sure of it before the file is copied.
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    left = [_side_file(path, suffix) for suffix in _SQLITE_SIDE_FILES]
    if any(side.exists() and side.stat().st_size for side in left):
        raise RuntimeError(f"The SQLite template {path} still has a write-ahead log")
    return path


def open_sqlite_copy(template: Path, url: str) -> Database:
    """Copy the template to the (not yet existing) file of ``url`` and open it."""
    target = sqlite_path(url)
    if target is None:
        raise ValueError(f"Not a SQLite file: {url}")
    stale = [target, *(_side_file(target, suffix) for suffix in _SQLITE_SIDE_FILES)]
    if any(path.exists() for path in stale):
        raise FileExistsError(f"The test database {target} exists already")
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(template, target)
    return open_database(url, upgrade=False)


def template_name(worker: str) -> str:
    """A name for a worker's PostgreSQL template, unique even on a server other runs share."""
    return f"tmpl_{worker}_{uuid.uuid4().hex[:8]}".lower()


def database_name() -> str:
    return f"t_{uuid.uuid4().hex[:12]}"


def build_pg_template(admin_url: str, name: str) -> None:
    """A PostgreSQL database migrated to head, with no connection left open on it."""
    from tests import pg_server

    database = open_database(pg_server.create_database(admin_url, name))
    try:
        _check_template(database)
    finally:
        database.dispose()
    pg_server.end_connections(admin_url, name)


def create_pg_copy(admin_url: str, name: str, template: str) -> str:
    """Create the database ``name`` as a copy of ``template`` and return its URL."""
    from tests import pg_server

    return pg_server.create_database(admin_url, name, template)
