"""Start-up of the desktop program: application, translations, database, set-up, sign-in."""

from __future__ import annotations

import sys
import traceback

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from coworking import APP_AUTHOR, APP_NAME, paths
from coworking.core import accounts
from coworking.core.setup import current_site, needs_setup
from coworking.db.database import Database, open_database
from coworking.gui import i18n, icons, tasks
from coworking.gui.login import LoginDialog
from coworking.gui.main_window import MainWindow
from coworking.gui.setup_wizard import SetupWizard


def application() -> QApplication:
    """The QApplication (created once), named so that QSettings finds this program's file."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    app.setOrganizationName(APP_AUTHOR)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName("Coworking")
    app.setWindowIcon(icons.app_icon())
    return app


def apply_style(app: QApplication) -> None:
    """Fusion in light colours with the program's stylesheet, the same on Windows and Linux."""
    app.setStyle("Fusion")
    hints = app.styleHints()
    if hasattr(hints, "setColorScheme"):  # Qt >= 6.8
        hints.setColorScheme(Qt.ColorScheme.Light)
    style_file = paths.resource("style.qss")
    if style_file.is_file():
        app.setStyleSheet(style_file.read_text(encoding="utf-8"))


def show_error(title: str, message: str, details: str = "") -> None:
    box = QMessageBox(QMessageBox.Icon.Critical, title, message)
    if details:
        box.setDetailedText(details)
    box.exec()


class AppController(QObject):
    """Drives one run: set-up if needed, sign-in, main window, sign-out back to sign-in.

    Dialogs are opened without nested event loops, so tests can drive the whole flow.
    """

    finished = Signal()

    def __init__(self, database: Database, *, idle_timeout_ms: int | None = None) -> None:
        super().__init__()
        self.database = database
        self.idle_timeout_ms = idle_timeout_ms
        self.wizard: SetupWizard | None = None
        self.login: LoginDialog | None = None
        self.window: MainWindow | None = None

    def start(self) -> None:
        with self.database.sessions() as session:
            setup_needed = needs_setup(session)
        if setup_needed:
            self.wizard = SetupWizard(self.database)
            self.wizard.finished.connect(self._setup_finished)
            self.wizard.show()
        else:
            self.show_login()

    def _setup_finished(self, result: int) -> None:
        wizard, self.wizard = self.wizard, None
        if result == QDialog.DialogCode.Accepted and wizard is not None:
            self.show_login(wizard.admin_username)
        else:
            self.finished.emit()
        if wizard is not None:
            wizard.deleteLater()

    def show_login(self, username: str = "") -> None:
        with self.database.sessions() as session:
            site = current_site(session)
            site_name = site.name if site else ""
        self.login = LoginDialog(self.database, site_name=site_name, username=username)
        self.login.finished.connect(self._login_finished)
        self.login.show()

    def _login_finished(self, result: int) -> None:
        login, self.login = self.login, None
        if result == QDialog.DialogCode.Accepted and login is not None and login.user:
            self.open_main(login.user)
        else:
            self.finished.emit()
        if login is not None:
            login.deleteLater()

    def open_main(self, user) -> None:
        self.window = MainWindow(self.database, user, idle_timeout_ms=self.idle_timeout_ms)
        self.window.signed_out.connect(self._signed_out)
        self.window.closed.connect(self.finished)
        self.window.show()

    def _signed_out(self) -> None:
        window, self.window = self.window, None
        self.show_login()
        if window is not None:
            window.deleteLater()


def _excepthook(kind, value, trace) -> None:
    """Unexpected errors: tell the person at the desk, keep the details for support."""
    details = "".join(traceback.format_exception(kind, value, trace))
    print(details, file=sys.stderr)
    if QApplication.instance() is not None:
        show_error(
            QCoreApplication.translate("App", "Unexpected error"),
            QCoreApplication.translate(
                "App",
                "Something went wrong and the last action may not have been saved. Try again; "
                "if it happens again, tell the person in charge of the program.",
            ),
            details,
        )


def _smoke(app: QApplication, database: Database, smoke_user: str | None) -> int:
    """Exercise start-up without a person: the packaging check and the benchmark use this."""
    with database.sessions() as session:
        setup_needed = needs_setup(session)
    if setup_needed:
        wizard = SetupWizard(database)
        wizard.show()
        app.processEvents()
        print("smoke: setup", flush=True)
        wizard.close()
        return 0
    if smoke_user:
        password = sys.stdin.readline().rstrip("\r\n")
        with database.unit_of_work() as session:
            user = accounts.authenticate(session, smoke_user, password)
        if user is None:
            print(f"smoke: no se pudo iniciar sesión como «{smoke_user}»", file=sys.stderr)
            return 1
        window = MainWindow(database, user)
        window.show()

        def shown() -> None:
            print("smoke: main", flush=True)
            app.quit()

        QTimer.singleShot(0, shown)
        app.exec()
        window.idle.stop()
        window.deleteLater()
        return 0
    login = LoginDialog(database)
    login.show()
    app.processEvents()
    print("smoke: login", flush=True)
    login.close()
    return 0


def run_gui(
    url: str | None,
    *,
    smoke: bool = False,
    smoke_user: str | None = None,
    language: str | None = None,
) -> int:
    """Run the desktop program on the database at ``url`` (default: the local SQLite file).

    Returns the process exit code: 0 when closed normally, 1 if the database cannot be opened
    (or, in smoke mode, if signing in fails).
    """
    app = application()
    i18n.install_translators(app, language)
    apply_style(app)
    try:
        database = open_database(url)
    except Exception as error:  # any failure here is shown to the person, not raised
        message = QCoreApplication.translate(
            "App",
            "The program cannot start because the database could not be opened or updated. "
            "Check the network connection or the database file and try again; if the problem "
            "continues, tell the person in charge of the program.",
        )
        print(f"{message}\n{error}", file=sys.stderr)
        if not smoke:
            title = QCoreApplication.translate("App", "Cannot open the database")
            show_error(title, message, str(error))
        return 1
    try:
        if smoke:
            return _smoke(app, database, smoke_user)
        sys.excepthook = _excepthook
        app.setQuitOnLastWindowClosed(False)
        controller = AppController(database)
        controller.finished.connect(app.quit, Qt.ConnectionType.QueuedConnection)
        controller.start()
        return app.exec()
    finally:
        tasks.cancel_all()  # no worker may outlive the database it writes to
        database.dispose()
