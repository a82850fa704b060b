"""Writing one municipality export batch, in three steps so that nothing is half-written and
no batch is written twice.

1. The rows are read in one snapshot of the database and written into a hidden temporary
   folder (``export_folders``), compared with the ledger (``export_ledger``) as they go.
2. One write transaction records the batch (its number is unique within its series: of two
   stations exporting at once, one fails here and keeps nothing), its files' bytes and what
   the ledger must now remember.
3. The folder gets its final name.
"""

from __future__ import annotations

import getpass
import socket
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session

from coworking import __version__
from coworking.core import accounts, audit, settings
from coworking.core import export_folders as files
from coworking.core import export_ledger as ledger
from coworking.core.errors import UserError
from coworking.core.export_csv import DELIMITERS, write_csv
from coworking.core.localtime import local_day
from coworking.db.base import utcnow
from coworking.db.database import Database
from coworking.db.enums import AuditAction
from coworking.db.models import ExportBatch, Site, StaffUser

INCREMENTAL, FULL, IDENTIFIED = "incremental", "completo", "identificado"
SERIES, IDENTIFIED_SERIES = "lote", "identificado"
SCHEMA_VERSION = "1"
ENCODING = "utf-8-sig"
DELIMITER_SETTING = "export/separador"
DEFAULT_DELIMITER = ","

Progress = Callable[[int, int, str], None]


def saved_delimiter(session: Session) -> str:
    value = settings.get(session, DELIMITER_SETTING, DEFAULT_DELIMITER)
    return value if value in DELIMITERS else DEFAULT_DELIMITER


def check_delimiter(value: str) -> str:
    if value not in DELIMITERS:
        raise UserError(
            "El separador de las exportaciones debe ser «,» (coma) o «;» (punto y coma)."
        )
    return value


def context(session: Session, today: date, identified: bool = False):
    """What the entity readers need: the site's pseudonym key, the batch's day."""
    from coworking.core.export_schema import ExportContext
    from coworking.core.pseudonyms import site_key

    return ExportContext(key=site_key(session), today=today, identified=identified)


@contextmanager
def writing(database: Database, actor: StaffUser | None) -> Iterator[Session]:
    """A write transaction recorded as ``actor``'s (None: the command line)."""
    with database.sessions() as session, session.begin():
        if actor is None:
            audit.act_as_terminal(session)
        else:
            audit.act_as(session, actor)
        yield session


def begin_snapshot(session: Session) -> None:
    """Read everything that follows from one consistent state of the database."""
    if session.get_bind().dialect.name == "postgresql":
        session.connection(execution_options={"isolation_level": "REPEATABLE READ"})
    else:  # pysqlite opens no transaction for SELECTs by itself
        session.connection().exec_driver_sql("BEGIN")


def _prepare(database: Database, actor: StaffUser | None) -> str:
    """Make the site's pseudonym key, once, before anything leaves; the saved delimiter."""
    from coworking.core.pseudonyms import site_key

    try:
        with writing(database, actor) as session:
            site_key(session)
            return saved_delimiter(session)
    except IntegrityError:  # another station made it at the same moment: use theirs
        with database.sessions() as session:
            site_key(session)
            return saved_delimiter(session)


def _check_actor(actor: StaffUser | None, identified: bool) -> None:
    if identified:
        if actor is not None:
            accounts.require_role(actor, accounts.ADMINISTRATION)
    elif actor is not None:
        accounts.require_role(actor, accounts.REPORTS)


def _site(session: Session) -> Site:
    from coworking.core.setup import current_site

    site = current_site(session)
    if site is None:
        raise UserError("Todavía no hay un espacio configurado: ejecute «coworking init».")
    return site


