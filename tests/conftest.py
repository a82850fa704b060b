"""Shared fixtures: a fresh database on SQLite and on a real PostgreSQL server, and staff users.

The ``db_engine`` fixture, behind ``db_url`` and ``database``, runs each data-layer and service
test twice, once per engine. The PostgreSQL server is a throwaway one started on loopback for the
session (``tests/pg_server.py``); set ``COWORKING_TEST_PG_URL`` to use an existing server
instead. Each test's database is a copy of one migrated once per test process
(``tests/db_templates.py``).

The clock: every test starts on the real time unless it moves the program's clock itself
(``set_clock``). ``--clock-at MOMENT`` starts every test at ``MOMENT``; ``--clock-sweep`` runs
every test marked ``date_sensitive`` once more at each of the awkward moments of
``SWEEP_MOMENTS`` (``scripts/test`` does so after the suite).
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["COWORKING_HOME"] = tempfile.mkdtemp(prefix="coworking-home-")
os.environ.pop("COWORKING_DB", None)

import pytest  # noqa: E402

from coworking import clock  # noqa: E402
from coworking.core import accounts, passwords  # noqa: E402
from coworking.core.setup import FirstRun, run_first_setup  # noqa: E402
from coworking.db.database import Database, open_database  # noqa: E402
from coworking.db.engine import sqlite_url  # noqa: E402
from coworking.db.models import StaffUser  # noqa: E402
from tests import db_templates  # noqa: E402

ADMIN_PASSWORD = "clave-segura-1"

# Moments where a day, a month, a year or a week turns over, in Ecuador's time (UTC-5): the UTC
# date of the first two is already the next day's.
SWEEP_MOMENTS = {
    "bisiesto-23h50": "2028-02-29T23:50:00-05:00",
    "fin-de-anio-23h59": "2027-12-31T23:59:00-05:00",
    "lunes-00h05": "2027-03-01T00:05:00-05:00",
}


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("coworking clock")
    group.addoption(
        "--clock-at",
        metavar="MOMENT",
        help="start every test with the program's clock at MOMENT (2028-02-29T23:50-05:00)",
    )
    group.addoption(
        "--clock-sweep",
        action="store_true",
        help="run each date_sensitive test at every moment of SWEEP_MOMENTS",
    )


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "date_sensitive: reads the day or the hour; swept over awkward moments"
    )
    config.addinivalue_line(
        "markers",
        "own_day: in a date_sensitive module, but gives the program its own day or moment "
        "(demo --today, now=...) and asserts only against it: the sweep would repeat it as is",
    )


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if (
        metafunc.config.getoption("--clock-sweep")
        and "swept_clock" in metafunc.fixturenames
        and metafunc.definition.get_closest_marker("date_sensitive") is not None
    ):
        metafunc.parametrize("swept_clock", list(SWEEP_MOMENTS), indirect=True)


@pytest.fixture(autouse=True)
def swept_clock(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str | None:
    """Where the program's clock starts for this test: a moment of the sweep, ``--clock-at``,
    or the real time. Set in the environment, so the program's subprocesses share it."""
    name = getattr(request, "param", None)
    moment = SWEEP_MOMENTS[name] if name else request.config.getoption("--clock-at")
    if moment:
        monkeypatch.setenv(clock.ENV, clock.anchored(clock.parse_moment(moment)))
    else:
        monkeypatch.delenv(clock.ENV, raising=False)
    return moment


@pytest.fixture
def set_clock(monkeypatch: pytest.MonkeyPatch) -> Callable[[datetime], None]:
    """Move the program's clock (in this process and in those it starts) to a moment, from
    which it runs on."""

    def move(moment: datetime) -> None:
        monkeypatch.setenv(clock.ENV, clock.anchored(moment))

    return move


FIRST_RUN = FirstRun("Coworking Manta", "1308", "admin", "Ana Pérez Núñez", ADMIN_PASSWORD)


