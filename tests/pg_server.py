"""A throwaway PostgreSQL server on loopback for the test suite (Debian's ``postgresql``).

The server refuses to run as root, so as root its folder belongs to ``postgres`` and the server
commands run as that user.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import stat
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import psycopg
from psycopg import sql

SERVER_USER = "postgres"
_START_TRIES = 3
# Every test database is a copy of a template: a few megabytes written each time, which on the
# development machines' disks takes 0.3 s and more, in memory 0.03 s. The server lives in
# memory where it can; its write-ahead log is kept small there.
MEMORY_FOLDER = Path("/dev/shm")
MEMORY_FOLDER_MIN_FREE = 2 * 1024**3
MAX_WAL_SIZE = "96MB"


def _version_key(path: str) -> tuple[int, ...]:
    version = Path(path).parts[-3]
    return tuple(int(part) for part in version.split(".")) if version[:1].isdigit() else (0,)


def _bin(name: str) -> str:
    """The newest Debian PostgreSQL binary ``name``, or the one on PATH."""
    found = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"), key=_version_key)
    if found:
        return found[-1]
    on_path = shutil.which(name)
    if on_path:
        return on_path
    raise RuntimeError(f"No se encuentra {name}: instale el paquete «postgresql» de Debian")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _as_root() -> bool:
    return os.geteuid() == 0


def _reachable_by_others(folder: Path) -> bool:
    """Whether every folder above ``folder`` lets another user pass through it."""
    return all(parent.stat().st_mode & stat.S_IXOTH for parent in folder.resolve().parents)


def _in_memory() -> Path | None:
    """Linux's shared-memory folder, when it has room for the server."""
    try:
        roomy = shutil.disk_usage(MEMORY_FOLDER).free >= MEMORY_FOLDER_MIN_FREE
    except OSError:
        return None
    writable = os.access(MEMORY_FOLDER, os.W_OK | os.X_OK)
    return MEMORY_FOLDER if roomy and writable and _reachable_by_others(MEMORY_FOLDER) else None


def _make_folder() -> Path:
    """A new temporary folder, in memory when possible, owned by the server user when running
    as root."""
    parent = _in_memory() or Path(tempfile.gettempdir())
    if _as_root() and not _reachable_by_others(parent):
        parent = Path("/tmp")
    folder = Path(tempfile.mkdtemp(prefix="coworking-pg-", dir=parent))
    if _as_root():
        shutil.chown(folder, SERVER_USER, SERVER_USER)
    return folder


def _run(args: list[str], cwd: Path) -> None:
    command = ["runuser", "-u", SERVER_USER, "--", *args] if _as_root() else args
    result = subprocess.run(command, capture_output=True, text=True, cwd=cwd)
    if result.returncode:
        raise RuntimeError(f"{' '.join(args)} falló:\n{result.stdout}\n{result.stderr}")


def _initdb(data: Path, folder: Path) -> None:
    base = [_bin("initdb"), "-D", str(data), "-A", "trust", "-U", "postgres", "-E", "UTF8", "-N"]
    try:
        _run([*base, "--locale=C.UTF-8"], folder)
    except RuntimeError:
        shutil.rmtree(data, ignore_errors=True)
        _run([*base, "--locale=C"], folder)


def _start(data: Path, folder: Path) -> int:
    """Start the server on a free port and return the port."""
    log = folder / "log"
    for attempt in range(_START_TRIES):
        port = _free_port()
        log.unlink(missing_ok=True)
        options = (
            f"-k {folder} -p {port} -c listen_addresses=127.0.0.1 -c fsync=off "
            "-c synchronous_commit=off -c full_page_writes=off "
            f"-c min_wal_size=32MB -c max_wal_size={MAX_WAL_SIZE}"
        )
        try:
            _run(
                [_bin("pg_ctl"), "-D", str(data), "-o", options, "-l", str(log), "-w", "start"],
                folder,
            )
            return port
        except RuntimeError as error:
            tail = log.read_text(errors="replace")[-2000:] if log.exists() else ""
            # Another process may have taken the port since it was free: try another.
            if "could not bind" in tail and attempt + 1 < _START_TRIES:
                continue
            raise RuntimeError(f"{error}\n{tail}") from error
    raise AssertionError("unreachable")


@contextmanager
def throwaway_postgres() -> Iterator[str]:
    """Start a server on 127.0.0.1 and a free port; yield its admin URL; stop and remove it."""
    _bin("initdb")  # a clear message before anything is made, when PostgreSQL is missing
    folder = _make_folder()
    data = folder / "data"
    try:
        _initdb(data, folder)
        port = _start(data, folder)
        try:
            yield f"postgresql+psycopg://postgres@127.0.0.1:{port}/postgres"
        finally:
            _run([_bin("pg_ctl"), "-D", str(data), "-m", "fast", "-w", "stop"], folder)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def connect(admin_url: str) -> psycopg.Connection:
    """An autocommit connection to the server's ``postgres`` database (or the URL's)."""
    dsn = admin_url.replace("postgresql+psycopg://", "postgresql://", 1)
    return psycopg.connect(dsn, autocommit=True)


def database_url(admin_url: str, name: str) -> str:
    """The URL of the database ``name`` on the server of ``admin_url``."""
    return admin_url.rsplit("/", 1)[0] + f"/{name}"


def create_database(admin_url: str, name: str, template: str | None = None) -> str:
    """Create a database on the server and return its URL: an empty one, or a copy of the
    database ``template``, which must have no open connection."""
    statement = sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name))
    if template is not None:
        statement += sql.SQL(" TEMPLATE {}").format(sql.Identifier(template))
    with connect(admin_url) as connection:
        connection.execute(statement)
    return database_url(admin_url, name)


def end_connections(admin_url: str, name: str) -> None:
    """End every connection to the database ``name`` but this one's."""
    with connect(admin_url) as connection:
        _end_connections(connection, name)


def _end_connections(connection: psycopg.Connection, name: str) -> None:
    connection.execute(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
        "WHERE datname = %s AND pid <> pg_backend_pid()",
        (name,),
    )


def drop_database(admin_url: str, name: str) -> None:
    """Drop a database made by ``create_database``, ending its open connections first."""
    with connect(admin_url) as connection:
        _end_connections(connection, name)
        connection.execute(sql.SQL("DROP DATABASE IF EXISTS {}").format(sql.Identifier(name)))
