"""A person's history, newest first, and undoing a merge from its line (coordinators)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coworking.core import accounts, merges
from coworking.core.errors import UserError
from coworking.core.localtime import local_zone
from coworking.core.person_history import history
from coworking.db.database import Database
from coworking.db.models import StaffUser

MERGE_ROLE = Qt.ItemDataRole.UserRole


class PersonHistoryView(QWidget):
    """``undone`` is emitted after a merge was undone: the record's data changed."""

    undone = Signal()

    def __init__(
        self, database: Database, user: StaffUser, person_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._database, self._user, self._person_id = database, user, person_id
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("personHistory")
        self.table.setHorizontalHeaderLabels([self.tr("When"), self.tr("What"), self.tr("By")])
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.undo_hint = QLabel(self.tr("Select a merge line to undo it."), self)
        self.undo_hint.setProperty("role", "subtitle")
        self.undo_button = QPushButton(self.tr("&Undo merge…"), self)
        self.undo_button.clicked.connect(lambda: self.undo_selected())
        self.table.itemSelectionChanged.connect(self._selection_changed)
        row = QHBoxLayout()
        row.addWidget(self.undo_hint, 1)
        row.addWidget(self.undo_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        self._allowed = accounts.can(user, accounts.REPORTS)
        self.reload()

    def reload(self) -> None:
        with self._database.sessions() as session:
            items = history(
                session,
                self._person_id,
                show_sensitive=accounts.can(self._user, accounts.SENSITIVE_DATA),
            )
        self.table.setRowCount(len(items))
        zone = local_zone()
        for row, item in enumerate(items):
            when = item.at.astimezone(zone).strftime("%d/%m/%Y %H:%M")
            for column, text in enumerate((when, item.text, item.by or "")):
                cell = QTableWidgetItem(text)
                cell.setData(MERGE_ROLE, item.merge_id)
                self.table.setItem(row, column, cell)
        self.table.resizeColumnToContents(0)
        self.table.resizeColumnToContents(2)
        undoable = self._allowed and any(item.merge_id for item in items)
        self.undo_hint.setVisible(undoable)
        self.undo_button.setVisible(undoable)
        self._selection_changed()

    def selected_merge(self) -> int | None:
        """The merge on the selected line, when it can still be undone."""
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.table.item(rows[0].row(), 0).data(MERGE_ROLE)

    def _selection_changed(self) -> None:
        self.undo_button.setEnabled(self.selected_merge() is not None)

    def undo_selected(self) -> bool:
        """Ask, then put both records back as they were before the merge."""
        merge_id = self.selected_merge()
        if not self._allowed or merge_id is None:
            return False
        with self._database.sessions() as session:
            entry = next(
                e for e in merges.merges_of(session, self._person_id) if e.merge_id == merge_id
            )
        answer = QMessageBox.question(
            self,
            self.tr("Undo merge"),
            self.tr(
                "Undo the merge of “%1” (no. %2)? That record becomes separate again, with its "
                "visits, bookings, registrations and consent as before the merge. Changes made "
                "to this record since then stay."
            )
            .replace("%1", entry.merged_name)
            .replace("%2", str(entry.merged_id)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            with self._database.unit_of_work(self._user) as session:
                merges.undo(session, self._user, merge_id)
        except UserError as error:
            QMessageBox.warning(self, self.tr("Undo merge"), str(error))
            return False
        self.reload()
        self.undone.emit()
        return True
