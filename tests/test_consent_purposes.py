"""What the consent text promises is what the program does: each purpose, withdrawn for one
person, changes every place it governs, and consent given again restores them."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from coworking.cli import main
from coworking.core import (
    bookings,
    checkin,
    consents,
    export_rows,
    fairs,
    outcomes,
    people,
    registrations,
    sites,
    visits,
)
from coworking.core.consents import CONTACT, REGISTRATION, STATISTICS, NoConsent
from coworking.core.errors import UserError
from coworking.core.export_indicators import indicator_rows
from coworking.core.export_schema import ExportContext
from coworking.core.registration_import import import_registrations
from coworking.core.report_breakdown import breakdown_blocks
from coworking.core.report_words import Words
from coworking.core.setup import current_site
from coworking.core.summary_coworking import coworking_summary
from coworking.core.summary_fair import fair_summary
from coworking.db.database import Database
from coworking.db.enums import (
    CheckInResult,
    DocumentType,
    EventKind,
    OutcomeStatus,
    PopulationGroup,
    ResourceKind,
    Sex,
)
from coworking.db.models import CheckIn, Person, Registration, StaffUser, Visit
from tests.cowork_data import at

NOW = at(1, 10)  # Tuesday 1 December 2026, 10:00 in Ecuador: the space is open
MONTH = date(2026, 12, 1)
KEY = bytes(range(32))
ALL = list(consents.PURPOSES)


class World:
    """One demo-like person (Yorgelis, a Venezuelan woman in destination) and one other
    (Luis), both with every purpose; a desk, a fair today and one in October where Yorgelis
    was hired; both visited the space and came to today's fair."""

    site_id: int
    desk_id: int
    fair_id: int
    next_fair_id: int
    old_fair_id: int
    yorgelis: int
    luis: int
    badge: str
    card: str


def _person(session, admin, given, family, sex, born, group, nationality, phone, email) -> int:
    data = people.PersonInput(
        given,
        family,
        DocumentType.PASSPORT,
        f"P{abs(hash(given)) % 10**8:08d}",
        nationality=nationality,
        sex=sex,
        birth_date=born,
        population_group=group,
        phone=phone,
        email=email,
    )
    return people.create_person(session, admin, data, ALL).id


def _event(session, admin, name: str, day: date) -> int:
    data = fairs.EventInput(name, EventKind.JOB_FAIR, "Malecón", day, day, 500)
    return fairs.save_event(session, admin, data).id


@pytest.fixture
def world(database: Database, admin: StaffUser, set_clock) -> World:
    set_clock(NOW)
    w = World()
    with database.unit_of_work(admin) as session:
        site = current_site(session)
        assert site is not None
        w.site_id = site.id
        w.desk_id = sites.save_resource(
            session, admin, site.id, sites.ResourceInput(ResourceKind.DESK, "Escritorio 1")
        ).id
        w.yorgelis = _person(
            session,
            admin,
            "Yorgelis",
            "Rondón Peña",
            Sex.WOMAN,
            date(1994, 5, 17),
            PopulationGroup.MIGRANT_DESTINATION,
            "VE",
            "0991234567",
            "yorgelis@correo.ec",
        )
        w.luis = _person(
            session,
            admin,
            "Luis Ángel",
            "Pérez",
            Sex.MAN,
            date(1988, 2, 1),
            PopulationGroup.HOST,
            "EC",
            "0987654321",
            None,
        )
        w.card = people.ensure_member_code(session, admin, w.yorgelis)
        people.ensure_member_code(session, admin, w.luis)
        w.fair_id = _event(session, admin, "Feria de Empleo Manta", NOW.date())
        w.next_fair_id = _event(session, admin, "Feria de Portoviejo", date(2027, 2, 4))
        w.old_fair_id = _event(session, admin, "Feria de Octubre", date(2026, 10, 1))
        employer = fairs.save_employer(
            session, admin, fairs.EmployerInput("1392328601001", "Atunera del Pacífico", "C")
        )
        vacancy = fairs.save_vacancy(
            session, admin, fairs.VacancyInput(employer.id, "Operaria de planta", "9329")
        )
        hired = registrations.register(session, admin, w.old_fair_id, w.yorgelis)
        outcomes.record(
            session,
            admin,
            outcomes.OutcomeInput(
                hired.id, OutcomeStatus.HIRED, date(2026, 10, 5), vacancy_id=vacancy.id
            ),
        )
        for person in (w.yorgelis, w.luis):
            registration = registrations.register(session, admin, w.fair_id, person)
            if person == w.yorgelis:
                w.badge = registration.badge_code
            else:
                checkin.admit(session, w.fair_id, registration.id, "Puerta 1", admin)
            session.add(
                Visit(
                    site_id=site.id,
                    person_id=person,
                    checked_in_at=at(1, 8, 40),
                    checked_out_at=at(1, 9, 30),
                )
            )
    return w


