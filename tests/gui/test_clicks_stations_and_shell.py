"""The buttons of the booth and door stations, the walk-in form, the main window's menu, and
the way out of the sign-in, first set-up and new-account dialogs, each clicked as a person does
and followed by what the click must do."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)
from sqlalchemy import func, select

from coworking import __version__
from coworking.core.setup import needs_setup
from coworking.db.database import Database
from coworking.db.enums import CheckInResult, InteractionKind
from coworking.db.models import Interaction, Person, Registration, StaffUser
from coworking.gui import door_printing
from coworking.gui.app import AppController
from coworking.gui.booth_station import BoothStation
from coworking.gui.door_station import DoorStation
from coworking.gui.main_window import PAGE_KEY, MainWindow
from coworking.gui.pages.admin import AdminPage
from coworking.gui.pages.user_dialog import UserDialog
from coworking.gui.walk_in_dialog import WalkInDialog
from tests.conftest import ADMIN_PASSWORD
from tests.fair_data import Fair, build_fair
from tests.gui.conftest import type_text
from tests.gui.modal import when_modal
from tests.gui.station_helpers import scanner, shown
from tests.gui.test_setup_and_login import fill_wizard

LEFT = Qt.MouseButton.LeftButton
STATION = "Puerta norte"


def _interactions(database: Database) -> list[Interaction]:
    with database.sessions() as session:
        return list(session.scalars(select(Interaction).order_by(Interaction.id)))


def _checked_in(database: Database, registration_id: int) -> bool:
    with database.sessions() as session:
        return session.get(Registration, registration_id).checked_in_at is not None


def _people_named(database: Database, given_names: str) -> int:
    with database.sessions() as session:
        query = select(func.count()).select_from(Person).where(Person.given_names == given_names)
        return session.scalar(query) or 0


def _staff_count(database: Database) -> int:
    with database.sessions() as session:
        return session.scalar(select(func.count()).select_from(StaffUser)) or 0


def _button_of(box: QWidget, which: QDialogButtonBox.StandardButton):
    """The standard button ``which`` of the button box inside a plain dialog."""
    [buttons] = box.findChildren(QDialogButtonBox)
    return buttons.button(which)


# --- booth station ---------------------------------------------------------------------------


def _booth(qtbot, database: Database, admin: StaffUser) -> tuple[BoothStation, Fair]:
    fair = build_fair(database, admin)
    station = BoothStation(database, admin, fair.event_id, fair.employer_ids[0])
    return shown(qtbot, station), fair


@pytest.mark.date_sensitive
def test_booth_stars_are_clicked_and_save_records_the_rating(
    qtbot, database: Database, admin: StaffUser
) -> None:
    station, fair = _booth(qtbot, database, admin)
    scanner(qtbot, station.scan_field, fair.codes[1])
    assert station.form.isVisible() and station.rating.value() is None
    stars = station.rating.buttons
    assert [star.objectName() for star in stars] == [f"star{n}" for n in range(1, 6)]

    qtbot.mouseClick(stars[2], LEFT)
    assert station.rating.value() == 3
    assert station.rating.caption.text() == "3 de 5"
    qtbot.mouseClick(stars[2], LEFT)  # the same star again clears the rating
    assert station.rating.value() is None
    qtbot.mouseClick(stars[4], LEFT)
    qtbot.mouseClick(stars[3], LEFT)
    assert station.rating.value() == 4 and station.is_dirty()
    assert _interactions(database) == []

    qtbot.mouseClick(station.save_button, LEFT)
    [saved] = _interactions(database)
    assert saved.registration_id == fair.registration_ids[1]
    assert saved.kind == InteractionKind.BOOTH_VISIT and saved.rating == 4
    assert not station.form.isVisible() and station.candidate is None
    assert station.saved_label.isVisible() and "Luis Ángel" in station.saved_label.text()
    assert station.table.rowCount() == 1 and station.table.item(0, 5).text() == "★★★★☆"
    qtbot.waitUntil(station.scan_field.hasFocus)


@pytest.mark.date_sensitive
def test_booth_discard_asks_for_a_noted_form_and_saves_nothing(
    qtbot, database: Database, admin: StaffUser
) -> None:
    station, fair = _booth(qtbot, database, admin)
    # A form with nothing noted closes at once.
    scanner(qtbot, station.scan_field, fair.codes[0])
    assert station.form.isVisible()
    qtbot.mouseClick(station.discard_button, LEFT)
    assert not station.form.isVisible() and station.candidate is None

    # A noted form asks first: «Cancel» keeps it, «Discard» throws it away.
    scanner(qtbot, station.scan_field, fair.codes[2])
    qtbot.mouseClick(station.rating.buttons[1], LEFT)
    asked: list[str] = []

    def answer(button: QMessageBox.StandardButton) -> Callable[[QWidget], None]:
        def act(box: QWidget) -> None:
            assert isinstance(box, QMessageBox)
            asked.append(box.text())
            box.button(button).click()

        return act

    when_modal(answer(QMessageBox.StandardButton.Cancel))
    qtbot.mouseClick(station.discard_button, LEFT)
    assert len(asked) == 1 and "Ana Lucía Álvarez Mendoza" in asked[0]
    assert station.form.isVisible() and station.rating.value() == 2

    when_modal(answer(QMessageBox.StandardButton.Discard))
    qtbot.mouseClick(station.discard_button, LEFT)
    assert len(asked) == 2
    assert not station.form.isVisible() and station.candidate is None
    assert _interactions(database) == [] and station.table.rowCount() == 0


# --- door station ----------------------------------------------------------------------------


def _door(qtbot, database: Database, admin: StaffUser) -> tuple[DoorStation, Fair]:
    fair = build_fair(database, admin)
    return shown(qtbot, DoorStation(database, admin, fair.event_id, STATION)), fair


@pytest.mark.date_sensitive
def test_door_printing_button_saves_the_choice_only_when_accepted(
    qtbot, database: Database, admin: StaffUser
) -> None:
    station, _fair = _door(qtbot, database, admin)
    assert not station.printing.enabled
    titles: list[str] = []

    def choose(accept: bool) -> Callable[[QWidget], None]:
        def act(dialog: QWidget) -> None:
            titles.append(dialog.windowTitle())
            dialog.findChild(QCheckBox).setChecked(True)
            stock = dialog.findChild(QComboBox)
            stock.setCurrentIndex(stock.count() - 1)
            which = QDialogButtonBox.StandardButton
            _button_of(dialog, which.Ok if accept else which.Cancel).click()

        return act

    when_modal(choose(accept=False))
    qtbot.mouseClick(station.print_button, LEFT)
    assert titles == ["Impresión de credenciales en esta entrada"]
    assert not station.printing.enabled
    assert QSettings().value(door_printing.STOCK_KEY) is None
    qtbot.waitUntil(station.scan_field.hasFocus)  # the keyboard is back for the scanner

    when_modal(choose(accept=True))
    qtbot.mouseClick(station.print_button, LEFT)
    assert len(titles) == 2
    assert station.printing.enabled
    assert station.printing.stock_key == QSettings().value(door_printing.STOCK_KEY)
    qtbot.waitUntil(station.scan_field.hasFocus)


@pytest.mark.date_sensitive
def test_door_undo_button_takes_back_the_admission_once_confirmed(
    qtbot, database: Database, admin: StaffUser
) -> None:
    station, fair = _door(qtbot, database, admin)
    assert not station.undo_button.isEnabled()  # nothing admitted yet
    scanner(qtbot, station.scan_field, fair.codes[0])
    assert station.answer_panel.property("state") == "ok"
    assert station.undo_button.isEnabled()
    asked: list[str] = []

    def answer(button: QMessageBox.StandardButton) -> Callable[[QWidget], None]:
        def act(box: QWidget) -> None:
            assert isinstance(box, QMessageBox)
            asked.append(box.text())
            box.button(button).click()

        return act

    when_modal(answer(QMessageBox.StandardButton.No))
    qtbot.mouseClick(station.undo_button, LEFT)
    assert len(asked) == 1 and "María José Núñez Zambrano" in asked[0]
    assert _checked_in(database, fair.registration_ids[0])

    when_modal(answer(QMessageBox.StandardButton.Yes))
    qtbot.mouseClick(station.undo_button, LEFT)
    assert len(asked) == 2
    assert not _checked_in(database, fair.registration_ids[0])
    assert station.answer_panel.property("state") == "undone"
    assert [row.undone for row in station.recent.rows] == [True]
    assert not station.undo_button.isEnabled()
    qtbot.waitUntil(station.scan_field.hasFocus)


def _open_walk_in(qtbot, station: DoorStation) -> WalkInDialog:
    qtbot.mouseClick(station.walk_in_button, LEFT)
    dialog = station.walk_in_dialog
    assert isinstance(dialog, WalkInDialog)
    qtbot.waitExposed(dialog)
    assert dialog.isVisible() and dialog.windowTitle() == "Inscripción en puerta"
    return dialog


@pytest.mark.date_sensitive
def test_walk_in_cancel_closes_the_form_and_records_nobody(
    qtbot, database: Database, admin: StaffUser
) -> None:
    station, _fair = _door(qtbot, database, admin)
    dialog = _open_walk_in(qtbot, station)
    type_text(dialog.given_names, "Jhon Jairo")
    type_text(dialog.family_names, "Macías Loor")
    qtbot.mouseClick(dialog.consent_registration, LEFT)
    assert dialog.consent_registration.isChecked()
    with qtbot.waitSignal(dialog.rejected):
        qtbot.mouseClick(_button_of(dialog, QDialogButtonBox.StandardButton.Cancel), LEFT)
    qtbot.waitUntil(lambda: station.walk_in_dialog is None)
    assert _people_named(database, "Jhon Jairo") == 0
    assert station.last_answer is None and station.answer_panel.state == "idle"
    qtbot.waitUntil(station.scan_field.hasFocus)


@pytest.mark.date_sensitive
def test_walk_in_shows_the_consent_text_then_saves_and_checks_in(
    qtbot, database: Database, admin: StaffUser
) -> None:
    station, _fair = _door(qtbot, database, admin)
    dialog = _open_walk_in(qtbot, station)
    read: list[str] = []

    def read_and_close(consent: QWidget) -> None:
        read.append(consent.findChild(QPlainTextEdit).toPlainText())
        _button_of(consent, QDialogButtonBox.StandardButton.Close).click()

    when_modal(read_and_close)
    qtbot.mouseClick(dialog.consent_text_button, LEFT)
    assert len(read) == 1 and "Coworking Manta" in read[0]
    assert dialog.isVisible() and station.walk_in_dialog is dialog  # still being filled in

    type_text(dialog.given_names, "Jhon Jairo")
    type_text(dialog.family_names, "Macías Loor")
    qtbot.mouseClick(dialog.save_button, LEFT)  # no consent yet: not saved, said why
    assert dialog.isVisible() and dialog.errors.message("consent")
    assert _people_named(database, "Jhon Jairo") == 0

    qtbot.mouseClick(dialog.consent_registration, LEFT)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.save_button, LEFT)
    qtbot.waitUntil(lambda: station.walk_in_dialog is None)
    assert _people_named(database, "Jhon Jairo") == 1
    assert station.last_answer is not None
    assert station.last_answer.result == CheckInResult.OK
    assert station.last_answer.person_name == "Jhon Jairo Macías Loor"
    assert station.answer_panel.property("state") == "ok"
    with database.sessions() as session:
        person = session.scalar(select(Person).where(Person.given_names == "Jhon Jairo"))
        registration = session.scalar(
            select(Registration).where(Registration.person_id == person.id)
        )
        assert registration.source == "door" and registration.checked_in_at is not None


# --- the main window's menu ------------------------------------------------------------------


def _menu_action(window: MainWindow, source_text: str) -> QAction:
    text = QCoreApplication.translate("MainWindow", source_text)
    [action] = [a for a in window.findChildren(QAction) if a.text() == text]
    return action


def _signed_in(qtbot, database: Database, admin: StaffUser) -> AppController:
    controller = AppController(database)
    controller.open_main(admin)
    window = controller.window
    assert window is not None
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    return controller


def test_about_opens_a_box_with_the_version(qtbot, database: Database, admin: StaffUser) -> None:
    window = _signed_in(qtbot, database, admin).window
    seen: list[str] = []

    def read_and_close(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        seen.append(f"{box.windowTitle()}|{box.text()}")
        box.buttons()[0].click()

    when_modal(read_and_close)
    _menu_action(window, "&About Coworking").trigger()
    assert len(seen) == 1
    title, text = seen[0].split("|", 1)
    assert title == "Acerca de Coworking" and f"Coworking {__version__}" in text
    assert QApplication.activeModalWidget() is None and window.isVisible()


def test_quit_closes_the_window_and_ends_the_run(
    qtbot, database: Database, admin: StaffUser
) -> None:
    controller = _signed_in(qtbot, database, admin)
    window = controller.window
    window.show_page("people")
    signed_out: list[bool] = []
    window.signed_out.connect(lambda: signed_out.append(True))
    with qtbot.waitSignal(controller.finished):
        _menu_action(window, "&Quit").trigger()  # closes without asking
    assert not window.isVisible() and QApplication.activeModalWidget() is None
    assert signed_out == [] and controller.login is None
    assert QSettings().value(PAGE_KEY) == "people"  # opens there next time


def test_sign_out_goes_back_to_sign_in_and_quit_there_ends_the_run(
    qtbot, database: Database, admin: StaffUser
) -> None:
    controller = _signed_in(qtbot, database, admin)
    window = controller.window
    finished: list[bool] = []
    controller.finished.connect(lambda: finished.append(True))
    with qtbot.waitSignal(window.signed_out):
        _menu_action(window, "Sign &out").trigger()
    assert not window.isVisible() and controller.window is None
    login = controller.login
    assert login is not None and login.isVisible() and login.user is None
    assert finished == []  # the program goes on, at the sign-in

    with qtbot.waitSignal(controller.finished):
        qtbot.mouseClick(login.ui.quitButton, LEFT)
    assert controller.login is None and controller.window is None
    assert finished == [True]


def test_quit_at_sign_in_signs_nobody_in_even_with_the_password_typed(
    qtbot, database: Database, admin: StaffUser
) -> None:
    controller = AppController(database)
    controller.start()
    login = controller.login
    assert login is not None and login.isVisible()
    qtbot.addWidget(login)
    type_text(login.ui.usernameEdit, "admin")
    type_text(login.ui.passwordEdit, ADMIN_PASSWORD)
    with qtbot.waitSignal(login.rejected):
        qtbot.mouseClick(login.ui.quitButton, LEFT)
    assert login.user is None and not login.isVisible()
    assert controller.login is None and controller.window is None


def test_cancel_in_first_set_up_creates_nothing_and_ends_the_run(qtbot, database: Database) -> None:
    controller = AppController(database)
    controller.start()
    wizard = controller.wizard
    assert wizard is not None and wizard.isVisible()
    qtbot.addWidget(wizard)
    fill_wizard(wizard)
    with qtbot.waitSignal(controller.finished):
        qtbot.mouseClick(wizard.ui.cancelButton, LEFT)
    assert not wizard.isVisible() and wizard.result() == QDialog.DialogCode.Rejected
    assert controller.login is None and controller.window is None
    with database.sessions() as session:
        assert needs_setup(session)
    assert _staff_count(database) == 0


def test_cancel_in_new_account_creates_no_account(
    qtbot, database: Database, admin: StaffUser
) -> None:
    page = AdminPage(database, admin)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    before = [row.username for row in page.model.rows]
    results: list[int] = []

    def fill_and_cancel(dialog: QWidget) -> None:
        assert isinstance(dialog, UserDialog)
        ui = dialog.ui
        type_text(ui.usernameEdit, "jose.nunez")
        type_text(ui.fullNameEdit, "José Núñez Gómez")
        type_text(ui.passwordEdit, "coordina-2024")
        type_text(ui.confirmEdit, "coordina-2024")
        dialog.finished.connect(results.append)
        qtbot.mouseClick(ui.cancelButton, LEFT)
        assert dialog.created is None

    when_modal(fill_and_cancel)
    qtbot.mouseClick(page.new_button, LEFT)  # runs the modal dialog
    assert results == [QDialog.DialogCode.Rejected]
    assert [row.username for row in page.model.rows] == before == ["admin"]
    assert _staff_count(database) == 1