SQLITE_FILE = "coworking.sqlite3"


@pytest.fixture(scope="session")
def pg_admin_url() -> Iterator[str]:
    existing = os.environ.get("COWORKING_TEST_PG_URL")
    if existing:
        yield existing
        return
    from tests import pg_server

    with pg_server.throwaway_postgres() as url:
        yield url


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A SQLite file migrated to head once for this test process, copied for each test."""
    return db_templates.build_sqlite_template(tmp_path_factory.mktemp("template"))


@pytest.fixture(scope="session")
def pg_template(pg_admin_url: str) -> Iterator[str]:
    """The name of a PostgreSQL database migrated to head once for this test process (each
    worker of a parallel run has its own), copied for each test."""
    from tests import pg_server

    name = db_templates.template_name(os.environ.get("PYTEST_XDIST_WORKER", "main"))
    try:
        db_templates.build_pg_template(pg_admin_url, name)
        yield name
    finally:
        pg_server.drop_database(pg_admin_url, name)


@pytest.fixture
def sqlite_db_url(tmp_path: Path) -> str:
    """The URL of a SQLite file that does not exist yet."""
    return sqlite_url(tmp_path / SQLITE_FILE)


@pytest.fixture(params=["sqlite", "postgresql"])
def db_engine(request: pytest.FixtureRequest) -> str:
    """The engine a two-engine test runs on: each such test runs once on each."""
    return request.param


@pytest.fixture
def db_url(request: pytest.FixtureRequest, db_engine: str, tmp_path: Path) -> Iterator[str]:
    """A fresh, empty database URL, once on SQLite and once on PostgreSQL."""
    if db_engine == "sqlite":
        yield sqlite_url(tmp_path / SQLITE_FILE)
        return
    from tests import pg_server

    admin_url = request.getfixturevalue("pg_admin_url")
    name = db_templates.database_name()
    url = pg_server.create_database(admin_url, name)
    yield url
    pg_server.drop_database(admin_url, name)


@pytest.fixture
def database(request: pytest.FixtureRequest, db_engine: str, tmp_path: Path) -> Iterator[Database]:
    """The program's database, migrated to head, on each engine: a copy of the template
    (``tests/db_templates.py``), at the place ``db_url`` names when the test asks for both."""
    if db_engine == "sqlite":
        template = request.getfixturevalue("sqlite_template")
        db = db_templates.open_sqlite_copy(template, sqlite_url(tmp_path / SQLITE_FILE))
        yield db
        db.dispose()
        return
    from tests import pg_server

    admin_url = request.getfixturevalue("pg_admin_url")
    template = request.getfixturevalue("pg_template")
    own = "db_url" not in request.fixturenames
    if own:
        name = db_templates.database_name()
    else:
        # db_url made this database empty, and drops it at the end: the copy takes its place
        name = request.getfixturevalue("db_url").rsplit("/", 1)[-1]
        pg_server.drop_database(admin_url, name)
    db = open_database(db_templates.create_pg_copy(admin_url, name, template), upgrade=False)
    yield db
    db.dispose()
    if own:
        pg_server.drop_database(admin_url, name)


@pytest.fixture(scope="session")
def admin_password_hash() -> str:
    """``ADMIN_PASSWORD`` hashed once for the test process: scrypt is slow on purpose."""
    return passwords.hash_password(ADMIN_PASSWORD)


@pytest.fixture
def admin(database: Database, admin_password_hash: str) -> StaffUser:
    """The first administrator, created by the first-run set-up at the test's own time. Its
    password hash is the test process's one (same password, a salt shared between tests);
    every other hash is made as the program makes it."""

    def hash_password(password: str) -> str:
        if password == ADMIN_PASSWORD:
            return admin_password_hash
        return passwords.hash_password(password)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(accounts, "hash_password", hash_password)
        with database.unit_of_work() as session:
            _site, user = run_first_setup(session, FIRST_RUN)
    return user
