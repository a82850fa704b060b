"""Another process writing the program's SQLite file, as an import or an export does: it holds
the write lock for a while, commits a stream of short transactions, or commits one row when
asked. Plain ``sqlite3``, nothing of the program, in a real process of its own."""

from __future__ import annotations

import queue
import sqlite3
import subprocess
import sys
import textwrap
import threading
from contextlib import closing
from pathlib import Path

TABLE = "busy_writer_rows"

SCRIPT = textwrap.dedent(
    f"""
    import select, sqlite3, sys, time

    path, mode, seconds = sys.argv[1], sys.argv[2], float(sys.argv[3])
    connection = sqlite3.connect(path, timeout=30, isolation_level=None)
    print("ready", flush=True)
    if mode == "hold":  # the write lock until told (or for ``seconds``), then the commit
        sys.stdin.readline()
        connection.execute("BEGIN IMMEDIATE")
        connection.execute("INSERT INTO {TABLE}(note) VALUES ('held')")
        print("locked", flush=True)
        if select.select([sys.stdin], [], [], seconds)[0]:
            sys.stdin.readline()
        connection.execute("COMMIT")
        print("released", flush=True)
    elif mode == "stream":  # short transactions one after the other, for ``seconds``
        sys.stdin.readline()
        count, end = 0, time.monotonic() + seconds
        print("streaming", flush=True)
        while time.monotonic() < end:
            connection.execute("BEGIN IMMEDIATE")
            connection.execute("INSERT INTO {TABLE}(note) VALUES ('stream')")
            connection.execute("COMMIT")
            count += 1
            time.sleep(0.002)
        print(f"done {{count}}", flush=True)
    else:  # "commits": one row committed for each line read
        for line in sys.stdin:
            connection.execute("INSERT INTO {TABLE}(note) VALUES ('asked')")
            print("committed", flush=True)
    connection.close()
    """
)


def prepare(path: Path) -> None:
    """The writer's own table in the file (the program's tables stay as they are)."""
    with closing(sqlite3.connect(path, timeout=30)) as connection:
        connection.execute(f"CREATE TABLE IF NOT EXISTS {TABLE} (id INTEGER PRIMARY KEY, note)")
        connection.commit()


def rows_written(path: Path) -> int:
    with closing(sqlite3.connect(path, timeout=30)) as connection:
        return connection.execute(f"SELECT count(*) FROM {TABLE}").fetchone()[0]


class BusyWriter:
    """The writing process, started on ``path`` in ``mode`` (``hold``, ``stream``,
    ``commits``); :meth:`go` starts its work, :meth:`release` ends a hold before its
    ``seconds``, :meth:`line` reads what it says."""

    def __init__(self, path: Path, mode: str, seconds: float = 3.0) -> None:
        prepare(path)
        self.process = subprocess.Popen(
            [sys.executable, "-c", SCRIPT, str(path), mode, str(seconds)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        self._lines: queue.Queue[str] = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()
        assert self.line(30) == "ready", self.errors()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for text in self.process.stdout:
            self._lines.put(text.strip())

    def go(self) -> None:
        """Start the work (in ``commits`` mode: commit one row)."""
        assert self.process.stdin is not None
        self.process.stdin.write("go\n")
        self.process.stdin.flush()

    def release(self) -> None:
        """Hold mode: commit now, and say «released»."""
        self.go()

    def line(self, timeout: float) -> str | None:
        """The next line the process says, or None if it says nothing for ``timeout`` s."""
        try:
            return self._lines.get(timeout=timeout)
        except queue.Empty:
            return None

    def errors(self) -> str:
        if self.process.poll() is None or self.process.stderr is None:
            return ""
        return self.process.stderr.read()

    def finish(self, timeout: float = 60) -> None:
        """Let the process end (its input closed) and check it ended well."""
        assert self.process.stdin is not None
        self.process.stdin.close()
        self.process.wait(timeout=timeout)
        assert self.process.returncode == 0, self.errors()

    def kill(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait(timeout=30)
