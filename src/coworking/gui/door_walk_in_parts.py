"""Pieces of the walk-in form: its choices, the birth date as typed, the consent text."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from coworking.core.errors import UserError
from coworking.db.database import Database
from coworking.db.enums import DocumentType, PopulationGroup, RegistrationRole, Sex

DATE_FORMAT = "%d/%m/%Y"
Choices = list[tuple[str, object]]


def _tr(text: str) -> str:
    return QCoreApplication.translate("WalkInDialog", text)


def document_choices() -> Choices:
    """ "None" first: a walk-in often has no document at hand."""
    return [
        (_tr("None"), DocumentType.NONE),
        (_tr("Cédula"), DocumentType.CEDULA),
        (_tr("Passport"), DocumentType.PASSPORT),
        (_tr("Refugee document"), DocumentType.REFUGEE),
        (_tr("Visa or permit"), DocumentType.VISA),
        (_tr("Other"), DocumentType.OTHER),
    ]


def sex_choices() -> Choices:
    return [
        (_tr("Woman"), Sex.WOMAN),
        (_tr("Man"), Sex.MAN),
        (_tr("Other"), Sex.OTHER),
        (_tr("Prefers not to say"), Sex.UNDISCLOSED),
    ]


def population_choices() -> Choices:
    return [
        (_tr("Host community"), PopulationGroup.HOST),
        (_tr("Migrant or refugee in destination"), PopulationGroup.MIGRANT_DESTINATION),
        (_tr("In transit"), PopulationGroup.IN_TRANSIT),
        (_tr("Returnee"), PopulationGroup.RETURNEE),
        (_tr("Other"), PopulationGroup.OTHER),
    ]


def role_choices() -> Choices:
    return [
        (_tr("Candidate"), RegistrationRole.CANDIDATE),
        (_tr("Visitor"), RegistrationRole.VISITOR),
        (_tr("Employer representative"), RegistrationRole.EMPLOYER_REP),
    ]


def fill(combo: QComboBox, choices: Choices, *, blank: bool = False) -> None:
    if blank:
        combo.addItem("—", None)
    for text, value in choices:
        combo.addItem(text, value)


def parse_date(text: str) -> date | None:
    """``04/03/1990``, ``4-3-1990`` or ``4.3.1990``; None when empty; ValueError otherwise."""
    cleaned = text.strip().replace("-", "/").replace(".", "/")
    if not cleaned:
        return None
    return datetime.strptime(cleaned, DATE_FORMAT).date()


def show_consent_text(parent: QWidget, database: Database) -> None:
    """The consent text to read to the person (the same text as the registration form)."""
    from coworking.core.consent import consent_text
    from coworking.core.setup import current_site

    with database.sessions() as session:
        site = current_site(session)
        name = site.name if site else ""
    try:
        text = consent_text(name, name, _tr("the front desk"))
    except UserError as error:
        QMessageBox.warning(parent, _tr("Consent text"), str(error))
        return
    dialog = QDialog(parent)
    dialog.setWindowTitle(_tr("Consent text"))
    view = QPlainTextEdit(text, dialog)
    view.setReadOnly(True)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(view)
    layout.addWidget(buttons)
    dialog.resize(640, 560)
    dialog.exec()
