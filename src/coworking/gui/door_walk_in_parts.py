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


def document_choices() -> Choices:
    """ "None" first: a walk-in often has no document at hand."""
    return [
        (QCoreApplication.translate("WalkInDialog", "None"), DocumentType.NONE),
        (QCoreApplication.translate("WalkInDialog", "Cédula"), DocumentType.CEDULA),
        (QCoreApplication.translate("WalkInDialog", "Passport"), DocumentType.PASSPORT),
        (QCoreApplication.translate("WalkInDialog", "Refugee document"), DocumentType.REFUGEE),
        (QCoreApplication.translate("WalkInDialog", "Visa or permit"), DocumentType.VISA),
        (QCoreApplication.translate("WalkInDialog", "Other"), DocumentType.OTHER),
    ]


def sex_choices() -> Choices:
    return [
        (QCoreApplication.translate("WalkInDialog", "Woman"), Sex.WOMAN),
        (QCoreApplication.translate("WalkInDialog", "Man"), Sex.MAN),
        (QCoreApplication.translate("WalkInDialog", "Other"), Sex.OTHER),
        (QCoreApplication.translate("WalkInDialog", "Prefers not to say"), Sex.UNDISCLOSED),
    ]


def population_choices() -> Choices:
    return [
        (QCoreApplication.translate("WalkInDialog", "Host community"), PopulationGroup.HOST),
        (
            QCoreApplication.translate("WalkInDialog", "Migrant or refugee in destination"),
            PopulationGroup.MIGRANT_DESTINATION,
        ),
        (QCoreApplication.translate("WalkInDialog", "In transit"), PopulationGroup.IN_TRANSIT),
        (QCoreApplication.translate("WalkInDialog", "Returnee"), PopulationGroup.RETURNEE),
        (QCoreApplication.translate("WalkInDialog", "Other"), PopulationGroup.OTHER),
    ]


def role_choices() -> Choices:
    return [
        (QCoreApplication.translate("WalkInDialog", "Candidate"), RegistrationRole.CANDIDATE),
        (QCoreApplication.translate("WalkInDialog", "Visitor"), RegistrationRole.VISITOR),
        (
            QCoreApplication.translate("WalkInDialog", "Employer representative"),
            RegistrationRole.EMPLOYER_REP,
        ),
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
        text = consent_text(
            name, name, QCoreApplication.translate("WalkInDialog", "the front desk")
        )
    except UserError as error:
        QMessageBox.warning(
            parent, QCoreApplication.translate("WalkInDialog", "Consent text"), str(error)
        )
        return
    dialog = QDialog(parent)
    dialog.setWindowTitle(QCoreApplication.translate("WalkInDialog", "Consent text"))
    view = QPlainTextEdit(text, dialog)
    view.setReadOnly(True)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(view)
    layout.addWidget(buttons)
    dialog.resize(640, 560)
    dialog.exec()
