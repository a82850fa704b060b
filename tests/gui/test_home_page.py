"""The home page dashboard: real widgets on a real SQLite database, the time frozen on
Wednesday 2 December 2026 at 10:30; the figures are read on a worker thread."""

from __future__ import annotations

import re
import threading
from datetime import date, datetime, timedelta

import pytest
from PySide6.QtWidgets import QScrollArea
from sqlalchemy import event, select

from coworking.core import visits
from coworking.db.database import Database
from coworking.db.enums import EventKind, RegistrationRole
from coworking.db.models import Event, Person, Registration, StaffUser, Visit
from coworking.gui.main_window import MainWindow
from coworking.gui.pages.home import HomePage
from tests.cowork_data import Space, at, build_space

pytestmark = pytest.mark.date_sensitive

NOW = at(2, 10, 30)
STATION = "Recepción"
FAIR_DAY = date(2026, 12, 10)


def _numbers(text: str) -> list[int]:
    return [int(n) for n in re.findall(r"\d+", text.replace(".", ""))]


def _scan(database: Database, admin: StaffUser, space: Space, person: int, when: datetime):
    with database.unit_of_work(admin) as session:
        return visits.scan(session, space.site_id, space.cards[person], STATION, admin, now=when)


def _open(qtbot, database, user, width=1280, height=800, clock=NOW) -> HomePage:
    page = HomePage(database, user, "Coworking Manta", clock=lambda: clock)
    qtbot.addWidget(page)
    page.resize(width, height)
    page.show()
    qtbot.waitUntil(lambda: not page.loading and page.figures is not None)
    return page


@pytest.fixture
def space(database: Database, admin: StaffUser) -> Space:
    """This morning: Yorgelis in since 08:10, Luis from 09:00 to 09:45, Carmen in since 10:05;
    in November three visits, on the 1st, 2nd and 20th; a fair on 10 December with four live
    registrations (one more cancelled)."""
    space = build_space(database, admin, desks=2, members=6)
    _scan(database, admin, space, 2, at(2, 8, 10))
    _scan(database, admin, space, 1, at(2, 9))
    _scan(database, admin, space, 1, at(2, 9, 45))
    _scan(database, admin, space, 4, at(2, 10, 5))
    with database.unit_of_work(admin) as session:
        for person, day in ((0, 1), (3, 2), (5, 20)):
            session.add(
                Visit(
                    site_id=space.site_id,
                    person_id=space.people[person],
                    checked_in_at=at(day, 9, month=11),
                    checked_out_at=at(day, 12, month=11),
                )
            )
        fair = Event(
            kind=EventKind.JOB_FAIR,
            name="Feria de Empleo Inclusiva",
            starts_on=FAIR_DAY,
            ends_on=FAIR_DAY,
            capacity=300,
        )
        session.add(fair)
        people = [Person(given_names=f"Persona {n}", family_names="Prueba") for n in range(5)]
        session.add_all(people)
        session.flush()
        made = [  # day of November or December, role, cancelled
            (at(25, 10, month=11), RegistrationRole.CANDIDATE, False),
            (at(25, 11, month=11), RegistrationRole.CANDIDATE, True),
            (at(28, 16, month=11), RegistrationRole.VISITOR, False),
            (at(1, 9), RegistrationRole.CANDIDATE, False),
            (at(2, 8), RegistrationRole.CANDIDATE, False),
        ]
        for n, (created, role, cancelled) in enumerate(made):
            session.add(
                Registration(
                    event_id=fair.id,
                    person_id=people[n].id,
                    role=role,
                    badge_code=f"TEST{n:04d}",
                    created_at=created,
                    cancelled_at=created if cancelled else None,
                )
            )
    return space


def test_the_first_load_is_started_not_finished_and_runs_off_the_gui_thread(
    qtbot, database, admin, space
) -> None:
    threads: list[int] = []

    def record(*_args) -> None:
        threads.append(threading.get_ident())

    event.listen(database.engine, "before_cursor_execute", record)
    try:
        page = HomePage(database, admin, "Coworking Manta", clock=lambda: NOW)
        qtbot.addWidget(page)
        # the window is free at once: the figures are still on their way
        assert page.loading and page.figures is None and page.loads == 1
        assert page.metrics["people"].value.text() == "—"
        assert page.status_label.text() == page.tr("Loading…")
        page.resize(1280, 800)
        page.show()
        qtbot.waitUntil(lambda: page.figures is not None)
    finally:
        event.remove(database.engine, "before_cursor_execute", record)
    assert threads and threading.get_ident() not in threads  # every query ran on a worker
    assert not page.loading
    assert _numbers(page.status_label.text()) == [10, 30]


