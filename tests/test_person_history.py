"""A person's history: consents, changes, registrations, visits and fair check-ins."""

from __future__ import annotations

from datetime import date

from coworking.core import consents, people
from coworking.core.person_history import history
from coworking.core.setup import current_site
from coworking.db.database import Database
from coworking.db.enums import CheckInResult, EventKind, RegistrationRole
from coworking.db.models import CheckIn, Event, Registration, StaffUser, Visit


def test_history_shows_everything_newest_first(database: Database, admin: StaffUser) -> None:
    data = people.PersonInput("Génesis", "Quintero", birth_date=date(1999, 7, 7))
    with database.unit_of_work(admin) as session:
        person = people.create_person(session, admin, data, ["registro", "contacto"])
    with database.unit_of_work(admin) as session:
        data.family_names = "Quintero Ochoa"
        people.update_person(session, admin, person.id, data)
        people.withdraw_consent(session, admin, person.id, ["contacto"])
        site = current_site(session)
        event = Event(
            kind=EventKind.JOB_FAIR,
            name="Feria de Empleo Inclusiva",
            starts_on=date(2026, 12, 3),
            ends_on=date(2026, 12, 3),
        )
        session.add(event)
        session.flush()
        registration = Registration(
            event_id=event.id,
            person_id=person.id,
            role=RegistrationRole.CANDIDATE,
            badge_code="23456789A",
        )
        session.add(registration)
        session.flush()
        session.add(
            CheckIn(
                event_id=event.id,
                registration_id=registration.id,
                station="Puerta 1",
                result=CheckInResult.OK,
                raw_input="23456789A",
            )
        )
        session.add(Visit(site_id=site.id, person_id=person.id))
    with database.sessions() as session:
        items = history(session, person.id)
    texts = [item.text for item in items]
    assert "Apellidos: «Quintero» → «Quintero Ochoa»" in texts
    assert any(
        t.startswith("Consentimiento 2026-01: registro y servicios, contacto") for t in texts
    )
    withdrawn = next(i for i in items if i.text.startswith("Consentimiento 2026-01 retirado"))
    assert withdrawn.text == (
        "Consentimiento 2026-01 retirado en parte: contacto sobre empleo y actividades"
    )
    assert withdrawn.by == "admin"
    assert "Consentimiento 2026-01: registro y servicios" in texts  # what remains
    assert "Inscripción en «Feria de Empleo Inclusiva»" in texts
    assert "Feria de Empleo Inclusiva: entrada (Puerta 1)" in texts
    assert any(t.startswith("Visita a Coworking Manta") for t in texts)
    assert texts[-1] in (
        "Registro creado",
        "Consentimiento 2026-01: registro y servicios, contacto",
    )
    assert [i.at for i in items] == sorted((i.at for i in items), reverse=True)
    change = next(i for i in items if i.text.startswith("Apellidos"))
    assert change.by == "admin"


def test_history_tells_a_consent_withdrawn_from_one_given_again(
    database: Database, admin: StaffUser
) -> None:
    with database.unit_of_work(admin) as session:
        person = people.create_person(
            session, admin, people.PersonInput("Yorgelis", "Rondón"), ["registro", "contacto"]
        )
    with database.unit_of_work(admin) as session:
        people.withdraw_consent(session, admin, person.id, ["registro"])
    with database.unit_of_work(admin) as session:
        consents.give_consent(session, admin, person.id, ["registro", "estadisticas"])
    with database.unit_of_work(admin) as session:
        consents.give_consent(session, admin, person.id, ["registro", "contacto", "estadisticas"])
    with database.sessions() as session:
        items = [i for i in history(session, person.id) if i.kind == "consent"]
    assert [(i.text, i.by) for i in reversed(items)] == [
        (
            "Consentimiento 2026-01: registro y servicios, contacto sobre empleo y actividades",
            "admin",
        ),
        ("Consentimiento 2026-01 retirado", "admin"),
        ("Consentimiento 2026-01: registro y servicios, estadísticas", "admin"),
        ("Consentimiento 2026-01 reemplazado por el que se dio de nuevo", "admin"),
        (
            "Consentimiento 2026-01: registro y servicios, estadísticas, contacto sobre empleo y "
            "actividades",
            "admin",
        ),
    ]


def test_changed_values_read_as_people_say_them() -> None:
    from coworking.core.person_history import shown

    assert shown("document_type", "none") == "—"
    assert shown("document_type", "passport") == "pasaporte"
    assert shown("sex", "woman") == "mujer"
    assert shown("birth_date", "1993-04-11") == "11/04/1993"
    assert shown("canton_code", "1308") == "Manta"
    assert shown("nationality", "VE").startswith("Venezuela")
    assert shown("phone", None) == "—"
