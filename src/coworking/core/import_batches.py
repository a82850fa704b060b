"""Running an import in small batches, so that a 200,000-row file neither fills the memory nor
stops the door: rows are read as a stream, checked a batch at a time, and each batch is written
in its own short transaction. Between two batches the database is free, and a door or desk
check-in waiting for it gets in at once.

Each batch commits with the spreadsheet row it reached (``import_run.rows_done``). An import
stopped half-way (a crash, a killed process, the computer switched off) is taken up again from
that row when the same file is imported again: nothing is lost and no row is written twice.
A person registered by another station in the middle of a batch (the same document) is counted
as already registered, row by row, never as a failed import."""

from __future__ import annotations

import hashlib
import logging
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Generic, Protocol, TypeVar

from sqlalchemy import select, text, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from coworking.core import audit
from coworking.core.errors import UserError
from coworking.core.import_report import ImportCounts
from coworking.core.tables import SheetRow, TableSource
from coworking.db.base import utcnow
from coworking.db.models import ImportRun, StaffUser

log = logging.getLogger(__name__)
BATCH = 500  # rows of the first batch
MIN_BATCH, MAX_BATCH = 100, 4_000
HOLD_SECONDS = 0.3  # how long a batch should hold SQLite's write lock (a station waits 0.75 s)
CHECKPOINT_PAGES = 16_000  # 64 MB of WAL between checkpoints while importing (default 1000)
ANALYSIS_ROWS = 400  # rows sampled per index by ANALYZE
CACHE_KIB = 32_768  # the import's page cache (default 2 MB): its index pages stay in memory
STOPPED = "detenida"  # in ``counts`` of a run that stopped half-way in its own process
ALIVE = timedelta(seconds=30)  # a run touched this recently is still going on elsewhere
T = TypeVar("T")
Progress = Callable[[int, int], None]  # (done, total) in bytes for CSV, rows for XLSX


@dataclass(frozen=True)
class Item(Generic[T]):
    """A row read without problems: its spreadsheet number and what it became."""

    number: int
    value: T


class Plan(Protocol[T]):
    """One kind of import: how a row becomes a value, and what a batch of values does."""

    kind: str

    def read(self, row: SheetRow, report: ImportCounts) -> T | None:
        """The row's value, or None with its problems added to ``report``."""

    def check(self, session: Session, items: list[Item[T]], report: ImportCounts) -> None:
        """Count, without writing, what ``items`` would do (``done``/``already``)."""

    def prepare(self, session: Session, items: list[Item[T]]) -> None:
        """Before :meth:`write`, outside its transaction: the reading that need not hold the
        write lock (looking for likely duplicates)."""

    def write(self, session: Session, items: list[Item[T]], report: ImportCounts) -> None:
        """Write ``items`` in ``session``'s transaction and count what they did."""


class Sessions(Protocol):
    sessions: sessionmaker[Session]


def file_digest(path: Path) -> str:
    digest = hashlib.sha256()
    with Path(path).open("rb") as handle:
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


@dataclass
class _Read(Generic[T]):
    """One batch as read, with what its rows told (in a report of its own, merged by the
    writer).

    Rows are read in the writer's thread, between two batches (while no lock is held). A
    reading thread a batch ahead was tried and made a 200,000-row import slower (68 s against
    55 s): the reading is Python work, which takes turns with the writer for the interpreter,
    and each of the writer's statements then waited for its turn back. A reading process
    lost too, on a machine of two cores (the writer's SQLite work ran a quarter slower)."""

    items: list[Item[T]]
    last: int
    counts: ImportCounts


class BatchSize:
    """How many rows go in one transaction: as many as keep the write lock under
    :data:`HOLD_SECONDS` (a door scan waiting for it answers within a second), doubling while
    batches are quick, halving when one is slow. Large batches write far less: each commit
    rewrites every index page its rows touched, and the indexes of random keys (document,
    phone, UUID) are touched all over."""

    def __init__(self, size: int = BATCH) -> None:
        self.size = size

    def took(self, seconds: float) -> None:
        """Aim the next batches at :data:`HOLD_SECONDS` from how long this one held the lock
        (at most doubling, at least halving: one slow commit is not a trend)."""
        ratio = min(max(HOLD_SECONDS / max(seconds, 0.001), 0.5), 2.0)
        self.size = min(max(int(self.size * ratio), MIN_BATCH), MAX_BATCH)


