"""Likely duplicates: one set of rules for the person form, the imports and the whole registry."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from itertools import combinations
from random import Random
from uuid import UUID

import pytest
from sqlalchemy import insert, select

from coworking.core import accounts, duplicates, merges, people
from coworking.core.duplicates import Reason, Someone, document_key, reasons_between, swapped
from coworking.core.errors import PermissionDenied
from coworking.core.people import PersonInput
from coworking.core.text import person_search_name, search_key
from coworking.db.database import Database
from coworking.db.enums import DocumentType, Role
from coworking.db.models import Person, StaffUser
from tests.fair_data import namesakes

ALL = ["registro"]


def _someone(key: int, given: str, family: str, **values) -> Someone:
    return duplicates.someone(
        key, PersonInput(given, family, **values) if values else PersonInput(given, family)
    )


def _add(database: Database, admin: StaffUser, data: PersonInput) -> int:
    """Registered as front desk would after «It is another person»: the form's check passed."""
    with database.unit_of_work(admin) as session:
        return people.create_person(
            session, admin, data, ALL, not_duplicate_of=frozenset(range(1, 10_000))
        ).id


def _coordinator(database: Database, admin: StaffUser, role: Role = Role.COORDINATOR):
    with database.unit_of_work(admin) as session:
        return accounts.create_user(
            session, session.get(StaffUser, admin.id), role.value, role.value, role, "clave-12345"
        )


# --- the rules, pair by pair --------------------------------------------------------------------


def test_day_and_month_swapped_only_where_it_makes_another_date() -> None:
    assert swapped(date(1990, 5, 3)) == date(1990, 3, 5)
    assert swapped(date(1990, 3, 5)) == date(1990, 5, 3)
    assert swapped(date(1990, 5, 5)) is None  # the same date
    assert swapped(date(1990, 5, 13)) is None  # no month 13
    assert swapped(None) is None


def test_similar_names_with_the_same_or_swapped_birth_date() -> None:
    born = date(1995, 5, 3)
    first = _someone(1, "José Ángel", "Núñez Peña", birth_date=born)
    accents = _someone(2, "JOSE ANGEL", "NUNEZ PENA", birth_date=born)
    order = _someone(3, "José Ángel", "Peña Núñez", birth_date=born)
    part = _someone(4, "José", "Núñez", birth_date=born)
    typo = _someone(5, "Jose Anjel", "Nuñes Peña", birth_date=born)
    turned = _someone(6, "José Ángel", "Núñez Peña", birth_date=date(1995, 3, 5))
    same_date = Reason.NAME_AND_BIRTH_DATE
    for other in (accents, order, part, typo):
        assert reasons_between(first, other) == (same_date,), other.name
    assert reasons_between(first, turned) == (Reason.NAME_AND_SWAPPED_BIRTH_DATE,)
    assert reasons_between(turned, first) == (Reason.NAME_AND_SWAPPED_BIRTH_DATE,)
    assert Reason.NAME_AND_SWAPPED_BIRTH_DATE.value == (
        "nombre parecido y fecha de nacimiento con día y mes invertidos"
    )


def test_a_similar_name_alone_is_not_enough() -> None:
    first = _someone(1, "Ramón", "Cedeño Vera", birth_date=date(1988, 4, 2))
    namesake = _someone(2, "Ramón", "Cedeño Vera", birth_date=date(2001, 9, 30))
    unknown = _someone(3, "Ramón", "Cedeño Vera")
    assert reasons_between(first, namesake) == ()
    assert reasons_between(first, unknown) == ()
    # twins of one family share surnames and birth date, not their given names
    twin = _someone(4, "María José", "Quiñónez Paredes", birth_date=date(1990, 7, 24))
    sister = _someone(5, "María Fernanda", "Quiñónez Paredes", birth_date=date(1990, 7, 24))
    assert reasons_between(twin, sister) == ()
    # «Torres Torres» is not part of «Torres Castillo»
    one = _someone(6, "Mayra", "Torres Torres", birth_date=date(2000, 10, 10))
    other = _someone(7, "Mayra", "Torres Castillo", birth_date=date(2000, 10, 10))
    assert reasons_between(one, other) == ()


