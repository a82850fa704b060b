"""Demo job fairs: employers of Manta and Santo Domingo, their vacancies, two past fairs with
their morning at the door, booth interviews and hires, an upcoming fair and a workshop.

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
from coworking.core.checkin import SEARCH_PREFIX
from coworking.core.codes import is_valid_code, new_code
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
from coworking.core.demo_fair_results import booth_day, outcomes
from coworking.core.fairs import CONTRACT_TYPES
from coworking.core.setup import current_site
from coworking.core.text import search_key
from coworking.db.enums import (
    CheckInResult,
    EventKind,
    RegistrationRole,
)
from coworking.db.models import (
    CheckIn,
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

DOORS = ("Puerta norte", "Puerta sur")
DESK = "Mesa de inscripción"  # registers walk-ins and admits people who lost their badge
MAX_CANDIDATES = 600


def _plans(site_name: str) -> tuple[FairPlan, ...]:
    convention = "Centro de Convenciones del Malecón, Manta"
    return (
        FairPlan(
            "Feria de Empleo Inclusiva Manta (mayo)",
            EventKind.JOB_FAIR,
            convention,
            date(2026, 5, 14),
            800,
            date(2026, 3, 16),
            True,
        ),
        FairPlan(
            "Feria Regional de Empleo Santo Domingo",
            EventKind.JOB_FAIR,
            "Coliseo de la Ciudad, Santo Domingo de los Colorados",
            date(2026, 9, 17),
            700,
            date(2026, 7, 6),
            False,
        ),
        FairPlan(
            "Feria de Empleo Inclusiva Manta (diciembre)",
            EventKind.JOB_FAIR,
            convention,
            date(2026, 12, 3),
            800,
            date(2026, 9, 28),
            True,
        ),
        FairPlan(
            "Taller: formaliza tu emprendimiento",
            EventKind.WORKSHOP,
            site_name,
            date(2026, 12, 10),
            25,
            date(2026, 10, 12),
            True,
        ),
    )


def valid_ruc(rng: Random, province: int) -> str:
    """A private company's RUC (third digit 9) that passes python-stdnum's check."""
    while True:
        body = f"{province:02d}9{rng.randrange(10**7):07d}001"
        if ec_ruc.is_valid(body):
            return body


def _arrival(rng: Random) -> float:
    """Seconds after 09:00 at which a candidate reaches the door: the first hour is busiest."""
    hour = rng.choices((0, 1, 2, 3), weights=(45, 25, 18, 12))[0]
    return 60 + hour * 3600 + rng.random() * (3600 - 60)


def _misread(rng: Random, code: str) -> str:
    """What a bad scan of ``code`` looks like: cut short or one character wrong."""
    while True:
        if rng.random() < 0.4:
            raw = code[: rng.randint(3, len(code) - 1)]
        else:
            at = rng.randrange(len(code))
            raw = code[:at] + rng.choice("0O1IL" + code) + code[at + 1 :]
        if not is_valid_code(raw):
            return raw


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


def _employers(b: Builder) -> tuple[list[int], dict[int, list[int]], dict[int, int]]:
    """The companies and their vacancies: employer ids, each one's vacancy ids, and the
    positions of every vacancy."""
    known = {entry.code for entry in reference.occupations()}
    rucs: set[str] = set()
    rows = []
    for company in COMPANIES:
        ruc = valid_ruc(b.rng, company.province)
        while ruc in rucs:
            ruc = valid_ruc(b.rng, company.province)
        rucs.add(ruc)
        joined = b.day_time(date(2026, 3, 2) + timedelta(days=b.rng.randrange(60)), 3e4, 6e4)
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


def _events(session: Session, b: Builder, employer_ids: list[int]) -> list[Fair]:
    site = current_site(session)
    plans = _plans(site.name if site else "Coworking municipal")
    rows = [
        b.stamp(
            {
                "site_id": site.id if site and plan.in_manta else None,
                "kind": plan.kind,
                "name": plan.name,
                "venue": plan.venue,
                "starts_on": plan.day,
                "ends_on": plan.day,
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
    past = plan.day < b.today
    imported = min(plan.day - timedelta(days=6), b.today - timedelta(days=2))
    people = [(p, e) for e in fair.employer_ids for p in reps.get(e, [])]
    people += [(p, None) for p in candidates]
    rows: list[dict[str, Any]] = []
    for person_id, employer_id in people:
        if employer_id is not None:
            role, source = RegistrationRole.EMPLOYER_REP, "registry"
        else:
            role = RegistrationRole.VISITOR if b.rng.random() < 0.03 else RegistrationRole.CANDIDATE
            weights = (62, 26, 12 if past else 0)
            source = b.rng.choices(("registry", "import", "door"), weights=weights)[0]
        created: datetime | None = None  # walk-ins: on the day, just before their admission
        if source == "import":
            created = b.day_time(imported, 3.6e4, 3.7e4)
        elif source == "registry":
            created = _signed_up(b, plan)
        cancelled = None
        if created is not None and role != RegistrationRole.EMPLOYER_REP and b.rng.random() < 0.03:
            eve = local_moment(plan.day, 7 * 3600) if past else b.now
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


def _door_morning(b: Builder, fair: Fair, staff: dict[str, int]) -> list[dict[str, Any]]:
    """Who came and when: fills ``checked_in_at``/``cancelled_at`` and returns scan rows (their
    registration ids are filled in once the registrations are inserted)."""
    day = fair.plan.day
    scans: list[dict[str, Any]] = []

    def scan(row, result, raw, at, station, registration=True) -> None:
        scans.append(
            {
                "_registration": row if registration else None,
                "event_id": fair.event_id,
                "site_id": None,
                "station": station,
                "operator_id": staff[station],
                "result": result,
                "raw_input": raw,
                "scanned_at": at,
                "undone_at": None,
                "undone_by_id": None,
            }
        )

    last = local_moment(day, 13 * 3600 - 1)
    for row in fair.registrations:
        if row["role"] == RegistrationRole.EMPLOYER_REP:
            comes, offset = b.rng.random() < 0.95, b.rng.uniform(30, 1200)
        else:
            comes, offset = row["source"] == "door" or b.rng.random() < 0.74, _arrival(b.rng)
        at = local_moment(day, 9 * 3600 + offset)
        if row["source"] == "door":
            row["_created"] = at - timedelta(seconds=b.rng.randint(60, 240))
        elif row["cancelled_at"] is not None:
            if b.rng.random() < 0.3:  # came anyway
                scan(row, CheckInResult.CANCELLED, row["badge_code"], at, b.rng.choice(DOORS))
            continue
        if not comes:
            continue
        station = DESK if row["source"] == "door" else b.rng.choice(DOORS)
        raw = row["badge_code"]
        if station != DESK and b.rng.random() < 0.04:  # forgot the badge: found by name
            station, raw = DESK, None
        if raw is not None and b.rng.random() < 0.015:
            misread = at - timedelta(seconds=b.rng.randint(2, 10))
            scan(row, CheckInResult.INVALID, _misread(b.rng, raw), misread, station, False)
        scan(row, CheckInResult.OK, raw, at, station)
        row["checked_in_at"] = at
        again = at + timedelta(seconds=b.rng.randint(20, 1500))
        if b.rng.random() < 0.04 and again <= last:
            scan(row, CheckInResult.DUPLICATE, row["badge_code"], again, b.rng.choice(DOORS))
    for _ in range(b.rng.randint(2, 5) if fair.registrations else 0):  # badges of nobody
        stray = new_code(b.rng)
        while stray in b.codes:
            stray = new_code(b.rng)
        at = local_moment(day, 9 * 3600 + _arrival(b.rng))
        scan(None, CheckInResult.UNKNOWN, stray, at, b.rng.choice(DOORS), False)
    return scans


def _wrong_event_scans(
    b: Builder, fair: Fair, earlier: Fair, staff: dict[str, int]
) -> list[dict[str, Any]]:
    """A few people bring the badge of an earlier fair before finding their new one."""
    came = {r["person_id"]: r for r in fair.registrations if r["checked_in_at"] is not None}
    old = [r for r in earlier.registrations if r["person_id"] in came]
    rows = []
    for previous in b.rng.sample(old, min(len(old), b.rng.randint(2, 4))):
        at = came[previous["person_id"]]["checked_in_at"] - timedelta(seconds=b.rng.randint(5, 40))
        station = b.rng.choice(DOORS)
        rows.append(
            {
                "_registration": previous,
                "event_id": fair.event_id,
                "site_id": None,
                "station": station,
                "operator_id": staff[station],
                "result": CheckInResult.WRONG_EVENT,
                "raw_input": previous["badge_code"],
                "scanned_at": max(at, local_moment(fair.plan.day, 9 * 3600)),
                "undone_at": None,
                "undone_by_id": None,
            }
        )
    return rows


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


def _insert_scans(b: Builder, scans: list[dict[str, Any]]) -> None:
    rows = []
    for scan in sorted(scans, key=lambda s: s["scanned_at"]):
        registration = scan.pop("_registration")
        scan["registration_id"] = registration["_id"] if registration else None
        if scan["raw_input"] is None:
            scan["raw_input"] = f"{SEARCH_PREFIX}{scan['registration_id']}"
        rows.append(b.stamp(scan, scan["scanned_at"]))
    b.insert(CheckIn.__table__, rows)


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
    interactions and outcomes. Fairs before ``now`` happened; later ones only have
    registrations. Returns the number of rows written per table."""
    b = Builder(session, rng, now)
    staff = _staff_at_stations(session, admin)
    employer_ids, vacancies, positions = _employers(b)
    fairs = _events(session, b, employer_ids)
    reps = _representatives(session, b, person_ids, employer_ids)
    taken = {p for people in reps.values() for p in people}
    pool = [p for p in person_ids if p not in taken]
    recorder = staff[DOORS[1]]
    earlier: Fair | None = None
    for fair in fairs:
        size = min(MAX_CANDIDATES, len(pool) // 3)
        if fair.plan.kind == EventKind.WORKSHOP:
            size = min(fair.plan.capacity - 3, len(pool) // 20)
        elif fair.plan.day >= b.today:
            size = size * 85 // 100  # registration still open
        _register(b, fair, b.rng.sample(pool, size), reps)
        if fair.plan.day >= b.today:
            _insert_registrations(b, fair)
            continue
        scans = _door_morning(b, fair, staff)
        if earlier is not None:
            scans += _wrong_event_scans(b, fair, earlier, staff)
        _insert_registrations(b, fair)
        _insert_scans(b, scans)
        visits = booth_day(b, fair, vacancies, recorder)
        b.insert(Interaction.__table__, visits)
        b.insert(Outcome.__table__, outcomes(b, fair, visits, positions, recorder))
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
