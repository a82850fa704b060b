"""Create or rename a co-working site: name, canton and address."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from coworking.core import sites
from coworking.core.errors import UserError
from coworking.db.database import Database
from coworking.db.models import StaffUser
from coworking.gui.canton_combo import CantonCombo


class SiteDialog(QDialog):
    def __init__(
        self,
        database: Database,
        user: StaffUser,
        site_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._database, self._user, self._site_id = database, user, site_id
        self.saved_id: int | None = None
        self.setWindowTitle(self.tr("New site") if site_id is None else self.tr("Edit site"))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        if site_id is None:
            note = QLabel(
                self.tr(
                    "A new site starts open Monday to Friday 08:00-18:00 and Saturday "
                    "09:00-13:00, with the usual booking rules; change them in Space set-up."
                ),
                self,
            )
            note.setWordWrap(True)
            note.setProperty("role", "subtitle")
            layout.addWidget(note)
        form = QFormLayout()
        self.name = QLineEdit(self)
        self.name.setObjectName("siteName")
        self.name.setMaxLength(120)
        self.canton = CantonCombo(self)
        self.canton.setObjectName("siteCanton")
        self.address = QLineEdit(self)
        self.address.setMaxLength(200)
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Canton:"), self.canton)
        form.addRow(self.tr("&Address:"), self.address)
        layout.addLayout(form)
        self.error = QLabel(self)
        self.error.setObjectName("siteError")
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        if site_id is not None:
            with database.sessions() as session:
                site = sites.get_site(session, site_id)
                self.name.setText(site.name)
                self.canton.set_code(site.canton_code)
                self.address.setText(site.address or "")

    def accept(self) -> None:
        try:
            with self._database.unit_of_work(self._user) as session:
                site = sites.save_site(
                    session,
                    self._user,
                    self.name.text(),
                    self.canton.currentData() or "",
                    self.address.text(),
                    self._site_id,
                )
                self.saved_id = site.id
        except UserError as error:
            self.error.setText(str(error))
            self.error.show()
            return
        super().accept()
