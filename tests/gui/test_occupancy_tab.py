"""The co-working occupancy tab: live board, who is in, repeated no-shows and the charts, on a
real SQLite database with the time frozen."""

from __future__ import annotations

import os
import random
import re
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from coworking.core import bookings, codes, occupancy, sites, visits
from coworking.core.occupancy import CLOSED, FREE, OCCUPIED, RESERVED
from coworking.core.setup import current_site
from coworking.db.database import Database
from coworking.db.enums import ResourceKind, Sex
from coworking.db.models import Booking, Person, StaffUser, Visit
from coworking.gui.occupancy_board import TileGridLayout
from coworking.gui.occupancy_tab import OccupancyTab
from tests.consent_data import consenting
from tests.cowork_data import Space, at, build_space

pytestmark = pytest.mark.date_sensitive

STATION = "Recepción"
NOW = at(1, 10, 20)  # Tuesday 1 December 2026, 10:20 local
EARLY = at(1, 8)


def _frozen(moment: datetime):
    return lambda: moment


def _shot(widget: QWidget, name: str) -> None:
    """Save a picture of ``widget`` when COWORKING_SHOTS names a folder (to look at it)."""
    folder = os.environ.get("COWORKING_SHOTS")
    if folder:
        QApplication.processEvents()
        widget.grab().save(str(Path(folder) / f"{name}.png"))


def _scan(database: Database, admin: StaffUser, site_id: int, code: str, now: datetime):
    with database.unit_of_work(admin) as session:
        return visits.scan(session, site_id, code, STATION, admin, now=now)


def _book(database, admin, resource_id, person_id, starts, ends, now=EARLY) -> int:
    with database.unit_of_work(admin) as session:
        return bookings.book(session, admin, resource_id, person_id, starts, ends, now=now).id


def _open_tab(qtbot, database, user, site_id, clock=NOW, width=1280, height=800) -> OccupancyTab:
    tab = OccupancyTab(database, user, site_id, clock=_frozen(clock))
    qtbot.addWidget(tab)
    tab.resize(width, height)
    tab.show()
    qtbot.waitUntil(lambda: not tab.loading and tab.live is not None)
    return tab


def _numbers(text: str) -> list[int]:
    return [int(n) for n in re.findall(r"\d+", text)]


@pytest.fixture
def space(database: Database, admin: StaffUser) -> Space:
    return build_space(database, admin, desks=3, members=6)


@pytest.fixture
def morning(database: Database, admin: StaffUser, space: Space) -> Space:
    """Desk 1 occupied since 09:10 until 13:00, desk 2 booked from 10:00 but nobody came,
    desk 3 free until a booking at 14:00, the room free all day; a walk-in without a desk."""
    _book(database, admin, space.desks[0], space.people[0], at(1, 9), at(1, 13))
    _book(database, admin, space.desks[1], space.people[1], at(1, 10), at(1, 12))
    _book(database, admin, space.desks[2], space.people[2], at(1, 14), at(1, 16))
    assert _scan(database, admin, space.site_id, space.cards[0], at(1, 9, 10)).booking_id
    assert _scan(database, admin, space.site_id, space.cards[3], at(1, 9, 45)).accepted
    return space


def test_tiles_show_what_each_resource_is_doing_and_the_summary_counts(
    qtbot, database, admin, morning
):
    tab = _open_tab(qtbot, database, admin, morning.site_id)
    desk1, desk2, desk3 = (tab.board.tile(d) for d in morning.desks)
    room = tab.board.tile(morning.room)
    assert [t.state for t in tab.board.tiles()] == [OCCUPIED, RESERVED, FREE, FREE]

    assert desk1.lines[:2] == ("Escritorio 1", "María José Núñez Cedeño")
    assert "13:00" in desk1.lines[2]
    assert desk2.lines[:2] == ("Escritorio 2", "Luis Ángel Pérez")
    assert "12:00" in desk2.lines[2]
    assert desk3.lines[0] == "Escritorio 3" and "14:00" in desk3.lines[2]
    assert "18:00" in room.lines[2]  # free until closing
    assert "María José Núñez Cedeño" in desk1.accessibleName()
    assert desk1.accessibleName().startswith("Escritorio 1")
    assert room.accessibleName().startswith("Sala Manglar")

    # people in 2 · free desks 1 of 3 · free rooms 1 of 1 · not arrived yet 1
    assert _numbers(tab.summary_label.text()) == [2, 1, 3, 1, 1, 1]
    assert "10:20" in tab.updated_label.text()
    assert _numbers(tab.hours_label.text()) == [8, 0, 18, 0]


