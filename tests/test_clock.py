"""The program's one clock: moved by ``COWORKING_CLOCK`` in this process and in the processes it
starts, read as Ecuador's time, and the only place that reads the system's time."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from coworking import clock

ROOT = Path(__file__).resolve().parents[1]
LEAP_NIGHT = datetime(2028, 3, 1, 4, 50, tzinfo=UTC)  # 29 February 2028, 23:50 in Ecuador


def test_the_clock_runs_from_the_moment_it_is_moved_to(set_clock) -> None:
    set_clock(LEAP_NIGHT)
    first = clock.now()
    assert first.tzinfo is not None and first.utcoffset() == timedelta(0)
    assert timedelta(0) <= first - LEAP_NIGHT < timedelta(seconds=30)
    assert clock.now() >= first  # it runs on
    assert clock.today() == date(2028, 2, 29)  # the local date, not UTC's 1 March
    assert clock.local_now().strftime("%H:%M") == "23:50"
    assert clock.is_moved()


def test_without_the_setting_the_clock_is_the_systems(monkeypatch) -> None:
    monkeypatch.delenv(clock.ENV, raising=False)
    system = datetime.now(UTC)  # noqa: TID251 (the system clock, to compare with)
    assert abs(clock.now() - system) < timedelta(seconds=5)
    assert not clock.is_moved()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2028-02-29T23:50", LEAP_NIGHT),  # no offset: Ecuador's time
        ("2028-02-29T23:50:00-05:00", LEAP_NIGHT),
        ("2028-03-01T04:50:00+00:00", LEAP_NIGHT),
        ("2028-02-29", datetime(2028, 2, 29, 5, tzinfo=UTC)),  # local midnight
    ],
)
def test_moments_are_read_as_ecuadors_time_unless_they_say_otherwise(text, expected) -> None:
    assert clock.parse_moment(text) == expected


def test_a_setting_that_is_not_a_date_says_so(monkeypatch) -> None:
    monkeypatch.setenv(clock.ENV, "mañana")
    with pytest.raises(clock.ClockSettingError, match="COWORKING_CLOCK: «mañana»"):
        clock.now()


def test_a_plain_moment_starts_the_clock_there(monkeypatch) -> None:
    monkeypatch.setenv(clock.ENV, "2027-12-31T23:59")
    assert clock.local_now().strftime("%d/%m/%Y %H:%M") == "31/12/2027 23:59"


def test_a_process_started_with_the_moved_clock_reads_the_same_time(set_clock) -> None:
    set_clock(LEAP_NIGHT)
    script = "from coworking import clock; print(clock.now().isoformat(), clock.today())"
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    moment, day = result.stdout.split()
    child = datetime.fromisoformat(moment)
    assert abs(child - clock.now()) < timedelta(seconds=30)
    assert child >= LEAP_NIGHT and day == "2028-02-29"


def _ruff(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "ruff", "check", "--no-cache", "--output-format", "json", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
    )


def test_only_the_clock_reads_the_systems_time() -> None:
    result = _ruff("--select", "TID251", "src", "tests", "scripts")
    found = json.loads(result.stdout or "[]")
    places = [f"{Path(f['filename']).relative_to(ROOT)}:{f['location']['row']}" for f in found]
    assert places == [], "read the time through coworking.clock instead: " + ", ".join(places)


@pytest.mark.parametrize(
    "line",
    [
        "from datetime import date\nprint(date.today())",
        "from datetime import UTC, datetime\nprint(datetime.now(UTC))",
        "import datetime\nprint(datetime.datetime.utcnow())",
        "import time\nprint(time.time())",
        "from PySide6.QtCore import QDate\nprint(QDate.currentDate())",
        "from PySide6.QtCore import QDateTime\nprint(QDateTime.currentDateTime())",
    ],
)
def test_a_new_direct_read_of_the_system_time_is_caught(tmp_path, line) -> None:
    """The rule is not vacuous: a file that reads the time directly fails the check."""
    planted = tmp_path / "planted.py"
    planted.write_text(textwrap.dedent(line) + "\n", encoding="utf-8")
    result = _ruff("--config", str(ROOT / "pyproject.toml"), "--select", "TID251", str(planted))
    codes = [f["code"] for f in json.loads(result.stdout or "[]")]
    assert codes == ["TID251"], result.stdout + result.stderr
