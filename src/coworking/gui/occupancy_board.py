"""The live board: one tile per desk or room, coloured by what it is doing now; and the
two-line lists of people beside it.

Tiles sit in a grid that reflows with the width (as many columns as fit, stretched to fill the
row) inside a scroll area, so a hundred resources stay readable. Each state also has its own
stripe pattern and words on the tile, so the board reads in black and white too.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QModelIndex, QPoint, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLayoutItem,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from coworking.core.localtime import local_zone
from coworking.core.occupancy import CLOSED, FREE, OCCUPIED, RESERVED, ResourceNow
from coworking.db.enums import ResourceKind

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text") calls


@dataclass(frozen=True)
class StateStyle:
    background: QColor
    border: QColor
    strong: QColor  # stripe and state words
    stripe: Qt.BrushStyle


STYLES = {
    FREE: StateStyle(
        QColor("#e8f5ec"), QColor("#a3d4b1"), QColor("#1e7b3a"), Qt.BrushStyle.NoBrush
    ),
    OCCUPIED: StateStyle(
        QColor("#e3effc"), QColor("#9dbfe6"), QColor("#1d4e89"), Qt.BrushStyle.SolidPattern
    ),
    RESERVED: StateStyle(
        QColor("#fff3d1"), QColor("#e6c067"), QColor("#8a5a00"), Qt.BrushStyle.BDiagPattern
    ),
    CLOSED: StateStyle(
        QColor("#eef1f4"), QColor("#c9d2dc"), QColor("#52606d"), Qt.BrushStyle.Dense5Pattern
    ),
}
TEXT = QColor("#1f2933")
MUTED = QColor("#616e7c")
STRIPE = 6
PAD = 8


def _hm(moment: datetime) -> str:
    return moment.astimezone(local_zone()).strftime("%H:%M")


def state_name(state: str) -> str:
    """The word for a state, as the legend and the tiles say it."""
    return {
        FREE: translate("OccupancyBoard", "Free"),
        OCCUPIED: translate("OccupancyBoard", "Occupied"),
        RESERVED: translate("OccupancyBoard", "Reserved, not arrived"),
        CLOSED: translate("OccupancyBoard", "Closed"),
    }[state]


@dataclass(frozen=True)
class TileText:
    """What a tile says under the resource's name: who (or the state), then a short state
    word on the left of the last line and until when on its right (the time is never cut)."""

    second: str
    state: str = ""
    until: str = ""

    @property
    def third(self) -> str:
        return " · ".join(part for part in (self.state, self.until) if part)


def tile_text(resource: ResourceNow) -> TileText:
    until = (
        translate("OccupancyBoard", "until %1").replace("%1", _hm(resource.until))
        if resource.until
        else ""
    )
    if resource.state == OCCUPIED:
        return TileText(resource.person_name or "", state_name(OCCUPIED), until)
    if resource.state == RESERVED:
        return TileText(
            resource.person_name or "", translate("OccupancyBoard", "Not arrived"), until
        )
    if resource.state == FREE:
        if resource.next_start is None and resource.until is not None:
            until = translate("OccupancyBoard", "until %1 (closing)").replace(
                "%1", _hm(resource.until)
            )
        return TileText(translate("OccupancyBoard", "Free"), "", until)
    return TileText(translate("OccupancyBoard", "Closed"))


def paint_stripe(painter: QPainter, rect: QRect, style: StateStyle) -> None:
    """The state's stripe: hollow (free), solid (occupied), hatched (reserved), dotted (closed)."""
    painter.setPen(QPen(style.strong, 1))
    if style.stripe == Qt.BrushStyle.NoBrush:
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5))
        return
    painter.setBrush(QColor("#ffffff"))
    painter.drawRect(QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5))
    painter.fillRect(rect, QBrush(style.strong, style.stripe))


