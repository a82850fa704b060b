"""What came of a fair: interviews, offers and hires, and the 30- and 90-day follow-ups of hires.

Coordinators and administrators record outcomes and tick follow-ups off; front-desk staff see
the lists read-only.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coworking import clock
from coworking.core import accounts, codes, fairs, outcomes, registrations
from coworking.core.errors import UserError
from coworking.core.outcomes import OutcomeInput
from coworking.core.sign_in_sheet import group_code
from coworking.core.text import search_key
from coworking.db.database import Database
from coworking.db.enums import OutcomeStatus, RegistrationRole
from coworking.db.models import StaffUser
from coworking.gui.field_errors import set_invalid
from coworking.gui.pages.common import card

DATE_FORMAT = "%d/%m/%Y"
ID_ROLE = Qt.ItemDataRole.UserRole + 1


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
        self.dialog: RecordOutcomeDialog | None = None
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
        self.record_button.setVisible(self.can_record)
        self.record_button.clicked.connect(self.record_outcome)
        row.addWidget(heading)
        row.addSpacing(8)
        row.addWidget(self.outcome_count)
        row.addStretch(1)
        if not self.can_record:
            note = QLabel(self.tr("Read only: coordinators record outcomes."), top)
            note.setObjectName("readOnlyNote")
            note.setProperty("role", "subtitle")
            row.addWidget(note)
        row.addWidget(self.record_button)
        inner.addLayout(row)
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
        with self._database.sessions() as session:
            rows = outcomes.of_event(session, event_id) if event_id is not None else []
            if self.all_events.isChecked():
                due = outcomes.due_follow_ups(session, today)
            elif event_id is not None:
                due = outcomes.due_follow_ups(session, today, event_id)
            else:
                due = []
        self.record_button.setEnabled(event_id is not None)
        self.outcomes_table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            _fill_row(
                self.outcomes_table,
                r,
                [
                    row.person,
                    outcomes.STATUS_NAMES[row.status],
                    row.employer or "",
                    row.vacancy or "",
                    row.occurred_on.strftime(DATE_FORMAT),
                ],
                row.outcome_id,
            )
        self.outcome_count.setText(self.tr("%Ln recorded", "", len(rows)))
        self.follow_ups = due
        self.follow_ups_table.setRowCount(len(due))
        for r, follow in enumerate(due):
            _fill_row(
                self.follow_ups_table,
                r,
                [
                    follow.person,
                    follow.phone or "—",
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

    def _selection_changed(self) -> None:
        self.done_button.setEnabled(bool(self.follow_ups_table.selectionModel().selectedRows()))

    def record_outcome(self) -> None:
        if not self.can_record or self.event_id is None:
            return
        dialog = RecordOutcomeDialog(self._database, self._user, self.event_id, self)
        self.dialog = dialog
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                self.refresh()
        finally:
            self.dialog = None
            dialog.deleteLater()

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


class RecordOutcomeDialog(QDialog):
    """Find a candidate of the event by name (or badge code) and record what came of it."""

    def __init__(
        self,
        database: Database,
        user: StaffUser,
        event_id: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._database, self._user, self.event_id = database, user, event_id
        self.saved_id: int | None = None
        self.setWindowTitle(self.tr("Record outcome"))
        with database.sessions() as session:
            people = [
                row
                for row in registrations.registration_rows(session, event_id)
                if row.role in (RegistrationRole.CANDIDATE, RegistrationRole.VISITOR)
            ]
            vacancies = [
                (vacancy.id, f"{booth.trade_name} · {vacancy.title}")
                for booth in sorted(fairs.booths(session, event_id), key=lambda b: b.trade_name)
                for vacancy in fairs.vacancies_of(session, booth.employer_id)
            ]
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        form = QFormLayout()
        form.setVerticalSpacing(8)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("searchEdit")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setPlaceholderText(self.tr("Name or badge code"))
        self.candidate_list = QListWidget(self)
        self.candidate_list.setObjectName("candidateList")
        self.candidate_list.setMinimumHeight(150)
        self.candidate_list.setAlternatingRowColors(True)
        self.candidate_list.setStyleSheet(
            "QListWidget { background: #ffffff; alternate-background-color: #f7f9fb; "
            "border: 1px solid #c3ccd6; border-radius: 4px; }"
            "QListWidget::item { padding: 4px 6px; }"
            "QListWidget::item:selected { background: #2a7de1; color: #ffffff; }"
        )
        for row in people:
            item = QListWidgetItem(f"{row.sort_name}   ·   {group_code(row.badge_code)}")
            item.setData(ID_ROLE, row.registration_id)
            key = search_key(f"{row.family_names} {row.given_names}")
            item.setData(ID_ROLE + 1, (key, row.badge_code))
            self.candidate_list.addItem(item)
        self.candidate_error = self._error_label("candidateError")
        candidate_box = QVBoxLayout()
        candidate_box.setSpacing(4)
        candidate_box.addWidget(self.search_edit)
        candidate_box.addWidget(self.candidate_list)
        candidate_box.addWidget(self.candidate_error)
        form.addRow(self.tr("&Candidate:"), candidate_box)
        form.labelForField(candidate_box).setBuddy(self.search_edit)

        self.status_combo = QComboBox(self)
        self.status_combo.setObjectName("statusCombo")
        for status, name in outcomes.STATUS_NAMES.items():
            self.status_combo.addItem(name, status)
        form.addRow(self.tr("&Result:"), self.status_combo)

        self.vacancy_combo = QComboBox(self)
        self.vacancy_combo.setObjectName("vacancyCombo")
        self.vacancy_combo.addItem(self.tr("— No vacancy —"), None)
        for vacancy_id, label in vacancies:
            self.vacancy_combo.addItem(label, vacancy_id)
        self.vacancy_error = self._error_label("vacancyError")
        vacancy_box = QVBoxLayout()
        vacancy_box.setSpacing(4)
        vacancy_box.addWidget(self.vacancy_combo)
        vacancy_box.addWidget(self.vacancy_error)
        form.addRow(self.tr("&Vacancy:"), vacancy_box)
        form.labelForField(vacancy_box).setBuddy(self.vacancy_combo)

        today = QDate(clock.today())
        self.date_edit = QDateEdit(today, self)
        self.date_edit.setObjectName("dateEdit")
        self.date_edit.setDisplayFormat("dd/MM/yyyy")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setMaximumDate(today)
        form.addRow(self.tr("&Date:"), self.date_edit)

        self.notes_edit = QPlainTextEdit(self)
        self.notes_edit.setObjectName("notesEdit")
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setFixedHeight(64)
        form.addRow(self.tr("&Notes:"), self.notes_edit)
        layout.addLayout(form)
        self.error_label = self._error_label("errorLabel")
        layout.addWidget(self.error_label)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

        self.search_edit.textChanged.connect(self._filter)
        self.search_edit.returnPressed.connect(self._pick_first)
        self.candidate_list.currentItemChanged.connect(lambda *_: self._clear(self.candidate_error))
        self.vacancy_combo.currentIndexChanged.connect(lambda _i: self._clear(self.vacancy_error))
        self.status_combo.currentIndexChanged.connect(lambda _i: self._clear(self.vacancy_error))
        self.resize(620, 560)
        self.search_edit.setFocus()

    def _error_label(self, name: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setProperty("role", "error")
        label.setWordWrap(True)
        label.hide()
        return label

    def _clear(self, label: QLabel) -> None:
        label.hide()
        label.clear()
        set_invalid(self.vacancy_combo, False)

    def _filter(self, text: str) -> None:
        words = search_key(text).split()
        code = codes.normalise(text)
        first = None
        for index in range(self.candidate_list.count()):
            item = self.candidate_list.item(index)
            key, badge = item.data(ID_ROLE + 1)
            shown = all(w in key for w in words) or (len(code) >= 2 and code in badge)
            item.setHidden(not shown)
            if shown and first is None:
                first = item
        current = self.candidate_list.currentItem()
        if first is not None and (current is None or current.isHidden()):
            self.candidate_list.setCurrentItem(first)

    def _pick_first(self) -> None:
        if self.candidate_list.currentItem() is not None:
            self.status_combo.setFocus()

    def registration_id(self) -> int | None:
        item = self.candidate_list.currentItem()
        if item is None or item.isHidden():
            return None
        return item.data(ID_ROLE)

    def save(self) -> None:
        registration_id = self.registration_id()
        status = self.status_combo.currentData()
        vacancy_id = self.vacancy_combo.currentData()
        problems = False
        if registration_id is None:
            self.candidate_error.setText(self.tr("Choose the candidate from the list."))
            self.candidate_error.show()
            problems = True
        if status == OutcomeStatus.HIRED and vacancy_id is None:
            self.vacancy_error.setText(self.tr("A hire needs its vacancy."))
            self.vacancy_error.show()
            set_invalid(self.vacancy_combo, True)
            problems = True
        if problems:
            return
        assert registration_id is not None
        data = OutcomeInput(
            registration_id=registration_id,
            status=status,
            occurred_on=self.date_edit.date().toPython(),
            vacancy_id=vacancy_id,
            notes=self.notes_edit.toPlainText(),
        )
        try:
            with self._database.unit_of_work(self._user) as session:
                outcome = outcomes.record(session, self._user, data, today=clock.today())
                self.saved_id = outcome.id
        except UserError as error:
            self.error_label.setText(str(error))
            self.error_label.show()
            return
        self.accept()
