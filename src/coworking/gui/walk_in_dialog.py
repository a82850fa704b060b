"""A person who arrives at the door without registering: a short form, then in.

In under a minute from the keyboard alone: Enter moves to the next field and saves from the
last one (Ctrl+Enter saves from anywhere). Saving creates the person with their consent,
registers them for the event (source "door") and checks them in, in one unit of work.
"""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coworking.core import checkin, fairs, people, reference, registrations
from coworking.core.checkin import ScanAnswer
from coworking.core.errors import UserError
from coworking.core.people import DuplicateDocument, LikelyDuplicates, PersonInput
from coworking.core.phones import read_phone
from coworking.db.database import Database
from coworking.db.enums import DocumentType, RegistrationRole
from coworking.db.models import StaffUser
from coworking.gui.door_walk_in_parts import (
    document_choices,
    fill,
    parse_date,
    population_choices,
    role_choices,
    sex_choices,
    show_consent_text,
)
from coworking.gui.field_errors import FieldErrors

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class WalkInDialog(QDialog):
    """After ``accept()``, :attr:`answer` holds the check-in answer and :attr:`person_id`
    the person (new, or the existing record staff chose to use)."""

    def __init__(
        self,
        database: Database,
        user: StaffUser,
        event_id: int,
        station: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._database, self._user = database, user
        self._event_id, self._station = event_id, station
        self.answer: ScanAnswer | None = None
        self.person_id: int | None = None
        self.used_existing = False
        self.setObjectName("walkInDialog")
        self.setWindowTitle(self.tr("New walk-in"))
        visible = people.visible_fields(user)
        self._errors: dict[str, tuple[QWidget, QLabel]] = {}

        self.given_names = self._line("givenNames")
        self.family_names = self._line("familyNames")
        self.document_type = self._combo("documentType")
        fill(self.document_type, document_choices())
        self.document_number = self._line("documentNumber")
        self.sex = self._combo("sex")
        fill(self.sex, sex_choices(), blank=True)
        self.birth_date = self._line("birthDate")
        self.birth_date.setPlaceholderText(self.tr("dd/mm/yyyy (optional)"))
        self.nationality = self._combo("nationality")
        self.nationality.setEditable(True)
        self.nationality.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.nationality.addItem("", None)
        for country in reference.countries():
            self.nationality.addItem(country.name, country.code)
        self.nationality.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        self.nationality.completer().setCompletionMode(
            self.nationality.completer().CompletionMode.PopupCompletion
        )
        self.nationality.lineEdit().setPlaceholderText(self.tr("Type to search"))
        self.population_group = self._combo("populationGroup")
        fill(self.population_group, population_choices(), blank=True)
        self.phone = self._line("phone")
        self.phone.setPlaceholderText(self.tr("09XXXXXXXX (optional)"))
        self.role = self._combo("role")
        fill(self.role, role_choices())
        self.employer = self._combo("employer")
        with database.sessions() as session:
            for booth in fairs.booths(session, event_id):
                label = f"{booth.booth} · {booth.trade_name}" if booth.booth else booth.trade_name
                self.employer.addItem(label, booth.employer_id)
        self.consent_registration = QCheckBox(self.tr("Registration and services (required)"), self)
        self.consent_registration.setObjectName("consentRegistration")
        self.consent_statistics = QCheckBox(
            self.tr("Statistics for the municipality, without name or document"), self
        )
        self.consent_statistics.setObjectName("consentStatistics")
        self.consent_contact = QCheckBox(self.tr("Contact about jobs and activities"), self)
        self.consent_contact.setObjectName("consentContact")
        self.consent_text_button = QPushButton(self.tr("Show the consent &text…"), self)
        self.consent_text_button.clicked.connect(lambda: show_consent_text(self, database))

        person_box = QGroupBox(self.tr("Person"), self)
        person_form = self._form(person_box)
        person_form.addRow(self.tr("&Given names *"), self._field("given_names", self.given_names))
        person_form.addRow(
            self.tr("&Family names *"), self._field("family_names", self.family_names)
        )
        if "document_number" in visible:
            document = QWidget(self)
            row = QHBoxLayout(document)
            row.setContentsMargins(0, 0, 0, 0)
            row.addWidget(self.document_type)
            row.addWidget(self.document_number, 1)
            document.setFocusProxy(self.document_type)
            person_form.addRow(self.tr("&Document"), self._field("document_number", document))
        else:
            self.document_type.hide()
            self.document_number.hide()
        person_form.addRow(self.tr("&Sex"), self._field("sex", self.sex))
        person_form.addRow(self.tr("&Birth date"), self._field("birth_date", self.birth_date))
        person_form.addRow(self.tr("&Nationality"), self._field("nationality", self.nationality))
        if "population_group" in visible:
            person_form.addRow(
                self.tr("Population gro&up"),
                self._field("population_group", self.population_group),
            )
        else:
            self.population_group.hide()
        person_form.addRow(self.tr("&Phone"), self._field("phone", self.phone))

        fair_box = QGroupBox(self.tr("At this fair"), self)
        fair_form = self._form(fair_box)
        fair_form.addRow(self.tr("&Role"), self._field("role", self.role))
        fair_form.addRow(self.tr("&Employer"), self._field("employer", self.employer))
        for form in (person_form, fair_form):
            for row in range(form.rowCount()):
                item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
                if item is not None and item.widget() is not None:
                    label = item.widget()  # labels with a shortcut letter lose their last pixels
                    label.setMinimumWidth(label.sizeHint().width() + 6)
        consent_box = QGroupBox(self.tr("Consent (read it to the person)"), self)
        consent_layout = QVBoxLayout(consent_box)
        consent_error = QLabel(self)
        consent_error.setProperty("role", "error")
        consent_error.setWordWrap(True)
        self._errors["consent"] = (self.consent_registration, consent_error)
        for widget in (
            self.consent_registration,
            consent_error,
            self.consent_statistics,
            self.consent_contact,
        ):
            consent_layout.addWidget(widget)
        consent_layout.addWidget(self.consent_text_button, alignment=Qt.AlignmentFlag.AlignLeft)
        right = QVBoxLayout()
        right.addWidget(fair_box)
        right.addWidget(consent_box)
        right.addStretch(1)
        columns = QHBoxLayout()
        columns.setSpacing(14)
        columns.addWidget(person_box, 1)
        columns.addLayout(right, 1)

        buttons = QDialogButtonBox(self)
        self.save_button = buttons.addButton(
            self.tr("Save and check in (Ctrl+Enter)"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setProperty("primary", True)
        self.save_button.setObjectName("walkInSave")
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        hint = QLabel(
            self.tr("Enter: next field · Enter on the last box or Ctrl+Enter: save · Esc: cancel"),
            self,
        )
        hint.setProperty("role", "subtitle")
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(hint)
        layout.addWidget(buttons)

        self.errors = FieldErrors(self._errors)
        self.errors.clear()
        self.document_type.currentIndexChanged.connect(self._document_type_changed)
        self.role.currentIndexChanged.connect(self._role_changed)
        self.phone.textEdited.connect(self._check_phone)
        self.nationality.currentTextChanged.connect(self._check_phone)
        self._document_type_changed()
        self._role_changed()
        self._chain = [
            w
            for w in (
                self.given_names,
                self.family_names,
                self.document_type,
                self.document_number,
                self.sex,
                self.birth_date,
                self.nationality,
                self.population_group,
                self.phone,
                self.role,
                self.employer,
                self.consent_registration,
                self.consent_statistics,
                self.consent_contact,
            )
            if not w.isHidden()
        ]
        for first, second in pairwise(self._chain):
            QWidget.setTabOrder(first, second)
        QWidget.setTabOrder(self._chain[-1], self.consent_text_button)
        self.resize(920, self.sizeHint().height())
        self.given_names.setFocus()

    # -- construction helpers ----------------------------------------------------------------

    def _line(self, name: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        return edit

    def _combo(self, name: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(14)
        return combo

    def _form(self, box: QGroupBox) -> QFormLayout:
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(8)
        return form

    def _field(self, name: str, widget: QWidget) -> QWidget:
        """``widget`` with its error line underneath (hidden until there is an error)."""
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        box.setFocusProxy(widget)  # the label's shortcut (Alt+letter) reaches the input
        error = QLabel(box)
        error.setProperty("role", "error")
        error.setWordWrap(True)
        column.addWidget(error)
        target = self.document_number if name == "document_number" else widget
        self._errors[name] = (target, error)
        return box

    def _document_type_changed(self) -> None:
        none = self.document_type.currentData() == DocumentType.NONE
        self.document_number.setEnabled(not none)
        if none:
            self.document_number.clear()

    def _role_changed(self) -> None:
        self.employer.setEnabled(self.role.currentData() == RegistrationRole.EMPLOYER_REP)

    def _check_phone(self) -> None:
        """A doubtful phone shows in amber as soon as it is typed; it does not stop the save."""
        reading = read_phone(self.phone.text(), self._nationality())
        if reading.error is None:
            self.errors.show_warning("phone", reading.warning)

    # -- keyboard ---------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:  # Qt override
        """Enter moves on, and saves from the last field; Ctrl+Enter saves from anywhere."""
        if event.key() in _ENTER:
            event.accept()
            control = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
            if control or self.focusWidget() is self._chain[-1]:
                self.save()
            else:
                self.focusNextChild()
            return
        super().keyPressEvent(event)

    # -- reading and saving --------------------------------------------------------------------

    def _nationality(self) -> str | None:
        text = self.nationality.currentText().strip()
        if not text:
            return None
        index = self.nationality.findText(text, Qt.MatchFlag.MatchFixedString)
        return self.nationality.itemData(index) if index >= 0 else "?"

    def read(self) -> tuple[PersonInput, dict[str, str]]:
        """The form as a PersonInput, and the problems the people service cannot see."""
        problems: dict[str, str] = {}
        try:
            birth = parse_date(self.birth_date.text())
        except ValueError:
            birth = None
            problems["birth_date"] = self.tr("Write the date as dd/mm/yyyy, e.g. 04/03/1990.")
        data = PersonInput(
            given_names=self.given_names.text(),
            family_names=self.family_names.text(),
            document_type=self.document_type.currentData(),
            document_number=self.document_number.text() or None,
            nationality=self._nationality(),
            sex=self.sex.currentData(),
            birth_date=birth,
            population_group=self.population_group.currentData(),
            phone=self.phone.text() or None,
        )
        if self.role.currentData() == RegistrationRole.EMPLOYER_REP and self.employer.count() == 0:
            problems["employer"] = self.tr("No employer has a booth at this event yet.")
        if not self.consent_registration.isChecked():
            problems["consent"] = self.tr(
                "Without consent for registration the data cannot be saved."
            )
        return data, problems

    def purposes(self) -> list[str]:
        chosen = (
            (self.consent_registration, "registro"),
            (self.consent_statistics, "estadisticas"),
            (self.consent_contact, "contacto"),
        )
        return [purpose for box, purpose in chosen if box.isChecked()]

    def _register_and_admit(self, session, person_id: int) -> ScanAnswer:
        role = self.role.currentData()
        employer = self.employer.currentData() if role == RegistrationRole.EMPLOYER_REP else None
        registration = registrations.register(
            session,
            self._user,
            self._event_id,
            person_id,
            role,
            employer_id=employer,
            source="door",
        )
        return checkin.admit(session, self._event_id, registration.id, self._station, self._user)

    def save(self, not_duplicate_of: frozenset[int] = frozenset()) -> bool:
        data, problems = self.read()
        validation = people.validate(data)
        problems = {**validation.by_field, **problems}
        if self.errors.show(problems, validation.warnings):
            return False
        try:
            with self._database.unit_of_work(self._user) as session:
                person = people.create_person(
                    session, self._user, data, self.purposes(), not_duplicate_of=not_duplicate_of
                )
                answer = self._register_and_admit(session, person.id)
                person_id = person.id
        except DuplicateDocument as error:
            return self._offer_existing(error)
        except LikelyDuplicates as error:
            return self._ask_duplicates(error, not_duplicate_of)
        except UserError as error:
            QMessageBox.warning(self, self.tr("Cannot save"), str(error))
            return False
        self._done(answer, person_id, existing=False)
        return True

    def use_existing(self, person_id: int) -> bool:
        """Register and check in a person already in the registry (their record unchanged)."""
        try:
            with self._database.unit_of_work(self._user) as session:
                answer = self._register_and_admit(session, person_id)
        except UserError as error:
            QMessageBox.warning(self, self.tr("Cannot save"), str(error))
            return False
        self._done(answer, person_id, existing=True)
        return True

    def _done(self, answer: ScanAnswer, person_id: int, *, existing: bool) -> None:
        self.answer, self.person_id, self.used_existing = answer, person_id, existing
        self.accept()

    def _offer_existing(self, error: DuplicateDocument) -> bool:
        self.errors.show({"document_number": str(error)})
        box = QMessageBox(
            QMessageBox.Icon.Warning, self.tr("Already registered"), str(error), parent=self
        )
        box.setInformativeText(
            self.tr("Check them in with their existing record? Their data is not changed.")
        )
        use = box.addButton(self.tr("&Use the existing person"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("&Back to the form"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(use)
        self.duplicate_box = box
        box.exec()
        if box.clickedButton() is use:
            return self.use_existing(error.existing_id)
        return False

    def _ask_duplicates(self, error: LikelyDuplicates, confirmed: frozenset[int]) -> bool:
        from coworking.gui.duplicates_dialog import DuplicatesDialog

        dialog = DuplicatesDialog(error.candidates, self)
        dialog.open_button.setText(self.tr("&Use this person"))
        self.duplicates_dialog = dialog
        result = dialog.exec()
        if dialog.chosen_id is not None:
            return self.use_existing(dialog.chosen_id)
        if result == QDialog.DialogCode.Accepted:  # "it is another person"
            return self.save(confirmed | {c.person_id for c in error.candidates})
        return False
