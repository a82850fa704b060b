"""What the door and the desk say: neutral greetings when the sex is not recorded, the next
step after «cancelada» or «otro evento», and the clues that tell namesakes apart."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from coworking.core import checkin, people, person_clues, registrations, visits
from coworking.core.greetings import welcome
from coworking.core.person_clues import Clues, mask_document
from coworking.db.database import Database
from coworking.db.enums import CheckInResult, RegistrationRole, Sex
from coworking.db.models import Person, Registration, StaffUser
from tests.cowork_data import at, build_space
from tests.fair_data import build_fair, namesakes

pytestmark = pytest.mark.date_sensitive


def test_greetings_are_gendered_only_when_the_sex_is_recorded() -> None:
    assert welcome(Sex.WOMAN, "Ana") == "Bienvenida, Ana"
    assert welcome(Sex.MAN, "Ramón") == "Bienvenido, Ramón"
    for sex in (None, Sex.OTHER, Sex.UNDISCLOSED):
        assert welcome(sex, "Ramón") == "Hola, Ramón"


def _set_sex(database: Database, admin: StaffUser, person_id: int, sex: Sex | None) -> None:
    with database.unit_of_work(admin) as session:
        session.get(Person, person_id).sex = sex


def test_door_and_desk_greet_a_person_without_recorded_sex_neutrally(
    database: Database, admin: StaffUser
) -> None:
    fair = build_fair(database, admin)
    with database.sessions() as session:
        person_id = session.get(Registration, fair.registration_ids[1]).person_id
    _set_sex(database, admin, person_id, None)
    with database.unit_of_work(admin) as session:
        answer = checkin.scan(session, fair.event_id, fair.codes[1], "Puerta 1", admin)
    assert answer.title == "Hola, Luis Ángel Pérez Ibáñez"
    assert "/" not in answer.title
    with database.unit_of_work(admin) as session:
        wrong = checkin.scan(session, fair.other_event_id, fair.codes[0], "Puerta 1", admin)
    assert "inscrito/a" not in wrong.detail and "Feria de Empleo Manta" in wrong.detail

    space = build_space(database, admin)
    _set_sex(database, admin, space.people[1], Sex.UNDISCLOSED)
    with database.unit_of_work(admin) as session:
        desk = visits.scan(session, space.site_id, space.cards[1], "Recepción", admin, now=at(1, 9))
    assert desk.title == "Hola, Luis Ángel Pérez"


def test_register_here_restores_a_cancelled_registration_and_admits(
    database: Database, admin: StaffUser
) -> None:
    fair = build_fair(database, admin)
    with database.unit_of_work(admin) as session:
        registrations.cancel(session, admin, fair.registration_ids[2])
        person_id = session.get(Registration, fair.registration_ids[2]).person_id
    with database.unit_of_work(admin) as session:
        answer = checkin.register_here(session, fair.event_id, person_id, "Puerta 1", admin)
    assert answer.result == CheckInResult.OK and answer.person_id == person_id
    assert answer.registration_id == fair.registration_ids[2]  # the same badge, restored
    with database.sessions() as session:
        registration = session.get(Registration, fair.registration_ids[2])
        assert registration.cancelled_at is None and registration.checked_in_at is not None


def test_register_here_registers_someone_from_another_event(
    database: Database, admin: StaffUser
) -> None:
    fair = build_fair(database, admin)
    with database.unit_of_work(admin) as session:
        answer = checkin.register_here(
            session,
            fair.event_id,
            fair.unregistered_person_id,
            "Puerta 1",
            admin,
            RegistrationRole.VISITOR,
        )
    assert answer.admitted and answer.role == RegistrationRole.VISITOR
    with database.sessions() as session:
        registration = session.scalar(
            select(Registration).where(
                Registration.person_id == fair.unregistered_person_id,
                Registration.event_id == fair.event_id,
            )
        )
        assert registration.source == "door"


def test_clues_show_year_document_end_and_canton(database: Database, admin: StaffUser) -> None:
    full, _passport = namesakes(database, admin)
    with database.unit_of_work(admin) as session:
        bare = people.create_person(
            session,
            admin,
            people.PersonInput("Ramón", "Cedeño"),
            ["registro"],
            not_duplicate_of=frozenset(range(0, 100000)),
        ).id
    with database.sessions() as session:
        found = person_clues.clues(session, [full, bare])
    assert found[full] == Clues(1988, "…4065", "Manta")
    assert found[bare] == Clues(None, None, None)
    assert mask_document("AB12") == "…12" and mask_document(" ") is None
