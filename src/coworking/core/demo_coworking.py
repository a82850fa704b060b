"""Demo co-working: the site's desks and rooms and a year of their use up to the demo's day.

Regulars come two to four times a week on days of their own (most on Tuesday to Thursday),
occasional members now and then; the space is busiest on weekday mornings, quiet on Saturday,
closed on Sunday and holidays (``sites.days_hours``) and nearly empty in late December.
Most visits are booked ahead, a few days before; a tenth of the bookings end as no-shows and a
few are cancelled; walk-ins take a free desk when there is one; people check out by scanning
their card, and the few who forget are checked out at closing. Bookings of the next two weeks
made before the demo's moment are there too.

The rows keep the invariants of the services: every booking is placed on a per-resource
timeline, so active bookings never overlap and each holds its ``booking_cell`` rows; a person
has one booking a day at most; visits lie within opening hours and none is left open. Called by
:func:`coworking.core.demo.generate` with the demo's ``random.Random``: the same seed gives the
same data. Rows go in with Core bulk inserts, recorded by the demo's one audit entry.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from itertools import accumulate
from math import ceil, sqrt
from random import Random
from typing import Any
from uuid import UUID

from sqlalchemy import Table, insert, select
from sqlalchemy.orm import Session

from coworking.core import sites
from coworking.core.localtime import local_zone
from coworking.core.setup import current_site
from coworking.db.enums import ResourceKind
from coworking.db.models import (
    Booking,
    BookingCell,
    Person,
    Resource,
    SiteClosure,
    StaffUser,
    Visit,
)

HISTORY_DAYS = 363  # the year before the demo's day, from the day after a national holiday
FUTURE_DAYS = 14
STATION = "Recepción"
DESKS, MAX_DESKS = 24, 100  # more desks only when the members outgrow 24 (large demos)
MEMBERS_PER_DESK = 60
REGULARS_PER_DESK = 1.8
OCCASIONAL_PER_DESK = 1.4  # expected occasional visits a day, per desk
ROOMS = (
    ("Sala Manglar", ResourceKind.ROOM, 8, ("Pantalla", "Pizarra", "Wifi", "Aire acondicionado")),
    ("Sala Montecristi", ResourceKind.ROOM, 12, ("Proyector", "Pizarra", "Wifi")),
    ("Cabina de llamadas", ResourceKind.OTHER, 1, ("Enchufe", "Wifi")),
)
# Holidays of late 2025: the national holiday list shipped with the program starts in 2026.
EXTRA_CLOSURES = ((date(2025, 12, 25), "Navidad"),)
# Tuesday to Thursday busiest, Saturday quiet, Sunday closed anyway.
WEEKDAY_FACTOR = (0.9, 1.15, 1.2, 1.15, 0.8, 0.45, 0.0)
PREFERRED_DAY = (0.7, 1.4, 1.4, 1.4, 0.6, 0.2)
KIND_SHARE = {"desk": 86, "Sala Manglar": 5, "Sala Montecristi": 3, "Cabina de llamadas": 6}
LENGTHS = {  # minutes a booking lasts, by what is booked
    "desk": ((120, 150, 180, 210, 240), (25, 10, 30, 10, 25)),
    "room": ((60, 90, 120), (40, 25, 35)),
    "other": ((30, 60), (60, 40)),
}
LEAD_DAYS = ((0, 1, 2, 3, 5, 7, 10, 14, 21), (10, 15, 14, 12, 12, 14, 10, 8, 5))
DESK_PURPOSES = (
    "Contabilidad del mes",
    "Catálogo de productos",
    "Pedidos en línea",
    "Plan de negocios",
    "Trámites del RUC",
    "Diseño de etiquetas",
)
ROOM_PURPOSES = (
    "Reunión con clientes",
    "Reunión con proveedor",
    "Entrevista a personal",
    "Mentoría",
    "Capacitación del equipo",
    "Llamada con el banco",
)
CANCELLED = 0.035
NO_SHOW, FLAKY_NO_SHOW, FLAKY = 0.11, 0.3, 0.1
FORGETS_CHECK_OUT = 0.06
SLOT = 30  # minutes of the booking grid
QUARTER = 15


def _uuid(rng: Random) -> UUID:
    return UUID(int=rng.getrandbits(128), version=4)


@dataclass
class _Member:
    person_id: int
    code: str
    weekdays: tuple[int, ...] = ()
    first: date = date.min
    last: date = date.max
    late: float = 0.5  # 0 comes at opening, 1 after lunch
    books: float = 0.35  # share of visits booked ahead
    no_show: float = NO_SHOW
    desk: int | None = None  # favourite desk (index)
    series: tuple[int, int] | None = None  # fixed weekly booking: start minute, length


@dataclass
class _Booking:
    member: _Member
    resource: int  # index into the places
    day: date
    starts: int  # minutes after local midnight
    ends: int
    created: datetime
    purpose: str | None = None
    series_id: UUID | None = None
    cancelled: datetime | None = None
    no_show: datetime | None = None
    checked_in: datetime | None = None
    touched: datetime | None = None
    id: int | None = None

    @property
    def active(self) -> bool:
        return self.cancelled is None and self.no_show is None


@dataclass
class _Visit:
    member: _Member
    arrival: datetime
    left: datetime
    auto: bool
    booking: _Booking | None


@dataclass(frozen=True)
class _Place:
    resource_id: int
    name: str
    kind: str  # desk, room or other


@dataclass(frozen=True)
class _Day:
    day: date
    opens: int  # minutes after local midnight
    closes: int
    midnight: datetime

    def at(self, minutes: float) -> datetime:
        return self.midnight + timedelta(seconds=round(minutes * 60))


def _season(day: date) -> float:
    if (day.month == 12 and day.day >= 20) or (day.month == 1 and day.day <= 4):
        return 0.3  # end-of-year holidays
    if day.month in (2, 3):
        return 0.85  # school holidays on the coast, carnival
    return 1.0


def _fit(day: _Day, wanted: float, length: int) -> int:
    """The slot nearest ``wanted`` (minutes) where ``length`` minutes fit in the day."""
    earliest = ceil(day.opens / SLOT) * SLOT
    latest = max(earliest, (day.closes - length) // SLOT * SLOT)
    return min(latest, max(earliest, round(wanted / SLOT) * SLOT))


def _weighted_days(rng: Random, count: int) -> tuple[int, ...]:
    days = list(range(6))
    chosen = []
    for _ in range(count):
        pick = rng.choices(days, weights=[PREFERRED_DAY[d] for d in days])[0]
        days.remove(pick)
        chosen.append(pick)
    return tuple(sorted(chosen))


class _Simulation:
    def __init__(
        self,
        rng: Random,
        now: datetime,
        places: list[_Place],
        members: list[tuple[int, str]],
        staff: dict[str, int],
    ) -> None:
        self.rng = rng
        self.now = now
        self.today = now.astimezone(local_zone()).date()
        self.first = self.today - timedelta(days=HISTORY_DAYS)
        self.places = places
        self.desks = [i for i, p in enumerate(places) if p.kind == "desk"]
        self.by_name = {p.name: i for i, p in enumerate(places)}
        self.staff = staff
        self.bookings: list[_Booking] = []
        self.visits: list[_Visit] = []
        self.series: dict[tuple[int, int], UUID] = {}
        shuffled = list(members)
        rng.shuffle(shuffled)
        count = min(round(len(members) * 0.35), round(len(self.desks) * REGULARS_PER_DESK))
        self.regulars = [self._regular(p, c) for p, c in shuffled[:count]]
        self.occasional = [self._occasional(p, c) for p, c in shuffled[count:]]
        # some come once or twice a year, others nearly every month
        self.interest = list(accumulate(rng.expovariate(1.0) for _ in self.occasional))
        self.occasional_rate = min(
            len(self.occasional) * 0.06, len(self.desks) * OCCASIONAL_PER_DESK
        )

    # --- who the members are ---------------------------------------------------------------

    def _no_show(self) -> float:
        return FLAKY_NO_SHOW if self.rng.random() < FLAKY else NO_SHOW

    def _regular(self, person_id: int, code: str) -> _Member:
        rng = self.rng
        last_day = self.today + timedelta(days=FUTURE_DAYS)
        first = self.first if rng.random() < 0.45 else self.first + timedelta(rng.randrange(330))
        last = last_day if rng.random() < 0.8 else first + timedelta(rng.randint(30, 300))
        member = _Member(
            person_id,
            code,
            _weighted_days(rng, rng.choices((2, 3, 4), weights=(35, 40, 25))[0]),
            first,
            min(last, last_day),
            rng.betavariate(2, 3),
            rng.uniform(0.5, 0.9),
            self._no_show(),
            rng.choice(self.desks) if rng.random() < 0.6 else None,
        )
        if rng.random() < 0.5:
            member.series = (rng.choice((480, 540, 600, 840)), rng.choice((180, 240)))
        return member

    def _occasional(self, person_id: int, code: str) -> _Member:
        rng = self.rng
        return _Member(
            person_id,
            code,
            late=rng.random(),
            books=rng.uniform(0.2, 0.5),
            no_show=self._no_show(),
        )

    # --- one day ----------------------------------------------------------------------------

    def run(self, hours: list[sites.DayHours]) -> None:
        zone = local_zone()
        for hour in hours:
            if not hour.is_open or hour.opens is None or hour.closes is None:
                continue
            day = _Day(
                hour.day,
                hour.opens.hour * 60 + hour.opens.minute,
                hour.closes.hour * 60 + hour.closes.minute,
                datetime.combine(hour.day, time.min, zone),
            )
            self._day(day)

    def _comers(self, day: _Day) -> list[_Member]:
        rng, weekday = self.rng, day.day.weekday()
        season = _season(day.day)
        comers = [
            m
            for m in self.regulars
            if m.first <= day.day <= m.last
            and rng.random() < (0.82 if weekday in m.weekdays else 0.03) * season
        ]
        expected = self.occasional_rate * WEEKDAY_FACTOR[weekday] * season
        count = max(0, round(rng.gauss(expected, sqrt(expected)))) if expected else 0
        count = min(count, len(self.occasional))
        drawn: dict[int, _Member] = {}
        for _ in range(10):  # the most interested are drawn again: draw until enough differ
            for member in rng.choices(self.occasional, cum_weights=self.interest, k=count):
                drawn.setdefault(member.person_id, member)
            if len(drawn) >= count:
                break
        return comers + list(drawn.values())[:count]

    def _start(self, member: _Member, day: _Day, length: int) -> int:
        """A start minute on the grid: mornings busiest, more so from Tuesday to Thursday."""
        rng = self.rng
        morning = (0.75 if day.day.weekday() in (1, 2, 3) else 0.62) + (0.5 - member.late) * 0.5
        peak = day.opens + 90 if rng.random() < morning else 14 * 60  # or after lunch
        return _fit(day, rng.gauss(peak, 60), length)

    def _day(self, day: _Day) -> None:
        rng = self.rng
        future = day.day >= self.today
        planned: list[_Booking] = []
        walking: list[_Member] = []
        for member in self._comers(day):
            booking = self._plan_booking(member, day)
            if booking is None or (
                future and (booking.created > self.now or day.at(booking.starts) <= self.now)
            ):
                if not future:
                    walking.append(member)
                continue
            planned.append(booking)
        timeline = [bytearray(96) for _ in self.places]
        planned.sort(key=lambda b: b.created)
        for booking in planned:
            if not self._place(booking, timeline):
                if not future:
                    walking.append(booking.member)
                continue
            self.bookings.append(booking)
            if future:
                self._maybe_cancel(booking, day, future=True)
            else:
                self._outcome(booking, day)
        if future:
            return
        arrivals = [(self._walk_in_arrival(m, day), m) for m in walking]
        arrivals.sort(key=lambda pair: pair[0])  # first come, first served
        for arrival, member in arrivals:
            stay = rng.uniform(45, 240)
            wants_desk = rng.random() < 0.4
            booking = self._take_desk(member, day, arrival, timeline) if wants_desk else None
            self._visit(member, day, arrival, arrival + stay, booking)

    def _plan_booking(self, member: _Member, day: _Day) -> _Booking | None:
        rng = self.rng
        series = member.series if day.day.weekday() in member.weekdays else None
        if series is None and rng.random() >= member.books:
            return None
        if series is not None:
            what, length = "desk", min(series[1], day.closes - day.opens)
            starts = _fit(day, series[0], length)
        else:
            what = rng.choices(list(KIND_SHARE), weights=list(KIND_SHARE.values()))[0]
            kind = "desk" if what == "desk" else self.places[self.by_name[what]].kind
            values, weights = LENGTHS[kind]
            length = min(rng.choices(values, weights=weights)[0], day.closes - day.opens)
            starts = self._start(member, day, length)
        start_at = day.at(starts)
        series_id = None
        if series is not None:  # booked in four-week series, two days before each starts
            block = (day.day - self.today).days // 28
            key = (member.person_id, block)
            if key not in self.series:
                self.series[key] = _uuid(rng)
            series_id = self.series[key]
            made_on = self.today + timedelta(days=block * 28 - 2)
            created = datetime.combine(made_on, time(10), local_zone()) + timedelta(
                minutes=rng.randrange(480)
            )
        else:
            created = self._booked_when(day, starts)
        if what == "desk":
            resource = -1 if member.desk is None else member.desk
            purpose = rng.choice(DESK_PURPOSES) if rng.random() < 0.25 else None
        else:
            resource = self.by_name[what]
            purpose = rng.choice(ROOM_PURPOSES) if rng.random() < 0.8 else None
        return _Booking(
            member,
            resource,
            day.day,
            starts,
            starts + length,
            min(created, start_at - timedelta(minutes=20)),
            purpose,
            series_id,
        )

    def _booked_when(self, day: _Day, starts: int) -> datetime:
        rng = self.rng
        lead = rng.choices(LEAD_DAYS[0], weights=LEAD_DAYS[1])[0]
        if lead == 0 and starts - 30 > day.opens:
            return day.at(rng.uniform(day.opens, starts - 30))
        made_on = day.day - timedelta(days=max(lead, 1))
        minute = rng.uniform(8 * 60, 17 * 60 + 30)
        return datetime.combine(made_on, time.min, local_zone()) + timedelta(minutes=minute)

    def _place(self, booking: _Booking, timeline: list[bytearray]) -> bool:
        """Put ``booking`` on its resource (a free desk when none is set); False when full."""
        first, last = booking.starts // QUARTER, booking.ends // QUARTER
        if booking.resource >= 0 and timeline[booking.resource].find(1, first, last) == -1:
            chosen = booking.resource
        elif booking.resource >= 0 and self.places[booking.resource].kind != "desk":
            return False
        else:
            chosen = next(
                (d for d in self._desk_order() if timeline[d].find(1, first, last) == -1), None
            )
            if chosen is None:
                return False
        booking.resource = chosen
        timeline[chosen][first:last] = b"\x01" * (last - first)
        return True

    def _desk_order(self) -> Iterator[int]:
        count = len(self.desks)
        start = self.rng.randrange(count)
        return (self.desks[(start + n) % count] for n in range(count))

    def _maybe_cancel(self, booking: _Booking, day: _Day, *, future: bool) -> bool:
        latest = day.at(booking.starts) - timedelta(minutes=60)
        if future:
            latest = min(latest, self.now)
        if self.rng.random() >= CANCELLED or latest <= booking.created + timedelta(minutes=5):
            return False
        gap = (latest - booking.created).total_seconds()
        booking.cancelled = booking.created + timedelta(seconds=self.rng.uniform(300, gap))
        return True

    def _outcome(self, booking: _Booking, day: _Day) -> None:
        rng = self.rng
        if self._maybe_cancel(booking, day, future=False):
            return
        start_at = day.at(booking.starts)
        if rng.random() < booking.member.no_show:
            booking.no_show = start_at + timedelta(minutes=15, seconds=rng.randrange(60))
            return
        offset = min(14.5, max(-30.0, rng.gauss(-6, 8)))
        arrival = max(booking.starts + offset, day.opens + rng.uniform(0, 3))
        if rng.random() < 0.3:  # leaves before the booking ends
            left = arrival + (booking.ends - arrival) * rng.uniform(0.35, 0.9)
        else:
            left = booking.ends + rng.gauss(-5, 20)
        self._visit(booking.member, day, arrival, left, booking)

    def _walk_in_arrival(self, member: _Member, day: _Day) -> float:
        start = self._start(member, day, 60)
        return min(day.closes - 45, start + self.rng.uniform(0, SLOT))

    def _take_desk(
        self, member: _Member, day: _Day, arrival: float, timeline: list[bytearray]
    ) -> _Booking | None:
        """A walk-in's desk, as the front desk's "take a desk" gives it: from the quarter hour
        of arrival until the desk's next booking, closing time or the longest booking."""
        came = day.at(arrival)
        first = int((came - day.midnight).total_seconds() // (QUARTER * 60))
        cap = min(day.closes // QUARTER, first + 240 // QUARTER)
        order = ([member.desk] if member.desk is not None else []) + list(self._desk_order())
        for desk in order:
            line = timeline[desk]
            if line[first]:
                continue
            busy = line.find(1, first, cap)
            last = cap if busy == -1 else busy
            if last - first < 60 // QUARTER:
                continue
            line[first:last] = b"\x01" * (last - first)
            booking = _Booking(member, desk, day.day, first * QUARTER, last * QUARTER, came)
            booking.checked_in = came
            self.bookings.append(booking)
            return booking
        return None

    def _visit(
        self, member: _Member, day: _Day, arrival: float, left: float, booking: _Booking | None
    ) -> None:
        rng = self.rng
        left = max(left, arrival + 15)
        auto = rng.random() < FORGETS_CHECK_OUT
        if auto:
            left = day.closes
        elif left > day.closes - 1:
            left = day.closes - rng.uniform(1, 10)
        came, went = day.at(arrival), day.at(left)
        if booking is not None:
            booking.checked_in = came
            booking.touched = went
            if not auto and left < booking.ends:  # leaving frees the desk from that quarter
                seconds = (went - day.midnight).total_seconds()
                end = max(booking.starts + QUARTER, int(seconds // 60 // QUARTER) * QUARTER)
                booking.ends = min(booking.ends, end)
        self.visits.append(_Visit(member, came, went, auto, booking))


# --- writing ---------------------------------------------------------------------------------


def _places(
    session: Session, rng: Random, site_id: int, members: int, since: datetime
) -> list[_Place]:
    """The site's desks and rooms, set up ``since`` (the ones it already has under these
    names are kept)."""
    existing = {r.name: r for r in sites.resources(session, site_id, include_inactive=True)}
    position = max((r.position for r in existing.values()), default=0)
    desks = min(MAX_DESKS, max(DESKS, members // MEMBERS_PER_DESK))
    wanted = [
        (
            f"Escritorio {n}",
            ResourceKind.DESK,
            1,
            ("Enchufe", "Wifi")
            + (("Monitor",) if n % 4 == 1 else ())
            + (("Acceso para silla de ruedas",) if n <= 2 else ()),
        )
        for n in range(1, desks + 1)
    ]
    places = []
    for name, kind, capacity, amenities in [*wanted, *ROOMS]:
        resource = existing.get(name)
        if resource is None:
            position += 1
            resource = Resource(
                uuid=_uuid(rng),
                site_id=site_id,
                kind=kind,
                name=name,
                capacity=capacity,
                amenities=sorted(amenities),
                position=position,
                created_at=since,
                updated_at=since,
            )
            session.add(resource)
        places.append((resource, kind))
    session.flush()
    return [_Place(r.id, r.name, ResourceKind(k).value) for r, k in places]


def _closures(session: Session, site_id: int) -> None:
    for day, reason in EXTRA_CLOSURES:
        if not sites.closures(session, site_id, day, day):
            session.add(SiteClosure(site_id=site_id, day=day, reason=reason, closed=True))
    session.flush()


def _stamp(rng: Random, row: dict[str, Any], created: datetime, updated: datetime) -> dict:
    row.update(uuid=_uuid(rng), created_at=created, updated_at=max(created, updated))
    return row


class _Writer:
    def __init__(self, session: Session, rng: Random, now: datetime, site_id: int) -> None:
        self.connection = session.connection()
        self.rng = rng
        self.now = now
        self.site_id = site_id

    def insert(self, table: Table, rows: list[dict[str, Any]]) -> None:
        if rows:
            self.connection.execute(insert(table), rows)

    def bookings(self, sim: _Simulation) -> None:
        zone = local_zone()
        staff = sim.staff
        rows = []
        sim.bookings.sort(key=lambda b: (b.day, b.starts, b.resource))
        for b in sim.bookings:
            midnight = datetime.combine(b.day, time.min, zone)
            changes = [b.created, b.cancelled, b.no_show, b.checked_in, b.touched]
            touched = min(self.now, max(t for t in changes if t is not None))
            booked_by = staff["recepcion"] if self.rng.random() < 0.85 else staff["coordinacion"]
            rows.append(
                _stamp(
                    self.rng,
                    {
                        "resource_id": sim.places[b.resource].resource_id,
                        "person_id": b.member.person_id,
                        "starts_at": midnight + timedelta(minutes=b.starts),
                        "ends_at": midnight + timedelta(minutes=b.ends),
                        "cancelled_at": b.cancelled,
                        "checked_in_at": b.checked_in,
                        "no_show_at": b.no_show,
                        "series_id": b.series_id,
                        "purpose": b.purpose,
                        "booked_by_id": booked_by,
                        "cancelled_by_id": staff["recepcion"] if b.cancelled else None,
                    },
                    b.created,
                    touched,
                )
            )
        self.insert(Booking.__table__, rows)
        # read the ids back by uuid: SQLite returns them one row at a time otherwise
        places = [p.resource_id for p in sim.places]
        new_ids = dict(
            self.connection.execute(
                select(Booking.uuid, Booking.id).where(Booking.resource_id.in_(places))
            ).all()
        )
        for booking, row in zip(sim.bookings, rows, strict=True):
            booking.id = new_ids[row["uuid"]]

    def cells(self, sim: _Simulation) -> None:
        zone = local_zone()
        batch: list[dict[str, Any]] = []
        for b in sim.bookings:
            if not b.active:
                continue
            midnight = datetime.combine(b.day, time.min, zone)
            resource_id = sim.places[b.resource].resource_id
            for quarter in range(b.starts // QUARTER, b.ends // QUARTER):
                batch.append(
                    {
                        "resource_id": resource_id,
                        "starts_at": midnight + timedelta(minutes=quarter * QUARTER),
                        "booking_id": b.id,
                    }
                )
            if len(batch) >= 10_000:
                self.insert(BookingCell.__table__, batch)
                batch = []
        self.insert(BookingCell.__table__, batch)

    def visits(self, sim: _Simulation) -> None:
        desk = sim.staff["recepcion"]
        rows = []
        sim.visits.sort(key=lambda v: v.arrival)
        for v in sim.visits:
            rows.append(
                _stamp(
                    self.rng,
                    {
                        "site_id": self.site_id,
                        "person_id": v.member.person_id,
                        "checked_in_at": v.arrival,
                        "checked_out_at": v.left,
                        "booking_id": v.booking.id if v.booking else None,
                        "station": STATION,
                        "auto_checked_out": v.auto,
                        "checked_in_by_id": desk,
                        "checked_out_by_id": None if v.auto else desk,
                    },
                    v.arrival,
                    v.left,
                )
            )
        self.insert(Visit.__table__, rows)


def _staff(session: Session, admin: StaffUser) -> dict[str, int]:
    users = dict(session.execute(select(StaffUser.username, StaffUser.id)).all())
    return {name: users.get(name, admin.id) for name in ("recepcion", "coordinacion")}


def add_coworking(session: Session, rng: Random, admin: StaffUser, now: datetime) -> dict[str, int]:
    """The site's desks and rooms, a year of bookings and visits up to ``now`` and the
    bookings already made for the next two weeks. Members are the demo people with a member
    card. Returns the number of rows written, by kind."""
    site = current_site(session)
    if site is None:
        return {"resources": 0, "bookings": 0, "no_shows": 0, "cancelled": 0, "visits": 0}
    members = [
        (person_id, code)
        for person_id, code in session.execute(
            select(Person.id, Person.member_code)
            .where(Person.member_code.is_not(None), Person.merged_into_id.is_(None))
            .order_by(Person.id)
        )
    ]
    set_up = datetime.combine(now.date() - timedelta(days=HISTORY_DAYS + 14), time(9), local_zone())
    places = _places(session, rng, site.id, len(members), set_up)
    _closures(session, site.id)
    sim = _Simulation(rng, now, places, members, _staff(session, admin))
    if members:
        sim.run(sites.days_hours(session, site.id, sim.first, HISTORY_DAYS + FUTURE_DAYS + 1))
    writer = _Writer(session, rng, now, site.id)
    writer.bookings(sim)
    writer.cells(sim)
    writer.visits(sim)
    return {
        "resources": len(places),
        "bookings": len(sim.bookings),
        "no_shows": sum(b.no_show is not None for b in sim.bookings),
        "cancelled": sum(b.cancelled is not None for b in sim.bookings),
        "visits": len(sim.visits),
    }
