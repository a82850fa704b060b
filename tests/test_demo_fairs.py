"""Demo job fairs: plausible, consistent with the services' rules, reproducible, on both engines,
dated from the day the demo is made."""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from datetime import time, timedelta

import pytest
from sqlalchemy import select
from stdnum.ec import ruc

from coworking import clock
from coworking.core import checkin, outcomes, reference
from coworking.core.codes import is_valid_code
from coworking.core.demo import generate
from coworking.core.fairs import CONTRACT_TYPES, current_event
from coworking.core.localtime import local_day, local_zone
from coworking.core.report_words import MONTHS_ES
from coworking.db.database import Database, open_database
from coworking.db.engine import sqlite_url
from coworking.db.enums import CheckInResult, EventKind, OutcomeStatus, RegistrationRole
from coworking.db.models import (
    CheckIn,
    Employer,
    Event,
    EventEmployer,
    Interaction,
    Outcome,
    Registration,
    Vacancy,
)

pytestmark = pytest.mark.date_sensitive

EXPORTED = (Employer, Vacancy, Event, EventEmployer, Registration, CheckIn, Interaction, Outcome)


def _all(session, model) -> list:
    return list(session.scalars(select(model).order_by(model.id)))


def test_demo_fairs_are_plausible_and_consistent(database: Database) -> None:
    now = clock.now()
    today = local_day(now)
    with database.unit_of_work() as session:
        summary = generate(session, people=400, seed=11, now=now)
    assert summary.events == 5
    with database.sessions() as session:
        employers = _all(session, Employer)
        vacancies = _all(session, Vacancy)
        events = _all(session, Event)
        booths = _all(session, EventEmployer)
        regs = _all(session, Registration)
        scans = _all(session, CheckIn)
        visits = _all(session, Interaction)
        results = _all(session, Outcome)

        # employers and vacancies
        assert 15 <= len(employers) <= 25
        assert all(ruc.is_valid(e.ruc) and e.ruc[2] == "9" for e in employers)
        assert len({e.ruc for e in employers}) == len(employers)
        assert {e.ruc[:2] for e in employers} == {"13", "23"}  # Manabí and Santo Domingo
        sections = {entry.code for entry in reference.ciiu_sections()}
        assert all(e.sector in sections and e.contact_email for e in employers)
        assert 0 < sum(e.inclusive_commitment for e in employers) < len(employers)
        per_employer = Counter(v.employer_id for v in vacancies)
        assert set(per_employer) == {e.id for e in employers}
        assert all(1 <= n <= 4 for n in per_employer.values())
        known = {entry.code for entry in reference.occupations()}
        assert all(v.occupation_code in known for v in vacancies)
        assert all(v.contract_type in CONTRACT_TYPES and v.positions >= 1 for v in vacancies)

        # events: two past fairs (about seven months and eleven to twelve weeks ago), one on
        # today, a workshop in about a week and a fair in four to six weeks
        past = {e.id for e in events if e.kind == EventKind.JOB_FAIR and e.ends_on < today}
        on_now = [e for e in events if e.starts_on <= today <= e.ends_on]
        upcoming = [e for e in events if e.starts_on > today]
        assert len(past) == 2 and len(on_now) == 1 and len(upcoming) == 2
        ago = sorted((today - e.starts_on).days for e in events if e.id in past)
        assert 75 <= ago[0] <= 87 and 200 <= ago[1] <= 225, ago
        current = on_now[0]
        assert current.kind == EventKind.JOB_FAIR
        assert current_event(session, today).id == current.id
        # before the door has been open an hour, a two-day fair that began yesterday
        early = now.astimezone(local_zone()).time() < time(10)
        assert current.ends_on == today
        assert current.starts_on == today - timedelta(days=1 if early else 0)
        ahead = {e.kind: (e.starts_on - today).days for e in upcoming}
        assert 7 <= ahead[EventKind.WORKSHOP] <= 12 and 28 <= ahead[EventKind.JOB_FAIR] <= 42
        for e in events:
            assert e.created_at.astimezone(local_zone()).date() < e.starts_on
            if e.kind == EventKind.JOB_FAIR:  # «Feria … (marzo)»: the month it begins in
                assert e.name.endswith(f"({MONTHS_ES[e.starts_on.month - 1]})"), e.name
                assert e.starts_on.weekday() < 5 or e.id == current.id
        held = past | {current.id}
        by_event = defaultdict(set)
        for booth in booths:
            by_event[booth.event_id].add(booth.employer_id)
        fairs = {e.id for e in events if e.kind == EventKind.JOB_FAIR}
        assert set(by_event) == fairs
        assert all(0 < len(by_event[f]) < len(employers) for f in fairs)

        # registrations
        codes = [r.badge_code for r in regs]
        assert all(is_valid_code(c) for c in codes) and len(set(codes)) == len(codes)
        per_event = Counter(r.event_id for r in regs if r.role != RegistrationRole.EMPLOYER_REP)
        assert all(95 <= per_event[f] <= 133 for f in fairs), per_event  # 400 people // 3
        reps = [r for r in regs if r.role == RegistrationRole.EMPLOYER_REP]
        assert reps and all(r.employer_id in by_event[r.event_id] for r in reps)
        for booth_event in fairs:
            staffed = {r.employer_id for r in reps if r.event_id == booth_event}
            assert staffed and staffed <= by_event[booth_event]
        assert len({(r.event_id, r.person_id) for r in regs}) == len(regs)

        # the door: only fairs held, in their mornings, one admission per person who came,
        # nothing after now
        zone = local_zone()
        day_of = {e.id: e.starts_on for e in events}
        last_of = {e.id: e.ends_on for e in events}
        assert scans and {s.event_id for s in scans} == held
        for scan in scans:
            local = scan.scanned_at.astimezone(zone)
            assert day_of[scan.event_id] <= local.date() <= last_of[scan.event_id]
            assert time(9) <= local.time() < time(13), local
            assert scan.scanned_at <= now
        assert all(r.checked_in_at is None or r.checked_in_at <= now for r in regs)
        admitted = defaultdict(list)
        for scan in scans:
            if scan.result == CheckInResult.OK and scan.undone_at is None:
                admitted[scan.registration_id].append(scan.scanned_at)
        assert all(len(times) == 1 for times in admitted.values())
        for reg in regs:
            assert reg.checked_in_at == admitted.get(reg.id, [None])[0]
        results_seen = Counter(s.result for s in scans)
        assert results_seen[CheckInResult.OK] == len(admitted)
        assert results_seen[CheckInResult.DUPLICATE] >= 1
        assert {s.station for s in scans} >= {"Puerta norte", "Puerta sur"}
        for f in held:
            came = sum(1 for r in regs if r.event_id == f and r.checked_in_at)
            expected = sum(1 for r in regs if r.event_id == f and r.cancelled_at is None)
            if f in past:
                assert 0.65 < came / expected < 0.9
            else:  # the door so far: about half are in
                assert 0.4 < came / expected < 0.65, (came, expected)
            counts = checkin.counters(session, f)
            assert counts.total_checked_in == came
        registered_for = {r.id: r for r in regs}
        for scan in scans:
            if scan.result in (CheckInResult.OK, CheckInResult.DUPLICATE):
                assert registered_for[scan.registration_id].event_id == scan.event_id
            if scan.result == CheckInResult.INVALID:
                assert scan.registration_id is None and not is_valid_code(scan.raw_input)
            if scan.result == CheckInResult.CANCELLED:
                assert registered_for[scan.registration_id].cancelled_at is not None

        # booths: interactions at the fairs held, with the employer's own vacancies
        vacancy_of = {v.id: v for v in vacancies}
        assert {registered_for[v.registration_id].event_id for v in visits} == held
        for visit in visits:
            reg = registered_for[visit.registration_id]
            assert reg.event_id in held and reg.checked_in_at is not None
            assert visit.employer_id in by_event[reg.event_id]
            if visit.vacancy_id is not None:
                assert vacancy_of[visit.vacancy_id].employer_id == visit.employer_id
            assert visit.rating is None or 1 <= visit.rating <= 5
            assert reg.checked_in_at < visit.created_at <= now

        # outcomes after the past fairs; hires name their vacancy; follow-ups done and due
        assert {o.status for o in results} >= {OutcomeStatus.HIRED, OutcomeStatus.NOT_HIRED}
        for outcome in results:
            reg = registered_for[outcome.registration_id]
            assert reg.event_id in past
            assert day_of[reg.event_id] < outcome.occurred_on <= today
            if outcome.status == OutcomeStatus.HIRED:
                assert outcome.vacancy_id is not None
                assert vacancy_of[outcome.vacancy_id].employer_id == outcome.employer_id
            for days, done in ((30, outcome.followed_up_30_on), (90, outcome.followed_up_90_on)):
                if done is not None:
                    assert outcome.status == OutcomeStatus.HIRED
                    assert (done - outcome.occurred_on).days >= days and done <= today
        hires = Counter(o.vacancy_id for o in results if o.status == OutcomeStatus.HIRED)
        assert all(hires[v] <= vacancy_of[v].positions for v in hires)
        assert any(o.followed_up_30_on for o in results)
        assert outcomes.due_follow_ups(session, today)

        # every exported row carries its identity and times, none after now
        for model in EXPORTED:
            rows = _all(session, model)
            assert len({r.uuid for r in rows}) == len(rows)
            assert all(r.created_at <= r.updated_at <= now for r in rows)
        employers_since = min(e.created_at for e in employers)
        assert employers_since < min(e.created_at for e in events)


def _fingerprint(database: Database) -> str:
    digest = hashlib.sha256()
    with database.sessions() as session:
        for model in EXPORTED:
            for row in _all(session, model):
                columns = model.__table__.columns.keys()
                digest.update(repr([getattr(row, c) for c in columns]).encode())
    return digest.hexdigest()


def test_same_seed_same_fairs_and_no_people_still_works(tmp_path) -> None:
    prints = []
    now = clock.now()
    for name, people in (("a", 150), ("b", 150), ("c", 0)):
        db = open_database(sqlite_url(tmp_path / f"{name}.sqlite3"))
        with db.unit_of_work() as session:
            summary = generate(session, people=people, seed=3, now=now)
        prints.append(_fingerprint(db))
        with db.sessions() as session:
            if people == 0:
                assert summary.events == 5
                assert _all(session, Registration) == [] and _all(session, CheckIn) == []
                assert len(_all(session, Employer)) >= 15
        db.dispose()
    assert prints[0] == prints[1] != prints[2]
