"""Attendance reports to a finished PDF, through the real ``coworking report attendance``
command, beside the floor of raw sqlite3 doing the main counts and raw reportlab writing them.

The co-working figure adds a year of visits (500,000 in full) to the demo database of the door
figures; the fair figure checks in most of that database's measured fair (20,000 registrations).
"""

from __future__ import annotations

import shutil
import sqlite3
import statistics
import sys
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from random import Random

from tests.bench import (
    FAIR_NAME,
    Row,
    Run,
    Settings,
    coworking_command,
    fair_database,
    fresh_home,
    run,
)

YEAR = (date(2026, 1, 1), date(2026, 12, 31))
LOCAL = timedelta(hours=-5)  # America/Guayaquil, no daylight saving


def visit_count(settings: Settings) -> int:
    return 20_000 if settings.quick else 500_000


def _utc_text(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


def _report_home(settings: Settings, name: str) -> tuple[Path, Path]:
    """A home holding a copy of the door figures' demo database."""
    source = fair_database(settings)
    home = fresh_home(settings, name)
    target = home / "coworking.sqlite3"
    shutil.copyfile(source, target)
    return home, target


def add_visits(path: Path, count: int, seed: int = 5) -> int:
    """``count`` closed visits over the year at the first site, on Monday to Saturday, by
    people drawn with a long tail (a few come almost daily); returns the site's id."""
    from uuid import UUID

    rng = Random(seed)
    with sqlite3.connect(path) as connection:
        (site_id,) = connection.execute("SELECT min(id) FROM site").fetchone()
        people = [row[0] for row in connection.execute("SELECT id FROM person ORDER BY id")]
        days = [
            YEAR[0] + timedelta(days=n)
            for n in range((YEAR[1] - YEAR[0]).days + 1)
            if (YEAR[0] + timedelta(days=n)).weekday() < 6
        ]
        stamp = _utc_text(datetime(2026, 1, 1, 12, tzinfo=UTC))
        rows = []
        regulars = people[: max(1, len(people) // 50)]
        for _ in range(count):
            person = rng.choice(regulars) if rng.random() < 0.3 else rng.choice(people)
            day = rng.choice(days)
            came = (
                datetime(day.year, day.month, day.day, tzinfo=UTC)
                - LOCAL
                + timedelta(minutes=rng.randrange(8 * 60, 17 * 60))
            )
            left = came + timedelta(minutes=rng.randrange(30, 6 * 60))
            rows.append(
                (
                    UUID(int=rng.getrandbits(128), version=4).hex,
                    stamp,
                    stamp,
                    site_id,
                    person,
                    _utc_text(came),
                    _utc_text(left),
                    0,
                )
            )
        connection.executemany(
            "INSERT INTO visit (uuid, created_at, updated_at, site_id, person_id, checked_in_at,"
            " checked_out_at, auto_checked_out) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
    return site_id


def check_in_fair(path: Path, share: float = 0.75, seed: int = 9) -> int:
    """Check in ``share`` of the measured fair's registrations through the day; its id."""
    rng = Random(seed)
    with sqlite3.connect(path) as connection:
        (event_id, starts_on) = connection.execute(
            "SELECT id, starts_on FROM event WHERE name = ?", (FAIR_NAME,)
        ).fetchone()
        day = date.fromisoformat(starts_on)
        opens = datetime(day.year, day.month, day.day, 9, tzinfo=UTC) - LOCAL
        ids = [
            r[0]
            for r in connection.execute(
                "SELECT id FROM registration WHERE event_id = ?", (event_id,)
            )
        ]
        connection.executemany(
            "UPDATE registration SET checked_in_at = ? WHERE id = ?",
            [
                (_utc_text(opens + timedelta(minutes=rng.triangular(0, 480, 90))), rid)
                for rid in ids
                if rng.random() < share
            ],
        )
    return event_id


def _raw_pdf(out: Path, title: str, rows: list[tuple]) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table

    doc = SimpleDocTemplate(str(out), pagesize=A4)
    cells = [[str(cell) for cell in row] for row in rows] or [["–"]]
    doc.build([Paragraph(title, getSampleStyleSheet()["Title"]), Table(cells, repeatRows=1)])


def raw_coworking(path: Path, out: Path) -> None:
    """The floor: raw sqlite3 counting visits, people and hours per month and the people by
    sex, then raw reportlab writing them as one table."""
    start = _utc_text(datetime(2026, 1, 1, tzinfo=UTC) - LOCAL)
    end = _utc_text(datetime(2027, 1, 1, tzinfo=UTC) - LOCAL)
    with sqlite3.connect(path) as connection:
        months = connection.execute(
            "SELECT substr(checked_in_at, 1, 7), count(*), count(DISTINCT person_id),"
            " round(sum(julianday(checked_out_at) - julianday(checked_in_at)) * 24)"
            " FROM visit WHERE checked_in_at >= ? AND checked_in_at < ? GROUP BY 1",
            (start, end),
        ).fetchall()
        sexes = connection.execute(
            "SELECT coalesce(sex, 'sin dato'), count(*) FROM person WHERE id IN"
            " (SELECT person_id FROM visit WHERE checked_in_at >= ? AND checked_in_at < ?)"
            " GROUP BY 1",
            (start, end),
        ).fetchall()
    _raw_pdf(out, "Asistencia", [("mes", "visitas", "personas", "horas"), *months, *sexes])


def raw_fair(path: Path, event_id: int, out: Path) -> None:
    """The floor: raw sqlite3 counting registered and attended by role and attended people by
    sex, then raw reportlab writing them as one table."""
    with sqlite3.connect(path) as connection:
        roles = connection.execute(
            "SELECT role, count(*), count(checked_in_at) FROM registration"
            " WHERE event_id = ? AND cancelled_at IS NULL GROUP BY role",
            (event_id,),
        ).fetchall()
        sexes = connection.execute(
            "SELECT coalesce(p.sex, 'sin dato'), count(*) FROM registration r"
            " JOIN person p ON p.id = r.person_id WHERE r.event_id = ?"
            " AND r.checked_in_at IS NOT NULL GROUP BY 1",
            (event_id,),
        ).fetchall()
    _raw_pdf(out, "Feria", [("rol", "inscritos", "asistieron"), *roles, *sexes])


def _median(times: int, once: Callable[[], float]) -> float:
    once()
    return statistics.median(once() for _ in range(times))


def _helper(home: Path, *args: str) -> Run:
    """Run a step of this module in its own process (``python -m tests.bench_reports``): the
    data is prepared away from the measuring process, whose memory a child would inherit, and
    the floor pays the same Python start-up as the command."""
    return run([sys.executable, "-m", "tests.bench_reports", *args], home)


def _pages(pdf: Path) -> int:
    from pypdf import PdfReader

    return len(PdfReader(pdf).pages)


def _rows(
    settings: Settings,
    figure: str,
    floor_is: str,
    command: list[str],
    home: Path,
    out: Path,
    floor: list[str],
) -> list[Row]:
    runs = min(3, settings.runs)
    last: list[Run] = []

    def once() -> float:
        last.append(run(command, home))
        return last[-1].seconds

    value = _median(runs, once)
    floors: list[Run] = []

    def floor_once() -> float:
        floors.append(_helper(home, *floor))
        return floors[-1].seconds

    floor_value = _median(runs, floor_once)
    rows = [Row(f"{figure} ({_pages(out)} pages)", value, floor_value, "s", floor_is)]
    peak = _helper(home, "peak", *command).stdout.strip()
    floor_peak = _helper(home, "peak", sys.executable, "-m", "tests.bench_reports", *floor)
    if peak and floor_peak.stdout.strip():
        rows.append(
            Row(
                "  peak memory of that command",
                float(peak),
                float(floor_peak.stdout),
                "MiB",
                "peak memory of the floor's process (both started from a small launcher: a "
                "child counts the memory of the process it was forked from)",
            )
        )
    return rows


def coworking_report(settings: Settings) -> list[Row]:
    """A year's co-working summary of one site, from the database to a finished PDF."""
    home, path = _report_home(settings, "report-coworking")
    visits = visit_count(settings)
    site_id = int(_helper(home, "visits", str(path), str(visits)).stdout)
    out = home / "asistencia.pdf"
    command = [
        *coworking_command(),
        "report",
        "attendance",
        "--from",
        YEAR[0].isoformat(),
        "--to",
        YEAR[1].isoformat(),
        "--site",
        str(site_id),
        "--out",
        str(out),
    ]
    return _rows(
        settings,
        f"co-working year report to PDF, {visits:,} visits, median",
        "raw sqlite3 counting visits, people, hours by month and people by sex, then raw "
        "reportlab writing them as one table, in a Python process of its own",
        command,
        home,
        out,
        ["floor-coworking", str(path), str(home / "floor.pdf")],
    )


def fair_report(settings: Settings) -> list[Row]:
    """A job fair's summary with many registrations, from the database to a finished PDF."""
    home, path = _report_home(settings, "report-fair")
    event_id = int(_helper(home, "fair", str(path)).stdout)
    with sqlite3.connect(path) as connection:
        (registrations,) = connection.execute(
            "SELECT count(*) FROM registration WHERE event_id = ?", (event_id,)
        ).fetchone()
    out = home / "feria.pdf"
    command = [
        *coworking_command(),
        "report",
        "attendance",
        "--event",
        str(event_id),
        "--out",
        str(out),
    ]
    return _rows(
        settings,
        f"fair report to PDF, {registrations:,} registrations, median",
        "raw sqlite3 counting registered and attended by role and attended people by sex, "
        "then raw reportlab writing them as one table, in a Python process of its own",
        command,
        home,
        out,
        ["floor-fair", str(path), str(event_id), str(home / "floor.pdf")],
    )


def _peak_mib(command: list[str]) -> str:
    """Run ``command`` and give its peak resident memory in MiB ("" where the OS does not
    tell). Run from this small process, the figure is the command's own."""
    import os
    import subprocess

    if not hasattr(os, "wait4"):
        return ""
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _pid, status, usage = os.wait4(process.pid, 0)
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{command} failed")
    kib = usage.ru_maxrss / 1024 if sys.platform == "darwin" else usage.ru_maxrss
    return f"{kib / 1024:.1f}"


def main(argv: list[str]) -> None:
    """The steps run in their own process: ``visits PATH COUNT``, ``fair PATH``,
    ``floor-coworking PATH OUT``, ``floor-fair PATH EVENT OUT``, ``peak COMMAND...``."""
    step, path = argv[0], Path(argv[1])
    if step == "peak":
        print(_peak_mib(argv[1:]))
    elif step == "visits":
        print(add_visits(path, int(argv[2])))
    elif step == "fair":
        print(check_in_fair(path))
    elif step == "floor-coworking":
        raw_coworking(path, Path(argv[2]))
    elif step == "floor-fair":
        raw_fair(path, int(argv[2]), Path(argv[3]))
    else:
        raise SystemExit(f"unknown step {step}")


if __name__ == "__main__":
    main(sys.argv[1:])
