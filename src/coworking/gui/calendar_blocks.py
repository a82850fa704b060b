"""The booking calendar's blocks, indexed by row so that painting and hit-testing look at the
visible rows only (a week of 100 resources holds a few thousand bookings)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from coworking.gui.calendar_axis import TimeAxis

if TYPE_CHECKING:
    from coworking.gui.calendar_model import GridBlock

STATE_LAYER = {"past": 0, "no_show": 0}
"""Blocks of these states lie under the others when they overlap."""
EDGE_PX = 5
"""How near a block's end the pointer must be to resize instead of move."""


@dataclass
class Placed:
    """A block where it is drawn: row index, day index and minutes after the span start
    (clipped to the span); ``start`` is the unclipped start."""

    block: GridBlock
    row: int
    day: int
    first: float
    last: float
    start: float


class BlockIndex:
    """The blocks on the shown rows and days; the others are left out."""

    def __init__(self, blocks: Iterable[GridBlock], axis: TimeAxis, rows: dict[int, int]):
        self.axis = axis
        self.placed: dict[int, Placed] = {}
        self.by_row: dict[int, list[Placed]] = {}
        """Row index -> its blocks, lowest layer first, then by day and time."""
        for block in blocks if axis.days else ():
            row = rows.get(block.row)
            where = axis.locate(block.starts)
            if row is None or where is None:
                continue
            day, start = where
            length = (block.ends - block.starts).total_seconds() / 60
            first, last = max(0.0, start), min(float(axis.span), start + length)
            if last <= first:
                continue
            placed = Placed(block, row, day, first, last, start)
            self.placed[block.key] = placed
            self.by_row.setdefault(row, []).append(placed)
        for items in self.by_row.values():
            items.sort(key=lambda p: (STATE_LAYER.get(p.block.state, 1), p.day, p.first))
        self.in_time_order = sorted(
            self.placed.values(), key=lambda p: (p.day, p.first, p.row, p.block.key)
        )

    def get(self, key: int | None) -> Placed | None:
        return self.placed.get(key) if key is not None else None

    def at_slot(self, row: int, day: int, slot: int) -> Placed | None:
        """The topmost block touching the slot."""
        first, last = slot * self.axis.slot, (slot + 1) * self.axis.slot
        for placed in reversed(self.by_row.get(row, [])):
            if placed.day == day and placed.first < last and placed.last > first:
                return placed
        return None

    def hit(self, row: int, day: int, x: float) -> tuple[Placed, str] | None:
        """The block at content ``x`` on a row and day, and the part there: "start" or "end"
        (the edges of an editable block) or "body"."""
        for placed in reversed(self.by_row.get(row, [])):
            if placed.day != day:
                continue
            left, right = self.axis.x(day, placed.first), self.axis.x(day, placed.last)
            if not left - 2 <= x <= right + 2:
                continue
            zone = min(EDGE_PX, (right - left) / 3)
            if placed.block.editable and x <= left + zone:
                return placed, "start"
            if placed.block.editable and x >= right - zone:
                return placed, "end"
            if left <= x <= right:
                return placed, "body"
        return None
