"""The form of one outcome of a fair: record a candidate's, or correct one already recorded.

The rules (candidates only, one outcome of each kind per person and vacancy) are the service's;
a refusal is shown in a message box and the form stays open to be changed.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from coworking import clock
from coworking.core import codes, outcomes, registrations
from coworking.core.errors import UserError
from coworking.core.outcomes import OutcomeInput
from coworking.core.sign_in_sheet import group_code
from coworking.core.text import search_key
from coworking.db.database import Database
from coworking.db.enums import OutcomeStatus, RegistrationRole
from coworking.db.models import StaffUser
from coworking.gui.field_errors import set_invalid

ID_ROLE = Qt.ItemDataRole.UserRole + 1
EMPLOYER_ROLE = Qt.ItemDataRole.UserRole + 3  # of a vacancy choice; its data is the vacancy


class OutcomeDialog(QDialog):
    """Find a candidate of the event by name (or badge code) and record what came of it; or,
    given ``outcome_id``, correct that outcome (its person stays)."""

    def __init__(
        self,
        database: Database,
        user: StaffUser,
        event_id: int,
        outcome_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._database, self._user, self.event_id = database, user, event_id
        self.outcome_id = outcome_id
        self.saved_id: int | None = None
        with database.sessions() as session:
            current = outcomes.input_of(session, outcome_id) if outcome_id is not None else None
            if current is None:
                people = [
                    row
                    for row in registrations.registration_rows(session, event_id)
                    if row.role == RegistrationRole.CANDIDATE
                ]
            else:
                people = [
                    row
                    for row in registrations.registration_rows(
                        session, event_id, include_cancelled=True
                    )
                    if row.registration_id == current.registration_id
                ]
            choices = outcomes.choices(session, event_id, current)
        self.setWindowTitle(
            self.tr("Record outcome") if current is None else self.tr("Correct outcome")
        )
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
        self.candidate_list.setMinimumHeight(150 if current is None else 40)
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
        no_vacancy = self.tr("no particular vacancy")
        for choice in choices:
            label = f"{choice.employer} · {choice.vacancy or no_vacancy}"
            self.vacancy_combo.addItem(label, choice.vacancy_id)
            last = self.vacancy_combo.count() - 1
            self.vacancy_combo.setItemData(last, choice.employer_id, EMPLOYER_ROLE)
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
        if current is None:
            self.resize(620, 560)
            self.search_edit.setFocus()
        else:
            self._show(current)
            self.resize(620, 420)
            self.status_combo.setFocus()

    def _show(self, current: OutcomeInput) -> None:
        """The outcome being corrected, in the form; its person cannot change."""
        self.search_edit.hide()
        if self.candidate_list.count():
            self.candidate_list.setCurrentRow(0)
        self.candidate_list.setEnabled(False)
        self.status_combo.setCurrentIndex(self.status_combo.findData(current.status))
        for index in range(self.vacancy_combo.count()):
            chosen = (
                self.vacancy_combo.itemData(index),
                self.vacancy_combo.itemData(index, EMPLOYER_ROLE),
            )
            if chosen == (current.vacancy_id, current.employer_id):
                self.vacancy_combo.setCurrentIndex(index)
                break
        self.date_edit.setDate(QDate(current.occurred_on))
        self.notes_edit.setPlainText(current.notes or "")

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
        employer_id = self.vacancy_combo.currentData(EMPLOYER_ROLE)
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
            employer_id=employer_id,
            notes=self.notes_edit.toPlainText(),
        )
        try:
            with self._database.unit_of_work(self._user) as session:
                if self.outcome_id is None:
                    outcome = outcomes.record(session, self._user, data, today=clock.today())
                else:
                    outcome = outcomes.update(
                        session, self._user, self.outcome_id, data, today=clock.today()
                    )
                self.saved_id = outcome.id
        except UserError as error:
            QMessageBox.warning(self, self.windowTitle(), str(error))
            return
        self.accept()
