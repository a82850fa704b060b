"""A table cell in two lines: a person's name, and under it, smaller, a detail taken from
another column of the same row (hidden on screen, still there for the model and the tests).

Used where a side panel is too narrow for three columns side by side: the name stays whole,
which is what staff read, and the detail (a desk and until when) sits under it.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

PADDING = 6
DETAIL_SCALE = 0.85
MUTED = QColor("#5b6472")

Index = QModelIndex | QPersistentModelIndex


class TwoLineCell(QStyledItemDelegate):
    """Draws the cell's own text, and under it the text of column ``detail_column``."""

    def __init__(self, detail_column: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.detail_column = detail_column

    @staticmethod
    def detail_font(font: QFont) -> QFont:
        small = QFont(font)
        small.setPointSizeF(max(7.0, font.pointSizeF() * DETAIL_SCALE))
        return small

    def _detail(self, index: Index) -> tuple[str, QColor | None]:
        sibling = index.siblingAtColumn(self.detail_column)
        text = sibling.data(Qt.ItemDataRole.DisplayRole) or ""
        brush = sibling.data(Qt.ItemDataRole.ForegroundRole)
        return str(text), brush.color() if isinstance(brush, QBrush) else None

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        view_option = QStyleOptionViewItem(option)
        self.initStyleOption(view_option, index)
        name = view_option.text
        view_option.text = ""  # the background and selection only; the text is drawn below
        widget = option.widget
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, view_option, painter, widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        detail, detail_colour = self._detail(index)
        area = option.rect.adjusted(PADDING, 2, -PADDING, -2)
        top = QRect(area.left(), area.top(), area.width(), area.height() // 2 + 2)
        bottom = QRect(area.left(), top.bottom(), area.width(), area.bottom() - top.bottom())
        painter.save()
        painter.setFont(view_option.font)
        painter.setPen(option.palette.color(role))
        metrics = QFontMetrics(view_option.font)
        painter.drawText(
            top,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom,
            metrics.elidedText(name, Qt.TextElideMode.ElideRight, top.width()),
        )
        small = self.detail_font(view_option.font)
        painter.setFont(small)
        colour = option.palette.color(role) if selected else (detail_colour or MUTED)
        painter.setPen(colour)
        painter.drawText(
            bottom,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
            QFontMetrics(small).elidedText(detail, Qt.TextElideMode.ElideRight, bottom.width()),
        )
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        view_option = QStyleOptionViewItem(option)
        self.initStyleOption(view_option, index)
        detail, _colour = self._detail(index)
        name_width = QFontMetrics(view_option.font).horizontalAdvance(view_option.text)
        detail_width = QFontMetrics(self.detail_font(view_option.font)).horizontalAdvance(detail)
        height = QFontMetrics(view_option.font).height() * 2 + 8
        return QSize(max(name_width, detail_width) + 2 * PADDING, height)
