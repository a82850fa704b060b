"""After the door of a demo fair: booth visits, CVs and interviews (at the fair on today, those
before the demo's moment), then the outcomes of a past fair (offers, hires, follow-ups at 30
and 90 days) that came of them, under the rules of ``outcomes.record``: candidates only, and
one outcome of each kind per person and vacancy, across fairs."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from coworking.core.demo_fair_build import Builder, Fair, local_moment
from coworking.core.demo_fair_data import GOOD_STEPS, NOT_HIRED_NOTES, VISIT_NOTES
from coworking.core.interactions import NEXT_STEPS
from coworking.core.localtime import local_day
from coworking.db.enums import InteractionKind, OutcomeStatus, RegistrationRole
from coworking.db.models import outcome_kind_key

RECENT = timedelta(days=21)
# (person, vacancy, status) of the outcomes written so far, at any fair
Recorded = set[tuple[int, int, OutcomeStatus]]


def booth_day(
    b: Builder,
    fair: Fair,
    vacancies: dict[int, list[int]],
    recorder: int,
) -> list[dict[str, Any]]:
    """Booth visits, CVs left and interviews of the candidates who came, none after now."""
    with_vacancies = [e for e in fair.employer_ids if vacancies.get(e)]
    rows = []
    for reg in fair.registrations:
        if reg["role"] != RegistrationRole.CANDIDATE or reg["checked_in_at"] is None:
            continue
        if not with_vacancies or b.rng.random() > 0.55:
            continue
        stops = b.rng.choices((1, 2, 3, 4), weights=(50, 30, 15, 5))[0]
        at = reg["checked_in_at"]
        closing = local_moment(local_day(at), 13 * 3600 + 55 * 60)
        for employer_id in b.rng.sample(with_vacancies, min(stops, len(with_vacancies))):
            at = min(at + timedelta(minutes=b.rng.randint(5, 40)), closing)
            if at > b.now:
                break
            kind = b.rng.choices(list(InteractionKind), weights=(50, 20, 30))[0]
            vacancy_id = b.rng.choice(vacancies[employer_id])
            if kind == InteractionKind.INTERVIEW:
                rating = b.rng.choices((1, 2, 3, 4, 5), weights=(5, 15, 35, 30, 15))[0]
                step = b.rng.choice(NEXT_STEPS if rating >= 3 else NEXT_STEPS[:1] + NEXT_STEPS[5:])
            elif kind == InteractionKind.CV_RECEIVED:
                rating = b.rng.randint(2, 5) if b.rng.random() < 0.4 else None
                step = b.rng.choice(("Enviar documentos", "Ninguno", None))
            else:
                rating, step = None, None
                vacancy_id = vacancy_id if b.rng.random() < 0.5 else None
            notes = b.rng.choice(VISIT_NOTES) if b.rng.random() < 0.25 else None
            rows.append(
                b.stamp(
                    {
                        "registration_id": reg["_id"],
                        "employer_id": employer_id,
                        "vacancy_id": vacancy_id,
                        "kind": kind,
                        "next_step": step,
                        "rating": rating,
                        "notes": notes,
                        "recorded_by_id": recorder,
                    },
                    at,
                )
            )
    return rows


def outcomes(
    b: Builder,
    fair: Fair,
    visits: list[dict[str, Any]],
    positions: dict[int, int],
    recorder: int,
    recorded: Recorded,
) -> list[dict[str, Any]]:
    """Weeks after the fair: who was hired, offered or turned down, and the follow-ups.
    ``recorded`` holds the outcomes of the fairs before, and gains this one's."""
    rows = []
    decided: set[tuple[int, int]] = set()
    candidates = {
        reg["_id"]: reg["person_id"]
        for reg in fair.registrations
        if reg["role"] == RegistrationRole.CANDIDATE
    }
    for visit in visits:
        vacancy_id = visit["vacancy_id"]
        key = (visit["registration_id"], visit["employer_id"])
        if vacancy_id is None or key in decided or key[0] not in candidates:
            continue
        if visit["kind"] == InteractionKind.INTERVIEW and visit["next_step"] in GOOD_STEPS:
            weights = (25, 10, 35, 30)
        elif visit["kind"] == InteractionKind.INTERVIEW:
            weights = (0, 0, 0, 50) if b.rng.random() < 0.5 else (0, 0, 0, 0)
        elif visit["kind"] == InteractionKind.CV_RECEIVED and b.rng.random() < 0.2:
            weights = (60, 5, 15, 20)
        else:
            continue
        if not sum(weights):
            continue
        statuses = (
            OutcomeStatus.INTERVIEWED,
            OutcomeStatus.OFFERED,
            OutcomeStatus.HIRED,
            OutcomeStatus.NOT_HIRED,
        )
        status = b.rng.choices(statuses, weights=weights)[0]
        if status == OutcomeStatus.HIRED and positions[vacancy_id] == 0:
            status = OutcomeStatus.NOT_HIRED
        kind = (candidates[key[0]], vacancy_id, status)
        if kind in recorded:  # the same outcome came of an earlier fair: not twice
            continue
        recorded.add(kind)
        decided.add(key)
        on = min(fair.plan.day + timedelta(days=b.rng.randint(4, 40)), b.today)
        notes = None
        done30 = done90 = None
        if status == OutcomeStatus.HIRED:
            positions[vacancy_id] -= 1
            notes = "Firmó contrato." if b.rng.random() < 0.5 else None
            done30 = follow_up(b, on, 30, 0.75)
            done90 = follow_up(b, on, 90, 0.65) if done30 else None
        elif status == OutcomeStatus.NOT_HIRED:
            notes = b.rng.choice(NOT_HIRED_NOTES)
        created = local_moment(on, b.rng.uniform(3.3e4, 6.1e4))
        last = max((d for d in (done30, done90) if d), default=None)
        updated = local_moment(last, 5e4) if last else created
        rows.append(
            b.stamp(
                {
                    "registration_id": visit["registration_id"],
                    "vacancy_id": vacancy_id,
                    "employer_id": visit["employer_id"],
                    "status": status,
                    "occurred_on": on,
                    "notes": notes,
                    "followed_up_30_on": done30,
                    "followed_up_90_on": done90,
                    "recorded_by_id": recorder,
                    "kind_key": outcome_kind_key(status, vacancy_id, visit["employer_id"]),
                },
                created,
                updated,
            )
        )
    return rows


def follow_up(b: Builder, hired_on: date, days: int, share: float) -> date | None:
    """The day the follow-up was made, if it is due, was done (``share`` of them, fewer of
    those due in the last three weeks: the calls still to make) and is not future."""
    due_on = hired_on + timedelta(days=days)
    done_on = due_on + timedelta(days=b.rng.randint(0, 7))
    if b.today - due_on < RECENT:
        share *= 0.4
    if done_on > b.today or b.rng.random() > share:
        return None
    return done_on
