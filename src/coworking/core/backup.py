"""Backups people can rely on: a consistent copy, checked after it is written."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, inspect, select, table

from coworking.core import audit
from coworking.core.errors import UserError
from coworking.db.database import Database
from coworking.db.engine import sqlite_path
from coworking.db.enums import AuditAction
from coworking.db.migrate import backup_sqlite


@dataclass(frozen=True)
class BackupResult:
    path: Path
    size_bytes: int
    row_counts: dict[str, int]


def _row_counts(database: Database) -> dict[str, int]:
    names = sorted(inspect(database.engine).get_table_names())
    with database.engine.connect() as connection:
        return {
            name: connection.scalar(select(func.count()).select_from(table(name))) for name in names
        }


def _check_sqlite_copy(path: Path, tables: list[str]) -> dict[str, int]:
    """Integrity check of the copy; its row count per table."""
    connection = sqlite3.connect(path)
    try:
        if connection.execute("PRAGMA integrity_check").fetchone() != ("ok",):
            raise UserError(
                f"La copia «{path}» está dañada: no supera la comprobación de integridad."
            )
        return {
            name: connection.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]
            for name in tables
        }
    finally:
        connection.close()


def _pg_dump(database: Database, target: Path) -> None:
    program = shutil.which("pg_dump")
    if program is None:
        raise UserError(
            "Para copiar una base de datos PostgreSQL hace falta el programa pg_dump "
            "(paquete postgresql-client)."
        )
    url = database.engine.url.set(drivername="postgresql")
    result = subprocess.run(
        [
            program,
            "--format=custom",
            "--file",
            str(target),
            url.render_as_string(hide_password=False),
        ],
        capture_output=True,
        text=True,
    )
    if result.returncode:
        raise UserError(f"pg_dump no pudo hacer la copia: {result.stderr.strip()}")


def backup_database(database: Database, target: Path) -> BackupResult:
    """Write a consistent copy of the whole database to ``target`` and verify it.

    SQLite: SQLite's online backup (safe while other stations write), then an integrity check
    and a row count per table of the copy. PostgreSQL: ``pg_dump`` in custom format.
    The backup is audited.
    """
    target = Path(target)
    if target.exists() and target.is_dir():
        raise UserError(f"«{target}» es una carpeta: indique el nombre del archivo de la copia.")
    if not target.parent.is_dir():
        raise UserError(f"No existe la carpeta «{target.parent}» para guardar la copia.")
    partial = target.with_name(target.name + ".parcial")
    try:
        source = sqlite_path(database.url)
        if source is not None:
            backup_sqlite(source, partial)
            counts = _check_sqlite_copy(partial, sorted(inspect(database.engine).get_table_names()))
        else:
            counts = _row_counts(database)
            _pg_dump(database, partial)
        partial.replace(target)
    except OSError as error:
        raise UserError(f"No se pudo escribir la copia en «{target}»: {error.strerror}.") from error
    finally:
        partial.unlink(missing_ok=True)
    with database.unit_of_work() as session:
        audit.record(
            session,
            AuditAction.BACKUP,
            "database",
            None,
            file=target.name,
            rows=sum(counts.values()),
        )
    return BackupResult(target, target.stat().st_size, counts)
