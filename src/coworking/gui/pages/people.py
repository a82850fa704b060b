"""Personas: find anyone in a second (search as you type), register, edit."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QWidget,
)

from coworking.core import accounts
from coworking.db.database import Database
from coworking.db.models import StaffUser
from coworking.gui.merge_dialog import open_merge
from coworking.gui.pages.common import card, page_header, page_layout
from coworking.gui.people_model import PeopleModel
from coworking.gui.person_form import PersonDialog

SEARCH_DELAY_MS = 150


class PeoplePage(QWidget):
    def __init__(self, database: Database, user: StaffUser, parent: QWidget | None = None):
        super().__init__(parent)
        self._database, self._user = database, user
        self._pending: tuple[int | None, dict] | None = None
        layout = page_layout(self)
        layout.addWidget(
            page_header(
                self.tr("People"),
                self.tr(
                    "Everyone registered at this space and its job fairs. Search by name, "
                    "document or phone, in any order."
                ),
                self,
            )
        )
        box = card(self)
        inner = QHBoxLayout()
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search: e.g. nunez jose, 0991234567…"))
        self.search.setClearButtonEnabled(True)
        self.count_label = QLabel(self)
        self.new_button = QPushButton(self.tr("&New person…"), self)
        self.edit_button = QPushButton(self.tr("&Edit…"), self)
        inner.addWidget(self.search, 1)
        inner.addWidget(self.count_label)
        self.import_button = QPushButton(self.tr("&Import…"), self)
        self.import_button.setVisible(accounts.can(user, accounts.REPORTS))
        inner.addWidget(self.import_button)
        self.merge_button = QPushButton(self.tr("&Merge…"), self)
        self.merge_button.setVisible(accounts.can(user, accounts.REPORTS))
        self.merge_button.setToolTip(self.tr("Select two records of the same person (Ctrl+click)"))
        inner.addWidget(self.merge_button)
        self.duplicates_button = QPushButton(self.tr("&Duplicates…"), self)
        self.duplicates_button.setToolTip(self.tr("Possible duplicates in the whole registry"))
        self.duplicates_button.setVisible(accounts.can(user, accounts.REPORTS))
        self.duplicates_button.clicked.connect(self.open_duplicates)
        inner.addWidget(self.duplicates_button)
        inner.addWidget(self.new_button)
        inner.addWidget(self.edit_button)
        box.setLayout(inner)
        layout.addWidget(box)
        self.model = PeopleModel(database, accounts.can(user, accounts.SENSITIVE_DATA), self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((220, 200, 130, 130)):
            self.table.setColumnWidth(column, width)
        layout.addWidget(self.table, 1)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _text: self._timer.start())
        self.search.returnPressed.connect(self._edit_first)
        self.new_button.clicked.connect(self.new_person)
        self.import_button.clicked.connect(self.import_people)
        self.merge_button.clicked.connect(lambda: self.merge_selected())
        self.edit_button.clicked.connect(self.edit_selected)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        QShortcut(QKeySequence.StandardKey.Find, self, self.search.setFocus)
        QShortcut(QKeySequence.StandardKey.New, self, self.new_person)
        self.refresh()

    def refresh(self) -> None:
        self._timer.stop()
        self.model.set_search(self.search.text())
        total = self.model.total
        self.count_label.setText(self.tr("%n people", "", total))
        if self.model.rowCount():
            self.table.selectRow(0)

    def _selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.person_id(rows[0].row()) if rows else None

    def _edit_first(self) -> None:
        self.refresh()
        if self.model.rowCount():
            self.table.selectRow(0)
            self.edit_selected()

    def merge_selected(self) -> bool:
        """Compare the two selected records side by side and merge them («Unir registros»)."""
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        if len(rows) != 2:
            QMessageBox.information(
                self,
                self.tr("Merge records"),
                self.tr("Select exactly two records of the same person (Ctrl+click), then Merge."),
            )
            return False
        first, second = (self.model.person_id(row) for row in rows)
        if not open_merge(self, self._database, self._user, first, second):
            return False
        self.refresh()
        return True

    def open_duplicates(self) -> None:
        """The list of likely duplicates of the whole registry (coordinators)."""
        from coworking.gui.duplicates_list import DuplicatesListDialog

        dialog = DuplicatesListDialog(self._database, self._user, self)
        self.duplicates_dialog = dialog
        dialog.exec()
        self.refresh()

    def reopen_draft(self) -> None:
        """After unlocking: the form that the lock closed, as it was."""
        pending, self._pending = self._pending, None
        if pending is not None:
            self._open(*pending)

    def import_people(self) -> None:
        from coworking.gui.import_wizard import ImportWizard

        wizard = ImportWizard(self._database, self._user, "people", self)
        wizard.exec()
        wizard.setParent(None)  # freed now: a QWizard left to its parent crashed Qt later
        self.refresh()

    def new_person(self) -> None:
        self._open(None)

    def edit_selected(self) -> None:
        person_id = self._selected_id()
        if person_id is not None:
            self._open(person_id)

    def _open(self, person_id: int | None, draft: dict | None = None) -> None:
        dialog = PersonDialog(self._database, self._user, person_id, self)
        if draft:
            dialog.restore_draft(draft)
        self.dialog = dialog
        dialog.exec()
        if dialog.draft is not None:  # closed by the screen lock: reopen it once unlocked
            self._pending = (person_id, dialog.draft)
            return
        if dialog.open_person is not None:
            self._open(dialog.open_person)
            return
        if dialog.saved_id is not None or person_id is not None:
            self.refresh()  # an open record may change without «Guardar»: consent, an undone merge

    def keyPressEvent(self, event) -> None:  # Enter on the list opens the person
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.table.hasFocus():
            self.edit_selected()
            return
        super().keyPressEvent(event)
