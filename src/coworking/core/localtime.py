"""Times are stored in UTC and shown in Ecuador's mainland time."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, timezone, tzinfo


def local_zone() -> tzinfo:
    """America/Guayaquil (UTC-5, no daylight saving); a fixed offset where the time-zone
    database is missing (Windows without tzdata)."""
    try:
        from zoneinfo import ZoneInfo

        return ZoneInfo("America/Guayaquil")
    except (ImportError, KeyError, ValueError):
        return timezone(timedelta(hours=-5), "ECT")


def local_day(moment: datetime) -> date:
    """The local date of an aware moment."""
    return moment.astimezone(local_zone()).date()


def local_midnight(day: date) -> datetime:
    """The UTC moment a local date begins."""
    return datetime.combine(day, time.min, local_zone()).astimezone(UTC)
