"""Speed figures of the program, each beside its floor: the same work done by the bare library.

    .venv/bin/python -m tests.bench            # full figures (a few minutes)
    .venv/bin/python -m tests.bench --quick    # small sizes, for a smoke test
    scripts/bench [--quick] [--only NAME]

Every figure runs the real ``coworking`` command in a fresh process on a temporary
``COWORKING_HOME``, so nothing of the developer's own data is touched. A figure is a
``Benchmark`` in ``BENCHMARKS``: a function returning table rows; add search latency, badge
PDFs, exports… the same way.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from random import Random
from typing import TYPE_CHECKING, Any

from coworking import clock

if TYPE_CHECKING:
    from sqlalchemy import Connection

    from coworking.core.sites import DayHours

ADMIN_PASSWORD = "clave-segura-1"


@dataclass(frozen=True)
class Settings:
    quick: bool
    runs: int  # timed runs per measurement (the median is reported)
    people: int  # size of the demo database
    workdir: Path


@dataclass(frozen=True)
class Row:
    figure: str
    value: float
    floor: float
    unit: str
    floor_is: str  # what the floor measures, printed under the table
    higher_is_better: bool = False  # a rate: the ratio is then floor / value

    @property
    def ratio(self) -> float:
        """How many times slower than the floor (1.0x: as fast as the bare library)."""
        slow, fast = (self.floor, self.value) if self.higher_is_better else (self.value, self.floor)
        return slow / fast if fast else float("inf")


@dataclass(frozen=True)
class Benchmark:
    name: str
    measure: Callable[[Settings], list[Row]]


# --- running processes ------------------------------------------------------------------------


@dataclass(frozen=True)
class Run:
    seconds: float  # until the marker line, or until exit without a marker
    peak_rss_mib: float | None  # None where the OS does not tell
    stdout: str


def coworking_command() -> list[str]:
    """The installed ``coworking`` command of this environment, or ``python -m coworking``."""
    script = Path(sys.executable).with_name("coworking.exe" if os.name == "nt" else "coworking")
    return [str(script)] if script.is_file() else [sys.executable, "-m", "coworking"]


def environment(home: Path) -> dict[str, str]:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "COWORKING_HOME": str(home),
        "XDG_CONFIG_HOME": str(home / "config"),  # QSettings of these runs stay in the sandbox
    }
    env.pop("COWORKING_DB", None)
    return env


def run(args: Sequence[str], home: Path, *, stdin: str = "", marker: str | None = None) -> Run:
    """Run a process to its end. With ``marker``, the time is taken when a line of standard
    output starts with it (e.g. the main window is shown), not at exit."""
    with tempfile.TemporaryFile() as errors:
        start = time.perf_counter()
        process = subprocess.Popen(
            list(args),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=errors,
            env=environment(home),
            text=True,
            encoding="utf-8",
        )
        assert process.stdin is not None and process.stdout is not None
        process.stdin.write(stdin)
        process.stdin.close()
        lines: list[str] = []
        seconds: float | None = None
        for line in process.stdout:
            lines.append(line)
            if seconds is None and marker is not None and line.startswith(marker):
                seconds = time.perf_counter() - start
        peak = _wait(process)
        if seconds is None:
            seconds = time.perf_counter() - start
        if process.returncode != 0 or (
            marker is not None and not any(line.startswith(marker) for line in lines)
        ):
            errors.seek(0)
            detail = errors.read().decode("utf-8", "replace")[-3000:]
            raise RuntimeError(f"{' '.join(args)} failed ({process.returncode}):\n{detail}")
    return Run(seconds, peak, "".join(lines))


def _wait(process: subprocess.Popen[str]) -> float | None:
    """Wait for ``process``; its own peak resident memory in MiB where the OS reports it."""
    if not hasattr(os, "wait4"):
        process.wait()
        return None
    _pid, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    kib = usage.ru_maxrss / 1024 if sys.platform == "darwin" else usage.ru_maxrss  # bytes there
    return kib / 1024


def median_seconds(times: int, once: Callable[[], Run]) -> float:
    """Median of ``times`` runs after one untimed run (it fills the OS and bytecode caches)."""
    once()
    return statistics.median(once().seconds for _ in range(times))


def fresh_home(settings: Settings, name: str) -> Path:
    home = settings.workdir / name
    shutil.rmtree(home, ignore_errors=True)
    home.mkdir(parents=True)
    return home


# --- figures ----------------------------------------------------------------------------------


IMPORT_FLOOR = "import PySide6.QtWidgets; print('ready', flush=True)"


def initialise(home: Path) -> None:
    """``coworking init`` with the administrator ``admin`` (password on standard input)."""
    init = [
        *coworking_command(),
        "init",
        "--site-name",
        "Coworking Manta",
        "--canton",
        "1308",
        "--admin",
        "admin",
        "--admin-name",
        "Ana",
    ]
    run(init, home, stdin=ADMIN_PASSWORD + "\n")


def start_row(settings: Settings, home: Path, figure: str) -> Row:
    """Median time from launching ``coworking --smoke --smoke-user admin`` to its main window
    shown, against a bare Python importing QtWidgets."""
    smoke = [*coworking_command(), "--smoke", "--smoke-user", "admin"]
    value = median_seconds(
        settings.runs,
        lambda: run(smoke, home, stdin=ADMIN_PASSWORD + "\n", marker="smoke: main"),
    )
    floor = median_seconds(
        settings.runs, lambda: run([sys.executable, "-c", IMPORT_FLOOR], home, marker="ready")
    )
    return Row(figure, value, floor, "s", "python -c 'import PySide6.QtWidgets', same median")


def cold_start(settings: Settings) -> list[Row]:
    """Start to the main window, signed in, on a database holding only the set-up."""
    home = fresh_home(settings, "start")
    initialise(home)
    return [start_row(settings, home, f"cold start to main window (median of {settings.runs})")]


def big_start(settings: Settings) -> list[Row]:
    """The same start on a database filled by ``coworking demo`` (start-up work that grows with
    the data, such as copying the SQLite file aside, shows here)."""
    home = fresh_home(settings, "big")
    initialise(home)
    run([*coworking_command(), "demo", "--people", str(settings.people), "--seed", "1"], home)
    return [start_row(settings, home, f"cold start, database with {settings.people:,} people")]


# The floor of the demo: raw sqlite3 inserting as many rows as the demo wrote, in one
# transaction with the program's pragmas, into a table shaped like `person` (same columns,
# unique constraints and indexes). Run as its own process so that its memory is its own.
RAW_INSERT = """
import random, sqlite3, sys
path, count = sys.argv[1], int(sys.argv[2])  # argv[3]: search words, a narrow table
db = sqlite3.connect(path)
db.execute("PRAGMA journal_mode=WAL")
db.execute("PRAGMA synchronous=NORMAL")
db.execute('''CREATE TABLE person (
    id INTEGER PRIMARY KEY, given_names VARCHAR(100) NOT NULL,
    family_names VARCHAR(100) NOT NULL, search_name VARCHAR(220) NOT NULL,
    document_type VARCHAR(32) NOT NULL, document_number VARCHAR(40), nationality VARCHAR(2),
    sex VARCHAR(32), birth_date DATE, population_group VARCHAR(32), disability VARCHAR(80),
    phone VARCHAR(20), email VARCHAR(120), canton_code VARCHAR(4), education_level VARCHAR(40),
    member_code VARCHAR(16), uuid CHAR(32) NOT NULL UNIQUE, created_at DATETIME NOT NULL,
    updated_at DATETIME NOT NULL, UNIQUE (document_type, document_number), UNIQUE (member_code))''')
