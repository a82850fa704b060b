"""The booking calendar grid: a pure view that turns gestures into requests (no database)."""

from __future__ import annotations

import os
import random
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt, QTimer
from PySide6.QtGui import QHelpEvent, QMouseEvent
from PySide6.QtWidgets import (
    QApplication,
    QMenu,
    QPushButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from coworking.core.localtime import local_zone
from coworking.gui.calendar_grid import CalendarGrid
from coworking.gui.calendar_model import GridBlock, GridDay, GridRow

TZ = local_zone()
MONDAY = date(2026, 11, 2)
WEDNESDAY = MONDAY + timedelta(days=2)
SATURDAY = MONDAY + timedelta(days=5)
NO = Qt.KeyboardModifier.NoModifier
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
LEFT = Qt.MouseButton.LeftButton


def at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), tzinfo=TZ)


def one_day(day: date = MONDAY) -> list[GridDay]:
    return [GridDay(day, time(8), time(18))]


def week(holiday: bool = False) -> list[GridDay]:
    days = []
    for offset in range(7):
        day = MONDAY + timedelta(days=offset)
        if holiday and offset == 0:
            days.append(GridDay(day, None, None, "Feriado: Día de los Difuntos"))
        elif offset < 5:
            days.append(GridDay(day, time(8), time(19)))
        elif offset == 5:
            days.append(GridDay(day, time(9), time(13)))
        else:
            days.append(GridDay(day, None, None))
    return days


def rows(count: int = 6) -> list[GridRow]:
    result = []
    for key in range(1, count + 1):
        if key % 10 == 0:
            result.append(GridRow(key, f"Sala {key // 10}", "Sala · 8 personas"))
        else:
            result.append(GridRow(key, f"Escritorio {key}", "Escritorio · 1 persona"))
    return result


def block(key: int, row: int, starts: datetime, ends: datetime, **extra) -> GridBlock:
    values = {"title": f"Persona {key}", "detail": f"{starts:%H:%M}–{ends:%H:%M} · Registrada"}
    values.update(extra)
    return GridBlock(key, row, starts, ends, **values)


def make_grid(qtbot, days=None, slot=30, row_count=6, blocks=(), size=(1100, 420)) -> CalendarGrid:
    grid = CalendarGrid()
    qtbot.addWidget(grid)
    grid.resize(*size)
    grid.set_rows(rows(row_count))
    grid.set_days(days or one_day(), slot, TZ)
    grid.set_blocks(list(blocks))
    grid.show()
    qtbot.waitExposed(grid)
    grid.setFocus()
    return grid


def point(grid: CalendarGrid, row: int, moment: datetime, fraction: float = 0.5) -> QPoint:
    """A point inside the slot holding ``moment``, ``fraction`` of the way across it."""
    rect = grid.cell_rect(row, moment)
    return QPoint(rect.left() + round(rect.width() * fraction), rect.center().y())


def press(qtbot, grid: CalendarGrid, pos: QPoint, button=LEFT) -> None:
    qtbot.mousePress(grid.viewport(), button, NO, pos)


def move(grid: CalendarGrid, pos: QPoint, held=LEFT) -> None:
    """A pointer move with the left button held, sent straight to the viewport (QTest's
    mouseMove does not carry the pressed button on every platform)."""
    event = QMouseEvent(
        QEvent.Type.MouseMove,
        QPointF(pos),
        QPointF(grid.viewport().mapToGlobal(pos)),
        Qt.MouseButton.NoButton,
        held,
        NO,
    )
    QApplication.sendEvent(grid.viewport(), event)


def release(qtbot, grid: CalendarGrid, pos: QPoint) -> None:
    qtbot.mouseRelease(grid.viewport(), LEFT, NO, pos)


