"""Two stations writing at once, and a process killed mid-write, lose and duplicate nothing."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

from sqlalchemy import func, select

from coworking.db.database import Database, open_database
from coworking.db.engine import sqlite_path
from coworking.db.models import AuditEntry, Person

STATION = textwrap.dedent(
    """
    import sys
    from coworking.db.database import open_database
    from coworking.db.models import Person

    url, station, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
    db = open_database(url)
    print("ready", flush=True)
    sys.stdin.readline()  # both stations start writing together
    for number in range(count):
        with db.unit_of_work() as session:
            session.add(Person(given_names=f"{station}-{number}", family_names="Núñez"))
    db.dispose()
    """
)


def _start(url: str, station: str, count: int) -> subprocess.Popen[str]:
    process = subprocess.Popen(
        [sys.executable, "-c", STATION, url, station, str(count)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None and process.stdout.readline().strip() == "ready"
    return process


def test_two_stations_writing_at_the_same_moment(database: Database) -> None:
    count = 150
    stations = [_start(database.url, name, count) for name in ("puerta-a", "puerta-b")]
    for process in stations:
        process.stdin.write("go\n")
        process.stdin.flush()
    for process in stations:
        _out, err = process.communicate(timeout=180)
        assert process.returncode == 0, err[-2000:]
    with database.sessions() as session:
        names = session.scalars(select(Person.given_names)).all()
        audited = session.scalar(
            select(func.count()).select_from(AuditEntry).where(AuditEntry.entity == "person")
        )
    expected = {f"{s}-{n}" for s in ("puerta-a", "puerta-b") for n in range(count)}
    assert len(names) == len(expected) and set(names) == expected
    assert audited == 2 * count


KILLED = textwrap.dedent(
    """
    import sys
    from coworking.db.database import open_database
    from coworking.db.models import Person

    db = open_database(sys.argv[1])
    with db.unit_of_work() as session:
        session.add(Person(given_names="guardada", family_names="Peña"))
    with db.unit_of_work() as session:
        for number in range(500):
            session.add(Person(given_names=f"a-medias-{number}", family_names="Peña"))
        session.flush()
        print("flushed", flush=True)
        sys.stdin.readline()  # killed here, before the commit
    """
)


def test_a_killed_process_leaves_no_half_written_action(sqlite_db_url: str) -> None:
    open_database(sqlite_db_url).dispose()
    process = subprocess.Popen(
        [sys.executable, "-c", KILLED, sqlite_db_url],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    assert process.stdout.readline().strip() == "flushed", process.stderr.read()
    os.kill(process.pid, signal.SIGKILL)
    process.wait(timeout=30)

    path: Path | None = sqlite_path(sqlite_db_url)
    assert path is not None
    raw = sqlite3.connect(path)
    assert raw.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    raw.close()
    database = open_database(sqlite_db_url)
    with database.sessions() as session:
        assert session.scalars(select(Person.given_names)).all() == ["guardada"]
        entries = session.scalar(select(func.count()).select_from(AuditEntry))
    assert entries == 1
    database.dispose()