def test_the_cards_and_charts_show_the_figures(qtbot, database, admin, space) -> None:
    page = _open(qtbot, database, admin)
    assert page.metrics["people"].value.text() == "11"  # 6 members, 5 fair-goers
    assert page.metrics["events"].value.text() == "1"
    assert page.metrics["visits_today"].value.text() == "3"

    today = page.today_card
    assert today.stats["insideNow"].value.text() == "2"
    assert today.stats["peopleToday"].value.text() == "3"
    assert _numbers(today.note.text()) == [8, 0, 18, 0]  # open 08:00–18:00
    assert today.chart.hours == list(range(8, 18))
    assert today.chart.values() == [1, 2, 2, 0, 0, 0, 0, 0, 0, 0]  # 8, 9 and 10 o'clock
    assert "Yorgelis Rodríguez Peña" in today.inside.text()
    assert "Carmen Quiñónez" in today.inside.text()
    assert "Luis" not in today.inside.text()  # gone at 09:45

    month = page.month_card
    assert month.stats["thisMonth"].value.text() == "3"
    assert month.stats["lastMonth"].value.text() == "2"  # 1 and 2 November
    assert month.stats["thisMonth"].caption.text() == "Diciembre"
    assert month.stats["lastMonth"].caption.text() == "Noviembre"
    assert _numbers(month.note.text()) == [1, 2]  # the days compared
    assert month.chart.values("current") == [0, 3]
    previous = month.chart.values("previous")
    assert len(previous) == 30 and previous[0] == 1 and previous[1] == 2 and previous[-1] == 3
    assert _numbers(month.whole.text()) == [3]
    change = month.stats["change"].value.text()
    assert change.startswith("+") and _numbers(change) == [50]

    fair = page.event_card
    assert fair.name.text() == "Feria de Empleo Inclusiva"
    assert _numbers(fair.filled.text()) == [4, 300]
    assert fair.bar.value() == 4 and fair.bar.maximum() == 300
    assert _numbers(fair.roles.text()) == [3, 0, 1]  # candidates, representatives, visitors
    assert fair.came.isHidden()  # not yet: the fair is next week
    assert _numbers(fair.when.text())[-1] == 8  # in 8 days
    running = fair.chart.values()
    first = fair.chart.first_day
    assert first == date(2026, 11, 25)  # the first registration
    assert len(running) == (date(2026, 12, 2) - first).days + 1  # up to today
    by_day = {first + timedelta(days=i): n for i, n in enumerate(running)}
    assert by_day[date(2026, 11, 25)] == 1  # the cancelled one left out
    assert by_day[date(2026, 11, 28)] == 2 and by_day[date(2026, 12, 1)] == 3
    assert running[-1] == 4
    assert fair.chart.x_axis.categoriesLabels()[-1] == "10/12"  # the axis ends on the fair
    assert fair.empty.isHidden()


def test_on_the_fair_day_the_card_says_who_came_in(qtbot, database, admin, space) -> None:
    with database.unit_of_work(admin) as session:
        first = session.scalars(
            select(Registration)
            .where(Registration.cancelled_at.is_(None))
            .order_by(Registration.id)
        ).first()
        first.checked_in_at = at(10, 9, 5)
    page = _open(qtbot, database, admin, clock=at(10, 11))
    fair = page.event_card
    assert fair.name.text() == "Feria de Empleo Inclusiva"
    assert not fair.came.isHidden()
    assert _numbers(fair.came.text()) == [1, 0, 0]  # one candidate in; no one else yet
    assert _numbers(fair.when.text())[:1] == [10]
    running = fair.chart.values()
    assert running[-1] == 4 and fair.chart.first_day + timedelta(len(running) - 1) == FAIR_DAY