def drag(qtbot, grid: CalendarGrid, start: QPoint, end: QPoint) -> None:
    press(qtbot, grid, start)
    middle = QPoint((start.x() + end.x()) // 2, (start.y() + end.y()) // 2)
    move(grid, middle)
    move(grid, end)
    release(qtbot, grid, end)


def key(qtbot, grid: CalendarGrid, which: Qt.Key, modifiers=NO) -> None:
    qtbot.keyClick(grid, which, modifiers)


class Recorder:
    """Every request the grid emits, in order."""

    def __init__(self, grid: CalendarGrid) -> None:
        self.calls: list[tuple] = []
        grid.createRequested.connect(lambda *a: self.calls.append(("create", *a)))
        grid.moveRequested.connect(lambda *a: self.calls.append(("move", *a)))
        grid.cancelRequested.connect(lambda *a: self.calls.append(("cancel", *a)))
        grid.openRequested.connect(lambda *a: self.calls.append(("open", *a)))


# -- creating with the mouse -------------------------------------------------------------


def test_drag_on_free_time_requests_the_snapped_range(qtbot) -> None:
    grid = make_grid(qtbot)
    calls = Recorder(grid).calls
    drag(
        qtbot,
        grid,
        point(grid, 2, at(MONDAY, 10, 10), 0.3),
        point(grid, 2, at(MONDAY, 11, 40), 0.4),
    )
    assert calls == [("create", 2, at(MONDAY, 10), at(MONDAY, 12))]
    starts = calls[0][2]
    assert starts.utcoffset() == timedelta(hours=-5)
    assert grid.ghost() is None


def test_dragging_backwards_and_across_rows_stays_on_the_pressed_row(qtbot) -> None:
    grid = make_grid(qtbot)
    calls = Recorder(grid).calls
    drag(qtbot, grid, point(grid, 3, at(MONDAY, 14, 0)), point(grid, 5, at(MONDAY, 12, 30)))
    assert calls == [("create", 3, at(MONDAY, 12, 30), at(MONDAY, 14, 30))]


def test_a_click_requests_one_slot(qtbot) -> None:
    grid = make_grid(qtbot, slot=15)
    calls = Recorder(grid).calls
    spot = point(grid, 4, at(MONDAY, 9, 50))
    press(qtbot, grid, spot)
    release(qtbot, grid, spot)
    assert calls == [("create", 4, at(MONDAY, 9, 45), at(MONDAY, 10))]
    assert grid.cursor() == (4, at(MONDAY, 9, 45))


def test_a_drag_into_closed_time_or_the_next_day_is_clamped(qtbot) -> None:
    grid = make_grid(qtbot, days=week(), size=(1300, 420))
    calls = Recorder(grid).calls
    # Saturday opens 09:00-13:00 inside an 08:00-19:00 week: drag far right, into Sunday.
    drag(
        qtbot,
        grid,
        point(grid, 1, at(SATURDAY, 11)),
        point(grid, 1, at(SATURDAY + timedelta(days=1), 10)),
    )
    drag(qtbot, grid, point(grid, 2, at(SATURDAY, 10)), point(grid, 2, at(SATURDAY, 8)))
    assert calls == [
        ("create", 1, at(SATURDAY, 11), at(SATURDAY, 13)),
        ("create", 2, at(SATURDAY, 9), at(SATURDAY, 10, 30)),
    ]


def test_a_press_on_closed_time_requests_nothing(qtbot) -> None:
    grid = make_grid(qtbot, days=week(holiday=True), size=(1300, 420))
    calls = Recorder(grid).calls
    for spot in (point(grid, 1, at(MONDAY, 10)), point(grid, 1, at(SATURDAY, 15))):
        drag(qtbot, grid, spot, spot + QPoint(30, 0))
    assert calls == []


def test_a_click_in_the_week_view_maps_to_that_day(qtbot) -> None:
    grid = make_grid(qtbot, days=week(), slot=60, size=(1300, 420))
    calls = Recorder(grid).calls
    # The third day's column, two and a half hours after the 08:00 start, second row.
    axis = grid.axis
    x = 2 * axis.day_width + 150 * axis.px_per_minute - grid.horizontalScrollBar().value()
    spot = QPoint(round(x), round(1.5 * grid.ROW_HEIGHT))
    press(qtbot, grid, spot)
    release(qtbot, grid, spot)
    assert calls == [("create", 2, at(WEDNESDAY, 10), at(WEDNESDAY, 11))]


# -- moving and resizing with the mouse --------------------------------------------------


def test_dragging_a_block_requests_a_move_with_the_same_length(qtbot) -> None:
    grid = make_grid(qtbot, blocks=[block(7, 1, at(MONDAY, 10), at(MONDAY, 11, 30))])
    calls = Recorder(grid).calls
    start = point(grid, 1, at(MONDAY, 10, 45))
    press(qtbot, grid, start)
    move(grid, point(grid, 2, at(MONDAY, 11, 15)))
    move(grid, point(grid, 3, at(MONDAY, 11, 45)))
    ghost = grid.ghost()
    assert ghost is not None and ghost[0] == 2  # row index 2 = row key 3
    assert grid.selected_block() == 7
    release(qtbot, grid, point(grid, 3, at(MONDAY, 11, 45)))
    assert calls == [("move", 7, 3, at(MONDAY, 11), at(MONDAY, 12, 30))]
    assert grid.ghost() is None


def test_blocks_given_in_utc_are_shown_and_moved_in_local_time(qtbot) -> None:
    grid = make_grid(
        qtbot, blocks=[block(7, 1, at(MONDAY, 10).astimezone(UTC), at(MONDAY, 11).astimezone(UTC))]
    )
    calls = Recorder(grid).calls
    assert grid.block_rect(7).left() == grid.cell_rect(1, at(MONDAY, 10)).left()
    drag(qtbot, grid, point(grid, 1, at(MONDAY, 10, 30)), point(grid, 1, at(MONDAY, 11, 30)))
    assert calls == [("move", 7, 1, at(MONDAY, 11), at(MONDAY, 12))]
    assert calls[0][3].tzinfo is TZ and calls[0][3].hour == 11


def test_a_moved_block_is_kept_inside_opening_hours(qtbot) -> None:
    grid = make_grid(qtbot, blocks=[block(7, 1, at(MONDAY, 16), at(MONDAY, 17))])
    calls = Recorder(grid).calls
    drag(
        qtbot,
        grid,
        point(grid, 1, at(MONDAY, 16, 30)),
        point(grid, 1, at(MONDAY, 17, 50)) + QPoint(80, 0),
    )
    assert calls == [("move", 7, 1, at(MONDAY, 17), at(MONDAY, 18))]


def test_a_block_dragged_to_another_day_keeps_its_time_of_day_shift(qtbot) -> None:
    grid = make_grid(
        qtbot,
        days=week(),
        slot=60,
        size=(1300, 420),
        blocks=[block(7, 1, at(MONDAY, 9), at(MONDAY, 11))],
    )
    calls = Recorder(grid).calls
    drag(qtbot, grid, point(grid, 1, at(MONDAY, 9)), point(grid, 1, at(WEDNESDAY, 12)))
    assert calls == [("move", 7, 1, at(WEDNESDAY, 12), at(WEDNESDAY, 14))]


def test_a_press_and_release_on_a_block_only_selects_it(qtbot) -> None:
    grid = make_grid(qtbot, blocks=[block(7, 1, at(MONDAY, 10), at(MONDAY, 12))])
    calls = Recorder(grid).calls
    with qtbot.waitSignal(grid.selectionChanged):
        press(qtbot, grid, point(grid, 1, at(MONDAY, 11)))
    release(qtbot, grid, point(grid, 1, at(MONDAY, 11)))
    assert calls == []
    assert grid.selected_block() == 7


def test_resizing_by_either_edge(qtbot) -> None:
    grid = make_grid(qtbot, blocks=[block(7, 1, at(MONDAY, 10), at(MONDAY, 11))])
    calls = Recorder(grid).calls
    rect = grid.block_rect(7)
    right_edge = QPoint(rect.right() - 2, rect.center().y())
    # Edges snap to the nearest slot boundary: 12:06 -> 12:00, 09:24 -> 09:30.
    drag(qtbot, grid, right_edge, point(grid, 1, at(MONDAY, 12), 0.2))
    left_edge = QPoint(rect.left() + 3, rect.center().y())
    drag(qtbot, grid, left_edge, point(grid, 1, at(MONDAY, 9), 0.8))
    # An edge pulled past the other end leaves one slot.
    drag(qtbot, grid, right_edge, point(grid, 1, at(MONDAY, 8, 30)))
    assert calls == [
        ("move", 7, 1, at(MONDAY, 10), at(MONDAY, 12)),
        ("move", 7, 1, at(MONDAY, 9, 30), at(MONDAY, 11)),
        ("move", 7, 1, at(MONDAY, 10), at(MONDAY, 10, 30)),
    ]


def test_hovering_an_edge_shows_the_resize_pointer(qtbot) -> None:
    grid = make_grid(
        qtbot,
        blocks=[
            block(7, 1, at(MONDAY, 10), at(MONDAY, 11)),
            block(8, 2, at(MONDAY, 10), at(MONDAY, 11), editable=False),
        ],
    )
    rect = grid.block_rect(7)
    move(grid, QPoint(rect.right() - 1, rect.center().y()), held=Qt.MouseButton.NoButton)
    assert grid.viewport().cursor().shape() == Qt.CursorShape.SizeHorCursor
    move(grid, rect.center(), held=Qt.MouseButton.NoButton)
    assert grid.viewport().cursor().shape() == Qt.CursorShape.OpenHandCursor
    rect = grid.block_rect(8)
    move(grid, QPoint(rect.right() - 1, rect.center().y()), held=Qt.MouseButton.NoButton)
    assert grid.viewport().cursor().shape() == Qt.CursorShape.ArrowCursor


def test_escape_abandons_a_drag(qtbot) -> None:
    grid = make_grid(qtbot, blocks=[block(7, 1, at(MONDAY, 10), at(MONDAY, 11))])
    calls = Recorder(grid).calls
    press(qtbot, grid, point(grid, 1, at(MONDAY, 10, 30)))
    move(grid, point(grid, 4, at(MONDAY, 14)))
    assert grid.ghost() is not None
    key(qtbot, grid, Qt.Key.Key_Escape)
    assert grid.ghost() is None
    release(qtbot, grid, point(grid, 4, at(MONDAY, 14)))
    press(qtbot, grid, point(grid, 3, at(MONDAY, 14)))
    move(grid, point(grid, 3, at(MONDAY, 16)))
    key(qtbot, grid, Qt.Key.Key_Escape)
    release(qtbot, grid, point(grid, 3, at(MONDAY, 16)))
    assert calls == []


def test_double_click_opens_and_the_context_menu_opens_or_cancels(qtbot) -> None:
    grid = make_grid(
        qtbot,
        blocks=[
            block(7, 1, at(MONDAY, 10), at(MONDAY, 11)),
            block(8, 2, at(MONDAY, 8), at(MONDAY, 9), state="past", editable=False),
        ],
    )
    calls = Recorder(grid).calls
    qtbot.mouseDClick(grid.viewport(), LEFT, NO, point(grid, 1, at(MONDAY, 10, 30)))
    assert ("open", 7) in calls and not any(c[0] in ("create", "move") for c in calls)
    calls.clear()

    seen: list[bool] = []

    def choose(action_name: str) -> None:
        menu = QApplication.activePopupWidget()
        assert isinstance(menu, QMenu)
        action = next(a for a in menu.actions() if a.objectName() == action_name)
        seen.append(action.isEnabled())
        if action.isEnabled():
            action.trigger()
        menu.close()

    for row, moment, action_name in (
        (1, at(MONDAY, 10, 30), "openBlockAction"),
        (1, at(MONDAY, 10, 30), "cancelBlockAction"),
        (2, at(MONDAY, 8, 30), "cancelBlockAction"),
    ):
        QTimer.singleShot(50, lambda name=action_name: choose(name))
        spot = point(grid, row, moment)
        qtbot.mouseClick(grid.viewport(), Qt.MouseButton.RightButton, NO, spot)
        event = QContextMenu(spot, grid)
        QApplication.sendEvent(grid.viewport(), event)
    assert seen == [True, True, False]
    assert calls == [("open", 7), ("cancel", 7)]


def QContextMenu(spot: QPoint, grid: CalendarGrid):  # noqa: N802 (reads like the event)
    from PySide6.QtGui import QContextMenuEvent

    return QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, spot, grid.viewport().mapToGlobal(spot)
    )


