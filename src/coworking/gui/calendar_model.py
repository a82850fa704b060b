"""What the booking calendar shows: its rows (resources), days and blocks (bookings)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time


@dataclass(frozen=True)
class GridRow:
    """One resource = one row."""

    key: int
    label: str
    detail: str = ""


@dataclass(frozen=True)
class GridDay:
    """One column group: one for the day view, seven for the week view."""

    day: date
    opens: time | None
    """None: closed all day (holiday, closure); the column is hatched."""
    closes: time | None
    note: str = ""


@dataclass(frozen=True)
class GridBlock:
    key: int
    row: int
    """The ``GridRow.key`` of its resource."""
    starts: datetime
    ends: datetime
    title: str
    detail: str = ""
    state: str = "booked"
    """"booked", "checked_in", "no_show", "past" or "series"."""
    editable: bool = True
    """False: it cannot be moved, resized or cancelled."""
