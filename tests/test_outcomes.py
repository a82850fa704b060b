"""Outcomes of a fair: one of each kind per person and vacancy, candidates only, corrected and
deleted by coordinators with an audit trail; the demo keeps the rules; on both engines."""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta

import pytest
from sqlalchemy import event, select

from coworking.core import accounts, outcomes, registrations
from coworking.core.demo import generate, moment_of
from coworking.core.errors import PermissionDenied, UserError
from coworking.core.fairs import get_event
from coworking.core.outcomes import OutcomeInput
from coworking.core.summary_fair import fair_summary
from coworking.db.database import Database
from coworking.db.enums import AuditAction, EventKind, OutcomeStatus, RegistrationRole, Role
from coworking.db.models import (
    AuditEntry,
    Outcome,
    Person,
    Registration,
    StaffUser,
    Tombstone,
)
from tests.fair_data import build_fair, make_person

HELD_ON = date(2026, 7, 1)
TODAY = date(2026, 11, 25)
HIRED, OFFERED = OutcomeStatus.HIRED, OutcomeStatus.OFFERED
INTERVIEWED, NOT_HIRED = OutcomeStatus.INTERVIEWED, OutcomeStatus.NOT_HIRED


def _record(database: Database, actor: StaffUser, data: OutcomeInput) -> int:
    with database.unit_of_work(actor) as session:
        return outcomes.record(session, actor, data, TODAY).id


def _refused(database: Database, actor: StaffUser, data: OutcomeInput) -> str:
    with pytest.raises(UserError) as refusal, database.unit_of_work(actor) as session:
        outcomes.record(session, actor, data, TODAY)
    return str(refusal.value)


def _count(database: Database) -> int:
    with database.sessions() as session:
        return len(session.scalars(select(Outcome)).all())


def test_the_same_outcome_twice_is_refused_showing_the_first(
    database: Database, admin: StaffUser
) -> None:
    fair = build_fair(database, admin, candidates=3, held_on=HELD_ON)
    first_reg = fair.registration_ids[0]
    atunera, hotel = fair.employer_ids
    operario, _camarera = fair.vacancy_ids
    hired_on = date(2026, 8, 10)
    _record(database, admin, OutcomeInput(first_reg, HIRED, hired_on, operario))

    message = _refused(database, admin, OutcomeInput(first_reg, HIRED, TODAY, operario))
    assert message == (
        "Ya consta «Contratado/a» de María José Núñez Zambrano para Atunera del Pacífico · "
        "Operario/a de planta, el 10/08/2026. Corrija ese resultado en lugar de registrarlo "
        "otra vez."
    )
    # the same person at the other fair: the first one is shown with its fair
    with database.unit_of_work(admin) as session:
        person_id = session.get(Registration, first_reg).person_id
        elsewhere = registrations.register(session, admin, fair.other_event_id, person_id).id
    later = HELD_ON + timedelta(days=70)
    message = _refused(database, admin, OutcomeInput(elsewhere, HIRED, later, operario))
    assert "el 10/08/2026 en «Feria de Empleo Manta»" in message

    # other statuses or vacancies of the same person are other outcomes
    _record(database, admin, OutcomeInput(first_reg, OFFERED, hired_on, operario))
    _record(database, admin, OutcomeInput(elsewhere, INTERVIEWED, later, operario))
    # without vacancy: one per person, employer and status
    _record(database, admin, OutcomeInput(first_reg, INTERVIEWED, hired_on, employer_id=hotel))
    _record(database, admin, OutcomeInput(first_reg, INTERVIEWED, hired_on, employer_id=atunera))
    message = _refused(
        database, admin, OutcomeInput(elsewhere, INTERVIEWED, later, employer_id=hotel)
    )
    assert "«Entrevistado/a»" in message and "Hotel Oro Verde Manta (sin vacante)" in message
    _record(database, admin, OutcomeInput(first_reg, NOT_HIRED, hired_on))
    assert "sin empresa ni vacante" in _refused(
        database, admin, OutcomeInput(first_reg, NOT_HIRED, TODAY)
    )
    assert _count(database) == 6


def test_a_record_merged_into_another_is_the_same_person(
    database: Database, admin: StaffUser
) -> None:
    """A pair merged by an earlier version, each with its own registration at the fair."""
    fair = build_fair(database, admin, candidates=2, held_on=HELD_ON)
    kept_reg, merged_reg = fair.registration_ids
    vacancy = fair.vacancy_ids[1]
    _record(database, admin, OutcomeInput(kept_reg, HIRED, date(2026, 9, 1), vacancy))
    with database.unit_of_work(admin) as session:
        kept, merged = (session.get(Registration, r).person_id for r in fair.registration_ids)
        session.get(Person, merged).merged_into_id = kept
    message = _refused(database, admin, OutcomeInput(merged_reg, HIRED, TODAY, vacancy))
    assert message.startswith("Ya consta «Contratado/a» de María José Núñez Zambrano")
    _record(database, admin, OutcomeInput(merged_reg, OFFERED, TODAY, vacancy))


