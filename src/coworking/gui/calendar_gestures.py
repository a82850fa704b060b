"""What the booking calendar's keys and drags mean: cursor moves, ranges, ghosts, requests.

Functions over a ``CalendarGrid``, which keeps the state (cursor, drag) and paints it. None of
them changes a block: they move the cursor or emit a request.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPointF, QSize, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QMenu

from coworking.gui.calendar_blocks import Placed

if TYPE_CHECKING:
    from coworking.gui.calendar_grid import CalendarGrid
    from coworking.gui.calendar_model import GridBlock

PAGE_ROWS = 10
AUTOSCROLL_MARGIN = 24
"""Pixels from the viewport's edge where a drag starts scrolling."""


@dataclass
class Cursor:
    row: int = 0
    day: int = 0
    slot: int = 0
    anchor: int | None = None
    """Slot where a Shift+arrow range began (same row and day as the cursor)."""


@dataclass
class Drag:
    kind: str
    """"create", "move", "start" (left edge) or "end" (right edge)."""
    press: QPointF
    row: int
    day: int
    minute: float
    placed: Placed | None = None
    active: bool = False
    """Set once the pointer has moved farther than the drag distance."""
    target_row: int = 0
    starts: datetime | None = None
    ends: datetime | None = None
    valid: bool = True


# -- keyboard -----------------------------------------------------------------------------


def handle_key(grid: CalendarGrid, event: QKeyEvent) -> bool:
    """Act on a key press; False when the key means nothing here."""
    key = event.key()
    mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
    shift = bool(mods & Qt.KeyboardModifier.ShiftModifier)
    horizontal = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1}.get(key)
    vertical = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1}.get(key)
    if ctrl and horizontal is not None:
        _nudge(grid, horizontal, resize=shift)
    elif ctrl and vertical is not None:
        _nudge_row(grid, vertical)
    elif horizontal is not None:
        _step(grid, horizontal, extend=shift)
    elif vertical is not None:
        _jump_rows(grid, vertical)
    elif key in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
        _jump_rows(grid, PAGE_ROWS if key == Qt.Key.Key_PageDown else -PAGE_ROWS)
    elif key in (Qt.Key.Key_Home, Qt.Key.Key_End):
        cur = grid.cur
        slots = grid.axis.open_slots(cur.day) or range(grid.axis.slots)
        cur.anchor = None
        grid._move_to(cur.row, cur.day, slots[0] if key == Qt.Key.Key_Home else slots[-1])
    elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
        _enter(grid)
    elif key == Qt.Key.Key_Delete:
        placed = grid._selected_placed()
        if placed is not None and placed.block.editable:
            grid.cancelRequested.emit(placed.block.key)
    else:
        return False
    return True


def _step(grid: CalendarGrid, delta: int, *, extend: bool) -> None:
    """Left/Right: one slot, crossing into the next day; with Shift, grow the range
    (never beyond the day)."""
    cur, slots = grid.cur, grid.axis.slots
    day, slot = cur.day, cur.slot + delta
    if extend:
        if cur.anchor is None:
            cur.anchor = cur.slot
        slot = max(0, min(slot, slots - 1))
    else:
        cur.anchor = None
        if slot < 0 and day > 0:
            day, slot = day - 1, slots - 1
        elif slot >= slots and day < len(grid.axis.days) - 1:
            day, slot = day + 1, 0
    grid._move_to(cur.row, day, slot)


def _jump_rows(grid: CalendarGrid, delta: int) -> None:
    grid.cur.anchor = None
    grid._move_to(grid.cur.row + delta, grid.cur.day, grid.cur.slot)


def _enter(grid: CalendarGrid) -> None:
    """Open the block under the cursor, or ask to book the range (or the cell)."""
    cur, axis = grid.cur, grid.axis
    span = grid.selection_range()
    placed = grid._selected_placed()
    if span is None and placed is not None:
        grid.openRequested.emit(placed.block.key)
        return
    first, last = span or (cur.slot, cur.slot)
    open_slots = axis.open_slots(cur.day)
    if not open_slots:
        return
    first, last = max(first, open_slots[0]), min(last, open_slots[-1])
    if first <= last:
        grid.createRequested.emit(
            grid.rows[cur.row].key,
            axis.slot_start(cur.day, first),
            axis.slot_start(cur.day, last + 1),
        )


