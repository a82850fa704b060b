"""Create a staff account (administrators only)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from coworking.core import accounts
from coworking.core.errors import UserError
from coworking.db.database import Database
from coworking.db.enums import Role
from coworking.db.models import StaffUser
from coworking.gui import icons
from coworking.gui.field_errors import FieldErrors
from coworking.gui.forms.ui_user_dialog import Ui_UserDialog
from coworking.gui.i18n import role_label


class UserDialog(QDialog):
    """Collects the new account's data; :attr:`created` is the account once saved."""

    def __init__(self, database: Database, actor: StaffUser, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._database = database
        self._actor = actor
        self.created: StaffUser | None = None
        self.ui = ui = Ui_UserDialog()
        ui.setupUi(self)
        self.setWindowIcon(icons.app_icon())
        ui.logoLabel.setPixmap(icons.pixmap("user", 44, ratio=self.devicePixelRatioF()))
        for role in (Role.FRONT_DESK, Role.COORDINATOR, Role.ADMIN):
            ui.roleCombo.addItem(role_label(role), role.value)
        self.errors = FieldErrors(
            {
                "username": (ui.usernameEdit, ui.usernameError),
                "full_name": (ui.fullNameEdit, ui.fullNameError),
                "role": (ui.roleCombo, ui.roleError),
                "password": (ui.passwordEdit, ui.passwordError),
                "confirm": (ui.confirmEdit, ui.confirmError),
            }
        )
        ui.createButton.clicked.connect(self.submit)
        ui.cancelButton.clicked.connect(self.reject)
        self.setMinimumWidth(500)
        self.resize(max(self.width(), 520), self.sizeHint().height())
        ui.usernameEdit.setFocus()

    def set_role(self, role: Role) -> None:
        self.ui.roleCombo.setCurrentIndex(self.ui.roleCombo.findData(role.value))

    def _problems(self, username: str) -> dict[str, str]:
        ui = self.ui
        problems: dict[str, str] = {}
        if not username:
            problems["username"] = self.tr("Type a username.")
        elif not accounts.is_valid_username(username):
            problems["username"] = self.tr(
                "Use only letters, digits, dot, hyphen and underscore (no spaces)."
            )
        if not ui.fullNameEdit.text().strip():
            problems["full_name"] = self.tr("Type the person's full name.")
        try:
            accounts.validate_new_password(ui.passwordEdit.text())
        except UserError as error:
            problems["password"] = str(error)
        else:
            if ui.passwordEdit.text() != ui.confirmEdit.text():
                problems["confirm"] = self.tr("The passwords do not match.")
        return problems

    def submit(self) -> bool:
        ui = self.ui
        ui.generalError.hide()
        username = ui.usernameEdit.text().strip().lower()
        if self.errors.show(self._problems(username)):
            return False
        try:
            with self._database.unit_of_work(self._actor) as session:
                taken = {u.username for u in accounts.list_users(session, self._actor)}
                if username in taken:
                    self.errors.show({"username": self.tr("That username is already in use.")})
                    return False
                self.created = accounts.create_user(
                    session,
                    self._actor,
                    username,
                    ui.fullNameEdit.text(),
                    Role(ui.roleCombo.currentData()),
                    ui.passwordEdit.text(),
                )
        except UserError as error:
            ui.generalError.setText(str(error))
            ui.generalError.show()
            return False
        self.accept()
        return True
