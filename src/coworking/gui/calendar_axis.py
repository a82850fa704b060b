"""The booking calendar's time axis: dates, slots, minutes and pixels. No widgets here.

Positions along the axis are counted in minutes after the span start (the earliest opening
hour of the shown days, rounded down to the hour); day ``d`` occupies the pixels from
``d * span * px_per_minute`` to ``(d + 1) * span * px_per_minute``.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date, datetime, time, timedelta, tzinfo
from typing import Protocol

SHORT_DAYS = ("lun", "mar", "mié", "jue", "vie", "sáb", "dom")
LONG_DAYS = ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")
DEFAULT_SPAN = (8 * 60, 18 * 60)
"""Shown when every day is closed: minutes after midnight."""


class DayLike(Protocol):
    day: date
    opens: time | None
    closes: time | None


def short_date(day: date) -> str:
    """``lun 30/11``: Spanish on every locale."""
    return f"{SHORT_DAYS[day.weekday()]} {day:%d/%m}"


def long_date(day: date) -> str:
    """``lunes 30/11``."""
    return f"{LONG_DAYS[day.weekday()]} {day:%d/%m}"


def clock(moment: datetime) -> str:
    return f"{moment:%H:%M}"


def _minutes(moment: time) -> int:
    return moment.hour * 60 + moment.minute


class TimeAxis:
    """Where each day's slots are, and which of them are open."""

    def __init__(
        self,
        days: Sequence[DayLike],
        slot_minutes: int,
        tz: tzinfo,
        px_per_minute: float = 1.0,
    ) -> None:
        if slot_minutes <= 0 or 60 % slot_minutes:
            raise ValueError(f"slot_minutes must divide an hour, not {slot_minutes}")
        self.days = list(days)
        self.slot = slot_minutes
        self.tz = tz
        self.px_per_minute = px_per_minute
        hours = [
            (_minutes(d.opens), _minutes(d.closes))
            for d in self.days
            if d.opens is not None and d.closes is not None and d.closes > d.opens
        ]
        if hours:
            first = min(opens for opens, _ in hours) // 60 * 60
            last = -(-max(closes for _, closes in hours) // 60) * 60
        else:
            first, last = DEFAULT_SPAN
        self.start = first
        """Minutes after midnight where every day's column begins."""
        self.span = last - first
        self.slots = self.span // self.slot
        self._index = {d.day: i for i, d in enumerate(self.days)}
        self._open: list[tuple[int, int] | None] = []
        for d in self.days:
            if d.opens is None or d.closes is None or d.closes <= d.opens:
                self._open.append(None)
            else:
                self._open.append((_minutes(d.opens) - first, _minutes(d.closes) - first))

    # -- days and opening hours -----------------------------------------------------------

    def __len__(self) -> int:
        return len(self.days)

    def day_index(self, day: date) -> int | None:
        return self._index.get(day)

    def open_minutes(self, d: int) -> tuple[int, int] | None:
        """The open part of day ``d`` in minutes after the span start; None when closed."""
        return self._open[d]

    def closed_parts(self, d: int) -> list[tuple[int, int]]:
        """The hatched parts of day ``d``, in minutes after the span start."""
        hours = self._open[d]
        if hours is None:
            return [(0, self.span)]
        parts = []
        if hours[0] > 0:
            parts.append((0, hours[0]))
        if hours[1] < self.span:
            parts.append((hours[1], self.span))
        return parts

    def open_slots(self, d: int) -> range:
        """The slots of day ``d`` that lie entirely within its opening hours."""
        hours = self._open[d]
        if hours is None:
            return range(0)
        return range(math.ceil(hours[0] / self.slot), hours[1] // self.slot)

    def slot_is_open(self, d: int, slot: int) -> bool:
        return slot in self.open_slots(d)

    def fits(self, d: int, first: float, last: float) -> bool:
        """Whether minutes ``first``..``last`` of day ``d`` lie within its opening hours."""
        hours = self._open[d]
        return hours is not None and hours[0] <= first and last <= hours[1]

    # -- times ----------------------------------------------------------------------------

    def moment(self, d: int, minute: float) -> datetime:
        """The aware local time ``minute`` minutes after the span start on day ``d``."""
        midnight = datetime.combine(self.days[d].day, time(0), tzinfo=self.tz)
        return midnight + timedelta(minutes=self.start + minute)

    def slot_start(self, d: int, slot: int) -> datetime:
        return self.moment(d, slot * self.slot)

    def locate(self, moment: datetime) -> tuple[int, float] | None:
        """Day index and minutes after the span start of ``moment``; None on another day."""
        local = moment.astimezone(self.tz)
        d = self._index.get(local.date())
        if d is None:
            return None
        minute = local.hour * 60 + local.minute + local.second / 60 - self.start
        return d, minute

    def slot_of(self, minute: float) -> int:
        """The slot holding ``minute`` (clamped to the span)."""
        return max(0, min(self.slots - 1, int(minute // self.slot)))

    def snap(self, minute: float) -> int:
        """The slot boundary nearest to ``minute``, in minutes."""
        return round(minute / self.slot) * self.slot

    # -- pixels ---------------------------------------------------------------------------

    @property
    def day_width(self) -> float:
        return self.span * self.px_per_minute

    @property
    def width(self) -> int:
        return math.ceil(self.day_width * len(self.days))

    def x(self, d: int, minute: float) -> float:
        return (d * self.span + minute) * self.px_per_minute

    def at(self, x: float) -> tuple[int, float]:
        """Day index and minute under content x (clamped to the days shown)."""
        if not self.days:
            return 0, 0.0
        position = x / self.px_per_minute
        d = max(0, min(len(self.days) - 1, int(position // self.span)))
        return d, max(0.0, min(float(self.span), position - d * self.span))
