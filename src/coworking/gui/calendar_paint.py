"""Painting of the booking calendar: the grid body, the time header, the row labels.

Only what is visible is painted: the rows under the scroll offset and, in each, the blocks of
that row (the grid indexes them by row).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPointF, QRect, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import QWidget

from coworking.gui.calendar_axis import clock, long_date, short_date

if TYPE_CHECKING:
    from coworking.gui.calendar_grid import CalendarGrid
    from coworking.gui.calendar_model import GridBlock

WHITE = QColor("#ffffff")
ROW_ALT = QColor("#f6f8fa")
ROW_LINE = QColor("#e8ecf1")
SLOT_LINE = QColor("#f0f3f6")
HOUR_LINE = QColor("#dbe1e8")
DAY_LINE = QColor("#7d8da0")
HEADER_BG = QColor("#eef2f6")
NAVY = QColor("#16324f")
TEXT = QColor("#1f2933")
MUTED = QColor("#616e7c")
ACCENT = QColor("#2a7de1")
CURSOR_ROW = QColor("#e3effc")
CLOSED_BG = QColor("#eceff3")
HATCH = QColor("#d3d9e1")
NOW = QColor("#d93025")
INVALID = QColor("#b3261e")

STATE_COLOURS = {
    # fill, border, text
    "booked": (QColor("#3b7ddd"), QColor("#2561b5"), WHITE),
    "checked_in": (QColor("#2e8b57"), QColor("#1f6b41"), WHITE),
    "no_show": (QColor("#c5ccd5"), QColor("#98a3b0"), QColor("#3e4c59")),
    "past": (QColor("#e3e7ec"), QColor("#c9d0d8"), QColor("#5f6b78")),
    "series": (QColor("#8458c6"), QColor("#6841a3"), WHITE),
}


def _font(base: QFont, scale: float, bold: bool = False) -> QFont:
    font = QFont(base)
    font.setPointSizeF(max(6.0, base.pointSizeF() * scale))
    font.setBold(bold)
    return font


def _visible_days(grid: CalendarGrid, width: int) -> range:
    axis = grid.axis
    if not axis.days or axis.day_width <= 0:
        return range(0)
    first = int(grid.scroll_x // axis.day_width)
    last = int((grid.scroll_x + width) // axis.day_width)
    return range(max(0, first), min(len(axis.days), last + 1))


def _visible_rows(grid: CalendarGrid, height: int) -> range:
    first = grid.scroll_y // grid.ROW_HEIGHT
    last = (grid.scroll_y + height) // grid.ROW_HEIGHT
    return range(max(0, first), min(len(grid.rows), last + 1))


# -- body ---------------------------------------------------------------------------------


def paint_body(grid: CalendarGrid, painter: QPainter, clip: QRect) -> None:
    axis = grid.axis
    width, height = grid.viewport().width(), grid.viewport().height()
    painter.fillRect(clip, WHITE)
    if not axis.days or not grid.rows:
        return
    sx, sy, row_h = grid.scroll_x, grid.scroll_y, grid.ROW_HEIGHT
    rows, days = _visible_rows(grid, height), _visible_days(grid, width)
    bottom = min(height, len(grid.rows) * row_h - sy)
    right = min(width, axis.width - sx)

    for row in rows:
        if row % 2:
            painter.fillRect(QRectF(0, row * row_h - sy, right, row_h), ROW_ALT)

    painter.setBrushOrigin(-sx, -sy)
    hatch = QBrush(HATCH, Qt.BrushStyle.BDiagPattern)
    for day in days:
        for first, last in axis.closed_parts(day):
            rect = QRectF(axis.x(day, first) - sx, 0, (last - first) * axis.px_per_minute, bottom)
            painter.fillRect(rect, CLOSED_BG)
            painter.fillRect(rect, hatch)

    _paint_lines(grid, painter, rows, days, bottom, right)
    font = _font(grid.font(), 0.9 if grid.is_week() else 0.95)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    selected = grid.selected_block()
    for row in rows:
        for placed in grid.index.by_row.get(row, ()):
            if placed.day not in days:
                continue
            left, end = axis.x(placed.day, placed.first) - sx, axis.x(placed.day, placed.last) - sx
            if end < 0 or left > width:
                continue
            rect = QRectF(left, row * row_h - sy, end - left, row_h)
            paint_block(
                painter, rect, placed.block, placed.block.key == selected, font, grid.is_week()
            )
    _paint_range(grid, painter)
    _paint_cursor(grid, painter)
    _paint_ghost(grid, painter, font)
    _paint_now(grid, painter, bottom)
    _paint_closed_notes(grid, painter, days)


def _paint_lines(
    grid: CalendarGrid, painter: QPainter, rows: range, days: range, bottom: float, right: float
) -> None:
    axis, sx, sy = grid.axis, grid.scroll_x, grid.scroll_y
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    slot_px = axis.slot * axis.px_per_minute
    for day in days:
        for minute in range(0, axis.span + 1, axis.slot):
            x = round(axis.x(day, minute) - sx)
            if minute % 60 == 0:
                painter.setPen(QPen(HOUR_LINE, 1))
            elif slot_px >= 14:
                painter.setPen(QPen(SLOT_LINE, 1))
            else:
                continue
            painter.drawLine(x, 0, x, int(bottom))
    painter.setPen(QPen(ROW_LINE, 1))
    for row in rows:
        y = (row + 1) * grid.ROW_HEIGHT - sy - 1
        painter.drawLine(0, y, int(right), y)
    painter.setPen(QPen(DAY_LINE, 2 if grid.is_week() else 1))
    for day in days:
        if day:
            x = round(axis.x(day, 0) - sx)
            painter.drawLine(x, 0, x, int(bottom))


def paint_block(
    painter: QPainter, rect: QRectF, block: GridBlock, selected: bool, font: QFont, week: bool
) -> None:
    """A rounded block coloured by state, its title elided inside when there is room."""
    fill, border, ink = STATE_COLOURS.get(block.state, STATE_COLOURS["booked"])
    box = rect.adjusted(1.5, 3.5, -1.5, -3.5)
    if box.width() < 3:
        box.setWidth(3)
    radius = min(4.0, box.width() / 2)
    painter.setPen(QPen(border, 1))
    painter.setBrush(fill)
    painter.drawRoundedRect(box, radius, radius)
    if block.state == "no_show":
        painter.setBrush(QBrush(QColor(255, 255, 255, 150), Qt.BrushStyle.BDiagPattern))
        painter.drawRoundedRect(box, radius, radius)
    if selected:
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(NAVY, 2.5))
        painter.drawRoundedRect(box.adjusted(-1, -1, 1, 1), radius + 1, radius + 1)
        painter.setPen(QPen(WHITE, 1))
        painter.drawRoundedRect(
            box.adjusted(1, 1, -1, -1), max(0.0, radius - 1), max(0.0, radius - 1)
        )
    text_box = box.adjusted(5, 0, -4, 0)
    if text_box.width() < 14:
        return
    title_font = QFont(font)
    title_font.setBold(block.state not in ("past", "no_show"))
    title_font.setStrikeOut(block.state == "no_show")
    metrics = QFontMetrics(title_font)
    title = metrics.elidedText(block.title, Qt.TextElideMode.ElideRight, int(text_box.width()))
    if len(title) < 3 and title != block.title:
        return
    painter.setFont(title_font)
    painter.setPen(ink)
    flags = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextSingleLine
    painter.drawText(text_box, flags, title)
    room = text_box.width() - metrics.horizontalAdvance(title) - 10
    if block.detail and not week and title == block.title and room > 60:
        detail_font = QFont(font)
        detail = QFontMetrics(detail_font).elidedText(
            block.detail, Qt.TextElideMode.ElideRight, int(room)
        )
        if len(detail) > 3:
            ink = QColor(ink)
            ink.setAlpha(200)
            painter.setFont(detail_font)
            painter.setPen(ink)
            painter.drawText(text_box.adjusted(text_box.width() - room, 0, 0, 0), flags, detail)


def _cell_box(grid: CalendarGrid, row: int, day: int, first: float, last: float) -> QRectF:
    axis = grid.axis
    left = axis.x(day, first) - grid.scroll_x
    return QRectF(
        left,
        row * grid.ROW_HEIGHT - grid.scroll_y,
        (last - first) * axis.px_per_minute,
        grid.ROW_HEIGHT,
    )


def _paint_range(grid: CalendarGrid, painter: QPainter) -> None:
    span = grid.selection_range()
    if span is None:
        return
    slot = grid.axis.slot
    box = _cell_box(grid, grid.cur.row, grid.cur.day, span[0] * slot, (span[1] + 1) * slot)
    band = QColor(ACCENT)
    band.setAlpha(55)
    painter.setPen(QPen(ACCENT, 1.5))
    painter.setBrush(band)
    painter.drawRoundedRect(box.adjusted(1, 2, -1, -2), 3, 3)


def _paint_cursor(grid: CalendarGrid, painter: QPainter) -> None:
    slot = grid.axis.slot
    box = _cell_box(
        grid, grid.cur.row, grid.cur.day, grid.cur.slot * slot, (grid.cur.slot + 1) * slot
    )
    if box.width() < 6:
        box.adjust(-(6 - box.width()) / 2, 0, (6 - box.width()) / 2, 0)
    pen = QPen(NAVY if grid.hasFocus() else MUTED, 1.5, Qt.PenStyle.DashLine)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(box.adjusted(1, 1, -1, -1))


def _paint_ghost(grid: CalendarGrid, painter: QPainter, font: QFont) -> None:
    ghost = grid.ghost()
    if ghost is None or grid.drag is None:
        return
    row, day, first, last, valid = ghost
    box = _cell_box(grid, row, day, first, last).adjusted(1.5, 3.5, -1.5, -3.5)
    if grid.drag.kind == "create":
        fill, border = QColor(ACCENT), ACCENT
        fill.setAlpha(70)
    else:
        state = grid.drag.placed.block.state if grid.drag.placed else "booked"
        fill, border, _ink = STATE_COLOURS.get(state, STATE_COLOURS["booked"])
        fill = QColor(fill)
        fill.setAlpha(120)
    if not valid:
        border = INVALID
    painter.setPen(QPen(border, 2, Qt.PenStyle.DashLine))
    painter.setBrush(fill)
    painter.drawRoundedRect(box, 4, 4)
    if grid.drag.starts is not None and grid.drag.ends is not None:
        text = f"{clock(grid.drag.starts)}–{clock(grid.drag.ends)}"
        label_font = _font(font, 1.0, bold=True)
        if QFontMetrics(label_font).horizontalAdvance(text) + 8 <= box.width():
            painter.setFont(label_font)
            painter.setPen(NAVY)
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)


def _paint_now(grid: CalendarGrid, painter: QPainter, bottom: float) -> None:
    if grid.now is None:
        return
    where = grid.axis.locate(grid.now)
    if where is None or not 0 <= where[1] <= grid.axis.span:
        return
    x = grid.axis.x(*where) - grid.scroll_x
    painter.setPen(QPen(NOW, 2))
    painter.drawLine(QPointF(x, 0), QPointF(x, bottom))


def _paint_closed_notes(grid: CalendarGrid, painter: QPainter, days: range) -> None:
    """A label at the top of every day closed all day, so the hatching says why."""
    axis = grid.axis
    font = _font(grid.font(), 0.9, bold=True)
    metrics = QFontMetrics(font)
    painter.setFont(font)
    for day in days:
        if axis.open_minutes(day) is not None:
            continue
        text = axis.days[day].note or QCoreApplication.translate("CalendarGrid", "Closed")
        room = int(axis.day_width) - 20
        if room < 30:
            continue
        bounds = metrics.boundingRect(QRect(0, 0, room, 200), Qt.TextFlag.TextWordWrap, text)
        left = axis.x(day, 0) - grid.scroll_x + (axis.day_width - bounds.width()) / 2
        box = QRectF(left - 8, 10, bounds.width() + 16, bounds.height() + 10)
        painter.setPen(QPen(HOUR_LINE, 1))
        painter.setBrush(WHITE)
        painter.drawRoundedRect(box, 6, 6)
        painter.setPen(MUTED)
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, text)


# -- header, labels, corner ---------------------------------------------------------------


class TimeHeader(QWidget):
    """Day names above hour ticks; follows the grid's horizontal scrolling."""

    DAY_BAND = 24

    def __init__(self, grid: CalendarGrid) -> None:
        super().__init__(grid)
        self.grid = grid
        self.setObjectName("calendarHeader")

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        grid, axis = self.grid, self.grid.axis
        painter = QPainter(self)
        painter.fillRect(self.rect(), HEADER_BG)
        width, height = self.width(), self.height()
        sx = grid.scroll_x
        day_font = _font(self.font(), 0.95, bold=True)
        note_font = _font(self.font(), 0.85)
        hour_font = _font(self.font(), 0.85)
        week = grid.is_week()
        today = grid.now.astimezone(axis.tz).date() if grid.now is not None else None
        hour_px = 60 * axis.px_per_minute
        hour_metrics = QFontMetrics(hour_font)
        sample = "00" if week else "00:00"
        step = next(
            (
                s
                for s in (1, 2, 3, 4, 6, 12)
                if s * hour_px >= hour_metrics.horizontalAdvance(sample) + 10
            ),
            24,
        )
        painter.setBrushOrigin(-sx, 0)
        for day in _visible_days(grid, width):
            left = axis.x(day, 0) - sx
            band = QRectF(left, 0, axis.day_width, self.DAY_BAND)
            info = axis.days[day]
            if axis.open_minutes(day) is None:
                painter.fillRect(band, CLOSED_BG)
                painter.fillRect(band, QBrush(HATCH, Qt.BrushStyle.BDiagPattern))
            text_box = band.adjusted(8, 0, -6, 0)
            label = short_date(info.day) if week else long_date(info.day)
            painter.setFont(day_font)
            painter.setPen(ACCENT if info.day == today else NAVY)
            flags = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft
            painter.drawText(text_box, flags, label)
            used = QFontMetrics(day_font).horizontalAdvance(label) + 8
            if info.note and text_box.width() - used > 24:
                note = QFontMetrics(note_font).elidedText(
                    info.note, Qt.TextElideMode.ElideRight, int(text_box.width() - used)
                )
                painter.setFont(note_font)
                painter.setPen(MUTED)
                painter.drawText(text_box.adjusted(used, 0, 0, 0), flags, note)
            painter.setFont(hour_font)
            for minute in range(0, axis.span + 1, 60):
                x = round(axis.x(day, minute) - sx)
                painter.setPen(QPen(HOUR_LINE.darker(115), 1))
                painter.drawLine(x, height - 5, x, height - 1)
                hour = (axis.start + minute) // 60
                if minute == axis.span or hour % step:
                    continue
                text = f"{hour:02d}" if week else f"{hour:02d}:00"
                if x + 3 + hour_metrics.horizontalAdvance(text) > left + axis.day_width - 2:
                    continue
                painter.setPen(MUTED)
                painter.drawText(
                    QRectF(x + 3, self.DAY_BAND, hour_px * step, height - self.DAY_BAND - 4),
                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                    text,
                )
            if day:
                painter.setPen(QPen(DAY_LINE, 2 if week else 1))
                painter.drawLine(round(left), 0, round(left), height)
        painter.setPen(QPen(HOUR_LINE, 1))
        painter.drawLine(0, height - 1, width, height - 1)
        self._paint_now(painter)
        painter.end()

    def _paint_now(self, painter: QPainter) -> None:
        grid = self.grid
        where = grid.axis.locate(grid.now) if grid.now is not None and grid.axis.days else None
        if where is None or not 0 <= where[1] <= grid.axis.span:
            return
        x = grid.axis.x(*where) - grid.scroll_x
        bottom = self.height()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(NOW)
        painter.drawPolygon(
            QPolygonF([QPointF(x - 5, bottom - 7), QPointF(x + 5, bottom - 7), QPointF(x, bottom)])
        )