def _withdraw(database: Database, admin: StaffUser, person_id: int, purposes: list[str]) -> None:
    with database.unit_of_work(admin) as session:
        consents.withdraw_consent(session, admin, person_id, purposes)
        assert not set(purposes) & consents.active_purposes(session, person_id)


def _give(database: Database, admin: StaffUser, person_id: int, purposes: list[str]) -> None:
    with database.unit_of_work(admin) as session:
        consents.give_consent(session, admin, person_id, purposes)


# --- «registro»: registration and services ----------------------------------------------------


def _services(database: Database, admin: StaffUser, w: World, tmp_path: Path) -> dict[str, str]:
    """Every place «registro» governs, tried once for Yorgelis; what each one answered."""
    found: dict[str, str] = {}
    with database.unit_of_work(admin) as session:
        try:
            registrations.register(session, admin, w.next_fair_id, w.yorgelis)
            found["register"] = "ok"
        except NoConsent as refused:
            found["register"] = str(refused)
    sheet = tmp_path / "inscritos.csv"
    sheet.write_text(
        "Nombres;Apellidos;Fecha de nacimiento\nYorgelis;Rondón Peña;17/05/1994\n",
        encoding="utf-8-sig",
    )
    report = import_registrations(database, admin, sheet, w.next_fair_id, dry_run=True)
    found["import"] = report.problems[0].message if report.problems else "ok"
    with database.unit_of_work(admin) as session:
        answer = checkin.scan(session, w.fair_id, w.badge, "Puerta 1", admin)
        found["door"] = answer.result.value
        found["door_answer"] = f"{answer.title}. {answer.detail}"
    with database.unit_of_work(admin) as session:
        desk = visits.scan(session, w.site_id, w.card, "Recepción", admin, now=NOW)
        found["desk"] = desk.result.value
        found["desk_answer"] = f"{desk.title}. {desk.detail}"
    with database.unit_of_work(admin) as session:
        try:
            bookings.book(session, admin, w.desk_id, w.yorgelis, at(2, 10), at(2, 11), now=NOW)
            found["booking"] = "ok"
        except NoConsent as refused:
            found["booking"] = str(refused)
    return found


def test_without_registration_no_service_is_given_and_consent_again_restores_them(
    database: Database, admin: StaffUser, world: World, tmp_path: Path
) -> None:
    w = world
    _withdraw(database, admin, w.yorgelis, [REGISTRATION])  # takes the rest with it
    with database.sessions() as session:
        assert consents.active_purposes(session, w.yorgelis) == set()
        assert consents.active_purposes(session, w.luis) == set(ALL)
    refused = _services(database, admin, w, tmp_path)
    assert "no se puede inscribir en un evento" in refused["register"]
    assert "no tiene consentimiento vigente para el registro" in refused["import"]
    assert refused["door"] == refused["desk"] == CheckInResult.NO_CONSENT.value
    assert refused["door_answer"].startswith("Sin consentimiento vigente. Yorgelis Rondón Peña")
    assert "no se le puede admitir" in refused["door_answer"]
    assert "no se registra su entrada" in refused["desk_answer"]
    assert "no se puede hacer una reserva" in refused["booking"]
    with database.sessions() as session:
        # both scans logged as refused; nobody admitted, no visit opened, nothing registered
        logged = session.scalars(
            select(CheckIn.result).where(CheckIn.result == CheckInResult.NO_CONSENT)
        ).all()
        assert len(logged) == 2
        badge = session.scalar(select(Registration).where(Registration.badge_code == w.badge))
        assert badge.checked_in_at is None
        assert session.scalar(select(Visit).where(Visit.checked_out_at.is_(None))) is None
        assert (
            session.scalar(select(Registration).where(Registration.event_id == w.next_fair_id))
            is None
        )

    _give(database, admin, w.yorgelis, [REGISTRATION])
    given = _services(database, admin, w, tmp_path)
    assert given == {
        "register": "ok",
        "import": "ok",
        "door": CheckInResult.OK.value,
        "door_answer": given["door_answer"],
        "desk": CheckInResult.OK.value,
        "desk_answer": given["desk_answer"],
        "booking": "ok",
    }


