"""A two-day job fair with every case its summary must count, built through the services.

Candidates of every sex, age bracket edge, group and nationality (and without them); some come
in, some cancel; a pair of records of one person, both registered, merged afterwards; arrivals at
23:55 on the first local day and 00:05 on the second; employers with and without
representatives in, vacancies, booth interactions and outcomes (one candidate offered, then
hired; one outcome after the report's date). A second event holds rows that must not count.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta

from coworking.core import checkin, fairs, interactions, merges, outcomes, people, registrations
from coworking.core.interactions import InteractionInput
from coworking.core.localtime import local_zone
from coworking.core.outcomes import OutcomeInput
from coworking.core.people import PersonInput
from coworking.db.database import Database
from coworking.db.enums import (
    DocumentType,
    EventKind,
    InteractionKind,
    OutcomeStatus,
    PopulationGroup,
    RegistrationRole,
    Sex,
)
from coworking.db.models import StaffUser

FIRST_DAY = date(2026, 10, 14)
LAST_DAY = date(2026, 10, 15)
AS_OF = datetime(2026, 11, 20, 17, 0, tzinfo=UTC)  # noon in Ecuador
RECORDED_ON = date(2026, 11, 24)  # the day outcomes are typed in
RUCS = ("1392328601001", "1391394411001", "1397715162001", "0990017212001")
W, M, X, U = Sex.WOMAN, Sex.MAN, Sex.OTHER, Sex.UNDISCLOSED
HOST, MIGRANT = PopulationGroup.HOST, PopulationGroup.MIGRANT_DESTINATION
TRANSIT, RETURNEE = PopulationGroup.IN_TRANSIT, PopulationGroup.RETURNEE

# name, sex, birth date, group, nationality, disability, what happens: a local arrival
# ("day hh:mm"), "cancel", "undo" (let in, then taken back) or "" (registered only)
CANDIDATES = [
    ("María José Núñez", W, date(1996, 10, 16), MIGRANT, "VE", None, "1 09:02"),  # 29: youth
    ("Luis Ángel Pérez", M, date(1996, 10, 15), MIGRANT, "VE", "visual", "1 09:07"),  # 30
    ("Ana Lucía Álvarez", W, date(2008, 10, 15), HOST, "EC", None, "1 09:14"),  # 18 that day
    ("Yorgelis Rodríguez", W, date(2009, 10, 16), TRANSIT, "VE", None, "1 09:31"),  # 16
    ("Carlos Vera", M, date(1966, 10, 15), RETURNEE, "EC", None, "1 10:50"),  # 60
    ("Génesis Zambrano", X, date(1966, 10, 16), None, "CO", "  ", "1 23:55"),  # 59
    ("Wilmer Quiñónez", U, None, HOST, "CO", None, "2 00:05"),
    ("Andreína Salas", None, date(2026, 10, 20), None, None, None, "2 08:45"),  # born after
    ("Pedro Cevallos", M, date(1990, 1, 31), MIGRANT, "PE", "auditiva", "2 09:00"),
    ("Rosa Mendoza", W, date(1985, 6, 2), MIGRANT, "VE", None, ""),
    ("Jhon Caicedo", M, date(2001, 3, 3), HOST, "CO", None, "undo"),  # let in by mistake
    ("Daniela Rivas", W, date(1999, 9, 9), MIGRANT, "VE", None, "cancel"),
    ("Kevin Loor", M, None, None, None, None, "cancel"),
]
KEEP = ("Mariela Torres", W, None, MIGRANT, "VE", None, "1 09:07")  # birth date comes from DUP
DUP = ("Mariela Torres", W, date(1994, 2, 14), None, "CO", None, "2 08:45")


@dataclass
class Built:
    event_id: int
    other_event_id: int
    employers: dict[str, int] = field(default_factory=dict)
    candidates: dict[str, int] = field(default_factory=dict)  # name → registration id
    keep_person_id: int = 0
    dup_person_id: int = 0


def local(day: int, hhmm: str) -> datetime:
    """The UTC moment of ``hhmm`` local time on the fair's ``day`` (1 or 2)."""
    hours, minutes = (int(part) for part in hhmm.split(":"))
    on = FIRST_DAY + timedelta(days=day - 1)
    return datetime.combine(on, time(hours, minutes), tzinfo=local_zone()).astimezone(UTC)


