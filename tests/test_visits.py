"""Front-desk check-in and check-out, walk-in desks, no-shows, the closing sweep and the
occupancy figures, on both engines."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from coworking.core import availability, bookings, merges, occupancy, visits
from coworking.db.database import Database
from coworking.db.enums import CheckInResult
from coworking.db.models import Booking, BookingCell, CheckIn, StaffUser, Visit
from tests.cowork_data import TUESDAY, Space, at, build_space

pytestmark = pytest.mark.date_sensitive

STATION = "Recepción"


@pytest.fixture
def space(database: Database, admin: StaffUser) -> Space:
    return build_space(database, admin)


def _scan(database, admin, space, code, now):
    with database.unit_of_work(admin) as session:
        return visits.scan(session, space.site_id, code, STATION, admin, now=now)


def test_arriving_with_a_booking_checks_it_in_and_leaving_frees_the_rest(database, admin, space):
    with database.unit_of_work(admin) as session:
        booking_id = bookings.book(
            session, admin, space.desks[0], space.people[0], at(1, 10), at(1, 14), now=TUESDAY
        ).id
    answer = _scan(database, admin, space, space.cards[0], at(1, 9, 40))
    assert answer.result == CheckInResult.OK and answer.booking_id == booking_id
    assert answer.title == "Bienvenida, María José Núñez Cedeño"
    assert answer.detail == "Reserva: Escritorio 1 hasta las 14:00."
    again = _scan(database, admin, space, space.cards[0], at(1, 9, 40) + timedelta(seconds=30))
    assert again.result == CheckInResult.DUPLICATE  # a scanner reading twice
    out = _scan(database, admin, space, space.cards[0], at(1, 12, 5))
    assert out.result == CheckInResult.CHECKED_OUT
    assert out.detail == "Salida registrada; estuvo 2 h 25 min."
    with database.sessions() as session:
        booking = session.get(Booking, booking_id)
        visit = session.get(Visit, answer.visit_id)
        cells = session.scalar(
            select(func.count())
            .select_from(BookingCell)
            .where(BookingCell.booking_id == booking_id)
        )
        log = session.scalars(select(CheckIn.result).order_by(CheckIn.id)).all()
    assert booking.checked_in_at == at(1, 9, 40) and booking.ends_at == at(1, 12)
    assert cells == 8  # 10:00 to 12:00, the rest freed at once for others
    assert visit.booking_id == booking_id and visit.checked_out_at == at(1, 12, 5)
    assert not visit.auto_checked_out
    assert log == [CheckInResult.OK, CheckInResult.DUPLICATE, CheckInResult.CHECKED_OUT]


def test_a_walk_in_is_offered_free_desks_and_takes_one(database, admin, space):
    with database.unit_of_work(admin) as session:
        bookings.book(
            session, admin, space.desks[0], space.people[1], at(1, 8, 30), at(1, 12), now=TUESDAY
        )
        bookings.book(
            session, admin, space.desks[1], space.people[2], at(1, 13), at(1, 15), now=TUESDAY
        )
    answer = _scan(database, admin, space, space.cards[0], at(1, 10, 20))
    assert answer.result == CheckInResult.OK and answer.booking_id is None
    assert [(o.name, o.until) for o in answer.offers] == [
        ("Escritorio 3", at(1, 18)),
        ("Escritorio 2", at(1, 13)),
    ]
    assert "Escritorio libre: Escritorio 3 hasta las 18:00." in answer.detail
    with database.unit_of_work(admin) as session:
        desk = visits.take_desk(session, admin, answer.visit_id, space.desks[1], now=at(1, 10, 20))
        assert (desk.starts_at, desk.ends_at) == (at(1, 10, 15), at(1, 13))
        assert desk.checked_in_at == at(1, 10, 20)
    with database.sessions() as session:
        inside = occupancy.who_is_in(session, space.site_id)
    assert [(i.person_name, i.resource_name) for i in inside] == [
        ("María José Núñez Cedeño", "Escritorio 2")
    ]


def test_unknown_and_misread_codes_are_logged_and_refused(database, admin, space):
    unknown = _scan(database, admin, space, "ZZZZZZZZZ", at(1, 10))
    assert unknown.result in (CheckInResult.UNKNOWN, CheckInResult.INVALID)
    misread = _scan(database, admin, space, space.cards[0][:-1] + "#", at(1, 10))
    assert misread.result == CheckInResult.INVALID and "no es un código" in misread.detail
    with database.sessions() as session:
        assert session.scalar(select(func.count()).select_from(CheckIn)) == 2
        assert session.scalar(select(func.count()).select_from(Visit)) == 0


def test_late_bookings_become_no_shows_and_free_the_desk(database, admin, space):
    with database.unit_of_work(admin) as session:
        late = bookings.book(
            session, admin, space.desks[0], space.people[1], at(1, 9), at(1, 11), now=TUESDAY
        ).id
        on_time = bookings.book(
            session, admin, space.desks[1], space.people[2], at(1, 9), at(1, 11), now=TUESDAY
        ).id
    _scan(database, admin, space, space.cards[2], at(1, 9, 10))
    with database.unit_of_work(admin) as session:
        assert visits.mark_no_shows(session, space.site_id, at(1, 9, 14)) == []
        assert visits.mark_no_shows(session, space.site_id, at(1, 9, 15)) == [late]
    with database.sessions() as session:
        assert session.get(Booking, late).no_show_at == at(1, 9, 15)
        assert session.get(Booking, on_time).no_show_at is None
        free = [f.name for f in availability.free_now(session, space.site_id, at(1, 9, 20))]
    assert "Escritorio 1" in free and "Escritorio 2" not in free
    # arriving after being marked: no booking to check in, a desk is offered instead
    answer = _scan(database, admin, space, space.cards[1], at(1, 9, 30))
    assert answer.booking_id is None and "Escritorio 1" in [o.name for o in answer.offers]


def test_repeated_no_shows_are_shown_to_staff(database, admin, space):
    for day in (1, 2, 3):
        with database.unit_of_work(admin) as session:
            bookings.book(
                session,
                admin,
                space.desks[0],
                space.people[3],
                at(day, 9),
                at(day, 10),
                now=TUESDAY,
            )
        with database.unit_of_work(admin) as session:
            visits.mark_no_shows(session, space.site_id, at(day, 10))
    with database.sessions() as session:
        rows = visits.repeated_no_shows(session, space.site_id, at(4, 8))
    assert [(r.person_name, r.count) for r in rows] == [("Andrés Zambrano", 3)]
    answer = _scan(database, admin, space, space.cards[3], at(4, 9))
    assert answer.no_shows == 3


def test_closing_time_checks_out_whoever_is_still_in(database, admin, space):
    _scan(database, admin, space, space.cards[0], at(1, 16))
    _scan(database, admin, space, space.cards[1], at(1, 17, 30))
    with database.unit_of_work(admin) as session:
        assert visits.sweep(session, space.site_id, at(1, 17, 59)) == (0, 0)
        assert visits.sweep(session, space.site_id, at(1, 18, 1)) == (0, 2)
    with database.sessions() as session:
        closed = session.scalars(select(Visit)).all()
    assert {v.checked_out_at for v in closed} == {at(1, 18)}
    assert all(v.auto_checked_out for v in closed)
    # nobody left open over several days: a station started days later closes at that day's time
    _scan(database, admin, space, space.cards[2], at(5, 12))  # Saturday, closes 13:00
    with database.unit_of_work(admin) as session:
        visits.sweep(session, space.site_id, at(7, 9))
    with database.sessions() as session:
        saturday = session.scalar(select(Visit).where(Visit.person_id == space.people[2]))
    assert saturday.checked_out_at == at(5, 13) and saturday.auto_checked_out


def test_occupancy_by_hour_counts_people_once_and_crosses_hours(database, admin, space):
    _scan(database, admin, space, space.cards[0], at(1, 9, 45))
    _scan(database, admin, space, space.cards[1], at(1, 10, 5))
    _scan(database, admin, space, space.cards[0], at(1, 11, 30))  # out
    _scan(database, admin, space, space.cards[0], at(1, 11, 50))  # back in
    with database.unit_of_work(admin) as session:
        visits.sweep(session, space.site_id, at(1, 19))
    with database.sessions() as session:
        hours = occupancy.present_by_hour(
            session, space.site_id, date(2026, 12, 1), date(2026, 12, 1)
        )[date(2026, 12, 1)]
        days = occupancy.by_day(session, space.site_id, date(2026, 12, 1), date(2026, 12, 2))
    assert hours[8] == 0 and hours[9] == 1 and hours[10] == 2 and hours[11] == 2
    assert hours[17] == 2 and hours[18] == 0
    assert (days[0].visits, days[0].people) == (3, 2)
    assert (days[1].visits, days[1].people) == (0, 0)


def test_the_board_shows_free_occupied_and_reserved(database, admin, space):
    with database.unit_of_work(admin) as session:
        bookings.book(
            session, admin, space.desks[0], space.people[0], at(1, 10), at(1, 12), now=TUESDAY
        )
        bookings.book(
            session, admin, space.desks[1], space.people[1], at(1, 10), at(1, 12), now=TUESDAY
        )
        bookings.book(
            session, admin, space.room, space.people[2], at(1, 15), at(1, 16), now=TUESDAY
        )
    _scan(database, admin, space, space.cards[0], at(1, 10))
    with database.sessions() as session:
        board = {r.name: r for r in occupancy.board(session, space.site_id, at(1, 10, 5))}
        closed = occupancy.board(session, space.site_id, at(1, 19))
    assert board["Escritorio 1"].state == occupancy.OCCUPIED
    assert board["Escritorio 1"].until == at(1, 12)
    assert board["Escritorio 2"].state == occupancy.RESERVED
    assert board["Escritorio 3"].state == occupancy.FREE
    assert board["Escritorio 3"].until == at(1, 18)
    assert board["Sala Manglar"].state == occupancy.FREE
    assert board["Sala Manglar"].until == at(1, 15)
    assert {r.state for r in closed} == {occupancy.CLOSED}


def test_a_desk_is_free_on_the_board_and_for_walk_ins_as_soon_as_its_user_leaves(
    database, admin, space
):
    with database.unit_of_work(admin) as session:
        bookings.book(
            session, admin, space.desks[0], space.people[0], at(1, 10), at(1, 14), now=TUESDAY
        )
    _scan(database, admin, space, space.cards[0], at(1, 10))
    _scan(database, admin, space, space.cards[0], at(1, 11, 10))  # leaves early
    with database.sessions() as session:
        board = {r.name: r for r in occupancy.board(session, space.site_id, at(1, 11, 12))}
        offered = [f.name for f in availability.free_now(session, space.site_id, at(1, 11, 12))]
    assert board["Escritorio 1"].state == occupancy.FREE
    assert "Escritorio 1" in offered


def test_a_walk_in_desk_stops_at_the_persons_own_next_booking(database, admin, space):
    with database.unit_of_work(admin) as session:
        bookings.book(
            session, admin, space.room, space.people[0], at(1, 15), at(1, 16), now=TUESDAY
        )
    answer = _scan(database, admin, space, space.cards[0], at(1, 10, 5))
    assert answer.later_booking == ("Sala Manglar", at(1, 15))
    assert {offer.until for offer in answer.offers} == {at(1, 15)}  # what she could keep
    with database.unit_of_work(admin) as session:
        desk = visits.take_desk(
            session, admin, answer.visit_id, answer.offers[0].resource_id, now=at(1, 10, 5)
        )
        assert (desk.starts_at, desk.ends_at) == (at(1, 10), at(1, 14))  # 4 h at most
    answer = _scan(database, admin, space, space.cards[1], at(1, 14, 50))
    with database.unit_of_work(admin) as session:
        bookings.book(
            session, admin, space.room, space.people[1], at(1, 16), at(1, 17), now=at(1, 14, 50)
        )
        desk = visits.take_desk(session, admin, answer.visit_id, space.desks[2], now=at(1, 14, 50))
        assert desk.ends_at == at(1, 16)


def test_merging_two_records_both_checked_in_keeps_one_open_visit(database, admin, space):

    _scan(database, admin, space, space.cards[0], at(1, 9))
    _scan(database, admin, space, space.cards[1], at(1, 9, 5))
    with database.unit_of_work(admin) as session:
        merges.merge(session, admin, space.people[0], space.people[1])
    with database.sessions() as session:
        mine = session.scalars(select(Visit).where(Visit.person_id == space.people[0])).all()
    assert len(mine) == 2 and sum(v.checked_out_at is None for v in mine) == 1


def test_a_short_stay_reads_in_minutes_only(database, admin, space):
    _scan(database, admin, space, space.cards[1], at(1, 9, 0))
    out = _scan(database, admin, space, space.cards[1], at(1, 9, 8))
    assert out.result == CheckInResult.CHECKED_OUT
    assert out.detail == "Salida registrada; estuvo 8 min."  # never «0 h 08 min»