def test_without_registration_the_command_line_door_refuses_too(
    database: Database, admin: StaffUser, world: World, capsys
) -> None:
    _withdraw(database, admin, world.yorgelis, [REGISTRATION])
    url = database.engine.url.render_as_string(hide_password=False)
    code = main(["checkin", world.badge, "--event", str(world.fair_id), "--db", url, "--json"])
    answer = json.loads(capsys.readouterr().out)
    assert code == 1 and answer["result"] == "no_consent"
    assert answer["title"] == "Sin consentimiento vigente"


def test_a_person_inside_can_always_leave(database: Database, admin: StaffUser, world: World):
    with database.unit_of_work(admin) as session:
        came = visits.scan(session, world.site_id, world.card, "Recepción", admin, now=NOW)
        assert came.result == CheckInResult.OK
    _withdraw(database, admin, world.yorgelis, [REGISTRATION])
    with database.unit_of_work(admin) as session:
        later = NOW + timedelta(hours=1)
        left = visits.scan(session, world.site_id, world.card, "Recepción", admin, now=later)
        assert left.result == CheckInResult.CHECKED_OUT


def test_a_merged_record_answers_with_the_consent_of_the_record_it_was_merged_into(
    database: Database, admin: StaffUser, world: World
) -> None:
    with database.unit_of_work(admin) as session:
        copy = Person(given_names="Yorgelis", family_names="Rondon", merged_into_id=world.yorgelis)
        session.add(copy)
        session.flush()
        copy_id = copy.id
        old = registrations.register(session, admin, world.next_fair_id, world.yorgelis)
        old.person_id = copy_id  # a registration the merge left with the merged record
    with database.sessions() as session:
        assert consents.purposes_by_person(session, [copy_id])[copy_id] == frozenset(ALL)
        assert copy_id not in set(session.scalars(consents.holders(STATISTICS)))
        assert world.yorgelis in set(session.scalars(consents.holders(STATISTICS)))
    _withdraw(database, admin, world.yorgelis, [REGISTRATION])
    with database.unit_of_work(admin) as session:
        assert consents.active_purposes(session, copy_id) == set()
        answer = checkin.admit(session, world.next_fair_id, old.id, "Puerta 1", admin)
        assert answer.result == CheckInResult.NO_CONSENT


# --- «contacto»: contact about jobs and activities ---------------------------------------------


def _contact_places(database: Database, w: World) -> dict[str, object]:
    with database.sessions() as session:
        due = [f for f in outcomes.due_follow_ups(session, NOW.date()) if f.person.startswith("Y")]
        ctx = ExportContext(KEY, NOW.date(), identified=True)
        rows = dict(export_rows.read_people(session, ctx))
    headers = [c.name for c in export_rows_columns("personas")]
    with database.sessions() as session:
        uid = session.get(Person, w.yorgelis).uuid.hex
    row = dict(zip(headers, rows[uid], strict=True))
    return {
        "follow_up": [(f.days, f.phone, f.may_contact) for f in due],
        "export": (row["telefono"], row["correo"], row["consentimiento_contacto"]),
    }


def export_rows_columns(name: str):
    from coworking.core.export_schema import ENTITIES

    entity = next(e for e in ENTITIES if e.name == name)
    return entity.data_columns(identified=True)


def test_without_contact_no_phone_or_email_is_offered_and_consent_again_restores_them(
    database: Database, admin: StaffUser, world: World
) -> None:
    offered = {
        "follow_up": [(30, "+593991234567", True)],  # hired 5 October: the 30-day call is due
        "export": ("+593991234567", "yorgelis@correo.ec", True),
    }
    assert _contact_places(database, world) == offered
    _withdraw(database, admin, world.yorgelis, [CONTACT])
    assert _contact_places(database, world) == {
        "follow_up": [(30, None, False)],  # still listed (ask the employer), «no contactar»
        "export": (None, None, False),
    }
    with database.sessions() as session:  # the other purposes stay
        assert consents.active_purposes(session, world.yorgelis) == {REGISTRATION, STATISTICS}
    _give(database, admin, world.yorgelis, ALL)
    assert _contact_places(database, world) == offered


