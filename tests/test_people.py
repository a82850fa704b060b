"""The people registry service, on both engines."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from coworking.core import accounts, merges, people
from coworking.core.codes import is_valid_code
from coworking.core.errors import PermissionDenied, UserError
from coworking.core.people import DuplicateDocument, LikelyDuplicates, PersonInput
from coworking.db.database import Database
from coworking.db.enums import AuditAction, DocumentType, PopulationGroup, Role, Sex
from coworking.db.models import AuditEntry, ConsentRecord, Person, StaffUser, Visit

CEDULA = "1710034065"
ALL = ["registro", "estadisticas", "contacto"]


def jose(**changes) -> PersonInput:
    data = PersonInput(
        given_names="José Ángel",
        family_names="Núñez Peña",
        document_type=DocumentType.CEDULA,
        document_number=CEDULA,
        nationality="EC",
        sex=Sex.MAN,
        birth_date=date(1990, 3, 4),
        population_group=PopulationGroup.RETURNEE,
        phone="099 123 4567",
        canton_code="1308",
    )
    for name, value in changes.items():
        setattr(data, name, value)
    return data


def _staff(database: Database, admin: StaffUser, role: Role) -> StaffUser:
    with database.unit_of_work(admin) as session:
        return accounts.create_user(
            session, session.get(StaffUser, admin.id), role.value, role.value, role, "clave-larga-1"
        )


def test_validation_names_each_field_in_spanish() -> None:
    problems = people.validate(
        jose(
            given_names=" ",
            document_number="1710034066",
            phone="12",
            email="no-es-correo",
            nationality="XX",
            birth_date=date(2999, 1, 1),
            canton_code="9999",
        )
    )
    assert set(problems.by_field) == {
        "given_names",
        "document_number",
        "phone",
        "email",
        "nationality",
        "birth_date",
        "canton_code",
    }
    assert "cédula" in problems.by_field["document_number"]


def test_phone_and_document_are_normalised() -> None:
    data = jose(document_number=" 171003406-5 ", phone="0991234567")
    assert not people.validate(data)
    assert data.phone == "+593991234567" and data.document_number == CEDULA
    passport = jose(document_type=DocumentType.PASSPORT, document_number="v 123 456")
    assert not people.validate(passport) and passport.document_number == "V123456"


def test_register_search_and_audit(database: Database, admin: StaffUser) -> None:
    with database.unit_of_work(admin) as session:
        person = people.create_person(session, admin, jose(), ALL)
        people.create_person(
            session, admin, PersonInput("María José", "Yánez Muñoz", nationality="VE"), ["registro"]
        )
    with database.sessions() as session:
        for query in ("nunez jose", "JOSÉ NÚÑEZ", "pen ang", CEDULA, "0991234567", "99123"):
            assert [p.id for p in people.search(session, query)] == [person.id], query
        assert people.count(session, "") == 2
        assert [p.family_names for p in people.search(session, "")] == ["Núñez Peña", "Yánez Muñoz"]
        assert people.search(session, "jose") and not people.search(session, "jose garcia")
        consent = session.scalar(select(ConsentRecord).where(ConsentRecord.person_id == person.id))
        assert consent.purposes == sorted(ALL) and consent.text_version == people.CONSENT_VERSION
        assert consent.staff_user_id == admin.id
        created = session.scalar(select(AuditEntry).where(AuditEntry.entity == "person"))
        assert created.action == AuditAction.CREATE and created.username == "admin"


def test_consent_for_registration_is_required(database: Database, admin: StaffUser) -> None:
    with pytest.raises(UserError, match="consentimiento"), database.unit_of_work(admin) as s:
        people.create_person(s, admin, jose(), ["estadisticas"])


def test_same_document_is_refused_with_a_link(database: Database, admin: StaffUser) -> None:
    with database.unit_of_work(admin) as session:
        first = people.create_person(session, admin, jose(), ALL)
    with pytest.raises(DuplicateDocument) as refused, database.unit_of_work(admin) as session:
        people.create_person(
            session, admin, jose(given_names="Otro", phone=None, birth_date=None), ALL
        )
    assert refused.value.existing_id == first.id


def test_likely_duplicates_are_shown_until_confirmed(database: Database, admin: StaffUser) -> None:
    with database.unit_of_work(admin) as session:
        first = people.create_person(session, admin, jose(), ALL)
    twin = jose(
        given_names="Jose Angel",
        family_names="Nunez Pena",
        document_type=DocumentType.NONE,
        document_number=None,
        phone=None,
    )
    with pytest.raises(LikelyDuplicates) as shown, database.unit_of_work(admin) as session:
        people.create_person(session, admin, twin, ALL)
    assert [c.person_id for c in shown.value.candidates] == [first.id]
    same_phone = PersonInput("Rosa", "Loor", phone="0991234567")
    with pytest.raises(LikelyDuplicates, match="mismo teléfono"), database.unit_of_work(admin) as s:
        people.create_person(s, admin, same_phone, ALL)
    with database.unit_of_work(admin) as session:
        people.create_person(session, admin, twin, ALL, not_duplicate_of=frozenset({first.id}))


def test_edit_is_audited_with_old_and_new_values(database: Database, admin: StaffUser) -> None:
    with database.unit_of_work(admin) as session:
        person = people.create_person(session, admin, jose(), ALL)
    with database.unit_of_work(admin) as session:
        people.update_person(session, admin, person.id, jose(family_names="Núñez Ibáñez"))
    with database.sessions() as session:
        change = session.scalars(
            select(AuditEntry).where(
                AuditEntry.entity == "person", AuditEntry.action == AuditAction.UPDATE
            )
        ).one()
        assert change.changes["family_names"] == ["Núñez Peña", "Núñez Ibáñez"]
        assert [p.id for p in people.search(session, "ibanez")] == [person.id]
        assert not people.search(session, "pena")


def test_front_desk_cannot_change_sensitive_fields(database: Database, admin: StaffUser) -> None:
    desk = _staff(database, admin, Role.FRONT_DESK)
    with database.unit_of_work(admin) as session:
        person = people.create_person(session, admin, jose(), ALL)
    with database.unit_of_work(desk) as session:
        people.update_person(
            session,
            desk,
            person.id,
            jose(
                given_names="José",
                population_group=PopulationGroup.HOST,
                disability="visual",
                document_type=DocumentType.PASSPORT,
                document_number="X1",
            ),
        )
    with database.sessions() as session:
        stored = session.get(Person, person.id)
        assert stored.given_names == "José"
        assert stored.population_group == PopulationGroup.RETURNEE
        assert stored.disability is None
        assert (stored.document_type, stored.document_number) == (DocumentType.CEDULA, CEDULA)


def test_front_desk_stores_no_document_nor_sensitive_data_it_cannot_see(
    database: Database, admin: StaffUser
) -> None:
    desk = _staff(database, admin, Role.FRONT_DESK)
    with database.unit_of_work(desk) as session:
        person = people.create_person(session, desk, jose(disability="visual"), ["registro"])
    with database.sessions() as session:
        stored = session.get(Person, person.id)
        assert (stored.document_type, stored.document_number) == (DocumentType.NONE, None)
        assert (stored.population_group, stored.disability) == (None, None)
        assert (stored.given_names, stored.phone) == ("José Ángel", "+593991234567")
    assert "document_type" not in people.visible_fields(desk)


def test_front_desk_edits_a_person_whose_stored_document_no_longer_validates(
    database: Database, admin: StaffUser
) -> None:
    desk = _staff(database, admin, Role.FRONT_DESK)
    with database.unit_of_work(admin) as session:
        old = Person(  # imported long ago: a cédula with a wrong check digit, as written then
            given_names="Rosa",
            family_names="Loor",
            document_type=DocumentType.CEDULA,
            document_number="1710-034066",
            search_name="rosa loor",
        )
        session.add(old)
    with database.unit_of_work(desk) as session:
        people.update_person(session, desk, old.id, PersonInput("Rosa", "Loor", phone="0991234567"))
    with database.sessions() as session:
        stored = session.get(Person, old.id)
        assert stored.phone == "+593991234567"
        assert (stored.document_type, stored.document_number) == (
            DocumentType.CEDULA,
            "1710-034066",
        )


def test_consent_can_be_withdrawn_and_that_is_recorded(
    database: Database, admin: StaffUser
) -> None:
    with database.unit_of_work(admin) as session:
        person = people.create_person(session, admin, jose(), ALL)
    with database.unit_of_work(admin) as session:
        people.withdraw_consent(session, admin, person.id, ["contacto"])
    with database.sessions() as session:
        assert people.active_purposes(session, person.id) == {"registro", "estadisticas"}
        records = session.scalars(select(ConsentRecord).order_by(ConsentRecord.id)).all()
        assert records[0].withdrawn_at is not None and records[0].withdrawn_by_id == admin.id
    with database.unit_of_work(admin) as session:
        people.withdraw_consent(session, admin, person.id, ALL)
    with database.sessions() as session:
        assert people.active_purposes(session, person.id) == set()


def test_member_codes_are_random_with_a_check_character(
    database: Database, admin: StaffUser
) -> None:
    with database.unit_of_work(admin) as session:
        person = people.create_person(session, admin, jose(), ALL)
        code = people.ensure_member_code(session, admin, person.id)
        assert people.ensure_member_code(session, admin, person.id) == code
    assert is_valid_code(code) and CEDULA not in code


def test_coordinator_merges_two_records_keeping_both_histories(
    database: Database, admin: StaffUser
) -> None:
    desk = _staff(database, admin, Role.FRONT_DESK)
    coordinator = _staff(database, admin, Role.COORDINATOR)
    with database.unit_of_work(admin) as session:
        keep = people.create_person(session, admin, jose(), ALL)
        other = people.create_person(
            session,
            admin,
            PersonInput("Jose", "Nunez", phone="0987654321", email="jose@correo.ec"),
            ["registro"],
        )
        from coworking.core.setup import current_site

        site = current_site(session)
        session.add(Visit(site_id=site.id, person_id=other.id))
    with pytest.raises(PermissionDenied), database.unit_of_work(desk) as session:
        merges.merge(session, desk, keep.id, other.id)
    with database.unit_of_work(coordinator) as session:
        merges.merge(session, coordinator, keep.id, other.id)
    with database.sessions() as session:
        kept = session.get(Person, keep.id)
        assert kept.email == "jose@correo.ec"
        assert session.get(Person, other.id).merged_into_id == keep.id
        assert session.scalar(select(Visit.person_id)) == keep.id
        assert (
            len(
                session.scalars(
                    select(ConsentRecord).where(ConsentRecord.person_id == keep.id)
                ).all()
            )
            == 2
        )
        assert [p.id for p in people.search(session, "0987654321")] == []
        assert [p.id for p in people.search(session, "nunez")] == [keep.id]
        moved = session.scalars(
            select(AuditEntry).where(
                AuditEntry.entity == "visit", AuditEntry.action == AuditAction.UPDATE
            )
        ).all()
        assert moved and moved[0].changes["person_id"] == [other.id, keep.id]
