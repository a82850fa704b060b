"""The schema revision for merges repairs the data earlier versions left behind, on both engines:
documents stranded on merged records, and outcomes recorded twice."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select, text

from coworking.core import outcomes, people
from coworking.core.errors import UserError
from coworking.core.outcomes import OutcomeInput
from coworking.core.people import DuplicateDocument, PersonInput
from coworking.db import migrate
from coworking.db.database import Database
from coworking.db.enums import DocumentType, OutcomeStatus
from coworking.db.models import AuditEntry, Outcome, Person, PersonDocument, Registration, Tombstone
from tests.fair_data import build_fair


def test_upgrade_hands_documents_over_and_keeps_each_outcome_once(
    database: Database, admin
) -> None:
    fair = build_fair(database, admin, candidates=2)
    first, second = fair.registration_ids
    with database.unit_of_work(admin) as session:
        keep_id = session.get(Registration, first).person_id
        gone_id = session.get(Registration, second).person_id
        for status in (OutcomeStatus.INTERVIEWED, OutcomeStatus.OFFERED):
            outcomes.record(
                session,
                admin,
                OutcomeInput(first, status, date(2026, 12, 3), fair.vacancy_ids[0], notes="x"),
                today=date(2026, 12, 4),
            )
    migrate.downgrade(database.engine, "0006")
    with database.engine.begin() as connection:  # what the earlier program could leave
        connection.execute(text("UPDATE outcome SET status = 'interviewed'"))
        connection.execute(
            text(
                "UPDATE person SET document_type = 'passport', document_number = 'V999', "
                "merged_into_id = :keep WHERE id = :gone"
            ),
            {"keep": keep_id, "gone": gone_id},
        )
    migrate.upgrade(database.engine)
    with database.sessions() as session:
        left = session.scalars(select(Outcome)).all()
        assert len(left) == 1 and left[0].kind_key == f"interviewed:{fair.vacancy_ids[0]}:" + str(
            left[0].employer_id
        )
        removed = session.scalars(
            select(AuditEntry).where(AuditEntry.entity == "outcome", AuditEntry.action == "delete")
        ).all()
        assert len(removed) == 1 and removed[0].changes["status"][0] == "interviewed"
        assert session.scalar(select(Tombstone.table_name)) == "outcome"
        assert session.get(Person, gone_id).document_number is None
        further = session.scalars(select(PersonDocument)).one()
        assert (further.person_id, further.document_number) == (keep_id, "V999")
        assert [p.id for p in people.search(session, "V999")] == [keep_id]
    with pytest.raises(DuplicateDocument), database.unit_of_work(admin) as session:
        people.create_person(
            session,
            admin,
            PersonInput("Otra", "Persona", DocumentType.PASSPORT, "V999"),
            ["registro"],
        )
    with pytest.raises(UserError), database.unit_of_work(admin) as session:
        outcomes.record(  # the repaired table refuses the copy again
            session,
            admin,
            OutcomeInput(first, OutcomeStatus.INTERVIEWED, date(2026, 12, 3), fair.vacancy_ids[0]),
            today=date(2026, 12, 4),
        )


def test_search_words_survive_the_move_to_a_table_without_rowid(database: Database, admin) -> None:
    """Going down to the revision before it and up again keeps every person's search words,
    and on SQLite the table is then stored without rowid."""
    with database.unit_of_work(admin) as session:
        person = people.create_person(
            session,
            admin,
            PersonInput("Yusmary", "Briceño Peña", phone="0991234567"),
            ["registro"],
        )
        person_id = person.id
    with database.engine.connect() as connection:
        before = set(connection.execute(text("SELECT person_id, token FROM person_token")))
    assert (person_id, "briceno") in before
    migrate.downgrade(database.engine, "0008")
    with database.engine.connect() as connection:
        assert set(connection.execute(text("SELECT person_id, token FROM person_token"))) == before
    migrate.upgrade(database.engine)
    with database.engine.connect() as connection:
        assert set(connection.execute(text("SELECT person_id, token FROM person_token"))) == before
        if database.url.startswith("sqlite"):
            created = connection.execute(
                text("SELECT sql FROM sqlite_master WHERE name = 'person_token'")
            ).scalar_one()
            assert "WITHOUT ROWID" in created
    with database.sessions() as session:
        found = people.search(session, "yusmary bri")
        assert [p.id for p in found] == [person_id]