def _person(session, actor, name, sex, birth, group, nationality, disability) -> int:
    given, family = name.split(" ", 1) if name.count(" ") < 2 else name.rsplit(" ", 1)
    data = PersonInput(
        given_names=given,
        family_names=family,
        document_type=DocumentType.NONE,
        nationality=nationality,
        sex=sex,
        birth_date=birth,
        population_group=group,
        disability=disability,
    )
    return people.create_person(
        session,
        actor,
        data,
        ["registro", "estadisticas"],  # counted in the breakdowns
        not_duplicate_of=frozenset(range(100_000)),
    ).id


def _attend(session, actor, event_id: int, registration_id: int, what: str) -> None:
    if what == "cancel":
        registrations.cancel(session, actor, registration_id)
    elif what == "undo":
        answer = checkin.admit(session, event_id, registration_id, "Puerta 2", actor)
        checkin.undo(session, actor, answer.check_in_id)
    elif what:
        day, hhmm = what.split()
        answer = checkin.admit(
            session, event_id, registration_id, "Puerta 1", actor, at=local(int(day), hhmm)
        )
        assert answer.admitted


def new_event(session, actor, name: str, first: date, last: date) -> int:
    data = fairs.EventInput(name, EventKind.JOB_FAIR, "Malecón", first, last, None)
    return fairs.save_event(session, actor, data).id


