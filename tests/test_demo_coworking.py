"""Demo co-working: a year of bookings and visits up to the demo's moment, keeping the services'
rules, on both engines, whatever the day it is made."""

from __future__ import annotations

import hashlib
from collections import Counter
from datetime import date, datetime, time, timedelta

import pytest
from sqlalchemy import func, select, text

from coworking import clock
from coworking.core import availability, bookings, occupancy, reference, sites, visits
from coworking.core.demo import generate, moment_of
from coworking.core.localtime import local_day, local_zone
from coworking.core.setup import current_site
from coworking.db.database import Database, open_database
from coworking.db.engine import sqlite_url
from coworking.db.enums import CheckInResult, ResourceKind
from coworking.db.models import Booking, BookingCell, Person, Resource, StaffUser, Visit

pytestmark = pytest.mark.date_sensitive

ZONE = local_zone()
QUARTER = timedelta(minutes=15)
YEARLY = ((1, 1), (12, 25))  # New Year's Day and Christmas
OVERLAPS = text(
    """
    SELECT count(*) FROM booking a JOIN booking b
      ON a.resource_id = b.resource_id AND a.id < b.id
     AND a.starts_at < b.ends_at AND b.starts_at < a.ends_at
    WHERE a.cancelled_at IS NULL AND a.no_show_at IS NULL
      AND b.cancelled_at IS NULL AND b.no_show_at IS NULL
    """
)


def _local(moment: datetime) -> datetime:
    return moment.astimezone(ZONE)


def _all(session, model) -> list:
    return list(session.scalars(select(model).order_by(model.id)))


def _window(today: date, first: date, starts: tuple[int, int], ends: tuple[int, int]):
    """The yearly stretch from ``starts`` to ``ends`` (month, day) that overlaps most with the
    simulated days before today, cut to them."""
    best: tuple[date, date] | None = None
    for year in (today.year - 1, today.year):
        start = date(year, *starts)
        end = date(year + (ends < starts), *ends)
        start, end = max(start, first), min(end, today - timedelta(days=1))
        if end > start and (best is None or end - start > best[1] - best[0]):
            best = (start, end)
    assert best is not None
    return best


def _first_future(future: list[Booking], came: list[Visit]) -> Booking:
    """The first future booking, not cancelled, of someone who is not in the space now."""
    inside = {v.person_id for v in came if v.checked_out_at is None}
    return min(
        (b for b in future if b.cancelled_at is None and b.person_id not in inside),
        key=lambda b: b.starts_at,
    )