def test_phone_or_document_alone_is_a_strong_reason() -> None:
    first = _someone(
        1,
        "Yorman",
        "Colmenares",
        document_type=DocumentType.CEDULA,
        document_number="1710034065",
        phone="+593991234567",
    )
    relative = _someone(2, "Rosa", "Loor", phone="+593991234567")
    assert reasons_between(first, relative) == (Reason.PHONE,)
    as_other = _someone(
        3, "Y.", "C.", document_type=DocumentType.OTHER, document_number="171-003-4065"
    )
    as_passport = _someone(
        4, "Yorman", "Colmenárez", document_type=DocumentType.PASSPORT, document_number="1710034065"
    )
    assert reasons_between(first, as_other) == (Reason.DOCUMENT,)
    assert reasons_between(as_other, as_passport) == (Reason.DOCUMENT,)
    both = replace(as_passport, phone="+593991234567")
    assert reasons_between(first, both) == (Reason.DOCUMENT, Reason.PHONE)
    assert document_key(" 1 ") is None  # too short to compare


def _brute_force(people_: list[Someone]) -> dict[tuple[int, int], tuple[Reason, ...]]:
    found = {}
    for one, other in combinations(people_, 2):
        reasons = reasons_between(one, other)
        if reasons:
            found[(one.key, other.key)] = reasons
    return found


def _crowd(count: int, seed: int) -> list[Someone]:
    """People drawn from few names, dates and phones, so that every rule fires often."""
    rng = Random(seed)
    given = ["José", "Jose Luis", "María", "María José", "Yorman", "Génesis", "Luis"]
    family = ["Núñez", "Nunez Peña", "Loor", "Peña Loor", "Zambrano", "Cedeño Vera"]
    crowd = []
    for key in range(1, count + 1):
        born = date(1990, rng.randint(1, 3), rng.randint(1, 3)) if rng.random() < 0.8 else None
        phone = f"+59399{rng.randint(0, 30):07d}" if rng.random() < 0.5 else None
        number = f"{rng.randint(0, 40):010d}" if rng.random() < 0.4 else None
        kind = rng.choice([DocumentType.CEDULA, DocumentType.PASSPORT, DocumentType.OTHER])
        crowd.append(
            _someone(
                key,
                rng.choice(given),
                rng.choice(family),
                birth_date=born,
                phone=phone,
                document_type=kind if number else DocumentType.NONE,
                document_number=number,
            )
        )
    return crowd


def test_blocks_find_exactly_the_pairs_of_comparing_everyone() -> None:
    crowd = _crowd(150, seed=3)
    expected = _brute_force(crowd)
    found = duplicates.pairs_among(crowd)
    assert {p.keys: p.reasons for p in found} == expected
    assert len(expected) > 100
    assert {r for reasons in expected.values() for r in reasons} == set(Reason)
    # strongest first: a document before a phone before a name and the swapped date
    ranks = [p.reasons[0].rank for p in found]
    assert ranks == sorted(ranks)
    new, known = crowd[:40], crowd[40:]
    between = duplicates.pairs_between(new, known)
    assert {p.keys: p.reasons for p in between} == {
        (a.key, b.key): r
        for a in new
        for b in known
        if (r := reasons_between(a, b))  # noqa: B023 - used at once
    }


def test_the_registry_in_memory_finds_exactly_the_names_the_rule_finds() -> None:
    """The import's names-by-day (rapidfuzz over a whole day at once) against the rule
    itself, pair by pair: the same people, with parts of names, repeated words and one word."""
    rng = Random(11)
    words = ["maria", "jose", "nunez", "pena", "loor", "torres", "ana", "belen", "yanez"]
    day = date(1990, 3, 5)

    def name() -> str:
        return " ".join(rng.choice(words) for _ in range(rng.randint(1, 4)))

    registry = duplicates.RegistryDays(None)
    registered = [(key, name()) for key in range(1, 400)]
    for key, text in registered:
        registry.add(key, text, day)
    typed = [Someone(1000 + i, "", "", name(), day, None, None, None, None) for i in range(60)]
    expected = {
        key
        for key, text in registered
        if any(
            duplicates.name_similarity(p.search_name, text) >= duplicates.NAME_CUTOFF for p in typed
        )
    }
    assert registry.alike(typed) == expected
    assert 0 < len(expected) < len(registered)


