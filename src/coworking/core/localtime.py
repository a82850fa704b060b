"""Times are stored in UTC and shown in Ecuador's mainland time."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

from coworking.clock import local_zone

__all__ = ["local_day", "local_midnight", "local_zone"]


def local_day(moment: datetime) -> date:
    """The local date of an aware moment."""
    return moment.astimezone(local_zone()).date()


def local_midnight(day: date) -> datetime:
    """The UTC moment a local date begins."""
    return datetime.combine(day, time.min, local_zone()).astimezone(UTC)