class RowLabels(QWidget):
    """Resource names down the side; follows the grid's vertical scrolling. A click puts the
    cursor on that row."""

    def __init__(self, grid: CalendarGrid) -> None:
        super().__init__(grid)
        self.grid = grid
        self.setObjectName("calendarRowLabels")

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        grid = self.grid
        painter = QPainter(self)
        painter.fillRect(self.rect(), WHITE)
        row_h, sy, width = grid.ROW_HEIGHT, grid.scroll_y, self.width()
        label_font = _font(self.font(), 0.95, bold=True)
        detail_font = _font(self.font(), 0.8)
        label_metrics, detail_metrics = QFontMetrics(label_font), QFontMetrics(detail_font)
        for row in _visible_rows(grid, self.height()):
            top = row * row_h - sy
            band = QRectF(0, top, width, row_h)
            if row == grid.cur.row:
                painter.fillRect(band, CURSOR_ROW)
                painter.fillRect(QRectF(0, top, 3, row_h), ACCENT)
            elif row % 2:
                painter.fillRect(band, ROW_ALT)
            info = grid.rows[row]
            box = band.adjusted(10, 1, -8, -1)
            painter.setPen(TEXT)
            painter.setFont(label_font)
            label = label_metrics.elidedText(
                info.label, Qt.TextElideMode.ElideRight, int(box.width())
            )
            if info.detail:
                lines = label_metrics.height() + detail_metrics.height()
                offset = (box.height() - lines) / 2
                painter.drawText(
                    QRectF(box.left(), box.top() + offset, box.width(), label_metrics.height()),
                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                    label,
                )
                painter.setFont(detail_font)
                painter.setPen(MUTED)
                detail = detail_metrics.elidedText(
                    info.detail, Qt.TextElideMode.ElideRight, int(box.width())
                )
                painter.drawText(
                    QRectF(
                        box.left(),
                        box.top() + offset + label_metrics.height(),
                        box.width(),
                        detail_metrics.height(),
                    ),
                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                    detail,
                )
            else:
                painter.drawText(
                    box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, label
                )
            painter.setPen(QPen(ROW_LINE, 1))
            painter.drawLine(0, int(top + row_h - 1), width, int(top + row_h - 1))
        painter.setPen(QPen(DAY_LINE, 1))
        painter.drawLine(width - 1, 0, width - 1, self.height())
        painter.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        grid = self.grid
        row = int((event.position().y() + grid.scroll_y) // grid.ROW_HEIGHT)
        if 0 <= row < len(grid.rows) and grid.axis.days:
            grid.setFocus(Qt.FocusReason.MouseFocusReason)
            moment = grid.axis.slot_start(grid.cur.day, grid.cur.slot)
            grid.set_cursor(grid.rows[row].key, moment)


class Corner(QWidget):
    """The top-left corner above the row labels."""

    def __init__(self, grid: CalendarGrid) -> None:
        super().__init__(grid)
        self.setObjectName("calendarCorner")

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.fillRect(self.rect(), HEADER_BG)
        painter.setFont(_font(self.font(), 0.9, bold=True))
        painter.setPen(NAVY)
        painter.drawText(
            self.rect().adjusted(10, TimeHeader.DAY_BAND, -8, -4),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            QCoreApplication.translate("CalendarGrid", "Resource"),
        )
        painter.setPen(QPen(HOUR_LINE, 1))
        painter.drawLine(0, self.height() - 1, self.width(), self.height() - 1)
        painter.setPen(QPen(DAY_LINE, 1))
        painter.drawLine(self.width() - 1, 0, self.width() - 1, self.height())
        painter.end()
