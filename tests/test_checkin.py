"""Door check-in: every answer, the scan log, undo, counters, on both engines."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from coworking.core import accounts, checkin, codes, registrations
from coworking.core.errors import PermissionDenied, UserError
from coworking.db.database import Database
from coworking.db.enums import AuditAction, CheckInResult, RegistrationRole, Role
from coworking.db.models import AuditEntry, CheckIn, Registration, StaffUser
from tests.fair_data import build_fair

pytestmark = pytest.mark.date_sensitive


def _scan(database: Database, user: StaffUser | None, event_id: int, raw: str, station="Puerta 1"):
    with database.unit_of_work(user) as session:
        return checkin.scan(session, event_id, raw, station, user)


def test_every_answer_is_given_and_every_scan_logged(database: Database, admin: StaffUser) -> None:
    fair = build_fair(database, admin)
    code = fair.codes[0]

    first = _scan(database, admin, fair.event_id, f"{code}\n")
    assert first.result == CheckInResult.OK and first.admitted
    assert first.person_name == "María José Núñez Zambrano"
    assert first.title == "Bienvenida, María José Núñez Zambrano"
    assert first.role == RegistrationRole.CANDIDATE

    again = _scan(database, admin, fair.event_id, code.lower(), station="Puerta 2")
    assert again.result == CheckInResult.DUPLICATE
    assert again.previous_station == "Puerta 1"
    assert again.previous_operator == admin.full_name
    assert "Puerta 1" in again.detail and "Entró a las" in again.detail

    typo = code[:3] + ("X" if code[3] != "X" else "Y") + code[4:]
    assert not codes.is_valid_code(typo)
    assert _scan(database, admin, fair.event_id, typo).result == CheckInResult.INVALID
    assert _scan(database, admin, fair.event_id, "hola mundo").result == CheckInResult.INVALID

    unknown = codes.new_code()
    assert _scan(database, admin, fair.event_id, unknown).result == CheckInResult.UNKNOWN

    wrong = _scan(database, admin, fair.other_event_id, fair.codes[1])
    assert wrong.result == CheckInResult.WRONG_EVENT
    assert wrong.other_event == "Feria de Empleo Manta"

    with database.unit_of_work(admin) as session:
        registrations.cancel(session, admin, fair.registration_ids[2])
    cancelled = _scan(database, admin, fair.event_id, fair.codes[2])
    assert cancelled.result == CheckInResult.CANCELLED

    rep = _scan(database, admin, fair.event_id, fair.rep_code)
    assert rep.result == CheckInResult.OK and rep.organization == "Atunera del Pacífico"

    with database.sessions() as session:
        log = session.execute(
            select(
                CheckIn.result, CheckIn.raw_input, CheckIn.station, CheckIn.operator_id
            ).order_by(CheckIn.id)
        ).all()
    assert [row.result for row in log] == [
        CheckInResult.OK,
        CheckInResult.DUPLICATE,
        CheckInResult.INVALID,
        CheckInResult.INVALID,
        CheckInResult.UNKNOWN,
        CheckInResult.WRONG_EVENT,
        CheckInResult.CANCELLED,
        CheckInResult.OK,
    ]
    assert log[0].raw_input == f"{code}\n" and log[1].station == "Puerta 2"
    assert log[3].raw_input == "hola mundo"
    assert {row.operator_id for row in log} == {admin.id}


def test_undo_is_for_coordinators_and_is_logged(database: Database, admin: StaffUser) -> None:
    fair = build_fair(database, admin)
    with database.unit_of_work(admin) as session:
        desk = accounts.create_user(
            session,
            session.get(StaffUser, admin.id),
            "puerta",
            "Puerta",
            Role.FRONT_DESK,
            "clave-larga-1",
        )
    answer = _scan(database, desk, fair.event_id, fair.codes[0])
    with pytest.raises(PermissionDenied), database.unit_of_work(desk) as session:
        checkin.undo(session, desk, answer.check_in_id)
    with database.unit_of_work(admin) as session:
        checkin.undo(session, admin, answer.check_in_id)
    with pytest.raises(UserError, match="ya fue deshecha"), database.unit_of_work(admin) as s:
        checkin.undo(s, admin, answer.check_in_id)
    with database.sessions() as session:
        assert session.get(Registration, fair.registration_ids[0]).checked_in_at is None
        row = session.get(CheckIn, answer.check_in_id)
        assert row.undone_at is not None and row.undone_by_id == admin.id
        undo_entries = session.scalars(
            select(AuditEntry).where(AuditEntry.action == AuditAction.UNDO)
        ).all()
        assert [e.entity_id for e in undo_entries] == [str(answer.check_in_id)]
        assert undo_entries[0].username == admin.username
    # after the undo the person can come in again
    assert _scan(database, desk, fair.event_id, fair.codes[0]).result == CheckInResult.OK


def test_counters_by_role_and_recent_scans(database: Database, admin: StaffUser) -> None:
    fair = build_fair(database, admin, candidates=4)
    for code in fair.codes[:3] + [fair.rep_code, fair.codes[0]]:
        _scan(database, admin, fair.event_id, code)
    with database.sessions() as session:
        counts = checkin.counters(session, fair.event_id)
        recent = checkin.recent_scans(session, fair.event_id, limit=3)
    assert counts.registered[RegistrationRole.CANDIDATE] == 4
    assert counts.checked_in[RegistrationRole.CANDIDATE] == 3
    assert counts.registered[RegistrationRole.EMPLOYER_REP] == 1
    assert counts.checked_in[RegistrationRole.EMPLOYER_REP] == 1
    assert (counts.total_checked_in, counts.total_registered) == (4, 5)
    assert [r.result for r in recent] == [
        CheckInResult.DUPLICATE,
        CheckInResult.OK,
        CheckInResult.OK,
    ]
    assert recent[1].role == RegistrationRole.EMPLOYER_REP


def test_admission_by_typed_search_and_walk_in(database: Database, admin: StaffUser) -> None:
    fair = build_fair(database, admin, candidates=1)
    with database.unit_of_work(admin) as session:
        registration = registrations.register(
            session, admin, fair.event_id, fair.unregistered_person_id, source="door"
        )
        answer = checkin.admit(session, fair.event_id, registration.id, "Puerta 1", admin)
        assert answer.result == CheckInResult.OK
        assert registration.checked_in_at is not None
    with database.sessions() as session:
        row = session.scalar(select(CheckIn).where(CheckIn.id == answer.check_in_id))
        assert row.raw_input.startswith(checkin.SEARCH_PREFIX)
        assert (
            session.scalar(select(func.count()).select_from(CheckIn).where(CheckIn.result == "ok"))
            == 1
        )