def test_a_number_shared_by_too_many_people_proves_nothing() -> None:
    office = "+593052620000"
    crowd = [
        _someone(key, f"Persona{key}", f"Apellido{key}", phone=office)
        for key in range(1, duplicates.PHONE_LIMIT + 2)
    ]
    assert duplicates.pairs_among(crowd) == []
    assert len(duplicates.pairs_among(crowd[: duplicates.PHONE_LIMIT])) == 66  # 12 · 11 / 2


# --- the person form -----------------------------------------------------------------------------


def test_the_form_finds_swapped_dates_other_document_types_and_never_merged_records(
    database: Database, admin: StaffUser
) -> None:
    first = _add(
        database,
        admin,
        PersonInput(
            "Franyer",
            "Peña Núñez",
            DocumentType.PASSPORT,
            "805116279",
            birth_date=date(1992, 7, 4),
            phone="0991112233",
        ),
    )
    typed = PersonInput("Franyer", "Pena Nunez", birth_date=date(1992, 4, 7))
    with database.sessions() as session:
        found = people.likely_duplicates(session, typed)
    assert [(c.person_id, c.reason) for c in found] == [
        (first, "nombre parecido y fecha de nacimiento con día y mes invertidos")
    ]
    refused = pytest.raises(people.LikelyDuplicates, match="día y mes invertidos")
    with refused, database.unit_of_work(admin) as session:
        people.create_person(session, admin, typed, ALL)
    refugee = PersonInput("Otro", "Nombre", DocumentType.REFUGEE, "805-116-279")
    with database.sessions() as session:
        found = people.likely_duplicates(session, refugee)
    assert [(c.person_id, c.name, c.reason) for c in found] == [
        (first, "Franyer Peña Núñez", "mismo documento")
    ]
    second = _add(database, admin, PersonInput("Franyer", "Peña", phone="0991112233"))
    with database.sessions() as session:
        assert {c.person_id for c in people.likely_duplicates(session, typed)} == {first}
        by_phone = PersonInput("Luz", "Loor", phone="0991112233")
        assert not people.validate(by_phone)  # as the form does: the phone in E.164
        assert {c.person_id for c in people.likely_duplicates(session, by_phone)} == {
            first,
            second,
        }
    with database.unit_of_work(admin) as session:
        merges.merge(session, admin, first, second)
    with database.sessions() as session:
        assert session.get(Person, second).merged_into_id == first
        assert [c.person_id for c in people.likely_duplicates(session, by_phone)] == [first]
        assert people.likely_duplicates(session, by_phone, exclude_id=first) == []


# --- the whole registry --------------------------------------------------------------------------


def test_registry_pairs_strongest_first_without_namesakes_and_until_dismissed(
    database: Database, admin: StaffUser
) -> None:
    ramon, other_ramon = namesakes(database, admin)
    lucia = _add(database, admin, PersonInput("Lucía", "Arévalo", birth_date=date(1985, 12, 3)))
    lucia_again = _add(
        database, admin, PersonInput("Lucia", "Arevalo Mera", birth_date=date(1985, 3, 12))
    )
    jose = _add(
        database,
        admin,
        PersonInput("José", "Loor", DocumentType.CEDULA, "1301152441", phone="0987654321"),
    )
    jose_again = _add(
        database,
        admin,
        PersonInput("Jose", "Loor", DocumentType.OTHER, "130-115-2441", phone="0987654321"),
    )
    mother = _add(database, admin, PersonInput("Rosa", "Mera", phone="0999000111"))
    son = _add(database, admin, PersonInput("Kevin", "Vera Mera", phone="0999000111"))
    coordinator = _coordinator(database, admin)
    with database.sessions() as session:
        pairs = duplicates.registry_pairs(session, coordinator)
    assert [(p.keys, p.reason) for p in pairs] == [
        ((jose, jose_again), "mismo documento; mismo teléfono"),
        ((mother, son), "mismo teléfono"),
        ((lucia, lucia_again), "nombre parecido y fecha de nacimiento con día y mes invertidos"),
    ]
    assert not any({ramon, other_ramon} & set(p.keys) for p in pairs)
    assert pairs[0].first.document_type == DocumentType.CEDULA
    assert pairs[0].second.document_type == DocumentType.OTHER

    with database.unit_of_work(coordinator) as session:
        duplicates.mark_not_same(session, coordinator, son, mother)
        duplicates.mark_not_same(session, coordinator, son, mother)  # twice: no harm
    with database.unit_of_work(admin) as session:
        merges.merge(session, admin, lucia, lucia_again)
    with database.sessions() as session:
        assert duplicates.not_same_pairs(session) == {(mother, son)}
        left = duplicates.registry_pairs(session, coordinator)
        assert [p.keys for p in left] == [(jose, jose_again)]
        assert duplicates.merged_ids(session, [lucia, lucia_again, jose]) == {lucia_again}


