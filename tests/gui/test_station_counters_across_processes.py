"""A door station's counters follow check-ins made by another process (another entrance),
on one SQLite file and on one PostgreSQL server."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QLabel

from coworking.db.database import Database, open_database
from coworking.db.models import StaffUser
from coworking.gui.door_station import DoorStation
from tests.fair_data import build_fair

pytestmark = pytest.mark.date_sensitive


@pytest.fixture
def database(db_url: str) -> Iterator[Database]:
    """Both engines here (the other GUI tests run on SQLite only)."""
    db = open_database(db_url)
    yield db
    db.dispose()


def test_counters_follow_another_process_within_seconds(
    qtbot, database: Database, admin: StaffUser
) -> None:
    fair = build_fair(database, admin)
    station = DoorStation(database, admin, fair.event_id, "Puerta norte")
    qtbot.addWidget(station)
    station.resize(1280, 800)
    station.show()
    total = station.findChild(QLabel, "counterTotal")
    assert total.text() == "0 / 6"
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    for code in (fair.codes[0], fair.rep_code):
        other = subprocess.run(
            [
                sys.executable,
                "-m",
                "coworking",
                "checkin",
                code,
                "--event",
                str(fair.event_id),
                "--station",
                "Puerta sur",
                "--db",
                database.url,
            ],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert other.returncode == 0, other.stderr
    qtbot.waitUntil(lambda: total.text() == "2 / 6", timeout=5000)
    assert station.findChild(QLabel, "counter_employer_rep").text() == "1 / 1"
