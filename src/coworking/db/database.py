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
from coworking.db.engine import default_url, describe, make_engine, make_session_factory
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
    def unit_of_work(self, actor: StaffUser | None = None) -> Iterator[Session]:
        """One transaction for one user action, its writes audited as ``actor``'s."""
        with self.sessions() as session, session.begin():
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