def test_a_block_tells_its_title_and_detail_in_a_tooltip(qtbot) -> None:
    grid = make_grid(
        qtbot, blocks=[block(7, 1, at(MONDAY, 10), at(MONDAY, 11), title="Zoë <Núñez>")]
    )
    spot = point(grid, 1, at(MONDAY, 10, 30))
    event = QHelpEvent(QEvent.Type.ToolTip, spot, grid.viewport().mapToGlobal(spot))
    QApplication.sendEvent(grid.viewport(), event)
    assert "Zoë &lt;Núñez&gt;" in QToolTip.text()
    assert "10:00–11:00 · Registrada" in QToolTip.text()
    QToolTip.hideText()


# -- keyboard ----------------------------------------------------------------------------


def test_keyboard_create_with_arrows_shift_and_enter(qtbot) -> None:
    grid = make_grid(qtbot)
    calls = Recorder(grid).calls
    grid.set_cursor(2, at(MONDAY, 10))
    key(qtbot, grid, Qt.Key.Key_Right)
    key(qtbot, grid, Qt.Key.Key_Down)
    key(qtbot, grid, Qt.Key.Key_Right, SHIFT)
    key(qtbot, grid, Qt.Key.Key_Right, SHIFT)
    assert grid.cursor() == (3, at(MONDAY, 11, 30))
    key(qtbot, grid, Qt.Key.Key_Return)
    key(qtbot, grid, Qt.Key.Key_Left)  # a plain arrow drops the range
    key(qtbot, grid, Qt.Key.Key_Enter)
    assert calls == [
        ("create", 3, at(MONDAY, 10, 30), at(MONDAY, 12)),
        ("create", 3, at(MONDAY, 11), at(MONDAY, 11, 30)),
    ]


