"""A full municipality export through the real ``coworking export --full`` command, beside the
floor of the ``sqlite3`` shell dumping the same tables with ``-csv``.

The database is the report benchmark's: the door figures' demo (100,000 people in full) with a
year of visits added (500,000 in full).
"""

from __future__ import annotations

import shutil
import sqlite3
import statistics

from tests.bench import Row, Settings, coworking_command, run
from tests.bench_reports import _helper, _report_home, visit_count

TABLES = (
    "person",
    "entrepreneur_profile",
    "visit",
    "booking",
    "event",
    "registration",
    "check_in",
    "employer",
    "vacancy",
    "interaction",
    "outcome",
)


def full_export(settings: Settings) -> list[Row]:
    if shutil.which("sqlite3") is None:
        raise RuntimeError("the sqlite3 shell is needed for the floor (apt-get install sqlite3)")
    home, path = _report_home(settings, "export")
    visits = visit_count(settings)
    _helper(home, "visits", str(path), str(visits))
    with sqlite3.connect(path) as connection:
        (people,) = connection.execute("SELECT count(*) FROM person").fetchone()
    runs = min(3, settings.runs)
    out = home / "lotes"
    out.mkdir()
    command = [*coworking_command(), "export", "--full", "--out", str(out)]
    run(command, home)
    value = statistics.median(run(command, home).seconds for _ in range(runs))
    script = "\n".join(
        f".once {home / 'floor'}-{table}.csv\nSELECT * FROM {table};" for table in TABLES
    )
    floor_command = ["sqlite3", "-csv", "-header", str(path)]
    run(floor_command, home, stdin=script)
    floor = statistics.median(run(floor_command, home, stdin=script).seconds for _ in range(runs))
    return [
        Row(
            f"full export, {people:,} people and {visits:,} visits, median",
            value,
            floor,
            "s",
            "the sqlite3 shell writing the same tables with -csv (all columns, no pseudonyms)",
        )
    ]