def _nudge(grid: CalendarGrid, delta: int, *, resize: bool) -> None:
    """Ctrl+Left/Right: one slot earlier/later; with Shift, the end only."""
    placed, axis = grid._selected_placed(), grid.axis
    if placed is None or not placed.block.editable:
        return
    block, step = placed.block, timedelta(minutes=axis.slot * delta)
    starts, ends = block.starts.astimezone(axis.tz), block.ends.astimezone(axis.tz)
    first = placed.start
    if resize:
        ends += step
        if ends - starts < timedelta(minutes=axis.slot):
            return
    else:
        starts, ends = starts + step, ends + step
        first += axis.slot * delta
    if axis.fits(placed.day, first, first + (ends - starts).total_seconds() / 60):
        grid.moveRequested.emit(block.key, block.row, starts, ends)


def _nudge_row(grid: CalendarGrid, delta: int) -> None:
    """Ctrl+Up/Down: the same times on the previous/next resource."""
    placed = grid._selected_placed()
    if placed is None or not placed.block.editable:
        return
    row = placed.row + delta
    if 0 <= row < len(grid.rows):
        block, tz = placed.block, grid.axis.tz
        grid.moveRequested.emit(
            block.key, grid.rows[row].key, block.starts.astimezone(tz), block.ends.astimezone(tz)
        )


def tab_target(grid: CalendarGrid, forward: bool) -> int | None:
    """The block after (or before) the selected one, or the cursor, in time order."""
    placed = grid._selected_placed()
    if placed is not None:
        here = (placed.day, placed.first, placed.row, placed.block.key)
    else:
        cur = grid.cur
        here = (cur.day, cur.slot * grid.axis.slot, cur.row, -1 if forward else 1 << 62)
    order = grid.index.in_time_order if forward else reversed(grid.index.in_time_order)
    for candidate in order:
        position = (candidate.day, candidate.first, candidate.row, candidate.block.key)
        if (position > here) if forward else (position < here):
            return candidate.block.key
    return None


# -- mouse --------------------------------------------------------------------------------


def start_drag(
    grid: CalendarGrid,
    pos: QPointF,
    cell: tuple[int, int, float],
    hit: tuple[Placed, str] | None,
) -> Drag | None:
    """A left press: drag an editable block (its body or an edge), or mark free open time."""
    row, day, minute = cell
    if hit is not None:
        placed, part = hit
        if not placed.block.editable:
            return None
        kind = "move" if part == "body" else part
        return Drag(kind, pos, row, day, minute, placed, target_row=placed.row)
    if grid.axis.slot_is_open(day, grid.axis.slot_of(minute)):
        return Drag("create", pos, row, day, minute, target_row=row)
    return None


def autoscroll_step(size: QSize, pos: QPointF) -> tuple[int, int]:
    """How far to scroll while a drag holds the pointer near the viewport's edge."""
    dx = (
        -12
        if pos.x() < AUTOSCROLL_MARGIN
        else 12
        if pos.x() > size.width() - AUTOSCROLL_MARGIN
        else 0
    )
    dy = (
        -8
        if pos.y() < AUTOSCROLL_MARGIN
        else 8
        if pos.y() > size.height() - AUTOSCROLL_MARGIN
        else 0
    )
    return dx, dy


def tooltip(block: GridBlock) -> str:
    text = f"<b>{html.escape(block.title)}</b>"
    if block.detail:
        text += f"<br>{html.escape(block.detail)}"
    return text


def block_menu(grid: CalendarGrid, block: GridBlock) -> QMenu:
    """The right-click menu of a block: Open, Cancel booking."""
    key = block.key
    menu = QMenu(grid)
    menu.setObjectName("calendarBlockMenu")
    open_action = menu.addAction(QCoreApplication.translate("CalendarGrid", "Open"))
    open_action.setObjectName("openBlockAction")
    open_action.triggered.connect(lambda: grid.openRequested.emit(key))
    cancel_action = menu.addAction(QCoreApplication.translate("CalendarGrid", "Cancel booking"))
    cancel_action.setObjectName("cancelBlockAction")
    cancel_action.setEnabled(block.editable)
    cancel_action.triggered.connect(lambda: grid.cancelRequested.emit(key))
    return menu


