"""Where unexpected failures leave their details: a log file in the data folder, so that no
traceback reaches a person and support still gets the whole story."""

from __future__ import annotations

import traceback
from pathlib import Path

from coworking import clock, paths

LOG_NAME = "errores.log"


def record(error: BaseException) -> Path | None:
    """Append ``error`` with its traceback to the log; the log's path, or None if it could not
    be written (a read-only disk must not turn one failure into two)."""
    try:
        target = paths.data_dir() / LOG_NAME
        with target.open("a", encoding="utf-8") as handle:
            handle.write(f"--- {clock.now().isoformat(timespec='seconds')}\n")
            handle.write("".join(traceback.format_exception(error)))
        return target
    except OSError:
        return None