def test_home_end_page_keys_and_the_spoken_position(qtbot) -> None:
    grid = make_grid(qtbot, row_count=30, days=week(), size=(1300, 420))
    grid.set_cursor(1, at(SATURDAY, 11))
    key(qtbot, grid, Qt.Key.Key_Home)
    assert grid.cursor() == (1, at(SATURDAY, 9))
    key(qtbot, grid, Qt.Key.Key_End)
    assert grid.cursor() == (1, at(SATURDAY, 12, 30))
    key(qtbot, grid, Qt.Key.Key_PageDown)
    key(qtbot, grid, Qt.Key.Key_PageDown)
    assert grid.cursor() == (21, at(SATURDAY, 12, 30))
    assert grid.verticalScrollBar().value() > 0
    key(qtbot, grid, Qt.Key.Key_PageUp)
    assert grid.cursor()[0] == 11
    assert grid.accessibleDescription() == "Escritorio 11, sábado 07/11 12:30"
    assert grid.accessibleName()


def test_arrows_cross_into_the_next_and_previous_day(qtbot) -> None:
    grid = make_grid(qtbot, days=week(), slot=60, size=(1300, 420))
    grid.set_cursor(1, at(MONDAY, 18))
    key(qtbot, grid, Qt.Key.Key_Right)
    assert grid.cursor() == (1, at(MONDAY + timedelta(days=1), 8))
    key(qtbot, grid, Qt.Key.Key_Left)
    assert grid.cursor() == (1, at(MONDAY, 18))
    # A Shift range never leaves its day.
    key(qtbot, grid, Qt.Key.Key_Right, SHIFT)
    assert grid.cursor() == (1, at(MONDAY, 18))


