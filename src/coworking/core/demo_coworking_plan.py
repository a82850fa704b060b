"""The year the co-working demo simulates: who comes when, what they book, who does not come,
who walks in and who forgets to check out (see :mod:`coworking.core.demo_coworking`).

The demo's day is simulated up to the demo's moment: whoever arrived and has not left yet is
in (an open visit), a booking whose start has passed is checked in, or marked a no-show once
its grace time is over, or still pending within it; later bookings are the ones made by then.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from itertools import accumulate
from math import ceil, sqrt
from random import Random
from uuid import UUID

from coworking.core import reference, sites
from coworking.core.localtime import local_zone
from coworking.db.enums import ResourceKind

HISTORY_DAYS = 364  # the year (52 weeks) before the demo's day
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
# Closed every year, also in the years the national holiday list shipped does not cover.
YEARLY_CLOSURES = ((1, 1, "Año Nuevo"), (12, 25, "Navidad"))
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


def demo_uuid(rng: Random) -> UUID:
    return UUID(int=rng.getrandbits(128), version=4)


def extra_closures(first: date, last: date) -> list[tuple[date, str]]:
    """New Year's Day and Christmas between ``first`` and ``last`` in the years where the
    national holiday list has no such holiday (it covers a few years only)."""
    listed = [(day.year, h.name) for day, h in reference.national_holidays().items()]
    closures = []
    for year in range(first.year, last.year + 1):
        for month, day_of_month, name in YEARLY_CLOSURES:
            day = date(year, month, day_of_month)
            if first <= day <= last and not any(
                y == year and n.startswith(name) for y, n in listed
            ):
                closures.append((day, name))
    return sorted(closures)


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
    left: datetime | None  # None: still in at the demo's moment
    auto: bool
    booking: _Booking | None


@dataclass(frozen=True)
class Place:
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


class Simulation:
    def __init__(
        self,
        rng: Random,
        now: datetime,
        places: list[Place],
        members: list[tuple[int, str]],
        staff: dict[str, int],
        grace: int = 15,
    ) -> None:
        self.rng = rng
        self.now = now
        self.grace = grace  # minutes before a booking nobody checked in is a no-show
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
        # the demo's own day is an ordinary one, so that the space is in use whatever the date
        season = 1.0 if day.day == self.today else _season(day.day)
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
        """One day: its bookings, then the walk-ins. A day after the demo's has only the
        bookings made by now; the demo's day is what happened until now."""
        rng = self.rng
        ahead = day.day > self.today
        planned: list[_Booking] = []
        walking: list[_Member] = []
        for member in self._comers(day):
            booking = self._plan_booking(member, day)
            if booking is None:
                if not ahead:
                    walking.append(member)
            elif booking.created <= self.now:  # otherwise not booked yet: comes later
                planned.append(booking)
        timeline = [bytearray(96) for _ in self.places]
        planned.sort(key=lambda b: b.created)
        for booking in planned:
            if not self._place(booking, timeline):
                if not ahead:
                    walking.append(booking.member)
                continue
            self.bookings.append(booking)
            if day.at(booking.starts) > self.now:
                self._maybe_cancel(booking, day, future=True)
            else:
                self._outcome(booking, day)
        if ahead:
            return
        arrivals = [(self._walk_in_arrival(m, day), m) for m in walking]
        arrivals.sort(key=lambda pair: pair[0])  # first come, first served
        if day.day == self.today:
            self._someone_came_early(day, arrivals)
        for arrival, member in arrivals:
            stay = rng.uniform(45, 240)
            wants_desk = rng.random() < 0.4
            if day.at(arrival) > self.now:
                continue  # still to come
            booking = self._take_desk(member, day, arrival, timeline) if wants_desk else None
            self._visit(member, day, arrival, arrival + stay, booking)

    def _someone_came_early(self, day: _Day, arrivals: list[tuple[float, _Member]]) -> None:
        """On the demo's own day, once the space has been open an hour, the first walk-in has
        come: a space open since 08:00 is not empty at 09:20 because of the draw. No random
        number is drawn here, so the days after stay as they were."""
        elapsed = (self.now - day.at(day.opens)).total_seconds() / 60
        if arrivals and elapsed >= 60 and day.at(arrivals[0][0]) > self.now:
            arrivals[0] = (day.opens + min(elapsed / 2, 90), arrivals[0][1])

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
                self.series[key] = demo_uuid(rng)
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
            missed = start_at + timedelta(minutes=self.grace)
            if missed <= self.now:  # else still within the grace time
                booking.no_show = min(self.now, missed + timedelta(seconds=rng.randrange(60)))
            return
        offset = min(self.grace - 0.5, max(-30.0, rng.gauss(-6, 8)))
        arrival = max(booking.starts + offset, day.opens + rng.uniform(0, 3))
        if rng.random() < 0.3:  # leaves before the booking ends
            left = arrival + (booking.ends - arrival) * rng.uniform(0.35, 0.9)
        else:
            left = booking.ends + rng.gauss(-5, 20)
        if day.at(arrival) <= self.now:  # else on the way, within the grace time
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
        if went > self.now:  # still in
            self.visits.append(_Visit(member, came, None, False, booking))
            if booking is not None:
                booking.checked_in = came
            return
        if booking is not None:
            booking.checked_in = came
            booking.touched = went
            if not auto and left < booking.ends:  # leaving frees the desk from that quarter
                seconds = (went - day.midnight).total_seconds()
                end = max(booking.starts + QUARTER, int(seconds // 60 // QUARTER) * QUARTER)
                booking.ends = min(booking.ends, end)
        self.visits.append(_Visit(member, came, went, auto, booking))
