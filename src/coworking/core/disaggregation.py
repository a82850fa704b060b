"""Who the people served were: sex, age, population group, nationality and disability.

Every count is of different people, never of visits or scans. A record merged into another
counts as the record it was merged into. Nobody is dropped: a person without a birth date, sex,
group or nationality is counted under ``NO_DATA``, and a person whose current consent does not
hold «estadisticas» is counted in ``Breakdown.not_authorised`` and in no category of any
dimension (:mod:`coworking.core.consents`), so that the total is still everyone served.

Age is taken on one reference day (the last day of the period reported), in the R4V and UNHCR
brackets 0-17, 18-59 and 60+, with the young people 18-29 shown apart (they are also in 18-59).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import Select, String, and_, case, func, or_, select, type_coerce
from sqlalchemy.orm import Session

from coworking.core.consents import STATISTICS, holders
from coworking.db.enums import PopulationGroup, Sex
from coworking.db.models import Person

NO_DATA = "no_data"
WITH_DISABILITY = "yes"
AGE_BRACKETS = ("0-17", "18-59", "60+")
YOUTH = (18, 29)
SEXES = (*(s.value for s in Sex), NO_DATA)
AGES = (*AGE_BRACKETS, NO_DATA)
GROUPS = (*(g.value for g in PopulationGroup), NO_DATA)
DISABILITY = (WITH_DISABILITY, NO_DATA)
# The group (authorised, sex, group, nationality, disability, age, youth) of the people who did
# not authorise statistics: none of their facts.
_NOT_AUTHORISED = (0, None, None, None, None, None, None)


@dataclass(frozen=True)
class PersonFacts:
    sex: str | None
    birth_date: date | None
    population_group: str | None
    nationality: str | None
    disability: str | None
    statistics: bool = True  # consents to statistics; otherwise counted in no category


@dataclass(frozen=True)
class Breakdown:
    """Counts of different people by each dimension; every dict has every key of its
    vocabulary (``SEXES``, ``AGES``, ``GROUPS``, ``DISABILITY``), zeros included. The people
    who did not authorise statistics are in ``total`` and ``not_authorised`` only: each
    dimension plus ``not_authorised`` adds up to ``total``."""

    total: int
    sex: dict[str, int]
    age: dict[str, int]
    youth: int
    sex_by_age: dict[tuple[str, str], int]  # (age bracket, sex) → people
    youth_by_sex: dict[str, int]
    population: dict[str, int]
    nationality: tuple[tuple[str, int], ...]  # (ISO code or NO_DATA, people), most first
    disability: dict[str, int]  # WITH_DISABILITY: any disability recorded; NO_DATA: none
    not_authorised: int = 0  # people without a current consent to statistics

    def top_nationalities(self, count: int) -> tuple[list[tuple[str, int]], int]:
        """The ``count`` commonest known nationalities and the people of all others
        (including those without a nationality recorded; not those who did not authorise
        statistics)."""
        known = [(code, n) for code, n in self.nationality if code != NO_DATA]
        top = known[:count]
        return top, self.total - self.not_authorised - sum(n for _, n in top)


def age_on(birth: date, day: date) -> int:
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


def age_bracket(birth: date | None, day: date) -> str:
    if birth is None or birth > day:
        return NO_DATA
    age = age_on(birth, day)
    return "0-17" if age < 18 else "18-59" if age < 60 else "60+"


def is_youth(birth: date | None, day: date) -> bool:
    return birth is not None and birth <= day and YOUTH[0] <= age_on(birth, day) <= YOUTH[1]


def _value(raw: object) -> str:
    if raw is None or raw == "":
        return NO_DATA
    return getattr(raw, "value", raw)  # type: ignore[return-value]


def breakdown(people: Iterable[PersonFacts], on: date) -> Breakdown:
    """Count ``people`` (already one row per person) by every dimension, ages on ``on``."""
    groups: Counter[tuple] = Counter(
        (
            1,
            person.sex,
            person.population_group,
            person.nationality,
            1 if (person.disability or "").strip() else 0,
            age_bracket(person.birth_date, on),
            1 if is_youth(person.birth_date, on) else 0,
        )
        if person.statistics
        else _NOT_AUTHORISED
        for person in people
    )
    return _from_groups((*key, count) for key, count in groups.items())


def person_key():
    """The person a row counts as: the record it was merged into, or itself."""
    return func.coalesce(Person.merged_into_id, Person.id)


def canonical_ids(person_ids: Select) -> Select:
    """The different people behind a query of person ids, merged records folded."""
    return select(person_key().label("id")).where(Person.id.in_(person_ids)).distinct()


def facts(session: Session, person_ids: Select) -> list[PersonFacts]:
    """One ``PersonFacts`` per different person among ``person_ids`` (a query of ids); the
    facts of someone who did not authorise statistics are not read."""
    wanted = canonical_ids(person_ids).subquery()
    allowed = holders(STATISTICS).subquery()
    ok = allowed.c.person_id.is_not(None)
    columns = (
        Person.sex,
        Person.birth_date,
        Person.population_group,
        Person.nationality,
        Person.disability,
    )
    rows = session.execute(
        select(*(case((ok, column)) for column in columns), ok)
        .outerjoin(allowed, allowed.c.person_id == Person.id)
        .where(Person.id.in_(select(wanted.c.id)))
    )
    return [PersonFacts(*row) for row in rows]


def years_before(day: date, years: int) -> date:
    """The latest birth date of someone ``years`` old or older on ``day``."""
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February in a year without one
        return day.replace(year=day.year - years, day=28)


def people_breakdown(session: Session, person_ids: Select, on: date) -> Breakdown:
    """``breakdown`` of the different people among ``person_ids``, ages on ``on``, counted
    by the database: one row per combination of categories rather than one per person. The
    people who did not authorise statistics make one row of their own, without their facts."""
    wanted = canonical_ids(person_ids).subquery()
    allowed = holders(STATISTICS).subquery()
    ok = allowed.c.person_id.is_not(None)
    adult, senior = years_before(on, 18), years_before(on, 60)
    youngest, oldest = years_before(on, YOUTH[0]), years_before(on, YOUTH[1] + 1)
    born = Person.birth_date
    bracket = case(
        (or_(born.is_(None), born > on), NO_DATA),
        (born > adult, "0-17"),
        (born > senior, "18-59"),
        else_="60+",
    )
    youth = case((and_(born <= youngest, born > oldest), 1), else_=0)
    disabled = case((func.coalesce(func.trim(Person.disability), "") != "", 1), else_=0)
    categories = (
        type_coerce(Person.sex, String),
        type_coerce(Person.population_group, String),
        Person.nationality,
        disabled,
        bracket,
        youth,
    )
    flag = case((ok, 1), else_=0)
    columns = (flag, *(case((ok, c)) for c in categories))  # NULL for the others
    rows = session.execute(
        select(*columns, func.count())
        .outerjoin(allowed, allowed.c.person_id == Person.id)
        .where(Person.id.in_(select(wanted.c.id)))
        .group_by(*columns)
    )
    return _from_groups(rows)


def _from_groups(rows: Iterable[tuple]) -> Breakdown:
    sex: Counter[str] = Counter()
    age: Counter[str] = Counter()
    sex_by_age: Counter[tuple[str, str]] = Counter()
    youth_by_sex: Counter[str] = Counter()
    population: Counter[str] = Counter()
    nationality: Counter[str] = Counter()
    disability: Counter[str] = Counter()
    not_authorised = 0
    for authorised, raw_sex, raw_group, raw_nationality, disabled, bracket, young, count in rows:
        if not authorised:
            not_authorised += count
            continue
        person_sex = _value(raw_sex)
        sex[person_sex] += count
        age[bracket] += count
        sex_by_age[(bracket, person_sex)] += count
        if young:
            youth_by_sex[person_sex] += count
        population[_value(raw_group)] += count
        nationality[_value(raw_nationality)] += count
        disability[WITH_DISABILITY if disabled else NO_DATA] += count
    return Breakdown(
        total=sum(sex.values()) + not_authorised,
        sex={key: sex[key] for key in SEXES},
        age={key: age[key] for key in AGES},
        youth=sum(youth_by_sex.values()),
        sex_by_age={(a, s): sex_by_age[(a, s)] for a in AGES for s in SEXES},
        youth_by_sex={key: youth_by_sex[key] for key in SEXES},
        population={key: population[key] for key in GROUPS},
        nationality=tuple(sorted(nationality.items(), key=lambda item: (-item[1], item[0]))),
        disability={key: disability[key] for key in DISABILITY},
        not_authorised=not_authorised,
    )
