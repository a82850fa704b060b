"""A small job fair to test against: an event, two employers with booths and vacancies, and
registered candidates and representatives (built through the services, so it is audited)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from coworking.core import fairs, people, registrations
from coworking.core.people import PersonInput
from coworking.db.database import Database
from coworking.db.enums import DocumentType, EventKind, RegistrationRole, Sex
from coworking.db.models import StaffUser

RUCS = ("1392328601001", "1391394411001", "1397715162001")
NAMES = [
    ("María José", "Núñez Zambrano"),
    ("Luis Ángel", "Pérez Ibáñez"),
    ("Ana Lucía", "Álvarez Mendoza"),
    ("Yorgelis", "Rodríguez Peña"),
    ("Carlos", "Vera Cedeño"),
    ("Génesis", "Zambrano Loor"),
]


@dataclass
class Fair:
    event_id: int
    other_event_id: int
    employer_ids: list[int]
    vacancy_ids: list[int]
    registration_ids: list[int] = field(default_factory=list)
    codes: list[str] = field(default_factory=list)
    rep_code: str = ""
    unregistered_person_id: int = 0


def make_person(session, actor: StaffUser, given: str, family: str) -> int:
    data = PersonInput(
        given_names=given,
        family_names=family,
        document_type=DocumentType.NONE,
        nationality="VE",
        sex=Sex.WOMAN,
        birth_date=date(1995, 5, 17),
    )
    person = people.create_person(
        session, actor, data, ["registro"], not_duplicate_of=frozenset(range(0, 100000))
    )
    return person.id


def build_fair(
    database: Database,
    admin: StaffUser,
    candidates: int = 5,
    held_on: date = date(2026, 12, 3),
) -> Fair:
    with database.unit_of_work(admin) as session:
        actor = session.get(StaffUser, admin.id)
        event = fairs.save_event(
            session,
            actor,
            fairs.EventInput(
                "Feria de Empleo Manta",
                EventKind.JOB_FAIR,
                "Malecón",
                held_on,
                held_on,
                500,
            ),
        )
        other = fairs.save_event(
            session,
            actor,
            fairs.EventInput(
                "Feria de Empleo Portoviejo",
                EventKind.JOB_FAIR,
                "Coliseo",
                held_on + timedelta(days=63),
                held_on + timedelta(days=63),
                300,
            ),
        )
        employers = [
            fairs.save_employer(
                session, actor, fairs.EmployerInput(ruc, name, "C", inclusive_commitment=True)
            )
            for ruc, name in zip(
                RUCS[:2], ("Atunera del Pacífico", "Hotel Oro Verde Manta"), strict=True
            )
        ]
        vacancies = []
        for employer in employers:
            fairs.set_booth(session, actor, event.id, employer.id, f"A{employer.id}")
            vacancies.append(
                fairs.save_vacancy(
                    session,
                    actor,
                    fairs.VacancyInput(employer.id, "Operario/a de planta", "9329", positions=10),
                )
            )
        fair = Fair(event.id, other.id, [e.id for e in employers], [v.id for v in vacancies])
        for given, family in (NAMES * 10)[:candidates]:
            person_id = make_person(session, actor, given, family)
            reg = registrations.register(session, actor, event.id, person_id)
            fair.registration_ids.append(reg.id)
            fair.codes.append(reg.badge_code)
        rep = make_person(session, actor, "Roberto", "Intriago Mero")
        reg = registrations.register(
            session,
            actor,
            event.id,
            rep,
            RegistrationRole.EMPLOYER_REP,
            employer_id=employers[0].id,
        )
        fair.rep_code = reg.badge_code
        fair.unregistered_person_id = make_person(session, actor, "Walter", "Sin Inscripción")
    return fair


def namesakes(database: Database, admin: StaffUser) -> tuple[int, int]:
    """Two «Ramón Cedeño Vera»: born 1988 with a cédula in Manta, born 2001 with a passport in
    Santo Domingo."""
    with database.unit_of_work(admin) as session:
        first = people.create_person(
            session,
            admin,
            people.PersonInput(
                "Ramón",
                "Cedeño Vera",
                DocumentType.CEDULA,
                "1710034065",
                birth_date=date(1988, 4, 2),
                canton_code="1308",
            ),
            ["registro"],
        ).id
        second = people.create_person(
            session,
            admin,
            people.PersonInput(
                "Ramón",
                "Cedeño Vera",
                DocumentType.PASSPORT,
                "PA9917251",
                birth_date=date(2001, 9, 30),
                canton_code="2301",
            ),
            ["registro"],
            not_duplicate_of=frozenset(range(0, 100000)),
        ).id
    return first, second