def test_demo_year_of_coworking_keeps_the_rules(database: Database) -> None:
    now = clock.now()
    today = local_day(now)
    with database.unit_of_work() as session:
        summary = generate(session, people=400, seed=5, now=now)
    with database.sessions() as session:
        site = current_site(session)
        assert site is not None
        places = sites.resources(session, site.id)
        booked = _all(session, Booking)
        came = _all(session, Visit)
        first = min(_local(b.starts_at).date() for b in booked)
        last = max(_local(b.starts_at).date() for b in booked)
        hours = {
            h.day: h for h in sites.days_hours(session, site.id, first, (last - first).days + 1)
        }

        # the places: 24 desks and three rooms, with amenities from the program's list
        desks = [r for r in places if r.kind == ResourceKind.DESK]
        assert [r.name for r in desks] == [f"Escritorio {n}" for n in range(1, 25)]
        rooms = {r.name: (r.kind, r.capacity) for r in places if r.kind != ResourceKind.DESK}
        assert rooms == {
            "Sala Manglar": (ResourceKind.ROOM, 8),
            "Sala Montecristi": (ResourceKind.ROOM, 12),
            "Cabina de llamadas": (ResourceKind.OTHER, 1),
        }
        assert all(r.amenities and set(r.amenities) <= set(sites.AMENITIES) for r in places)
        assert summary.resources == len(places) == 27
        assert (summary.bookings, summary.visits) == (len(booked), len(came))
        assert summary.no_shows == sum(b.no_show_at is not None for b in booked)

        # a year of history and two weeks ahead, only for members of the demo
        assert first <= today - timedelta(days=360) and today < last <= today + timedelta(14)
        members = set(session.scalars(select(Person.id).where(Person.member_code.is_not(None))))
        assert {b.person_id for b in booked} | {v.person_id for v in came} <= members

        # no double booking, and the cells hold exactly the active bookings' quarter hours
        assert session.scalar(OVERLAPS) == 0
        active = [b for b in booked if b.cancelled_at is None and b.no_show_at is None]
        assert session.scalar(select(func.count()).select_from(BookingCell)) == sum(
            (b.ends_at - b.starts_at) // QUARTER for b in active
        )
        stray = session.scalar(
            select(func.count())
            .select_from(BookingCell)
            .join(Booking, Booking.id == BookingCell.booking_id)
            .where(
                (Booking.cancelled_at.is_not(None))
                | (Booking.no_show_at.is_not(None))
                | (BookingCell.resource_id != Booking.resource_id)
                | (BookingCell.starts_at < Booking.starts_at)
                | (BookingCell.starts_at >= Booking.ends_at)
            )
        )
        assert stray == 0

        # bookings: on the grid, within the day's opening hours, one a day per person
        per_day = Counter((b.person_id, _local(b.starts_at).date()) for b in booked)
        assert max(per_day.values()) == 1
        for b in booked:
            starts, ends = _local(b.starts_at), _local(b.ends_at)
            walk_in = b.created_at == b.checked_in_at  # given a desk on arrival
            assert starts.minute % (15 if walk_in else 30) == 0 and starts.second == 0
            assert ends.minute % 15 == 0 and ends.second == 0
            assert QUARTER <= ends - starts <= timedelta(minutes=site.max_booking_minutes)
            span = hours[starts.date()].span(ZONE)
            assert span is not None and span[0] <= starts and ends <= span[1], b.id
            assert b.created_at <= now
            if b.created_at > b.starts_at:  # a walk-in's desk, from the quarter of arrival
                assert walk_in and b.created_at < b.starts_at + QUARTER
            assert b.starts_at - b.created_at <= timedelta(days=site.book_ahead_days + 1)
            assert b.created_at <= b.updated_at <= now
            for moment in (b.cancelled_at, b.checked_in_at, b.no_show_at):
                assert moment is None or moment <= now
        # closed on national holidays, and on Christmas and New Year's Day of the years the
        # holiday list shipped does not cover
        listed = reference.national_holidays()
        closed = [d for d in listed if first <= d <= last]
        uncovered = set(range(first.year, last.year + 1)) - {d.year for d in listed}
        closed += [date(y, m, d) for y in sorted(uncovered) for m, d in YEARLY]
        assert not [b for b in booked if _local(b.starts_at).date() in closed]
        assert not [v for v in came if _local(v.checked_in_at).date() in closed]

        # what became of the past bookings: a tenth no-shows, a few cancelled, none pending
        # once the grace time is over (within it, the person may still come)
        grace = timedelta(minutes=site.no_show_grace_minutes)
        past = [b for b in booked if b.starts_at + grace <= now]
        no_shows = [b for b in past if b.no_show_at is not None]
        assert 0.07 <= len(no_shows) / len(past) <= 0.13  # about a tenth, whatever the seed
        assert 0.01 <= sum(b.cancelled_at is not None for b in past) / len(past) <= 0.05
        for b in no_shows:
            assert b.checked_in_at is None and b.starts_at + grace <= b.no_show_at
        resolved = (b.cancelled_at or b.no_show_at or b.checked_in_at for b in past)
        assert all(moment is not None for moment in resolved)
        waiting = [b for b in booked if b.starts_at <= now < b.starts_at + grace]
        assert all(b.no_show_at is None for b in waiting)
        future = [b for b in booked if b.starts_at > now]
        assert len(future) > 30
        assert all(b.checked_in_at is None and b.no_show_at is None for b in future)
        assert any(b.series_id is not None for b in future)

        # visits: within opening hours, tied to their checked-in booking; checked out, but
        # for those still in the space at the demo's moment (on its day, before closing)
        by_id = {b.id: b for b in booked}
        for v in came:
            came_in = _local(v.checked_in_at)
            span = hours[came_in.date()].span(ZONE)
            assert span is not None and span[0] <= came_in <= now, v.id
            if v.checked_out_at is None:
                assert came_in.date() == today and now < span[1] and not v.auto_checked_out
                continue
            went = _local(v.checked_out_at)
            assert came_in < went <= span[1] and went <= now, v.id
            if v.auto_checked_out:
                assert went == span[1] and v.checked_out_by_id is None
            if v.booking_id is not None:
                b = by_id[v.booking_id]
                assert b.person_id == v.person_id and b.checked_in_at == v.checked_in_at
                assert v.checked_in_at <= b.starts_at + grace
        with_booking = Counter(v.booking_id for v in came if v.booking_id is not None)
        assert max(with_booking.values()) == 1
        assert set(with_booking) == {b.id for b in booked if b.checked_in_at is not None}
        assert 0.5 < len(with_booking) / len(came) < 0.95  # walk-ins without a desk too
        assert 0.01 < sum(v.auto_checked_out for v in came) / len(came) < 0.1
        inside = occupancy.who_is_in(session, site.id)
        assert {i.visit_id for i in inside} == {v.id for v in came if v.checked_out_at is None}

        # the rhythm: busiest Tuesday to Thursday, quiet Saturday, closed Sunday
        weekdays = Counter(_local(v.checked_in_at).weekday() for v in came)
        assert weekdays[6] == 0
        assert min(weekdays[1], weekdays[2], weekdays[3]) > 2 * weekdays[5] > 0
        assert weekdays[2] + weekdays[3] > weekdays[0] + weekdays[4]
        mornings = Counter(_local(v.checked_in_at).hour < 12 for v in came)
        assert mornings[True] > mornings[False]

        # and the season: late December nearly empty
        def per_open_day(start: date, end: date) -> float:
            days = [d for d, h in hours.items() if start <= d <= end and h.is_open]
            visits_then = sum(1 for v in came if start <= _local(v.checked_in_at).date() <= end)
            return visits_then / len(days)

        holidays = per_open_day(*_window(today, first, (12, 20), (1, 4)))
        assert holidays < 0.5 * per_open_day(*_window(today, first, (9, 1), (10, 31)))

        # regulars come two to four times a week; occasional members now and then
        per_person = Counter(v.person_id for v in came)
        assert per_person.most_common(1)[0][1] >= 80
        assert sum(1 for n in per_person.values() if n <= 12) >= 20

    # the services take the data as their own
    with database.unit_of_work() as session:
        admin = session.scalars(select(StaffUser).where(StaffUser.username == "admin")).one()
        assert visits.sweep(session, site.id, now) == (0, 0)  # nothing left to resolve
        assert visits.repeated_no_shows(session, site.id, now)
        monday = today - timedelta(days=today.weekday() + 7)  # of the last whole week
        week = occupancy.by_day(session, site.id, monday, monday + timedelta(days=6))
        assert sum(d.visits for d in week) > 0 and week[-1].visits == 0
        first_future = _first_future(future, came)
        code = session.get(Person, first_future.person_id).member_code
        answer = visits.scan(session, site.id, code, "Recepción", admin, now=first_future.starts_at)
        assert answer.result == CheckInResult.OK and answer.booking_id == first_future.id
        next_monday = today + timedelta(days=7 - today.weekday())
        free = availability.free_intervals(session, site.id, next_monday, 5, min_minutes=60)
        resource_id, stretches = next((r, s) for r, s in free.items() if s)
        starts = stretches[0][0]
        loner = session.scalar(
            select(Person.id)
            .where(Person.member_code.is_not(None), Person.id.not_in({b.person_id for b in future}))
            .limit(1)
        )
        new = bookings.book(
            session, admin, resource_id, loner, starts, starts + timedelta(hours=1), now=now
        )
        assert new.id is not None


