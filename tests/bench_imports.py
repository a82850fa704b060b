"""Imports of 200,000 rows through the real ``coworking import`` command (time and peak memory),
beside the floor of the same rows inserted with ``executemany``; and the door's check-in
latency while such an import runs on the same SQLite file, beside the same scans without it.

The sheets are partners' pre-registration sheets (``tests/import_sheets.py``): Windows-1252,
semicolons, R4V population types, phones written every way people write them."""

from __future__ import annotations

import csv
import shutil
import sqlite3
import statistics
import subprocess
import time
import uuid
from pathlib import Path

from coworking import clock
from tests.bench import (
    Row,
    Run,
    ServiceDoor,
    Settings,
    _percentile,
    coworking_command,
    environment,
    fair_badges,
    fair_database,
    fresh_home,
    initialise,
    run,
)
from tests.import_sheets import write_sheet

TARGET_SECONDS = 60.0
TARGET_MIB = 300.0


def _rows(settings: Settings) -> int:
    return 5_000 if settings.quick else 200_000


def _floor(home: Path, sheet: Path) -> float:
    """Raw sqlite3: the sheet read with the csv module and its rows inserted into the
    program's own ``person`` table (same schema, same indexes) with one ``executemany``."""
    database = home / "coworking.sqlite3"
    started = time.perf_counter()
    stamp = clock.now().strftime("%Y-%m-%d %H:%M:%S.%f")
    with sheet.open(encoding="cp1252", newline="") as handle:
        reader = csv.reader(handle, delimiter=";")
        next(reader)
        rows = [
            (
                uuid.uuid4().hex,
                stamp,
                stamp,
                cells[0],
                cells[1],
                f"{cells[1]} {cells[0]}".lower(),
                "cedula" if cells[3] else "none",
                cells[3] or None,
                cells[6][6:] + "-" + cells[6][3:5] + "-" + cells[6][:2],
                cells[8] or None,
            )
            for cells in reader
        ]
    connection = sqlite3.connect(database)
    connection.execute("PRAGMA synchronous=NORMAL")
    with connection:
        connection.executemany(
            "INSERT INTO person (uuid, created_at, updated_at, given_names, family_names, "
            "search_name, document_type, document_number, birth_date, phone) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
    connection.close()
    return time.perf_counter() - started


def _figures(what: str, measured: Run, floor: float, floor_is: str) -> list[Row]:
    """An import's time beside its floor, and its peak memory beside the target."""
    return [
        Row(
            f"import of {what} from a CSV (target ≤ {TARGET_SECONDS:.0f} s)",
            measured.seconds,
            floor,
            "s",
            floor_is,
        ),
        Row(
            f"  peak memory of that import (target ≤ {TARGET_MIB:.0f} MiB)",
            measured.peak_rss_mib or 0.0,
            TARGET_MIB,
            "MiB",
            "the target",
        ),
    ]


PERSON_FLOOR = "raw sqlite3: the same rows into the person table with one executemany"


def people_import(settings: Settings) -> list[Row]:
    rows = _rows(settings)
    sheet = write_sheet(settings.workdir / "preinscritos.csv", rows)
    home = fresh_home(settings, "import")
    initialise(home)
    measured = run([*coworking_command(), "import", "people", str(sheet)], home)
    floor_home = fresh_home(settings, "import-floor")
    initialise(floor_home)
    return _figures(f"{rows:,} people", measured, _floor(floor_home, sheet), PERSON_FLOOR)


def _door_home(settings: Settings) -> tuple[Path, int, list[str]]:
    """A copy of the door figures' fair database: the import writes into it."""
    source = fair_database(settings)
    home = fresh_home(settings, "import-door")
    for suffix in ("", "-wal", "-shm"):
        if Path(f"{source}{suffix}").exists():
            shutil.copy(f"{source}{suffix}", home / f"coworking.sqlite3{suffix}")
    event_id, codes = fair_badges(home / "coworking.sqlite3")
    return home, event_id, codes


class StationDoor(ServiceDoor):
    """A door station as the program runs it: waiting for the database at most
    ``STATION_WAIT_MS``, then keeping the scan and trying again (the operator is told at once).
    ``retried`` counts the scans that had to wait for a second try."""

    retried = 0
    pending: list[str]

    def scan(self, raw: str) -> str:
        from coworking.core import checkin
        from coworking.db.engine import is_busy
        from coworking.gui.pending_scans import STATION_WAIT_MS

        while True:
            try:
                with self.database.unit_of_work(self.operator, wait_ms=STATION_WAIT_MS) as s:
                    return checkin.scan(s, self.event_id, raw, "Puerta", self.operator).result
            except Exception as error:
                if not is_busy(error):
                    raise
                self.retried += 1
                self.pending = [*getattr(self, "pending", []), raw]
                return "pending:" + raw


def _scan_while(door: StationDoor, codes: list[str], busy: subprocess.Popen | None) -> list[float]:
    """Scan one badge every 50 ms until the import ends (or all badges are used): the time
    until the station answers (admitted, or kept to be saved in a moment)."""
    waits = []
    for code in codes:
        if busy is not None and busy.poll() is not None:
            break
        started = time.perf_counter()
        answer = door.scan(code)
        waits.append(time.perf_counter() - started)
        assert answer == "ok" or answer.startswith("pending:"), answer
        time.sleep(0.05)
    return waits


def door_during_import(settings: Settings) -> list[Row]:
    rows = _rows(settings)
    sheet = write_sheet(settings.workdir / "preinscritos-puerta.csv", rows, seed=11)
    home, event_id, codes = _door_home(settings)
    path = home / "coworking.sqlite3"
    half = len(codes) // 2  # the first half may be admitted already by the door figures
    door = StationDoor(path, event_id)
    quiet = _scan_while(door, codes[-200:], None)
    importing = subprocess.Popen(
        [*coworking_command(), "import", "people", str(sheet)],
        env=environment(home),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    busy = _scan_while(door, codes[half:-200], importing)
    importing.wait()
    for raw in getattr(door, "pending", []):  # as the station does once the database is free
        assert door.scan(raw) == "ok"
    door.close()
    if importing.returncode != 0:
        raise RuntimeError(f"the import beside the door failed ({importing.returncode})")
    floor_is = "the same scans with no import running"
    return [
        Row(
            f"check-in during a {rows:,}-row import, p95 ({len(busy):,} scans, "
            f"{door.retried} kept a moment: busy past 0.75 s)",
            _percentile(busy, 0.95),
            _percentile(quiet, 0.95),
            "s",
            floor_is,
        ),
        Row(
            "  check-in during that import, longest wait (target ≤ 1 s)",
            max(busy),
            max(quiet),
            "s",
            floor_is,
        ),
        Row(
            "  check-in during that import, median",
            statistics.median(busy),
            statistics.median(quiet),
            "s",
            floor_is,
        ),
    ]


def _event_of(home: Path) -> int:
    """The demo's fair still to come, for the registrations, with room for all of them."""
    with sqlite3.connect(home / "coworking.sqlite3") as connection:
        (event_id,) = connection.execute(
            "SELECT id FROM event ORDER BY starts_on DESC, id DESC LIMIT 1"
        ).fetchone()
        connection.execute("UPDATE event SET capacity = NULL WHERE id = ?", (event_id,))
    return event_id


def registrations_import(settings: Settings) -> list[Row]:
    rows = _rows(settings)
    sheet = write_sheet(settings.workdir / "inscritos.csv", rows, seed=5)
    home = fresh_home(settings, "import-registrations")
    run([*coworking_command(), "demo", "--people", "200", "--seed", "1"], home)
    event = str(_event_of(home))
    measured = run(
        [*coworking_command(), "import", "registrations", str(sheet), "--event", event], home
    )
    floor_home = fresh_home(settings, "import-registrations-floor")
    initialise(floor_home)
    floor = _floor(floor_home, sheet)
    return _figures(f"{rows:,} registrations, new people,", measured, floor, PERSON_FLOOR)


def _employer_sheet(path: Path, count: int) -> Path:
    from random import Random

    from coworking.core.demo import cedula

    rng = Random(3)
    seen: set[str] = set()
    with path.open("w", encoding="cp1252", newline="") as handle:
        writer = csv.writer(handle, delimiter=";", lineterminator="\r\n")
        writer.writerow(["RUC", "Nombre comercial", "Sector", "Teléfono", "Compromiso inclusivo"])
        for index in range(count):
            number = cedula(rng)
            while number in seen:
                number = cedula(rng)
            seen.add(number)
            writer.writerow(
                [f"{number}001", f"Negocio {index}", rng.choice("CGIS"), "0991234567", "sí"]
            )
    return path


def employers_import(settings: Settings) -> list[Row]:
    rows = _rows(settings)
    sheet = _employer_sheet(settings.workdir / "empresas.csv", rows)
    home = fresh_home(settings, "import-employers")
    initialise(home)
    measured = run([*coworking_command(), "import", "employers", str(sheet)], home)
    floor_home = fresh_home(settings, "import-employers-floor")
    initialise(floor_home)
    started = time.perf_counter()
    with sheet.open(encoding="cp1252", newline="") as handle:
        reader = csv.reader(handle, delimiter=";")
        next(reader)
        stamp = clock.now().strftime("%Y-%m-%d %H:%M:%S.%f")
        values = [(uuid.uuid4().hex, stamp, stamp, c[0], c[1], c[2], c[3], 1, 1) for c in reader]
    connection = sqlite3.connect(floor_home / "coworking.sqlite3")
    with connection:
        connection.executemany(
            "INSERT INTO employer (uuid, created_at, updated_at, ruc, trade_name, sector, "
            "contact_phone, inclusive_commitment, active) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            values,
        )
    connection.close()
    floor = time.perf_counter() - started
    floor_is = "raw sqlite3: the same rows into the employer table with one executemany"
    return _figures(f"{rows:,} employers", measured, floor, floor_is)
