"""The booking calendar: resources down the side, time across, bookings as blocks.

A pure view. It shows the rows, days and blocks it is given and turns the user's gestures into
requests (signals); it never changes its own blocks. The page asks the booking service, then
calls ``set_blocks`` with the new blocks, or with the old ones after a refusal so that the block
snaps back. While a block is dragged the widget draws a ghost; on release it emits the request
and the ghost disappears.

Mouse: drag across empty open time to book it (a click books one slot); drag a block to move
it (to another row, or another day in the week view); drag a block's left or right edge to
change its times; Escape abandons a drag; double-click opens a block; right-click offers
"Open" and "Cancel booking".

Keyboard: arrows move the cursor cell (Left/Right by one slot, crossing into the next day;
Up/Down by one row); Home/End go to the first/last open slot of the day; Page Up/Page Down
jump ten rows; Shift+Left/Right mark a range; Enter books the range (or the cell), or opens the
block under the cursor; Delete cancels it; Ctrl+Left/Right move it one slot, Ctrl+Up/Down to
the previous/next row; Ctrl+Shift+Left/Right make it end one slot earlier/later; Tab and
Shift+Tab go from block to block in time order, then on to the next control.
"""

from __future__ import annotations

from datetime import datetime, tzinfo

from PySide6.QtCore import QEvent, QPointF, QRect, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QContextMenuEvent,
    QCursor,
    QFocusEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QFrame,
    QToolTip,
    QWidget,
)

from coworking.core.localtime import local_zone
from coworking.gui import calendar_gestures, calendar_paint
from coworking.gui.calendar_axis import TimeAxis, clock, long_date
from coworking.gui.calendar_blocks import BlockIndex, Placed
from coworking.gui.calendar_gestures import Cursor, Drag
from coworking.gui.calendar_model import GridBlock, GridDay, GridRow


