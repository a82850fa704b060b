"""The registration form of a person (new or existing), with errors beside each field."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from coworking.core import consents, people, reference
from coworking.core.errors import UserError
from coworking.core.people import DuplicateDocument, LikelyDuplicates, PersonInput
from coworking.core.phones import read_phone
from coworking.db.database import Database
from coworking.db.enums import DocumentType, PopulationGroup, Sex
from coworking.db.models import EntrepreneurProfile, Person, StaffUser
from coworking.gui.field_errors import FieldErrors
from coworking.gui.forms.ui_person_form import Ui_PersonForm
from coworking.gui.person_badges import PersonBadgesTab
from coworking.gui.person_history_view import PersonHistoryView

DATE_FORMAT = "%d/%m/%Y"


def _fill(combo: QComboBox, items: list[tuple[str, object]], blank: str | None = "—") -> None:
    if blank is not None:
        combo.addItem(blank, None)
    for text, value in items:
        combo.addItem(text, value)


def _select(combo: QComboBox, value: object) -> None:
    index = combo.findData(value)
    combo.setCurrentIndex(max(index, 0))


class PersonDialog(QDialog):
    """Create a person (with consent) or edit one. ``open_person`` is set to the id of an
    existing record when staff choose to open it instead (same document, likely duplicate)."""

    def __init__(
        self,
        database: Database,
        actor: StaffUser,
        person_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._database, self._actor, self.person_id = database, actor, person_id
        self.open_person: int | None = None
        self.saved_id: int | None = None
        self.draft: dict[str, object] | None = None  # what was typed when the screen locked
        self.form = QWidget(self)
        self.ui = Ui_PersonForm()
        self.ui.setupUi(self.form)
        self._fill_choices()
        scroll = QScrollArea(self)
        scroll.setWidget(self.form)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        layout = QVBoxLayout(self)
        if person_id is None:
            layout.addWidget(scroll)
        else:  # an existing person: their data, and everything that happened to the record
            tabs = QTabWidget(self)
            tabs.addTab(scroll, self.tr("Data"))
            self.history_view = PersonHistoryView(database, actor, person_id, self)
            self.history = self.history_view.table
            self.history_view.undone.connect(self._merge_undone)
            tabs.addTab(self.history_view, self.tr("History"))
            self.badges_tab = PersonBadgesTab(database, actor, person_id, self)
            tabs.addTab(self.badges_tab, self.tr("Badges"))
            self.tabs = tabs
            layout.addWidget(tabs)
        layout.addWidget(buttons)
        ui = self.ui
        self.errors = FieldErrors(
            {
                "given_names": (ui.givenNamesEdit, ui.givenNamesEditError),
                "family_names": (ui.familyNamesEdit, ui.familyNamesEditError),
                "document_type": (ui.documentTypeCombo, ui.documentTypeComboError),
                "document_number": (ui.documentNumberEdit, ui.documentNumberEditError),
                "nationality": (ui.nationalityCombo, ui.nationalityComboError),
                "sex": (ui.sexCombo, ui.sexComboError),
                "birth_date": (ui.birthDateEdit, ui.birthDateEditError),
                "population_group": (ui.populationGroupCombo, ui.populationGroupComboError),
                "disability": (ui.disabilityEdit, ui.disabilityEditError),
                "phone": (ui.phoneEdit, ui.phoneEditError),
                "email": (ui.emailEdit, ui.emailEditError),
                "canton_code": (ui.cantonCombo, ui.cantonComboError),
                "education_level": (ui.educationCombo, ui.educationComboError),
                "business_name": (ui.businessNameEdit, ui.businessNameEditError),
                "consent": (ui.purposeRegistration, ui.consentError),
            }
        )
        self.errors.clear()
        for name in ("sectorComboError", "stageComboError", "descriptionEditError"):
            getattr(ui, name).hide()
        ui.documentTypeCombo.currentIndexChanged.connect(self._document_type_changed)
        ui.phoneEdit.textEdited.connect(self._check_phone)
        ui.nationalityCombo.currentTextChanged.connect(self._check_phone)
        ui.consentTextButton.clicked.connect(self._show_consent_text)
        self._apply_role()
        if person_id is None:
            self.setWindowTitle(self.tr("New person"))
        else:
            self.setWindowTitle(self.tr("Edit person"))
            self._load(person_id)
        self._document_type_changed()
        self.resize(980, 680)
        ui.givenNamesEdit.setFocus()

    # -- set-up -----------------------------------------------------------------------------

    def _fill_choices(self) -> None:
        ui = self.ui
        _fill(
            ui.documentTypeCombo,
            [
                (self.tr("Cédula"), DocumentType.CEDULA),
                (self.tr("Passport"), DocumentType.PASSPORT),
                (self.tr("Refugee document"), DocumentType.REFUGEE),
                (self.tr("Visa or permit"), DocumentType.VISA),
                (self.tr("Other"), DocumentType.OTHER),
                (self.tr("None"), DocumentType.NONE),
            ],
            blank=None,
        )
        _select(ui.documentTypeCombo, DocumentType.CEDULA)
        _fill(ui.nationalityCombo, [(c.name, c.code) for c in reference.countries()])
        _fill(
            ui.sexCombo,
            [
                (self.tr("Woman"), Sex.WOMAN),
                (self.tr("Man"), Sex.MAN),
                (self.tr("Other"), Sex.OTHER),
                (self.tr("Prefers not to say"), Sex.UNDISCLOSED),
            ],
        )
        _fill(
            ui.populationGroupCombo,
            [
                (self.tr("Host community"), PopulationGroup.HOST),
                (self.tr("Migrant or refugee in destination"), PopulationGroup.MIGRANT_DESTINATION),
                (self.tr("In transit"), PopulationGroup.IN_TRANSIT),
                (self.tr("Returnee"), PopulationGroup.RETURNEE),
                (self.tr("Other"), PopulationGroup.OTHER),
            ],
        )
        _fill(ui.cantonCombo, [(c.label, c.code) for c in reference.cantons()])
        _fill(ui.educationCombo, [(e.name, e.code) for e in reference.education_levels()])
        _fill(ui.sectorCombo, [(f"{e.code} · {e.name}", e.code) for e in reference.ciiu_sections()])
        _fill(ui.stageCombo, [(label, code) for code, label in people.STAGES.items()])
        for combo in self.form.findChildren(QComboBox):
            # Long names (cantons with their province, CIIU sections) must not widen the form.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(16)
            combo.view().setTextElideMode(Qt.TextElideMode.ElideNone)
        for combo in (ui.nationalityCombo, ui.cantonCombo):
            combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            combo.completer().setFilterMode(Qt.MatchFlag.MatchContains)
            combo.completer().setCompletionMode(combo.completer().CompletionMode.PopupCompletion)

    def _apply_role(self) -> None:
        """Roles without access to sensitive data do not see those fields at all; they are
        neither loaded, validated nor sent (the service keeps what is stored)."""
        self.hidden_fields = people.restricted_fields(self._actor)
        visible = people.visible_fields(self._actor)
        ui = self.ui
        hidden = [
            widget
            for name, widget in (
                ("population_group", ui.populationGroupCombo),
                ("disability", ui.disabilityEdit),
            )
            if name not in visible
        ]
        if "document_number" not in visible:
            hidden += [ui.documentTypeCombo, ui.documentNumberEdit]
        for widget in hidden:
            ui.identityGroupLayout.setRowVisible(self._row_of(widget), False)

    def _row_of(self, widget: QWidget) -> int:
        layout = self.ui.identityGroupLayout
        for row in range(layout.rowCount()):
            item = layout.itemAt(row, layout.ItemRole.FieldRole)
            if (
                item is not None
                and item.layout() is not None
                and item.layout().indexOf(widget) >= 0
            ):
                return row
        raise LookupError(widget.objectName())

    def _document_type_changed(self) -> None:
        none = self.ui.documentTypeCombo.currentData() == DocumentType.NONE
        self.ui.documentNumberEdit.setEnabled(not none)
        if none:
            self.ui.documentNumberEdit.clear()

    def _check_phone(self) -> None:
        """A doubtful phone (a block not listed as assigned) shows in amber as soon as it is
        typed, so that staff confirm it with the person; it does not stop the save. Errors wait
        for the save, as for the other fields."""
        reading = read_phone(self.ui.phoneEdit.text(), self._combo_value(self.ui.nationalityCombo))
        if reading.error is None:
            self.errors.show_warning("phone", reading.warning)

    def _load(self, person_id: int) -> None:
        ui = self.ui
        with self._database.sessions() as session:
            person = session.get(Person, person_id)
            profile = session.query(EntrepreneurProfile).filter_by(person_id=person_id).first()
            purposes = people.active_purposes(session, person_id)
        ui.givenNamesEdit.setText(person.given_names)
        ui.familyNamesEdit.setText(person.family_names)
        if not self.hidden_fields:  # sensitive data never reaches a form that hides it
            _select(ui.documentTypeCombo, person.document_type)
            ui.documentNumberEdit.setText(person.document_number or "")
            _select(ui.populationGroupCombo, person.population_group)
            ui.disabilityEdit.setText(person.disability or "")
        _select(ui.nationalityCombo, person.nationality)
        _select(ui.sexCombo, person.sex)
        ui.birthDateEdit.setText(
            person.birth_date.strftime(DATE_FORMAT) if person.birth_date else ""
        )
        phone = person.phone or ""
        ui.phoneEdit.setText("0" + phone[4:] if phone.startswith("+593") else phone)
        self._check_phone()
        ui.emailEdit.setText(person.email or "")
        _select(ui.cantonCombo, person.canton_code)
        _select(ui.educationCombo, person.education_level)
        if profile is not None:
            ui.businessGroup.setChecked(True)
            ui.businessNameEdit.setText(profile.business_name)
            _select(ui.sectorCombo, profile.sector)
            _select(ui.stageCombo, profile.stage)
            ui.descriptionEdit.setText(profile.description or "")
        for box in (ui.purposeRegistration, ui.purposeStatistics, ui.purposeContact):
            box.setEnabled(False)  # consent changes go through withdrawal or a new consent
        ui.consentTextButton.setText(self.tr("&Withdraw consent…"))
        ui.consentTextButton.clicked.disconnect()
        # clicked(bool) must not reach ``purposes``: the slot asks the question itself
        ui.consentTextButton.clicked.connect(lambda: self.withdraw_consent())
        if not hasattr(self, "give_consent_button"):  # loaded again after undoing a merge
            self.give_consent_button = QPushButton(
                self.tr("&Record consent again…"), ui.consentGroup
            )
            self.give_consent_button.setObjectName("giveConsentButton")
            self.give_consent_button.clicked.connect(lambda: self.give_consent())
            ui.consentLayout.addWidget(self.give_consent_button)
        self._show_purposes(purposes)
        self._fill_history(person_id)
        if person.member_code:
            self.setWindowTitle(
                self.tr("Edit person · member code %1").replace("%1", person.member_code)
            )

    def _fill_history(self, person_id: int) -> None:
        self.history_view.reload()

    def _merge_undone(self) -> None:
        """The record is as before the merge: show it again (a business profile that went
        back to the other record is no longer shown here)."""
        ui = self.ui
        ui.businessGroup.setChecked(False)
        for edit in (ui.businessNameEdit, ui.descriptionEdit):
            edit.clear()
        for combo in (ui.sectorCombo, ui.stageCombo):
            combo.setCurrentIndex(0)
        self.setWindowTitle(self.tr("Edit person"))
        self._load(self.person_id)
        self.badges_tab.reload()

    def _show_purposes(self, purposes: set[str]) -> None:
        ui = self.ui
        ui.purposeRegistration.setChecked(consents.REGISTRATION in purposes)
        ui.purposeStatistics.setChecked(consents.STATISTICS in purposes)
        ui.purposeContact.setChecked(consents.CONTACT in purposes)
        ui.consentTextButton.setEnabled(bool(purposes))  # withdraw: only what was given

    def _ask_withdrawal(self) -> list[str] | None:
        """What the person withdraws, among what they consent to now; None to cancel."""
        with self._database.sessions() as session:
            held = consents.active_purposes(session, self.person_id)
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Withdraw consent"),
            self.tr("What does the person withdraw?"),
            parent=self,
        )
        box.setObjectName("withdrawConsentBox")
        box.setInformativeText(
            self.tr(
                "Without consent for registration and services the person can no longer come "
                "in, book or register for fairs, until they give it again."
            )
        )
        choices: dict[object, list[str]] = {}
        optional = [p for p in (consents.STATISTICS, consents.CONTACT) if p in held]
        names = {
            consents.STATISTICS: self.tr("Statistics only"),
            consents.CONTACT: self.tr("Contact only"),
        }
        for purpose in optional:
            button = box.addButton(names[purpose], QMessageBox.ButtonRole.AcceptRole)
            choices[button] = [purpose]
        if len(optional) == 2:
            both = box.addButton(
                self.tr("Statistics and contact only"), QMessageBox.ButtonRole.AcceptRole
            )
            choices[both] = list(optional)
        everything = box.addButton(self.tr("All of it"), QMessageBox.ButtonRole.DestructiveRole)
        choices[everything] = list(consents.PURPOSES)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        self.withdraw_box = box
        box.exec()
        return choices.get(box.clickedButton())

    def withdraw_consent(self, purposes: list[str] | None = None) -> bool:
        """Withdraw ``purposes`` (asked first when not given: the button asks); recorded by the
        service, shown on the form and in the history."""
        if purposes is None:
            purposes = self._ask_withdrawal()
            if purposes is None:
                return False
        try:
            with self._database.unit_of_work(self._actor) as session:
                consents.withdraw_consent(session, self._actor, self.person_id, purposes)
                remaining = consents.active_purposes(session, self.person_id)
        except UserError as error:
            QMessageBox.warning(self, self.tr("Withdraw consent"), str(error))
            return False
        self._show_purposes(remaining)
        self._fill_history(self.person_id)
        return True

    def give_consent(self) -> bool:
        """Record the consent the person gives now (the consent dialog); shown on the form and
        in the history."""
        from coworking.gui.consent_dialog import ConsentDialog

        dialog = ConsentDialog(self._database, self._actor, self.person_id, self)
        self.consent_dialog = dialog
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        with self._database.sessions() as session:
            purposes = consents.active_purposes(session, self.person_id)
        self._show_purposes(purposes)
        self._fill_history(self.person_id)
        return True

    # -- drafts: the screen may lock while a form is open ---------------------------------------

    def _draft_widgets(self) -> dict[str, QWidget]:
        return {
            widget.objectName(): widget
            for kind in (QLineEdit, QComboBox, QCheckBox, QGroupBox)
            for widget in self.form.findChildren(kind)
            if widget.objectName() and not widget.objectName().startswith("qt_")
        }

    def keep_draft(self) -> None:
        """Remember every field as typed (the lock closes the dialog; nothing typed is lost)."""
        draft: dict[str, object] = {}
        for name, widget in self._draft_widgets().items():
            if isinstance(widget, QLineEdit):
                draft[name] = widget.text()
            elif isinstance(widget, QComboBox):
                draft[name] = widget.currentIndex()
            elif isinstance(widget, QCheckBox | QGroupBox):
                draft[name] = widget.isChecked()
        self.draft = draft

    def restore_draft(self, draft: dict[str, object]) -> None:
        for name, widget in self._draft_widgets().items():
            if name not in draft:
                continue
            value = draft[name]
            if isinstance(widget, QLineEdit):
                widget.setText(str(value))
            elif isinstance(widget, QComboBox):
                widget.setCurrentIndex(int(value))
            elif isinstance(widget, QCheckBox | QGroupBox) and widget.isEnabled():
                widget.setChecked(bool(value))

    # -- reading and saving -----------------------------------------------------------------

    @staticmethod
    def _combo_value(combo: QComboBox) -> object:
        """The chosen item's value; for a typed text, the item whose text matches."""
        if combo.isEditable():
            index = combo.findText(combo.currentText().strip(), Qt.MatchFlag.MatchFixedString)
            return (
                combo.itemData(index)
                if index >= 0
                else ("?" if combo.currentText().strip() and combo.currentText() != "—" else None)
            )
        return combo.currentData()

    def read(self) -> tuple[PersonInput, dict[str, str]]:
        """The form as a PersonInput, and problems the service cannot see (date format)."""
        ui = self.ui
        problems: dict[str, str] = {}
        birth = None
        if ui.birthDateEdit.text().strip():
            try:
                birth = datetime.strptime(ui.birthDateEdit.text().strip(), DATE_FORMAT).date()
            except ValueError:
                problems["birth_date"] = self.tr("Write the date as dd/mm/yyyy, e.g. 04/03/1990.")
        data = PersonInput(
            given_names=ui.givenNamesEdit.text(),
            family_names=ui.familyNamesEdit.text(),
            document_type=ui.documentTypeCombo.currentData(),
            document_number=ui.documentNumberEdit.text() or None,
            nationality=self._combo_value(ui.nationalityCombo),
            sex=ui.sexCombo.currentData(),
            birth_date=birth,
            population_group=ui.populationGroupCombo.currentData(),
            disability=ui.disabilityEdit.text().strip() or None,
            phone=ui.phoneEdit.text() or None,
            email=ui.emailEdit.text() or None,
            canton_code=self._combo_value(ui.cantonCombo),
            education_level=ui.educationCombo.currentData(),
        )
        for name in self.hidden_fields:  # not given here: none on a new person, kept on edits
            setattr(data, name, DocumentType.NONE if name == "document_type" else None)
        if ui.businessGroup.isChecked() and not ui.businessNameEdit.text().strip():
            problems["business_name"] = self.tr("Write the business name.")
        if self.person_id is None and not ui.purposeRegistration.isChecked():
            problems["consent"] = self.tr(
                "Without consent for registration the data cannot be saved."
            )
        return data, problems

    def purposes(self) -> list[str]:
        ui = self.ui
        chosen = [
            (ui.purposeRegistration, "registro"),
            (ui.purposeStatistics, "estadisticas"),
            (ui.purposeContact, "contacto"),
        ]
        return [purpose for box, purpose in chosen if box.isChecked()]

    def save(self, not_duplicate_of: frozenset[int] = frozenset()) -> bool:
        data, problems = self.read()
        validation = people.validate(data)
        problems = {**validation.by_field, **problems}
        problems = {k: v for k, v in problems.items() if k not in self.hidden_fields}
        if self.errors.show(problems, validation.warnings):
            return False
        try:
            with self._database.unit_of_work(self._actor) as session:
                if self.person_id is None:
                    person = people.create_person(
                        session,
                        self._actor,
                        data,
                        self.purposes(),
                        not_duplicate_of=not_duplicate_of,
                    )
                else:
                    person = people.update_person(session, self._actor, self.person_id, data)
                if self.ui.businessGroup.isChecked():
                    ui = self.ui
                    people.save_profile(
                        session,
                        self._actor,
                        person.id,
                        ui.businessNameEdit.text(),
                        ui.sectorCombo.currentData(),
                        ui.stageCombo.currentData(),
                        ui.descriptionEdit.text(),
                    )
                self.saved_id = person.id
        except DuplicateDocument as error:
            return self._offer_existing(error)
        except LikelyDuplicates as error:
            return self._ask_duplicates(error, not_duplicate_of)
        except UserError as error:
            QMessageBox.warning(self, self.tr("Cannot save"), str(error))
            return False
        self.accept()
        return True

    def _offer_existing(self, error: DuplicateDocument) -> bool:
        self.errors.show({"document_number": str(error)})
        box = QMessageBox(
            QMessageBox.Icon.Warning, self.tr("Already registered"), str(error), parent=self
        )
        opener = box.addButton(
            self.tr("Open the existing record"), QMessageBox.ButtonRole.AcceptRole
        )
        box.addButton(self.tr("Back to the form"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(opener)
        self.duplicate_box = box
        box.exec()
        if box.clickedButton() is opener:
            self.open_person = error.existing_id
            self.reject()
        return False

    def _ask_duplicates(self, error: LikelyDuplicates, confirmed: frozenset[int]) -> bool:
        from coworking.gui.duplicates_dialog import DuplicatesDialog

        dialog = DuplicatesDialog(error.candidates, self)
        self.duplicates_dialog = dialog
        result = dialog.exec()
        if dialog.chosen_id is not None:
            self.open_person = dialog.chosen_id
            self.reject()
            return False
        if result == QDialog.DialogCode.Accepted:  # "it is another person"
            return self.save(confirmed | {c.person_id for c in error.candidates})
        return False

    def _show_consent_text(self) -> None:
        from coworking.gui.consent_dialog import show_consent_text

        show_consent_text(self, self._database)

    def save_consent_pdf(self, path: Path | None = None) -> Path | None:
        """The consent text as an A4 PDF with room for date and signature."""
        from coworking.gui.consent_dialog import save_consent_pdf

        return save_consent_pdf(self, self._database, path)
