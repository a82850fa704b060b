"""Right after the first set-up and ``coworking demo``, the program's screens show a living day:
Inicio, the calendar's week, the occupancy board and the door station of the fair on today,
and opening Coworking marks no booking as missed that was not.

Real widgets, the real main window and the real demo on a SQLite file. Set COWORKING_SHOTS to
a folder to keep pictures of the screens."""

from __future__ import annotations

import os
import re
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QInputDialog, QWidget
from sqlalchemy import func, select

from coworking import clock
from coworking.core import checkin, fairs, reference, sites
from coworking.core.demo import generate
from coworking.core.occupancy import OCCUPIED
from coworking.core.setup import current_site
from coworking.db.database import Database
from coworking.db.models import Booking, StaffUser, Visit
from coworking.gui.door_station import DoorStation
from coworking.gui.main_window import MainWindow
from coworking.gui.pages.home import HomePage
from tests.gui.modal import when_modal

pytestmark = pytest.mark.date_sensitive


def _shot(widget: QWidget, name: str) -> None:
    folder = os.environ.get("COWORKING_SHOTS")
    if folder:
        QApplication.processEvents()
        widget.grab().save(str(Path(folder) / f"demo-{name}.png"))


def _numbers(text: str) -> list[int]:
    return [int(n) for n in re.findall(r"\d+", text.replace(".", ""))]


def _demo(database: Database) -> datetime:
    """``coworking demo`` on the database the first-run set-up made: the demo's moment."""
    with database.unit_of_work() as session:
        return generate(session, people=500, seed=1).moment


def _no_shows(database: Database) -> int:
    with database.sessions() as session:
        return session.scalar(
            select(func.count()).select_from(Booking).where(Booking.no_show_at.is_not(None))
        )


def _window(qtbot, database: Database, user: StaffUser) -> MainWindow:
    window = MainWindow(database, user)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    return window


def _home(qtbot, window: MainWindow) -> HomePage:
    home = window.page_widgets["home"]
    qtbot.waitUntil(lambda: home.figures is not None and not home.loading, timeout=10_000)
    return home


def _open_wednesday(before: date) -> date:
    """The last Wednesday on or before ``before`` that is no holiday."""
    day = before - timedelta(days=(before.weekday() - 2) % 7)
    while day in reference.national_holidays() or (day.month, day.day) in ((12, 25), (1, 1)):
        day -= timedelta(days=7)
    return day


def test_right_after_the_demo_inicio_the_week_and_the_door_show_today(
    qtbot, database: Database, admin: StaffUser
) -> None:
    now = _demo(database)
    today = now.astimezone(clock.local_zone()).date()
    with database.sessions() as session:
        site = current_site(session)
        hours = sites.day_hours(session, site.id, today)
        current = fairs.current_event(session, today)
        door = checkin.counters(session, current.id)
        visited_today = session.scalar(
            select(func.count())
            .select_from(Visit)
            .where(
                Visit.checked_in_at
                >= datetime.combine(today, time.min, clock.local_zone()).astimezone(now.tzinfo)
            )
        )
    assert current.starts_on <= today <= current.ends_on
    no_shows = _no_shows(database)
    window = _window(qtbot, database, admin)

    # Inicio: today's fair with its people in, today's visits once the space has opened
    home = _home(qtbot, window)
    _shot(window, "inicio")
    card = home.event_card
    assert card.name.text() == current.name
    assert not card.came.isHidden() and sum(_numbers(card.came.text())) == door.total_checked_in
    assert door.total_checked_in > 0
    assert home.metrics["visits_today"].value.text() == str(visited_today)
    span = hours.span()
    if span is not None and span[0] + timedelta(hours=1) <= now:
        assert visited_today > 0

    # Coworking: opening it runs the station's sweep, which finds nothing missed
    assert window.show_page("coworking")
    page = window.page_widgets["coworking"].page
    assert page.desk.sweep_status.text() == ""  # the sweep had nothing to say
    assert _no_shows(database) == no_shows
    _shot(window, "recepcion")

    # the calendar's week: this week's bookings, those already held and those to come
    page.tabs.setCurrentWidget(page.calendar)
    calendar = page.calendar
    calendar.reload()
    monday = today - timedelta(days=today.weekday())
    assert calendar.first_day() == monday
    week = [b for b in calendar.grid.blocks if monday <= b.starts.date() <= monday + timedelta(6)]
    assert len(week) >= 5
    for block in week:  # those to come are booked; those over were kept or missed
        if block.starts > now:
            assert block.state in ("booked", "series"), block
        elif block.ends <= now:
            assert block.state in ("checked_in", "no_show"), block
    _shot(window, "calendario")

    # the door station of the fair on today counts who is in
    assert window.show_page("job_fairs")
    fairs_page = window.page_widgets["job_fairs"].page
    assert fairs_page.event_id() == current.id
    when_modal(lambda dialog: isinstance(dialog, QInputDialog) and dialog.accept())
    fairs_page.open_door_station()
    qtbot.waitUntil(lambda: window.station is not None, timeout=10_000)
    station = window.station.findChild(DoorStation)
    qtbot.waitUntil(lambda: station.counters.total.text() != "0 / 0", timeout=10_000)
    assert _numbers(station.counters.total.text()) == [
        door.total_checked_in,
        door.total_registered,
    ]
    _shot(window, "puerta")
    window.close_station()


def test_at_half_past_ten_on_a_working_day_people_are_in(
    qtbot, database: Database, admin: StaffUser, set_clock
) -> None:
    wednesday = _open_wednesday(clock.today())
    set_clock(datetime.combine(wednesday, time(10, 30), clock.local_zone()))
    _demo(database)
    no_shows = _no_shows(database)
    with database.sessions() as session:
        inside = session.scalar(
            select(func.count()).select_from(Visit).where(Visit.checked_out_at.is_(None))
        )
    assert inside >= 3
    window = _window(qtbot, database, admin)
    home = _home(qtbot, window)
    assert home.today_card.stats["insideNow"].value.text() == str(inside)
    assert int(home.metrics["visits_today"].value.text()) >= inside
    _shot(window, "inicio-10h30")

    assert window.show_page("coworking")
    page = window.page_widgets["coworking"].page
    page.tabs.setCurrentWidget(page.occupancy)
    tab = page.occupancy
    qtbot.waitUntil(lambda: not tab.loading and tab.live is not None, timeout=10_000)
    occupied = [t for t in tab.board.tiles() if t.state == OCCUPIED]
    assert occupied
    assert not tab.inside_list.isHidden() and tab.inside_list.count() == inside
    _shot(window, "ocupacion")
    assert _no_shows(database) == no_shows
