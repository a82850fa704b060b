"""A small co-working for service tests: the first-run site, desks, a room and members."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from coworking.core import codes, sites
from coworking.core.localtime import local_zone
from coworking.core.people import tokens
from coworking.core.setup import current_site
from coworking.db.database import Database
from coworking.db.enums import ResourceKind, Sex
from coworking.db.models import Person, PersonToken, StaffUser
from tests.consent_data import consenting

ZONE = local_zone()
TUESDAY = datetime(2026, 12, 1, 8, 30, tzinfo=ZONE)  # an ordinary working Tuesday


def at(day: int, hour: int, minute: int = 0, month: int = 12, year: int = 2026) -> datetime:
    """A local moment, by default in December 2026."""
    return datetime(year, month, day, hour, minute, tzinfo=ZONE)


@dataclass
class Space:
    site_id: int
    desks: list[int]
    room: int
    people: list[int]
    cards: list[str]


def build_space(database: Database, admin: StaffUser, desks: int = 3, members: int = 4) -> Space:
    with database.unit_of_work(admin) as session:
        site = current_site(session)
        assert site is not None
        desk_ids = [
            sites.save_resource(
                session, admin, site.id, sites.ResourceInput(ResourceKind.DESK, f"Escritorio {n}")
            ).id
            for n in range(1, desks + 1)
        ]
        room = sites.save_resource(
            session,
            admin,
            site.id,
            sites.ResourceInput(ResourceKind.ROOM, "Sala Manglar", 8, ["Proyector", "Pizarra"]),
        ).id
        names = [
            ("María José", "Núñez Cedeño", Sex.WOMAN),
            ("Luis Ángel", "Pérez", Sex.MAN),
            ("Yorgelis", "Rodríguez Peña", Sex.WOMAN),
            ("Andrés", "Zambrano", Sex.MAN),
            ("Carmen", "Quiñónez", Sex.WOMAN),
            ("Jhon", "Ortiz", Sex.MAN),
        ]
        people = [
            Person(
                given_names=names[n % len(names)][0],
                family_names=names[n % len(names)][1],
                sex=names[n % len(names)][2],
                member_code=codes.new_code(),
            )
            for n in range(members)
        ]
        session.add_all(people)
        session.flush()
        session.add_all(
            PersonToken(person_id=p.id, token=token) for p in people for token in tokens(p)
        )  # so that name search finds them
        consenting(session, [p.id for p in people])  # members use the space: «registro»
        return Space(
            site.id, desk_ids, room, [p.id for p in people], [p.member_code or "" for p in people]
        )