for column in ("phone", "search_name", "updated_at"):
    db.execute(f"CREATE INDEX ix_person_{column} ON person ({column})")
rng = random.Random(1)
stamp = "2026-11-02 14:00:00.000000"
rows = (
    ("Lucía", "Arévalo Peña", "lucia arevalo pena", "cedula", f"{i:010d}", "EC", "woman",
     "1971-11-20", "host", None, f"+5939{rng.randrange(10**8):08d}", None, "1308", "secundaria",
     None, f"{rng.getrandbits(128):032x}", stamp, stamp)
    for i in range(count)
)
db.execute("CREATE TABLE person_token (person_id INTEGER, token VARCHAR(60), "
           "PRIMARY KEY (person_id, token))")
db.execute("CREATE INDEX ix_person_token_token ON person_token (token)")
tokens = ((i // 7, f"t{i:09d}") for i in range(int(sys.argv[3])))
with db:
    db.executemany("INSERT INTO person VALUES (NULL" + ", ?" * 18 + ")", rows)
    db.executemany("INSERT INTO person_token VALUES (?, ?)", tokens)
db.close()
"""


def demo_fill(settings: Settings) -> list[Row]:
    """``coworking demo`` on a fresh SQLite database: time and peak memory."""
    home = fresh_home(settings, "demo")
    people = str(settings.people)
    demo = run([*coworking_command(), "demo", "--people", people, "--seed", "1"], home)
    written = rows_in(home / "coworking.sqlite3")
    words = rows_in(home / "coworking.sqlite3", only="person_token")
    floor_home = fresh_home(settings, "raw")
    raw = run(
        [
            sys.executable,
            "-c",
            RAW_INSERT,
            str(floor_home / "raw.sqlite3"),
            str(written - words),
            str(words),
        ],
        floor_home,
    )
    floor_is = (
        f"raw sqlite3 executemany of the {written:,} rows the demo wrote: {written - words:,} "
        f"into a person-like table and {words:,} search words into a two-column indexed "
        "table, one transaction, WAL"
    )
    rows = [
        Row(f"coworking demo --people {people} --seed 1", demo.seconds, raw.seconds, "s", floor_is)
    ]
    if demo.peak_rss_mib is not None and raw.peak_rss_mib is not None:
        rows.append(
            Row(
                "  peak memory (RSS) of that run",
                demo.peak_rss_mib,
                raw.peak_rss_mib,
                "MiB",
                "peak RSS of the raw sqlite3 run above",
            )
        )
    return rows


# What a person types at the desk, keystroke by keystroke: names in any order, a phone, a cédula.
TYPED = ["nunez jose", "maria p", "yanez mu", "0991234", "1710034", "pena ana", "rodriguez"]


def _keystrokes() -> list[str]:
    return [text[:end] for text in TYPED for end in range(1, len(text) + 1) if text[:end].strip()]


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def people_search(settings: Settings) -> list[Row]:
    """Search as you type over the demo people: the service (SQLAlchemy, first 50 sorted by
    family names) against raw sqlite3 running the very same SQL on the same file and index."""
    from coworking.core import people
    from coworking.db.database import open_database
    from coworking.db.engine import sqlite_url

    home = fresh_home(settings, "search")
    run([*coworking_command(), "demo", "--people", str(settings.people), "--seed", "1"], home)
    path = home / "coworking.sqlite3"
    database = open_database(sqlite_url(path))
    service, raw_times = [], []
    raw = sqlite3.connect(path)
    with database.sessions() as session:
        for text in _keystrokes() * 3:
            started = time.perf_counter()
            found = people.search(session, text, limit=50)
            service.append(time.perf_counter() - started)
            statement = people.search_statement(text, limit=50).compile(
                database.engine, compile_kwargs={"literal_binds": True}
            )
            started = time.perf_counter()
            rows = raw.execute(str(statement)).fetchall()
            raw_times.append(time.perf_counter() - started)
            assert len(rows) == len(found)
    raw.close()
    database.dispose()
    floor_is = "raw sqlite3 running the same SELECT (same file, same person_token index)"
    return [
        Row(
            f"people search per keystroke, median ({settings.people:,} people)",
            statistics.median(service),
            statistics.median(raw_times),
            "s",
            floor_is,
        ),
        Row(
            "  people search per keystroke, p95",
            _percentile(service, 0.95),
            _percentile(raw_times, 0.95),
            "s",
            floor_is,
        ),
    ]


def rows_in(database: Path, only: str | None = None) -> int:
    """Rows in every table but Alembic's (or in the table ``only``)."""
    with sqlite3.connect(database) as connection:
        tables = [
            name
            for (name,) in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
            if name != "alembic_version" and only in (None, name)
        ]
        return sum(
            connection.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0] for name in tables
        )


# --- job fair door ------------------------------------------------------------------------------

FAIR_NAME = "Feria de Empleo (medición)"
DOOR = "Puerta norte"


@dataclass(frozen=True)
class FairSizes:
    registrations: int
    scans: int  # single scans timed one by one
    burst: int  # scans in a row


def fair_sizes(settings: Settings) -> FairSizes:
    if settings.quick:
        return FairSizes(min(2_000, settings.people), 100, 200)
    return FairSizes(20_000, 500, 1_000)


def fair_database(settings: Settings) -> Path:
    """A ``coworking demo`` database with one more fair holding many registrations, made once
    per run and shared by the door figures (each takes its own badges)."""
    from random import Random
    from uuid import UUID

    from sqlalchemy import insert, select

    from coworking.core.codes import new_code
    from coworking.db.database import open_database
    from coworking.db.engine import sqlite_url
    from coworking.db.enums import EventKind, RegistrationRole
    from coworking.db.models import Event, Person, Registration

    home = settings.workdir / "fair"
    path = home / "coworking.sqlite3"
    if (home / "ready").exists():
        return path
    home = fresh_home(settings, "fair")
    run([*coworking_command(), "demo", "--people", str(settings.people), "--seed", "1"], home)
    database = open_database(sqlite_url(path))
    rng = Random(7)
    now = clock.now()
    with database.unit_of_work() as session:
        event = Event(
            kind=EventKind.JOB_FAIR,
            name=FAIR_NAME,
            venue="Centro de Convenciones",
            starts_on=clock.today(),
            ends_on=clock.today(),
        )
        session.add(event)
        session.flush()
        people = session.scalars(
            select(Person.id).order_by(Person.id).limit(fair_sizes(settings).registrations)
        ).all()
        taken = set(session.scalars(select(Registration.badge_code)))
        rows = []
        for person_id in people:
            code = new_code(rng)
            while code in taken:
                code = new_code(rng)
            taken.add(code)
            rows.append(
                {
                    "uuid": UUID(int=rng.getrandbits(128), version=4),
                    "created_at": now,
                    "updated_at": now,
                    "event_id": event.id,
                    "person_id": person_id,
                    "role": RegistrationRole.CANDIDATE,
                    "badge_code": code,
                    "source": "import",
                }
            )
        session.connection().execute(insert(Registration.__table__), rows)
    database.dispose()
    (home / "ready").touch()
    return path


def fair_badges(path: Path) -> tuple[int, list[str]]:
    """The measured fair's id and its badge codes, in registration order."""
    with sqlite3.connect(path) as connection:
        (event_id,) = connection.execute(
            "SELECT id FROM event WHERE name = ?", (FAIR_NAME,)
        ).fetchone()
        codes = [
            code
            for (code,) in connection.execute(
                "SELECT badge_code FROM registration WHERE event_id = ? ORDER BY id", (event_id,)
            )
        ]
    return event_id, codes


class RawDoor:
    """The floor of a scan: raw sqlite3 looking the code up through its index, writing one
    ``check_in`` row and committing, with the program's pragmas."""

    def __init__(self, path: Path, event_id: int) -> None:
        self.connection = sqlite3.connect(path)
        self.connection.execute("PRAGMA synchronous=NORMAL")
        self.connection.execute("PRAGMA busy_timeout=10000")
        self.event_id = event_id
        self.admitted: set[int] = set()

    def scan(self, raw: str) -> str:
        import uuid

        found = self.connection.execute(
            "SELECT id FROM registration WHERE badge_code = ?", (raw.strip().upper(),)
        ).fetchone()
        registration = found[0] if found else None
        if registration is None:
            result = "invalid"
        elif registration in self.admitted:
            result = "duplicate"
        else:
            result = "ok"
            self.admitted.add(registration)
        stamp = clock.now().strftime("%Y-%m-%d %H:%M:%S.%f")
        self.connection.execute(
            "INSERT INTO check_in (uuid, created_at, updated_at, event_id, registration_id, "
            "station, result, raw_input, scanned_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                uuid.uuid4().hex,
                stamp,
                stamp,
                self.event_id,
                registration,
                "suelo",
                result,
                raw,
                stamp,
            ),
        )
        self.connection.commit()
        return result

    def close(self) -> None:
        self.connection.close()


