"""The Coworking area: its four tabs for the site in use, in Spanish, for each role."""

from __future__ import annotations

import pytest

from coworking.gui.calendar_tab import CalendarTab
from coworking.gui.desk_station import DeskStation
from coworking.gui.occupancy_tab import OccupancyTab
from coworking.gui.pages.coworking import CoworkingPage
from coworking.gui.space_setup_tab import SpaceSetupTab
from tests.cowork_data import build_space

pytestmark = pytest.mark.date_sensitive


def test_the_four_tabs_of_the_site(qtbot, database, admin):
    space = build_space(database, admin)
    page = CoworkingPage(database, admin)
    qtbot.addWidget(page)
    page.resize(1044, 760)
    page.show()
    assert page.site_id() == space.site_id
    tabs = [page.tabs.tabText(i) for i in range(page.tabs.count())]
    assert tabs == ["&Recepción", "&Calendario", "&Ocupación", "Configurar es&pacio"]
    widgets = [type(page.tabs.widget(i)) for i in range(page.tabs.count())]
    assert widgets == [DeskStation, CalendarTab, OccupancyTab, SpaceSetupTab]
    assert not page.site_combo.isVisible()  # one site: nothing to choose
    page.tabs.setCurrentIndex(1)
    assert [row.label for row in page.calendar.grid.rows][:1] == ["Escritorio 1"]


def test_front_desk_gets_the_same_area(qtbot, database, admin, front_desk):
    build_space(database, admin)
    page = CoworkingPage(database, front_desk)
    qtbot.addWidget(page)
    page.show()
    assert page.tabs.count() == 4
    assert not page.setup.can_edit
    page.tabs.setCurrentWidget(page.setup)
    assert page.setup.notice.isVisible()


def test_a_new_site_is_made_from_the_page_and_chosen(qtbot, database, admin):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from coworking.gui.site_dialog import SiteDialog

    page = CoworkingPage(database, admin)
    qtbot.addWidget(page)
    page.show()
    first = page.site_id()
    assert not page.site_combo.isVisible()

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, SiteDialog):
            QTimer.singleShot(20, fill)
            return
        dialog.accept()  # no name: refused inside the dialog
        assert dialog.error.isVisible()
        dialog.name.setText("Coworking Tarqui")
        dialog.canton.set_code("1308")
        dialog.accept()

    QTimer.singleShot(0, fill)
    page.new_site_button.click()
    assert page.site_combo.isVisible() and page.site_combo.count() == 2
    assert page.site_combo.currentText() == "Coworking Tarqui" and page.site_id() != first
    assert page.calendar.grid.rows == []  # the new site has no desks yet