def _last_open_wednesday(before: date) -> date:
    """The last Wednesday on or before ``before`` that is no holiday."""
    day = before - timedelta(days=(before.weekday() - 2) % 7)
    while day in reference.national_holidays() or (day.month, day.day) in YEARLY:
        day -= timedelta(days=7)
    return day


def test_the_demo_day_runs_until_the_demo_moment(database: Database) -> None:
    """At 10:30 on a working day, people are in, the morning's bookings are checked in or
    missed, and the afternoon's are still to come."""
    now = moment_of(_last_open_wednesday(clock.today()))
    today = local_day(now)
    with database.unit_of_work() as session:
        generate(session, people=400, seed=8, now=now)
    with database.sessions() as session:
        site = current_site(session)
        grace = timedelta(minutes=site.no_show_grace_minutes)
        day_start = datetime.combine(today, datetime.min.time(), ZONE)
        booked = list(
            session.scalars(
                select(Booking).where(
                    Booking.starts_at >= day_start,
                    Booking.starts_at < day_start + timedelta(days=1),
                )
            )
        )
        came = list(session.scalars(select(Visit).where(Visit.checked_in_at >= day_start)))
        inside = [v for v in came if v.checked_out_at is None]
        assert len(inside) >= 3 and all(v.checked_in_at <= now for v in came)
        assert all(v.checked_out_at <= now for v in came if v.checked_out_at is not None)
        assert any(v.checked_out_at is not None for v in came)  # some came and went already
        started = [b for b in booked if b.starts_at + grace <= now and b.cancelled_at is None]
        assert started and all(b.checked_in_at or b.no_show_at for b in started)
        to_come = [b for b in booked if b.starts_at > now]
        assert to_come and all(b.created_at <= now and b.checked_in_at is None for b in to_come)
        board = occupancy.board(session, site.id, now)
        assert sum(r.state == occupancy.OCCUPIED for r in board) >= 1
        assert {i.visit_id for i in occupancy.who_is_in(session, site.id)} == {v.id for v in inside}
    with database.unit_of_work() as session:
        assert visits.sweep(session, site.id, now) == (0, 0)


