"""The program's one clock: every business rule asks it what time it is.

Nothing else in the program reads the system clock for business logic (a ruff rule, TID251 in
``pyproject.toml``, fails on a new direct call). That makes the time movable in one place:

- ``COWORKING_CLOCK=2028-02-29T23:50-05:00`` starts the clock at that moment when the process
  first asks for the time, and lets it run on from there (tests, training, a demo for a date);
- ``COWORKING_CLOCK=2028-02-29T23:50-05:00@1796100000.0`` says that the moment was current at
  that real Unix time: every process started with it, the tests' own included, reads the same
  moved clock at the same instant (:func:`anchored` writes this form).

A moment without an offset is read as Ecuador's mainland time. Times are stored in UTC and shown
in :func:`local_zone`.
"""

from __future__ import annotations

import logging
import os
import time as _time
from datetime import UTC, date, datetime, timedelta, timezone, tzinfo
from functools import cache

ENV = "COWORKING_CLOCK"

log = logging.getLogger(__name__)


@cache
def local_zone() -> tzinfo:
    """America/Guayaquil (UTC-5, no daylight saving); a fixed offset where the time-zone
    database is missing (Windows without tzdata)."""
    try:
        from zoneinfo import ZoneInfo

        return ZoneInfo("America/Guayaquil")
    except (ImportError, KeyError, ValueError):
        return timezone(timedelta(hours=-5), "ECT")


class ClockSettingError(ValueError):
    """``COWORKING_CLOCK`` holds something that is not a date and time."""


def parse_moment(text: str) -> datetime:
    """An ISO date and time (``2028-02-29T23:50``, with or without offset) or a date
    (``2028-02-29``, read as local midnight), as an aware UTC moment."""
    try:
        moment = datetime.fromisoformat(text.strip())
    except ValueError as error:
        raise ClockSettingError(
            f"{ENV}: «{text}» no es una fecha y hora (use 2028-02-29T23:50-05:00)"
        ) from error
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=local_zone())
    return moment.astimezone(UTC)


def anchored(moment: datetime) -> str:
    """The ``COWORKING_CLOCK`` value that makes ``moment`` the time now, in this process and
    in every process started with it."""
    if moment.tzinfo is None:
        raise ValueError("Se esperaba una fecha y hora con zona horaria")
    return f"{moment.astimezone(UTC).isoformat()}@{_time.time():.6f}"


class _Setting:
    """The parsed ``COWORKING_CLOCK``: how far the program's time is from the system's."""

    def __init__(self, raw: str) -> None:
        self.raw = raw
        text, _, anchor = raw.partition("@")
        moment = parse_moment(text)
        try:
            real = float(anchor) if anchor else _time.time()
        except ValueError as error:
            raise ClockSettingError(f"{ENV}: «{anchor}» no es una hora Unix") from error
        self.offset = moment - datetime.fromtimestamp(real, UTC)
        log.info("Reloj movido por %s: %s", ENV, moment.isoformat())


_setting: _Setting | None = None


def _offset() -> timedelta | None:
    global _setting
    raw = os.environ.get(ENV)
    if not raw:
        _setting = None
        return None
    if _setting is None or _setting.raw != raw:
        _setting = _Setting(raw)
    return _setting.offset


def now() -> datetime:
    """The moment now, aware, in UTC."""
    offset = _offset()
    real = datetime.now(UTC)
    return real if offset is None else real + offset


def local_now() -> datetime:
    """The moment now in Ecuador's mainland time."""
    return now().astimezone(local_zone())


def today() -> date:
    """Today's date where the program runs (Ecuador's mainland time), not UTC's."""
    return local_now().date()


def is_moved() -> bool:
    """Whether ``COWORKING_CLOCK`` moves the time (the window says so)."""
    return _offset() is not None