def test_only_candidates_have_outcomes(database: Database, admin: StaffUser) -> None:
    fair = build_fair(database, admin, candidates=1, held_on=HELD_ON)
    with database.unit_of_work(admin) as session:
        rep = registrations.by_badge_code(session, fair.rep_code)
        assert rep is not None and rep.role == RegistrationRole.EMPLOYER_REP
        visitor = registrations.register(
            session, admin, fair.event_id, fair.unregistered_person_id, RegistrationRole.VISITOR
        )
        helper = make_person(session, admin, "Lucía", "Chávez")
        staff = registrations.register(
            session, admin, fair.event_id, helper, RegistrationRole.STAFF
        )
        ids = {"representante de empresa": rep.id, "visitante": visitor.id}
        ids["personal de la feria"] = staff.id
    names = {
        "representante de empresa": "Roberto Intriago Mero",
        "visitante": "Walter Sin Inscripción",
        "personal de la feria": "Lucía Chávez",
    }
    for role, registration_id in ids.items():
        for status in OutcomeStatus:
            data = OutcomeInput(registration_id, status, TODAY, fair.vacancy_ids[0])
            assert _refused(database, admin, data) == (
                "Solo los candidatos tienen resultados (entrevista, oferta, contratación): "
                f"{names[role]} está inscrito/a en esta feria como {role}."
            )
    assert _count(database) == 0
    _record(
        database, admin, OutcomeInput(fair.registration_ids[0], HIRED, TODAY, fair.vacancy_ids[0])
    )


def test_correcting_and_deleting_follow_the_rules_and_are_audited(
    database: Database, admin: StaffUser
) -> None:
    fair = build_fair(database, admin, candidates=2, held_on=HELD_ON)
    first, second = fair.registration_ids
    operario, camarera = fair.vacancy_ids
    with database.unit_of_work(admin) as session:
        desk = accounts.create_user(
            session, admin, "recepcion", "Rosa Quiñónez", Role.FRONT_DESK, "recepcion-123"
        )
    hire = _record(database, admin, OutcomeInput(first, HIRED, date(2026, 8, 3), operario))
    other = _record(database, admin, OutcomeInput(second, OFFERED, date(2026, 8, 4), camarera))
    with database.unit_of_work(admin) as session:
        outcomes.mark_followed_up(session, admin, hire, 30, date(2026, 9, 3))

    # the same checks as recording
    wrong = {
        "futura": OutcomeInput(first, OFFERED, TODAY + timedelta(days=1), operario),
        "anterior a la feria": OutcomeInput(first, OFFERED, HELD_ON - timedelta(days=1)),
        "indique la vacante": OutcomeInput(first, HIRED, TODAY, employer_id=fair.employer_ids[0]),
        "Representante|representante de empresa": OutcomeInput(
            _rep_id(database, fair.rep_code), OFFERED, TODAY
        ),
    }
    for why, data in wrong.items():
        with pytest.raises(UserError, match=why), database.unit_of_work(admin) as session:
            outcomes.update(session, admin, hire, data, TODAY)
    taken = OutcomeInput(second, OFFERED, TODAY, camarera)  # the other's offer
    with (
        pytest.raises(UserError, match="Ya consta «Con oferta»"),
        database.unit_of_work(admin) as session,
    ):
        outcomes.update(session, admin, hire, taken, TODAY)
    with pytest.raises(PermissionDenied), database.unit_of_work(desk) as session:
        outcomes.update(session, desk, hire, OutcomeInput(first, OFFERED, TODAY), TODAY)
    with pytest.raises(PermissionDenied), database.unit_of_work(desk) as session:
        outcomes.delete(session, desk, hire)

    # corrected: it was an offer, for the other vacancy, on another day, with notes
    correction = OutcomeInput(first, OFFERED, date(2026, 8, 5), camarera, notes=" Verbal ")
    with database.unit_of_work(admin) as session:
        outcomes.update(session, admin, hire, correction, TODAY)
    with database.sessions() as session:
        assert outcomes.input_of(session, hire) == OutcomeInput(
            first, OFFERED, date(2026, 8, 5), camarera, fair.employer_ids[1], "Verbal"
        )
        corrected = session.get(Outcome, hire)
        assert corrected.followed_up_30_on is None  # no longer a hire: no follow-ups
        uuid = corrected.uuid
    with database.unit_of_work(admin) as session:  # unchanged, it passes its own check
        outcomes.update(session, admin, other, outcomes.input_of(session, other), TODAY)
        outcomes.delete(session, admin, hire)
    gone = pytest.raises(UserError, match="No existe ese resultado")
    with gone, database.unit_of_work(admin) as session:
        outcomes.delete(session, admin, hire)

    with database.sessions() as session:
        assert session.get(Outcome, hire) is None and session.get(Outcome, other) is not None
        trail = session.scalars(
            select(AuditEntry)
            .where(AuditEntry.entity == "outcome", AuditEntry.entity_id == str(hire))
            .order_by(AuditEntry.id)
        ).all()
        tombstones = session.scalars(
            select(Tombstone).where(Tombstone.table_name == "outcome", Tombstone.row_uuid == uuid)
        ).all()
    assert [entry.action for entry in trail] == [
        AuditAction.CREATE,
        AuditAction.UPDATE,  # the 30-day follow-up
        AuditAction.UPDATE,  # the correction
        AuditAction.DELETE,
    ]
    assert {entry.username for entry in trail} == {"admin"}
    changes = trail[2].changes
    assert changes["status"] == ["hired", "offered"]
    assert changes["vacancy_id"] == [operario, camarera]
    assert changes["occurred_on"] == ["2026-08-03", "2026-08-05"]
    assert changes["notes"] == [None, "Verbal"]
    assert changes["followed_up_30_on"] == ["2026-09-03", None]
    assert trail[3].changes["status"] == "offered"  # what was deleted
    assert len(tombstones) == 1 and tombstones[0].deleted_by_id == admin.id