def test_ctrl_arrows_move_and_resize_the_block_under_the_cursor(qtbot) -> None:
    blocks = [
        block(7, 2, at(MONDAY, 10), at(MONDAY, 11)),
        block(8, 4, at(MONDAY, 15), at(MONDAY, 15, 30)),
    ]
    grid = make_grid(qtbot, blocks=blocks)
    calls = Recorder(grid).calls
    grid.set_cursor(2, at(MONDAY, 10, 30))
    assert grid.selected_block() == 7
    key(qtbot, grid, Qt.Key.Key_Right, CTRL)
    key(qtbot, grid, Qt.Key.Key_Left, CTRL)
    key(qtbot, grid, Qt.Key.Key_Down, CTRL)
    key(qtbot, grid, Qt.Key.Key_Up, CTRL)
    key(qtbot, grid, Qt.Key.Key_Right, CTRL | SHIFT)
    key(qtbot, grid, Qt.Key.Key_Left, CTRL | SHIFT)
    assert calls == [
        ("move", 7, 2, at(MONDAY, 10, 30), at(MONDAY, 11, 30)),
        ("move", 7, 2, at(MONDAY, 9, 30), at(MONDAY, 10, 30)),
        ("move", 7, 3, at(MONDAY, 10), at(MONDAY, 11)),
        ("move", 7, 1, at(MONDAY, 10), at(MONDAY, 11)),
        ("move", 7, 2, at(MONDAY, 10), at(MONDAY, 11, 30)),
        ("move", 7, 2, at(MONDAY, 10), at(MONDAY, 10, 30)),
    ]
    calls.clear()
    # The page accepts a move: the cursor follows the block, so Ctrl+Down can repeat.
    grid.set_blocks([block(7, 3, at(MONDAY, 10), at(MONDAY, 11)), blocks[1]])
    assert grid.selected_block() == 7 and grid.cursor()[0] == 3
    key(qtbot, grid, Qt.Key.Key_Down, CTRL)
    # A one-slot block does not shrink; nothing moves out of opening hours.
    grid.set_cursor(4, at(MONDAY, 15))
    key(qtbot, grid, Qt.Key.Key_Left, CTRL | SHIFT)
    grid.set_blocks([blocks[0], block(9, 5, at(MONDAY, 17), at(MONDAY, 18))])
    grid.set_cursor(5, at(MONDAY, 17))
    key(qtbot, grid, Qt.Key.Key_Right, CTRL)
    key(qtbot, grid, Qt.Key.Key_Right, CTRL | SHIFT)
    assert calls == [("move", 7, 4, at(MONDAY, 10), at(MONDAY, 11))]


