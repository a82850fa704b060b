"""Recording a person's consent again, and reading or printing the consent text.

A person who withdrew their consent (or part of it) may give it again, and anyone may renew it
on the current text: the dialog shows the three purposes (registration is required), the version
of the text, and the text itself to read aloud or print for signing.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coworking.core import consents
from coworking.core.errors import UserError
from coworking.db.database import Database
from coworking.db.models import Person, StaffUser


def site_name(database: Database) -> str:
    from coworking.core.setup import current_site

    with database.sessions() as session:
        site = current_site(session)
        return site.name if site else ""


def show_consent_text(parent: QWidget, database: Database) -> None:
    """The current consent text, to read to the person, with a button to save it as a PDF."""
    from coworking.core.consent import consent_text

    name = site_name(database)
    try:
        text = consent_text(
            name, name, QCoreApplication.translate("ConsentDialog", "the front desk")
        )
    except UserError as error:
        QMessageBox.warning(
            parent, QCoreApplication.translate("ConsentDialog", "Consent text"), str(error)
        )
        return
    dialog = QDialog(parent)
    dialog.setObjectName("consentTextDialog")
    dialog.setWindowTitle(QCoreApplication.translate("ConsentDialog", "Consent text"))
    view = QPlainTextEdit(text, dialog)
    view.setReadOnly(True)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
    pdf_button = buttons.addButton(
        QCoreApplication.translate("ConsentDialog", "Save as &PDF to print…"),
        QDialogButtonBox.ButtonRole.ActionRole,
    )
    pdf_button.clicked.connect(lambda: save_consent_pdf(dialog, database))
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(
        QLabel(
            QCoreApplication.translate(
                "ConsentDialog", "Read it to the person, or give them the printed copy."
            ),
            dialog,
        )
    )
    layout.addWidget(view)
    layout.addWidget(buttons)
    dialog.resize(640, 560)
    dialog.exec()


def save_consent_pdf(parent: QWidget, database: Database, path: Path | None = None) -> Path | None:
    """The consent text as an A4 PDF with room for date and signature (asks where, unless
    ``path`` is given)."""
    from coworking.core.consent import consent_pdf

    if path is None:
        name, _ = QFileDialog.getSaveFileName(
            parent,
            QCoreApplication.translate("ConsentDialog", "Save the consent text"),
            "consentimiento.pdf",
            "PDF (*.pdf)",
        )
        if not name:
            return None
        path = Path(name)
    site = site_name(database)
    return consent_pdf(
        path, site, site, QCoreApplication.translate("ConsentDialog", "the front desk")
    )


class ConsentDialog(QDialog):
    """The consent a person gives now, on the current text. ``record()`` (the «Record» button)
    saves it through :func:`coworking.core.consents.give_consent`; it replaces their current
    consent."""

    def __init__(
        self, database: Database, actor: StaffUser, person_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._database, self._actor, self.person_id = database, actor, person_id
        self.setObjectName("consentDialog")
        self.setWindowTitle(self.tr("Record consent"))
        with database.sessions() as session:
            person = session.get(Person, person_id)
            name = f"{person.given_names} {person.family_names}" if person else ""
            record = consents.current_record(session, person_id)
            current = set(record.purposes or ()) if record else set()
            version = record.text_version if record else None
        intro = QLabel(
            self.tr(
                "Read the consent text to %1 and record what they accept now. It replaces their "
                "current consent."
            ).replace("%1", name),
            self,
        )
        intro.setWordWrap(True)
        self.version_label = QLabel(
            self.tr("Consent text: version %1").replace("%1", consents.CONSENT_VERSION), self
        )
        self.version_label.setObjectName("consentVersion")
        if record is None:
            state = self.tr("Now: no current consent.")
        else:
            state = self.tr("Now: version %1, for %2.").replace("%1", version or "")
            state = state.replace("%2", self._names(current))
        self.current_label = QLabel(state, self)
        self.current_label.setObjectName("currentConsent")
        self.current_label.setWordWrap(True)
        self.registration = QCheckBox(self.tr("Registration and services (required)"), self)
        self.registration.setObjectName("consentRegistration")
        self.registration.setChecked(True)
        self.registration.setEnabled(False)  # without it there is no consent to record
        self.statistics = QCheckBox(
            self.tr("&Statistics for the municipality, without name or document"), self
        )
        self.statistics.setObjectName("consentStatistics")
        self.statistics.setChecked(consents.STATISTICS in current)
        self.contact = QCheckBox(self.tr("C&ontact about jobs and activities"), self)
        self.contact.setObjectName("consentContact")
        self.contact.setChecked(consents.CONTACT in current)
        self.text_button = QPushButton(self.tr("Show the consent &text…"), self)
        self.text_button.setObjectName("consentTextButton")
        self.text_button.clicked.connect(lambda: show_consent_text(self, database))
        self.pdf_button = QPushButton(self.tr("Save as &PDF to print…"), self)
        self.pdf_button.setObjectName("consentPdfButton")
        self.pdf_button.clicked.connect(lambda: save_consent_pdf(self, database))
        texts = QHBoxLayout()
        texts.addWidget(self.text_button)
        texts.addWidget(self.pdf_button)
        texts.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.record_button = buttons.addButton(
            self.tr("&Record consent"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.record_button.setObjectName("recordConsent")
        self.record_button.setDefault(True)
        buttons.accepted.connect(lambda: self.record())
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.version_label)
        layout.addWidget(self.current_label)
        layout.addSpacing(6)
        for box in (self.registration, self.statistics, self.contact):
            layout.addWidget(box)
        layout.addSpacing(6)
        layout.addLayout(texts)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.resize(560, 320)

    def _names(self, purposes: set[str]) -> str:
        names = {
            consents.REGISTRATION: self.tr("registration and services"),
            consents.STATISTICS: self.tr("statistics"),
            consents.CONTACT: self.tr("contact"),
        }
        return ", ".join(names[p] for p in consents.PURPOSES if p in purposes)

    def purposes(self) -> list[str]:
        chosen = [consents.REGISTRATION]
        if self.statistics.isChecked():
            chosen.append(consents.STATISTICS)
        if self.contact.isChecked():
            chosen.append(consents.CONTACT)
        return chosen

    def record(self) -> bool:
        """Save the consent as ticked, then close; a refusal is shown and the dialog stays."""
        try:
            with self._database.unit_of_work(self._actor) as session:
                consents.give_consent(session, self._actor, self.person_id, self.purposes())
        except UserError as error:
            QMessageBox.warning(self, self.tr("Cannot record the consent"), str(error))
            return False
        self.accept()
        return True