def _batches(
    source: TableSource,
    plan: Plan[T],
    progress: Progress | None,
    size: BatchSize,
) -> Iterator[_Read[T]]:
    """Items a batch at a time, each with the last spreadsheet row it reached and what its
    rows told (counts, problems, warnings) in a report of its own."""
    items: list[Item[T]] = []
    counts = ImportCounts(source.name)
    last, read = 1, 0
    estimate = max(source.size // 80, 1)  # rows, for XLSX progress
    for row in source.rows():
        last = row.number
        if row.blank:
            counts.blank += 1
            continue
        counts.rows += 1
        read += 1
        value = plan.read(row, counts)
        if value is not None:
            items.append(Item(row.number, value))
        if read >= size.size:
            yield _Read(items, last, counts)
            items, read, counts = [], 0, ImportCounts(source.name)
            if progress is not None:  # once the batch is written: a cancel keeps it whole
                progress(*_position(source, last, estimate))
    yield _Read(items, last, counts)
    if progress is not None:
        progress(1, 1)


def _merge(report: ImportCounts, counts: ImportCounts) -> None:
    report.rows += counts.rows
    report.blank += counts.blank
    report.problems.extend(counts.problems)
    report.warnings.extend(counts.warnings)


def _position(source: TableSource, row: int, estimate: int) -> tuple[int, int]:
    if source.delimiter is None:  # XLSX: rows against an estimate from the size
        return min(row, estimate - 1), estimate
    return min(row * max(source.size // max(row, 1), 1), source.size - 1), source.size


def act(session: Session, actor: StaffUser | None) -> None:
    """Audit the writes as ``actor``'s, or as the terminal's user (command line: None)."""
    if actor is None:
        audit.act_as_terminal(session)
    else:
        audit.act_as(session, actor)


def check_only(
    database: Sessions,
    source: TableSource,
    plan: Plan[T],
    report: ImportCounts,
    *,
    progress: Progress | None = None,
    size: int = BATCH,
) -> None:
    """Read and check every row, writing nothing (a dry run, the wizard's check)."""
    with database.sessions() as session:
        for batch in _batches(source, plan, progress, BatchSize(size)):
            _merge(report, batch.counts)
            plan.check(session, batch.items, report)
            session.rollback()  # no read snapshot held between batches


def run(
    database: Sessions,
    actor: StaffUser | None,
    source: TableSource,
    plan: Plan[T],
    report: ImportCounts,
    *,
    event_id: int | None = None,
    progress: Progress | None = None,
    size: int = BATCH,
) -> None:
    """Read, check and write every row a batch at a time; take up a run stopped half-way."""
    run_id, resume = _start(database, actor, plan.kind, source, event_id)
    report.resumed_from = resume
    sizes = BatchSize(size)
    try:
        _write_all(database, actor, source, plan, report, run_id, resume, progress, sizes)
    except BaseException:  # cancelled, or failed: taken up from here by the next run
        _stopped(database, run_id)
        raise
    _finish(database, actor, run_id, report)
    refresh_statistics(database)
    report.written = True


def _write_all(
    database: Sessions,
    actor: StaffUser | None,
    source: TableSource,
    plan: Plan[T],
    report: ImportCounts,
    run_id: int,
    resume: int,
    progress: Progress | None,
    sizes: BatchSize,
) -> None:
    for batch in _batches(source, plan, progress, sizes):
        items, last = batch.items, batch.last
        _merge(report, batch.counts)
        fresh = [item for item in items if item.number > resume]
        report.already += len(items) - len(fresh)
        if last <= resume:
            continue
        with database.sessions() as session:  # the reading part, before taking the lock
            plan.prepare(session, fresh)
        started = time.perf_counter()
        _write_batch(database, actor, plan, fresh, report, run_id, last)
        held = time.perf_counter() - started
        log.debug("batch of %d rows to row %d: lock held %.3f s", len(fresh), last, held)
        sizes.took(held)
        report.written = True


def _stopped(database: Sessions, run_id: int) -> None:
    """Mark a run that stopped in this process, so that the next one need not wait to be
    sure it is not still going on."""
    try:
        with database.sessions() as session, session.begin():
            session.execute(
                update(ImportRun).where(ImportRun.id == run_id).values(counts={STOPPED: True})
            )
    except Exception:  # noqa: BLE001 - the database may be what failed: the run stays resumable
        log.warning("could not mark import run %s as stopped", run_id, exc_info=True)


def _write_batch(
    database: Sessions,
    actor: StaffUser | None,
    plan: Plan[T],
    items: list[Item[T]],
    report: ImportCounts,
    run_id: int,
    last: int,
) -> None:
    """One transaction: the batch and the row it reached. A batch refused by the database
    (another station registered one of its people a moment ago) is written row by row."""
    with database.sessions() as session, session.begin():
        act(session, actor)
        if session.get_bind().dialect.name == "sqlite":  # fewer checkpoints, fewer page reads
            session.execute(text(f"PRAGMA wal_autocheckpoint={CHECKPOINT_PAGES}"))
            session.execute(text(f"PRAGMA cache_size=-{CACHE_KIB}"))
        session.execute(  # first: takes the write lock, so that what follows reads fresh
            update(ImportRun)
            .where(ImportRun.id == run_id)
            .values(rows_done=last, updated_at=utcnow())
        )
        mark = _mark(report)
        try:
            with session.begin_nested():
                plan.write(session, items, report)
        except IntegrityError:
            _restore(report, mark)
            for item in items:
                row_mark = _mark(report)
                try:
                    with session.begin_nested():
                        plan.write(session, [item], report)
                except IntegrityError:
                    _restore(report, row_mark)
                    report.already += 1
    session.expunge_all()


def _mark(report: ImportCounts) -> dict[str, int]:
    """Where each count and list of ``report`` stands (lists by length), so that a batch the
    database refused can be taken back out of it."""
    return {
        key: len(value) if isinstance(value, list) else value
        for key, value in vars(report).items()
        if isinstance(value, int | list)
    }


def _restore(report: ImportCounts, mark: dict[str, int]) -> None:
    for key, value in mark.items():
        current = getattr(report, key)
        if isinstance(current, list):
            del current[value:]
        else:
            setattr(report, key, value)


def _start(
    database: Sessions,
    actor: StaffUser | None,
    kind: str,
    source: TableSource,
    event_id: int | None,
) -> tuple[int, int]:
    """The run to write into, and the row up to which it is already written (1: none)."""
    digest = file_digest(source.path)
    with database.sessions() as session, session.begin():
        act(session, actor)
        stopped = session.scalars(
            select(ImportRun)
            .where(
                ImportRun.file_sha256 == digest,
                ImportRun.kind == kind,
                ImportRun.event_id.is_(None)
                if event_id is None
                else ImportRun.event_id == event_id,
                ImportRun.finished_at.is_(None),
            )
            .order_by(ImportRun.id.desc())
            .limit(1)
        ).first()
        if stopped is not None:
            if utcnow() - stopped.updated_at < ALIVE and not stopped.counts.get(STOPPED):
                raise UserError(
                    f"«{source.name}» se está importando ahora mismo (lo empezó "
                    f"{stopped.username or 'otro puesto'}). Espere a que termine; si aquella "
                    "importación se cortó, vuelva a intentarlo en un minuto y seguirá donde quedó."
                )
            session.execute(
                update(ImportRun)
                .where(ImportRun.id == stopped.id)
                .values(updated_at=utcnow(), counts={})
            )
            return stopped.id, stopped.rows_done
        started = ImportRun(
            kind=kind,
            file_name=source.name[:255],
            file_sha256=digest,
            event_id=event_id,
            staff_user_id=actor.id if actor else None,
            username=audit.actor_name(session),
        )
        session.add(started)
        session.flush()
        return started.id, 1


def refresh_statistics(database: Sessions) -> None:
    """SQLite: brief statistics of the tables (ANALYZE over a sample of each index), for the
    query planner of every station once a large import has changed the tables' sizes."""
    with database.sessions() as session:
        if session.get_bind().dialect.name != "sqlite":
            return
        session.execute(text(f"PRAGMA analysis_limit={ANALYSIS_ROWS}"))
        session.execute(text("ANALYZE"))
        session.commit()


def _finish(database: Sessions, actor: StaffUser | None, run_id: int, report: ImportCounts) -> None:
    counts = {
        "filas": report.rows,
        "importadas": report.done,
        "ya_registradas": report.already,
        "rechazadas": report.refused,
        "con_avisos": report.warned,
        "vacias": report.blank,
    }
    with database.sessions() as session, session.begin():
        act(session, actor)
        session.execute(
            update(ImportRun)
            .where(ImportRun.id == run_id)
            .values(finished_at=utcnow(), updated_at=utcnow(), counts=counts)
        )