def test_who_is_in_lists_checked_in_people_with_their_desk(qtbot, database, admin, morning):
    tab = _open_tab(qtbot, database, admin, morning.site_id)
    assert not tab.inside_list.isHidden() and tab.inside_empty.isHidden()
    (first, first_detail), (second, second_detail) = tab.inside_list.rows()
    assert (first, first_detail) == ("María José Núñez Cedeño", "Escritorio 1 · 09:10–13:00")
    assert second == "Andrés Zambrano" and _numbers(second_detail) == [9, 45]  # no desk
    assert _numbers(tab.inside_heading.text()) == [2]


def test_the_no_show_list_shows_people_over_the_sites_threshold(qtbot, database, admin, space):
    missed = {space.people[1]: 3, space.people[2]: 2}  # the site warns from 3
    for person_id, times in missed.items():
        for offset in range(times):
            day = 24 + offset  # Tuesday 24 November 2026 and the following days
            starts = at(day, 9, month=11) if person_id == space.people[1] else at(day, 11, month=11)
            _book(
                database,
                admin,
                space.desks[0],
                person_id,
                starts,
                starts + timedelta(hours=1),
                now=at(day, 8, month=11),
            )
            with database.unit_of_work(admin) as session:
                assert visits.mark_no_shows(session, space.site_id, starts + timedelta(hours=1))
    tab = _open_tab(qtbot, database, admin, space.site_id)
    [(name, detail)] = tab.no_show_list.rows()
    assert name == "Luis Ángel Pérez" and _numbers(detail) == [3, 26, 11]  # 3, last on 26/11
    assert _numbers(tab.no_show_note.text())[0] == 3
    assert tab.no_show_empty.isHidden()
    assert tab.inside_list.isHidden() and not tab.inside_empty.isHidden()


def test_the_charts_show_the_counts_of_the_services(qtbot, database, admin, morning):
    # Monday 30 November: one visit from 09:00 to 11:30, another from 10:15 to 10:45
    for person, came, left in (
        (4, at(30, 9, month=11), at(30, 11, 30, month=11)),
        (5, at(30, 10, 15, month=11), at(30, 10, 45, month=11)),
    ):
        _scan(database, admin, morning.site_id, morning.cards[person], came)
        _scan(database, admin, morning.site_id, morning.cards[person], left)
    tab = _open_tab(qtbot, database, admin, morning.site_id)

    chart = tab.hourly_chart
    assert chart.day == date(2026, 12, 1) and chart.hours == list(range(8, 18))
    with database.sessions() as session:
        today = occupancy.present_by_hour(session, morning.site_id, chart.day, chart.day, now=NOW)
    assert chart.values() == today[chart.day][8:18]
    assert chart.values() == [0, 2, 2, 0, 0, 0, 0, 0, 0, 0]  # 09:10 and 09:45, still in at 10:20
    assert chart.x_axis.categories()[:3] == ["8", "9", "10"]
    assert chart.y_axis.max() > max(chart.values())  # room for the count above the bar

    tab.day_edit.setDate(tab.day_edit.date().addDays(-1))
    qtbot.waitUntil(lambda: tab.hourly_chart.day == date(2026, 11, 30))
    assert tab.hourly_chart.values() == [0, 1, 2, 1, 0, 0, 0, 0, 0, 0]

    daily = tab.daily_chart
    first = date(2026, 11, 2)
    assert daily.days == [first + timedelta(days=n) for n in range(30)]
    with database.sessions() as session:
        counts = occupancy.by_day(session, morning.site_id, first, date(2026, 12, 1))
    for attribute in ("visits", "people", "no_shows"):
        assert daily.values(attribute) == [getattr(c, attribute) for c in counts]
    assert daily.values("visits")[-2:] == [2, 2] and sum(daily.values("visits")) == 4
    assert daily.x_axis.categoriesLabels()[-1] == "01/12"


