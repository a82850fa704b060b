"""Folders and stored files of the municipality export batches.

A batch is written into a hidden temporary folder beside its final place
(``.lote-000012.<random>.partial``), flushed to disk, and renamed to ``lote-000012`` only
after the database has recorded it: a folder named like a batch is always complete. The files'
bytes are kept in the database (gzip) so that a batch can be written again, identical.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import os
import secrets
import shutil
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from coworking.core.errors import UserError
from coworking.db.models import ExportFile

PARTIAL = ".partial"
MANIFEST = "manifiesto.json"
INDICATORS = "indicadores_5w.csv"
# A temporary folder untouched for this long is a left-over of an export that crashed.
STALE_SECONDS = 15 * 60


@dataclass(frozen=True)
class Written:
    """A file written into the temporary folder."""

    name: str
    rows: int
    sha256: str
    size: int


def folder_name(series: str, number: int) -> str:
    return f"{series}-{number:06d}"


def check_out_dir(out_dir: Path) -> Path:
    """The folder where batches go, or a :class:`UserError` naming it."""
    out_dir = Path(out_dir)
    if not out_dir.exists():
        raise UserError(f"No existe la carpeta «{out_dir}». Créela o elija otra.")
    if not out_dir.is_dir():
        raise UserError(f"«{out_dir}» no es una carpeta: elija una carpeta para los lotes.")
    if not os.access(out_dir, os.W_OK | os.X_OK):
        raise UserError(f"No se puede escribir en la carpeta «{out_dir}»: elija otra.")
    return out_dir


def remove_stale_partials(out_dir: Path, now: float | None = None) -> list[Path]:
    """Remove temporary folders left by exports that crashed (not those of one running now,
    perhaps on another station writing to the same shared folder)."""
    # the folders' times come from the system clock, so they are compared with it
    now = time.time() if now is None else now  # noqa: TID251
    removed = []
    for path in out_dir.glob(f".*{PARTIAL}"):
        try:
            if path.is_dir() and now - path.stat().st_mtime > STALE_SECONDS:
                shutil.rmtree(path)
                removed.append(path)
        except OSError:
            continue  # another export is removing it, or it is not ours to remove
    return removed


def new_partial(out_dir: Path, name: str) -> Path:
    partial = out_dir / f".{name}.{secrets.token_hex(4)}{PARTIAL}"
    try:
        partial.mkdir()
    except OSError as error:
        raise UserError(
            f"No se puede escribir en la carpeta «{out_dir}»: {error.strerror or error}."
        ) from error
    return partial


def discard(partial: Path | None) -> None:
    if partial is not None:
        shutil.rmtree(partial, ignore_errors=True)


def fsync_file(path: Path) -> None:
    with path.open("rb+") as handle:
        os.fsync(handle.fileno())


def fsync_dir(path: Path) -> None:
    """Make a folder's entries durable (POSIX; Windows has no handle for that)."""
    if os.name != "posix":
        return
    descriptor = os.open(path, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def file_info(path: Path, rows: int) -> Written:
    data = path.read_bytes()
    return Written(path.name, rows, hashlib.sha256(data).hexdigest(), len(data))


def write_manifest(partial: Path, manifest: dict[str, Any]) -> Written:
    path = partial / MANIFEST
    path.write_text(json.dumps(manifest, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    fsync_file(path)
    return file_info(path, 0)


def check_free(final: Path) -> None:
    if final.exists():
        raise UserError(
            f"Ya existe «{final}». Mueva esa carpeta o elija otra carpeta para los lotes."
        )


def publish(partial: Path, final: Path) -> Path:
    """Give the complete temporary folder its final name."""
    fsync_dir(partial)
    check_free(final)
    os.rename(partial, final)
    fsync_dir(final.parent)
    return final


def store(session: Session, batch_id: int, partial: Path, names: Iterable[str]) -> None:
    """Keep the bytes of the batch's files in the database, compressed."""
    for name in names:
        data = (partial / name).read_bytes()
        session.execute(
            insert(ExportFile),
            [
                {
                    "batch_id": batch_id,
                    "name": name,
                    "sha256": hashlib.sha256(data).hexdigest(),
                    "size": len(data),
                    "content": gzip.compress(data, compresslevel=1, mtime=0),
                }
            ],
        )


def stored_files(session: Session, batch_id: int) -> list[tuple[str, bytes]]:
    """The batch's files as first written, each checked against its SHA-256."""
    rows = session.execute(
        select(ExportFile.name, ExportFile.sha256, ExportFile.size, ExportFile.content)
        .where(ExportFile.batch_id == batch_id)
        .order_by(ExportFile.id)
    ).all()
    files = []
    for name, sha256, size, content in rows:
        data = gzip.decompress(content)
        if len(data) != size or hashlib.sha256(data).hexdigest() != sha256:
            raise UserError(
                f"El archivo «{name}» guardado en la base de datos no coincide con su "
                "suma SHA-256: no se puede volver a escribir igual."
            )
        files.append((name, data))
    return files


def write_again(files: list[tuple[str, bytes]], out_dir: Path, name: str) -> Path:
    """Write stored files into ``out_dir/name`` through a temporary folder."""
    out_dir = check_out_dir(out_dir)
    final = out_dir / name
    check_free(final)
    partial = new_partial(out_dir, name)
    try:
        for file_name, data in files:
            path = partial / file_name
            path.write_bytes(data)
            fsync_file(path)
        return publish(partial, final)
    except BaseException:
        discard(partial)
        raise