def _rep_id(database: Database, code: str) -> int:
    with database.sessions() as session:
        rep = registrations.by_badge_code(session, code)
        assert rep is not None
        return rep.id


def test_two_stations_at_once_the_second_hears_which_outcome_was_first(
    database: Database, admin: StaffUser
) -> None:
    """Both check, find nothing and write: the unique index stops the second write, and the
    second station gets the refusal it would have had a moment later."""
    fair = build_fair(database, admin, candidates=1, held_on=HELD_ON)
    data = OutcomeInput(fair.registration_ids[0], HIRED, date(2026, 8, 10), fair.vacancy_ids[0])

    def other_station_writes_first(_session, _context, _instances) -> None:
        _record(database, admin, data)

    with pytest.raises(UserError) as refusal, database.unit_of_work(admin) as session:
        event.listen(session, "before_flush", other_station_writes_first, once=True)
        outcomes.record(session, admin, data, TODAY)
    assert _count(database) == 1
    assert str(refusal.value) == _refused(database, admin, data)
    assert str(refusal.value).startswith("Ya consta «Contratado/a» de María José")


@pytest.fixture
def demo(database: Database, admin: StaffUser) -> date:
    """A demo made on a fixed day (as ``coworking demo --today``), which it returns."""
    day = date(2026, 6, 10)
    with database.unit_of_work() as session:
        generate(session, people=300, seed=4, now=moment_of(day))
    return day


def test_demo_outcomes_keep_the_rules_and_one_count_serves_tab_and_report(
    database: Database, admin: StaffUser, demo: date
) -> None:
    with database.sessions() as session:
        rows = session.execute(
            select(Outcome, Registration.role, Registration.event_id, Person)
            .join(Registration, Registration.id == Outcome.registration_id)
            .join(Person, Person.id == Registration.person_id)
        ).all()
        assert len(rows) > 10
        assert {role for _o, role, _e, _p in rows} == {RegistrationRole.CANDIDATE}
        kinds = Counter(
            (
                person.merged_into_id or person.id,
                outcome.status,
                outcome.vacancy_id,
                None if outcome.vacancy_id else outcome.employer_id,
            )
            for outcome, _role, _event, person in rows
        )
        assert max(kinds.values()) == 1
        # each one, put again as it is, passes every check of the service
        for outcome, *_ in rows:
            again = outcomes.input_of(session, outcome.id)
            assert outcomes.update(session, admin, outcome.id, again, demo) is outcome
        session.rollback()

        fairs_with_outcomes = {event_id for _o, _r, event_id, _p in rows}
        assert len(fairs_with_outcomes) == 2
        for event_id in fairs_with_outcomes:
            assert get_event(session, event_id).kind == EventKind.JOB_FAIR
            listed = outcomes.tally(outcomes.of_event(session, event_id), demo)
            counted = outcomes.status_counts(session, event_id, demo)
            summary = fair_summary(session, event_id, moment_of(demo))
            assert listed == counted
            assert summary.outcomes == {s: c.people for s, c in counted.items()}
            assert summary.outcomes_recorded == {s: c.records for s, c in counted.items()}
            by_employer = sum(line.hired for line in summary.employers)  # people per employer
            assert 0 < counted[HIRED].people <= by_employer <= counted[HIRED].records
