"""Booking rules, enforced by the services on both engines, each refusal naming its rule."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
from sqlalchemy import func, select

from coworking.core import accounts, availability, bookings, sites
from coworking.core.bookings import RuleRefused
from coworking.core.errors import PermissionDenied
from coworking.db.database import Database
from coworking.db.enums import Role
from coworking.db.models import Booking, BookingCell, StaffUser
from tests.cowork_data import TUESDAY, Space, at, build_space

pytestmark = pytest.mark.date_sensitive


@pytest.fixture
def front_desk_user(database: Database, admin: StaffUser) -> StaffUser:
    with database.unit_of_work(admin) as session:
        return accounts.create_user(
            session, admin, "recepcion", "Rosa Quiñónez", Role.FRONT_DESK, "recepcion-123"
        )


@pytest.fixture
def space(database: Database, admin: StaffUser) -> Space:
    return build_space(database, admin)


def _book(database, admin, resource, person, starts, ends, now=TUESDAY, **kw) -> int:
    with database.unit_of_work(admin) as session:
        return bookings.book(session, admin, resource, person, starts, ends, now=now, **kw).id


def _refused(database, admin, resource, person, starts, ends, now=TUESDAY) -> RuleRefused:
    with pytest.raises(RuleRefused) as caught:
        _book(database, admin, resource, person, starts, ends, now)
    return caught.value


def test_a_booking_holds_its_quarter_hours_and_a_cancel_frees_them(database, admin, space):
    booking_id = _book(database, admin, space.desks[0], space.people[0], at(1, 10), at(1, 12))
    with database.sessions() as session:
        held = session.scalars(
            select(BookingCell.starts_at).where(BookingCell.booking_id == booking_id)
        ).all()
    assert len(held) == 8 and min(held) == at(1, 10) and max(held) == at(1, 11, 45)
    with database.unit_of_work(admin) as session:
        bookings.cancel(session, admin, booking_id, now=TUESDAY)
    with database.sessions() as session:
        assert session.scalar(select(func.count()).select_from(BookingCell)) == 0
        assert session.get(Booking, booking_id).cancelled_at is not None
    # the time is free again
    _book(database, admin, space.desks[0], space.people[1], at(1, 10), at(1, 12))


@pytest.mark.parametrize(
    ("starts", "ends", "rule", "words"),
    [
        (at(1, 7), at(1, 9), "schedule", "de 08:00 a 18:00"),
        (at(1, 17), at(1, 19), "schedule", "queda fuera"),
        (at(6, 10), at(6, 11), "schedule", "no abre (Cerrado)"),  # Sunday
        (at(25, 10), at(25, 11), "schedule", "Feriado: Navidad"),
        (at(1, 10, 15), at(1, 11), "slot", "turnos de 30 minutos"),
        (at(1, 8), at(1, 8, 30), "past", "ya pasada"),
        (at(1, 9), at(1, 14), "duration", "como máximo 4 h"),
        (datetime(2027, 1, 5, 10, tzinfo=at(1, 1).tzinfo), None, "ahead", "30 días"),
    ],
)
def test_each_rule_refuses_with_its_name_and_why(database, admin, space, starts, ends, rule, words):
    ends = ends or starts + timedelta(hours=1)
    refused = _refused(database, admin, space.desks[0], space.people[0], starts, ends)
    assert refused.rule == rule
    assert f"Regla «{bookings.RULES[rule]}»" in str(refused)
    assert words in str(refused)


def test_overlaps_are_refused_naming_who_holds_the_resource(database, admin, space):
    _book(database, admin, space.desks[0], space.people[0], at(1, 10), at(1, 12))
    refused = _refused(database, admin, space.desks[0], space.people[1], at(1, 11), at(1, 13))
    assert refused.rule == "overlap"
    assert "Escritorio 1" in str(refused) and "10:00 a 12:00" in str(refused)
    assert "María José" in str(refused)
    # end-to-start is not an overlap
    _book(database, admin, space.desks[0], space.people[1], at(1, 12), at(1, 13))
    # one person cannot hold two desks at once
    refused = _refused(database, admin, space.desks[1], space.people[0], at(1, 11), at(1, 12))
    assert refused.rule == "person_overlap"


def test_daily_and_weekly_limits_count_only_active_bookings(database, admin, space):
    person = space.people[0]
    _book(database, admin, space.desks[0], person, at(2, 8), at(2, 12))
    _book(database, admin, space.desks[0], person, at(2, 12), at(2, 16))
    refused = _refused(database, admin, space.desks[1], person, at(2, 16), at(2, 16, 30))
    assert refused.rule == "day" and "8 h" in str(refused)
    week = []
    for day in (3, 4):  # Thursday and Friday: 8 h each, 24 h with Wednesday
        week.append(_book(database, admin, space.desks[0], person, at(day, 8), at(day, 12)))
        week.append(_book(database, admin, space.desks[0], person, at(day, 12), at(day, 16)))
    _book(database, admin, space.desks[0], person, at(5, 9), at(5, 13))  # Saturday: 28 h
    refused = _refused(database, admin, space.desks[1], person, at(1, 9), at(1, 12))
    assert refused.rule == "week" and "30 h" in str(refused)
    with database.unit_of_work(admin) as session:
        bookings.cancel(session, admin, week[0], now=TUESDAY)
    _book(database, admin, space.desks[1], person, at(1, 9), at(1, 12))


def test_rules_are_the_sites_and_can_be_changed(database, admin, space):
    with database.unit_of_work(admin) as session:
        rules = sites.BookingRules(slot_minutes=15, max_booking_minutes=60)
        sites.set_rules(session, admin, space.site_id, rules)
    _book(database, admin, space.desks[0], space.people[0], at(1, 10, 15), at(1, 11, 15))
    refused = _refused(database, admin, space.desks[1], space.people[1], at(1, 10), at(1, 11, 15))
    assert refused.rule == "duration" and "1 h" in str(refused)


def test_holidays_closures_and_holiday_openings(database, admin, space):
    with database.unit_of_work(admin) as session:
        sites.set_closure(session, admin, space.site_id, date(2026, 12, 9), "Fundación de Manta")
        sites.set_closure(
            session, admin, space.site_id, date(2026, 12, 25), "Feria navideña", closed=False
        )
        hours = {h.day: h for h in sites.days_hours(session, space.site_id, date(2026, 12, 7), 20)}
    assert not hours[date(2026, 12, 9)].is_open
    assert hours[date(2026, 12, 9)].note == "Cerrado: Fundación de Manta"
    assert hours[date(2026, 12, 25)].is_open
    assert hours[date(2026, 12, 12)].opens == time(9)  # Saturday
    assert not hours[date(2026, 12, 13)].is_open  # Sunday
    refused = _refused(database, admin, space.desks[0], space.people[0], at(9, 10), at(9, 11))
    assert "Fundación de Manta" in str(refused)
    _book(database, admin, space.desks[0], space.people[0], at(25, 10), at(25, 11))


def test_cancelling_needs_notice_unless_a_mistake_or_a_coordinator(
    database, admin, space, front_desk_user
):
    booking_id = _book(database, admin, space.desks[0], space.people[0], at(1, 10), at(1, 12))
    with database.unit_of_work(admin) as session:
        session.get(Booking, booking_id).created_at = at(1, 8)  # booked early in the day
    late = at(1, 9, 30)
    with pytest.raises(RuleRefused) as caught, database.unit_of_work(front_desk_user) as session:
        bookings.cancel(session, front_desk_user, booking_id, now=late, force=True)
    assert caught.value.rule == "cancel_notice" and "1 h" in str(caught.value)
    with database.unit_of_work(admin) as session:
        bookings.cancel(session, admin, booking_id, now=late, force=True)
    # a booking made a moment ago can be taken back at once (a mistake)
    fresh = _book(database, admin, space.desks[0], space.people[0], at(1, 10), at(1, 12))
    with database.unit_of_work(front_desk_user) as session:
        bookings.cancel(session, front_desk_user, fresh, now=session.get(Booking, fresh).created_at)


def test_move_and_resize_follow_the_same_rules(database, admin, space):
    first = _book(database, admin, space.desks[0], space.people[0], at(1, 10), at(1, 12))
    _book(database, admin, space.desks[1], space.people[1], at(1, 10), at(1, 12))
    with pytest.raises(RuleRefused) as caught, database.unit_of_work(admin) as session:
        bookings.move(session, admin, first, space.desks[1], at(1, 11), at(1, 13), now=TUESDAY)
    assert caught.value.rule == "overlap"
    with database.unit_of_work(admin) as session:
        bookings.move(session, admin, first, space.desks[1], at(1, 12), at(1, 14), now=TUESDAY)
        bookings.move(session, admin, first, space.desks[1], at(1, 12), at(1, 15), now=TUESDAY)
    with database.sessions() as session:
        cells = session.scalars(
            select(BookingCell.resource_id).where(BookingCell.booking_id == first)
        ).all()
    assert cells == [space.desks[1]] * 12
    _book(database, admin, space.desks[0], space.people[2], at(1, 10), at(1, 12))


def test_weekly_series_reports_each_date_it_could_not_book(database, admin, space):
    _book(database, admin, space.room, space.people[1], at(15, 15), at(15, 16))
    with database.unit_of_work(admin) as session:
        result = bookings.book_weekly(
            session,
            admin,
            space.room,
            space.people[0],
            at(1, 15),
            at(1, 17),
            date(2027, 1, 12),
            purpose="Taller de ventas",
            now=TUESDAY,
        )
        booked = [b.starts_at.date() for b in result.booked]
    refused = dict(result.refused)
    assert booked == [date(2026, 12, 1), date(2026, 12, 8), date(2026, 12, 22), date(2026, 12, 29)]
    assert "Sala Manglar" in refused[date(2026, 12, 15)]  # taken by someone else
    assert set(refused) == {date(2026, 12, 15), date(2027, 1, 5), date(2027, 1, 12)}
    assert "anticipación" in refused[date(2027, 1, 5)]
    with database.unit_of_work(admin) as session:
        series = result.series_id
        assert bookings.cancel_series(session, admin, series, from_=at(29, 15), now=at(10, 9)) == 1
        assert bookings.cancel_series(session, admin, series, now=at(10, 9)) == 1  # the 22nd
        assert bookings.cancel_series(session, admin, series, now=at(10, 9)) == 0


def test_free_intervals_for_a_week(database, admin, space):
    _book(database, admin, space.desks[0], space.people[0], at(1, 10), at(1, 12))
    with database.sessions() as session:
        free = availability.free_intervals(session, space.site_id, date(2026, 11, 30), 7)
    first = free[space.desks[0]]
    assert first[:3] == [
        (at(30, 8, month=11), at(30, 18, month=11)),
        (at(1, 8), at(1, 10)),
        (at(1, 12), at(1, 18)),
    ]
    # Saturday short, Sunday absent
    assert (at(5, 9), at(5, 13)) in first and all(s.day != 6 for s, _ in first)
    assert set(free) == {*space.desks, space.room}


def test_front_desk_books_but_does_not_change_the_rules(database, admin, space, front_desk_user):
    _book(database, front_desk_user, space.desks[0], space.people[0], at(1, 10), at(1, 11))
    with pytest.raises(PermissionDenied), database.unit_of_work(front_desk_user) as session:
        sites.set_rules(session, front_desk_user, space.site_id, sites.BookingRules())


def test_the_database_itself_refuses_an_overlap_the_checks_missed(
    database, admin, space, monkeypatch
):
    """As when two stations pass the checks at the same moment: the cells' key decides."""
    _book(database, admin, space.desks[0], space.people[0], at(1, 10), at(1, 12))
    monkeypatch.setattr(bookings, "check", lambda *args, **kwargs: None)
    refused = _refused(database, admin, space.desks[0], space.people[1], at(1, 11, 45), at(1, 13))
    assert refused.rule == "overlap" and "otra estación" in str(refused)
    with database.sessions() as session:
        assert session.scalar(select(func.count()).select_from(Booking)) == 1
    _book(database, admin, space.desks[0], space.people[1], at(1, 12), at(1, 13))
