"""An employer's booth at a job fair: scan a candidate's badge, note what happened, next one.

Made for the keyboard and a USB barcode scanner. With no form open the scan field holds the
focus (nothing else on the screen can take it). A good scan opens the form and moves the focus
into it: 1/2/3 choose the kind, the rating row takes 1–5, Ctrl+Enter saves and Esc discards;
either way the focus returns to the scan field. A new scan while the form holds unsaved changes
asks first whether to save or discard them.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from coworking.core import fairs, interactions
from coworking.core.errors import UserError
from coworking.core.interactions import Candidate, InteractionInput
from coworking.core.localtime import local_zone
from coworking.db.database import Database
from coworking.db.enums import InteractionKind, RegistrationRole
from coworking.db.models import StaffUser
from coworking.gui.pages.common import card, page_header, page_layout

KINDS = (InteractionKind.BOOTH_VISIT, InteractionKind.INTERVIEW, InteractionKind.CV_RECEIVED)
STAR_ON, STAR_OFF = "#e0a100", "#c3ccd6"


def stars(rating: int | None) -> str:
    return "★" * rating + "☆" * (5 - rating) if rating else ""


class RatingStars(QFrame):
    """Five stars: click one, or with the row focused press 1–5 (0 or Backspace clears)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._value: int | None = None
        self.setObjectName("ratingStars")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        layout.setSpacing(0)
        self.buttons: list[QToolButton] = []
        for number in range(1, 6):
            button = QToolButton(self)
            button.setObjectName(f"star{number}")
            button.setText("★")
            button.setAutoRaise(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setToolTip(self.tr("%1 of 5").replace("%1", str(number)))
            button.clicked.connect(lambda _checked=False, n=number: self._clicked(n))
            layout.addWidget(button)
            self.buttons.append(button)
        self.caption = QLabel(self)
        self.caption.setProperty("role", "subtitle")
        layout.addSpacing(10)
        layout.addWidget(self.caption)
        layout.addStretch(1)
        self._paint(False)

    def value(self) -> int | None:
        return self._value

    def set_value(self, value: int | None) -> None:
        if value is not None and not 1 <= value <= 5:
            return
        if value != self._value:
            self._value = value
            self._paint(self.hasFocus())
            self.changed.emit()

    def _clicked(self, number: int) -> None:
        self.setFocus()
        self.set_value(None if number == self._value else number)

    def _paint(self, focused: bool) -> None:
        for number, button in enumerate(self.buttons, 1):
            lit = self._value is not None and number <= self._value
            colour = STAR_ON if lit else STAR_OFF
            button.setStyleSheet(f"QToolButton {{ color: {colour}; font-size: 20pt; border: 0; }}")
        border = "#2a7de1" if focused else "transparent"
        self.setStyleSheet(
            f"QFrame#ratingStars {{ border: 1px solid {border}; border-radius: 4px; }}"
        )
        if self._value is None:
            self.caption.setText(self.tr("No rating (keys 1–5)"))
        else:
            self.caption.setText(self.tr("%1 of 5").replace("%1", str(self._value)))

    def event(self, event: QEvent) -> bool:
        # The digits belong to the stars while they have the focus, not to the kind shortcuts.
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and self._rating_key(event) is not False
        ):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        value = self._rating_key(event)
        if value is False:
            if event.key() == Qt.Key.Key_Right:
                self.set_value(min(5, (self._value or 0) + 1))
            elif event.key() == Qt.Key.Key_Left:
                self.set_value(None if (self._value or 0) <= 1 else self._value - 1)
            else:
                super().keyPressEvent(event)
            return
        self.set_value(value)

    @staticmethod
    def _rating_key(event: QKeyEvent) -> int | None | bool:
        """The rating a key means, None to clear, False if it is not a rating key."""
        if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return False
        key = event.key()
        if Qt.Key.Key_1 <= key <= Qt.Key.Key_5:
            return key - Qt.Key.Key_0
        if key in (Qt.Key.Key_0, Qt.Key.Key_Backspace, Qt.Key.Key_Delete):
            return None
        return False

    def focusInEvent(self, event) -> None:
        self._paint(True)
        super().focusInEvent(event)

    def focusOutEvent(self, event) -> None:
        self._paint(False)
        super().focusOutEvent(event)


