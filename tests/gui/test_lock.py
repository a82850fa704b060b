"""Idle lock: engages after the (injected) timeout, unlocks with the right password only."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog

from coworking.db.database import Database
from coworking.db.models import StaffUser
from coworking.gui.main_window import MainWindow
from tests.conftest import ADMIN_PASSWORD
from tests.gui.conftest import type_text


def open_window(qtbot, database: Database, user: StaffUser, timeout_ms: int) -> MainWindow:
    window = MainWindow(database, user, idle_timeout_ms=timeout_ms)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_idle_lock_engages_and_needs_the_right_password(
    qtbot, database: Database, admin: StaffUser
) -> None:
    window = open_window(qtbot, database, admin, timeout_ms=150)
    assert not window.is_locked
    qtbot.waitUntil(lambda: window.is_locked, timeout=5000)
    screen = window.lock_screen
    assert screen.isVisible() and not window.content.isVisible()
    assert not window.page_actions["people"].isEnabled()
    assert "Ana Pérez Núñez" in screen.findChildren(type(screen.error))[2].text()

    type_text(screen.password, "clave-equivocada")
    qtbot.keyClick(screen.password, Qt.Key.Key_Return)
    assert window.is_locked and not window.content.isVisible()
    assert screen.error.text() == "Contraseña incorrecta. Inténtelo de nuevo o cierre la sesión."
    assert screen.password.text() == ""

    type_text(screen.password, ADMIN_PASSWORD)
    qtbot.mouseClick(screen.unlock_button, Qt.MouseButton.LeftButton)
    assert not window.is_locked and window.content.isVisible()
    assert window.page_actions["people"].isEnabled()
    assert window.idle.remaining_ms() > 0  # counting again
    qtbot.waitUntil(lambda: window.is_locked, timeout=5000)  # and locks again when idle


def test_input_anywhere_postpones_the_lock(qtbot, database: Database, admin: StaffUser) -> None:
    window = open_window(qtbot, database, admin, timeout_ms=60_000)
    QTest.qWait(300)
    assert window.idle.remaining_ms() < 59_800
    qtbot.keyClick(window.navigation, Qt.Key.Key_Down)
    assert window.idle.remaining_ms() > 59_800
    assert not window.is_locked


def test_ctrl_l_locks_at_once_and_closes_open_dialogs(
    qtbot, database: Database, admin: StaffUser
) -> None:
    window = open_window(qtbot, database, admin, timeout_ms=60_000)
    window.activateWindow()
    assert QTest.qWaitForWindowActive(window)  # shortcuts reach the active window only
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.is_locked
    assert window.idle.remaining_ms() == -1  # no second lock while locked
    window.lock_screen.password.setText(ADMIN_PASSWORD)
    assert window.lock_screen.try_unlock() and not window.is_locked

    dialog = QDialog(window)
    dialog.open()
    assert dialog.isVisible()
    window.lock()
    assert window.is_locked and not dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Rejected


def test_sign_out_from_the_lock_screen(qtbot, database: Database, admin: StaffUser) -> None:
    window = open_window(qtbot, database, admin, timeout_ms=60_000)
    window.lock()
    with qtbot.waitSignal(window.signed_out):
        qtbot.mouseClick(window.lock_screen.sign_out_button, Qt.MouseButton.LeftButton)
    assert not window.isVisible()


def test_a_form_closed_by_the_lock_comes_back_as_it_was(
    qtbot, database: Database, admin: StaffUser
) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from coworking.gui.pages.people import PeoplePage
    from coworking.gui.person_form import PersonDialog

    window = open_window(qtbot, database, admin, timeout_ms=60_000)
    page = window.findChild(PeoplePage)

    def type_then_lock() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, PersonDialog):
            QTimer.singleShot(20, type_then_lock)
            return
        type_text(dialog.ui.givenNamesEdit, "María José")
        dialog.ui.purposeContact.setChecked(True)
        window.lock()  # what the idle timer does

    QTimer.singleShot(0, type_then_lock)
    page.new_person()  # returns when the lock closes the form
    assert window.is_locked and page.dialog.draft is not None

    reopened: list[PersonDialog] = []

    def capture() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, PersonDialog):
            QTimer.singleShot(20, capture)
            return
        reopened.append(dialog)
        dialog.reject()

    QTimer.singleShot(0, capture)
    type_text(window.lock_screen.password, ADMIN_PASSWORD)
    qtbot.mouseClick(window.lock_screen.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(reopened), timeout=5000)
    assert reopened[0].ui.givenNamesEdit.text() == "María José"
    assert reopened[0].ui.purposeContact.isChecked()
