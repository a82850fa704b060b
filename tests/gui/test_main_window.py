"""The main window: its eight areas, roles, shortcuts, status bar, persistence and language."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QRect, QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from coworking import clock
from coworking.db.database import Database
from coworking.db.enums import EventKind
from coworking.db.models import Event, Person, StaffUser
from coworking.gui import i18n
from coworking.gui.main_window import MainWindow
from coworking.gui.pages.admin import AdminPage
from coworking.gui.pages.badges import BadgesPage
from coworking.gui.pages.coworking import CoworkingPage
from coworking.gui.pages.fairs import FairsPage
from coworking.gui.pages.home import HomePage
from coworking.gui.pages.people import PeoplePage
from coworking.gui.pages.reports import ReportsPage
from coworking.gui.pages.sync import SyncPage

SPANISH_AREAS = [
    "Inicio",
    "Personas",
    "Coworking",
    "Ferias de empleo",
    "Credenciales",
    "Informes",
    "Sincronización",
    "Administración",
]


def open_window(qtbot, database: Database, user: StaffUser) -> MainWindow:
    window = MainWindow(database, user)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def activate(window: MainWindow) -> None:
    """Shortcuts reach the active window only."""
    window.activateWindow()
    assert QTest.qWaitForWindowActive(window)


def nav_titles(window: MainWindow, *, visible_only: bool = False) -> list[str]:
    items = [window.navigation.item(row) for row in range(window.navigation.count())]
    return [item.text() for item in items if not (visible_only and item.isHidden())]


def test_main_window_shows_the_eight_areas_in_spanish(
    qtbot, database: Database, admin: StaffUser
) -> None:
    window = open_window(qtbot, database, admin)
    assert nav_titles(window, visible_only=True) == SPANISH_AREAS
    assert window.current_page() == "home"
    assert isinstance(window.page_widgets["home"], HomePage)
    assert isinstance(window.page_widgets["administration"], AdminPage)
    assert isinstance(window.page_widgets["people"], PeoplePage)
    assert isinstance(window.page_widgets["job_fairs"].page, FairsPage)
    assert isinstance(window.page_widgets["badges"].page, BadgesPage)
    assert isinstance(window.page_widgets["coworking"].page, CoworkingPage)
    assert isinstance(window.page_widgets["reports"].page, ReportsPage)
    assert isinstance(window.page_widgets["sync"].page, SyncPage)
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus == [
        "&Archivo",
        "&Ver",
        "A&yuda",
    ]  # Alt+I belongs to the pages (Importar, Editar, Idioma)
    assert window.lock_action.text() == "&Bloquear"
    assert window.lock_action.shortcut().toString() == "Ctrl+L"


def test_status_bar_names_site_user_role_and_database(
    qtbot, database: Database, admin: StaffUser
) -> None:
    window = open_window(qtbot, database, admin)
    assert window.status_site.text() == "Coworking Manta"
    assert window.status_user.text() == "Ana Pérez Núñez · Administrador"
    assert window.status_database.text() == database.label
    assert window.windowTitle() == "Coworking Manta · Coworking"


def test_ctrl_number_switches_areas(qtbot, database: Database, admin: StaffUser) -> None:
    window = open_window(qtbot, database, admin)
    activate(window)
    shortcuts = [action.shortcut().toString() for action in window.page_actions.values()]
    assert shortcuts == [f"Ctrl+{n}" for n in range(1, 9)]
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() == "coworking"
    assert window.navigation.currentItem().text() == "Coworking"
    qtbot.keyClick(window, Qt.Key.Key_8, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() == "administration"
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() == "home"


def test_front_desk_can_neither_see_nor_open_administration(
    qtbot, database: Database, front_desk: StaffUser
) -> None:
    window = open_window(qtbot, database, front_desk)
    assert nav_titles(window, visible_only=True) == SPANISH_AREAS[:5]
    for key in ("reports", "sync", "administration"):
        assert not window.page_actions[key].isVisible()
    assert window.status_user.text() == "Rosa Quiñónez · Recepción"

    assert window.show_page("badges")
    assert not window.show_page("administration")
    assert window.current_page() == "badges"
    assert "administrador" in window.statusBar().currentMessage()
    assert not window.show_page("reports")
    assert "coordinadores" in window.statusBar().currentMessage()
    activate(window)
    for number in (Qt.Key.Key_6, Qt.Key.Key_7, Qt.Key.Key_8):
        qtbot.keyClick(window, number, Qt.KeyboardModifier.ControlModifier)
        assert window.current_page() == "badges"
    # Reached anyway (say, by a future link), the page refuses and loads no accounts.
    page = window.page_widgets["administration"]
    assert isinstance(page, AdminPage) and not page.allowed
    assert "Solo una cuenta de administrador" in page.refusal.text()
    assert not hasattr(page, "table")


def test_home_page_welcomes_and_counts(qtbot, database: Database, admin: StaffUser) -> None:
    with database.unit_of_work(admin) as session:
        session.add(Person(given_names="José", family_names="Núñez"))
        session.add(Person(given_names="Yuleisy", family_names="Rondón"))
        session.add(
            Event(
                kind=EventKind.JOB_FAIR,
                name="Feria de empleo inclusiva",
                starts_on=date(2030, 5, 1),
                ends_on=date(2030, 5, 1),
            )
        )
    window = open_window(qtbot, database, admin)
    home = window.page_widgets["home"]
    assert isinstance(home, HomePage)
    qtbot.waitUntil(lambda: home.figures is not None)
    assert home.metrics["people"].value.text() == "2"
    assert home.metrics["events"].value.text() == "1"
    assert home.metrics["visits_today"].value.text() == "0"
    assert home.metrics["people"].caption.text() == "Personas registradas"
    titles = [label.text() for label in home.findChildren(type(home.metrics["people"].value))]
    assert "Hola, Ana Pérez Núñez" in titles
    subtitle = next(text for text in titles if text.startswith("Coworking Manta · "))
    assert subtitle.startswith("Coworking Manta · Manta (Manabí) · ")
    assert " de " in subtitle  # today's date, written in Spanish


def test_geometry_and_last_area_persist(qtbot, database: Database, admin: StaffUser) -> None:
    window = open_window(qtbot, database, admin)
    window.setGeometry(QRect(20, 40, 770, 600))  # the offscreen screen is 800x800
    window.show_page("reports")
    geometry = window.geometry()
    window.close()
    assert QSettings().value("main_window/page") == "reports"

    again = open_window(qtbot, database, admin)
    assert again.geometry() == geometry
    assert again.current_page() == "reports"


def test_english_when_selected(qtbot, qapp: QApplication, database: Database, admin) -> None:
    i18n.set_preferred_language("en")
    assert i18n.install_translators(qapp) == "en"
    window = open_window(qtbot, database, admin)
    assert nav_titles(window)[:3] == ["Home", "People", "Coworking"]
    assert window.status_user.text() == "Ana Pérez Núñez · Administrator"
    assert [action.text() for action in window.menuBar().actions()] == ["&File", "&Go", "&Help"]


def test_a_moved_clock_is_shown_in_the_status_bar(
    qtbot, set_clock, database: Database, admin: StaffUser
) -> None:
    set_clock(datetime(2028, 2, 29, 23, 50, tzinfo=clock.local_zone()))
    window = open_window(qtbot, database, admin)
    assert window.status_clock is not None and window.status_clock.isVisible()
    assert window.status_clock.text() == "Reloj de prueba: empezó el 29/02/2028 23:50"


def test_the_real_clock_is_not_announced(qtbot, monkeypatch, database, admin) -> None:
    monkeypatch.delenv(clock.ENV, raising=False)
    window = open_window(qtbot, database, admin)
    assert window.status_clock is None
