"""The home page's figures, on both engines, checked against counts worked out by hand from
the rows the tests write (Ecuador is UTC-5 all year: local midnight is 05:00 UTC)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from coworking.core import dashboard, sites
from coworking.core.dashboard import ROLE_ORDER, cumulative
from coworking.db.database import Database
from coworking.db.enums import EventKind, RegistrationRole
from coworking.db.models import (
    Employer,
    Event,
    EventEmployer,
    Person,
    Registration,
    StaffUser,
    Visit,
)
from tests.cowork_data import Space, at, build_space

pytestmark = pytest.mark.date_sensitive

UTC_OFFSET = timedelta(hours=5)  # local time + 5 h = UTC


def utc(day: date, hour: int, minute: int = 0) -> datetime:
    """A local wall-clock moment in Ecuador, written in UTC without the time-zone database."""
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=UTC) + UTC_OFFSET


@pytest.fixture
def space(database: Database, admin: StaffUser) -> Space:
    return build_space(database, admin, desks=2, members=6)


def _visits(database: Database, admin: StaffUser, space: Space, rows) -> None:
    """``rows``: (person index, in, out or None)."""
    with database.unit_of_work(admin) as session:
        for person, came, left in rows:
            session.add(
                Visit(
                    site_id=space.site_id,
                    person_id=space.people[person],
                    checked_in_at=came,
                    checked_out_at=left,
                )
            )


def _figures(database: Database, site_id: int | None, today: date, now: datetime):
    with database.unit_of_work() as session:
        return dashboard.dashboard(session, site_id, today=today, now=now)


def test_today_starts_and_ends_at_local_midnight(database, admin, space) -> None:
    day = date(2026, 12, 2)  # a Wednesday
    before, after = day - timedelta(days=1), day + timedelta(days=1)
    rows = [
        (0, utc(before, 23, 59), utc(day, 0, 30)),  # came yesterday: not today's visit
        (1, utc(day, 0, 0), utc(day, 0, 40)),  # the first minute of the day
        (2, utc(day, 9, 5), utc(day, 11, 15)),
        (2, utc(day, 14, 0), utc(day, 15, 0)),  # the same person again
        (3, utc(day, 10, 20), None),  # still in
        (4, utc(day, 23, 59), utc(after, 0, 10)),  # the last minute of the day
        (5, utc(after, 0, 0), utc(after, 1, 0)),  # tomorrow
    ]
    _visits(database, admin, space, rows)
    now = utc(day, 16, 30)
    figures = _figures(database, space.site_id, day, now)
    start, end = utc(day, 0, 0), utc(after, 0, 0)
    todays = [r for r in rows if start <= r[1] < end]
    today = figures.coworking
    assert today is not None and today.day == day
    assert (today.visits, today.people) == (len(todays), len({r[0] for r in todays})) == (5, 4)
    assert [p.person_id for p in today.inside] == [space.people[3]]
    # who was in during each local hour, worked out from the rows: an open visit until now
    expected = [0] * 24
    for hour in range(24):
        slot = (utc(day, hour), utc(day, hour) + timedelta(hours=1))
        expected[hour] = len(
            {r[0] for r in rows if r[1] < slot[1] and (r[2] or now) > slot[0] and r[1] < end}
        )
    assert today.by_hour == expected
    assert today.by_hour[0] == 2 and today.by_hour[10] == 2 and today.by_hour[16] == 1
    assert today.by_hour[23] == 1 and today.by_hour[17] == 0  # open visit counted until now
    assert today.hours.opens is not None  # a working day
    # the counters across all sites agree
    assert figures.counts.visits_today == 5
    assert figures.counts.people == 6


def test_a_day_just_after_midnight_has_nothing_of_the_evening_before(database, admin, space):
    day = date(2026, 12, 3)
    _visits(database, admin, space, [(0, utc(day, 0, 0) - timedelta(minutes=1), None)])
    figures = _figures(database, space.site_id, day, utc(day, 0, 20))
    assert figures.coworking.visits == 0
    assert figures.coworking.by_hour[0] == 1  # but still inside after midnight
    assert len(figures.coworking.inside) == 1
    yesterday = _figures(database, space.site_id, day - timedelta(days=1), utc(day, 0, 20))
    assert yesterday.coworking.visits == 1


def test_this_month_against_the_same_days_of_the_last_one(database, admin, space) -> None:
    today = date(2026, 3, 31)  # February has 28 days: every one of them is a «same day»
    rows = [
        (0, utc(date(2026, 1, 31), 23, 30), None),  # January: no part of it
        (1, utc(date(2026, 2, 1), 0, 0), utc(date(2026, 2, 1), 1, 0)),
        (1, utc(date(2026, 2, 14), 9, 0), utc(date(2026, 2, 14), 10, 0)),
        (2, utc(date(2026, 2, 14), 11, 0), utc(date(2026, 2, 14), 12, 0)),
        (2, utc(date(2026, 2, 28), 23, 30), utc(date(2026, 3, 1), 0, 30)),  # 04:30 UTC, 1 March
        (3, utc(date(2026, 3, 1), 0, 0), utc(date(2026, 3, 1), 1, 0)),
        (4, utc(date(2026, 3, 10), 9, 0), utc(date(2026, 3, 10), 10, 0)),
        (5, utc(date(2026, 3, 31), 9, 0), utc(date(2026, 3, 31), 9, 30)),
        (5, utc(date(2026, 4, 1), 0, 0), utc(date(2026, 4, 1), 0, 30)),  # April
    ]
    _visits(database, admin, space, rows)
    month = _figures(database, space.site_id, today, utc(today, 18)).month
    assert month is not None
    assert (month.first, month.previous_first) == (date(2026, 3, 1), date(2026, 2, 1))
    assert len(month.visits) == 31 and len(month.previous_visits) == 28
    march = [r for r in rows if utc(date(2026, 3, 1), 0) <= r[1] < utc(date(2026, 4, 1), 0)]
    february = [r for r in rows if utc(date(2026, 2, 1), 0) <= r[1] < utc(date(2026, 3, 1), 0)]
    assert month.total == len(march) == 3
    assert month.previous_total == len(february) == 4
    assert month.previous_same_days == 4
    assert month.previous_visits[0] == 1 and month.previous_visits[13] == 2
    assert month.previous_visits[27] == 1 and month.visits[0] == 1
    assert month.change_percent == pytest.approx(-25.0)
    assert cumulative(month.visits)[-1] == 3 and cumulative(month.visits)[9] == 2


def test_early_in_the_month_only_the_same_days_are_compared(database, admin, space) -> None:
    today = date(2027, 1, 2)  # the year turns: the last month is December 2026
    rows = [
        (0, utc(date(2026, 12, 1), 9), utc(date(2026, 12, 1), 10)),
        (1, utc(date(2026, 12, 2), 9), utc(date(2026, 12, 2), 10)),
        (2, utc(date(2026, 12, 20), 9), utc(date(2026, 12, 20), 10)),
        (0, utc(date(2027, 1, 2), 9), utc(date(2027, 1, 2), 10)),
        (1, utc(date(2027, 1, 2), 9), utc(date(2027, 1, 2), 10)),
        (2, utc(date(2027, 1, 2), 9), utc(date(2027, 1, 2), 10)),
    ]
    _visits(database, admin, space, rows)
    month = _figures(database, space.site_id, today, utc(today, 12)).month
    assert month.previous_first == date(2026, 12, 1) and len(month.previous_visits) == 31
    assert month.visits == [0, 3]
    assert (month.total, month.previous_same_days, month.previous_total) == (3, 2, 3)
    assert month.change_percent == pytest.approx(50.0)


def test_no_change_without_visits_last_month(database, admin, space) -> None:
    today = date(2026, 12, 2)
    _visits(database, admin, space, [(0, utc(today, 9), utc(today, 10))])
    month = _figures(database, space.site_id, today, utc(today, 12)).month
    assert month.previous_same_days == 0 and month.change_percent is None


def test_visits_of_another_site_stay_out(database, admin, space) -> None:
    day = date(2026, 12, 2)
    with database.unit_of_work(admin) as session:
        other = sites.save_site(session, admin, "Coworking Santo Domingo", "2301").id
        session.add(Visit(site_id=other, person_id=space.people[0], checked_in_at=utc(day, 9)))
    figures = _figures(database, space.site_id, day, utc(day, 12))
    assert figures.coworking.visits == 0 and figures.coworking.inside == []
    assert figures.month.total == 0
    assert figures.counts.visits_today == 1  # the counter is for every site
    elsewhere = _figures(database, other, day, utc(day, 12))
    assert elsewhere.coworking.visits == 1 and len(elsewhere.coworking.inside) == 1


def _event(session, name: str, starts: date, ends: date | None = None, **extra) -> int:
    event = Event(
        kind=EventKind.JOB_FAIR, name=name, starts_on=starts, ends_on=ends or starts, **extra
    )
    session.add(event)
    session.flush()
    return event.id


def test_the_next_event_is_the_one_going_on_or_the_soonest(database, admin, space) -> None:
    today = date(2026, 12, 2)
    with database.unit_of_work(admin) as session:
        other = sites.save_site(session, admin, "Coworking Santo Domingo", "2301").id
        _event(session, "Ya pasó", today - timedelta(days=1))
        elsewhere = _event(
            session, "En otro espacio", today, today + timedelta(days=2), site_id=other
        )
        later = _event(session, "Taller", today + timedelta(days=9), site_id=space.site_id)
        tie = _event(session, "Feria sin espacio", today + timedelta(days=9))
        going_on = _event(
            session, "Feria de tres días", today - timedelta(days=1), today + timedelta(days=1)
        )
    assert later < tie  # the same first day: the one created first

    def chosen(site_id: int | None, day: date) -> int | None:
        event = _figures(database, site_id, day, utc(day, 9)).next_event
        return None if event is None else event.id

    # going on since yesterday, tied to no site: first for every site, and without a site
    assert chosen(space.site_id, today) == chosen(other, today) == going_on
    assert chosen(None, today) == going_on
    assert _figures(database, space.site_id, today, utc(today, 9)).next_event.name == (
        "Feria de tres días"
    )
    with database.unit_of_work(admin) as session:
        session.get(Event, going_on).ends_on = today
    assert chosen(other, today) == going_on  # its last day is still today
    tomorrow = today + timedelta(days=1)
    assert chosen(space.site_id, tomorrow) == later  # not the other site's; the tie by id
    assert chosen(other, tomorrow) == chosen(None, tomorrow) == elsewhere
    assert chosen(other, today + timedelta(days=3)) == tie  # not this site's workshop
    assert chosen(space.site_id, today + timedelta(days=10)) is None
    assert _figures(database, None, today, utc(today, 9)).coworking is None


def test_registrations_by_role_and_added_up_day_by_day(database, admin, space) -> None:
    today = date(2026, 12, 2)
    fair_day = date(2026, 12, 10)
    made = [  # role, created (local), checked in, cancelled
        (RegistrationRole.CANDIDATE, utc(date(2026, 9, 1), 10), False, False),  # long before
        (RegistrationRole.CANDIDATE, utc(date(2026, 11, 20), 23, 30), False, False),
        (RegistrationRole.CANDIDATE, utc(date(2026, 11, 21), 0, 0), False, False),
        (RegistrationRole.CANDIDATE, utc(date(2026, 11, 21), 12, 0), False, True),  # cancelled
        (RegistrationRole.EMPLOYER_REP, utc(date(2026, 11, 25), 9, 0), False, False),
        (RegistrationRole.VISITOR, utc(date(2026, 12, 2), 8, 0), False, False),
        (RegistrationRole.CANDIDATE, utc(date(2026, 12, 2), 23, 0), False, False),  # tonight
    ]
    with database.unit_of_work(admin) as session:
        event_id = _event(session, "Feria", fair_day, capacity=300)
        employer = Employer(ruc="1790012345001", trade_name="Pesquera del Pacífico")
        session.add(employer)
        session.flush()
        session.add(EventEmployer(event_id=event_id, employer_id=employer.id, booth="A1"))
        people = [Person(given_names=f"P{n}", family_names="Prueba") for n in range(len(made))]
        session.add_all(people)
        session.flush()
        for n, (role, created, came, cancelled) in enumerate(made):
            session.add(
                Registration(
                    event_id=event_id,
                    person_id=people[n].id,
                    employer_id=employer.id if role == RegistrationRole.EMPLOYER_REP else None,
                    role=role,
                    badge_code=f"CODE{n:04d}",
                    created_at=created,
                    checked_in_at=created if came else None,
                    cancelled_at=created if cancelled else None,
                )
            )
    event = _figures(database, space.site_id, today, utc(today, 12)).next_event
    assert event is not None and event.capacity == 300 and event.employers == 1
    assert [r.role for r in event.roles] == list(ROLE_ORDER)
    live = [m for m in made if not m[3]]
    assert event.registered == len(live) == 6
    for role in ROLE_ORDER:
        assert event.role(role).registered == sum(m[0] == role for m in live)
    assert event.checked_in == 0
    # the chart runs from the first registration (capped at 90 days before the event)
    assert event.first_day == fair_day - timedelta(days=dashboard.LONGEST_RUN - 1)
    days = [event.first_day + timedelta(days=i) for i in range(len(event.running_total))]
    assert days[-1] == today  # up to today, not yet to the event
    expected = [
        sum(1 for m in live if (m[1] - UTC_OFFSET).date() <= day)  # local date of each
        for day in days
    ]
    assert event.running_total == expected
    by_day = dict(zip(days, event.running_total, strict=True))
    assert by_day[date(2026, 11, 20)] == 2 and by_day[date(2026, 11, 21)] == 3
    assert by_day[date(2026, 12, 1)] == 4 and by_day[today] == 6


def test_a_new_event_without_registrations_still_has_a_chart_span(database, admin, space):
    today = date(2026, 12, 2)
    with database.unit_of_work(admin) as session:
        _event(session, "Taller", today + timedelta(days=3), site_id=space.site_id)
    event = _figures(database, space.site_id, today, utc(today, 9)).next_event
    assert event.registered == 0 and event.capacity is None
    assert event.first_day == today + timedelta(days=3) - timedelta(days=13)
    assert event.running_total == [0] * ((today - event.first_day).days + 1)


def test_counts_keeps_working(database, admin, space) -> None:
    _visits(database, admin, space, [(0, at(2, 9), at(2, 10))])
    with database.unit_of_work() as session:
        figures = dashboard.counts(session, today=date(2026, 12, 2))
    assert (figures.people, figures.visits_today, figures.events) == (6, 1, 0)
