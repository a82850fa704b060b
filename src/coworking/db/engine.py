"""Engine and session set-up for the embedded SQLite file or a shared PostgreSQL server."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from coworking import paths

BUSY_TIMEOUT_MS = 10_000
_SQLITE_BUSY, _SQLITE_LOCKED = 5, 6  # primary result codes, also of the extended ones


def default_url() -> str:
    """``COWORKING_DB`` if set, else the SQLite file in the user's data folder."""
    return os.environ.get("COWORKING_DB") or sqlite_url(paths.default_database_path())


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{Path(path).resolve().as_posix()}"


def sqlite_path(url: str) -> Path | None:
    """The database file behind a SQLite URL, or None for other engines and in-memory DBs."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    return Path(parsed.database)


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def begin_writing(connection: Connection, wait_ms: int) -> None:
    """Open a SQLite transaction that holds the write lock from its first statement on,
    waiting at most ``wait_ms`` for another writer (then «database is locked»).

    pysqlite begins a transaction only at the first INSERT, UPDATE or DELETE; a transaction that
    has read before it writes (an explicit ``BEGIN``, or a read whose cursor is still open)
    fails at once with «database is locked», without waiting, when another connection committed
    in the meantime: its snapshot is stale. ``BEGIN IMMEDIATE`` takes the write lock before
    anything is read, so the only wait is here, under this busy timeout, set for this statement
    and put back at once. pysqlite sees the open transaction and adds no ``BEGIN`` of its own;
    commit and rollback go through it as usual.
    """
    connection.exec_driver_sql(f"PRAGMA busy_timeout={max(0, int(wait_ms))}")
    try:
        connection.exec_driver_sql("BEGIN IMMEDIATE")
    finally:  # once the lock is held nothing else waits for it: back to the usual timeout
        connection.exec_driver_sql(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")


def is_busy(error: BaseException) -> bool:
    """Whether ``error`` is SQLite's «database is locked» (or «busy»): another connection holds
    the write lock. Other database errors, and every PostgreSQL error, are not."""
    if not isinstance(error, OperationalError) or not isinstance(error.orig, sqlite3.Error):
        return False
    code = getattr(error.orig, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF in (_SQLITE_BUSY, _SQLITE_LOCKED)
    message = str(error.orig).lower()
    return "database is locked" in message or "database is busy" in message


def make_engine(url: str | None = None, **kwargs) -> Engine:
    url = url or default_url()
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        path = sqlite_path(url)
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000}, **kwargs)
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return create_engine(url, pool_pre_ping=True, **kwargs)


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


def describe(url: str) -> str:
    """A short, password-free description of the database for the status bar."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        return f"SQLite · {Path(parsed.database or ':memory:').name}"
    return f"PostgreSQL · {parsed.host or 'localhost'}/{parsed.database}"
