"""The plumbing of the demo fairs: the plan of one fair, the rows built for it, and a builder
holding the connection, the random generator, the demo's moment and the badge codes in use."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from random import Random
from typing import Any
from uuid import UUID

from sqlalchemy import Table, insert
from sqlalchemy.orm import Session

from coworking.core.codes import new_code
from coworking.core.localtime import local_zone
from coworking.db.enums import EventKind


@dataclass(frozen=True)
class FairPlan:
    name: str
    kind: EventKind
    venue: str
    day: date
    capacity: int
    announced: date  # when the event was created
    in_manta: bool
    days: int = 1

    @property
    def last_day(self) -> date:
        return self.day + timedelta(days=self.days - 1)


def new_uuid(rng: Random) -> UUID:
    return UUID(int=rng.getrandbits(128), version=4)


def local_moment(day: date, seconds: float) -> datetime:
    """``seconds`` after local midnight of ``day``, as an aware UTC datetime."""
    midnight = datetime.combine(day, time.min, tzinfo=local_zone())
    return (midnight + timedelta(seconds=round(seconds))).astimezone(UTC)


@dataclass
class Fair:
    event_id: int
    plan: FairPlan
    employer_ids: list[int]
    registrations: list[dict[str, Any]] = field(default_factory=list)


class Builder:
    """Holds what every step needs: the connection, the rng, the demo's moment (``now``, and
    ``today``, its local date) and the codes in use."""

    def __init__(self, session: Session, rng: Random, now: datetime) -> None:
        self.connection = session.connection()
        self.rng = rng
        self.now = now
        self.today = now.astimezone(local_zone()).date()
        self.codes: set[str] = set()
        self.counts: Counter[str] = Counter()

    def stamp(
        self, row: dict[str, Any], created: datetime, updated: datetime | None = None
    ) -> dict[str, Any]:
        """Give ``row`` the columns every exported table carries (never later than now)."""
        created = min(created, self.now)
        row.update(
            uuid=new_uuid(self.rng),
            created_at=created,
            updated_at=max(created, min(updated or created, self.now)),
        )
        return row

    def insert(self, table: Table, rows: list[dict[str, Any]], *, ids: bool = False) -> list[int]:
        """Bulk insert; with ``ids``, the new ids in the order of ``rows``."""
        self.counts[table.name] += len(rows)
        if not rows:
            return []
        if not ids:
            self.connection.execute(insert(table), rows)
            return []
        statement = insert(table).returning(table.c.id, sort_by_parameter_order=True)
        return list(self.connection.execute(statement, rows).scalars())

    def badge(self) -> str:
        code = new_code(self.rng)
        while code in self.codes:
            code = new_code(self.rng)
        self.codes.add(code)
        return code

    def day_time(self, day: date, low: float, high: float) -> datetime:
        return local_moment(day, self.rng.uniform(low, high))

    def stage(self, plan: FairPlan) -> str:
        """``past`` (over before today), ``current`` (on today) or ``future``."""
        if plan.last_day < self.today:
            return "past"
        return "current" if plan.day <= self.today else "future"
