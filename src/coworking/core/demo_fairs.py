"""Demo job fairs: employers of Manta and Santo Domingo, their vacancies, two past fairs with
their morning at the door, booth interviews and hires, the fair on today with its door half
checked in, an upcoming fair and a workshop (dated by :mod:`coworking.core.demo_fair_plans`).

Called by :func:`coworking.core.demo.generate` once the demo people exist. Everything comes
from the demo's ``random.Random``, so the same seed gives the same fairs; rows go in with
Core bulk inserts (no per-row audit: the demo records itself as one audit entry).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, timedelta
from random import Random
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session
from stdnum.ec import ruc as ec_ruc

from coworking.core import reference
from coworking.core.demo_fair_build import Builder, Fair, FairPlan, local_moment
from coworking.core.demo_fair_data import (
    COMPANIES,
    CONTACT_FAMILY,
    CONTACT_GIVEN,
    LEGAL_WORDS,
    MANABI,
    REQUIREMENTS,
    SANTO_DOMINGO,
)
from coworking.core.demo_fair_door import DESK, DOORS, door, insert_scans, wrong_event_scans
from coworking.core.demo_fair_plans import fair_plans
from coworking.core.demo_fair_results import Recorded, booth_day, outcomes
from coworking.core.fairs import CONTRACT_TYPES
from coworking.core.setup import current_site
from coworking.core.text import search_key
from coworking.db.enums import EventKind, RegistrationRole
from coworking.db.models import (
    Employer,
    Event,
    EventEmployer,
    Interaction,
    Outcome,
    Person,
    Registration,
    StaffUser,
    Vacancy,
)

MAX_CANDIDATES = 600


def valid_ruc(rng: Random, province: int) -> str:
    """A private company's RUC (third digit 9) that passes python-stdnum's check."""
    while True:
        body = f"{province:02d}9{rng.randrange(10**7):07d}001"
        if ec_ruc.is_valid(body):
            return body


def _contact(rng: Random, name: str, province: int) -> dict[str, Any]:
    words = [w for w in search_key(name).replace(".", "").split() if w not in LEGAL_WORDS]
    domain = "".join(words[:2])
    area = "5" if province == MANABI else "2"
    prefix = "26" if province == MANABI else "27"
    return {
        "contact_name": f"{rng.choice(CONTACT_GIVEN)} {rng.choice(CONTACT_FAMILY)}",
        "contact_phone": f"+593{area}{prefix}{rng.randrange(10**5):05d}",
        "contact_email": f"talentohumano@{domain}.com.ec",
    }


def _employers(
    b: Builder, first_announced: date
) -> tuple[list[int], dict[int, list[int]], dict[int, int]]:
    """The companies (on the register in the two months before the first fair was announced,
    ``first_announced``) and their vacancies: employer ids, each one's vacancy ids, and the
    positions of every vacancy."""
    known = {entry.code for entry in reference.occupations()}
    rucs: set[str] = set()
    rows = []
    for company in COMPANIES:
        ruc = valid_ruc(b.rng, company.province)
        while ruc in rucs:
            ruc = valid_ruc(b.rng, company.province)
        rucs.add(ruc)
        joined_on = first_announced - timedelta(days=70 - b.rng.randrange(60))
        joined = b.day_time(joined_on, 3e4, 6e4)
        rows.append(
            b.stamp(
                {
                    "ruc": ruc,
                    "trade_name": company.name,
                    "sector": company.sector,
                    **_contact(b.rng, company.name, company.province),
                    "inclusive_commitment": b.rng.random() < 0.8,
                    "active": True,
                },
                joined,
            )
        )
    employer_ids = b.insert(Employer.__table__, rows, ids=True)
    vacancy_rows = []
    for employer_id, company, employer in zip(employer_ids, COMPANIES, rows, strict=True):
        count = b.rng.randint(1, len(company.jobs))
        for job in b.rng.sample(company.jobs, count):
            title, code, contract, most = job
            assert code in known and contract in CONTRACT_TYPES, job
            requirements = " ".join(b.rng.sample(REQUIREMENTS, b.rng.randint(1, 3)))
            vacancy_rows.append(
                b.stamp(
                    {
                        "employer_id": employer_id,
                        "title": title,
                        "occupation_code": code,
                        "positions": b.rng.randint(1, most),
                        "contract_type": contract,
                        "requirements": requirements,
                        "foreign_documents_ok": b.rng.random() < 0.85,
                    },
                    employer["created_at"] + timedelta(hours=b.rng.randint(1, 200)),
                )
            )
    vacancy_ids = b.insert(Vacancy.__table__, vacancy_rows, ids=True)
    by_employer: dict[int, list[int]] = {}
    for vacancy_id, row in zip(vacancy_ids, vacancy_rows, strict=True):
        by_employer.setdefault(row["employer_id"], []).append(vacancy_id)
    positions = {v: row["positions"] for v, row in zip(vacancy_ids, vacancy_rows, strict=True)}
    return employer_ids, by_employer, positions


def _booth_employers(b: Builder, plan: FairPlan, employer_ids: list[int]) -> list[int]:
    if plan.kind != EventKind.JOB_FAIR:
        return []
    home = MANABI if plan.in_manta else SANTO_DOMINGO
    local = [e for e, c in zip(employer_ids, COMPANIES, strict=True) if c.province == home]
    away = [e for e in employer_ids if e not in local]
    chosen = b.rng.sample(local, min(len(local), 11)) + b.rng.sample(away, min(len(away), 3))
    return sorted(chosen)


def _events(
    session: Session, b: Builder, plans: Sequence[FairPlan], employer_ids: list[int]
) -> list[Fair]:
    site = current_site(session)
    rows = [
        b.stamp(
            {
                "site_id": site.id if site and plan.in_manta else None,
                "kind": plan.kind,
                "name": plan.name,
                "venue": plan.venue,
                "starts_on": plan.day,
                "ends_on": plan.last_day,
                "capacity": plan.capacity,
            },
            b.day_time(plan.announced, 3.2e4, 6e4),
        )
        for plan in plans
    ]
    event_ids = b.insert(Event.__table__, rows, ids=True)
    fairs = []
    booth_rows = []
    for event_id, plan, event in zip(event_ids, plans, rows, strict=True):
        fair = Fair(event_id, plan, _booth_employers(b, plan, employer_ids))
        for number, employer_id in enumerate(fair.employer_ids):
            booth_rows.append(
                b.stamp(
                    {
                        "event_id": event_id,
                        "employer_id": employer_id,
                        "booth": f"{'ABC'[number // 8]}{number % 8 + 1}",
                    },
                    event["created_at"] + timedelta(days=b.rng.randint(3, 30)),
                )
            )
        fairs.append(fair)
    b.insert(EventEmployer.__table__, booth_rows)
    return fairs


def _representatives(
    session: Session, b: Builder, person_ids: Sequence[int], employer_ids: list[int]
) -> dict[int, list[int]]:
    """Each employer's one to three representatives (the same people at every fair), taken
    mostly from Ecuadorians and never more than a fifth of the demo people."""
    wanted = {e: b.rng.randint(1, 3) for e in employer_ids}
    room = min(sum(wanted.values()), len(person_ids) // 5)
    if room == 0:
        return {}
    sample = b.rng.sample(list(person_ids), min(len(person_ids), room * 3))
    ecuadorians = set(
        session.scalars(select(Person.id).where(Person.id.in_(sample), Person.nationality == "EC"))
    )
    ordered = [p for p in sample if p in ecuadorians] + [p for p in sample if p not in ecuadorians]
    pool = iter(ordered[:room])
    reps: dict[int, list[int]] = {}
    for employer_id, count in wanted.items():
        for person_id in pool:
            reps.setdefault(employer_id, []).append(person_id)
            if len(reps[employer_id]) == count:
                break
    return reps


def _signed_up(b: Builder, plan: FairPlan) -> datetime:
    """When a pre-registration came in: after the announcement, more of them near the day."""
    last = min(plan.day, b.today) - timedelta(days=1)
    span = max(1, (last - plan.announced).days)
    day = plan.announced + timedelta(days=int(b.rng.triangular(0, span, span)))
    return b.day_time(day, 2.9e4, 7.9e4)


def _register(
    b: Builder,
    fair: Fair,
    candidates: list[int],
    reps: dict[int, list[int]],
) -> None:
    """Registrations of the fair (rows kept on ``fair`` with their ids for the door)."""
    plan = fair.plan
    stage = b.stage(plan)
    imported = min(plan.day - timedelta(days=6), b.today - timedelta(days=2))
    people = [(p, e) for e in fair.employer_ids for p in reps.get(e, [])]
    people += [(p, None) for p in candidates]
    rows: list[dict[str, Any]] = []
    for person_id, employer_id in people:
        if employer_id is not None:
            role, source = RegistrationRole.EMPLOYER_REP, "registry"
        else:
            role = RegistrationRole.VISITOR if b.rng.random() < 0.03 else RegistrationRole.CANDIDATE
            weights = (62, 26, {"past": 12, "current": 8, "future": 0}[stage])
            source = b.rng.choices(("registry", "import", "door"), weights=weights)[0]
        created: datetime | None = None  # walk-ins: on the day, just before their admission
        if source == "import":
            created = b.day_time(imported, 3.6e4, 3.7e4)
        elif source == "registry":
            created = _signed_up(b, plan)
        cancelled = None
        if created is not None and role != RegistrationRole.EMPLOYER_REP and b.rng.random() < 0.03:
            eve = min(local_moment(plan.day, 7 * 3600), b.now)
            cancelled = min(created + timedelta(hours=b.rng.randint(2, 60)), eve)
        rows.append(
            {
                "event_id": fair.event_id,
                "person_id": person_id,
                "employer_id": employer_id,
                "role": role,
                "badge_code": b.badge(),
                "source": source,
                "checked_in_at": None,
                "cancelled_at": cancelled,
                "_created": created,
            }
        )
    fair.registrations = rows


def _insert_registrations(b: Builder, fair: Fair) -> None:
    rows = []
    for row in fair.registrations:
        created = row["_created"]
        touched = max(t for t in (created, row["checked_in_at"], row["cancelled_at"]) if t)
        rows.append(
            b.stamp({k: v for k, v in row.items() if not k.startswith("_")}, created, touched)
        )
    for row, new_id in zip(
        fair.registrations, b.insert(Registration.__table__, rows, ids=True), strict=True
    ):
        row["_id"] = new_id


def _staff_at_stations(session: Session, admin: StaffUser) -> dict[str, int]:
    users = dict(session.execute(select(StaffUser.username, StaffUser.id)).all())
    return {
        DOORS[0]: users.get("recepcion", admin.id),
        DOORS[1]: users.get("coordinacion", admin.id),
        DESK: admin.id,
    }


def add_fairs(
    session: Session,
    rng: Random,
    admin: StaffUser,
    person_ids: Sequence[int],
    now: datetime,
) -> dict[str, int]:
    """Employers, vacancies, fairs and workshop with their registrations, door scans, booth
    interactions and outcomes, dated from ``now``: past fairs happened, the fair on today has
    had its door so far, later events only have registrations. Returns the number of rows
    written per table."""
    b = Builder(session, rng, now)
    site = current_site(session)
    plans = fair_plans(now, site.name if site else "Coworking municipal")
    staff = _staff_at_stations(session, admin)
    employer_ids, vacancies, positions = _employers(b, plans[0].announced)
    fairs = _events(session, b, plans, employer_ids)
    reps = _representatives(session, b, person_ids, employer_ids)
    taken = {p for people in reps.values() for p in people}
    pool = [p for p in person_ids if p not in taken]
    recorder = staff[DOORS[1]]
    earlier: Fair | None = None
    recorded: Recorded = set()
    for fair in fairs:
        stage = b.stage(fair.plan)
        size = min(MAX_CANDIDATES, len(pool) // 3)
        if fair.plan.kind == EventKind.WORKSHOP:
            size = min(fair.plan.capacity - 3, len(pool) // 20)
        elif stage == "future":
            size = size * 85 // 100  # registration still open
        _register(b, fair, b.rng.sample(pool, size), reps)
        if stage == "future":
            _insert_registrations(b, fair)
            continue
        scans = door(b, fair, staff)
        if earlier is not None:
            scans += wrong_event_scans(b, fair, earlier, staff)
        _insert_registrations(b, fair)
        insert_scans(b, scans)
        visits = booth_day(b, fair, vacancies, recorder)
        b.insert(Interaction.__table__, visits)
        if stage == "past":  # weeks later
            b.insert(Outcome.__table__, outcomes(b, fair, visits, positions, recorder, recorded))
        earlier = fair
    return {
        "employers": b.counts["employer"],
        "vacancies": b.counts["vacancy"],
        "events": b.counts["event"],
        "booths": b.counts["event_employer"],
        "registrations": b.counts["registration"],
        "check_ins": b.counts["check_in"],
        "interactions": b.counts["interaction"],
        "outcomes": b.counts["outcome"],
    }