def test_enter_opens_and_delete_cancels_the_block_under_the_cursor(qtbot) -> None:
    grid = make_grid(qtbot, blocks=[block(7, 2, at(MONDAY, 10), at(MONDAY, 11))])
    calls = Recorder(grid).calls
    grid.set_cursor(2, at(MONDAY, 9, 30))
    assert grid.selected_block() is None
    with qtbot.waitSignal(grid.selectionChanged):
        key(qtbot, grid, Qt.Key.Key_Right)
    assert grid.selected_block() == 7
    key(qtbot, grid, Qt.Key.Key_Return)
    key(qtbot, grid, Qt.Key.Key_Delete)
    assert calls == [("open", 7), ("cancel", 7)]
    # The page cancelled it: the selection goes with it, the cursor stays.
    with qtbot.waitSignal(grid.selectionChanged):
        grid.set_blocks([])
    assert grid.selected_block() is None
    assert grid.cursor() == (2, at(MONDAY, 10))


def test_non_editable_blocks_request_nothing_but_open(qtbot) -> None:
    grid = make_grid(
        qtbot,
        blocks=[
            block(7, 2, at(MONDAY, 10), at(MONDAY, 11), state="checked_in", editable=False),
            block(8, 3, at(MONDAY, 8), at(MONDAY, 9), state="past", editable=False),
        ],
    )
    calls = Recorder(grid).calls
    drag(qtbot, grid, point(grid, 2, at(MONDAY, 10, 30)), point(grid, 4, at(MONDAY, 13)))
    rect = grid.block_rect(7)
    drag(qtbot, grid, QPoint(rect.right() - 1, rect.center().y()), point(grid, 2, at(MONDAY, 13)))
    grid.set_cursor(2, at(MONDAY, 10))
    assert grid.selected_block() == 7
    for which, modifiers in (
        (Qt.Key.Key_Right, CTRL),
        (Qt.Key.Key_Left, CTRL),
        (Qt.Key.Key_Down, CTRL),
        (Qt.Key.Key_Right, CTRL | SHIFT),
        (Qt.Key.Key_Delete, NO),
    ):
        key(qtbot, grid, which, modifiers)
    assert calls == []
    key(qtbot, grid, Qt.Key.Key_Return)
    assert calls == [("open", 7)]


