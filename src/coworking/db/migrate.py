"""Backs the SQLite file up and brings the schema to the newest Alembic revision.

Alembic (about 0.1 s to import) is only loaded when the schema actually needs an upgrade:
the usual start compares the database's revision with ``SCHEMA_HEAD`` in plain SQL.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text

from coworking import paths
from coworking.db.engine import sqlite_path

if TYPE_CHECKING:
    from alembic.config import Config

# The newest revision in migrations/versions; a test fails when a new revision forgets it.
SCHEMA_HEAD = "0009"
KEEP_BACKUPS = 10
DAILY_SECONDS = 20 * 3600


def alembic_config(engine: Engine | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(paths.migrations_dir()))
    if engine is not None:
        config.set_main_option("sqlalchemy.url", engine.url.render_as_string(hide_password=False))
    return config


def head_revision() -> str | None:
    """The newest revision, as Alembic reads it from migrations/versions."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return None
        versions = connection.execute(text("SELECT version_num FROM alembic_version")).all()
    return versions[0][0] if len(versions) == 1 else None


def backup_sqlite(source: Path, target: Path) -> Path:
    """A consistent copy of a live SQLite database (WAL included), through SQLite's backup API."""
    target.parent.mkdir(parents=True, exist_ok=True)
    src, dst = sqlite3.connect(source), sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()
    return target


def _start_copies(path: Path) -> list[Path]:
    return sorted((path.parent / "copias").glob(f"{path.stem}-inicio-*.sqlite3"))


def _backup_at_start(engine: Engine) -> Path | None:
    """Copy the SQLite file aside before a schema upgrade, and otherwise once a day."""
    path = sqlite_path(engine.url.render_as_string(hide_password=False))
    if path is None or not path.exists() or path.stat().st_size == 0:
        return None
    copies = _start_copies(path)
    pending = current_revision(engine) != SCHEMA_HEAD
    # file times come from the system clock: a copy's age is measured on it, as is its name
    age = time.time() - copies[-1].stat().st_mtime if copies else None  # noqa: TID251
    if not pending and age is not None and age < DAILY_SECONDS:
        return None
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")  # noqa: TID251
    folder = path.parent / "copias"
    target = backup_sqlite(path, folder / f"{path.stem}-inicio-{stamp}.sqlite3")
    for stale in _start_copies(path)[:-KEEP_BACKUPS]:
        stale.unlink(missing_ok=True)
    return target


def upgrade(engine: Engine, revision: str = "head") -> Path | None:
    """Copy the SQLite file aside (when it holds anything), then upgrade. Returns the copy.

    The copy is made before every upgrade and, when none is needed, at the first start of the
    day (a copy of 100,000 people takes about 0.3 s and 80 MB: not on every command). The newest
    ``KEEP_BACKUPS`` start-up copies are kept in ``copias/`` beside the database.
    """
    backup = _backup_at_start(engine)
    if revision == "head" and current_revision(engine) == SCHEMA_HEAD:
        return backup
    from alembic import command

    _run_alembic(engine, command.upgrade, revision)
    return backup


def downgrade(engine: Engine, revision: str) -> None:
    from alembic import command

    _run_alembic(engine, command.downgrade, revision)


def _run_alembic(engine: Engine, step: Callable[[Config, str], object], revision: str) -> None:
    """Run an Alembic command on one connection.

    On SQLite, altering a table rebuilds it, and with foreign keys on, dropping the old copy
    would cascade-delete every row pointing at it (a person's consents...). Foreign keys are
    switched off for the migration (outside any transaction, as SQLite requires), checked
    afterwards, and switched back on.
    """
    config = alembic_config(engine)
    sqlite = engine.dialect.name == "sqlite"
    with engine.connect() as connection:
        if sqlite:
            connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
            connection.commit()
        try:
            with connection.begin():
                config.attributes["connection"] = connection
                step(config, revision)
            if sqlite:
                broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                connection.commit()
                if broken:
                    raise RuntimeError(f"La migración dejó referencias rotas: {broken[:5]}")
        finally:
            if sqlite:
                connection.exec_driver_sql("PRAGMA foreign_keys=ON")
                connection.commit()
