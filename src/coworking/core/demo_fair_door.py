"""The door of a demo fair: who came, when and at which entrance, and the scans that went wrong
(misreads, badges of nobody, second scans, cancelled registrations, an earlier fair's badge).

A past fair had its whole morning at the door (09:00 to 13:00). The fair on today has had its
door so far: about half of its registrants are in, every scan before the demo's moment.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from random import Random
from typing import Any

from coworking.core.checkin import SEARCH_PREFIX
from coworking.core.codes import is_valid_code, new_code
from coworking.core.demo_fair_build import Builder, Fair, FairPlan, local_moment
from coworking.core.localtime import local_day
from coworking.db.enums import CheckInResult, RegistrationRole
from coworking.db.models import CheckIn

DOORS = ("Puerta norte", "Puerta sur")
DESK = "Mesa de inscripción"  # registers walk-ins and admits people who lost their badge
OPENS, CLOSES = 9 * 3600, 13 * 3600  # seconds after local midnight
TURNOUT = {"past": 0.74, "current": 0.45}  # registered candidates who come (so far)
SECOND_MORNING = 0.2  # comers of a two-day fair who come on its second day
HOURLY = (45, 25, 18, 12)  # arrivals in each hour of the door: the first hour is busiest


@dataclass(frozen=True)
class _Morning:
    """One door morning: when it opened and the last moment an arrival is recorded (closing
    time, or the demo's moment while it is still open)."""

    opens: datetime
    until: datetime

    @property
    def seconds(self) -> float:
        return (self.until - self.opens).total_seconds()

    def at(self, seconds: float) -> datetime:
        return self.opens + timedelta(seconds=round(seconds))


def _mornings(b: Builder, plan: FairPlan) -> list[_Morning]:
    """The door mornings held by the demo's moment (one that opened minutes ago is left out)."""
    mornings = []
    for offset in range(plan.days):
        day = plan.day + timedelta(days=offset)
        opens = local_moment(day, OPENS)
        until = min(local_moment(day, CLOSES - 1), b.now)
        if until - opens >= timedelta(minutes=5):
            mornings.append(_Morning(opens, until))
    return mornings


def _arrival(rng: Random, limit: float) -> float:
    """Seconds after the door opened at which someone arrives, before ``limit`` seconds."""
    hours = [h for h in range(len(HOURLY)) if 60 + h * 3600 < limit]
    hour = rng.choices(hours, weights=[HOURLY[h] for h in hours])[0]
    start, end = 60 + hour * 3600, min(limit, (hour + 1) * 3600)
    return start + rng.random() * (end - start)


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


def _scan_row(
    fair: Fair, staff: dict[str, int], row, result, raw, at: datetime, station: str
) -> dict[str, Any]:
    return {
        "_registration": row,
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


def door(b: Builder, fair: Fair, staff: dict[str, int]) -> list[dict[str, Any]]:
    """Who came and when: fills ``checked_in_at`` (and the walk-ins' ``_created``) of the
    fair's registrations, drops the walk-ins still to come, and returns the scan rows (their
    registration ids are filled in once the registrations are inserted)."""
    mornings = _mornings(b, fair.plan)
    if not mornings:
        fair.registrations = [r for r in fair.registrations if r["source"] != "door"]
        return []
    turnout = TURNOUT[b.stage(fair.plan)]
    scans: list[dict[str, Any]] = []

    def scan(row, result, raw, at, station) -> None:
        scans.append(_scan_row(fair, staff, row, result, raw, at, station))

    for row in fair.registrations:
        if row["role"] == RegistrationRole.EMPLOYER_REP:
            morning = mornings[0]
            comes, offset = b.rng.random() < 0.95, min(b.rng.uniform(30, 1200), morning.seconds)
        else:
            second = len(mornings) > 1 and b.rng.random() < SECOND_MORNING
            morning = mornings[-1] if second else mornings[0]
            comes = row["source"] == "door" or b.rng.random() < turnout
            offset = _arrival(b.rng, morning.seconds)
        at = morning.at(offset)
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
            scans.append(
                _scan_row(
                    fair, staff, None, CheckInResult.INVALID, _misread(b.rng, raw), misread, station
                )
            )
        scan(row, CheckInResult.OK, raw, at, station)
        row["checked_in_at"] = at
        again = at + timedelta(seconds=b.rng.randint(20, 1500))
        if b.rng.random() < 0.04 and again <= morning.until:
            scan(row, CheckInResult.DUPLICATE, row["badge_code"], again, b.rng.choice(DOORS))
    for _ in range(b.rng.randint(2, 5) if fair.registrations else 0):  # badges of nobody
        stray = new_code(b.rng)
        while stray in b.codes:
            stray = new_code(b.rng)
        morning = b.rng.choice(mornings)
        at = morning.at(_arrival(b.rng, morning.seconds))
        station = b.rng.choice(DOORS)
        scans.append(_scan_row(fair, staff, None, CheckInResult.UNKNOWN, stray, at, station))
    return scans


def wrong_event_scans(
    b: Builder, fair: Fair, earlier: Fair, staff: dict[str, int]
) -> list[dict[str, Any]]:
    """A few people bring the badge of an earlier fair before finding their new one."""
    came = {r["person_id"]: r for r in fair.registrations if r["checked_in_at"] is not None}
    old = [r for r in earlier.registrations if r["person_id"] in came]
    rows = []
    for previous in b.rng.sample(old, min(len(old), b.rng.randint(2, 4))):
        admitted = came[previous["person_id"]]["checked_in_at"]
        at = admitted - timedelta(seconds=b.rng.randint(5, 40))
        opened = local_moment(local_day(admitted), OPENS)
        rows.append(
            _scan_row(
                fair,
                staff,
                previous,
                CheckInResult.WRONG_EVENT,
                previous["badge_code"],
                max(at, opened),
                b.rng.choice(DOORS),
            )
        )
    return rows


def insert_scans(b: Builder, scans: list[dict[str, Any]]) -> None:
    rows = []
    for scan in sorted(scans, key=lambda s: s["scanned_at"]):
        registration = scan.pop("_registration")
        scan["registration_id"] = registration["_id"] if registration else None
        if scan["raw_input"] is None:
            scan["raw_input"] = f"{SEARCH_PREFIX}{scan['registration_id']}"
        rows.append(b.stamp(scan, scan["scanned_at"]))
    b.insert(CheckIn.__table__, rows)
