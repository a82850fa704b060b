"""The figures of one job fair: who registered and came, when they arrived, the employers and
what came of the fair for the candidates.

People are counted once however many records they had: a record merged into another counts as
the one it was merged into (``disaggregation.person_key``). Counting happens in the database,
with SQL that runs on SQLite and PostgreSQL alike; only the arrival times are read row by row
(one per person who came), to place them in local quarter hours.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import ColumnElement, Select, and_, case, distinct, func, select
from sqlalchemy.orm import Session

from coworking import clock
from coworking.core.disaggregation import Breakdown, people_breakdown, person_key
from coworking.core.fairs import get_event
from coworking.core.localtime import local_zone
from coworking.core.outcomes import counted, status_counts
from coworking.db.enums import EventKind, InteractionKind, OutcomeStatus, RegistrationRole
from coworking.db.models import (
    Employer,
    EventEmployer,
    Interaction,
    Outcome,
    Person,
    Registration,
    Vacancy,
)

QUARTER = timedelta(minutes=15)
ROLES = tuple(RegistrationRole)
STATUSES = tuple(OutcomeStatus)
INTERACTION_KINDS = tuple(InteractionKind)
KIND_FIELDS = {  # EmployerLine's field for each kind of interaction
    InteractionKind.BOOTH_VISIT: "booth_visits",
    InteractionKind.INTERVIEW: "interviews",
    InteractionKind.CV_RECEIVED: "cvs_received",
}


@dataclass(frozen=True)
class Attendance:
    """Different people of one role (or of all): registered and not cancelled, checked in,
    and with every registration cancelled."""

    registered: int
    attended: int
    cancelled: int

    @property
    def rate(self) -> float | None:
        return self.attended / self.registered if self.registered else None


@dataclass(frozen=True)
class ArrivalDay:
    """People by the local quarter hour of their arrival on one day, from the first arrival's
    quarter to the last one's, quarters without arrivals included as zeros."""

    day: date
    quarters: tuple[tuple[time, int], ...]

    @property
    def total(self) -> int:
        return sum(count for _, count in self.quarters)


@dataclass(frozen=True)
class EmployerLine:
    """One employer at the fair. Interactions are counted as recorded; offers and hires are
    different people among the counted outcomes (``outcomes.counted``)."""

    employer_id: int
    trade_name: str
    booth: str | None
    present: bool  # a representative checked in
    vacancies: int
    positions: int
    booth_visits: int
    interviews: int
    cvs_received: int
    offered: int
    hired: int


@dataclass(frozen=True)
class FairSummary:
    event_id: int
    event_name: str
    venue: str | None
    kind: EventKind
    starts_on: date
    ends_on: date
    as_of: datetime  # UTC; outcomes on or before its local date count
    roles: dict[RegistrationRole, Attendance]
    everyone: Attendance  # different people over all roles
    arrivals: tuple[ArrivalDay, ...]
    employers_at_event: int
    employers_present: int
    vacancies: int  # of the employers at the event
    positions: int
    vacancies_present: int  # of the employers present
    positions_present: int
    employers: tuple[EmployerLine, ...]
    interactions: dict[InteractionKind, int]  # all interactions recorded at the event
    outcomes: dict[OutcomeStatus, int]  # different people who reached each status
    outcomes_recorded: dict[OutcomeStatus, int]  # outcomes of each status (records)
    registered: Breakdown  # candidates, ages on the event's last day
    attended: Breakdown
    hired: Breakdown

    @property
    def candidates(self) -> Attendance:
        return self.roles[RegistrationRole.CANDIDATE]

    @property
    def as_of_day(self) -> date:
        return self.as_of.astimezone(local_zone()).date()


def _live() -> ColumnElement[bool]:
    return Registration.cancelled_at.is_(None)


def _came() -> ColumnElement[bool]:
    return and_(Registration.cancelled_at.is_(None), Registration.checked_in_at.is_not(None))


def _flag(condition: ColumnElement[bool]) -> ColumnElement[int]:
    """1 when ``condition`` holds for any row of the group."""
    return func.max(case((condition, 1), else_=0))


def _attendance(
    session: Session, event_id: int
) -> tuple[dict[RegistrationRole, Attendance], Attendance]:
    """One row per (role, person) and then per role; the same per person for everyone."""

    def per_person(by_role: bool) -> Select:
        keys = [Registration.role.label("role")] if by_role else []
        pk = person_key()
        return (
            select(
                *keys, pk.label("pk"), _flag(_live()).label("live"), _flag(_came()).label("came")
            )
            .select_from(Registration)
            .join(Person, Person.id == Registration.person_id)
            .where(Registration.event_id == event_id)
            .group_by(*([Registration.role] if by_role else []), pk)
        )

    people = per_person(True).subquery()
    roles = {role: Attendance(0, 0, 0) for role in ROLES}
    for role, live, came, total in session.execute(
        select(
            people.c.role,
            func.sum(people.c.live),
            func.sum(people.c.came),
            func.count(),
        ).group_by(people.c.role)
    ):
        live, came = int(live or 0), int(came or 0)
        roles[RegistrationRole(role)] = Attendance(live, came, int(total) - live)
    everyone = per_person(False).subquery()
    live, came, total = session.execute(
        select(func.sum(everyone.c.live), func.sum(everyone.c.came), func.count())
    ).one()
    live, came = int(live or 0), int(came or 0)
    return roles, Attendance(live, came, int(total) - live)