# -- dragging -----------------------------------------------------------------------------


def update_drag(grid: CalendarGrid, pos: QPointF) -> None:
    """Work out the ghost (or the rubber band) for the pointer at viewport ``pos``."""
    drag, axis = grid.drag, grid.axis
    if drag is None:
        return
    x = pos.x() + grid.scroll_x
    if drag.kind == "create":
        # Only along the pressed row and day, only over open time.
        minute = (x - axis.x(drag.day, 0)) / axis.px_per_minute
        open_slots = axis.open_slots(drag.day)
        anchor = axis.slot_of(drag.minute)
        slot = max(open_slots[0], min(open_slots[-1], axis.slot_of(minute)))
        drag.starts = axis.slot_start(drag.day, min(anchor, slot))
        drag.ends = axis.slot_start(drag.day, max(anchor, slot) + 1)
    elif drag.kind == "move":
        row = int((pos.y() + grid.scroll_y) // grid.ROW_HEIGHT)
        _update_move(grid, drag, max(0, min(len(grid.rows) - 1, row)), x)
    else:
        _update_resize(grid, drag, x)


def _update_move(grid: CalendarGrid, drag: Drag, row: int, x: float) -> None:
    axis, placed = grid.axis, drag.placed
    assert placed is not None
    length = placed.block.ends - placed.block.starts
    day, minute = axis.at(x)
    first = placed.start + round((minute - drag.minute) / axis.slot) * axis.slot
    last = first + length.total_seconds() / 60
    hours = axis.open_minutes(day)
    if hours is not None:
        # Slide back inside the day's opening hours rather than refuse.
        shift = max(0.0, hours[0] - first) - max(0.0, last - hours[1])
        first, last = first + shift, last + shift
    drag.target_row = row
    drag.valid = axis.fits(day, first, last)
    drag.starts = axis.moment(day, first)
    drag.ends = drag.starts + length


def _update_resize(grid: CalendarGrid, drag: Drag, x: float) -> None:
    """Move one edge to the nearest slot boundary, inside opening hours, keeping at least
    one slot."""
    axis, placed = grid.axis, drag.placed
    assert placed is not None
    starts, ends = placed.block.starts.astimezone(axis.tz), placed.block.ends.astimezone(axis.tz)
    edge = axis.snap((x - axis.x(placed.day, 0)) / axis.px_per_minute)
    hours = axis.open_minutes(placed.day) or (0, axis.span)
    drag.target_row = placed.row
    if drag.kind == "start":
        edge = max(hours[0], min(edge, placed.last - axis.slot))
        drag.starts, drag.ends = axis.moment(placed.day, edge), ends
    else:
        edge = min(hours[1], max(edge, placed.start + axis.slot))
        drag.starts, drag.ends = starts, axis.moment(placed.day, edge)
    drag.valid = drag.ends - drag.starts >= timedelta(minutes=axis.slot)


def finish_drag(grid: CalendarGrid, drag: Drag) -> None:
    """Emit the request a released drag stands for (nothing if it changed nothing)."""
    if not drag.valid or drag.starts is None or drag.ends is None:
        return
    if drag.kind == "create":
        grid.createRequested.emit(grid.rows[drag.row].key, drag.starts, drag.ends)
        return
    if drag.placed is None or not drag.active:
        return
    block = drag.placed.block
    unchanged = (
        drag.target_row == drag.placed.row
        and drag.starts == block.starts
        and drag.ends == block.ends
    )
    if not unchanged:
        grid.moveRequested.emit(block.key, grid.rows[drag.target_row].key, drag.starts, drag.ends)


def ghost(grid: CalendarGrid) -> tuple[int, int, float, float, bool] | None:
    """The drag in progress as (row, day, first minute, last minute, valid); None when
    nothing is being dragged."""
    drag = grid.drag
    if drag is None or drag.starts is None or drag.ends is None:
        return None
    if drag.kind != "create" and not drag.active:
        return None
    where = grid.axis.locate(drag.starts)
    if where is None:
        return None
    length = (drag.ends - drag.starts).total_seconds() / 60
    return drag.target_row, where[0], where[1], where[1] + length, drag.valid