def test_front_desk_may_neither_list_nor_dismiss(database: Database, admin: StaffUser) -> None:
    desk = _coordinator(database, admin, Role.FRONT_DESK)
    with database.sessions() as session, pytest.raises(PermissionDenied):
        duplicates.registry_pairs(session, desk)
    with database.unit_of_work(admin) as session, pytest.raises(PermissionDenied):
        duplicates.mark_not_same(session, desk, 1, 2)


GIVEN = ["José", "María José", "Yorman", "Génesis", "Luis Ángel", "Daniela", "Franyer", "Rosa"]
FAMILY = ["Núñez", "Peña", "Loor", "Zambrano", "Cedeño", "Vera", "Mendoza", "Quiñónez", "Arévalo"]


def test_a_big_registry_is_compared_in_blocks(database: Database, admin: StaffUser) -> None:
    """Three thousand people in bulk, some typed twice: every one of those pairs found, none
    between namesakes born on other days, each with the reasons the rule gives."""
    rng = Random(5)
    stamp = datetime(2026, 1, 5, 14, tzinfo=UTC)

    def row(given: str, family: str, born: date, phone: str | None) -> dict:
        return {
            "uuid": UUID(int=rng.getrandbits(128), version=4),
            "created_at": stamp,
            "updated_at": stamp,
            "given_names": given,
            "family_names": family,
            "search_name": person_search_name(given, family),
            "birth_date": born,
            "phone": phone,
        }

    rows = [
        row(
            rng.choice(GIVEN),
            f"{rng.choice(FAMILY)} {rng.choice(FAMILY)}",
            date(1960, 1, 1) + timedelta(days=rng.randrange(45 * 365)),
            f"+59399{n:07d}",
        )
        for n in range(3000)
    ]
    planted = list(range(0, 3000, 150))
    for n in planted:  # typed again: without accents, day and month swapped, no phone
        original = rows[n]
        born = original["birth_date"]
        rows.append(
            row(
                search_key(original["given_names"]).title(),
                search_key(original["family_names"]).title(),
                swapped(born) or born,
                None,
            )
        )
    with database.unit_of_work(admin) as session:
        session.execute(insert(Person), rows)
    with database.sessions() as session:
        ids = list(session.scalars(select(Person.id).order_by(Person.id)))
        seen: list[tuple[int, int]] = []
        pairs = duplicates.registry_pairs(session, admin, lambda d, t: seen.append((d, t)))
    found = {p.keys: p for p in pairs}
    expected = {(ids[n], ids[3000 + i]) for i, n in enumerate(planted)}
    assert expected <= set(found)
    assert len(found) < 3000 * 0.03  # not everyone with everyone
    for pair in pairs:
        assert reasons_between(pair.first, pair.second) == pair.reasons
        assert pair.first.search_name != pair.second.search_name or (
            pair.first.birth_date in (pair.second.birth_date, swapped(pair.second.birth_date))
        )
    assert seen and seen[-1][0] == seen[-1][1]
