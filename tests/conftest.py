"""Shared fixtures: a fresh database on SQLite and on a real PostgreSQL server, and staff users.

The ``db_url`` fixture runs each data-layer and service test twice, once per engine. The
PostgreSQL server is a throwaway one started on loopback for the session (``tests/pg_server.py``);
set ``COWORKING_TEST_PG_URL`` to use an existing server instead.
"""

from __future__ import annotations

import os
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["COWORKING_HOME"] = tempfile.mkdtemp(prefix="coworking-home-")
os.environ.pop("COWORKING_DB", None)

import pytest  # noqa: E402

from coworking.core.setup import FirstRun, run_first_setup  # noqa: E402
from coworking.db.database import Database, open_database  # noqa: E402
from coworking.db.engine import sqlite_url  # noqa: E402
from coworking.db.models import StaffUser  # noqa: E402

ADMIN_PASSWORD = "clave-segura-1"
FIRST_RUN = FirstRun("Coworking Manta", "1308", "admin", "Ana Pérez Núñez", ADMIN_PASSWORD)


@pytest.fixture(scope="session")
def pg_admin_url() -> Iterator[str]:
    existing = os.environ.get("COWORKING_TEST_PG_URL")
    if existing:
        yield existing
        return
    from tests import pg_server

    with pg_server.throwaway_postgres() as url:
        yield url


@pytest.fixture
def sqlite_db_url(tmp_path: Path) -> str:
    return sqlite_url(tmp_path / "coworking.sqlite3")


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh, empty database URL, once on SQLite and once on PostgreSQL."""
    if request.param == "sqlite":
        yield sqlite_url(tmp_path / "coworking.sqlite3")
        return
    from tests import pg_server

    admin_url = request.getfixturevalue("pg_admin_url")
    name = f"t_{uuid.uuid4().hex[:12]}"
    url = pg_server.create_database(admin_url, name)
    yield url
    pg_server.drop_database(admin_url, name)


@pytest.fixture
def database(db_url: str) -> Iterator[Database]:
    """The program's database, migrated to head, on each engine."""
    db = open_database(db_url)
    yield db
    db.dispose()


@pytest.fixture
def admin(database: Database) -> StaffUser:
    """The first administrator, created by the first-run set-up."""
    with database.unit_of_work() as session:
        _site, user = run_first_setup(session, FIRST_RUN)
    return user
