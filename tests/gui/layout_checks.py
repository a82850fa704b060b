"""What a screenshot would show cut, found in code: elided buttons, header sections narrower
than their title, combo boxes narrower than their current item, placeholders that do not fit,
tab titles shortened, labels squeezed below their text and controls past the window's edge."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStyle,
    QStyleOptionComboBox,
    QTabBar,
    QTableView,
    QWidget,
)

W = TypeVar("W", bound=QWidget)
SLACK = 2  # pixels of rounding forgiven
CELL_PADDING = 10  # the style sheet's padding on each side of a table's cell
VISIBLE_ROWS = 20


def _of(widgets: list[QWidget], kind: type[W]) -> list[W]:
    return [widget for widget in widgets if isinstance(widget, kind)]


def _inside(widget: QWidget, kinds: tuple[type[QWidget], ...]) -> bool:
    while widget is not None:
        if isinstance(widget, kinds):
            return True
        widget = widget.parentWidget()
    return False


def _shown(widget: QWidget) -> bool:
    return widget.isVisible() and widget.width() > 0 and widget.height() > 0


def _name(widget: QWidget) -> str:
    parent = widget.parentWidget()
    where = type(parent).__name__ if parent is not None else "-"
    return f"{type(widget).__name__}({widget.objectName() or '?'} in {where})"


def _clip_rect(widget: QWidget, root: QWidget) -> QRect:
    """The part of ``root`` where ``widget`` can be seen: the viewport of the nearest
    scrolling ancestor (scrolling is no cut), else the whole of ``root``."""
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        grand = parent.parentWidget()
        if isinstance(grand, QAbstractScrollArea) and parent is grand.viewport():
            return QRect()  # inside a scrolled area: reachable by scrolling
        parent = grand
    return root.rect()


def _outside(widget: QWidget, root: QWidget) -> bool:
    area = _clip_rect(widget, root)
    if area.isNull():
        return False
    top_left = widget.mapTo(root, QPoint(0, 0))
    rect = QRect(top_left, widget.size())
    return not area.adjusted(-SLACK, -SLACK, SLACK, SLACK).contains(rect)


def _button_problems(root: QWidget, widgets: list[QWidget]) -> list[str]:
    found = []
    for button in _of(widgets, QAbstractButton):
        if not _shown(button) or not button.text():
            continue
        if button.sizeHint().width() > button.width() + SLACK:
            found.append(
                f"{_name(button)} «{button.text()}» is {button.width()} px wide, "
                f"needs {button.sizeHint().width()}"
            )
    return found


def _header_problems(root: QWidget, widgets: list[QWidget]) -> list[str]:
    found = []
    for header in _of(widgets, QHeaderView):
        if not _shown(header) or header.orientation() != Qt.Orientation.Horizontal:
            continue
        model = header.model()
        if model is None:
            continue
        for section in range(header.count()):
            if header.isSectionHidden(section) or header.sectionSize(section) == 0:
                continue
            needed = header.sectionSizeFromContents(section).width()
            if header.sectionSize(section) + SLACK < needed:
                title = model.headerData(section, Qt.Orientation.Horizontal)
                found.append(
                    f"{_name(header.parentWidget())} column «{title}» is "
                    f"{header.sectionSize(section)} px wide, needs {needed}"
                )
    return found


def _first_column_problems(root: QWidget, widgets: list[QWidget]) -> list[str]:
    """The first titled column of a table names its rows (an event, an employer, a person):
    the rows on screen show it whole."""
    found = []
    for view in _of(widgets, QTableView):
        model, header = view.model(), view.horizontalHeader()
        if not _shown(view) or model is None or header.isHidden():
            continue
        titled = [
            c
            for c in range(model.columnCount())
            if not view.isColumnHidden(c) and model.headerData(c, Qt.Orientation.Horizontal)
        ]
        if not titled:
            continue
        column = titled[0]
        room = view.columnWidth(column) - 2 * CELL_PADDING
        metrics = view.fontMetrics()
        for row in range(min(model.rowCount(), VISIBLE_ROWS)):
            if view.isRowHidden(row):
                continue
            text = model.data(model.index(row, column))
            if not isinstance(text, str) or not text:
                continue
            if metrics.horizontalAdvance(text) > room + SLACK:
                title = model.headerData(column, Qt.Orientation.Horizontal)
                found.append(
                    f"{_name(view)} column «{title}» cuts «{text}» "
                    f"({metrics.horizontalAdvance(text)} px in {room})"
                )
                break
    return found


def _combo_problems(root: QWidget, widgets: list[QWidget]) -> list[str]:
    found = []
    for combo in _of(widgets, QComboBox):
        if not _shown(combo) or not combo.currentText():
            continue
        option = QStyleOptionComboBox()
        combo.initStyleOption(option)
        field = combo.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox,
            option,
            QStyle.SubControl.SC_ComboBoxEditField,
            combo,
        )
        needed = combo.fontMetrics().horizontalAdvance(combo.currentText())
        if not combo.itemIcon(combo.currentIndex()).isNull():
            needed += combo.iconSize().width() + 4
        if field.width() + SLACK < needed:
            found.append(
                f"{_name(combo)} shows «{combo.currentText()}» in {field.width()} px, "
                f"needs {needed}"
            )
    return found


def _line_edit_problems(root: QWidget, widgets: list[QWidget]) -> list[str]:
    found = []
    for edit in _of(widgets, QLineEdit):
        placeholder = edit.placeholderText()
        if not _shown(edit) or not placeholder or isinstance(edit.parentWidget(), QComboBox):
            continue
        margins = edit.textMargins()
        room = edit.contentsRect().width() - margins.left() - margins.right() - 4
        if edit.isClearButtonEnabled():
            room -= edit.height() // 2 + 8
        needed = edit.fontMetrics().horizontalAdvance(placeholder)
        if room + SLACK < needed:
            found.append(f"{_name(edit)} placeholder «{placeholder}» needs {needed} px, has {room}")
    return found


def _tab_problems(root: QWidget, widgets: list[QWidget]) -> list[str]:
    found = []
    for bar in _of(widgets, QTabBar):
        if not _shown(bar):
            continue
        for index in range(bar.count()):
            needed = bar.tabSizeHint(index).width()
            if bar.tabRect(index).width() + SLACK < needed:
                found.append(f"tab «{bar.tabText(index)}» is shortened")
    return found


def _label_problems(root: QWidget, widgets: list[QWidget]) -> list[str]:
    found = []
    for label in _of(widgets, QLabel):
        if not _shown(label) or not label.text() or label.wordWrap() or label.pixmap():
            continue
        if label.textFormat() == Qt.TextFormat.RichText or "<" in label.text():
            continue
        if label.sizePolicy().horizontalPolicy() == label.sizePolicy().Policy.Ignored:
            continue  # a label that elides on purpose
        lines = label.text().replace("&", "").splitlines()
        needed = max(label.fontMetrics().horizontalAdvance(line) for line in lines)
        room = label.contentsRect().width() - 2 * label.margin() - 2 * label.indent()
        if room + SLACK < needed:
            found.append(f"{_name(label)} «{label.text()}» needs {needed} px, has {room}")
    return found


def _edge_problems(root: QWidget, widgets: list[QWidget]) -> list[str]:
    found = []
    kinds = (QAbstractButton, QComboBox, QLineEdit)
    for widget in widgets:
        if isinstance(widget, kinds) and _shown(widget) and _outside(widget, root):
            found.append(f"{_name(widget)} goes past the window's edge")
    return found


def cut_problems(root: QWidget, ignore: tuple[type[QWidget], ...] = ()) -> list[str]:
    """Everything in ``root`` that a screenshot would show cut, leaving out what lies inside
    a widget of the ``ignore`` types."""
    widgets = [w for w in root.findChildren(QWidget) if not _inside(w, ignore)]
    return [
        *_button_problems(root, widgets),
        *_header_problems(root, widgets),
        *_first_column_problems(root, widgets),
        *_combo_problems(root, widgets),
        *_line_edit_problems(root, widgets),
        *_tab_problems(root, widgets),
        *_label_problems(root, widgets),
        *_edge_problems(root, widgets),
    ]
