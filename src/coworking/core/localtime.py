"""Times are stored in UTC and shown in Ecuador's mainland time."""

from __future__ import annotations

from datetime import timedelta, timezone, tzinfo


def local_zone() -> tzinfo:
    """America/Guayaquil (UTC-5, no daylight saving); a fixed offset where the time-zone
    database is missing (Windows without tzdata)."""
    try:
        from zoneinfo import ZoneInfo

        return ZoneInfo("America/Guayaquil")
    except (ImportError, KeyError, ValueError):
        return timezone(timedelta(hours=-5), "ECT")
