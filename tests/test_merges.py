"""Merging two records of one person loses nothing, and can be undone; on both engines."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import select

from coworking.core import checkin, interactions, merges, outcomes, people
from coworking.core.errors import PermissionDenied, UserError
from coworking.core.outcomes import OutcomeInput
from coworking.core.people import DuplicateDocument, PersonInput
from coworking.core.person_history import history
from coworking.db.database import Database
from coworking.db.enums import CheckInResult, DocumentType, OutcomeStatus, Role, Sex
from coworking.db.models import (
    AuditEntry,
    CheckIn,
    ConsentRecord,
    Outcome,
    Person,
    PersonDocument,
    PersonMerge,
    Registration,
    StaffUser,
)
from tests.fair_data import build_fair
from tests.test_people import _staff

ALL = ["registro", "estadisticas", "contacto"]
CEDULA = "1710034065"
PASSPORT = "V12345678"


def _keila(session, actor: StaffUser, **changes) -> Person:
    data = PersonInput(
        given_names="Keila",
        family_names="Mendoza Vera",
        document_type=DocumentType.CEDULA,
        document_number=CEDULA,
        nationality="EC",
        sex=Sex.WOMAN,
        birth_date=date(1993, 4, 11),
        phone="0991234567",
    )
    for name, value in changes.items():
        setattr(data, name, value)
    return people.create_person(
        session, actor, data, ALL, not_duplicate_of=frozenset(range(100000))
    )


def _keyla(session, actor: StaffUser, **changes) -> Person:
    base = {
        "given_names": "Keyla",
        "document_type": DocumentType.PASSPORT,
        "document_number": PASSPORT,
        "nationality": "VE",
        "phone": "0987654321",
        "email": "keyla@correo.ec",
    }
    return _keila(session, actor, **(base | changes))


@pytest.fixture
def coordinator(database: Database, admin: StaffUser) -> StaffUser:
    return _staff(database, admin, Role.COORDINATOR)


def test_a_merge_never_brings_back_a_withdrawn_consent(
    database: Database, coordinator: StaffUser
) -> None:
    with database.unit_of_work(coordinator) as session:
        keila, keyla = _keila(session, coordinator), _keyla(session, coordinator)
        people.withdraw_consent(session, coordinator, keila.id, ALL)
    with database.unit_of_work(coordinator) as session:
        merges.merge(session, coordinator, keila.id, keyla.id)
    with database.sessions() as session:
        assert people.active_purposes(session, keila.id) == set()
        assert people.active_purposes(session, keyla.id) == set()  # merged: nothing of its own


def test_consent_after_a_merge_is_what_both_records_allow(
    database: Database, coordinator: StaffUser
) -> None:
    with database.unit_of_work(coordinator) as session:
        keila, keyla = _keila(session, coordinator), _keyla(session, coordinator)
        people.withdraw_consent(session, coordinator, keyla.id, ["contacto"])
    with database.unit_of_work(coordinator) as session:
        merges.merge(session, coordinator, keila.id, keyla.id)
    with database.sessions() as session:
        assert people.active_purposes(session, keila.id) == {"registro", "estadisticas"}
        active = session.scalars(
            select(ConsentRecord).where(
                ConsentRecord.person_id == keila.id, ConsentRecord.withdrawn_at.is_(None)
            )
        ).all()
        assert len(active) == 1  # the record that already said so; no new one made up


def test_the_other_document_moves_and_is_found_and_cannot_be_typed_again(
    database: Database, coordinator: StaffUser
) -> None:
    with database.unit_of_work(coordinator) as session:
        keila, keyla = _keila(session, coordinator), _keyla(session, coordinator)
    with database.unit_of_work(coordinator) as session:
        merges.merge(session, coordinator, keila.id, keyla.id)
    with database.sessions() as session:
        kept = session.get(Person, keila.id)
        assert (kept.document_type, kept.document_number) == (DocumentType.CEDULA, CEDULA)
        assert [p.id for p in people.search(session, PASSPORT)] == [keila.id]
        assert [p.id for p in people.search(session, "v1234")] == [keila.id]
        assert session.get(Person, keyla.id).document_number is None
    with pytest.raises(DuplicateDocument) as refused, database.unit_of_work(coordinator) as s:
        data = PersonInput(
            "Keyla", "Mendoza", document_type=DocumentType.PASSPORT, document_number=PASSPORT
        )
        people.create_person(s, coordinator, data, ALL, not_duplicate_of=frozenset(range(9999)))
    assert refused.value.existing_id == keila.id
    assert "Keila Mendoza Vera" in str(refused.value)


def test_the_coordinator_chooses_field_by_field_which_value_wins(
    database: Database, coordinator: StaffUser
) -> None:
    with database.unit_of_work(coordinator) as session:
        keila, keyla = _keila(session, coordinator), _keyla(session, coordinator)
        comparison = merges.compare(session, coordinator, keila.id, keyla.id)
        assert {"given_names", "document_number", "phone", "email", "nationality"} <= set(
            comparison.differing()
        )
        assert "birth_date" not in comparison.differing()
        assert merges.default_choices(comparison.first, comparison.second) == {"email"}
    with database.unit_of_work(coordinator) as session:
        merges.merge(
            session, coordinator, keyla.id, keila.id, take={"given_names", "document_number"}
        )
    with database.sessions() as session:
        kept = session.get(Person, keyla.id)
        assert kept.given_names == "Keila"  # from the other record, as chosen
        assert (kept.document_type, kept.document_number) == (DocumentType.CEDULA, CEDULA)
        assert kept.phone == "+593987654321"  # its own: not chosen from the other
        further = session.scalars(select(PersonDocument)).all()
        assert [(d.person_id, d.document_type, d.document_number) for d in further] == [
            (keyla.id, DocumentType.PASSPORT, PASSPORT)
        ]


def _admit(session, actor: StaffUser, event_id: int, code: str, at: datetime):
    return checkin.scan(session, event_id, code, "Puerta 1", actor)


def test_two_registrations_for_one_fair_become_one_and_no_one_enters_twice(
    database: Database, admin: StaffUser, coordinator: StaffUser, set_clock
) -> None:
    fair = build_fair(database, admin, candidates=2)
    first, second = fair.registration_ids
    set_clock(datetime(2026, 12, 3, 14, 0, tzinfo=UTC))
    with database.unit_of_work(admin) as session:
        keep_person = session.get(Registration, first).person_id
        gone_person = session.get(Registration, second).person_id
        assert checkin.scan(session, fair.event_id, fair.codes[1], "Puerta 1", admin).admitted
    set_clock(datetime(2026, 12, 3, 14, 20, tzinfo=UTC))
    with database.unit_of_work(admin) as session:
        assert checkin.scan(session, fair.event_id, fair.codes[0], "Puerta 2", admin).admitted
        vacancy = fair.vacancy_ids[0]
        for registration in (first, second):
            outcomes.record(
                session,
                admin,
                OutcomeInput(registration, OutcomeStatus.INTERVIEWED, date(2026, 12, 3), vacancy),
                today=date(2026, 12, 3),
            )
        outcomes.record(
            session,
            admin,
            OutcomeInput(second, OutcomeStatus.OFFERED, date(2026, 12, 3), vacancy),
            today=date(2026, 12, 3),
        )
        before = checkin.counters(session, fair.event_id)
        assert before.total_checked_in == 3 - 1  # the two candidates; the rep not yet
    set_clock(datetime(2026, 12, 3, 15, 0, tzinfo=UTC))
    with database.unit_of_work(coordinator) as session:
        merges.merge(session, coordinator, keep_person, gone_person)
    with database.unit_of_work(admin) as session:
        counters = checkin.counters(session, fair.event_id)
        assert counters.total_checked_in == 1
        assert counters.total_registered == before.total_registered - 1
        kept = session.get(Registration, first)
        earlier = datetime(2026, 12, 3, 14, 0, tzinfo=UTC)  # the clock runs on from there
        assert abs(kept.checked_in_at - earlier) < timedelta(minutes=5)
        folded = session.get(Registration, second)
        assert folded.merged_into_id == first and folded.cancelled_at is not None
        admitted = session.scalars(
            select(CheckIn).where(
                CheckIn.registration_id == first,
                CheckIn.result == CheckInResult.OK,
                CheckIn.undone_at.is_(None),
            )
        ).all()
        assert [a.station for a in admitted] == ["Puerta 1"]
        again = checkin.scan(session, fair.event_id, fair.codes[1], "Puerta 1", admin)
        assert again.result == CheckInResult.DUPLICATE  # the other badge: already in
        assert checkin.scan(session, fair.event_id, fair.codes[0], "Puerta 2", admin).result == (
            CheckInResult.DUPLICATE
        )
        at_booth = interactions.candidate_for_badge(session, fair.event_id, fair.codes[1])
        assert at_booth.registration_id == first  # the booth records on the one that stays
        kinds = sorted(o.status.value for o in session.scalars(select(Outcome)))
        assert kinds == ["interviewed", "offered"]  # the same interview once
        assert {o.registration_id for o in session.scalars(select(Outcome))} == {first}


def test_history_says_what_was_merged_when_and_by_whom(
    database: Database, coordinator: StaffUser
) -> None:
    with database.unit_of_work(coordinator) as session:
        keila, keyla = _keila(session, coordinator), _keyla(session, coordinator)
    with database.unit_of_work(coordinator) as session:
        record = merges.merge(session, coordinator, keila.id, keyla.id)
    with database.sessions() as session:
        lines = [item for item in history(session, keila.id) if item.kind == "merge"]
    assert len(lines) == 1
    assert "Keyla Mendoza Vera" in lines[0].text and str(keyla.id) in lines[0].text
    assert lines[0].by == coordinator.username and lines[0].merge_id == record.id


def test_only_coordinators_merge_and_undo(
    database: Database, admin: StaffUser, coordinator: StaffUser
) -> None:
    desk = _staff(database, admin, Role.FRONT_DESK)
    with database.unit_of_work(coordinator) as session:
        keila, keyla = _keila(session, coordinator), _keyla(session, coordinator)
    with pytest.raises(PermissionDenied), database.unit_of_work(desk) as session:
        merges.merge(session, desk, keila.id, keyla.id)
    with database.unit_of_work(coordinator) as session:
        record = merges.merge(session, coordinator, keila.id, keyla.id)
    with pytest.raises(PermissionDenied), database.unit_of_work(desk) as session:
        merges.undo(session, desk, record.id)
    with pytest.raises(UserError), database.unit_of_work(coordinator) as session:
        merges.merge(session, coordinator, keila.id, keyla.id)  # already merged


def _snapshot(session, *person_ids: int) -> dict:
    found = {}
    for pid in person_ids:
        person = session.get(Person, pid)
        found[pid] = (
            {name: getattr(person, name) for name in merges.FIELDS},
            person.merged_into_id,
            person.member_code,
            people.active_purposes(session, pid),
            sorted(
                (r.id, r.cancelled_at, r.checked_in_at, r.merged_into_id)
                for r in session.scalars(select(Registration).where(Registration.person_id == pid))
            ),
        )
    found["check_ins"] = sorted(
        (c.id, c.registration_id, c.undone_at) for c in session.scalars(select(CheckIn))
    )
    found["outcomes"] = sorted(
        (o.registration_id, o.status.value) for o in session.scalars(select(Outcome))
    )
    return found


def test_a_merge_is_undone_from_the_history_and_both_records_come_back(
    database: Database, admin: StaffUser, coordinator: StaffUser, set_clock
) -> None:
    fair = build_fair(database, admin, candidates=2)
    first, second = fair.registration_ids
    set_clock(datetime(2026, 12, 3, 14, 0, tzinfo=UTC))
    with database.unit_of_work(admin) as session:
        keep_id = session.get(Registration, first).person_id
        gone_id = session.get(Registration, second).person_id
        for code in fair.codes:
            checkin.scan(session, fair.event_id, code, "Puerta 1", admin)
        for registration in (first, second):
            outcomes.record(
                session,
                admin,
                OutcomeInput(
                    registration, OutcomeStatus.INTERVIEWED, date(2026, 12, 3), fair.vacancy_ids[0]
                ),
                today=date(2026, 12, 3),
            )
        person = session.get(Person, gone_id)
        person.document_type, person.document_number = DocumentType.PASSPORT, PASSPORT
        person.phone = "+593987654321"
        people.reindex(session, person)
        people.withdraw_consent(session, admin, gone_id, ["contacto"])
        people.ensure_member_code(session, admin, gone_id)
        before = _snapshot(session, keep_id, gone_id)
    with database.unit_of_work(coordinator) as session:
        record = merges.merge(session, coordinator, keep_id, gone_id, take={"phone"})
    with database.sessions() as session:
        assert session.get(Person, keep_id).phone == "+593987654321"
        assert [p.id for p in people.search(session, PASSPORT)] == [keep_id]
    set_clock(datetime(2026, 12, 3, 16, 0, tzinfo=UTC))
    with database.unit_of_work(coordinator) as session:
        merges.undo(session, coordinator, record.id)
    with database.sessions() as session:
        assert _snapshot(session, keep_id, gone_id) == before
        assert [p.id for p in people.search(session, PASSPORT)] == [gone_id]
        assert session.scalars(select(PersonDocument)).all() == []
        assert checkin.counters(session, fair.event_id).total_checked_in == 2
        assert session.get(PersonMerge, record.id).undone_by_id == coordinator.id
        lines = [i.text for i in history(session, keep_id) if i.kind == "merge"]
        assert any(text.startswith("Unión deshecha") for text in lines)
        audited = session.scalars(
            select(AuditEntry.entity).where(AuditEntry.username == coordinator.username)
        ).all()
        assert {"person", "registration", "check_in", "consent_record"} <= set(audited)
    with pytest.raises(UserError), database.unit_of_work(coordinator) as session:
        merges.undo(session, coordinator, record.id)  # only once


def test_undo_keeps_a_withdrawal_made_after_the_merge(
    database: Database, coordinator: StaffUser, set_clock
) -> None:
    set_clock(datetime(2026, 12, 3, 9, 0, tzinfo=UTC))
    with database.unit_of_work(coordinator) as session:
        keila, keyla = _keila(session, coordinator), _keyla(session, coordinator)
    set_clock(datetime(2026, 12, 3, 10, 0, tzinfo=UTC))
    with database.unit_of_work(coordinator) as session:
        record = merges.merge(session, coordinator, keila.id, keyla.id)
    set_clock(datetime(2026, 12, 3, 11, 0, tzinfo=UTC))
    with database.unit_of_work(coordinator) as session:
        people.withdraw_consent(session, coordinator, keila.id, ["estadisticas", "contacto"])
    set_clock(datetime(2026, 12, 3, 12, 0, tzinfo=UTC) + timedelta(minutes=1))
    with database.unit_of_work(coordinator) as session:
        merges.undo(session, coordinator, record.id)
    with database.sessions() as session:
        assert people.active_purposes(session, keila.id) == {"registro"}
        assert "estadisticas" not in people.active_purposes(session, keyla.id)