def _months(today: date) -> list[date]:
    """The last twelve complete months and the current one, oldest first."""
    index = today.year * 12 + today.month - 1
    return [date((index - back) // 12, (index - back) % 12 + 1, 1) for back in range(12, -1, -1)]


def _utc_text(moment: datetime | None) -> str | None:
    if moment is None:
        return None
    return moment.astimezone(UTC).replace(microsecond=0, tzinfo=None).isoformat() + "Z"


@dataclass
class WrittenBatch:
    """A batch written: what the snapshot read decided, and where it went."""

    number: int
    series: str
    kind: str
    created: datetime
    since: datetime | None
    site: Site
    made_by: str
    station: str
    separator: str
    partial: Path
    final: Path
    written: list[files.Written]
    changes: list[ledger.EntityChanges]
    gone: list[ledger.Deletion]


def _write_files(
    session: Session, batch: WrittenBatch, *, full: bool, step: Callable[[str], None]
) -> None:
    from coworking.core import export_indicators
    from coworking.core.export_schema import DELETIONS, ENTITIES

    identified = batch.series == IDENTIFIED_SERIES
    today = local_day(batch.created)
    readers = context(session, today, identified)
    for entity in ENTITIES:
        name = f"{entity.name}.csv"
        step(name)
        marks = {} if identified else ledger.load_marks(session, entity.name)
        changes = ledger.EntityChanges(entity.name, marks)
        rows = ledger.compare(entity.read(session, readers), changes, full=full)
        headers = entity.headers(identified)
        count, sha256, size = write_csv(
            batch.partial / name, headers, rows, delimiter=batch.separator, texts=True
        )
        batch.written.append(files.Written(name, count, sha256, size))
        batch.changes.append(changes)
    batch.gone = ledger.deletions(batch.changes)
    name = f"{DELETIONS.name}.csv"
    step(name)
    count, sha256, size = write_csv(
        batch.partial / name,
        DELETIONS.headers(identified),
        (deletion.row(batch.created) for deletion in batch.gone),
        delimiter=batch.separator,
    )
    batch.written.append(files.Written(name, count, sha256, size))
    step(files.INDICATORS)
    path = batch.partial / files.INDICATORS
    rows = export_indicators.indicator_rows(session, batch.site.id, _months(today))
    count = export_indicators.write_indicators(path, rows, delimiter=batch.separator, hxl=True)
    files.fsync_file(path)
    batch.written.append(files.file_info(path, count))


def _manifest(batch: WrittenBatch) -> dict[str, Any]:
    return {
        "esquema": SCHEMA_VERSION,
        "programa": __version__,
        "sitio": batch.site.name,
        "canton": batch.site.canton_code,
        "lote": batch.number,
        "tipo": batch.kind,
        "desde": _utc_text(batch.since),
        "hasta": _utc_text(batch.created),
        "separador": batch.separator,
        "codificacion": ENCODING,
        "archivos": [
            {"nombre": w.name, "filas": w.rows, "sha256": w.sha256, "bytes": w.size}
            for w in batch.written
        ],
        "generado_por": batch.made_by,
        "equipo": batch.station,
    }


def _last_batch(session: Session, series: str) -> ExportBatch | None:
    return session.scalar(
        select(ExportBatch)
        .where(ExportBatch.kind == series)
        .order_by(ExportBatch.number.desc())
        .limit(1)
    )


def _record(database: Database, actor: StaffUser | None, batch: WrittenBatch) -> None:
    """Step 2: the batch, its files and the ledger, in one write transaction."""
    identified = batch.series == IDENTIFIED_SERIES
    try:
        with writing(database, actor) as session:
            row = ExportBatch(
                kind=batch.series,
                number=batch.number,
                full=batch.kind != INCREMENTAL,
                since=batch.since,
                row_counts={w.name: w.rows for w in batch.written},
                staff_user_id=actor.id if actor is not None else None,
                site_id=batch.site.id,
                canton_code=batch.site.canton_code,
                station=batch.station,
                folder=str(batch.final)[:500],
                delimiter=batch.separator,
                schema_version=SCHEMA_VERSION,
                created_at=batch.created,
                updated_at=batch.created,
            )
            session.add(row)
            session.flush()  # the first statement: on SQLite it waits for the write lock here
            names = [w.name for w in batch.written] + [files.MANIFEST]
            files.store(session, row.id, batch.partial, names)
            if not identified:
                ledger.record(session, row.id, batch.changes, batch.gone, batch.created)
            audit.record(
                session,
                AuditAction.EXPORT,
                "export_batch",
                str(row.id),
                lote=batch.number,
                tipo=batch.kind,
                filas={w.name: w.rows for w in batch.written},
                carpeta=str(batch.final),
                identificado=identified,
            )
    except IntegrityError as error:
        raise UserError(
            f"Otra estación guardó el lote {batch.number} al mismo tiempo. No se escribió nada "
            f"en «{batch.final.parent}»: vuelva a exportar y el nuevo lote llevará lo que falte."
        ) from error
    except OperationalError as error:
        raise UserError(
            "La base de datos estaba ocupada y no se pudo guardar el lote. No se escribió "
            f"nada en «{batch.final.parent}»: inténtelo de nuevo en unos momentos."
        ) from error


def write_batch(
    database: Database,
    actor: StaffUser | None,
    out_dir: Path,
    *,
    full: bool,
    identified: bool,
    delimiter: str | None,
    progress: Progress | None,
    now: datetime | None,
) -> WrittenBatch:
    """Write the next batch of its series into ``out_dir`` (see the module's description)."""
    from coworking.core.export_schema import ENTITIES

    _check_actor(actor, identified)
    out_dir = files.check_out_dir(Path(out_dir).absolute())
    files.remove_stale_partials(out_dir)
    created = (now or utcnow()).astimezone(UTC)
    saved = _prepare(database, actor)  # always: the key must be stored before the read
    separator = check_delimiter(delimiter or saved)
    series = IDENTIFIED_SERIES if identified else SERIES
    kind = IDENTIFIED if identified else FULL if full else INCREMENTAL
    made_by = actor.username if actor else f"terminal:{getpass.getuser()}"[:60]
    station = socket.gethostname()[:120]
    steps, done = len(ENTITIES) + 3, 0

    def step(text: str) -> None:
        nonlocal done
        if progress is not None:
            progress(done, steps, text)
        done += 1

    partial: Path | None = None
    try:
        with database.sessions() as session:
            begin_snapshot(session)
            site = _site(session)
            last = _last_batch(session, series)  # the number before the marks, same snapshot
            number = last.number + 1 if last else 1
            since = last.created_at if last is not None and not identified else None
            final = out_dir / files.folder_name(series, number)
            files.check_free(final)
            partial = files.new_partial(out_dir, final.name)
            batch = WrittenBatch(
                number, series, kind, created, since, site, made_by, station, separator,
                partial, final, [], [], [],
            )  # fmt: skip
            _write_files(session, batch, full=full or identified, step=step)
            session.expunge(site)
            session.rollback()
        files.write_manifest(partial, _manifest(batch))
        step("Guardando el lote en la base de datos")
        _record(database, actor, batch)
    except BaseException:
        files.discard(partial)
        raise
    try:
        files.publish(partial, final)
    except (OSError, UserError) as error:
        files.discard(partial)
        raise UserError(
            f"El lote {number} quedó guardado en la base de datos, pero no se pudo escribir "
            f"«{final}» ({error}). Vuelva a escribirlo con «coworking export --recreate "
            f"{number} --out CARPETA»."
        ) from error
    if progress is not None:
        with suppress(Exception):  # too late to cancel: the batch is written
            progress(steps, steps, str(final))
    return batch
