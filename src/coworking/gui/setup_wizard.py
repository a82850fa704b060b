"""First run: name the space, pick its canton and create the first administrator."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from coworking.core import setup
from coworking.core.errors import UserError
from coworking.db.database import Database
from coworking.gui import icons
from coworking.gui.field_errors import FieldErrors
from coworking.gui.forms.ui_setup_wizard import Ui_SetupWizard


class SetupWizard(QDialog):
    """Creates the site and the first administrator through :func:`setup.run_first_setup`."""

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._database = database
        self.admin_username = ""
        self.ui = Ui_SetupWizard()
        self.ui.setupUi(self)
        self.setWindowIcon(icons.app_icon())
        self.ui.logoLabel.setPixmap(icons.pixmap("app", 48, ratio=self.devicePixelRatioF()))
        ui = self.ui
        self.errors = FieldErrors(
            {
                "site_name": (ui.siteNameEdit, ui.siteNameError),
                "canton_code": (ui.cantonCombo, ui.cantonError),
                "admin_username": (ui.usernameEdit, ui.usernameError),
                "admin_full_name": (ui.fullNameEdit, ui.fullNameError),
                "admin_password": (ui.passwordEdit, ui.passwordError),
                "confirm": (ui.confirmEdit, ui.confirmError),
            }
        )
        ui.createButton.clicked.connect(self.submit)
        ui.cancelButton.clicked.connect(self.reject)
        labels = [
            ui.siteNameLabel,
            ui.cantonLabel,
            ui.usernameLabel,
            ui.fullNameLabel,
            ui.passwordLabel,
            ui.confirmLabel,
        ]
        label_width = max(label.sizeHint().width() for label in labels)
        for label in labels:  # one column of labels across both groups
            label.setMinimumWidth(label_width)
        self.setMinimumWidth(560)
        self.resize(max(self.width(), 600), self.sizeHint().height())
        ui.siteNameEdit.setFocus()

    def data(self) -> setup.FirstRun:
        ui = self.ui
        return setup.FirstRun(
            site_name=ui.siteNameEdit.text(),
            canton_code=ui.cantonCombo.code(),
            admin_username=ui.usernameEdit.text(),
            admin_full_name=ui.fullNameEdit.text(),
            admin_password=ui.passwordEdit.text(),
        )

    def submit(self) -> bool:
        """Validate, then save. Errors are shown beside their fields; True once saved."""
        data = self.data()
        problems = setup.validate(data)
        if "admin_password" not in problems and data.admin_password != self.ui.confirmEdit.text():
            problems["confirm"] = self.tr("The passwords do not match.")
        if self.errors.show(problems):
            return False
        try:
            with self._database.unit_of_work() as session:
                _site, admin = setup.run_first_setup(session, data)
        except UserError as error:
            self.errors.show({"admin_username": str(error)})
            return False
        self.admin_username = admin.username
        self.accept()
        return True
