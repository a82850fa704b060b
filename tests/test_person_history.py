"""A person's history: consents, changes, registrations, visits and fair check-ins."""

from __future__ import annotations

from datetime import date

from coworking.core import people
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
    assert "Consentimiento 2026-01 retirado" in texts
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
