"""Small pieces shared by the job fair set-up screens: tables, labelled fields, dates,
confirmations."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QObject, Qt
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coworking.db.enums import RegistrationRole

DATE_FORMAT = "%d/%m/%Y"
ID_ROLE = Qt.ItemDataRole.UserRole
KEY_ROLE = Qt.ItemDataRole.UserRole + 1
SEARCH_DELAY_MS = 150
SEARCH_LIMIT = 50
MUTED = QColor("#7b8794")


# --- small pieces shared by the set-up screens -------------------------------------------------


class EnterFilter(QObject):
    """Runs ``action`` on Enter/Return in the watched widget and swallows the key, so that the
    dialog's default button is not pressed as well."""

    def __init__(self, widget: QWidget, action: Callable[[], object]) -> None:
        super().__init__(widget)
        self._action = action
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and not event.modifiers()
        ):
            self._action()
            return True
        return False


def make_table(parent: QWidget, headers: list[str], name: str) -> QTableWidget:
    """A read-only list with whole-row selection, as every list of the program looks."""
    table = QTableWidget(0, len(headers), parent)
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.horizontalHeader().setHighlightSections(False)
    table.horizontalHeader().setDefaultAlignment(
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
    )
    return table


def cell(text: object, key: object = None, align_right: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem("" if text is None else str(text))
    if key is not None:
        item.setData(ID_ROLE, key)
    if align_right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


def selected_keys(table: QTableWidget) -> list:
    """The ``ID_ROLE`` data of the first cell of every selected row, top to bottom."""
    rows = sorted({index.row() for index in table.selectionModel().selectedRows()})
    return [table.item(row, 0).data(ID_ROLE) for row in rows]


def select_key(table: QTableWidget, key: object) -> bool:
    for row in range(table.rowCount()):
        if table.item(row, 0).data(ID_ROLE) == key and not table.isRowHidden(row):
            table.selectRow(row)
            table.scrollToItem(table.item(row, 0))
            return True
    return False


def field_with_error(parent: QWidget, field: QWidget, name: str) -> tuple[QWidget, QLabel]:
    """``field`` with an error line under it (hidden until there is something to say)."""
    box = QWidget(parent)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    error = QLabel(box)
    error.setObjectName(name)
    error.setProperty("role", "error")
    error.setWordWrap(True)
    error.hide()
    layout.addWidget(field)
    layout.addWidget(error)
    return box, error


def form_label(text: str, buddy: QWidget, parent: QWidget) -> QLabel:
    """A form label level with its field's first line (fields may carry an error line)."""
    label = QLabel(text, parent)
    label.setBuddy(buddy)
    one_line = QLineEdit().sizeHint().height()
    label.setFixedHeight(
        one_line if isinstance(buddy, QPlainTextEdit) else max(buddy.sizeHint().height(), one_line)
    )
    label.setMinimumWidth(label.sizeHint().width() + 4)  # accented words measure a bit short
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    return label


def confirm(parent: QWidget, title: str, text: str, action: str, keep: str) -> bool:
    """Ask before an irreversible change; the safe answer is the default one."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    yes = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
    yes.setObjectName("confirmButton")
    no = box.addButton(keep, QMessageBox.ButtonRole.RejectRole)
    no.setObjectName("keepButton")
    box.setDefaultButton(no)
    box.setEscapeButton(no)
    box.exec()
    return box.clickedButton() is yes


def ask_to_save(parent: QWidget, what: str) -> QMessageBox.StandardButton:
    """Save, Discard or Cancel for a form closed with changes; Cancel is the default."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        parent.windowTitle(),
        what,
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel,
        parent,
    )
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.standardButton(box.clickedButton())


def qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def date_edit(parent: QWidget, name: str) -> QDateEdit:
    edit = QDateEdit(parent)
    edit.setObjectName(name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd/MM/yyyy")
    edit.setMinimumWidth(150)
    edit.setMinimumHeight(QLineEdit().sizeHint().height())
    return edit


def role_texts() -> dict[RegistrationRole, str]:
    """How each registration role is called on screen."""
    return {
        RegistrationRole.CANDIDATE: QCoreApplication.translate("EventDialog", "Candidate"),
        RegistrationRole.EMPLOYER_REP: QCoreApplication.translate(
            "EventDialog", "Employer representative"
        ),
        RegistrationRole.STAFF: QCoreApplication.translate("EventDialog", "Staff"),
        RegistrationRole.VISITOR: QCoreApplication.translate("EventDialog", "Visitor"),
    }


# --- adding an employer to the event ---------------------------------------------------------


def dialog_form() -> QFormLayout:
    """The form layout of the fair dialogs: labels on the left, fields that grow."""
    form = QFormLayout()
    form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
    form.setHorizontalSpacing(16)
    form.setVerticalSpacing(10)
    return form


def form_row(
    form: QFormLayout, parent: QWidget, text: str, buddy: QWidget, field: QWidget | None = None
) -> None:
    form.addRow(form_label(text, buddy, parent), field or buddy)
