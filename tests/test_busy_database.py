"""Check-ins while another process writes the same SQLite file (an import, an export): a unit
of work takes the write lock before it reads, waits for it as long as its caller allows, and is
never refused at once because another process committed between its read and its write."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

import pytest
from sqlalchemy import event, func, select, text
from sqlalchemy.exc import IntegrityError, OperationalError

from coworking.core import checkin, codes
from coworking.db.database import Database
from coworking.db.engine import BUSY_TIMEOUT_MS, is_busy, sqlite_path
from coworking.db.enums import CheckInResult
from coworking.db.models import CheckIn, Registration
from tests.busy_writer import BusyWriter, rows_written
from tests.fair_data import build_fair

STATION = "Puerta 1"
STATION_WAIT_MS = 750  # what a door station allows (coworking.gui.pending_scans)


@pytest.fixture
def sqlite_file(db_engine: str, database: Database) -> Path:
    """The SQLite file behind ``database``; the test is skipped on PostgreSQL."""
    if db_engine != "sqlite":
        pytest.skip("SQLite's write lock: PostgreSQL locks rows")
    path = sqlite_path(database.url)
    assert path is not None
    return path


def test_a_deferred_transaction_that_read_is_refused_at_once(database, admin, sqlite_file):
    """SQLite's trap, shown with a plain deferred transaction (what pysqlite begins, and what
    an engine-wide ``BEGIN`` would make every session): once it has read, a commit by another
    process makes its first write fail at once, whatever the busy timeout."""
    fair = build_fair(database, admin)
    writer = BusyWriter(sqlite_file, "commits")
    try:
        with database.sessions() as session, session.begin():
            session.connection().exec_driver_sql("BEGIN")
            assert session.scalar(select(func.count()).select_from(Registration)) == 6
            writer.go()
            assert writer.line(10) == "committed"  # nothing held it: it did not wait
            started = time.monotonic()
            with pytest.raises(OperationalError) as refused:
                checkin.scan(session, fair.event_id, fair.codes[0], STATION, admin)
            waited = time.monotonic() - started
        assert is_busy(refused.value)
        assert waited < BUSY_TIMEOUT_MS / 1000 / 2  # refused, not timed out
    finally:
        writer.finish()


def test_a_check_in_holds_the_write_lock_before_it_reads(database, admin, sqlite_file):
    """The same moment in a station's unit of work (one with a bounded wait): the other process
    asks to commit between the check-in's reads and its write; it waits for the check-in, which
    is admitted."""
    fair = build_fair(database, admin)
    writer = BusyWriter(sqlite_file, "commits")
    other_committed: list[bool] = []

    def between(_conn, _cursor, statement: str, *_args) -> None:
        if not other_committed and statement.lstrip().upper().startswith("UPDATE REGISTRATION"):
            writer.go()
            other_committed.append(writer.line(1.0) == "committed")

    event.listen(database.engine, "before_cursor_execute", between)
    try:
        with database.unit_of_work(admin, wait_ms=STATION_WAIT_MS) as session:
            answer = checkin.scan(session, fair.event_id, fair.codes[0], STATION, admin)
    finally:
        event.remove(database.engine, "before_cursor_execute", between)
    assert answer.result == CheckInResult.OK
    assert other_committed == [False]  # it could not commit inside the check-in
    assert writer.line(30) == "committed"  # and did once the check-in was saved
    writer.finish()
    assert rows_written(sqlite_file) == 1


def test_check_ins_during_a_stream_of_short_writes_never_fail(database, admin, sqlite_file):
    """An import committing small batches one after the other: every check-in is saved, none
    is refused with «database is locked»."""
    fair = build_fair(database, admin)
    unknown = codes.new_code()
    badges = [*fair.codes, fair.rep_code]
    writer = BusyWriter(sqlite_file, "stream", seconds=3.0)
    answers: list[CheckInResult] = []
    try:
        writer.go()
        assert writer.line(30) == "streaming"
        ends = time.monotonic() + 2.5
        number = 0
        while time.monotonic() < ends:
            raw = (badges + [unknown])[number % (len(badges) + 1)]
            with database.unit_of_work(admin, wait_ms=STATION_WAIT_MS) as session:
                answers.append(checkin.scan(session, fair.event_id, raw, STATION, admin).result)
            number += 1
        done = writer.line(30)
    finally:
        writer.finish()
    assert done is not None and done.startswith("done")
    assert int(done.split()[1]) > 50  # the other process did write all along
    assert len(answers) > len(badges) + 1
    assert answers.count(CheckInResult.OK) == len(badges)
    with database.sessions() as session:
        scans = session.scalar(select(func.count()).select_from(CheckIn))
        admitted = session.scalar(
            select(func.count())
            .select_from(Registration)
            .where(Registration.checked_in_at.isnot(None))
        )
    assert scans == len(answers) and admitted == len(badges)


def test_a_short_wait_gives_up_and_the_usual_wait_comes_back(database, admin, sqlite_file):
    fair = build_fair(database, admin)
    writer = BusyWriter(sqlite_file, "hold", seconds=3.0)
    try:
        writer.go()
        assert writer.line(30) == "locked"
        started = time.monotonic()
        with (
            pytest.raises(OperationalError) as busy,
            database.unit_of_work(admin, wait_ms=300) as session,
        ):
            checkin.scan(session, fair.event_id, fair.codes[0], STATION, admin)
        waited = time.monotonic() - started
        assert is_busy(busy.value)
        assert 0.25 <= waited < 2.5
        with database.engine.connect() as connection:  # the pool's one connection, reused
            assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() == BUSY_TIMEOUT_MS
        assert writer.line(30) == "released"
        with database.unit_of_work(admin, wait_ms=300) as session:
            assert checkin.scan(session, fair.event_id, fair.codes[0], STATION, admin).admitted
    finally:
        writer.finish()


def test_only_a_held_lock_counts_as_busy(database, sqlite_file) -> None:
    with pytest.raises(OperationalError) as missing, database.sessions() as session:
        session.execute(text("SELECT * FROM no_such_table"))
    assert not is_busy(missing.value)
    assert not is_busy(IntegrityError("INSERT", {}, sqlite3.IntegrityError("UNIQUE")))
    assert not is_busy(ValueError("database is locked"))
    locked = sqlite3.OperationalError("database is locked")
    assert is_busy(OperationalError("BEGIN IMMEDIATE", {}, locked))


def test_a_unit_of_work_with_a_wait_writes_on_both_engines(database, admin) -> None:
    fair = build_fair(database, admin)
    with database.unit_of_work(admin, wait_ms=500) as session:
        answer = checkin.scan(session, fair.event_id, fair.codes[1], STATION, admin)
    assert answer.admitted
    with database.sessions() as session:
        assert session.get(Registration, answer.registration_id).checked_in_at is not None