def test_tab_visits_every_block_in_time_order_then_leaves(qtbot) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    layout = QVBoxLayout(host)
    grid = CalendarGrid(host)
    after = QPushButton("after", host)
    layout.addWidget(grid)
    layout.addWidget(after)
    host.resize(1300, 500)
    grid.set_rows(rows(6))
    grid.set_days(week(), 30, TZ)
    grid.set_blocks(
        [
            block(1, 5, at(WEDNESDAY, 9), at(WEDNESDAY, 10)),
            block(2, 1, at(MONDAY, 15), at(MONDAY, 16)),
            block(3, 6, at(MONDAY, 8), at(MONDAY, 9)),
            block(4, 2, at(MONDAY, 15), at(MONDAY, 17)),
        ]
    )
    host.show()
    qtbot.waitExposed(host)
    grid.setFocus()
    grid.set_cursor(1, at(MONDAY, 8))
    visited = []
    for _ in range(4):
        key(qtbot, grid, Qt.Key.Key_Tab)
        visited.append(grid.selected_block())
    assert visited == [3, 2, 4, 1]
    key(qtbot, grid, Qt.Key.Key_Backtab)
    assert grid.selected_block() == 4
    key(qtbot, grid, Qt.Key.Key_Tab)
    key(qtbot, grid, Qt.Key.Key_Tab)
    assert host.focusWidget() is after


# -- keeping state across updates ----------------------------------------------------------


def test_set_blocks_keeps_the_scroll_position_and_the_cursor(qtbot) -> None:
    grid = make_grid(qtbot, days=week(), row_count=100, size=(700, 500), blocks=busy_blocks(100))
    grid.set_cursor(60, at(SATURDAY, 12))
    vertical, horizontal = grid.verticalScrollBar(), grid.horizontalScrollBar()
    assert vertical.value() > 0 and horizontal.value() > 0
    vertical.setValue(vertical.value() + 45)
    before = (vertical.value(), horizontal.value())
    grid.set_blocks(busy_blocks(100, seed=2))
    assert (vertical.value(), horizontal.value()) == before
    assert grid.cursor() == (60, at(SATURDAY, 12))
    grid.set_rows(rows(100))
    assert (vertical.value(), horizontal.value()) == before


def test_switching_from_the_week_to_the_day_keeps_the_cursor_and_the_blocks(qtbot) -> None:
    blocks = [
        block(7, 2, at(WEDNESDAY, 10), at(WEDNESDAY, 11)),
        block(8, 2, at(MONDAY, 9), at(MONDAY, 10)),
    ]
    grid = make_grid(qtbot, days=week(), blocks=blocks, size=(1300, 420))
    grid.set_cursor(2, at(WEDNESDAY, 10, 30))
    assert grid.selected_block() == 7
    grid.set_days([GridDay(WEDNESDAY, time(8), time(19))], 30, TZ)
    assert not grid.is_week()
    assert grid.cursor() == (2, at(WEDNESDAY, 10, 30))
    assert grid.block_rect(7) is not None and grid.block_rect(8) is None
    grid.set_days(week(), 30, TZ)
    assert grid.block_rect(8) is not None


def test_the_week_fills_the_width_or_scrolls_sideways(qtbot) -> None:
    grid = make_grid(qtbot, days=week(), row_count=40, size=(1300, 500))
    bar = grid.horizontalScrollBar()
    assert bar.maximum() == 0 and not bar.isVisible()
    assert grid.axis.width == grid.viewport().width()
    grid.resize(700, 500)
    qtbot.waitUntil(bar.isVisible)
    assert bar.maximum() > 0
    assert grid.axis.px_per_minute * 60 == grid.WEEK_PX_PER_HOUR
    grid.resize(1300, 500)
    qtbot.waitUntil(lambda: not bar.isVisible())


def test_a_refresh_during_a_drag_keeps_dragging_the_same_booking(qtbot) -> None:
    original = block(7, 1, at(MONDAY, 10), at(MONDAY, 11))
    grid = make_grid(qtbot, blocks=[original])
    calls = Recorder(grid).calls
    press(qtbot, grid, point(grid, 1, at(MONDAY, 10, 30)))
    move(grid, point(grid, 2, at(MONDAY, 12, 30)))
    grid.set_now(at(MONDAY, 10, 45))
    grid.set_blocks([original, block(9, 5, at(MONDAY, 8), at(MONDAY, 9))])
    release(qtbot, grid, point(grid, 2, at(MONDAY, 12, 30)))
    assert calls == [("move", 7, 2, at(MONDAY, 12), at(MONDAY, 13))]


