"""One vacancy of an employer, edited in its own small dialog; kept pending until the
employer is saved."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from coworking.core import fairs
from coworking.gui.fair_widgets import (
    dialog_form,
    field_with_error,
    form_row,
)
from coworking.gui.field_errors import FieldErrors
from coworking.gui.occupation_combo import OccupationCombo


class VacancyDialog(QDialog):
    """The fields of one vacancy; :meth:`data` is what was entered once accepted."""

    def __init__(
        self,
        data: fairs.VacancyInput | None = None,
        read_only: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.draft: dict[str, object] | None = None
        self._employer_id = data.employer_id if data else 0
        self.setWindowTitle(self.tr("New vacancy") if data is None else self.tr("Vacancy"))
        self.title = QLineEdit(self)
        self.title.setObjectName("titleEdit")
        self.title.setMaxLength(150)
        self.title.setPlaceholderText(self.tr("e.g. Cocinero/a de línea"))
        self.occupation = OccupationCombo(self)
        self.occupation.setObjectName("occupationCombo")
        self.positions = QSpinBox(self)
        self.positions.setObjectName("positionsSpin")
        self.positions.setRange(1, 10_000)
        self.positions.setMinimumWidth(110)
        self.contract = QComboBox(self)
        self.contract.setObjectName("contractCombo")
        self.contract.addItem("—", None)
        for code, text in fairs.CONTRACT_TYPES.items():
            self.contract.addItem(text, code)
        self.requirements = QPlainTextEdit(self)
        self.requirements.setObjectName("requirementsEdit")
        self.requirements.setTabChangesFocus(True)
        self.requirements.setPlaceholderText(self.tr("Studies, experience, licences, schedule…"))
        self.requirements.setFixedHeight(96)
        self.foreign_documents = QCheckBox(
            self.tr("&Foreign documents accepted (passport, refugee or visa document)"), self
        )
        self.foreign_documents.setObjectName("foreignDocumentsCheck")
        self.foreign_documents.setChecked(True)

        title_field, title_error = field_with_error(self, self.title, "titleError")
        occupation_field, occupation_error = field_with_error(
            self, self.occupation, "occupationError"
        )
        self.errors = FieldErrors(
            {
                "title": (self.title, title_error),
                "occupation": (self.occupation, occupation_error),
            }
        )
        small = QWidget(self)
        small_row = QHBoxLayout(small)
        small_row.setContentsMargins(0, 0, 0, 0)
        small_row.addWidget(self.positions)
        small_row.addSpacing(24)
        contract_label = QLabel(self.tr("&Contract"), small)
        contract_label.setBuddy(self.contract)
        small_row.addWidget(contract_label)
        small_row.addWidget(self.contract, 1)
        form = dialog_form()
        form_row(form, self, self.tr("&Title"), self.title, title_field)
        form_row(form, self, self.tr("&Occupation (CIUO-08)"), self.occupation, occupation_field)
        form_row(form, self, self.tr("&Positions"), self.positions, small)
        form_row(form, self, self.tr("&Requirements"), self.requirements)
        form.addRow("", self.foreign_documents)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("okButton")
        buttons.accepted.connect(lambda: self.submit())
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        note = QLabel(self.tr("The vacancy is saved when you save the employer."), self)
        note.setProperty("role", "subtitle")
        layout.addWidget(note)
        layout.addWidget(buttons)
        if data is not None:
            self.set_data(data)
        if read_only:
            for widget in (self.title, self.occupation, self.positions, self.contract):
                widget.setEnabled(False)
            self.requirements.setReadOnly(True)
            self.foreign_documents.setEnabled(False)
            self.ok_button.hide()
            note.hide()
        self.resize(680, self.sizeHint().height())
        self.title.setFocus()

    def set_data(self, data: fairs.VacancyInput) -> None:
        self.title.setText(data.title)
        self.occupation.set_code(data.occupation_code)
        self.positions.setValue(data.positions)
        self.contract.setCurrentIndex(max(self.contract.findData(data.contract_type), 0))
        self.requirements.setPlainText(data.requirements or "")
        self.foreign_documents.setChecked(data.foreign_documents_ok)

    def data(self) -> fairs.VacancyInput:
        return fairs.VacancyInput(
            employer_id=self._employer_id,
            title=self.title.text().strip(),
            occupation_code=self.occupation.code() or None,
            positions=self.positions.value(),
            contract_type=self.contract.currentData(),
            requirements=self.requirements.toPlainText().strip() or None,
            foreign_documents_ok=self.foreign_documents.isChecked(),
        )

    def submit(self) -> bool:
        problems = {}
        if not self.title.text().strip():
            problems["title"] = self.tr("Write the job title.")
        if self.occupation.has_text() and not self.occupation.code():
            problems["occupation"] = self.tr(
                "Choose an occupation from the list: type words of its name or its code."
            )
        if self.errors.show(problems):
            return False
        self.accept()
        return True

    def keep_draft(self) -> None:
        self.draft = {"data": self.data(), "occupation_text": self.occupation.currentText()}


# --- the employer ------------------------------------------------------------------------------


@dataclass
class PendingVacancy:
    """A vacancy as shown in the list; ``changed`` ones are written when the employer is."""

    vacancy_id: int | None
    data: fairs.VacancyInput
    changed: bool = False
