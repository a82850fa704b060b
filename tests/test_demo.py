"""Demo data: realistic, valid and reproducible, on both engines."""

from __future__ import annotations

import hashlib
from collections import Counter

import phonenumbers
from sqlalchemy import select
from stdnum.ec import ci

from coworking.core.codes import is_valid_code
from coworking.core.demo import TODAY, generate
from coworking.db.database import Database, open_database
from coworking.db.enums import DocumentType, PopulationGroup
from coworking.db.models import ConsentRecord, EntrepreneurProfile, Person, StaffUser

FIELDS = (
    "given_names",
    "family_names",
    "document_type",
    "document_number",
    "nationality",
    "sex",
    "birth_date",
    "population_group",
    "phone",
    "email",
    "canton_code",
    "member_code",
    "uuid",
)


def _people(database: Database) -> list[Person]:
    with database.sessions() as session:
        return list(session.scalars(select(Person).order_by(Person.id)))


def _fingerprint(database: Database) -> str:
    digest = hashlib.sha256()
    for person in _people(database):
        digest.update(repr([getattr(person, f) for f in FIELDS]).encode())
    return digest.hexdigest()


def test_demo_data_is_realistic_and_valid(database: Database) -> None:
    with database.unit_of_work() as session:
        summary = generate(session, people=600, seed=7)
    people = _people(database)
    assert summary.people == len(people) == 600
    cedulas = [p.document_number for p in people if p.document_type == DocumentType.CEDULA]
    assert len(cedulas) > 250 and all(ci.is_valid(c) for c in cedulas)
    text = " ".join(f"{p.given_names} {p.family_names}" for p in people)
    assert "ñ" in text and any(c in text for c in "áéíóú")
    nationalities = Counter(p.nationality for p in people)
    assert nationalities["EC"] > nationalities["VE"] > nationalities["CO"] > 0
    groups = Counter(p.population_group for p in people)
    assert set(groups) >= {
        PopulationGroup.HOST,
        PopulationGroup.MIGRANT_DESTINATION,
        PopulationGroup.IN_TRANSIT,
        PopulationGroup.RETURNEE,
    }
    assert all(
        p.population_group in (PopulationGroup.HOST, PopulationGroup.RETURNEE)
        for p in people
        if p.nationality == "EC"
    )
    ages = [(TODAY - p.birth_date).days // 365 for p in people]
    assert min(ages) >= 18 and max(ages) <= 66 and sorted(ages)[len(ages) // 2] < 40
    phones = [p.phone for p in people if p.phone]
    assert all(phonenumbers.is_valid_number(phonenumbers.parse(n)) for n in phones)
    assert all(p.search_name == p.search_name.lower() for p in people)
    with database.sessions() as session:
        profiles = list(session.scalars(select(EntrepreneurProfile)))
        assert 0.15 < len(profiles) / 600 < 0.35
        by_id = {p.id: p for p in people}
        assert all(is_valid_code(by_id[pr.person_id].member_code) for pr in profiles)
        assert session.scalar(select(ConsentRecord).limit(1)).text_version == "2026-01"
        roles = {u.username for u in session.scalars(select(StaffUser))}
        assert {"admin", "coordinacion", "recepcion"} <= roles
    documents = [(p.document_type, p.document_number) for p in people if p.document_number]
    assert len(documents) == len(set(documents))


def test_same_seed_same_data_other_seed_other_data(tmp_path) -> None:
    prints = []
    for name, seed in (("a", 3), ("b", 3), ("c", 4)):
        db = open_database(f"sqlite:///{tmp_path / name}.sqlite3")
        with db.unit_of_work() as session:
            generate(session, people=300, seed=seed)
        prints.append(_fingerprint(db))
        db.dispose()
    assert prints[0] == prints[1] != prints[2]


def test_demo_refuses_a_database_that_already_holds_people(database: Database) -> None:
    import pytest

    from coworking.core.errors import UserError

    with database.unit_of_work() as session:
        generate(session, people=5, seed=1)
    with pytest.raises(UserError, match="ya tiene personas"), database.unit_of_work() as s:
        generate(s, people=5, seed=1)