def build(database: Database, admin: StaffUser) -> Built:
    with database.unit_of_work(admin) as session:
        actor = admin
        built = Built(
            new_event(session, actor, "Feria de Empleo Manta", FIRST_DAY, LAST_DAY),
            new_event(
                session, actor, "Feria de Empleo Portoviejo", date(2026, 9, 2), date(2026, 9, 2)
            ),
        )
        event = built.event_id

        def register(person_id: int, role=RegistrationRole.CANDIDATE, employer=None) -> int:
            return registrations.register(
                session, actor, event, person_id, role, employer_id=employer
            ).id

        for ruc, name in zip(
            RUCS,
            ("Atunera del Pacífico", "Hotel Oro Verde", "Comercial Loor", "Fuera de la Feria"),
            strict=True,
        ):
            built.employers[name] = fairs.save_employer(
                session, actor, fairs.EmployerInput(ruc, name)
            ).id
        atunera, hotel, loor, outside = built.employers.values()
        fairs.set_booth(session, actor, event, atunera, "A1")
        fairs.set_booth(session, actor, event, hotel, "B2")
        fairs.set_booth(session, actor, event, loor, None)
        fairs.set_booth(session, actor, built.other_event_id, atunera, "1")
        vacancy = {}
        for key, employer, positions in (
            ("operario", atunera, 10),
            ("fileteador", atunera, 3),
            ("recepcion", hotel, 2),
            ("fuera", outside, 7),
        ):
            vacancy[key] = fairs.save_vacancy(
                session, actor, fairs.VacancyInput(employer, key.title(), positions=positions)
            ).id

        for spec in CANDIDATES:
            registration = register(_person(session, actor, *spec[:6]))
            built.candidates[spec[0]] = registration
            _attend(session, actor, event, registration, spec[6])
        built.keep_person_id = _person(session, actor, *KEEP[:6])
        built.dup_person_id = _person(session, actor, *DUP[:6])
        keep_reg, dup_reg = register(built.keep_person_id), register(built.dup_person_id)
        _attend(session, actor, event, keep_reg, KEEP[6])
        _attend(session, actor, event, dup_reg, DUP[6])

        # representatives: Atunera has one in and one not, Hotel one not in, Loor none
        rep = RegistrationRole.EMPLOYER_REP
        for name, employer, what in (
            ("Roberto Intriago", atunera, "1 08:30"),
            ("Patricia Mero", atunera, ""),
            ("Jorge Delgado", hotel, ""),
        ):
            person = _person(session, actor, name, M, date(1980, 1, 1), HOST, "EC", None)
            _attend(session, actor, event, register(person, rep, employer), what)
        staff = _person(session, actor, "Lucía Chávez", W, date(1992, 4, 4), HOST, "EC", None)
        _attend(session, actor, event, register(staff, RegistrationRole.STAFF), "1 07:58")
        for name, what in (("Mario Palma", "2 10:20"), ("Irma Bravo", "cancel")):
            visitor = _person(session, actor, name, M, None, None, None, None)
            _attend(session, actor, event, register(visitor, RegistrationRole.VISITOR), what)
        # a candidate registered both as candidate here and at the other event
        elsewhere = registrations.register(
            session, actor, built.other_event_id, _person(session, actor, *CANDIDATES[0][:6])
        ).id

        c = built.candidates
        booth = InteractionKind.BOOTH_VISIT
        for registration, employer, kind in (
            (c["María José Núñez"], atunera, booth),
            (c["María José Núñez"], atunera, InteractionKind.INTERVIEW),
            (c["María José Núñez"], atunera, InteractionKind.CV_RECEIVED),
            (c["Luis Ángel Pérez"], atunera, booth),
            (c["Luis Ángel Pérez"], atunera, InteractionKind.INTERVIEW),
            (c["Ana Lucía Álvarez"], atunera, booth),
            (c["Carlos Vera"], hotel, booth),
            (c["Carlos Vera"], hotel, InteractionKind.INTERVIEW),
            (c["Pedro Cevallos"], hotel, InteractionKind.INTERVIEW),
            (c["Pedro Cevallos"], hotel, InteractionKind.CV_RECEIVED),
            (keep_reg, hotel, booth),
            (dup_reg, hotel, booth),
            (elsewhere, atunera, InteractionKind.INTERVIEW),  # the other event
        ):
            interactions.record(session, actor, InteractionInput(registration, employer, kind))

        for registration, status, on, vacancy_key, employer in (
            (c["María José Núñez"], OutcomeStatus.INTERVIEWED, FIRST_DAY, None, atunera),
            (c["María José Núñez"], OutcomeStatus.OFFERED, date(2026, 10, 20), None, atunera),
            (c["María José Núñez"], OutcomeStatus.HIRED, date(2026, 11, 2), "operario", None),
            (c["Luis Ángel Pérez"], OutcomeStatus.INTERVIEWED, FIRST_DAY, None, atunera),
            (c["Luis Ángel Pérez"], OutcomeStatus.NOT_HIRED, date(2026, 10, 30), None, atunera),
            (c["Carlos Vera"], OutcomeStatus.OFFERED, date(2026, 10, 22), None, hotel),
            (c["Rosa Mendoza"], OutcomeStatus.HIRED, date(2026, 11, 5), "recepcion", None),
            (c["Pedro Cevallos"], OutcomeStatus.HIRED, date(2026, 11, 23), "recepcion", None),
            (keep_reg, OutcomeStatus.INTERVIEWED, LAST_DAY, None, hotel),
            (dup_reg, OutcomeStatus.INTERVIEWED, LAST_DAY, None, hotel),
            (dup_reg, OutcomeStatus.HIRED, date(2026, 11, 10), "recepcion", None),
            (elsewhere, OutcomeStatus.HIRED, date(2026, 9, 20), "operario", None),
        ):
            outcomes.record(
                session,
                actor,
                OutcomeInput(
                    registration,
                    status,
                    on,
                    vacancy[vacancy_key] if vacancy_key else None,
                    employer,
                ),
                today=RECORDED_ON,
            )
        merges.merge(session, actor, built.keep_person_id, built.dup_person_id)
    return built