def _arrivals(session: Session, event_id: int) -> tuple[ArrivalDay, ...]:
    """Each person who came, at their first check-in, by local day and quarter hour."""
    firsts = session.scalars(
        select(func.min(Registration.checked_in_at))
        .join(Person, Person.id == Registration.person_id)
        .where(Registration.event_id == event_id, _came())
        .group_by(person_key())
    )
    zone = local_zone()
    counts: Counter[datetime] = Counter()
    for moment in firsts:
        local = moment.astimezone(zone)
        quarter = local.replace(minute=local.minute - local.minute % 15, second=0, microsecond=0)
        counts[quarter.replace(tzinfo=None)] += 1
    days: list[ArrivalDay] = []
    for day in sorted({moment.date() for moment in counts}):
        on_day = [moment for moment in counts if moment.date() == day]
        moment, last = min(on_day), max(on_day)
        quarters = []
        while moment <= last:
            quarters.append((moment.time(), counts.get(moment, 0)))
            moment += QUARTER
        days.append(ArrivalDay(day, tuple(quarters)))
    return tuple(days)


def _employer_lines(session: Session, event_id: int, as_of_day: date) -> tuple[EmployerLine, ...]:
    vacancies = (
        select(
            Vacancy.employer_id.label("employer_id"),
            func.count().label("vacancies"),
            func.sum(Vacancy.positions).label("positions"),
        )
        .group_by(Vacancy.employer_id)
        .subquery()
    )
    kinds = (
        select(
            Interaction.employer_id.label("employer_id"),
            *(
                func.sum(case((Interaction.kind == kind, 1), else_=0)).label(name)
                for kind, name in KIND_FIELDS.items()
            ),
        )
        .join(Registration, Registration.id == Interaction.registration_id)
        .where(Registration.event_id == event_id)
        .group_by(Interaction.employer_id)
        .subquery()
    )

    def reached(status: OutcomeStatus):
        return func.count(distinct(case((Outcome.status == status, person_key()))))

    results = (
        counted(
            event_id,
            as_of_day,
            Outcome.employer_id.label("employer_id"),
            reached(OutcomeStatus.OFFERED).label("offered"),
            reached(OutcomeStatus.HIRED).label("hired"),
        )
        .group_by(Outcome.employer_id)
        .subquery()
    )
    reps = (
        select(Registration.employer_id.label("employer_id"), func.count().label("present"))
        .where(
            Registration.event_id == event_id,
            Registration.role == RegistrationRole.EMPLOYER_REP,
            _came(),
        )
        .group_by(Registration.employer_id)
        .subquery()
    )

    counts = [
        *(vacancies.c.vacancies, vacancies.c.positions),
        *(kinds.c[name] for name in KIND_FIELDS.values()),
        *(results.c.offered, results.c.hired),
    ]
    rows = session.execute(
        select(
            Employer.id,
            Employer.trade_name,
            EventEmployer.booth,
            func.coalesce(reps.c.present, 0),
            *(func.coalesce(column, 0).label(column.name) for column in counts),
        )
        .join(EventEmployer, EventEmployer.employer_id == Employer.id)
        .outerjoin(vacancies, vacancies.c.employer_id == Employer.id)
        .outerjoin(kinds, kinds.c.employer_id == Employer.id)
        .outerjoin(results, results.c.employer_id == Employer.id)
        .outerjoin(reps, reps.c.employer_id == Employer.id)
        .where(EventEmployer.event_id == event_id)
        .order_by(func.lower(Employer.trade_name), Employer.id)
    )
    return tuple(
        EmployerLine(
            row[0],
            row[1],
            row[2],
            int(row[3]) > 0,
            **{column.name: int(value) for column, value in zip(counts, row[4:], strict=True)},
        )
        for row in rows
    )


def _interactions(session: Session, event_id: int) -> dict[InteractionKind, int]:
    counts = dict.fromkeys(INTERACTION_KINDS, 0)
    for kind, count in session.execute(
        select(Interaction.kind, func.count())
        .join(Registration, Registration.id == Interaction.registration_id)
        .where(Registration.event_id == event_id)
        .group_by(Interaction.kind)
    ):
        counts[InteractionKind(kind)] = int(count)
    return counts


def _candidates(event_id: int) -> Select:
    return select(Registration.person_id).where(
        Registration.event_id == event_id, Registration.role == RegistrationRole.CANDIDATE
    )


def fair_summary(session: Session, event_id: int, now: datetime | None = None) -> FairSummary:
    """Every figure of the fair's attendance summary; outcomes count up to ``now``'s local
    date (default: now)."""
    event = get_event(session, event_id)
    as_of = (now or clock.now()).astimezone(UTC)
    as_of_day = as_of.astimezone(local_zone()).date()
    roles, everyone = _attendance(session, event_id)
    lines = _employer_lines(session, event_id, as_of_day)
    present = [line for line in lines if line.present]
    hired = counted(event_id, as_of_day, Registration.person_id).where(
        Outcome.status == OutcomeStatus.HIRED
    )
    reached = status_counts(session, event_id, as_of_day)
    return FairSummary(
        event_id=event.id,
        event_name=event.name,
        venue=event.venue,
        kind=EventKind(event.kind),
        starts_on=event.starts_on,
        ends_on=event.ends_on,
        as_of=as_of,
        roles=roles,
        everyone=everyone,
        arrivals=_arrivals(session, event_id),
        employers_at_event=len(lines),
        employers_present=len(present),
        vacancies=sum(line.vacancies for line in lines),
        positions=sum(line.positions for line in lines),
        vacancies_present=sum(line.vacancies for line in present),
        positions_present=sum(line.positions for line in present),
        employers=lines,
        interactions=_interactions(session, event_id),
        outcomes={status: count.people for status, count in reached.items()},
        outcomes_recorded={status: count.records for status, count in reached.items()},
        registered=people_breakdown(session, _candidates(event_id).where(_live()), event.ends_on),
        attended=people_breakdown(session, _candidates(event_id).where(_came()), event.ends_on),
        hired=people_breakdown(session, hired, event.ends_on),
    )