class ServiceDoor:
    """A station of the program: one unit of work and ``checkin.scan`` per scan."""

    def __init__(self, path: Path, event_id: int) -> None:
        from sqlalchemy import select

        from coworking.db.database import open_database
        from coworking.db.engine import sqlite_url
        from coworking.db.models import StaffUser

        self.database = open_database(sqlite_url(path))
        with self.database.sessions() as session:
            self.operator = session.scalars(
                select(StaffUser).where(StaffUser.username == "recepcion")
            ).one()
        self.event_id = event_id

    def scan(self, raw: str) -> str:
        from coworking.core import checkin

        with self.database.unit_of_work(self.operator) as session:
            return checkin.scan(session, self.event_id, raw, DOOR, self.operator).result.value

    def close(self) -> None:
        self.database.dispose()


def door_scans(settings: Settings) -> list[Row]:
    """Scan to answer at the door: lookup, rule checks, admission, scan log, audit, commit."""
    sizes = fair_sizes(settings)
    path = fair_database(settings)
    event_id, codes = fair_badges(path)
    mine, floors = codes[: sizes.scans], codes[sizes.scans : 2 * sizes.scans]
    service, raw = ServiceDoor(path, event_id), RawDoor(path, event_id)
    service_times, raw_times = [], []
    for ours, theirs in zip(mine, floors, strict=True):  # interleaved: same cache, same WAL
        started = time.perf_counter()
        assert service.scan(ours) == "ok"
        service_times.append(time.perf_counter() - started)
        started = time.perf_counter()
        assert raw.scan(theirs) == "ok"
        raw_times.append(time.perf_counter() - started)
    service.close()
    raw.close()
    where = f"{len(codes):,} registrations, {settings.people:,} people"
    floor_is = "raw sqlite3: indexed lookup of the code, insert of a check_in row, commit"
    return [
        Row(
            f"check-in scan to answer, median ({where})",
            statistics.median(service_times),
            statistics.median(raw_times),
            "s",
            floor_is,
        ),
        Row(
            "  check-in scan to answer, p95",
            _percentile(service_times, 0.95),
            _percentile(raw_times, 0.95),
            "s",
            floor_is,
        ),
    ]


