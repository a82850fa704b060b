"""Counting people by sex, age, group, nationality and disability: the database's grouped count
and the person-by-person count agree, on edge birthdays and missing data, on both engines."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from coworking.core.disaggregation import (
    NO_DATA,
    WITH_DISABILITY,
    age_on,
    breakdown,
    facts,
    people_breakdown,
    years_before,
)
from coworking.db.database import Database
from coworking.db.enums import PopulationGroup, Sex
from coworking.db.models import Person, StaffUser
from tests.consent_data import consenting

ON = date(2027, 2, 28)  # not a leap year: someone born on 29 February turns a year on 1 March
BIRTHS = [
    (date(2009, 2, 28), Sex.WOMAN),  # 18 today
    (date(2009, 3, 1), Sex.MAN),  # 17 until tomorrow
    (date(2008, 2, 29), Sex.WOMAN),  # leap-day birth: 18
    (date(1997, 2, 28), Sex.MAN),  # 30 today: no longer young
    (date(1997, 3, 1), Sex.OTHER),  # 29: still young
    (date(1967, 2, 28), Sex.WOMAN),  # 60 today
    (date(1967, 3, 1), Sex.UNDISCLOSED),  # 59
    (None, None),  # nothing known
    (date(2028, 1, 1), Sex.MAN),  # a birth date after the day: a typing mistake, no data
]


def test_years_before_handles_the_leap_day() -> None:
    assert years_before(date(2028, 2, 29), 18) == date(2010, 2, 28)
    assert years_before(date(2027, 2, 28), 18) == date(2009, 2, 28)
    assert age_on(date(2008, 2, 29), date(2026, 2, 28)) == 17
    assert age_on(date(2008, 2, 29), date(2026, 3, 1)) == 18


def test_grouped_and_person_by_person_counts_agree(database: Database, admin: StaffUser) -> None:
    with database.unit_of_work(admin) as session:
        people = [
            Person(
                given_names="Persona",
                family_names=str(n),
                birth_date=born,
                sex=sex,
                nationality=("VE", "EC", None)[n % 3],
                population_group=(PopulationGroup.IN_TRANSIT, None)[n % 2],
                disability=("visual", "  ", "", None)[n % 4],
            )
            for n, (born, sex) in enumerate(BIRTHS)
        ]
        session.add_all(people)
        session.flush()
        consenting(session, [p.id for p in people])
        duplicate = Person(given_names="Persona", family_names="0 bis", merged_into_id=people[0].id)
        session.add(duplicate)
        session.flush()
        ids = select(Person.id).where(Person.family_names != "ninguna")
        grouped = people_breakdown(session, ids, ON)
        one_by_one = breakdown(facts(session, ids), ON)
    assert grouped == one_by_one
    assert grouped.total == len(BIRTHS)  # the merged record counts as the one it joined
    assert grouped.age == {"0-17": 1, "18-59": 5, "60+": 1, NO_DATA: 2}
    assert grouped.youth == 3  # 18, leap-day 18, and 29; not 30
    assert grouped.sex_by_age[("60+", "woman")] == 1
    assert grouped.sex[NO_DATA] == 1
    assert grouped.disability == {WITH_DISABILITY: 3, NO_DATA: 6}  # blanks are not a disability
    assert dict(grouped.nationality) == {"VE": 3, "EC": 3, NO_DATA: 3}
    assert grouped.population == {
        "host": 0,
        "migrant_destination": 0,
        "in_transit": 5,
        "returnee": 0,
        "other": 0,
        NO_DATA: 4,
    }


def test_who_did_not_authorise_statistics_is_counted_in_no_category(
    database: Database, admin: StaffUser
) -> None:
    with database.unit_of_work(admin) as session:
        people = [
            Person(
                given_names="Persona",
                family_names=str(n),
                birth_date=born,
                sex=sex,
                nationality="VE",
                population_group=PopulationGroup.MIGRANT_DESTINATION,
                disability="visual",
            )
            for n, (born, sex) in enumerate(BIRTHS)
        ]
        session.add_all(people)
        session.flush()
        consenting(session, [p.id for p in people[:3]])  # every purpose
        consenting(session, [p.id for p in people[3:6]], ["registro", "contacto"])
        # people[6:]: no consent recorded at all
        session.add(Person(given_names="Persona", family_names="bis", merged_into_id=people[0].id))
        session.flush()
        ids = select(Person.id)
        grouped = people_breakdown(session, ids, ON)
        one_by_one = breakdown(facts(session, ids), ON)
    assert grouped == one_by_one
    assert (grouped.total, grouped.not_authorised) == (len(BIRTHS), len(BIRTHS) - 3)
    assert sum(grouped.sex.values()) == sum(grouped.age.values()) == 3
    assert sum(grouped.population.values()) == sum(grouped.disability.values()) == 3
    assert dict(grouped.nationality) == {"VE": 3}
    assert grouped.top_nationalities(8) == ([("VE", 3)], 0)