def test_the_timer_picks_up_a_check_in_made_after_the_tab_was_built(qtbot, database, admin, space):
    _book(database, admin, space.desks[1], space.people[1], at(1, 10), at(1, 12))
    tab = _open_tab(qtbot, database, admin, space.site_id)
    assert tab.board.tile(space.desks[1]).state == RESERVED
    assert tab.inside_list.count() == 0
    assert tab.refresh_timer.isActive()

    _scan(database, admin, space.site_id, space.cards[1], NOW)
    tab.refresh_timer.setInterval(50)
    qtbot.waitUntil(lambda: tab.board.tile(space.desks[1]).state == OCCUPIED)
    qtbot.waitUntil(lambda: tab.inside_list.count() == 1)
    assert tab.inside_list.rows()[0][0] == "Luis Ángel Pérez"
    assert tab.hourly_chart.values()[2] == 1  # 10:00, today's chart follows too

    tab.hide()
    assert not tab.refresh_timer.isActive()  # nothing is read while nobody looks
    qtbot.waitUntil(lambda: not tab.loading)


def test_refresh_button_reloads_and_a_closed_day_shows_every_tile_closed(
    qtbot, database, admin, space
):
    sunday = at(6, 11)
    tab = _open_tab(qtbot, database, admin, space.site_id, clock=sunday)
    assert {t.state for t in tab.board.tiles()} == {CLOSED}
    assert _numbers(tab.summary_label.text()) == [0]  # closed: only who is still in

    with database.unit_of_work(admin) as session:
        sites.save_resource(
            session, admin, space.site_id, sites.ResourceInput(ResourceKind.DESK, "Escritorio 4")
        )
    qtbot.mouseClick(tab.refresh_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(tab.board.tiles()) == 5)
    assert tab.board.tiles()[-1].lines[0] == "Escritorio 4"

    with database.unit_of_work(admin) as session:
        sites.save_resource(
            session, admin, space.site_id, sites.ResourceInput(ResourceKind.ROOM, "Sala Tagua", 6)
        )
    tab.activateWindow()
    qtbot.waitUntil(tab.isActiveWindow)
    qtbot.keyClick(tab.day_edit, Qt.Key.Key_F5)  # from anywhere in the tab
    qtbot.waitUntil(lambda: len(tab.board.tiles()) == 6)
    assert _numbers(tab.board.tiles()[-1].toolTip()) == [6]  # «6 seats»


def test_a_load_error_is_shown_in_the_tab_not_raised(qtbot, database, admin):
    tab = OccupancyTab(database, admin, 9999, clock=_frozen(NOW))
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitUntil(lambda: not tab.loading)
    assert not tab.error_label.isHidden()
    assert "9999" in tab.error_label.text()


def test_a_hundred_tiles_reflow_with_the_width_and_scroll(qtbot, database, admin):
    with database.unit_of_work(admin) as session:
        site_id = current_site(session).id
        for n in range(1, 101):
            sites.save_resource(
                session, admin, site_id, sites.ResourceInput(ResourceKind.DESK, f"Escritorio {n}")
            )
    tab = _open_tab(qtbot, database, admin, site_id)
    tiles = tab.board.tiles()
    assert len(tiles) == 100
    grid: TileGridLayout = tab.board.grid
    wide = grid.columns(tab.board.container.width())
    tab.resize(800, 800)
    qtbot.waitUntil(lambda: grid.columns(tab.board.container.width()) < wide)
    QApplication.processEvents()
    container = tab.board.container
    assert container.height() > tab.board.scroll.viewport().height()  # it scrolls
    boxes = [t.geometry() for t in tiles]
    assert all(b.left() >= 0 and b.right() < container.width() for b in boxes)
    assert all(b.width() >= t.minimumSizeHint().width() for b, t in zip(boxes, tiles, strict=True))
    assert not any(a.intersects(b) for a, b in zip(boxes, boxes[1:], strict=False))


