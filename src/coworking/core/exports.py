"""Municipality exports: numbered batches of CSV files with a manifest, used by the command line
and the Sincronización page.

A batch carries what changed since the last one, as the ledger tells (``export_ledger``), or
everything (``full``); it is written so that nothing is half-written and no batch is written
twice (``export_batches``) and can be written again byte for byte (``recreate``). Identified
batches (administrators only) carry names and documents, are numbered apart and never touch the
ledger.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from coworking.core import accounts, audit, settings
from coworking.core import export_folders as files
from coworking.core import export_ledger as ledger
from coworking.core.errors import NotFound, UserError
from coworking.core.export_batches import (
    DELIMITER_SETTING,
    FULL,
    IDENTIFIED,
    IDENTIFIED_SERIES,
    INCREMENTAL,
    SERIES,
    Progress,
    check_delimiter,
    context,
    saved_delimiter,
    write_batch,
)
from coworking.core.localtime import local_day
from coworking.db.base import utcnow
from coworking.db.database import Database
from coworking.db.enums import AuditAction
from coworking.db.models import AuditEntry, ExportBatch, ExportFile, StaffUser


@dataclass(frozen=True)
class FileInfo:
    name: str
    rows: int
    sha256: str
    size: int


@dataclass(frozen=True)
class BatchInfo:
    number: int
    kind: str  # "incremental" | "completo" | "identificado"
    created_at: datetime
    made_by: str
    station: str
    folder: str
    files: tuple[FileInfo, ...]

    @property
    def rows(self) -> int:
        """Data rows over all the CSV files but the indicator file."""
        return sum(f.rows for f in self.files if f.name != files.INDICATORS)


@dataclass(frozen=True)
class Pending:
    """Rows a new incremental batch would carry, per entity file stem."""

    changed: dict[str, int]
    deleted: dict[str, int]

    @property
    def total(self) -> int:
        return sum(self.changed.values()) + sum(self.deleted.values())


def delimiter(session: Session) -> str:
    """The field separator chosen for the CSV files (``,`` unless set otherwise)."""
    return saved_delimiter(session)


def set_delimiter(session: Session, actor: StaffUser | None, value: str) -> None:
    """Choose the field separator for every station (coordinators and administrators)."""
    accounts.require_role(actor, accounts.REPORTS)
    settings.put(session, DELIMITER_SETTING, check_delimiter(value))


def pending(session: Session, *, today: date | None = None) -> Pending:
    """What the next incremental batch would carry (nothing is written but, the first time,
    the site's pseudonym key in the caller's transaction)."""
    from coworking.core.export_schema import ENTITIES

    readers = context(session, today or local_day(utcnow()))
    changed: dict[str, int] = {}
    deleted: dict[str, int] = {}
    for entity in ENTITIES:
        changes = ledger.EntityChanges(entity.name, ledger.load_marks(session, entity.name))
        for _row in ledger.compare(entity.read(session, readers), changes, full=False):
            pass
        changed[entity.name] = changes.pending
        deleted[entity.name] = len(changes.gone())
    return Pending(changed, deleted)


def export_batch(
    database: Database,
    actor: StaffUser | None,
    out_dir: Path,
    *,
    full: bool = False,
    identified: bool = False,
    delimiter: str | None = None,
    progress: Progress | None = None,
    now: datetime | None = None,
) -> BatchInfo:
    """Write the next batch into ``out_dir/lote-NNNNNN`` (identified: ``identificado-NNNNNN``).

    ``actor`` None is the command line, which may also write identified batches; otherwise
    coordinators and administrators, and identified batches administrators only. Every batch
    is audited. An exception raised by ``progress`` (a cancel) stops the export and nothing is
    kept: no folder, no batch, the ledger as it was.
    """
    batch = write_batch(
        database,
        actor,
        out_dir,
        full=full,
        identified=identified,
        delimiter=delimiter,
        progress=progress,
        now=now,
    )
    return BatchInfo(
        number=batch.number,
        kind=batch.kind,
        created_at=batch.created,
        made_by=batch.made_by,
        station=batch.station,
        folder=str(batch.final),
        files=tuple(FileInfo(w.name, w.rows, w.sha256, w.size) for w in batch.written),
    )


def _kind(batch: ExportBatch) -> str:
    if batch.kind == IDENTIFIED_SERIES:
        return IDENTIFIED
    return FULL if batch.full else INCREMENTAL


def history(session: Session) -> list[BatchInfo]:
    """Every batch, newest first."""
    batches = session.scalars(
        select(ExportBatch).order_by(ExportBatch.created_at.desc(), ExportBatch.id.desc())
    ).all()
    by_batch: dict[int, list[tuple[str, str, int]]] = {}
    for batch_id, name, sha256, size in session.execute(
        select(ExportFile.batch_id, ExportFile.name, ExportFile.sha256, ExportFile.size)
        .where(ExportFile.name != files.MANIFEST)
        .order_by(ExportFile.id)
    ):
        by_batch.setdefault(batch_id, []).append((name, sha256, size))
    authors = dict(
        session.execute(
            select(AuditEntry.entity_id, AuditEntry.username)
            .where(AuditEntry.action == AuditAction.EXPORT, AuditEntry.entity == "export_batch")
            .order_by(AuditEntry.id.desc())  # the first entry, the batch's making, wins
        ).all()
    )
    return [
        BatchInfo(
            number=batch.number,
            kind=_kind(batch),
            created_at=batch.created_at,
            made_by=authors.get(str(batch.id)) or "",
            station=batch.station,
            folder=batch.folder,
            files=tuple(
                FileInfo(name, int(batch.row_counts.get(name, 0)), sha256, size)
                for name, sha256, size in by_batch.get(batch.id, [])
            ),
        )
        for batch in batches
    ]


def _may_recreate_identified(session: Session) -> None:
    """Identified data leaves again only for an administrator or the command line."""
    if audit.actor_name(session).startswith("terminal:"):
        return
    user_id = audit.actor_id(session)
    user = session.get(StaffUser, user_id) if user_id else None
    accounts.require_role(user, accounts.ADMINISTRATION)


def recreate(session: Session, number: int, out_dir: Path, *, identified: bool = False) -> Path:
    """Write batch ``number`` again into ``out_dir``, byte for byte as the first time (each file
    checked against its SHA-256); returns the folder. Audited as the session's actor."""
    series = IDENTIFIED_SERIES if identified else SERIES
    batch = session.scalar(
        select(ExportBatch).where(ExportBatch.kind == series, ExportBatch.number == number)
    )
    label = "identificado " if identified else ""
    if batch is None:
        raise NotFound(f"No existe el lote {label}{number}: no se escribió nada en «{out_dir}».")
    if identified:
        _may_recreate_identified(session)
    stored = files.stored_files(session, batch.id)
    if not stored:
        raise UserError(
            f"El lote {label}{number} no tiene archivos guardados para volver a escribir."
        )
    folder = files.write_again(stored, Path(out_dir), files.folder_name(series, number))
    audit.record(
        session,
        AuditAction.EXPORT,
        "export_batch",
        str(batch.id),
        lote=number,
        tipo=_kind(batch),
        carpeta=str(folder),
        identificado=identified,
        recreado=True,
    )
    return folder
