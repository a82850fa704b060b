"""At 1024×768, 1280×800, 1366×768 and 1920×1080, with the demo's real names in it, no page of
the main window shows a button, a column title, a row's name, a combo box, a placeholder, a tab
or a label cut; the stations (the co-working front desk, the door) are checked apart.

A picture of every page at every size goes to the folder named by COWORKING_SHOTS, else to the
test's temporary folder: look at them after a change of layout."""

from __future__ import annotations

import os
from datetime import datetime, time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QInputDialog, QTabWidget, QWidget

from coworking import clock
from coworking.core.demo import generate
from coworking.db.database import Database
from coworking.db.models import StaffUser
from coworking.gui.desk_station import DeskStation
from coworking.gui.main_window import MainWindow
from coworking.gui.pages.common import LazyPage
from coworking.gui.station_frame import StationFrame
from tests.gui import mnemonics
from tests.gui.layout_checks import cut_problems
from tests.gui.modal import when_modal

STATIONS = (DeskStation, StationFrame)
SIZES = [(1024, 768), (1280, 800), (1366, 768), (1920, 1080)]


@pytest.fixture
def shots(tmp_path: Path) -> Path:
    folder = Path(os.environ.get("COWORKING_SHOTS") or tmp_path / "shots")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _settle(qtbot) -> None:
    QApplication.processEvents()
    qtbot.wait(60)
    QApplication.processEvents()


def _outer_tabs(page: QWidget) -> list[QTabWidget]:
    """The page's own tab widgets, not those nested inside one of their tabs."""
    found = []
    for tabs in page.findChildren(QTabWidget):
        parent = tabs.parentWidget()
        while parent is not None and parent is not page and not isinstance(parent, QTabWidget):
            parent = parent.parentWidget()
        if parent is page:
            found.append(tabs)
    return found


class Visit:
    """Pictures taken and problems found, the stations' apart from the pages'."""

    def __init__(self, shots: Path) -> None:
        self.shots = shots
        self.pages: list[str] = []
        self.stations: list[str] = []
        self.mnemonics: list[str] = []

    def look(self, window: QWidget, name: str) -> None:
        window.grab().save(str(self.shots / f"{name}.png"))
        found = [f"{name.split('-', 1)[1]}: {c}" for c in mnemonics.clashes(window)]
        self.mnemonics += [c for c in found if c not in self.mnemonics]
        self.pages += [f"{name}: {p}" for p in cut_problems(window, STATIONS)]
        station_problems = cut_problems(window)
        self.stations += [f"{name}: {p}" for p in station_problems if p not in self.pages]


def _visit_pages(qtbot, window: MainWindow, size: str, visit: Visit) -> None:
    for number, spec in enumerate(window.specs, start=1):
        assert window.show_page(spec.key)
        page = window.page_widgets[spec.key]
        if isinstance(page, LazyPage):
            page = page.page
        _settle(qtbot)
        visit.look(window, f"{size}-{number}-{spec.key}")
        for tabs in _outer_tabs(page):
            first = tabs.currentIndex()
            for index in range(tabs.count()):
                if index == first or not tabs.isTabVisible(index):
                    continue
                tabs.setCurrentIndex(index)
                _settle(qtbot)
                visit.look(window, f"{size}-{number}-{spec.key}-tab{index}")
            tabs.setCurrentIndex(first)


def _visit_door(qtbot, window: MainWindow, size: str, visit: Visit) -> None:
    assert window.show_page("job_fairs")
    fairs_page = window.page_widgets["job_fairs"].page
    when_modal(lambda dialog: isinstance(dialog, QInputDialog) and dialog.accept())
    fairs_page.open_door_station()
    qtbot.waitUntil(lambda: window.station is not None, timeout=10_000)
    window.setWindowState(Qt.WindowState.WindowNoState)  # the station asks for the full screen
    width, height = (int(n) for n in size.split("x"))
    window.resize(width, height)
    _settle(qtbot)
    visit.look(window, f"{size}-door")
    window.close_station()


@pytest.fixture
def visited(qtbot, database: Database, admin: StaffUser, shots: Path, set_clock) -> Visit:
    """Every page, each tab and the door station, at every size, on the demo's data, at
    half past ten today (the door and the desk are busy then)."""
    set_clock(datetime.combine(clock.today(), time(10, 30), tzinfo=clock.local_zone()))
    with database.unit_of_work() as session:
        generate(session, people=300, seed=1)
    window = MainWindow(database, admin)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    visit = Visit(shots)
    for width, height in SIZES:
        window.resize(width, height)
        _settle(qtbot)
        assert (window.width(), window.height()) == (width, height)
        size = f"{width}x{height}"
        _visit_pages(qtbot, window, size, visit)
        _visit_door(qtbot, window, size, visit)
    return visit


def test_no_page_is_cut_at_common_screen_sizes(visited: Visit) -> None:
    assert not visited.pages, "\n".join(visited.pages)


def test_no_station_is_cut_at_common_screen_sizes(visited: Visit) -> None:
    assert not visited.stations, "\n".join(visited.stations)


def test_no_two_controls_on_a_screen_share_an_alt_letter(visited: Visit) -> None:
    assert not visited.mnemonics, "\n".join(visited.mnemonics)
