"""Job fair set-up and follow-up services, on both engines."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from coworking.core import fairs, outcomes, registrations
from coworking.core.errors import UserError
from coworking.db.database import Database
from coworking.db.enums import OutcomeStatus, RegistrationRole
from coworking.db.models import StaffUser
from tests.fair_data import RUCS, build_fair

pytestmark = pytest.mark.date_sensitive


def test_employers_need_a_valid_unique_ruc(database: Database, admin: StaffUser) -> None:
    with database.unit_of_work(admin) as session:
        with pytest.raises(UserError, match="13 dígitos"):
            fairs.save_employer(session, admin, fairs.EmployerInput("13923286", "Corta"))
        with pytest.raises(UserError, match="dígito verificador"):
            fairs.save_employer(session, admin, fairs.EmployerInput("1392328611001", "Mal"))
        employer = fairs.save_employer(
            session, admin, fairs.EmployerInput(f" {RUCS[0][:10]}-{RUCS[0][10:]} ", "Atunera")
        )
        assert employer.ruc == RUCS[0]
        with pytest.raises(UserError, match="Ya existe una empresa"):
            fairs.save_employer(session, admin, fairs.EmployerInput(RUCS[0], "Otra"))
        with pytest.raises(UserError, match="CIUO-08"):
            fairs.save_vacancy(session, admin, fairs.VacancyInput(employer.id, "Pescador", "9999"))
        vacancy = fairs.save_vacancy(
            session, admin, fairs.VacancyInput(employer.id, "Fileteador/a", "7511", 12)
        )
        assert fairs.vacancies_of(session, employer.id) == [vacancy]


def test_booths_registrations_and_capacity(database: Database, admin: StaffUser) -> None:
    fair = build_fair(database, admin, candidates=3)
    with database.unit_of_work(admin) as session:
        first, second = fair.employer_ids
        with pytest.raises(UserError, match="ya es de"):
            fairs.set_booth(session, admin, fair.event_id, second, f"A{first}")
        rows = fairs.booths(session, fair.event_id)
        assert [(r.employer_id, r.representatives, r.vacancies) for r in rows] == [
            (first, 1, 1),
            (second, 0, 1),
        ]
        with pytest.raises(UserError, match="necesita su empresa"):
            registrations.register(
                session,
                admin,
                fair.event_id,
                fair.unregistered_person_id,
                RegistrationRole.EMPLOYER_REP,
            )
        event = fairs.get_event(session, fair.event_id)
        event.capacity = 4  # 3 candidates and 1 representative already
        with pytest.raises(UserError, match="está lleno"):
            registrations.register(session, admin, fair.event_id, fair.unregistered_person_id)
        walk_in = registrations.register(
            session, admin, fair.event_id, fair.unregistered_person_id, source="door"
        )  # at the door nobody is turned away for the count
        again = registrations.register(session, admin, fair.event_id, fair.unregistered_person_id)
        assert again.id == walk_in.id and walk_in.source == "door"
        listed = registrations.registration_rows(session, fair.event_id)
        assert walk_in.id in {r.registration_id for r in listed} and len(listed) == 5


def test_hires_come_due_for_follow_up_at_30_and_90_days(
    database: Database, admin: StaffUser
) -> None:
    today = date(2026, 11, 25)
    fair = build_fair(database, admin, candidates=3, held_on=today - timedelta(days=120))
    with database.unit_of_work(admin) as session:
        with pytest.raises(UserError, match="indique la vacante"):
            outcomes.record(
                session,
                admin,
                outcomes.OutcomeInput(fair.registration_ids[0], OutcomeStatus.HIRED, today),
                today,
            )
        with pytest.raises(UserError, match="anterior a la feria"):
            outcomes.record(
                session,
                admin,
                outcomes.OutcomeInput(
                    fair.registration_ids[0],
                    OutcomeStatus.INTERVIEWED,
                    today - timedelta(days=200),
                ),
                today,
            )
        old = outcomes.record(
            session,
            admin,
            outcomes.OutcomeInput(
                fair.registration_ids[0],
                OutcomeStatus.HIRED,
                today - timedelta(days=95),
                vacancy_id=fair.vacancy_ids[1],
            ),
            today,
        )
        outcomes.record(
            session,
            admin,
            outcomes.OutcomeInput(
                fair.registration_ids[1],
                OutcomeStatus.HIRED,
                today - timedelta(days=29),
                vacancy_id=fair.vacancy_ids[0],
            ),
            today,
        )
        assert old.employer_id == fair.employer_ids[1]
        due = outcomes.due_follow_ups(session, today)
        assert [(d.outcome_id, d.days) for d in due] == [(old.id, 30), (old.id, 90)]
        outcomes.mark_followed_up(session, admin, old.id, 30, today)
        assert [(d.outcome_id, d.days) for d in outcomes.due_follow_ups(session, today)] == [
            (old.id, 90)
        ]
        assert len(outcomes.due_follow_ups(session, today + timedelta(days=2))) == 2
