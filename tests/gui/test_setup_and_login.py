"""First-run set-up, sign-in and the start-up flow, with real widgets and a real database."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from sqlalchemy import select

from coworking.core.setup import current_site, needs_setup, run_first_setup
from coworking.db.database import Database, open_database
from coworking.db.enums import AuditAction, Role
from coworking.db.models import AuditEntry, StaffUser
from coworking.gui.app import AppController
from coworking.gui.login import LoginDialog
from coworking.gui.setup_wizard import SetupWizard
from tests.conftest import ADMIN_PASSWORD, FIRST_RUN
from tests.gui.conftest import type_text

# -- first-run set-up ---------------------------------------------------------------------


def fill_wizard(wizard: SetupWizard, *, password: str = "segura-2024", confirm: str = "") -> None:
    ui = wizard.ui
    type_text(ui.siteNameEdit, "Coworking Santo Domingo")
    type_text(ui.cantonCombo.lineEdit(), "2301")
    ui.cantonCombo.lineEdit().editingFinished.emit()
    type_text(ui.usernameEdit, "maria")
    type_text(ui.fullNameEdit, "María José Muñoz")
    type_text(ui.passwordEdit, password)
    type_text(ui.confirmEdit, confirm or password)


def test_wizard_shows_each_error_beside_its_field(qtbot, database: Database) -> None:
    wizard = SetupWizard(database)
    qtbot.addWidget(wizard)
    wizard.show()
    ui = wizard.ui
    type_text(ui.usernameEdit, "maria")
    type_text(ui.fullNameEdit, "María")
    type_text(ui.passwordEdit, "corta")
    qtbot.mouseClick(ui.createButton, Qt.MouseButton.LeftButton)

    assert wizard.isVisible() and wizard.result() != QDialog.DialogCode.Accepted
    assert (
        ui.siteNameError.isVisible() and ui.siteNameError.text() == "Escriba el nombre del espacio."
    )
    assert ui.cantonError.text() == "Elija un cantón de la lista."
    assert "al menos 8 caracteres" in ui.passwordError.text()
    assert not ui.usernameError.isVisible() and not ui.fullNameError.isVisible()
    assert ui.siteNameEdit.property("invalid") is True
    assert wizard.focusWidget() is ui.siteNameEdit  # the first field with a problem
    type_text(ui.siteNameEdit, "C")  # correcting a field clears its message
    assert not ui.siteNameError.isVisible() and ui.siteNameEdit.property("invalid") is False
    assert ui.cantonError.isVisible()
    with database.sessions() as session:
        assert needs_setup(session)


def test_wizard_asks_for_matching_passwords(qtbot, database: Database) -> None:
    wizard = SetupWizard(database)
    qtbot.addWidget(wizard)
    fill_wizard(wizard, password="segura-2024", confirm="segura-2025")
    assert not wizard.submit()
    assert wizard.ui.confirmError.text() == "Las contraseñas no coinciden."
    assert wizard.ui.cantonError.text() == ""


def test_canton_search_ignores_case_and_accents(qtbot, database: Database) -> None:
    wizard = SetupWizard(database)
    qtbot.addWidget(wizard)
    wizard.show()
    combo = wizard.ui.cantonCombo
    type_text(combo.lineEdit(), "TSACHILAS")
    matches = combo.matches()
    assert matches and all("Tsáchilas" in label for label in matches)
    assert any(label.startswith("Santo Domingo") for label in matches)
    combo.lineEdit().clear()
    type_text(combo.lineEdit(), "man")  # Manta first, then the rest of Manabí
    assert combo.matches()[0] == "Manta (Manabí) · 1308"
    assert len(combo.matches()) > 10
    combo.lineEdit().clear()
    type_text(combo.lineEdit(), "manta")
    assert combo.matches() == ["Manta (Manabí) · 1308"]
    combo.lineEdit().editingFinished.emit()  # one match left: Tab or Enter picks it
    assert combo.code() == "1308"


def test_wizard_creates_site_and_first_administrator(qtbot, database: Database) -> None:
    wizard = SetupWizard(database)
    qtbot.addWidget(wizard)
    wizard.show()
    fill_wizard(wizard)
    with qtbot.waitSignal(wizard.accepted):
        qtbot.mouseClick(wizard.ui.createButton, Qt.MouseButton.LeftButton)

    assert wizard.admin_username == "maria"
    with database.sessions() as session:
        assert not needs_setup(session)
        site = current_site(session)
        assert (site.name, site.canton_code) == ("Coworking Santo Domingo", "2301")
        admin = session.scalar(select(StaffUser).where(StaffUser.username == "maria"))
        assert admin.role == Role.ADMIN and admin.full_name == "María José Muñoz"


# -- sign-in ------------------------------------------------------------------------------


def test_wrong_password_is_refused_shown_and_audited(
    qtbot, database: Database, admin: StaffUser
) -> None:
    dialog = LoginDialog(database, site_name="Coworking Manta")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == "Iniciar sesión"
    type_text(dialog.ui.usernameEdit, "admin")
    type_text(dialog.ui.passwordEdit, "no-es-la-clave")
    qtbot.keyClick(dialog.ui.passwordEdit, Qt.Key.Key_Return)  # Enter submits

    assert dialog.user is None and dialog.isVisible()
    assert dialog.ui.errorLabel.isVisible()
    assert dialog.error() == "Usuario o contraseña incorrectos."
    assert dialog.ui.passwordEdit.text() == "" and dialog.focusWidget() is dialog.ui.passwordEdit
    with database.sessions() as session:
        failed = session.scalars(
            select(AuditEntry).where(AuditEntry.action == AuditAction.LOGIN_FAILED)
        ).all()
    assert len(failed) == 1 and failed[0].changes == {"username": "admin"}


def test_right_password_signs_in(qtbot, database: Database, admin: StaffUser) -> None:
    dialog = LoginDialog(database)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.ui.usernameEdit, "ADMIN ")
    type_text(dialog.ui.passwordEdit, ADMIN_PASSWORD)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.ui.passwordEdit, Qt.Key.Key_Return)
    assert dialog.user is not None and dialog.user.username == "admin"
    with database.sessions() as session:
        logins = session.scalars(select(AuditEntry).where(AuditEntry.action == AuditAction.LOGIN))
        assert [entry.staff_user_id for entry in logins] == [admin.id]
    # The next sign-in on this station starts from the same username, in the password field.
    again = LoginDialog(database)
    qtbot.addWidget(again)
    assert again.ui.usernameEdit.text() == "admin"


# -- the whole start-up flow ---------------------------------------------------------------


def test_start_up_flow_setup_login_main_and_sign_out(qtbot, database: Database) -> None:
    controller = AppController(database)
    controller.start()
    wizard = controller.wizard
    assert wizard is not None and wizard.isVisible()
    fill_wizard(wizard)
    qtbot.mouseClick(wizard.ui.createButton, Qt.MouseButton.LeftButton)

    login = controller.login
    assert login is not None and login.isVisible()
    assert login.ui.usernameEdit.text() == "maria"
    assert login.ui.siteLabel.text() == "Coworking Santo Domingo"
    type_text(login.ui.passwordEdit, "segura-2024")
    qtbot.keyClick(login.ui.passwordEdit, Qt.Key.Key_Return)

    window = controller.window
    assert window is not None and window.isVisible() and controller.login is None
    qtbot.addWidget(window)
    window.sign_out()
    assert not window.isVisible()
    assert controller.login is not None and controller.login.isVisible()
    with qtbot.waitSignal(controller.finished):
        controller.login.reject()


# -- smoke mode, as the packaging check runs it ---------------------------------------------


def run_smoke(tmp_path: Path, url: str, *args: str, stdin: str = "") -> subprocess.CompletedProcess:
    code = (
        "import sys; from coworking.gui.app import run_gui; "
        f"sys.exit(run_gui({url!r}, smoke=True, {', '.join(args)}))"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "config"))
    env["COWORKING_HOME"] = str(tmp_path / "home")
    return subprocess.run(
        [sys.executable, "-c", code],
        input=stdin,
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        cwd=Path(__file__).parents[2],
    )


def test_smoke_mode_reaches_setup_login_and_main(tmp_path: Path, sqlite_db_url: str) -> None:
    first = run_smoke(tmp_path, sqlite_db_url)
    assert (first.returncode, first.stdout.strip()) == (0, "smoke: setup"), first.stderr

    db = open_database(sqlite_db_url)
    with db.unit_of_work() as session:
        run_first_setup(session, FIRST_RUN)
    db.dispose()

    login = run_smoke(tmp_path, sqlite_db_url)
    assert (login.returncode, login.stdout.strip()) == (0, "smoke: login"), login.stderr
    main = run_smoke(tmp_path, sqlite_db_url, "smoke_user='admin'", stdin=ADMIN_PASSWORD + "\n")
    assert (main.returncode, main.stdout.strip()) == (0, "smoke: main"), main.stderr
    refused = run_smoke(tmp_path, sqlite_db_url, "smoke_user='admin'", stdin="mala\n")
    assert refused.returncode == 1 and "admin" in refused.stderr


@pytest.mark.parametrize("language", ["es", "en"])
def test_smoke_mode_reports_a_database_it_cannot_open(tmp_path: Path, language: str) -> None:
    result = run_smoke(
        tmp_path, "postgresql+psycopg://nadie@127.0.0.1:1/nada", f"language={language!r}"
    )
    assert result.returncode == 1 and result.stdout == ""
    expected = "no se pudo abrir" if language == "es" else "could not be opened"
    assert expected in result.stderr
