"""Two front-desk stations, as two real processes, booking the same desks and scanning the same
member cards at the same moment: never two bookings of one resource at one time, never two open
visits of one person, on both engines; and ``coworking checkin CODE --site``."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from datetime import datetime, time, timedelta

import pytest
from sqlalchemy import and_, func, select, update
from sqlalchemy.orm import aliased

from coworking.core import sites
from coworking.core.localtime import local_zone
from coworking.db.base import utcnow
from coworking.db.database import Database
from coworking.db.models import Booking, BookingCell, StaffUser, Visit
from tests.cowork_data import TUESDAY, at, build_space
from tests.stations import run_together

pytestmark = pytest.mark.date_sensitive

STATIONS = ("Recepción norte", "Recepción sur")

BOOKER = textwrap.dedent(
    """
    import json, sys
    from datetime import datetime
    from sqlalchemy import select
    from coworking.core import bookings
    from coworking.core.errors import UserError
    from coworking.db.database import open_database
    from coworking.db.models import StaffUser

    url, now, wishes = sys.argv[1], datetime.fromisoformat(sys.argv[2]), json.loads(sys.argv[3])
    db = open_database(url)
    with db.sessions() as session:
        operator = session.scalars(select(StaffUser).where(StaffUser.username == "admin")).one()
    print("ready", flush=True)
    sys.stdin.readline()  # both stations start together
    results = []
    for resource, person, starts, ends in wishes:
        try:
            with db.unit_of_work(operator) as session:
                bookings.book(session, operator, resource, person,
                              datetime.fromisoformat(starts), datetime.fromisoformat(ends), now=now)
            results.append("ok")
        except bookings.RuleRefused as refused:
            results.append(refused.rule)
    db.dispose()
    print(json.dumps(results), flush=True)
    """
)

SCANNER = textwrap.dedent(
    """
    import json, sys
    from datetime import datetime
    from sqlalchemy import select
    from coworking.core import visits
    from coworking.db.database import open_database
    from coworking.db.models import StaffUser

    url, site, station, cards = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[5:]
    now = datetime.fromisoformat(sys.argv[4])
    db = open_database(url)
    with db.sessions() as session:
        operator = session.scalars(select(StaffUser).where(StaffUser.username == "admin")).one()
    print("ready", flush=True)
    sys.stdin.readline()
    results = []
    for card in cards:
        with db.unit_of_work(operator) as session:
            answer = visits.scan(session, site, card, station, operator, now=now)
            results.append(answer.result.value)
    db.dispose()
    print(json.dumps(results), flush=True)
    """
)


def _overlapping_pairs(database: Database) -> int:
    other = aliased(Booking)
    active = and_(Booking.cancelled_at.is_(None), Booking.no_show_at.is_(None))
    with database.sessions() as session:
        return session.scalar(
            select(func.count())
            .select_from(Booking)
            .join(
                other,
                and_(
                    other.resource_id == Booking.resource_id,
                    other.id > Booking.id,
                    other.starts_at < Booking.ends_at,
                    other.ends_at > Booking.starts_at,
                    other.cancelled_at.is_(None),
                    other.no_show_at.is_(None),
                ),
            )
            .where(active)
        )


def test_two_stations_booking_the_same_desks_at_once_never_double_book(
    database: Database, admin: StaffUser
) -> None:
    space = build_space(database, admin, desks=6, members=6)
    wishes: list[list[list]] = [[], []]
    # each station tries every desk, hour after hour, offset by half an hour: half the wishes
    # of one overlap half of the other's
    for day in (2, 3):
        for desk in space.desks:
            for hour in range(8, 17):
                for n, offset in enumerate((0, 30)):
                    starts = at(day, hour, offset)
                    if starts + timedelta(hours=1) > at(day, 18):
                        continue
                    person = space.people[(desk + hour + 3 * n) % len(space.people)]
                    wishes[n].append(
                        [
                            desk,
                            person,
                            starts.isoformat(),
                            (starts + timedelta(hours=1)).isoformat(),
                        ]
                    )
    answers = run_together(
        [[BOOKER, database.url, TUESDAY.isoformat(), json.dumps(w)] for w in wishes]
    )
    outcomes = [result for answer in answers for result in answer]
    assert set(outcomes) <= {"ok", "overlap", "person_overlap", "day", "week"}
    assert outcomes.count("overlap") > 0 and outcomes.count("ok") > 0
    assert _overlapping_pairs(database) == 0
    with database.sessions() as session:
        booked = session.scalar(select(func.count()).select_from(Booking))
        held = session.scalar(select(func.count()).select_from(BookingCell))
    assert booked == outcomes.count("ok")
    assert held == 4 * booked  # every booking holds its four quarter hours, no more


def test_two_stations_scanning_the_same_cards_make_one_visit_each(
    database: Database, admin: StaffUser
) -> None:
    space = build_space(database, admin, members=40)
    now = at(1, 10).isoformat()
    answers = run_together(
        [[SCANNER, database.url, str(space.site_id), name, now, *space.cards] for name in STATIONS]
    )
    for first, second in zip(*answers, strict=True):
        assert sorted((first, second)) == ["duplicate", "ok"]
    with database.sessions() as session:
        per_person = session.execute(
            select(Visit.person_id, func.count()).group_by(Visit.person_id)
        ).all()
    assert sorted(count for _, count in per_person) == [1] * 40


def _cli(database: Database, code: str, site_id: int) -> tuple[int, dict]:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "coworking",
            "checkin",
            code,
            "--site",
            str(site_id),
            "--station",
            "Terminal",
            "--db",
            database.url,
            "--json",
        ],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
    )
    return result.returncode, json.loads(result.stdout)


def test_command_line_checks_a_member_in_and_out(database: Database, admin: StaffUser) -> None:
    space = build_space(database, admin, members=2)
    today = utcnow().astimezone(local_zone()).date()
    with database.unit_of_work(admin) as session:  # open all day, every day, for a clock-free test
        sites.set_weekly_hours(
            session, admin, space.site_id, {day: (time(0), time(23, 45)) for day in range(7)}
        )
        sites.set_closure(session, admin, space.site_id, today, "Prueba", closed=False)
    code, answer = _cli(database, space.cards[0], space.site_id)
    assert code == 0 and answer["result"] == "ok", answer
    assert answer["title"].startswith("Bienvenida, María José")
    code, answer = _cli(database, space.cards[0], space.site_id)
    assert code == 1 and answer["result"] == "duplicate"  # read twice: not taken as leaving
    with database.unit_of_work(admin) as session:
        session.execute(update(Visit).values(checked_in_at=utcnow() - timedelta(seconds=90)))
    code, answer = _cli(database, space.cards[0], space.site_id)
    assert code == 0 and answer["result"] == "checked_out"
    assert answer["title"].startswith("Hasta pronto")
    code, answer = _cli(database, "NOEXISTE9", space.site_id)
    assert code == 1 and answer["result"] in ("unknown", "invalid")
    with database.sessions() as session:
        visit = session.scalars(select(Visit)).one()
    assert visit.checked_out_at is not None and visit.station == "Terminal"
    assert isinstance(visit.checked_in_at, datetime)