def burst_inputs(codes: list[str], rng_seed: int) -> list[str]:
    """What a door reads in a rush: distinct badges with a few re-scans and misreads mixed in."""
    from random import Random

    rng = Random(rng_seed)
    scans: list[str] = []
    fresh = iter(codes)
    while len(scans) < len(codes):
        roll = rng.random()
        if roll < 0.02 and scans:
            scans.append(rng.choice(scans))  # the same person again
        elif roll < 0.03:
            scans.append(next(fresh)[:-2])  # cut short by the scanner
        else:
            scans.append(next(fresh))
    return scans


def door_burst(settings: Settings) -> list[Row]:
    """A sustained rush: scans in a row through the service, against the raw floor."""
    sizes = fair_sizes(settings)
    path = fair_database(settings)
    event_id, codes = fair_badges(path)
    start = 2 * sizes.scans  # the single scans took the first badges
    ours = burst_inputs(codes[start : start + sizes.burst], 1)
    theirs = burst_inputs(codes[start + sizes.burst : start + 2 * sizes.burst], 1)
    seconds = []
    for door, inputs in ((ServiceDoor(path, event_id), ours), (RawDoor(path, event_id), theirs)):
        started = time.perf_counter()
        results = [door.scan(raw) for raw in inputs]
        seconds.append(time.perf_counter() - started)
        door.close()
        assert {"ok", "duplicate", "invalid"} >= set(results) >= {"ok"}
    floor_is = "raw sqlite3: the same inputs, each an indexed lookup, a check_in row and a commit"
    return [
        Row(f"check-in burst of {sizes.burst:,} scans in a row", *seconds, "s", floor_is),
        Row(
            "  burst rate",
            sizes.burst / seconds[0],
            sizes.burst / seconds[1],
            "scans/s",
            "scans per second of the raw sqlite3 burst above",
            higher_is_better=True,
        ),
    ]


def _raw_badge_pdf(target: Path, items: list, bars: list[list[tuple[int, int]]]) -> None:
    """The floor: reportlab alone drawing the same rectangles, bars and strings, with nothing
    computed on the way (bar runs and slots prepared beforehand)."""
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas

    from coworking.core.badge_stock import STOCKS

    stock = STOCKS["a4"]
    width, height = stock.badge_size
    slots = list(stock.slots())
    canvas = Canvas(str(target), pagesize=(stock.page_width, stock.page_height))
    module = 0.42 * mm
    for index, (badge, runs) in enumerate(zip(items, bars, strict=True)):
        x, y = slots[index % stock.per_page]
        canvas.rect(x, y + height * 0.85, width, height * 0.15, stroke=0, fill=1)
        canvas.rect(x, y, width, height * 0.12, stroke=0, fill=1)
        canvas.setFont("Helvetica-Bold", 12)
        canvas.drawCentredString(x + width / 2, y + height * 0.9, badge.header)
        canvas.drawCentredString(x + width / 2, y + height * 0.05, badge.band[0])
        canvas.setFont("Helvetica-Bold", 20)
        canvas.drawCentredString(x + width / 2, y + height * 0.7, badge.given_names)
        canvas.drawCentredString(x + width / 2, y + height * 0.6, badge.family_names)
        canvas.setFont("Courier-Bold", 8)
        canvas.drawCentredString(x + width / 2, y + height * 0.15, badge.code)
        left = x + width / 2 - 67 * module
        for start, length in runs:
            canvas.rect(left + start * module, y + height * 0.2, length * module, 30, 0, 1)
        if index % stock.per_page == stock.per_page - 1:
            canvas.showPage()
    canvas.save()


def _bar_runs(modules: str) -> list[tuple[int, int]]:
    runs, start = [], None
    for index, bit in enumerate(modules + "0"):
        if bit == "1" and start is None:
            start = index
        elif bit != "1" and start is not None:
            runs.append((start, index - start))
            start = None
    return runs


def badge_pdf(settings: Settings) -> list[Row]:
    """Badges from the database to a finished A4 PDF, beside raw reportlab drawing the same."""
    from coworking.core import badges
    from coworking.core.badge_layout import code128_modules
    from coworking.core.badge_stock import STOCKS
    from coworking.db.database import open_database
    from coworking.db.engine import sqlite_url

    count = 100 if settings.quick else 1_000
    path = fair_database(settings)
    event_id, _codes = fair_badges(path)
    database = open_database(sqlite_url(path))
    out = settings.workdir / "badges.pdf"
    floor_out = settings.workdir / "badges-floor.pdf"

    def ours() -> Run:
        started = time.perf_counter()
        with database.sessions() as session:
            found = badges.event_badges(session, event_id)[:count]
        badges.write_pdf([badge for _, badge in found], out, STOCKS["a4"])
        return Run(time.perf_counter() - started, None, "")

    with database.sessions() as session:
        items = [badge for _, badge in badges.event_badges(session, event_id)[:count]]
    runs = [_bar_runs(code128_modules(badge.code)) for badge in items]

    def floor() -> Run:
        started = time.perf_counter()
        _raw_badge_pdf(floor_out, items, runs)
        return Run(time.perf_counter() - started, None, "")

    value = median_seconds(settings.runs, ours)
    base = median_seconds(settings.runs, floor)
    database.dispose()
    return [
        Row(
            f"{count:,} badges from the database to an A4 PDF",
            value,
            base,
            "s",
            "raw reportlab drawing the same rectangles, bars and strings (bars prepared before)",
        ),
        Row(
            "  PDF size per badge",
            out.stat().st_size / count / 1024,
            floor_out.stat().st_size / count / 1024,
            "KiB",
            "size per badge of the raw reportlab PDF above",
        ),
    ]


# --- co-working desk ----------------------------------------------------------------------------

DESK_STATION = "Recepción"
SPACE_END = "2026-11-01"  # the bookings of the history end here; the scans come after it
SCAN_FROM = "2026-11-04"


@dataclass(frozen=True)
class SpaceSizes:
    resources: int
    bookings: int  # past bookings of the history
    members: int
    repeats: int  # availability queries timed
    scans: int  # people checked in and out through the service (as many through the floor)


def space_sizes(settings: Settings) -> SpaceSizes:
    if settings.quick:
        return SpaceSizes(20, 5_000, 600, 10, 40)
    return SpaceSizes(100, 50_000, 3_000, 50, 500)


@dataclass(frozen=True)
class Space:
    path: Path
    site_id: int
    week: date  # the Monday of the week measured
    scans: list[tuple[str, datetime]]  # member code and the start of its booking


