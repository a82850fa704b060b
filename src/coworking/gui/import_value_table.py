"""One category column on the values page: each distinct value as the file writes it, how many
rows have it, and a combo with what it is imported as. Values no rule can place come first, in
amber, saying why («Sin asignar», «Ambiguo: …»); choosing a meaning records it at once."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QStandardItem, QStandardItemModel, QWheelEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from coworking.core.import_survey import ColumnValues, ValueCount
from coworking.core.import_values import ValueMeanings, choices, label

AMBER = QColor("#fff3cd")
AMBER_TEXT = QColor("#7a4b00")
VALUE, ROWS, MEANING, NOTE = range(4)
VALUE_ROLE = Qt.ItemDataRole.UserRole


def meaning_model(field: str, parent: QWidget) -> QStandardItemModel:
    """The choices of ``field`` (label, stored value), shared by every combo of that field."""
    model = QStandardItemModel(parent)
    for value, text in choices(field):
        item = QStandardItem(text)
        item.setData(value, VALUE_ROLE)
        model.appendRow(item)
    return model


class MeaningCombo(QComboBox):
    """A combo of meanings that leaves the mouse wheel to the page unless it has the focus:
    scrolling down the list of values never changes one by accident."""

    def __init__(self, model: QStandardItemModel, parent: QWidget) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(26)
        self.setMaxVisibleItems(14)

    def select(self, value: str | None) -> None:
        self.setCurrentIndex(-1 if value is None else self.findData(value, VALUE_ROLE))

    def value(self) -> str | None:
        return None if self.currentIndex() < 0 else self.currentData(VALUE_ROLE)

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 (Qt's name)
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()


class ValueTable(QTableWidget):
    """The values of one column. ``chosen`` is emitted after a meaning was chosen."""

    chosen = Signal()

    def __init__(
        self,
        column: ColumnValues,
        meanings: ValueMeanings,
        model: QStandardItemModel,
        parent: QWidget,
    ) -> None:
        super().__init__(0, 4, parent)
        self.column, self.meanings = column, meanings
        self.setHorizontalHeaderLabels(
            [self.tr("Value in the file"), self.tr("Rows"), self.tr("Imported as"), self.tr("Note")]
        )
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(32)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes from combo to combo
        # Values nobody can place first, most rows first; the rest as the survey ordered them.
        self.values = sorted(column.values, key=lambda v: v.placed)
        self.combos: list[MeaningCombo] = []
        self.setRowCount(len(self.values))
        for row, value in enumerate(self.values):
            text = QTableWidgetItem(value.text)
            text.setToolTip(value.text)
            self.setItem(row, VALUE, text)
            count = QTableWidgetItem(f"{value.rows:,}".replace(",", "."))
            count.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.setItem(row, ROWS, count)
            self.setItem(row, NOTE, QTableWidgetItem())
            combo = MeaningCombo(model, self)
            combo.setPlaceholderText(self.tr("— choose what it means —"))
            combo.select(value.value)
            combo.currentIndexChanged.connect(lambda _i, row=row: self._choose(row))
            self.setCellWidget(row, MEANING, combo)
            self.combos.append(combo)
            self._paint(row)
        self.setWordWrap(False)
        header = self.horizontalHeader()
        for column in (VALUE, ROWS, MEANING):  # the same in every column's table: they align
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(NOTE, QHeaderView.ResizeMode.Stretch)
        for column, width in ((VALUE, 240), (ROWS, 64), (MEANING, 270)):
            self.setColumnWidth(column, width)
        self.setFixedHeight(self._full_height())

    def _full_height(self) -> int:
        rows = sum(self.rowHeight(row) for row in range(self.rowCount()))
        return self.horizontalHeader().sizeHint().height() + rows + 2 * self.frameWidth()

    def meaning(self, value: ValueCount) -> str | None:
        return self.meanings.meaning(self.column.field, value.text)

    def unplaced(self) -> tuple[int, int]:
        """(values, rows) that have no meaning yet."""
        left = [v for v in self.values if self.meaning(v) is None]
        return len(left), sum(v.rows for v in left)

    def _choose(self, row: int) -> None:
        value = self.combos[row].value()
        if value is None:
            return
        self.meanings.choose(self.column.field, self.values[row].text, value)
        self._paint(row)
        self.chosen.emit()

    def _paint(self, row: int) -> None:
        """Amber, with the reason, while the value has no meaning; plain once it has one."""
        value = self.values[row]
        meaning = self.meaning(value)
        if meaning is None and value.options:
            either = self.tr(" or ").join(label(self.column.field, o) for o in value.options)
            note = self.tr("Ambiguous: %1").replace("%1", either)
        elif meaning is None:
            note = self.tr("Not assigned")
        elif self.meanings.chosen(self.column.field, value.text) is not None:
            note = self.tr("Chosen by you")
        else:
            note = ""
        self.item(row, NOTE).setText(note)
        self.item(row, NOTE).setToolTip(note)
        background = QBrush(AMBER) if meaning is None else QBrush()
        for column in (VALUE, ROWS, NOTE):
            item = self.item(row, column)
            item.setBackground(background)
            item.setForeground(QBrush(AMBER_TEXT) if meaning is None else QBrush())
        combo = self.combos[row]
        combo.setProperty("doubtful", meaning is None)
        combo.style().unpolish(combo)
        combo.style().polish(combo)
