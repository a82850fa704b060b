"""Administración: staff accounts, the create-account dialog, idle-lock minutes, language."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from coworking.core import settings
from coworking.db.database import Database
from coworking.db.enums import Role
from coworking.db.models import StaffUser
from coworking.gui import i18n
from coworking.gui.main_window import MainWindow
from coworking.gui.pages import admin as admin_module
from coworking.gui.pages.admin import AdminPage
from coworking.gui.pages.user_dialog import UserDialog
from tests.gui.conftest import type_text


def open_page(qtbot, database: Database, user: StaffUser) -> AdminPage:
    page = AdminPage(database, user)
    qtbot.addWidget(page)
    page.show()
    return page


def usernames(page: AdminPage) -> list[str]:
    return [row.username for row in page.model.rows]


def test_lists_staff_accounts(qtbot, database: Database, admin, front_desk) -> None:
    page = open_page(qtbot, database, admin)
    assert usernames(page) == ["admin", "recepcion"]
    model = page.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["Usuario", "Nombre completo", "Rol", "Estado", "Último ingreso"]
    row = [model.index(1, c).data() for c in range(model.columnCount())]
    assert row == ["recepcion", "Rosa Quiñónez", "Recepción", "Activa", "Nunca"]


def test_admin_creates_an_account_through_the_dialog(
    qtbot, database: Database, admin: StaffUser
) -> None:
    page = open_page(qtbot, database, admin)
    seen: list[str] = []

    def fill_and_submit() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, UserDialog)
        seen.append(dialog.windowTitle())
        ui = dialog.ui
        type_text(ui.usernameEdit, "jose.nunez")
        type_text(ui.fullNameEdit, "José Núñez Gómez")
        dialog.set_role(Role.COORDINATOR)
        type_text(ui.passwordEdit, "coordina-2024")
        type_text(ui.confirmEdit, "coordina-2024")
        qtbot.mouseClick(ui.createButton, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, fill_and_submit)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)  # runs the modal dialog

    assert seen == ["Nueva cuenta del personal"]
    assert usernames(page) == ["admin", "jose.nunez"]
    assert page.selected() is not None and page.selected().username == "jose.nunez"
    with database.sessions() as session:
        user = session.scalar(select(StaffUser).where(StaffUser.username == "jose.nunez"))
    assert (user.full_name, user.role, user.active) == ("José Núñez Gómez", Role.COORDINATOR, True)


@pytest.mark.parametrize(
    ("username", "password", "confirm", "field", "message"),
    [
        ("", "segura-2024", "segura-2024", "username", "Escriba un nombre de usuario."),
        ("ana pérez", "segura-2024", "segura-2024", "username", "Use solo letras"),
        ("admin", "segura-2024", "segura-2024", "username", "Ese nombre de usuario ya está"),
        ("ana", "corta", "corta", "password", "al menos 8 caracteres"),
        ("ana", "segura-2024", "segura-2025", "confirm", "Las contraseñas no coinciden."),
    ],
)
def test_create_account_errors_sit_beside_their_field(
    qtbot, database: Database, admin, username, password, confirm, field, message
) -> None:
    dialog = UserDialog(database, admin)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.ui.usernameEdit, username)
    type_text(dialog.ui.fullNameEdit, "Ana Pérez")
    type_text(dialog.ui.passwordEdit, password)
    type_text(dialog.ui.confirmEdit, confirm)
    qtbot.mouseClick(dialog.ui.createButton, Qt.MouseButton.LeftButton)
    assert dialog.created is None and dialog.isVisible()
    assert message in dialog.errors.message(field)
    others = {"username", "full_name", "role", "password", "confirm"} - {field}
    assert all(dialog.errors.message(name) == "" for name in others)
    with database.sessions() as session:
        assert len(session.scalars(select(StaffUser)).all()) == 1


def test_deactivate_and_activate_ask_first(
    qtbot, monkeypatch, database: Database, admin, front_desk
) -> None:
    page = open_page(qtbot, database, admin)
    page.select_username("admin")
    assert not page.toggle_button.isEnabled()  # nobody deactivates their own account
    page.select_username("recepcion")
    assert page.toggle_button.isEnabled() and page.toggle_button.text() == "&Desactivar"

    questions: list[str] = []

    def answer(value: bool):
        def confirm(_parent, _title, text, _action) -> bool:
            questions.append(text)
            return value

        return confirm

    monkeypatch.setattr(admin_module, "confirm", answer(False))
    qtbot.mouseClick(page.toggle_button, Qt.MouseButton.LeftButton)
    assert questions == ["Rosa Quiñónez (recepcion) ya no podrá iniciar sesión. ¿Desea continuar?"]
    with database.sessions() as session:
        assert session.get(StaffUser, front_desk.id).active

    monkeypatch.setattr(admin_module, "confirm", answer(True))
    qtbot.mouseClick(page.toggle_button, Qt.MouseButton.LeftButton)
    with database.sessions() as session:
        assert not session.get(StaffUser, front_desk.id).active
    assert page.model.index(1, 3).data() == "Inactiva"
    assert page.toggle_button.text() == "&Activar"
    qtbot.mouseClick(page.toggle_button, Qt.MouseButton.LeftButton)
    with database.sessions() as session:
        assert session.get(StaffUser, front_desk.id).active


def test_idle_lock_minutes_are_saved_and_applied(
    qtbot, database: Database, admin: StaffUser
) -> None:
    window = MainWindow(database, admin)
    qtbot.addWidget(window)
    window.show_page("administration")
    page = window.page_widgets["administration"]
    assert isinstance(page, AdminPage)
    assert page.idle_spin.value() == settings.DEFAULT_IDLE_LOCK_MINUTES
    page.idle_spin.setValue(5)
    with qtbot.waitSignal(page.idle_minutes_changed) as signal:
        qtbot.mouseClick(page.save_idle_button, Qt.MouseButton.LeftButton)
    assert signal.args == [5]
    assert page.idle_feedback.text() == "Guardado."
    assert window.idle.timeout_ms == 5 * 60_000
    with database.sessions() as session:
        assert settings.idle_lock_minutes(session) == 5


def test_language_choice_is_kept_for_the_next_start(
    qtbot, database: Database, admin: StaffUser
) -> None:
    page = open_page(qtbot, database, admin)
    assert page.language_combo.currentText() == "Español"
    page.language_combo.setCurrentIndex(page.language_combo.findData("en"))
    assert QSettings().value(i18n.SETTINGS_KEY) == "en"
    assert i18n.preferred_language() == "en"