def _busy_space(database: Database, admin: StaffUser) -> int:
    """About forty resources in a mix of states, a month of visits and a few no-shows."""
    rng = random.Random(7)
    given = [
        "María José",
        "Luis Ángel",
        "Yorgelis",
        "Andrés",
        "Carmen",
        "Jhon",
        "Daniela",
        "Wilmer",
        "Génesis",
        "Óscar",
        "Rosa",
        "Kelvin",
        "Fernanda",
        "Édgar",
        "Lucía",
    ]
    family = [
        "Núñez Cedeño",
        "Pérez",
        "Rodríguez Peña",
        "Zambrano",
        "Quiñónez",
        "Ortiz",
        "Mendoza Vélez",
        "Castillo",
        "Arteaga",
        "Delgado Moreira",
        "Chávez",
        "Villamar",
    ]
    with database.unit_of_work(admin) as session:
        site_id = current_site(session).id
        desks = [
            sites.save_resource(
                session, admin, site_id, sites.ResourceInput(ResourceKind.DESK, f"Escritorio {n}")
            ).id
            for n in range(1, 35)
        ]
        rooms = [
            sites.save_resource(
                session, admin, site_id, sites.ResourceInput(ResourceKind.ROOM, name, seats)
            ).id
            for name, seats in (
                ("Sala Manglar", 8),
                ("Sala Spondylus", 12),
                ("Sala Tagua", 6),
                ("Cabina de llamadas", 1),
                ("Sala de capacitación", 30),
                ("Sala Pacífico", 10),
            )
        ]
        people = [
            Person(
                given_names=given[n % len(given)],
                family_names=family[(n * 7) % len(family)],
                sex=Sex.WOMAN if n % 2 else Sex.MAN,
                member_code=codes.new_code(),
            )
            for n in range(60)
        ]
        session.add_all(people)
        session.flush()
        ids = [p.id for p in people]
        consenting(session, ids)  # members: they may book and come in
        cards = [p.member_code for p in people]
        # a month of past visits and a few no-shows, written directly
        for back in range(1, 30):
            day = date(2026, 12, 1) - timedelta(days=back)
            if day.weekday() == 6:
                continue
            closing = 13 if day.weekday() == 5 else 18
            for person in rng.sample(ids, rng.randint(8, 26) if closing == 18 else 6):
                came = datetime.combine(day, datetime.min.time(), at(1, 0).tzinfo) + timedelta(
                    hours=rng.randint(8, closing - 2), minutes=rng.choice((0, 10, 25, 40))
                )
                session.add(
                    Visit(
                        site_id=site_id,
                        person_id=person,
                        checked_in_at=came,
                        checked_out_at=came + timedelta(minutes=rng.randint(45, 240)),
                        station=STATION,
                    )
                )
            if back % 3 == 0:
                starts = datetime.combine(day, datetime.min.time(), at(1, 0).tzinfo) + timedelta(
                    hours=9
                )
                session.add(
                    Booking(
                        resource_id=desks[back],
                        person_id=ids[back % 4],
                        starts_at=starts,
                        ends_at=starts + timedelta(hours=2),
                        no_show_at=starts + timedelta(minutes=15),
                    )
                )
    # today: desks booked and mostly checked in, a few not yet arrived, rooms in use later
    person = 10
    for index, desk in enumerate(desks[:22]):
        starts = at(1, 8 + index % 3)
        _book(database, admin, desk, ids[person], starts, starts + timedelta(hours=4), now=EARLY)
        if index % 5 != 3:
            _scan(database, admin, site_id, cards[person], starts + timedelta(minutes=5))
        person += 1
    for index, desk in enumerate(desks[24:30]):
        starts = at(1, 13 + index % 3)
        _book(database, admin, desk, ids[person], starts, starts + timedelta(hours=2), now=EARLY)
        person += 1
    _book(database, admin, rooms[0], ids[person], at(1, 10), at(1, 12))
    _scan(database, admin, site_id, cards[person], at(1, 9, 58))
    _book(database, admin, rooms[1], ids[person + 1], at(1, 15), at(1, 17))
    for walk_in in range(person + 2, person + 6):
        _scan(database, admin, site_id, cards[walk_in], at(1, 9, 20 + walk_in % 30))
    return site_id


def test_screenshot_of_a_busy_morning(qtbot, database, admin):
    site_id = _busy_space(database, admin)
    tab = _open_tab(qtbot, database, admin, site_id)
    states = [t.state for t in tab.board.tiles()]
    assert len(states) == 40 and {FREE, OCCUPIED, RESERVED} <= set(states)
    assert sum(tab.daily_chart.values("visits")) > 200
    _shot(tab, "occupancy_board")