def _space_day_rows(
    rng: Random, day: DayHours, resource_ids: list[int], member_ids: list[int], stamp: datetime
) -> list[dict[str, Any]]:
    """One open day of bookings, resource by resource along a timeline: no overlaps."""
    from datetime import timedelta
    from uuid import UUID

    from coworking.core.localtime import local_zone

    opens = datetime.combine(day.day, day.opens, local_zone())
    closes = datetime.combine(day.day, day.closes, local_zone())
    rows = []
    for resource_id in resource_ids:
        cursor = opens
        while True:
            cursor += timedelta(minutes=rng.choice((0, 0, 30, 60, 90, 120)))
            ends = cursor + timedelta(minutes=rng.choice((60, 90, 120, 180, 240)))
            if ends > closes:
                break
            fate = rng.random()
            rows.append(
                {
                    "uuid": UUID(int=rng.getrandbits(128), version=4),
                    "created_at": stamp,
                    "updated_at": stamp,
                    "resource_id": resource_id,
                    "person_id": rng.choice(member_ids),
                    "starts_at": cursor,
                    "ends_at": ends,
                    "cancelled_at": cursor - timedelta(days=1) if fate < 0.04 else None,
                    "no_show_at": cursor + timedelta(minutes=15) if 0.04 <= fate < 0.14 else None,
                    "checked_in_at": cursor if fate >= 0.14 else None,
                }
            )
            cursor = ends
    return rows


