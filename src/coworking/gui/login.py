"""Sign-in dialog. Every attempt, right or wrong, is audited by the accounts service."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QWidget

from coworking.core import accounts
from coworking.db.database import Database
from coworking.db.models import StaffUser
from coworking.gui import icons
from coworking.gui.field_errors import set_invalid
from coworking.gui.forms.ui_login_dialog import Ui_LoginDialog

LAST_USERNAME_KEY = "login/username"


class LoginDialog(QDialog):
    """Asks for username and password; :attr:`user` holds the signed-in account on success."""

    def __init__(
        self,
        database: Database,
        parent: QWidget | None = None,
        *,
        site_name: str = "",
        username: str = "",
    ) -> None:
        super().__init__(parent)
        self._database = database
        self.user: StaffUser | None = None
        self.ui = Ui_LoginDialog()
        self.ui.setupUi(self)
        self.setWindowIcon(icons.app_icon())
        self.ui.logoLabel.setPixmap(icons.pixmap("app", 48, ratio=self.devicePixelRatioF()))
        self.ui.siteLabel.setText(site_name or self.tr("Co-working and job fairs"))
        self.ui.signInButton.clicked.connect(self.submit)
        self.ui.quitButton.clicked.connect(self.reject)
        self.ui.usernameEdit.textEdited.connect(self._clear_error)
        self.ui.passwordEdit.textEdited.connect(self._clear_error)
        self.setMinimumWidth(400)
        self.resize(max(self.width(), 420), self.sizeHint().height())
        username = username or str(QSettings().value(LAST_USERNAME_KEY, "") or "")
        self.ui.usernameEdit.setText(username)
        (self.ui.passwordEdit if username else self.ui.usernameEdit).setFocus()

    def error(self) -> str:
        return self.ui.errorLabel.text() if not self.ui.errorLabel.isHidden() else ""

    def _clear_error(self) -> None:
        self.ui.errorLabel.hide()
        set_invalid(self.ui.passwordEdit, False)

    def submit(self) -> bool:
        username, password = self.ui.usernameEdit.text().strip(), self.ui.passwordEdit.text()
        if not username:
            self._show_error(self.tr("Type your username."), focus_username=True)
            return False
        with self._database.unit_of_work() as session:  # commits the audit row in both cases
            user = accounts.authenticate(session, username, password)
        if user is None:
            self._show_error(self.tr("Incorrect username or password."))
            return False
        QSettings().setValue(LAST_USERNAME_KEY, user.username)
        self.user = user
        self.accept()
        return True

    def _show_error(self, message: str, *, focus_username: bool = False) -> None:
        self.ui.errorLabel.setText(message)
        self.ui.errorLabel.show()
        if focus_username:
            self.ui.usernameEdit.setFocus()
            return
        set_invalid(self.ui.passwordEdit, True)
        self.ui.passwordEdit.clear()
        self.ui.passwordEdit.setFocus()