class BoothStation(QWidget):
    """The station of one employer's booth at one event."""

    def __init__(
        self,
        database: Database,
        user: StaffUser,
        event_id: int,
        employer_id: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._database, self._user = database, user
        self.event_id, self.employer_id = event_id, employer_id
        self.candidate: Candidate | None = None
        self.question: QMessageBox | None = None
        with database.sessions() as session:
            event = fairs.get_event(session, event_id)
            employer = fairs.get_employer(session, employer_id)
            booth = next(
                (b.booth for b in fairs.booths(session, event_id) if b.employer_id == employer_id),
                None,
            )
            vacancies = [(v.id, v.title) for v in fairs.vacancies_of(session, employer_id)]
            event_name, trade_name = event.name, employer.trade_name
        layout = page_layout(self)
        where = (
            self.tr("Booth %1").replace("%1", booth) + f" · {event_name}" if booth else event_name
        )
        layout.addWidget(page_header(trade_name, where, self))
        columns = QHBoxLayout()
        columns.setSpacing(18)
        layout.addLayout(columns, 1)
        left = QVBoxLayout()
        left.setSpacing(14)
        columns.addLayout(left, 1)
        left.addWidget(self._scan_card())
        self.placeholder = self._placeholder_card()
        left.addWidget(self.placeholder)
        self.form = self._form(vacancies)
        left.addWidget(self.form)
        left.addStretch(1)
        columns.addWidget(self._list_card(), 2)

        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            save = QShortcut(QKeySequence(keys), self, self.save)
            save.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.form, self.discard)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        for position, kind in enumerate(KINDS, 1):
            shortcut = QShortcut(QKeySequence(str(position)), self.form)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda kind=kind: self._choose_kind(kind))
        self._defaults = self._values()
        self._close_form()
        self.refresh()

    # -- building ---------------------------------------------------------------------------

    def _scan_card(self) -> QWidget:
        box = card(self)
        inner = QVBoxLayout(box)
        inner.setContentsMargins(20, 16, 20, 16)
        heading = QLabel(self.tr("Scan the candidate's badge"), box)
        heading.setProperty("role", "heading")
        self.scan_field = QLineEdit(box)
        self.scan_field.setObjectName("scanField")
        self.scan_field.setPlaceholderText(self.tr("e.g. ABCD 2345 J"))
        self.scan_field.setStyleSheet("QLineEdit { font-size: 15pt; padding: 7px 9px; }")
        self.scan_field.returnPressed.connect(self.scan)
        self.scan_error = QLabel(box)
        self.scan_error.setObjectName("scanError")
        self.scan_error.setProperty("role", "error")
        self.scan_error.setWordWrap(True)
        self.scan_error.hide()
        self.saved_label = QLabel(box)
        self.saved_label.setObjectName("savedLabel")
        self.saved_label.setProperty("role", "success")
        self.saved_label.setWordWrap(True)
        self.saved_label.hide()
        inner.addWidget(heading)
        inner.addWidget(self.scan_field)
        inner.addWidget(self.scan_error)
        inner.addWidget(self.saved_label)
        return box

    def _placeholder_card(self) -> QWidget:
        box = card(self)
        inner = QVBoxLayout(box)
        inner.setContentsMargins(20, 16, 20, 16)
        for text in (
            self.tr("Scan a badge to record a booth visit, an interview or a CV received."),
            self.tr("Then: 1, 2 or 3 for the kind, Tab between fields, Ctrl+Enter to save."),
        ):
            label = QLabel(text, box)
            label.setProperty("role", "subtitle")
            label.setWordWrap(True)
            inner.addWidget(label)
        return box

    def _form(self, vacancies: list[tuple[int, str]]) -> QGroupBox:
        form = QGroupBox(self)
        form.setObjectName("candidateForm")
        layout = QVBoxLayout(form)
        layout.setSpacing(10)
        self.candidate_label = QLabel(form)
        self.candidate_label.setObjectName("candidateName")
        self.candidate_label.setProperty("role", "heading")
        self.candidate_label.setWordWrap(True)
        self.candidate_note = QLabel(form)
        self.candidate_note.setProperty("role", "subtitle")
        self.candidate_note.setWordWrap(True)
        layout.addWidget(self.candidate_label)
        layout.addWidget(self.candidate_note)
        fields = QFormLayout()
        fields.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        fields.setVerticalSpacing(10)
        kinds = QVBoxLayout()
        kinds.setSpacing(4)
        self.kind_group = QButtonGroup(form)
        self.kind_buttons: dict[InteractionKind, QRadioButton] = {}
        labels = {
            InteractionKind.BOOTH_VISIT: self.tr("1 · Booth visit"),
            InteractionKind.INTERVIEW: self.tr("2 · Interview"),
            InteractionKind.CV_RECEIVED: self.tr("3 · CV received"),
        }
        for kind in KINDS:
            button = QRadioButton(labels[kind], form)
            button.setObjectName(f"kind_{kind.value}")
            self.kind_group.addButton(button)
            self.kind_buttons[kind] = button
            kinds.addWidget(button)
        self.kind_buttons[InteractionKind.BOOTH_VISIT].setChecked(True)
        fields.addRow(self.tr("Kind:"), kinds)
        self.vacancy_combo = QComboBox(form)
        self.vacancy_combo.setObjectName("vacancyCombo")
        self.vacancy_combo.addItem(self.tr("— No vacancy —"), None)
        for vacancy_id, title in vacancies:
            self.vacancy_combo.addItem(title, vacancy_id)
        fields.addRow(self.tr("&Vacancy:"), self.vacancy_combo)
        self.next_step_combo = QComboBox(form)
        self.next_step_combo.setObjectName("nextStepCombo")
        self.next_step_combo.setEditable(True)
        self.next_step_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.next_step_combo.addItem("")
        self.next_step_combo.addItems(list(interactions.NEXT_STEPS))
        self.next_step_combo.lineEdit().setPlaceholderText(self.tr("Choose or type"))
        fields.addRow(self.tr("&Next step:"), self.next_step_combo)
        self.rating = RatingStars(form)
        fields.addRow(self.tr("&Rating:"), self.rating)
        self.notes_edit = QPlainTextEdit(form)
        self.notes_edit.setObjectName("notesEdit")
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setFixedHeight(72)
        self.notes_edit.setPlaceholderText(self.tr("Skills, availability, anything to remember"))
        fields.addRow(self.tr("N&otes:"), self.notes_edit)
        layout.addLayout(fields)
        self.form_error = QLabel(form)
        self.form_error.setObjectName("formError")
        self.form_error.setProperty("role", "error")
        self.form_error.setWordWrap(True)
        self.form_error.hide()
        layout.addWidget(self.form_error)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.discard_button = QPushButton(self.tr("Discard (Esc)"), form)
        self.discard_button.setObjectName("discardButton")
        self.save_button = QPushButton(self.tr("Save (Ctrl+Enter)"), form)
        self.save_button.setObjectName("saveButton")
        self.save_button.setProperty("primary", True)
        self.discard_button.clicked.connect(self.discard)
        self.save_button.clicked.connect(self.save)
        buttons.addWidget(self.discard_button)
        buttons.addWidget(self.save_button)
        layout.addLayout(buttons)
        return form

    def _list_card(self) -> QWidget:
        box = card(self)
        inner = QVBoxLayout(box)
        inner.setContentsMargins(20, 16, 20, 16)
        top = QHBoxLayout()
        heading = QLabel(self.tr("Latest at this booth"), box)
        heading.setProperty("role", "heading")
        self.count_label = QLabel(box)
        self.count_label.setProperty("role", "subtitle")
        top.addWidget(heading)
        top.addStretch(1)
        top.addWidget(self.count_label)
        inner.addLayout(top)
        self.table = QTableWidget(0, 6, box)
        self.table.setObjectName("interactionsTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Time"),
                self.tr("Candidate"),
                self.tr("Kind"),
                self.tr("Vacancy"),
                self.tr("Next step"),
                self.tr("Rating"),
            ]
        )
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column in (3, 4):  # long titles are cut short; the whole text is in the tooltip
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.table.setColumnWidth(column, 135)
        inner.addWidget(self.table, 1)
        return box

    # -- the list ---------------------------------------------------------------------------

    def kind_label(self, kind: InteractionKind) -> str:
        return {
            InteractionKind.BOOTH_VISIT: self.tr("Booth visit"),
            InteractionKind.INTERVIEW: self.tr("Interview"),
            InteractionKind.CV_RECEIVED: self.tr("CV received"),
        }[kind]

    def refresh(self) -> None:
        with self._database.sessions() as session:
            rows = interactions.at_booth(session, self.event_id, self.employer_id)
        zone = local_zone()
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            cells = [
                row.at.astimezone(zone).strftime("%H:%M"),
                row.candidate,
                self.kind_label(row.kind),
                row.vacancy or "",
                row.next_step or "",
                stars(row.rating),
            ]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if c == 5:
                    item.setForeground(QColor(STAR_ON))
                self.table.setItem(r, c, item)
        self.count_label.setText(self.tr("%Ln recorded", "", len(rows)))

    # -- scanning ---------------------------------------------------------------------------

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.candidate is None:
            self.scan_field.setFocus()

    def _show_scan_error(self, message: str) -> None:
        self.saved_label.hide()
        self.scan_error.setText(message)
        self.scan_error.show()
        self.scan_field.setFocus()
        self.scan_field.selectAll()  # the next scan replaces the bad one

    def scan(self) -> None:
        raw = self.scan_field.text()
        if not raw.strip():
            return
        try:
            with self._database.sessions() as session:
                found = interactions.candidate_for_badge(session, self.event_id, raw)
        except UserError as error:
            self._show_scan_error(str(error))
            return
        if found.role in (RegistrationRole.EMPLOYER_REP, RegistrationRole.STAFF):
            self._show_scan_error(
                self.tr("%1 is not a candidate: that badge is for staff or an employer.").replace(
                    "%1", found.name
                )
            )
            return
        self.scan_error.hide()
        if self.candidate is not None and found.registration_id == self.candidate.registration_id:
            self.scan_field.clear()  # the same person again: keep what is being typed
            self._focus_form()
            return
        if self.candidate is not None and self.is_dirty():
            answer = self._ask_unsaved()
            if answer == QMessageBox.StandardButton.Save:
                if not self.save():
                    return
            elif answer != QMessageBox.StandardButton.Discard:
                self._focus_form()
                return
        self._open_form(found)

    def _ask_unsaved(self) -> QMessageBox.StandardButton:
        assert self.candidate is not None
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Unsaved form"),
            self.tr("The form for %1 is not saved yet. Save it before the next badge?").replace(
                "%1", self.candidate.name
            ),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("unsavedQuestion")
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        box.setEscapeButton(QMessageBox.StandardButton.Cancel)
        self.question = box
        try:
            return QMessageBox.StandardButton(box.exec())
        finally:
            self.question = None
            box.deleteLater()
            self.window().activateWindow()  # the keyboard goes back to the station

    # -- the form ---------------------------------------------------------------------------

    def _values(self) -> tuple:
        return (
            self.kind(),
            self.vacancy_combo.currentData(),
            self.next_step_combo.currentText().strip(),
            self.rating.value(),
            self.notes_edit.toPlainText().strip(),
        )

    def is_dirty(self) -> bool:
        return self.candidate is not None and self._values() != self._defaults

    def kind(self) -> InteractionKind:
        for kind, button in self.kind_buttons.items():
            if button.isChecked():
                return kind
        return InteractionKind.BOOTH_VISIT

    def _choose_kind(self, kind: InteractionKind) -> None:
        self.kind_buttons[kind].setChecked(True)
        self.kind_buttons[kind].setFocus()

    def _reset_fields(self) -> None:
        self.kind_buttons[InteractionKind.BOOTH_VISIT].setChecked(True)
        self.vacancy_combo.setCurrentIndex(0)
        self.next_step_combo.setCurrentIndex(0)
        self.next_step_combo.setEditText("")
        self.rating.set_value(None)
        self.notes_edit.clear()
        self.form_error.hide()

    def _open_form(self, found: Candidate) -> None:
        self.candidate = found
        self._reset_fields()
        self.candidate_label.setText(found.name)
        notes = []
        if found.role == RegistrationRole.VISITOR:
            notes.append(self.tr("Registered as a visitor."))
        if not found.checked_in:
            notes.append(self.tr("No check-in at the door was recorded for this badge."))
        self.candidate_note.setText(" ".join(notes))
        self.candidate_note.setVisible(bool(notes))
        self.scan_field.clear()
        self.saved_label.hide()
        self.placeholder.hide()
        self.form.show()
        self._focus_form()

    def _focus_form(self) -> None:
        self.kind_buttons[self.kind()].setFocus()

    def _close_form(self) -> None:
        self.candidate = None
        self._reset_fields()
        self.form.hide()
        self.placeholder.show()
        self.scan_field.setFocus()

    def discard(self) -> None:
        if self.candidate is None:
            return
        if self.is_dirty():
            answer = QMessageBox.question(
                self,
                self.tr("Discard"),
                self.tr("Discard what was noted for %1?").replace("%1", self.candidate.name),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Discard:
                return
        self._close_form()

    def save(self) -> bool:
        """Record the interaction; True if it was saved (or there was nothing to save)."""
        if self.candidate is None:
            return True
        kind, vacancy_id, next_step, rating, notes = self._values()
        data = InteractionInput(
            registration_id=self.candidate.registration_id,
            employer_id=self.employer_id,
            kind=kind,
            vacancy_id=vacancy_id,
            next_step=next_step or None,
            rating=rating,
            notes=notes or None,
        )
        try:
            with self._database.unit_of_work(self._user) as session:
                interactions.record(session, self._user, data)
        except UserError as error:
            self.form_error.setText(str(error))
            self.form_error.show()
            return False
        self.saved_label.setText(
            self.tr("Saved: %1 — %2")
            .replace("%1", self.kind_label(kind))
            .replace("%2", self.candidate.name)
        )
        self._close_form()
        self.scan_error.hide()
        self.saved_label.show()
        self.refresh()
        return True