def test_a_rejected_move_snaps_back(qtbot) -> None:
    original = block(7, 1, at(MONDAY, 10), at(MONDAY, 11))
    grid = make_grid(qtbot, blocks=[original])
    calls = Recorder(grid).calls
    drag(qtbot, grid, point(grid, 1, at(MONDAY, 10)), point(grid, 3, at(MONDAY, 13)))
    assert calls and calls[0][0] == "move"
    before = grid.block_rect(7)
    assert before == grid.cell_rect(1, at(MONDAY, 10)).united(grid.cell_rect(1, at(MONDAY, 10, 30)))
    grid.set_blocks([original])
    assert grid.block_rect(7) == before
    assert grid.selected_block() == 7


# -- many rows, and the screenshots --------------------------------------------------------

STATES = ("booked", "booked", "booked", "booked", "series")
NAMES = (
    "María José Quiñónez",
    "Luis Fernando Pérez",
    "Ana Lucía Zambrano",
    "José Gregorio Rondón",
    "Yuleidy Carolina Mendoza",
    "Carlos Andrés Vélez",
    "Daniela Cedeño",
    "Wilmer Antonio Briceño",
    "Génesis Muñoz",
    "Pedro Alcívar",
)


def busy_blocks(
    row_count: int, seed: int = 1, now: datetime | None = None, days: list[GridDay] | None = None
) -> list[GridBlock]:
    """About twenty bookings per resource over the week; before ``now`` they are past."""
    pick = random.Random(seed)
    result: list[GridBlock] = []
    for row in range(1, row_count + 1):
        for day in days or week():
            if day.opens is None or day.closes is None:
                continue
            starts = at(day.day, day.opens.hour) + timedelta(minutes=pick.choice((0, 0, 30, 60)))
            while True:
                ends = starts + timedelta(minutes=pick.choice((1, 1, 2, 2, 3, 4)) * 30)
                if ends.time() > day.closes or ends.date() != day.day:
                    break
                state = pick.choice(STATES)
                if now is None and pick.random() < 0.1:
                    state = pick.choice(("checked_in", "no_show", "past"))
                elif now is not None and ends <= now:
                    state = pick.choice(("past", "past", "past", "no_show"))
                elif now is not None and starts <= now:
                    state = "checked_in"
                result.append(
                    GridBlock(
                        len(result) + 1,
                        row,
                        starts,
                        ends,
                        pick.choice(NAMES),
                        f"{starts:%H:%M}–{ends:%H:%M} · Registrada",
                        state,
                        state not in ("past", "checked_in"),
                    )
                )
                starts = ends + timedelta(minutes=pick.choice((0, 30, 60, 60, 90, 120)))
    return result


def test_a_busy_week_of_100_rows_and_2000_blocks_paints(qtbot) -> None:
    blocks = busy_blocks(100)
    assert len(blocks) >= 2000
    grid = make_grid(qtbot, days=week(holiday=True), row_count=100, size=(1280, 800), blocks=blocks)
    assert not grid.grab().isNull()
    grid.verticalScrollBar().setValue(grid.verticalScrollBar().maximum() // 2)
    grid.horizontalScrollBar().setValue(grid.horizontalScrollBar().maximum())
    image = grid.grab().toImage()
    assert not image.isNull() and image.width() == 1280


def test_screenshots_of_the_week_and_the_day(qtbot, tmp_path: Path) -> None:
    SHOTS = Path(os.environ.get("COWORKING_SHOTS") or tmp_path)  # noqa: N806
    SHOTS.mkdir(parents=True, exist_ok=True)
    now = at(WEDNESDAY, 11, 20)
    blocks = busy_blocks(100, seed=3, now=now, days=week(holiday=True))
    grid = make_grid(qtbot, days=week(holiday=True), row_count=100, size=(1280, 800), blocks=blocks)
    grid.set_now(now)
    grid.set_cursor(3, at(WEDNESDAY, 15))
    grid.verticalScrollBar().setValue(0)
    grid.grab().save(str(SHOTS / "calendar_week.png"))

    day_blocks = [b for b in busy_blocks(24, seed=5, now=now) if b.starts.date() == WEDNESDAY]
    day = make_grid(
        qtbot,
        days=[GridDay(WEDNESDAY, time(8), time(19), "Horario normal")],
        row_count=24,
        size=(1280, 800),
        blocks=day_blocks,
    )
    day.set_now(now)
    day.select_block(day_blocks[4].key)
    day.grab().save(str(SHOTS / "calendar_day.png"))
    assert (SHOTS / "calendar_week.png").stat().st_size > 10_000
