"""What came of a fair: interviews, offers and hires, and the 30- and 90-day follow-ups of hires.

Coordinators and administrators record, correct and delete outcomes and tick follow-ups off;
front-desk staff see the lists read-only. The counts above the list are the fair report's
(``outcomes.tally``): people and records of each result, candidates only, up to today.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
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

from coworking import clock
from coworking.core import accounts, outcomes
from coworking.core.errors import UserError
from coworking.core.outcomes import OutcomeRow, StatusCount
from coworking.db.database import Database
from coworking.db.enums import OutcomeStatus, RegistrationRole
from coworking.db.models import StaffUser
from coworking.gui.fair_widgets import EnterFilter, confirm
from coworking.gui.outcome_dialog import OutcomeDialog
from coworking.gui.pages.common import card

DATE_FORMAT = "%d/%m/%Y"
ID_ROLE = Qt.ItemDataRole.UserRole + 1
MUTED = QColor("#7b8794")


def _table(parent: QWidget, name: str, headings: list[str], stretch: int) -> QTableWidget:
    table = QTableWidget(0, len(headings), parent)
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headings)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table


def _fill_row(table: QTableWidget, row: int, cells: list[str], data: object = None) -> None:
    for column, text in enumerate(cells):
        item = QTableWidgetItem(text)
        item.setToolTip(text)
        if column == 0 and data is not None:
            item.setData(ID_ROLE, data)
        table.setItem(row, column, item)


class OutcomesTab(QWidget):
    def __init__(
        self,
        database: Database,
        user: StaffUser,
        event_id: int | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._database, self._user = database, user
        self.event_id = event_id
        self.can_record = accounts.can(user, accounts.REPORTS)
        self.dialog: OutcomeDialog | None = None
        self.rows: list[OutcomeRow] = []
        self.counts: dict[OutcomeStatus, StatusCount] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(14)

        top = card(self)
        inner = QVBoxLayout(top)
        inner.setContentsMargins(18, 14, 18, 14)
        row = QHBoxLayout()
        heading = QLabel(self.tr("Outcomes of the fair"), top)
        heading.setProperty("role", "heading")
        self.outcome_count = QLabel(top)
        self.outcome_count.setProperty("role", "subtitle")
        self.record_button = QPushButton(self.tr("&Record outcome…"), top)
        self.record_button.setObjectName("recordButton")
        self.record_button.setProperty("primary", True)
        self.record_button.clicked.connect(self.record_outcome)
        self.correct_button = QPushButton(self.tr("&Correct…"), top)
        self.correct_button.setObjectName("correctButton")
        self.correct_button.setToolTip(self.tr("Correct the chosen outcome (Enter or F2)"))
        self.correct_button.clicked.connect(self.correct_outcome)
        self.delete_button = QPushButton(self.tr("De&lete"), top)
        self.delete_button.setObjectName("deleteButton")
        self.delete_button.setToolTip(self.tr("Delete the chosen outcome (Delete key)"))
        self.delete_button.clicked.connect(lambda: self.delete_outcome())
        row.addWidget(heading)
        row.addSpacing(8)
        row.addWidget(self.outcome_count)
        row.addStretch(1)
        if not self.can_record:
            note = QLabel(self.tr("Read only: coordinators record outcomes."), top)
            note.setObjectName("readOnlyNote")
            note.setProperty("role", "subtitle")
            row.addWidget(note)
        for button in (self.correct_button, self.delete_button, self.record_button):
            button.setVisible(self.can_record)
            row.addWidget(button)
        inner.addLayout(row)
        self.totals_label = QLabel(top)
        self.totals_label.setObjectName("outcomeTotals")
        self.totals_label.setWordWrap(True)
        self.totals_label.setToolTip(
            self.tr(
                "As in the fair report: candidates' outcomes up to today. People: different "
                "people with that result (merged records count once). Records: outcomes "
                "recorded; someone hired for two vacancies adds two records and one person."
            )
        )
        inner.addWidget(self.totals_label)
        self.outcomes_table = _table(
            top,
            "outcomesTable",
            [
                self.tr("Person"),
                self.tr("Result"),
                self.tr("Employer"),
                self.tr("Vacancy"),
                self.tr("Date"),
            ],
            stretch=0,
        )
        self.outcomes_table.itemSelectionChanged.connect(self._outcome_chosen)
        self.outcomes_table.doubleClicked.connect(lambda _index: self.correct_outcome())
        EnterFilter(self.outcomes_table, self.correct_outcome)
        for key, action in (
            (Qt.Key.Key_F2, self.correct_outcome),
            (Qt.Key.Key_Delete, self.delete_outcome),
        ):
            shortcut = QShortcut(QKeySequence(key), self.outcomes_table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(action)
        inner.addWidget(self.outcomes_table, 1)
        layout.addWidget(top, 3)

        bottom = card(self)
        inner = QVBoxLayout(bottom)
        inner.setContentsMargins(18, 14, 18, 14)
        row = QHBoxLayout()
        heading = QLabel(self.tr("Follow-ups due"), bottom)
        heading.setProperty("role", "heading")
        self.follow_up_count = QLabel(bottom)
        self.follow_up_count.setProperty("role", "subtitle")
        self.all_events = QCheckBox(self.tr("&All events"), bottom)
        self.all_events.setObjectName("allEventsCheck")
        self.all_events.setToolTip(self.tr("Show the follow-ups of every fair, not only this one"))
        self.all_events.toggled.connect(lambda _on: self.refresh())
        self.done_button = QPushButton(self.tr("&Mark as done"), bottom)
        self.done_button.setObjectName("markDoneButton")
        self.done_button.setVisible(self.can_record)
        self.done_button.setEnabled(False)
        self.done_button.clicked.connect(self.mark_done)
        row.addWidget(heading)
        row.addSpacing(8)
        row.addWidget(self.follow_up_count)
        row.addStretch(1)
        row.addWidget(self.all_events)
        row.addWidget(self.done_button)
        inner.addLayout(row)
        hint = QLabel(
            self.tr("Call each person hired 30 and 90 days after the hire to ask how it is going."),
            bottom,
        )
        hint.setProperty("role", "subtitle")
        hint.setWordWrap(True)
        inner.addWidget(hint)
        self.follow_ups_table = _table(
            bottom,
            "followUpsTable",
            [
                self.tr("Person"),
                self.tr("Phone"),
                self.tr("Employer"),
                self.tr("Vacancy"),
                self.tr("Hired on"),
                self.tr("Follow-up"),
                self.tr("Due on"),
            ],
            stretch=0,
        )
        self.follow_ups_table.itemSelectionChanged.connect(self._selection_changed)
        self.follow_ups_table.doubleClicked.connect(lambda _index: self.mark_done())
        inner.addWidget(self.follow_ups_table, 1)
        layout.addWidget(bottom, 2)
        self.refresh()

    def set_event(self, event_id: int | None) -> None:
        self.event_id = event_id
        self.refresh()

    def refresh(self) -> None:
        today = clock.today()
        event_id = self.event_id
        chosen = self.chosen_outcome()
        with self._database.sessions() as session:
            rows = outcomes.of_event(session, event_id) if event_id is not None else []
            if self.all_events.isChecked():
                due = outcomes.due_follow_ups(session, today)
            elif event_id is not None:
                due = outcomes.due_follow_ups(session, today, event_id)
            else:
                due = []
        self.record_button.setEnabled(event_id is not None)
        self.rows = rows
        self.outcomes_table.clearSelection()
        self.outcomes_table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            self._fill_outcome(r, row, today)
            if row.outcome_id == chosen:
                self.outcomes_table.selectRow(r)
        self.outcome_count.setText(self.tr("%Ln recorded", "", len(rows)))
        self.counts = outcomes.tally(rows, today)
        self.totals_label.setText(self._totals_text())
        self.follow_ups = due
        self.follow_ups_table.setRowCount(len(due))
        for r, follow in enumerate(due):
            _fill_row(
                self.follow_ups_table,
                r,
                [
                    follow.person,
                    (follow.phone or "—") if follow.may_contact else self.tr("Do not contact"),
                    follow.employer or "",
                    follow.vacancy or "",
                    follow.hired_on.strftime(DATE_FORMAT),
                    self.tr("%Ln day(s)", "", follow.days),
                    follow.due_on.strftime(DATE_FORMAT),
                ],
                r,
            )
            if follow.due_on < today:  # overdue
                self.follow_ups_table.item(r, 6).setForeground(Qt.GlobalColor.darkRed)
        self.follow_up_count.setText(self.tr("%Ln due", "", len(due)))
        self._selection_changed()
        self._outcome_chosen()

    def _fill_outcome(self, r: int, row: OutcomeRow, today: date) -> None:
        person = row.person
        if row.role != RegistrationRole.CANDIDATE:
            person += f" ({outcomes.NOT_CANDIDATE_ROLES[row.role]})"
        _fill_row(
            self.outcomes_table,
            r,
            [
                person,
                outcomes.STATUS_NAMES[row.status],
                row.employer or "",
                row.vacancy or "",
                row.occurred_on.strftime(DATE_FORMAT),
            ],
            row.outcome_id,
        )
        if not row.counted(today):  # recorded for a visitor before that was refused
            why = self.tr(
                "Not counted in the fair's figures: only candidates have outcomes. "
                "Correct it or delete it."
            )
            for column in range(self.outcomes_table.columnCount()):
                item = self.outcomes_table.item(r, column)
                item.setForeground(MUTED)
                item.setToolTip(why)

    def _totals_text(self) -> str:
        parts = []
        for status, count in self.counts.items():
            people = self.tr("%Ln person(s)", "", count.people)
            records = self.tr("%Ln record(s)", "", count.records)
            parts.append(f"{outcomes.STATUS_NAMES[status]}: {people} · {records}")
        return "   |   ".join(parts)

    def _selection_changed(self) -> None:
        self.done_button.setEnabled(bool(self.follow_ups_table.selectionModel().selectedRows()))

    def _outcome_chosen(self) -> None:
        chosen = self.chosen_outcome() is not None
        self.correct_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def chosen_outcome(self) -> int | None:
        """The id of the outcome selected in the list."""
        rows = self.outcomes_table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.outcomes_table.item(rows[0].row(), 0).data(ID_ROLE)

    def _open(self, outcome_id: int | None) -> bool:
        if not self.can_record or self.event_id is None:
            return False
        dialog = OutcomeDialog(self._database, self._user, self.event_id, outcome_id, self)
        self.dialog = dialog
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
        finally:
            self.dialog = None
            dialog.deleteLater()
        self.refresh()
        return True

    def record_outcome(self) -> bool:
        return self._open(None)

    def correct_outcome(self) -> bool:
        """Open the chosen outcome in the form, to correct it."""
        outcome_id = self.chosen_outcome()
        return outcome_id is not None and self._open(outcome_id)

    def delete_outcome(self, ask: bool = True) -> bool:
        """Delete the chosen outcome, once the coordinator confirms."""
        outcome_id = self.chosen_outcome()
        if not self.can_record or outcome_id is None:
            return False
        row = next(r for r in self.rows if r.outcome_id == outcome_id)
        details = [part for part in (row.employer, row.vacancy) if part]
        details.append(row.occurred_on.strftime(DATE_FORMAT))
        what = f"«{outcomes.STATUS_NAMES[row.status]}» — {row.person} ({', '.join(details)})"
        if ask and not confirm(
            self,
            self.tr("Delete outcome"),
            self.tr("Delete this outcome?\n%1\nThe audit log keeps a record of it.").replace(
                "%1", what
            ),
            self.tr("De&lete"),
            self.tr("&Keep"),
        ):
            return False
        try:
            with self._database.unit_of_work(self._user) as session:
                outcomes.delete(session, self._user, outcome_id)
        except UserError as error:
            QMessageBox.warning(self, self.tr("Delete outcome"), str(error))
            self.refresh()
            return False
        self.refresh()
        return True

    def mark_done(self) -> bool:
        """Tick off the selected follow-up (done today)."""
        rows = self.follow_ups_table.selectionModel().selectedRows()
        if not self.can_record or not rows:
            return False
        follow = self.follow_ups[rows[0].row()]
        try:
            with self._database.unit_of_work(self._user) as session:
                outcomes.mark_followed_up(
                    session, self._user, follow.outcome_id, follow.days, clock.today()
                )
        except UserError as error:
            self.follow_up_count.setText(str(error))
            return False
        self.refresh()
        return True
