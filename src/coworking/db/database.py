"""Opening the program's database: engine, schema upgrade (after a backup) and sessions."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from coworking.core import audit
from coworking.db import migrate
from coworking.db.engine import (
    begin_writing,
    default_url,
    describe,
    make_engine,
    make_session_factory,
)
from coworking.db.models import StaffUser


@dataclass
class Database:
    url: str
    engine: Engine
    sessions: sessionmaker[Session]
    backup: Path | None = field(default=None)

    @property
    def label(self) -> str:
        return describe(self.url)

    @contextmanager
    def unit_of_work(
        self, actor: StaffUser | None = None, *, wait_ms: int | None = None
    ) -> Iterator[Session]:
        """One transaction for one user action, its writes audited as ``actor``'s.

        ``wait_ms`` is for an action its caller retries when the database is busy (a station's
        scan, while an import writes the same file). On SQLite the transaction then takes the
        write lock before anything else, waiting for another writer at most ``wait_ms``
        milliseconds (:func:`~coworking.db.engine.begin_writing`): a busy database refuses it
        at once with «database is locked», before it has read or written anything, and it
        cannot be refused later for having read first. Without it, the transaction begins as
        pysqlite begins it, at the first write, within the engine's busy timeout. PostgreSQL
        ignores ``wait_ms``: its writers lock rows, not the database.
        """
        with self.sessions() as session, session.begin():
            if wait_ms is not None and self.engine.dialect.name == "sqlite":
                begin_writing(session.connection(), wait_ms)
            audit.act_as(session, actor)
            yield session

    def dispose(self) -> None:
        self.engine.dispose()


def open_database(url: str | None = None, *, upgrade: bool = True) -> Database:
    """Connect, copy the SQLite file aside and upgrade the schema to the newest revision."""
    url = url or default_url()
    engine = make_engine(url)
    backup = migrate.upgrade(engine) if upgrade else None
    return Database(url=url, engine=engine, sessions=make_session_factory(engine), backup=backup)