def _insert_with_cells(connection: Connection, rows: list[dict[str, Any]]) -> None:
    """Bookings, then the quarter-hour cells of the active ones (as the services hold them)."""
    from datetime import timedelta

    from sqlalchemy import insert, select

    from coworking.db.models import Booking, BookingCell

    connection.execute(insert(Booking.__table__), rows)
    ids = dict(
        connection.execute(
            select(Booking.uuid, Booking.id).where(Booking.uuid.in_([r["uuid"] for r in rows]))
        ).all()
    )
    cells = [
        {
            "resource_id": row["resource_id"],
            "starts_at": row["starts_at"] + n * timedelta(minutes=15),
            "booking_id": ids[row["uuid"]],
        }
        for row in rows
        if row.get("cancelled_at") is None and row.get("no_show_at") is None
        for n in range((row["ends_at"] - row["starts_at"]) // timedelta(minutes=15))
    ]
    if cells:
        connection.execute(insert(BookingCell.__table__), cells)


def space_database(settings: Settings) -> Space:
    """A co-working site with many resources and a history of past bookings, written with bulk
    inserts (made once per run and shared by the co-working figures), and one booking per
    scan on the days after the history."""
    from datetime import UTC, timedelta
    from datetime import time as clock
    from uuid import UUID

    from sqlalchemy import insert, select

    from coworking.core import sites
    from coworking.core.codes import new_code
    from coworking.core.consents import CONSENT_VERSION, PURPOSES
    from coworking.core.localtime import local_zone
    from coworking.db.database import open_database
    from coworking.db.engine import sqlite_url
    from coworking.db.enums import ResourceKind
    from coworking.db.models import ConsentRecord, Person, Resource, Site

    sizes = space_sizes(settings)
    home = fresh_home(settings, "space")
    initialise(home)
    path = home / "coworking.sqlite3"
    database = open_database(sqlite_url(path))
    rng = Random(11)
    stamp = datetime(2026, 1, 5, 14, tzinfo=UTC)

    def exported(**values) -> dict:
        return {"uuid": UUID(int=rng.getrandbits(128), version=4), **values}

    with database.unit_of_work() as session:
        connection = session.connection()
        site_id = session.scalars(select(Site.id)).one()
        rooms = max(1, sizes.resources // 10)
        connection.execute(
            insert(Resource.__table__),
            [
                exported(
                    created_at=stamp,
                    updated_at=stamp,
                    site_id=site_id,
                    kind=ResourceKind.ROOM if n < rooms else ResourceKind.DESK,
                    name=f"Sala {n + 1}" if n < rooms else f"Escritorio {n - rooms + 1}",
                    capacity=8 if n < rooms else 1,
                    amenities=["Wifi"],
                    position=n + 1,
                    active=True,
                )
                for n in range(sizes.resources)
            ],
        )
        resource_ids = list(session.scalars(select(Resource.id).where(Resource.site_id == site_id)))
        codes: list[str] = []
        while len(codes) < sizes.members:
            code = new_code(rng)
            if code not in codes:
                codes.append(code)
        connection.execute(
            insert(Person.__table__),
            [
                exported(
                    created_at=stamp,
                    updated_at=stamp,
                    given_names="Socia",
                    family_names=f"Número {n}",
                    search_name=f"socia numero {n}",
                    member_code=code,
                )
                for n, code in enumerate(codes)
            ],
        )
        by_code = dict(session.execute(select(Person.member_code, Person.id)).all())
        member_ids = [by_code[code] for code in codes]
        connection.execute(  # members consent to registration: they may come in and book
            insert(ConsentRecord.__table__),
            [
                exported(
                    created_at=stamp,
                    updated_at=stamp,
                    person_id=person_id,
                    purposes=list(PURPOSES),
                    text_version=CONSENT_VERSION,
                    given_at=stamp,
                )
                for person_id in member_ids
            ],
        )
        # the history: open days backwards from its end until the bookings are there
        end = date.fromisoformat(SPACE_END)
        written, day = 0, end
        while written < sizes.bookings:
            hours = sites.days_hours(session, site_id, day)[0]
            if hours.is_open:
                rows = _space_day_rows(rng, hours, resource_ids, member_ids, stamp)
                rows = rows[: sizes.bookings - written]
                _insert_with_cells(connection, rows)
                written += len(rows)
            day -= timedelta(days=1)
        # one booking, 10:00 to 12:00, for each person scanned (service and floor)
        scans: list[tuple[str, datetime]] = []
        day = date.fromisoformat(SCAN_FROM)
        people = iter(zip(codes, member_ids, strict=True))
        while len(scans) < 2 * sizes.scans:
            if sites.days_hours(session, site_id, day)[0].is_open:
                starts = datetime.combine(day, clock(10), local_zone())
                rows = []
                for resource_id in resource_ids[: 2 * sizes.scans - len(scans)]:
                    code, person_id = next(people)
                    rows.append(
                        exported(
                            created_at=stamp,
                            updated_at=stamp,
                            resource_id=resource_id,
                            person_id=person_id,
                            starts_at=starts,
                            ends_at=starts + timedelta(hours=2),
                        )
                    )
                    scans.append((code, starts))
                _insert_with_cells(connection, rows)
            day += timedelta(days=1)
    database.dispose()
    week = end - timedelta(days=end.weekday())
    if week + timedelta(days=6) > end:
        week -= timedelta(days=7)
    return Space(path, site_id, week, scans)


def _utc_text(moment: datetime) -> str:
    """A moment as SQLite holds it: UTC, microseconds."""
    from datetime import UTC

    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


def raw_free_intervals(connection: sqlite3.Connection, site_id: int, start: date, days: int) -> int:
    """The floor of availability: raw sqlite3 reading the opening hours, closures, resources
    and the week's active bookings, and subtracting them in plain Python (times compared as
    the stored text). Returns the number of free stretches."""
    from datetime import timedelta

    from coworking.core.localtime import local_zone
    from coworking.core.reference import national_holidays

    zone = local_zone()
    end = start + timedelta(days=days - 1)
    weekly = {
        weekday: (opens, closes)
        for weekday, opens, closes in connection.execute(
            "SELECT weekday, opens, closes FROM opening_hours WHERE site_id = ?", (site_id,)
        )
    }
    own = dict(
        connection.execute(
            "SELECT day, closed FROM site_closure WHERE site_id = ? AND day BETWEEN ? AND ?",
            (site_id, start.isoformat(), end.isoformat()),
        ).fetchall()
    )
    holidays = national_holidays()
    spans = []
    for offset in range(days):
        day = start + timedelta(days=offset)
        closed = own.get(day.isoformat())
        hours = weekly.get(day.weekday())
        if closed or (day in holidays and closed is None) or hours is None:
            continue
        opens, closes = (datetime.fromisoformat(f"{day}T{t}").replace(tzinfo=zone) for t in hours)
        spans.append((_utc_text(opens), _utc_text(closes)))
    resources = [
        rid
        for (rid,) in connection.execute(
            "SELECT id FROM resource WHERE site_id = ? AND active = 1 ORDER BY position, id",
            (site_id,),
        )
    ]
    first = _utc_text(datetime.combine(start, datetime.min.time(), zone))
    last = _utc_text(datetime.combine(start + timedelta(days=days), datetime.min.time(), zone))
    taken: dict[int, list[tuple[str, str]]] = {rid: [] for rid in resources}
    for rid, starts, ends in connection.execute(
        "SELECT b.resource_id, b.starts_at, b.ends_at FROM booking b "
        "JOIN resource r ON r.id = b.resource_id WHERE r.site_id = ? AND b.starts_at >= ? "
        "AND b.starts_at < ? AND b.cancelled_at IS NULL AND b.no_show_at IS NULL "
        "ORDER BY b.starts_at",
        (site_id, first, last),
    ):
        taken[rid].append((starts, ends))
    found = 0
    for rid in resources:
        busy, index = taken[rid], 0
        for opens, closes in spans:
            cursor = opens
            while index < len(busy) and busy[index][0] < closes:
                if busy[index][0] > cursor:
                    found += 1
                cursor = max(cursor, busy[index][1])
                index += 1
            if closes > cursor:
                found += 1
    return found


def availability(settings: Settings) -> list[Row]:
    """A week's free stretches of every desk and room, as the booking calendar asks for them."""
    from coworking.core import availability
    from coworking.db.database import open_database
    from coworking.db.engine import sqlite_url

    sizes = space_sizes(settings)
    space = _space(settings)
    database = open_database(sqlite_url(space.path))
    raw = sqlite3.connect(space.path)
    service, floor = [], []
    with database.sessions() as session:
        for _ in range(sizes.repeats + 1):  # the first of each is not timed (caches)
            started = time.perf_counter()
            free = availability.free_intervals(session, space.site_id, space.week, 7)
            service.append(time.perf_counter() - started)
            started = time.perf_counter()
            count = raw_free_intervals(raw, space.site_id, space.week, 7)
            floor.append(time.perf_counter() - started)
            assert count == sum(len(stretches) for stretches in free.values()) > 0
    raw.close()
    database.dispose()
    service, floor = service[1:], floor[1:]
    where = f"{sizes.resources} resources, {sizes.bookings:,} bookings"
    floor_is = (
        "raw sqlite3 reading hours, closures, resources and the week's active bookings, "
        "subtracted in plain Python"
    )
    return [
        Row(
            f"free stretches of a week, median ({where})",
            statistics.median(service),
            statistics.median(floor),
            "s",
            floor_is,
        ),
        Row(
            "  free stretches of a week, p95",
            _percentile(service, 0.95),
            _percentile(floor, 0.95),
            "s",
            floor_is,
        ),
    ]


class RawDesk:
    """The floor of a desk scan: raw sqlite3 with the program's pragmas. Check-in: look the
    member code up, find the booking starting now, insert a visit, mark the booking, commit.
    Check-out: look the code up, find the open visit, close it, shorten the booking and free
    its cells, commit."""

    def __init__(self, path: Path, site_id: int) -> None:
        self.connection = sqlite3.connect(path)
        self.connection.execute("PRAGMA synchronous=NORMAL")
        self.connection.execute("PRAGMA busy_timeout=10000")
        self.site_id = site_id

    def _person(self, code: str) -> int:
        return self.connection.execute(
            "SELECT id FROM person WHERE member_code = ?", (code.strip().upper(),)
        ).fetchone()[0]

    def check_in(self, code: str, now: datetime) -> None:
        import uuid
        from datetime import timedelta

        person = self._person(code)
        at = _utc_text(now)
        (booking,) = self.connection.execute(
            "SELECT b.id FROM booking b JOIN resource r ON r.id = b.resource_id "
            "WHERE b.person_id = ? AND r.site_id = ? AND b.cancelled_at IS NULL "
            "AND b.no_show_at IS NULL AND b.checked_in_at IS NULL AND b.starts_at <= ? "
            "AND b.ends_at > ? ORDER BY b.starts_at LIMIT 1",
            (person, self.site_id, _utc_text(now + timedelta(minutes=30)), at),
        ).fetchone()
        self.connection.execute(
            "INSERT INTO visit (uuid, created_at, updated_at, site_id, person_id, "
            "checked_in_at, booking_id, station, auto_checked_out) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0)",
            (uuid.uuid4().hex, at, at, self.site_id, person, at, booking, "suelo"),
        )
        self.connection.execute(
            "UPDATE booking SET checked_in_at = ?, updated_at = ? WHERE id = ?",
            (at, at, booking),
        )
        self.connection.commit()

    def check_out(self, code: str, now: datetime, new_end: datetime) -> None:
        person = self._person(code)
        at, end = _utc_text(now), _utc_text(new_end)
        visit, booking = self.connection.execute(
            "SELECT id, booking_id FROM visit WHERE person_id = ? AND checked_out_at IS NULL",
            (person,),
        ).fetchone()
        self.connection.execute(
            "UPDATE visit SET checked_out_at = ?, updated_at = ? WHERE id = ?", (at, at, visit)
        )
        self.connection.execute(
            "UPDATE booking SET ends_at = ?, updated_at = ? WHERE id = ?", (end, at, booking)
        )
        self.connection.execute(
            "DELETE FROM booking_cell WHERE booking_id = ? AND starts_at >= ?", (booking, end)
        )
        self.connection.commit()

    def close(self) -> None:
        self.connection.close()


def desk_checkin(settings: Settings) -> list[Row]:
    """A member's card at the co-working desk: in with a booking, then out, each one unit of
    work through ``visits.scan``, beside the raw sqlite3 floor."""
    from datetime import timedelta

    from sqlalchemy import select

    from coworking.core import visits
    from coworking.db.database import open_database
    from coworking.db.engine import sqlite_url
    from coworking.db.models import StaffUser

    sizes = space_sizes(settings)
    space = _space(settings)
    database = open_database(sqlite_url(space.path))
    with database.sessions() as session:
        operator = session.scalars(select(StaffUser).where(StaffUser.username == "admin")).one()
    raw = RawDesk(space.path, space.site_id)

    def scan(code: str, now: datetime) -> str:
        with database.unit_of_work(operator) as session:
            answer = visits.scan(session, space.site_id, code, DESK_STATION, operator, now=now)
            return answer.result.value

    times: dict[str, list[float]] = {"in": [], "out": [], "raw in": [], "raw out": []}

    def timed(key: str, work: Callable[..., object], *args: object) -> object:
        started = time.perf_counter()
        result = work(*args)
        times[key].append(time.perf_counter() - started)
        return result

    mine, floors = space.scans[: sizes.scans], space.scans[sizes.scans :]
    stay, freed = timedelta(minutes=50), timedelta(minutes=45)  # out at 10:50: free from 10:45
    for (ours, starts), (theirs, their_start) in zip(mine, floors, strict=True):
        assert timed("in", scan, ours, starts) == "ok"
        timed("raw in", raw.check_in, theirs, their_start)
        assert timed("out", scan, ours, starts + stay) == "checked_out"
        timed("raw out", raw.check_out, theirs, their_start + stay, their_start + freed)
    raw.close()
    database.dispose()
    where = f"{sizes.bookings:,} bookings, {sizes.members:,} members"
    floor_in = "raw sqlite3: look the member code up, find the booking, insert a visit, "
    floor_in += "mark the booking, commit"
    floor_out = "raw sqlite3: look the code up, find the open visit, close it, shorten the "
    floor_out += "booking and free its cells, commit"
    return [
        Row(
            f"desk check-in with a booking, median ({where})",
            statistics.median(times["in"]),
            statistics.median(times["raw in"]),
            "s",
            floor_in,
        ),
        Row(
            "  desk check-in, p95",
            _percentile(times["in"], 0.95),
            _percentile(times["raw in"], 0.95),
            "s",
            floor_in,
        ),
        Row(
            "desk check-out, median",
            statistics.median(times["out"]),
            statistics.median(times["raw out"]),
            "s",
            floor_out,
        ),
    ]


_SPACES: dict[Path, Space] = {}


def _space(settings: Settings) -> Space:
    """The co-working database of this run, built by the first figure that needs it."""
    if settings.workdir not in _SPACES:
        _SPACES[settings.workdir] = space_database(settings)
    return _SPACES[settings.workdir]


def coworking_report(settings: Settings) -> list[Row]:
    from tests.bench_reports import coworking_report as measure

    return measure(settings)


def fair_report(settings: Settings) -> list[Row]:
    from tests.bench_reports import fair_report as measure

    return measure(settings)


def full_export(settings: Settings) -> list[Row]:
    from tests.bench_exports import full_export as measure

    return measure(settings)


def people_import(settings: Settings) -> list[Row]:
    from tests.bench_imports import people_import as measure

    return measure(settings)


def door_during_import(settings: Settings) -> list[Row]:
    from tests.bench_imports import door_during_import as measure

    return measure(settings)


def registrations_import(settings: Settings) -> list[Row]:
    from tests.bench_imports import registrations_import as measure

    return measure(settings)


def employers_import(settings: Settings) -> list[Row]:
    from tests.bench_imports import employers_import as measure

    return measure(settings)


# --- likely duplicates ------------------------------------------------------------------------

DUPLICATES_TARGET_S = 60.0  # the whole registry checked within a minute


def _registry_rows(count: int, rng: Random, stamp: datetime) -> tuple[list[dict], list[tuple]]:
    """``count`` people with the demo's names, ages, phones and documents, then about 2% of
    them registered a second time as staff really type them: without accents and with the day
    and month of birth swapped; by first given name and first surname with the same phone; or
    the same number under another document type. Returns the rows and the planted pairs as
    (index of the first, index of the second)."""
    import csv
    from datetime import timedelta
    from uuid import UUID

    from coworking import paths
    from coworking.core.duplicates import swapped
    from coworking.core.text import person_search_name, search_key
    from coworking.db.enums import DocumentType

    folder = paths.resource("data", "demo")
    with (folder / "nombres.csv").open(encoding="utf-8", newline="") as handle:
        given_names = [row["nombre"] for row in csv.DictReader(handle)]
    with (folder / "apellidos.csv").open(encoding="utf-8", newline="") as handle:
        family_names = [row["apellido"] for row in csv.DictReader(handle)]
    today = stamp.date()

    def person(given: str, family: str, **values: Any) -> dict[str, Any]:
        return {
            "uuid": UUID(int=rng.getrandbits(128), version=4),
            "created_at": stamp,
            "updated_at": stamp,
            "given_names": given,
            "family_names": family,
            "search_name": person_search_name(given, family),
            "birth_date": None,
            "phone": None,
            "document_type": DocumentType.NONE,
            "document_number": None,
            **values,  # every row the same keys: one executemany
        }

    rows = []
    for n in range(count):
        kind = rng.choice([DocumentType.CEDULA, DocumentType.PASSPORT, DocumentType.NONE])
        rows.append(
            person(
                rng.choice(given_names),
                f"{rng.choice(family_names)} {rng.choice(family_names)}",
                birth_date=today - timedelta(days=int(rng.triangular(18, 66, 26) * 365.25)),
                phone=f"+593{rng.choice(['99', '98'])}{rng.randrange(10**7):07d}"
                if rng.random() < 0.9
                else None,
                document_type=kind,
                document_number=None if kind == DocumentType.NONE else f"{n:010d}",
            )
        )
    planted = []
    for index in rng.sample(range(count), count // 50):
        first = rows[index]
        way = len(planted) % 3
        if way == 0:
            born = first["birth_date"]
            again = person(
                search_key(first["given_names"]).title(),
                search_key(first["family_names"]).title(),
                birth_date=swapped(born) or born,
            )
        elif way == 1 and first["phone"]:
            again = person(
                first["given_names"].split()[0],
                first["family_names"].split()[0],
                phone=first["phone"],
            )
        elif first["document_number"]:
            number = first["document_number"]
            again = person(
                first["given_names"],
                first["family_names"],
                document_type=DocumentType.OTHER,
                document_number=f"{number[:3]}-{number[3:]}",
            )
        else:
            continue
        planted.append((index, len(rows)))
        rows.append(again)
    return rows, planted


def duplicate_scan(settings: Settings) -> list[Row]:
    """Every likely-duplicate pair of the whole registry, as the «Posibles duplicados» list
    asks for it (``duplicates.registry_pairs``: the people read, put in blocks, compared),
    on people written with bulk inserts. Its floor is the target: under a minute."""
    from sqlalchemy import insert, select

    from coworking.core import duplicates
    from coworking.db.database import open_database
    from coworking.db.engine import sqlite_url
    from coworking.db.models import Person, StaffUser

    home = fresh_home(settings, "duplicates")
    initialise(home)
    database = open_database(sqlite_url(home / "coworking.sqlite3"))
    rows, planted = _registry_rows(settings.people, Random(13), clock.now())
    with database.unit_of_work() as session:
        session.connection().execute(insert(Person.__table__), rows)
    with database.sessions() as session:
        admin = session.scalars(select(StaffUser).where(StaffUser.username == "admin")).one()
        ids = list(session.scalars(select(Person.id).order_by(Person.id)))
        found: list = []

        def once() -> Run:
            started = time.perf_counter()
            found[:] = duplicates.registry_pairs(session, admin)
            return Run(time.perf_counter() - started, None, "")

        value = median_seconds(min(settings.runs, 3), once)
    database.dispose()
    keys = {pair.keys for pair in found}
    missed = [(ids[a], ids[b]) for a, b in planted if (ids[a], ids[b]) not in keys]
    if missed:
        raise RuntimeError(f"planted duplicates not found: {missed[:5]}")
    figure = (
        f"likely duplicates in a registry of {len(rows):,} people "
        f"({len(planted):,} planted, {len(found):,} pairs found)"
    )
    return [Row(figure, value, DUPLICATES_TARGET_S, "s", "the target: under one minute")]


BENCHMARKS: list[Benchmark] = [
    Benchmark("start", cold_start),
    Benchmark("demo", demo_fill),
    Benchmark("start-big", big_start),
    Benchmark("search", people_search),
    Benchmark("duplicates", duplicate_scan),
    Benchmark("checkin", door_scans),
    Benchmark("burst", door_burst),
    Benchmark("badges", badge_pdf),
    Benchmark("availability", availability),
    Benchmark("desk-checkin", desk_checkin),
    Benchmark("report-coworking", coworking_report),
    Benchmark("report-fair", fair_report),
    Benchmark("export", full_export),
    Benchmark("import", people_import),
    Benchmark("import-door", door_during_import),
    Benchmark("import-registrations", registrations_import),
    Benchmark("import-employers", employers_import),
]


# --- report -----------------------------------------------------------------------------------


def format_value(value: float, unit: str) -> str:
    if unit == "s" and value < 0.01:
        return f"{value * 1000:.2f} ms"
    if unit == "s":
        return f"{value * 1000:.0f} ms" if value < 1 else f"{value:.2f} s"
    if value < 10:
        return f"{value:.1f} {unit}"
    return f"{value:.0f} {unit}"


def table(rows: Sequence[Row]) -> str:
    """The rows as a plain-text table, then what each floor is."""
    header = ("figure", "value", "floor", "ratio")
    body = [
        (r.figure, format_value(r.value, r.unit), format_value(r.floor, r.unit), f"{r.ratio:.1f}x")
        for r in rows
    ]
    widths = [max(len(line[i]) for line in [header, *body]) for i in range(4)]

    def line(cells: Sequence[str]) -> str:
        first = cells[0].ljust(widths[0])
        rest = [cell.rjust(width) for cell, width in zip(cells[1:], widths[1:], strict=True)]
        return "  ".join([first, *rest])

    out = [line(header), "  ".join("-" * w for w in widths), *map(line, body), "", "floors:"]
    out += [f"  {r.figure.strip()}: {r.floor_is}" for r in rows]
    return "\n".join(out)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.bench", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="small sizes (smoke test)")
    parser.add_argument(
        "--only", action="append", choices=[b.name for b in BENCHMARKS], help="run only these"
    )
    args = parser.parse_args(argv)
    chosen = [b for b in BENCHMARKS if not args.only or b.name in args.only]
    with tempfile.TemporaryDirectory(prefix="coworking-bench-") as workdir:
        settings = Settings(
            quick=args.quick,
            runs=2 if args.quick else 5,
            people=2_000 if args.quick else 100_000,
            workdir=Path(workdir),
        )
        rows: list[Row] = []
        for benchmark in chosen:
            print(f"measuring {benchmark.name}…", file=sys.stderr, flush=True)
            try:
                rows += benchmark.measure(settings)
            except RuntimeError as error:
                print(f"{benchmark.name}: {error}", file=sys.stderr)
                return 1
    print(table(rows))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
