"""The benchmark script runs and prints its table (sizes small; no timing is asserted)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from tests import bench

ROOT = Path(__file__).resolve().parent.parent


def test_quick_benchmark_prints_table_with_ratios() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "tests.bench", "--quick"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["figure", "value", "floor", "ratio"]
    rows = [line for line in lines if re.search(r"\d+(\.\d+)?x$", line)]
    assert len(rows) >= 2, result.stdout
    assert rows[0].startswith("cold start to main window")
    assert rows[1].startswith("coworking demo --people 2000")
    assert "floors:" in lines
    assert "import PySide6.QtWidgets" in result.stdout
    assert "raw sqlite3 executemany" in result.stdout
    assert any(row.startswith("check-in scan to answer, median") for row in rows)
    assert any(row.startswith("check-in burst of 200 scans in a row") for row in rows)
    assert re.search(r"burst rate +\d+ scans/s +\d+ scans/s +\d+\.\dx", result.stdout)
    assert any(row.startswith("100 badges from the database to an A4 PDF") for row in rows)
    assert re.search(r"PDF size per badge +[\d.]+ KiB +[\d.]+ KiB", result.stdout)
    week = "free stretches of a week, median (20 resources, 5,000 bookings)"
    assert any(row.startswith(week) for row in rows)
    assert any(row.startswith("desk check-in with a booking, median") for row in rows)
    assert any(row.startswith("desk check-out, median") for row in rows)
    assert any(row.startswith("co-working year report to PDF, 20,000 visits") for row in rows)
    assert any(row.startswith("fair report to PDF, 2,000 registrations") for row in rows)
    assert any(row.startswith("full export, 2,000 people and 20,000 visits") for row in rows)
    assert any(row.startswith("import of 5,000 people from a CSV") for row in rows)
    assert any(row.startswith("check-in during a 5,000-row import, p95") for row in rows)
    assert any(row.startswith("import of 5,000 registrations") for row in rows)
    assert any(row.startswith("import of 5,000 employers") for row in rows)


def test_table_layout() -> None:
    rows = [
        bench.Row("a figure", 1.5, 0.5, "s", "the floor of a"),
        bench.Row("memory", 120.0, 30.0, "MiB", "the floor of memory"),
    ]
    text = bench.table(rows)
    assert "3.0x" in text and "4.0x" in text
    assert "1.50 s" in text and "500 ms" in text and "120 MiB" in text
    assert "  a figure: the floor of a" in text
    rate = bench.Row("rate", 100.0, 400.0, "scans/s", "raw", higher_is_better=True)
    assert rate.ratio == 4.0 and "100 scans/s" in bench.table([rate])
    assert bench.format_value(0.00123, "s") == "1.23 ms"


def test_every_benchmark_has_a_unique_name() -> None:
    names = [b.name for b in bench.BENCHMARKS]
    assert names[:2] == ["start", "demo"]
    assert len(set(names)) == len(names)
