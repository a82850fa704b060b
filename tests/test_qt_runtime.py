"""The installed Qt binding survives a front-desk day of signals.

PySide6 6.12.0 on CPython 3.11 released a reference to ``True`` on every ``emit()`` and aborted
the interpreter after about a thousand; a scanner station emits far more than that in a day.
"""

from __future__ import annotations

import subprocess
import sys

PROGRAM = """
import sys
from PySide6.QtCore import QCoreApplication, QObject, Signal

class Station(QObject):
    scanned = Signal(str)

app = QCoreApplication([])
station = Station()
seen = []
station.scanned.connect(seen.append)
before = sys.getrefcount(True)
for number in range(20_000):
    station.scanned.emit(f"CODE{number}")
assert len(seen) == 20_000
print(sys.getrefcount(True) - before)
"""


def test_twenty_thousand_emits_do_not_break_the_interpreter() -> None:
    result = subprocess.run(
        [sys.executable, "-c", PROGRAM], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr[-500:]
    assert abs(int(result.stdout.strip())) < 100