# --- «estadisticas»: statistics for the municipality -------------------------------------------


def _statistics(database: Database, w: World) -> dict[str, object]:
    with database.sessions() as session:
        rows = indicator_rows(session, w.site_id, [MONTH])
        space = coworking_summary(session, w.site_id, MONTH, date(2026, 12, 31), NOW)
        fair = fair_summary(session, w.fair_id, NOW)
        ctx = ExportContext(KEY, NOW.date())
        shared = dict(export_rows.read_people(session, ctx))
    coworking, feria = rows[0], next(r for r in rows if "Manta" in str(r["Actividad"]))
    words = Words("es")
    table = next(
        b for b in breakdown_blocks(words, [("Personas", space.visitors)], "t") if b.key == "sex"
    )
    return {
        "5w": [
            (
                r["Total de beneficiarios"],
                r["Mujeres de 18 o más"],
                r["Refugiados y migrantes en destino"],
            )
            for r in (coworking, feria)
        ],
        "space": (
            space.people,
            space.visitors.total,
            space.visitors.sex["woman"],
            space.visitors.population["migrant_destination"],
            dict(space.visitors.nationality).get("VE", 0),
            space.visitors.not_authorised,
        ),
        "fair": (fair.attended.total, fair.attended.sex["woman"], fair.attended.not_authorised),
        "table": [row[:2] for row in table.rows],
        "shared": len(shared),
    }


def test_without_statistics_nobody_counts_their_attributes_and_consent_again_restores_them(
    database: Database, admin: StaffUser, world: World
) -> None:
    with database.unit_of_work(admin) as session:  # Yorgelis also came to today's fair
        checkin.scan(session, world.fair_id, world.badge, "Puerta 1", admin)
    counted = {
        "5w": [(2, 1, 1), (2, 1, 1)],
        "space": (2, 2, 1, 1, 1, 0),
        "fair": (2, 1, 0),
        "table": [
            ("Mujeres", 1),
            ("Hombres", 1),
            ("Otro", 0),
            ("Prefiere no decir", 0),
            ("Sin dato", 0),
            ("Total personas", 2),
        ],
        "shared": 2,
    }
    assert _statistics(database, world) == counted
    _withdraw(database, admin, world.yorgelis, [STATISTICS])
    assert _statistics(database, world) == {
        "5w": [(1, 0, 0), (1, 0, 0)],  # not in the municipality's file at all
        "space": (2, 2, 0, 0, 0, 1),  # served (a service record), not broken down
        "fair": (2, 0, 1),
        "table": [
            ("Mujeres", 0),
            ("Hombres", 1),
            ("Otro", 0),
            ("Prefiere no decir", 0),
            ("Sin dato", 0),
            ("No autorizó estadísticas", 1),
            ("Total personas", 2),
        ],
        "shared": 1,
    }
    with database.sessions() as session:  # the other purposes stay
        assert consents.active_purposes(session, world.yorgelis) == {REGISTRATION, CONTACT}
    _give(database, admin, world.yorgelis, ALL)
    assert _statistics(database, world) == counted


# --- the records ------------------------------------------------------------------------------


def test_a_new_consent_replaces_the_current_one_at_the_same_moment(
    database: Database, admin: StaffUser, world: World
) -> None:
    _withdraw(database, admin, world.yorgelis, [CONTACT, STATISTICS])
    _give(database, admin, world.yorgelis, [STATISTICS, REGISTRATION])
    with database.sessions() as session:
        records = sorted(session.get(Person, world.yorgelis).consents, key=lambda record: record.id)
        assert [r.purposes for r in records] == [
            sorted(ALL),
            [REGISTRATION],
            sorted([REGISTRATION, STATISTICS]),
        ]
        first, partial, again = records
        assert first.withdrawn_at == partial.given_at and partial.withdrawn_at == again.given_at
        assert again.withdrawn_at is None and again.staff_user_id == admin.id
        assert again.text_version == consents.CONSENT_VERSION
        assert abs(again.given_at - NOW) < timedelta(minutes=10)  # the program's clock
        assert consents.active_purposes(session, world.yorgelis) == {REGISTRATION, STATISTICS}
    with database.unit_of_work(admin) as session, pytest.raises(UserError, match="registro"):
        consents.give_consent(session, admin, world.yorgelis, [STATISTICS])