def _fingerprint(database: Database) -> tuple[dict[str, int], str]:
    digest = hashlib.sha256()
    counts = {}
    with database.sessions() as session:
        for model in (Resource, Booking, BookingCell, Visit):
            columns = model.__table__.columns.keys()
            order = model.__table__.primary_key.columns
            rows = session.execute(select(*model.__table__.columns).order_by(*order)).all()
            counts[model.__tablename__] = len(rows)
            for row in rows:
                digest.update(repr([row._mapping[c] for c in columns]).encode())
    return counts, digest.hexdigest()


def test_same_seed_same_coworking_year(tmp_path) -> None:
    prints = []
    now = clock.now()
    for name, seed in (("a", 2), ("b", 2), ("c", 3)):
        db = open_database(sqlite_url(tmp_path / f"{name}.sqlite3"))
        with db.unit_of_work() as session:
            summary = generate(session, people=250, seed=seed, now=now)
        counts, digest = _fingerprint(db)
        assert counts["booking"] == summary.bookings > 0 and counts["visit"] == summary.visits
        prints.append((counts, digest))
        db.dispose()
    assert prints[0] == prints[1]
    assert prints[0][1] != prints[2][1]


def test_demo_without_members_has_places_and_no_history(tmp_path) -> None:
    db = open_database(sqlite_url(tmp_path / "empty.sqlite3"))
    with db.unit_of_work() as session:
        summary = generate(session, people=0, seed=1)
    assert (summary.resources, summary.bookings, summary.visits) == (27, 0, 0)
    db.dispose()


@pytest.mark.own_day
@pytest.mark.parametrize(
    ("day", "at"),
    [
        (date(2026, 12, 7), time(9, 20)),
        (date(2027, 3, 2), time(9, 2)),
        (date(2027, 6, 10), time(9)),
    ],
)
def test_an_hour_after_opening_someone_has_come(tmp_path, day: date, at: time) -> None:
    """Whatever the draw, the demo's space is not empty once it has been open for an hour."""
    db = open_database(sqlite_url(tmp_path / "early.sqlite3"))
    moment = datetime.combine(day, at, local_zone())
    with db.unit_of_work() as session:
        generate(session, people=500, seed=1, now=moment)
    with db.sessions() as session:
        opens = sites.day_hours(session, current_site(session).id, day).span()[0]
        assert moment - opens >= timedelta(hours=1)  # the demo's space opens at 08:00
        came = session.scalar(
            select(func.count())
            .select_from(Visit)
            .where(Visit.checked_in_at >= opens, Visit.checked_in_at <= moment)
        )
    db.dispose()
    assert came > 0