class ResourceTile(QWidget):
    """One desk or room. Painted rather than built from labels: a board of a hundred tiles is
    refreshed every half minute."""

    def __init__(self, resource: ResourceNow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.resource = resource
        self.set_resource(resource)

    # -- what the tile says ------------------------------------------------------------------

    @property
    def state(self) -> str:
        return self.resource.state

    @property
    def lines(self) -> tuple[str, str, str]:
        text = tile_text(self.resource)
        return self.resource.name, text.second, text.third

    def set_resource(self, resource: ResourceNow) -> None:
        self.resource = resource
        self.setObjectName(f"tile-{resource.resource_id}")
        name, second, third = self.lines
        words = [name, second, third]
        self.setAccessibleName(", ".join(w for w in words if w))
        extra = self._capacity_text()
        self.setToolTip("\n".join(w for w in [*words, extra] if w))
        self.update()

    def _capacity_text(self) -> str:
        if self.resource.kind != ResourceKind.DESK and self.resource.capacity > 1:
            return translate("OccupancyBoard", "%1 seats").replace(
                "%1", str(self.resource.capacity)
            )
        return ""

    # -- size and painting ---------------------------------------------------------------------

    def _fonts(self) -> tuple[QFont, QFont, QFont]:
        base = QFont(self.font())
        bold = QFont(base)
        bold.setBold(True)
        small = QFont(base)
        small.setPointSizeF(max(7.0, base.pointSizeF() * 0.9))
        return bold, base, small

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        bold, base, small = self._fonts()
        height = (
            QFontMetrics(bold).height()
            + QFontMetrics(base).height()
            + QFontMetrics(small).height()
            + 2 * PAD
            + 4
        )
        return QSize(190, height)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(150, self.sizeHint().height())

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        style = STYLES[self.resource.state]
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        frame = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        painter.setPen(QPen(style.border, 1))
        painter.setBrush(style.background)
        painter.drawRoundedRect(frame, 6, 6)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        paint_stripe(painter, QRect(4, 6, STRIPE, self.height() - 12), style)

        bold, base, small = self._fonts()
        left = 4 + STRIPE + PAD
        width = self.width() - left - PAD
        text = tile_text(self.resource)
        y = PAD
        capacity = self._capacity_text()
        name_width = width
        if capacity:
            painter.setFont(small)
            metrics = QFontMetrics(small)
            cap_width = metrics.horizontalAdvance(capacity)
            painter.setPen(MUTED)
            painter.drawText(
                QRect(left + width - cap_width, y, cap_width, QFontMetrics(bold).height()),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                capacity,
            )
            name_width = width - cap_width - 6
        y = self._line(painter, bold, TEXT, self.resource.name, left, y, name_width)
        person = self.resource.state in (OCCUPIED, RESERVED)
        second_font = base if person else bold
        colour = TEXT if person else style.strong
        y = self._line(painter, second_font, colour, text.second, left, y, width)
        y += 2
        if text.state:  # the state on the left, cut if it must be; the time whole on the right
            until_width = QFontMetrics(small).horizontalAdvance(text.until)
            painter.setFont(small)
            painter.setPen(style.strong)
            painter.drawText(
                QRect(left + width - until_width, y, until_width, QFontMetrics(small).height()),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                text.until,
            )
            state_width = width - until_width - (8 if text.until else 0)
            self._line(painter, small, style.strong, text.state, left, y, state_width)
        else:
            self._line(painter, small, style.strong, text.until, left, y, width)
        painter.end()

    @staticmethod
    def _line(
        painter: QPainter, font: QFont, colour: QColor, text: str, x: int, y: int, width: int
    ) -> int:
        metrics = QFontMetrics(font)
        painter.setFont(font)
        painter.setPen(colour)
        elided = metrics.elidedText(text, Qt.TextElideMode.ElideRight, max(0, width))
        painter.drawText(
            QRect(x, y, width, metrics.height()),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            elided,
        )
        return y + metrics.height()


class TileGridLayout(QLayout):
    """Equal cells: as many columns as fit at the items' minimum width, stretched to fill the
    row; the height follows the width (for the scroll area)."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 8) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._gap = spacing

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 (Qt's name)
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 (Qt's name)
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 (Qt's name)
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 (Qt's name)
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt's name)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt's name)
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 (Qt's name)
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return self.minimumSize()

    def minimumSize(self) -> QSize:  # noqa: N802 (Qt's name)
        cell = self._cell()
        margins = self.contentsMargins()
        return QSize(
            cell.width() + margins.left() + margins.right(),
            cell.height() + margins.top() + margins.bottom(),
        )

    def columns(self, width: int) -> int:
        """How many columns fit in ``width`` (the layout's whole width, margins included)."""
        margins = self.contentsMargins()
        inner = width - margins.left() - margins.right()
        return max(1, (inner + self._gap) // (self._cell().width() + self._gap))

    def _cell(self) -> QSize:
        size = QSize(0, 0)
        for item in self._items:
            hint = item.minimumSize().expandedTo(QSize(0, item.sizeHint().height()))
            size = size.expandedTo(hint)
        return size

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        margins = self.contentsMargins()
        inner = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        if not self._items:
            return margins.top() + margins.bottom()
        cell = self._cell()
        columns = self.columns(rect.width())
        width = max(cell.width(), (inner.width() - (columns - 1) * self._gap) // columns)
        rows = (len(self._items) + columns - 1) // columns
        if move:
            for index, item in enumerate(self._items):
                row, column = divmod(index, columns)
                origin = QPoint(
                    inner.x() + column * (width + self._gap),
                    inner.y() + row * (cell.height() + self._gap),
                )
                item.setGeometry(QRect(origin, QSize(width, cell.height())))
        return rows * cell.height() + (rows - 1) * self._gap + margins.top() + margins.bottom()


class LegendSwatch(QWidget):
    def __init__(self, state: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._style = STYLES[state]
        self.setFixedSize(22, 14)

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        painter.setPen(QPen(self._style.border, 1))
        painter.setBrush(self._style.background)
        painter.drawRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5))
        paint_stripe(painter, QRect(2, 2, STRIPE, self.height() - 4), self._style)
        painter.end()


class OccupancyBoard(QWidget):
    """The tiles, in a scroll area, with a legend. ``set_resources`` updates tiles in place."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("occupancyBoard")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)

        legend = QHBoxLayout()
        legend.setSpacing(6)
        for state in (FREE, OCCUPIED, RESERVED, CLOSED):
            legend.addWidget(LegendSwatch(state, self))
            label = QLabel(state_name(state), self)
            label.setProperty("role", "subtitle")
            legend.addWidget(label)
            legend.addSpacing(12)
        legend.addStretch(1)
        layout.addLayout(legend)

        self.scroll = QScrollArea(self)
        self.scroll.setObjectName("boardScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setStyleSheet(
            "QScrollArea#boardScroll, QWidget#boardTiles { background: transparent; }"
        )
        self.container = QWidget(self.scroll)
        self.container.setObjectName("boardTiles")
        self.grid = TileGridLayout(self.container)
        self.grid.setContentsMargins(0, 0, 4, 0)
        self.scroll.setWidget(self.container)
        layout.addWidget(self.scroll, 1)

        self.empty_label = QLabel(
            translate(
                "OccupancyBoard",
                "No desks or rooms yet. Coordinators add them in the space set-up.",
            ),
            self,
        )
        self.empty_label.setObjectName("boardEmpty")
        self.empty_label.setProperty("role", "subtitle")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.hide()
        layout.addWidget(self.empty_label, 1)
        self._tiles: dict[int, ResourceTile] = {}
        self._order: list[int] = []

    def tiles(self) -> list[ResourceTile]:
        return [self._tiles[key] for key in self._order]

    def tile(self, resource_id: int) -> ResourceTile:
        return self._tiles[resource_id]

    def set_resources(self, resources: Sequence[ResourceNow]) -> None:
        order = [r.resource_id for r in resources]
        if order != self._order:
            self._rebuild(resources)
        else:
            for resource in resources:
                self._tiles[resource.resource_id].set_resource(resource)
        self.scroll.setVisible(bool(resources))
        self.empty_label.setVisible(not resources)

    def _rebuild(self, resources: Sequence[ResourceNow]) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None and widget.objectName().startswith("tile-"):
                widget.hide()
        kept = {r.resource_id for r in resources}
        for key in list(self._tiles):
            if key not in kept:
                self._tiles.pop(key).deleteLater()
        for resource in resources:
            tile = self._tiles.get(resource.resource_id)
            if tile is None:
                tile = ResourceTile(resource, self.container)
                self._tiles[resource.resource_id] = tile
            else:
                tile.set_resource(resource)
            self.grid.addWidget(tile)
            tile.show()
        self._order = [r.resource_id for r in resources]
        self.grid.invalidate()


NAME_ROLE = Qt.ItemDataRole.UserRole + 1
DETAIL_ROLE = Qt.ItemDataRole.UserRole + 2


class TwoLineDelegate(QStyledItemDelegate):
    """A person's name in bold over a muted detail line: fits a narrow column, unlike a table
    with four columns."""

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont]:
        bold = QFont(option.font)
        bold.setBold(True)
        small = QFont(option.font)
        small.setPointSizeF(max(7.0, option.font.pointSizeF() * 0.9))
        return bold, small

    def sizeHint(self, option: QStyleOptionViewItem, _index: QModelIndex) -> QSize:  # noqa: N802
        bold, small = self._fonts(option)
        return QSize(120, QFontMetrics(bold).height() + QFontMetrics(small).height() + 12)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        view = QStyleOptionViewItem(option)
        self.initStyleOption(view, index)
        view.text = ""
        widget = option.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, view, painter, widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        bold, small = self._fonts(option)
        rect = option.rect.adjusted(10, 6, -8, -6)
        painter.save()
        for font, colour, role in (
            (bold, TEXT, NAME_ROLE),
            (small, MUTED, DETAIL_ROLE),
        ):
            metrics = QFontMetrics(font)
            text = metrics.elidedText(
                str(index.data(role) or ""), Qt.TextElideMode.ElideRight, rect.width()
            )
            painter.setFont(font)
            painter.setPen(option.palette.highlightedText().color() if selected else colour)
            line = QRect(rect.x(), rect.y(), rect.width(), metrics.height())
            painter.drawText(
                line, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), text
            )
            rect.setTop(rect.top() + metrics.height())
        painter.restore()


class PeopleList(QListWidget):
    """Who is in, or who keeps missing bookings: a name and a detail line per person."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setItemDelegate(TwoLineDelegate(self))
        self.setAlternatingRowColors(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setUniformItemSizes(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSelectionMode(QListWidget.SelectionMode.SingleSelection)

    def set_rows(self, rows: Sequence[tuple[str, str]]) -> None:
        self.clear()
        for name, detail in rows:
            item = QListWidgetItem(f"{name}, {detail}")  # what a screen reader says
            item.setData(NAME_ROLE, name)
            item.setData(DETAIL_ROLE, detail)
            item.setToolTip(f"{name}\n{detail}")
            self.addItem(item)

    def rows(self) -> list[tuple[str, str]]:
        return [
            (self.item(row).data(NAME_ROLE), self.item(row).data(DETAIL_ROLE))
            for row in range(self.count())
        ]
