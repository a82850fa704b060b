"""At start the program copies the SQLite file aside before it upgrades the schema."""

from __future__ import annotations

import os
import sqlite3
import time
from pathlib import Path

from coworking.db import migrate
from coworking.db.database import open_database
from coworking.db.engine import make_engine, sqlite_url
from coworking.db.models import Site


def test_start_backs_up_an_existing_file_then_upgrades(tmp_path: Path) -> None:
    path = tmp_path / "coworking.sqlite3"
    url = sqlite_url(path)
    first = open_database(url)
    assert first.backup is None  # nothing to protect in a brand-new file
    with first.unit_of_work() as session:
        session.add(Site(name="Coworking Manta", canton_code="1308"))
    first.dispose()

    # An older program version: schema at base, but the file holds data the backup must keep.
    engine = make_engine(url)
    migrate.downgrade(engine, "base")
    with engine.begin() as connection:
        connection.exec_driver_sql("CREATE TABLE notas (texto TEXT)")
        connection.exec_driver_sql("INSERT INTO notas VALUES ('datos previos')")
    engine.dispose()

    second = open_database(url)
    assert second.backup is not None and second.backup.exists()
    assert second.backup.parent == path.parent / "copias"
    copy = sqlite3.connect(second.backup)
    assert copy.execute("SELECT texto FROM notas").fetchall() == [("datos previos",)]
    assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    copy.close()
    assert migrate.current_revision(second.engine) == migrate.head_revision()
    second.dispose()


def test_a_current_database_is_copied_once_a_day_and_old_copies_are_pruned(
    tmp_path: Path,
) -> None:
    url = sqlite_url(tmp_path / "coworking.sqlite3")
    open_database(url).dispose()  # new file: nothing to copy
    first = open_database(url)  # at head, no copy yet today: copied
    first.dispose()
    assert first.backup is not None
    again = open_database(url)  # at head, copied less than a day ago: not copied
    again.dispose()
    assert again.backup is None
    old = time.time() - migrate.DAILY_SECONDS - 60  # noqa: TID251 (a file time)
    os.utime(first.backup, (old, old))
    next_day = open_database(url)
    next_day.dispose()
    assert next_day.backup is not None

    for _ in range(migrate.KEEP_BACKUPS + 2):  # every pending upgrade makes a copy
        engine = make_engine(url)
        migrate.downgrade(engine, "base")
        engine.dispose()
        assert open_database(url).backup is not None
    copies = list((tmp_path / "copias").glob("*.sqlite3"))
    assert len(copies) == migrate.KEEP_BACKUPS