def test_a_new_visit_shows_up_at_the_next_refresh(qtbot, database, admin, space) -> None:
    page = _open(qtbot, database, admin)
    assert page.refresh_timer.isActive()
    assert page.refresh_timer.interval() == 30_000
    loads = page.loads
    _scan(database, admin, space, 5, NOW)
    page.refresh_timer.timeout.emit()  # as if 30 seconds had passed
    assert page.loading and page.loads == loads + 1
    assert page.metrics["visits_today"].value.text() == "3"  # the last figures meanwhile
    qtbot.waitUntil(lambda: not page.loading)
    assert page.metrics["visits_today"].value.text() == "4"
    assert page.today_card.stats["insideNow"].value.text() == "3"
    assert page.today_card.chart.values()[2] == 3
    assert page.month_card.chart.values("current") == [0, 4]


def test_no_second_load_runs_while_one_is_on_its_way(qtbot, database, admin, space) -> None:
    page = HomePage(database, admin, "Coworking Manta", clock=lambda: NOW)
    qtbot.addWidget(page)
    assert page.loading and page.loads == 1
    page.refresh_timer.timeout.emit()  # the timer,
    page.refresh()  # the window (when the page comes back),
    page.resize(1024, 700)
    page.show()  # and the page's own showing: none starts a second load
    assert page.loads == 1
    qtbot.waitUntil(lambda: not page.loading)
    qtbot.wait(50)
    assert page.loads == 1 and page.figures is not None
    page.refresh()  # once it has ended, the next one runs
    assert page.loading and page.loads == 2
    qtbot.waitUntil(lambda: not page.loading)


def test_showing_the_page_again_reloads_and_the_timer_runs_only_while_visible(
    qtbot, database, admin, space
) -> None:
    page = _open(qtbot, database, admin)
    page.hide()
    assert not page.refresh_timer.isActive()
    _scan(database, admin, space, 5, NOW)
    loads = page.loads
    page.show()
    assert page.refresh_timer.isActive() and page.loads == loads + 1
    qtbot.waitUntil(lambda: not page.loading)
    assert page.metrics["visits_today"].value.text() == "4"


def test_the_main_window_reloads_home_when_coming_back(qtbot, database, admin, space) -> None:
    window = MainWindow(database, admin)
    qtbot.addWidget(window)
    window.show()
    home = window.page_widgets["home"]
    assert isinstance(home, HomePage)
    qtbot.waitUntil(lambda: home.figures is not None and not home.loading)
    assert home.figures.site_id == space.site_id  # the station's current site
    window.show_page("people")
    assert not home.refresh_timer.isActive()
    loads = home.loads
    window.show_page("home")
    assert home.loads == loads + 1
    assert home.refresh_timer.isActive()
    qtbot.waitUntil(lambda: not home.loading)
    assert home.loads == loads + 1  # the window's call and the page's own made one load


def test_three_columns_on_a_wide_window_two_on_a_small_one(qtbot, database, admin, space):
    page = _open(qtbot, database, admin, width=1044, height=760)  # 1280×800 less the sidebar
    assert page.columns == 3
    scroll = page.findChild(QScrollArea, "homeScroll")
    assert scroll.widget().width() <= scroll.viewport().width()
    page.resize(788, 640)  # 1024×700 less the sidebar
    qtbot.waitUntil(lambda: page.columns == 2)
    qtbot.wait(20)
    assert scroll.widget().width() <= scroll.viewport().width()  # nothing cut on the right
    for chart in (page.today_card.chart, page.month_card.chart, page.event_card.chart):
        assert chart.width() >= 300  # room for an hour or a date under each mark


def test_an_empty_database_shows_quiet_cards(qtbot, database, admin) -> None:
    page = _open(qtbot, database, admin, clock=NOW)
    assert page.metrics["people"].value.text() == "0"
    assert page.today_card.stats["insideNow"].value.text() == "0"
    assert page.today_card.chart.values() == [0] * 10
    assert page.month_card.stats["change"].value.text() == "—"  # nothing to compare with
    assert page.month_card.chart.values("current") == [0, 0]
    assert not page.event_card.empty.isHidden()
    assert page.event_card.chart.isHidden() and page.event_card.name.isHidden()