class CalendarGrid(QAbstractScrollArea):
    """Bookings of many resources over one day or one week; see the module docstring."""

    createRequested = Signal(int, object, object)
    """Row key, starts, ends: book this free time."""
    moveRequested = Signal(int, int, object, object)
    """Block key, row key, starts, ends: move or resize this booking."""
    cancelRequested = Signal(int)
    openRequested = Signal(int)
    selectionChanged = Signal()

    LABEL_WIDTH = 160
    HEADER_HEIGHT = 46
    ROW_HEIGHT = 30
    DAY_PX_PER_HOUR = 64
    WEEK_PX_PER_HOUR = 11

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("calendarGrid")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setViewportMargins(self.LABEL_WIDTH, self.HEADER_HEIGHT, 0, 0)
        self.viewport().setMouseTracking(True)
        self.viewport().setAutoFillBackground(False)
        self.setAccessibleName(self.tr("Booking calendar"))
        self.setWhatsThis(
            self.tr(
                "Arrows: move the cursor. Shift+Left/Right: mark a range. Enter: book the "
                "marked time, or open the booking. Delete: cancel the booking. Ctrl+arrows: "
                "move the booking. Ctrl+Shift+Left/Right: make it end earlier or later. "
                "Home/End: first or last open slot of the day. Page Up/Down: ten rows. Tab: "
                "next booking. Drag on free time to book it; drag a booking or its edges to change "
                "it; Escape abandons a drag."
            )
        )
        self.axis = TimeAxis([], 30, local_zone(), self.DAY_PX_PER_HOUR / 60)
        self.rows: list[GridRow] = []
        self.blocks: list[GridBlock] = []
        self.row_index: dict[int, int] = {}
        self.index = BlockIndex([], self.axis, {})
        self.now: datetime | None = None
        self.drag: Drag | None = None
        self.cur = Cursor()
        self._selected: int | None = None
        self._last_pos = QPointF()
        self._bars_pending = False
        self._bar_syncs = 0
        self._autoscroll = QTimer(self)
        self._autoscroll.setInterval(40)
        self._autoscroll.timeout.connect(self._autoscroll_step)
        self.header = calendar_paint.TimeHeader(self)
        self.labels = calendar_paint.RowLabels(self)
        self.corner = calendar_paint.Corner(self)
        self._relayout()

    # -- public API -----------------------------------------------------------------------

    def set_days(self, days: list[GridDay], slot_minutes: int, tz: tzinfo) -> None:
        """Show these days (1 for the day view, 7 for the week view), snapping to
        ``slot_minutes`` (15, 30 or 60) and showing times in ``tz``."""
        if (list(days), slot_minutes, tz) == (self.axis.days, self.axis.slot, self.axis.tz):
            return  # the page's periodic refresh: keep any drag and range going
        keep = self.cursor()
        self.axis = TimeAxis(days, slot_minutes, tz)
        self._relayout()
        if self.drag is not None:
            self._end_drag()
        self._place_blocks(self.blocks)
        self.cur.anchor = None
        cell = self._locate_cell(*keep) if keep is not None else None
        if cell is None:
            # The first open slot of the first open day.
            day = next((d for d in range(len(days)) if self.axis.open_slots(d)), 0)
            slots = self.axis.open_slots(day) if days else range(0)
            cell = (self.cur.row, day, slots.start if slots else 0)
        self._move_to(*cell)
        self._refresh()

    def set_rows(self, rows: list[GridRow]) -> None:
        """Show these resources, top to bottom; the cursor stays on its resource if it is
        still shown."""
        previous = self.rows[self.cur.row].key if self.rows else None
        self.rows = list(rows)
        self.row_index = {row.key: i for i, row in enumerate(self.rows)}
        self._place_blocks(self.blocks)
        self._relayout()
        row = self.row_index.get(previous, min(self.cur.row, max(0, len(self.rows) - 1)))
        self._move_to(row, self.cur.day, self.cur.slot, select=True, reveal=False)
        self._refresh()

    def set_blocks(self, blocks: list[GridBlock]) -> None:
        """Show these bookings. The scroll position stays; the selection stays on its block
        (the cursor follows it if it moved), or goes to the block under the cursor."""
        self._place_blocks(blocks)
        selected = self.index.get(self._selected)
        if selected is not None:
            if self.index.at_slot(self.cur.row, self.cur.day, self.cur.slot) is not selected:
                self._follow(selected)
        else:
            self._select(self._key_under_cursor())
        self._describe()
        self._refresh()

    def set_now(self, moment: datetime | None) -> None:
        """Draw the red line of the current time (the page calls this every minute)."""
        if moment != self.now:
            self.now = moment
            self._refresh()

    def selected_block(self) -> int | None:
        return self._selected

    def select_block(self, key: int | None) -> None:
        """Select block ``key`` and put the cursor on it; None or a key not shown clears the
        selection."""
        placed = self.index.get(key)
        if placed is None:
            self._select(None)
        else:
            self._select(placed.block.key)
            self._follow(placed)
        self._describe()
        self._refresh()

    def cursor(self) -> tuple[int, datetime] | None:  # type: ignore[override]
        """Row key and slot start of the keyboard cursor; None with no rows or days."""
        if not self.rows or not self.axis.days:
            return None
        return self.rows[self.cur.row].key, self.axis.slot_start(self.cur.day, self.cur.slot)

    def set_cursor(self, row_key: int, moment: datetime) -> None:
        """Put the keyboard cursor on the slot holding ``moment`` in row ``row_key``."""
        cell = self._locate_cell(row_key, moment)
        if cell is None:
            raise ValueError(f"no row {row_key} or day for {moment} in the calendar")
        self.cur.anchor = None
        self._move_to(*cell, select=True)
        self._refresh()

    def cell_rect(self, row_key: int, moment: datetime) -> QRect:
        """Viewport rectangle of the slot holding ``moment`` in row ``row_key``."""
        cell = self._locate_cell(row_key, moment)
        if cell is None:
            raise ValueError(f"no row {row_key} or day for {moment} in the calendar")
        row, day, slot = cell
        return self._to_viewport(self._content_rect(row, day, slot * self.axis.slot, 1))

    def block_rect(self, key: int) -> QRect | None:
        """Viewport rectangle of block ``key``, or None when it is not shown."""
        placed = self.index.get(key)
        if placed is None:
            return None
        rect = self._content_rect(placed.row, placed.day, placed.first, 0, placed.last)
        return self._to_viewport(rect)

    def is_week(self) -> bool:
        return len(self.axis.days) > 1

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(
            self.LABEL_WIDTH + min(self.axis.width or 900, 1100) + 20,
            self.HEADER_HEIGHT + min(len(self.rows) * self.ROW_HEIGHT, 560) + 20,
        )

    # -- geometry -------------------------------------------------------------------------

    @property
    def scroll_x(self) -> int:
        return self.horizontalScrollBar().value()

    @property
    def scroll_y(self) -> int:
        return self.verticalScrollBar().value()

    def _content_rect(
        self, row: int, day: int, first: float, slots: int, last: float | None = None
    ) -> QRectF:
        end = first + slots * self.axis.slot if last is None else last
        left, right = self.axis.x(day, first), self.axis.x(day, end)
        return QRectF(left, row * self.ROW_HEIGHT, right - left, self.ROW_HEIGHT)

    def _to_viewport(self, rect: QRectF) -> QRect:
        return rect.translated(-self.scroll_x, -self.scroll_y).toAlignedRect()

    def _cell_at(self, pos: QPointF) -> tuple[int, int, float] | None:
        """Row index, day index and minute under a viewport point; None off the rows."""
        if not self.rows or not self.axis.days:
            return None
        y = pos.y() + self.scroll_y
        row = int(y // self.ROW_HEIGHT)
        if y < 0 or row >= len(self.rows):
            return None
        day, minute = self.axis.at(pos.x() + self.scroll_x)
        return row, day, minute

    def _locate_cell(self, row_key: int, moment: datetime) -> tuple[int, int, int] | None:
        row = self.row_index.get(row_key)
        where = self.axis.locate(moment) if self.axis.days else None
        if row is None or where is None:
            return None
        return row, where[0], self.axis.slot_of(where[1])

    def _relayout(self) -> None:
        width = self.viewport().width()
        hours = max(1, len(self.axis.days)) * self.axis.span / 60
        least = self.WEEK_PX_PER_HOUR if self.is_week() else self.DAY_PX_PER_HOUR
        self.axis.px_per_minute = max(least, width / hours) / 60
        horizontal, vertical = self.horizontalScrollBar(), self.verticalScrollBar()
        horizontal.setRange(0, max(0, self.axis.width - width))
        horizontal.setPageStep(max(1, width))
        horizontal.setSingleStep(20)
        height = self.viewport().height()
        vertical.setRange(0, max(0, len(self.rows) * self.ROW_HEIGHT - height))
        vertical.setPageStep(max(1, height))
        vertical.setSingleStep(self.ROW_HEIGHT)
        wrong = any(bar.isVisible() != (bar.maximum() > 0) for bar in (horizontal, vertical))
        if not wrong:
            self._bar_syncs = 0
        elif self.isVisible() and not self._bars_pending and self._bar_syncs < 3:
            # Qt does not show or hide scroll bars while the area is resizing: do it after
            # (a few times at most, in case the two bars keep toggling each other).
            self._bars_pending = True
            QTimer.singleShot(0, self, self._sync_scroll_bars)
        area = self.viewport().geometry()
        self.header.setGeometry(
            area.x(), area.y() - self.HEADER_HEIGHT, area.width(), self.HEADER_HEIGHT
        )
        self.labels.setGeometry(
            area.x() - self.LABEL_WIDTH, area.y(), self.LABEL_WIDTH, area.height()
        )
        self.corner.setGeometry(
            area.x() - self.LABEL_WIDTH,
            area.y() - self.HEADER_HEIGHT,
            self.LABEL_WIDTH,
            self.HEADER_HEIGHT,
        )

    def _sync_scroll_bars(self) -> None:
        self._bars_pending = False
        self._bar_syncs += 1
        self.setViewportMargins(self.LABEL_WIDTH, self.HEADER_HEIGHT, 0, 0)
        self._relayout()

    def _refresh(self) -> None:
        self.viewport().update()
        self.header.update()
        self.labels.update()

    def _reveal(self, rect: QRectF) -> None:
        """Scroll as little as possible to show ``rect`` (content coordinates)."""
        horizontal, vertical = self.horizontalScrollBar(), self.verticalScrollBar()
        width, height = self.viewport().width(), self.viewport().height()
        if rect.left() < horizontal.value():
            horizontal.setValue(int(rect.left()) - 8)
        elif rect.right() > horizontal.value() + width:
            horizontal.setValue(int(rect.right()) - width + 8)
        if rect.top() < vertical.value():
            vertical.setValue(int(rect.top()))
        elif rect.bottom() > vertical.value() + height:
            vertical.setValue(int(rect.bottom()) - height + 1)

    # -- blocks ---------------------------------------------------------------------------

    def _place_blocks(self, blocks: list[GridBlock]) -> None:
        """Blocks off the shown rows and days are kept for a later set_rows/set_days."""
        self.blocks = list(blocks)
        self.index = BlockIndex(self.blocks, self.axis, self.row_index)
        if self.drag is not None and self.drag.placed is not None:
            # A refresh during a drag: keep dragging the same booking if it is still shown.
            self.drag.placed = self.index.get(self.drag.placed.block.key)
            if self.drag.placed is None:
                self._end_drag()

    def _key_under_cursor(self) -> int | None:
        placed = self.index.at_slot(self.cur.row, self.cur.day, self.cur.slot)
        return placed.block.key if placed else None

    def _hit(self, pos: QPointF) -> tuple[Placed, str] | None:
        """The block under a viewport point and the part pressed: "start", "end", "body"."""
        cell = self._cell_at(pos)
        return self.index.hit(cell[0], cell[1], pos.x() + self.scroll_x) if cell else None

    # -- cursor and selection -------------------------------------------------------------

    def _select(self, key: int | None) -> None:
        if key != self._selected:
            self._selected = key
            self._refresh()
            self.selectionChanged.emit()

    def _move_to(
        self, row: int, day: int, slot: int, *, select: bool = True, reveal: bool = True
    ) -> None:
        """Put the cursor on a cell; ``select`` selects the block there (or none)."""
        count_days = len(self.axis.days)
        self.cur.row = max(0, min(row, len(self.rows) - 1)) if self.rows else 0
        self.cur.day = max(0, min(day, count_days - 1)) if count_days else 0
        self.cur.slot = max(0, min(slot, self.axis.slots - 1))
        if select:
            self._select(self._key_under_cursor())
        if reveal and self.rows and count_days:
            self._reveal(
                self._content_rect(self.cur.row, self.cur.day, self.cur.slot * self.axis.slot, 1)
            )
        self._describe()
        self._refresh()

    def _follow(self, placed: Placed) -> None:
        """Put the cursor on ``placed``, in the same column when it overlaps it."""
        slot = min(
            max(self.cur.slot, self.axis.slot_of(placed.first)),
            self.axis.slot_of(placed.last - 0.01),
        )
        if self.cur.day != placed.day:
            slot = self.axis.slot_of(placed.first)
        self.cur.anchor = None
        self._move_to(placed.row, placed.day, slot, select=False)

    def _describe(self) -> None:
        """Say where the cursor is, for screen readers: "Escritorio 3, lunes 30/11 10:30"."""
        if not self.rows or not self.axis.days:
            self.setAccessibleDescription("")
            return
        moment = self.axis.slot_start(self.cur.day, self.cur.slot)
        text = f"{self.rows[self.cur.row].label}, {long_date(moment.date())} {clock(moment)}"
        placed = self.index.get(self._selected)
        if placed is not None:
            text += f": {placed.block.title}"
            if placed.block.detail:
                text += f" ({placed.block.detail})"
        elif not self.axis.slot_is_open(self.cur.day, self.cur.slot):
            closed = self.tr("closed")
            text += f" ({closed})"
        self.setAccessibleDescription(text)

    def selection_range(self) -> tuple[int, int] | None:
        """First and last slot of the Shift+arrow range on the cursor's row and day."""
        if self.cur.anchor is None:
            return None
        return min(self.cur.anchor, self.cur.slot), max(self.cur.anchor, self.cur.slot)

    # -- keyboard -------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Escape:
            if self.drag is not None:
                self._end_drag()
            elif self.cur.anchor is not None:
                self.cur.anchor = None
                self._refresh()
            else:
                event.ignore()
            return
        if self.drag is not None:
            return
        if not self.rows or not self.axis.days or not calendar_gestures.handle_key(self, event):
            super().keyPressEvent(event)

    def _selected_placed(self) -> Placed | None:
        return self.index.get(self._selected)

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802, A002 (Qt's names)
        """Tab/Shift+Tab: the next/previous block in time order, then the next control."""
        key = calendar_gestures.tab_target(self, next) if self.drag is None else None
        if key is not None:
            self.select_block(key)
            return True
        return super().focusNextPrevChild(next)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        super().focusInEvent(event)
        self._refresh()

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        super().focusOutEvent(event)
        self._refresh()

    # -- mouse ----------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        pos = event.position()
        cell = self._cell_at(pos)
        if cell is None or self.drag is not None:
            return
        row, day, minute = cell
        slot = self.axis.slot_of(minute)
        hit = self._hit(pos)
        self.cur.anchor = None
        self._move_to(row, day, slot, select=False, reveal=False)
        self._select(hit[0].block.key if hit else None)
        self._describe()
        if event.button() == Qt.MouseButton.LeftButton:
            self.drag = calendar_gestures.start_drag(self, pos, cell, hit)
            if self.drag is not None and self.drag.kind != "create":
                moving = self.drag.kind == "move"
                self.viewport().setCursor(
                    Qt.CursorShape.ClosedHandCursor if moving else Qt.CursorShape.SizeHorCursor
                )
            self._drag_to(pos)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        pos = event.position()
        self._last_pos = pos
        if self.drag is None:
            self._hover(pos)
            return
        if not self.drag.active:
            if (pos - self.drag.press).manhattanLength() < QApplication.startDragDistance():
                return
            self.drag.active = True
        self._drag_to(pos)
        if calendar_gestures.autoscroll_step(self.viewport().size(), pos) == (0, 0):
            self._autoscroll.stop()
        elif not self._autoscroll.isActive():
            self._autoscroll.start()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        drag = self.drag
        if drag is None or event.button() != Qt.MouseButton.LeftButton:
            return
        if drag.active:
            self._drag_to(event.position())
        self._end_drag()
        calendar_gestures.finish_drag(self, drag)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        """Open the block under the pointer; on free time this does nothing more than the
        first click did."""
        hit = self._hit(event.position())
        if hit is not None and event.button() == Qt.MouseButton.LeftButton:
            self._end_drag()
            self.openRequested.emit(hit[0].block.key)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802
        if event.reason() == QContextMenuEvent.Reason.Mouse:
            hit = self._hit(QPointF(event.pos()))
            placed = hit[0] if hit else None
            where = event.globalPos()
        else:
            placed = self._selected_placed()
            rect = self.block_rect(placed.block.key) if placed else None
            where = self.viewport().mapToGlobal(rect.center()) if rect else QCursor.pos()
        if placed is None:
            return
        self._select(placed.block.key)
        menu = calendar_gestures.block_menu(self, placed.block)
        menu.exec(where)
        menu.deleteLater()

    def viewportEvent(self, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.ToolTip:
            hit = self._hit(QPointF(event.pos()))
            if hit is None:
                QToolTip.hideText()
            else:
                text = calendar_gestures.tooltip(hit[0].block)
                QToolTip.showText(event.globalPos(), text, self.viewport())
            return True
        if event.type() == QEvent.Type.Leave:
            self.viewport().unsetCursor()
        return super().viewportEvent(event)

    def _hover(self, pos: QPointF) -> None:
        hit = self._hit(pos)
        if hit is None or not hit[0].block.editable:
            self.viewport().unsetCursor()
        elif hit[1] == "body":
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
        else:
            self.viewport().setCursor(Qt.CursorShape.SizeHorCursor)

    def _drag_to(self, pos: QPointF) -> None:
        calendar_gestures.update_drag(self, pos)
        self._refresh()

    def _end_drag(self) -> None:
        self.drag = None
        self._autoscroll.stop()
        self.viewport().unsetCursor()
        self._refresh()

    def _autoscroll_step(self) -> None:
        if self.drag is None:
            self._autoscroll.stop()
            return
        dx, dy = calendar_gestures.autoscroll_step(self.viewport().size(), self._last_pos)
        self.horizontalScrollBar().setValue(self.scroll_x + dx)
        self.verticalScrollBar().setValue(self.scroll_y + dy)
        self._drag_to(self._last_pos)

    # -- painting -------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self.viewport())
        calendar_paint.paint_body(self, painter, event.rect())
        painter.end()

    def scrollContentsBy(self, dx: int, dy: int) -> None:  # noqa: N802
        self._refresh()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        self._sync_scroll_bars()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        ratio = self.scroll_x / max(1, self.horizontalScrollBar().maximum())
        self._relayout()
        self.horizontalScrollBar().setValue(round(ratio * self.horizontalScrollBar().maximum()))

    def ghost(self) -> tuple[int, int, float, float, bool] | None:
        """The drag in progress as (row, day, first minute, last minute, valid); None when
        nothing is being dragged."""
        return calendar_gestures.ghost(self)
