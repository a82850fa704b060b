"""«Posibles duplicados»: every pair of records of the registry that may be one person, found
in the background, shown side by side; a coordinator merges a pair or says it is two people
(remembered, so the pair is not listed again)."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
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

from coworking.core import accounts, duplicates
from coworking.core.duplicates import Pair, Someone
from coworking.core.errors import UserError
from coworking.db.database import Database
from coworking.db.enums import DocumentType
from coworking.db.models import StaffUser
from coworking.gui import tasks
from coworking.gui.door_walk_in_parts import document_choices

REASON, FIRST, SECOND = range(3)  # the reasons (one a line), then the two records side by side


def shown_document(person: Someone, show_documents: bool) -> str:
    """The document as the people list shows it: whole for roles that see documents, else
    only its last three characters; with its type, for those who may see it."""
    number = person.document_number
    if not number:
        return ""
    if not show_documents:
        return "•••" + number[-3:]
    labels = {value: text for text, value in document_choices()}
    kind = labels.get(person.document_type or DocumentType.OTHER, "")
    return f"{kind} {number}".strip()


def shown_phone(phone: str | None) -> str:
    """Ecuadorian numbers as people say them (0991234567); others as stored."""
    if not phone:
        return ""
    return "0" + phone[4:] if phone.startswith("+593") else phone


def shown_date(day: date | None) -> str:
    return f"{day:%d/%m/%Y}" if day else ""


class DuplicatesListDialog(QDialog):
    """The list of likely duplicates; the search starts as soon as the dialog is built."""

    def __init__(self, database: Database, user: StaffUser, parent: QWidget | None = None):
        super().__init__(parent)
        self._database, self._user = database, user
        self._show_documents = accounts.can(user, accounts.SENSITIVE_DATA)
        self.pairs: list[Pair] = []
        self.handle: tasks.TaskHandle | None = None
        self.setWindowTitle(self.tr("Possible duplicates"))
        intro = QLabel(
            self.tr(
                "Records that may belong to the same person: the same document or phone, or "
                "a similar name with the same birth date (or with day and month swapped). "
                "Merge them, or say they are different people so they are not listed again."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.status = QLabel(self)
        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Reason"), self.tr("First record"), self.tr("Second record")]
        )
        self.table.setWordWrap(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(REASON, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.search_button = QPushButton(self.tr("&Search again"), self)
        self.not_same_button = QPushButton(self.tr("&Not the same person"), self)
        self.merge_button = QPushButton(self.tr("&Merge…"), self)
        self.close_button = QPushButton(self.tr("&Close"), self)
        self.search_button.clicked.connect(lambda: self.search())
        self.not_same_button.clicked.connect(lambda: self.mark_not_same())
        self.merge_button.clicked.connect(lambda: self.merge_selected())
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.search_button)
        buttons.addStretch(1)
        buttons.addWidget(self.not_same_button)
        buttons.addWidget(self.merge_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.resize(1000, 600)  # fits a 1024×768 screen; the table scrolls sideways
        self._update_buttons()
        self.search()

    # -- the search -----------------------------------------------------------------------------

    def search(self) -> tasks.TaskHandle | None:
        """Look through the whole registry in the background (with progress and cancel)."""
        if self.handle is not None and self.handle.is_running:
            return None
        database, user = self._database, self._user
        message = self.tr("Comparing people…")

        def work(context: tasks.TaskContext) -> list[Pair]:  # worker thread: no widgets
            def progress(done: int, total: int) -> None:
                context.raise_if_cancelled()
                context.report(done, total, message)

            context.report(0, 0, message)
            with database.sessions() as session:
                return duplicates.registry_pairs(session, user, progress)

        self.status.setText(self.tr("Looking for possible duplicates…"))
        self.search_button.setEnabled(False)
        self.handle = tasks.run_with_progress(
            self,
            self.tr("Looking for possible duplicates"),
            work,
            on_done=self._found,
            on_cancel=self._cancelled,
            on_error=self._failed,
        )
        return self.handle

    def _found(self, pairs: list[Pair]) -> None:
        self.pairs = pairs
        self._fill()

    def _cancelled(self) -> None:
        self.status.setText(self.tr("The search was cancelled."))
        self._update_buttons()

    def _failed(self, error: tasks.TaskError) -> None:
        self.status.setText(error.message)
        self._update_buttons()

    def _fill(self) -> None:
        self.table.setRowCount(len(self.pairs))
        for row, pair in enumerate(self.pairs):
            reasons = "\n".join(reason.value for reason in pair.reasons)
            self.table.setItem(row, REASON, QTableWidgetItem(reasons))
            for column, person in ((FIRST, pair.first), (SECOND, pair.second)):
                self.table.setItem(row, column, QTableWidgetItem(self.record_text(person)))
        self.table.resizeRowsToContents()
        if self.pairs:
            self.table.selectRow(0)
        self._show_count()
        self._update_buttons()

    def record_text(self, person: Someone) -> str:
        """The name, and under it the document, the phone and the birth date (those known)."""
        details = (
            shown_document(person, self._show_documents),
            shown_phone(person.phone),
            shown_date(person.birth_date),
        )
        shown = " · ".join(detail for detail in details if detail)
        return f"{person.name}\n{shown}" if shown else person.name

    def _show_count(self) -> None:
        if self.pairs:
            text = self.tr(
                "%n possible duplicate(s), strongest reasons first.", "", len(self.pairs)
            )
        else:
            text = self.tr("No possible duplicates found.")
        self.status.setText(text)

    def _update_buttons(self) -> None:
        running = self.handle is not None and self.handle.is_running
        chosen = self.selected() is not None and not running
        self.search_button.setEnabled(not running)
        self.not_same_button.setEnabled(chosen)
        self.merge_button.setEnabled(chosen)

    def selected(self) -> Pair | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.pairs):
            return None
        return self.pairs[rows[0].row()]

    def _drop(self, person_ids: set[int], pair: Pair | None = None) -> None:
        """Take out ``pair`` and every pair with one of ``person_ids``."""
        row = self.table.currentRow()
        self.pairs = [p for p in self.pairs if p is not pair and not (set(p.keys) & person_ids)]
        self._fill()
        if self.pairs:
            self.table.selectRow(min(max(row, 0), len(self.pairs) - 1))

    # -- what a coordinator decides -------------------------------------------------------------

    def mark_not_same(self) -> bool:
        """The selected pair are two people: remembered, and not listed again."""
        pair = self.selected()
        if pair is None:
            return False
        try:
            with self._database.unit_of_work(self._user) as session:
                duplicates.mark_not_same(session, self._user, *pair.keys)
        except UserError as error:
            QMessageBox.warning(self, self.tr("Possible duplicates"), str(error))
            return False
        self._drop(set(), pair)
        return True

    def merge_selected(self) -> bool:
        """Open the merge of the selected pair (the older record offered as the one kept)."""
        from coworking.gui.merge_dialog import open_merge

        pair = self.selected()
        if pair is None:
            return False
        if not open_merge(self, self._database, self._user, *pair.keys):
            return False
        with self._database.sessions() as session:
            gone = duplicates.merged_ids(session, pair.keys)
        self._drop(gone, pair)
        return True

    def reject(self) -> None:
        if self.handle is not None and self.handle.is_running:
            self.handle.cancel()
        super().reject()
