"""Bookings of desks and rooms: the site's rules, checked by the services, and no double booking.

Every active booking (neither cancelled nor a no-show) holds one :class:`BookingCell` per
quarter hour; the cells' primary key (resource, quarter) refuses a second booking of the same
time in the database itself, on SQLite and PostgreSQL alike, even when two stations book at
the same moment. The friendly checks before it only produce the better message.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from sqlalchemy import delete, insert, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from coworking.core import accounts, consents
from coworking.core.durations import duration_text
from coworking.core.errors import NotFound, UserError
from coworking.core.fairs import allow
from coworking.core.localtime import local_zone
from coworking.core.sites import BookingRules, DayHours, days_hours, get_site
from coworking.db.base import utcnow
from coworking.db.enums import Role
from coworking.db.models import Booking, BookingCell, Person, Resource, Site, StaffUser

CELL = timedelta(minutes=15)
MISTAKE_WINDOW = timedelta(minutes=10)  # a booking this new can always be cancelled
OVERRIDE_ROLES = frozenset({Role.ADMIN, Role.COORDINATOR})

RULES = {
    "schedule": "horario de atención",
    "slot": "tamaño del turno",
    "past": "reservas en el pasado",
    "ahead": "anticipación máxima",
    "duration": "duración máxima",
    "day": "horas por persona al día",
    "week": "horas por persona a la semana",
    "person_overlap": "una reserva a la vez por persona",
    "overlap": "sin reservas superpuestas",
    "inactive": "espacio fuera de servicio",
    "cancel_notice": "aviso mínimo para cancelar",
    "state": "estado de la reserva",
}


class RuleRefused(UserError):
    """A booking rule said no; ``rule`` is its key in :data:`RULES`, the message says why."""

    def __init__(self, rule: str, why: str) -> None:
        self.rule = rule
        self.why = why
        super().__init__(f"Regla «{RULES[rule]}»: {why}")


def _hm(moment: datetime) -> str:
    return moment.astimezone(local_zone()).strftime("%H:%M")


def _hours(minutes: int) -> str:
    return duration_text(minutes)


def floor_to(moment: datetime, minutes: int) -> datetime:
    """The start of the ``minutes`` slot holding ``moment``, in local time."""
    local = moment.astimezone(local_zone())
    midnight = local.replace(hour=0, minute=0, second=0, microsecond=0)
    elapsed = (local - midnight) // timedelta(minutes=minutes)
    return midnight + elapsed * timedelta(minutes=minutes)


def ceil_to(moment: datetime, minutes: int) -> datetime:
    floor = floor_to(moment, minutes)
    return floor if floor == moment else floor + timedelta(minutes=minutes)


def is_active(booking: Booking) -> bool:
    return booking.cancelled_at is None and booking.no_show_at is None


def active_filter():
    """Where-clauses of an active booking (neither cancelled nor a no-show)."""
    return Booking.cancelled_at.is_(None), Booking.no_show_at.is_(None)


def cells(starts: datetime, ends: datetime) -> list[datetime]:
    """The quarter hours a booking from ``starts`` to ``ends`` holds (both on the grid)."""
    count = (ends - starts) // CELL
    return [(starts + n * CELL).astimezone(local_zone()) for n in range(count)]


# --- the rules -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Request:
    resource: Resource
    person_id: int
    starts: datetime
    ends: datetime
    exclude_id: int | None = None


def _booked_minutes(
    session: Session, person_id: int, start: datetime, end: datetime, exclude_id: int | None
) -> int:
    rows = session.execute(
        select(Booking.starts_at, Booking.ends_at).where(
            Booking.person_id == person_id,
            *active_filter(),
            Booking.starts_at < end,
            Booking.ends_at > start,
            Booking.id != (exclude_id or 0),
        )
    )
    return sum(int((min(e, end) - max(s, start)).total_seconds() // 60) for s, e in rows if e > s)


def _person_name(session: Session, person_id: int) -> str:
    row = session.execute(
        select(Person.given_names, Person.family_names).where(Person.id == person_id)
    ).one_or_none()
    return f"{row[0]} {row[1]}" if row else "Esa persona"


def check(
    session: Session,
    site: Site,
    hours: DayHours,
    request: Request,
    now: datetime,
    *,
    walk_in: bool = False,
) -> None:
    """Raise :class:`RuleRefused` for the first rule the request breaks (the cheap ones first).

    A walk-in's desk starts at the current quarter hour rather than on the slot grid.
    """
    rules = BookingRules.of(site)
    zone = local_zone()
    starts, ends = request.starts.astimezone(zone), request.ends.astimezone(zone)
    resource = request.resource
    if not resource.active:
        raise RuleRefused("inactive", f"«{resource.name}» está fuera de servicio.")
    if ends <= starts:
        raise RuleRefused("schedule", "la hora de fin debe ser posterior a la de inicio.")
    span = hours.span(zone)
    if span is None:
        why = hours.note or "Cerrado"
        raise RuleRefused("schedule", f"el {starts:%d/%m/%Y} el espacio no abre ({why}).")
    if starts < span[0] or ends > span[1] or ends.date() != starts.date():
        raise RuleRefused(
            "schedule",
            f"el {starts:%d/%m/%Y} se atiende de {hours.opens:%H:%M} a {hours.closes:%H:%M}; "
            f"la reserva de {starts:%H:%M} a {ends:%H:%M} queda fuera.",
        )
    slot = 15 if walk_in else rules.slot_minutes
    for moment in (starts, ends):
        if moment != floor_to(moment, slot) and moment != span[1]:
            raise RuleRefused(
                "slot",
                f"las reservas empiezan y terminan en turnos de {slot} minutos ({_hm(moment)}).",
            )
    if ends <= now or starts < floor_to(now, slot):
        raise RuleRefused(
            "past", f"no se puede reservar una hora ya pasada ({starts:%d/%m %H:%M})."
        )
    last_day = now.astimezone(zone).date() + timedelta(days=rules.book_ahead_days)
    if starts.date() > last_day:
        raise RuleRefused(
            "ahead",
            f"se reserva con un máximo de {rules.book_ahead_days} días de anticipación "
            f"(hasta el {last_day:%d/%m/%Y}).",
        )
    minutes = int((ends - starts).total_seconds() // 60)
    if minutes > rules.max_booking_minutes:
        raise RuleRefused(
            "duration",
            f"una reserva dura como máximo {_hours(rules.max_booking_minutes)}; "
            f"esta dura {_hours(minutes)}.",
        )
    name = _person_name(session, request.person_id)
    day_start = datetime.combine(starts.date(), datetime.min.time(), zone)
    used = _booked_minutes(
        session, request.person_id, day_start, day_start + timedelta(days=1), request.exclude_id
    )
    if used + minutes > rules.max_day_minutes:
        raise RuleRefused(
            "day",
            f"{name} ya tiene {_hours(used)} reservadas el {starts:%d/%m}; con esta "
            f"({_hours(minutes)}) pasaría del máximo de {_hours(rules.max_day_minutes)} al día.",
        )
    week_start = day_start - timedelta(days=starts.weekday())
    used = _booked_minutes(
        session, request.person_id, week_start, week_start + timedelta(days=7), request.exclude_id
    )
    if used + minutes > rules.max_week_minutes:
        raise RuleRefused(
            "week",
            f"{name} ya tiene {_hours(used)} reservadas la semana del {week_start:%d/%m}; con "
            f"esta ({_hours(minutes)}) pasaría del máximo de "
            f"{_hours(rules.max_week_minutes)} a la semana.",
        )
    mine = session.execute(
        select(Booking.starts_at, Booking.ends_at, Resource.name)
        .join(Resource, Resource.id == Booking.resource_id)
        .where(
            Booking.person_id == request.person_id,
            *active_filter(),
            Booking.starts_at < ends,
            Booking.ends_at > starts,
            Booking.id != (request.exclude_id or 0),
        )
        .limit(1)
    ).one_or_none()
    if mine is not None:
        raise RuleRefused(
            "person_overlap",
            f"{name} ya tiene «{mine[2]}» reservado de {_hm(mine[0])} a {_hm(mine[1])}.",
        )
    clash = session.execute(
        select(Booking.starts_at, Booking.ends_at, Person.given_names, Person.family_names)
        .join(Person, Person.id == Booking.person_id)
        .where(
            Booking.resource_id == resource.id,
            *active_filter(),
            Booking.starts_at < ends,
            Booking.ends_at > starts,
            Booking.id != (request.exclude_id or 0),
        )
        .limit(1)
    ).one_or_none()
    if clash is not None:
        raise RuleRefused(
            "overlap",
            f"«{resource.name}» ya está reservado de {_hm(clash[0])} a {_hm(clash[1])} "
            f"({clash[2]} {clash[3]}).",
        )


def _hold_cells(session: Session, booking: Booking, resource_name: str) -> None:
    """Insert the booking's cells; a clash here means another station just booked that time."""
    rows = [
        {"resource_id": booking.resource_id, "starts_at": cell, "booking_id": booking.id}
        for cell in cells(booking.starts_at, booking.ends_at)
    ]
    try:  # one multi-row INSERT: a clash fails it whole (psycopg's pipelined executemany
        # would also print "pipeline aborted" on stderr)
        session.execute(insert(BookingCell).values(rows))
    except IntegrityError as error:
        raise RuleRefused(
            "overlap",
            f"otra estación acaba de reservar «{resource_name}» a esa hora. "
            "Actualice el calendario y elija otra hora.",
        ) from error


def release_cells(session: Session, booking_id: int, *, from_: datetime | None = None) -> None:
    query = delete(BookingCell).where(BookingCell.booking_id == booking_id)
    if from_ is not None:
        query = query.where(BookingCell.starts_at >= from_)
    session.execute(query)


def _resource(session: Session, resource_id: int) -> Resource:
    resource = session.get(Resource, resource_id)
    if resource is None:
        raise NotFound(f"No existe el espacio con ID {resource_id}.")
    return resource


def _person(session: Session, person_id: int) -> Person:
    """Whom a new booking is for: a record that was not merged away, with a current consent
    for «registro» (:class:`~coworking.core.consents.NoConsent` otherwise)."""
    person = session.get(Person, person_id)
    if person is None:
        raise NotFound("No existe esa persona.")
    if person.merged_into_id is not None:
        raise UserError("Ese registro fue unido a otro: reserve con el registro que quedó.")
    consents.require(session, person_id, "no se puede hacer una reserva a su nombre")
    return person


# --- booking, moving, cancelling -------------------------------------------------------------


def book(
    session: Session,
    actor: StaffUser | None,
    resource_id: int,
    person_id: int,
    starts: datetime,
    ends: datetime,
    *,
    purpose: str | None = None,
    now: datetime | None = None,
    series_id: uuid.UUID | None = None,
    walk_in: bool = False,
) -> Booking:
    """Book ``resource_id`` for ``person_id``; :class:`RuleRefused` says which rule said no."""
    allow(actor, accounts.ALL_STAFF)
    now = now or utcnow()
    resource = _resource(session, resource_id)
    _person(session, person_id)
    site = get_site(session, resource.site_id)
    hours = days_hours(session, site.id, starts.astimezone(local_zone()).date())[0]
    check(session, site, hours, Request(resource, person_id, starts, ends), now, walk_in=walk_in)
    booking = Booking(
        resource_id=resource_id,
        person_id=person_id,
        starts_at=starts,
        ends_at=ends,
        purpose=(purpose or "").strip()[:120] or None,
        series_id=series_id,
        booked_by_id=actor.id if actor else None,
        created_at=now,  # the "booked a moment ago" rule of cancel compares with it
        updated_at=now,
    )
    session.add(booking)
    session.flush()
    _hold_cells(session, booking, resource.name)
    return booking


def get_booking(session: Session, booking_id: int) -> Booking:
    booking = session.get(Booking, booking_id)
    if booking is None:
        raise NotFound("No existe esa reserva.")
    return booking


def move(
    session: Session,
    actor: StaffUser | None,
    booking_id: int,
    resource_id: int,
    starts: datetime,
    ends: datetime,
    *,
    now: datetime | None = None,
) -> Booking:
    """Move or resize a booking, under the same rules as a new one.

    A booking already checked in keeps its start and resource; only its end may change.
    """
    allow(actor, accounts.ALL_STAFF)
    now = now or utcnow()
    booking = get_booking(session, booking_id)
    if not is_active(booking):
        raise RuleRefused("state", "la reserva fue cancelada o marcada «no se presentó».")
    if booking.ends_at <= now:
        raise RuleRefused("state", "la reserva ya terminó; no se puede cambiar.")
    if booking.checked_in_at is not None and (
        resource_id != booking.resource_id or starts != booking.starts_at
    ):
        raise RuleRefused("state", "la persona ya llegó: solo se puede cambiar la hora de salida.")
    resource = _resource(session, resource_id)
    site = get_site(session, resource.site_id)
    hours = days_hours(session, site.id, starts.astimezone(local_zone()).date())[0]
    request = Request(resource, booking.person_id, starts, ends, exclude_id=booking.id)
    if booking.checked_in_at is not None:
        # the start is in the past: check from the current slot on
        probe = Request(
            resource, booking.person_id, max(starts, floor_to(now, 15)), ends, booking.id
        )
        _check_moving_end(session, site, hours, probe, request, now)
    else:
        check(session, site, hours, request, now)
    release_cells(session, booking.id)
    booking.resource_id, booking.starts_at, booking.ends_at = resource_id, starts, ends
    session.flush()
    _hold_cells(session, booking, resource.name)
    return booking


def _check_moving_end(
    session: Session, site: Site, hours: DayHours, probe: Request, request: Request, now: datetime
) -> None:
    if request.ends <= now:
        raise RuleRefused("past", "la nueva hora de salida ya pasó.")
    try:
        check(session, site, hours, probe, now)
    except RuleRefused as refused:
        if refused.rule != "slot":
            raise


def cancel(
    session: Session,
    actor: StaffUser | None,
    booking_id: int,
    *,
    now: datetime | None = None,
    force: bool = False,
) -> Booking:
    """Cancel a booking and free its time. Within the site's notice only a booking made in the
    last minutes (a mistake) can be cancelled, or a coordinator's with ``force``."""
    allow(actor, accounts.ALL_STAFF)
    now = now or utcnow()
    booking = get_booking(session, booking_id)
    if not is_active(booking):
        raise RuleRefused("state", "la reserva ya estaba cancelada o marcada «no se presentó».")
    if booking.checked_in_at is not None:
        raise RuleRefused("state", "la persona ya llegó: registre su salida en vez de cancelar.")
    if booking.ends_at <= now:
        raise RuleRefused("state", "la reserva ya terminó.")
    site = get_site(session, _resource(session, booking.resource_id).site_id)
    notice = timedelta(minutes=site.cancel_notice_minutes)
    overriding = force and (actor is None or actor.role in OVERRIDE_ROLES)
    late = booking.starts_at - now < notice and now - booking.created_at > MISTAKE_WINDOW
    if late and not overriding:
        raise RuleRefused(
            "cancel_notice",
            f"se cancela con al menos {_hours(site.cancel_notice_minutes)} de aviso y la "
            f"reserva empieza a las {_hm(booking.starts_at)}. Si la persona no llega, "
            "se marcará «no se presentó»; un coordinador puede cancelarla igual.",
        )
    booking.cancelled_at = now
    booking.cancelled_by_id = actor.id if actor else None
    session.flush()
    release_cells(session, booking.id)
    return booking


# --- recurring bookings ----------------------------------------------------------------------


@dataclass
class SeriesResult:
    """A weekly series: the bookings made and, date by date, why the others were not."""

    series_id: uuid.UUID
    booked: list[Booking] = field(default_factory=list)
    refused: list[tuple[date, str]] = field(default_factory=list)


def book_weekly(
    session: Session,
    actor: StaffUser | None,
    resource_id: int,
    person_id: int,
    starts: datetime,
    ends: datetime,
    until: date,
    *,
    purpose: str | None = None,
    now: datetime | None = None,
) -> SeriesResult:
    """Book the same time every week from ``starts`` until ``until`` (inclusive).

    Dates a rule refuses (a holiday, a clash, the weekly limit...) are listed with the reason;
    the others are booked together, in one transaction.
    """
    allow(actor, accounts.ALL_STAFF)
    now = now or utcnow()
    zone = local_zone()
    first = starts.astimezone(zone)
    if until < first.date():
        raise UserError("La fecha final de la serie es anterior a la primera reserva.")
    if (until - first.date()).days > 366:
        raise UserError("Una serie semanal dura como máximo un año.")
    resource = _resource(session, resource_id)
    _person(session, person_id)
    site = get_site(session, resource.site_id)
    duration = ends - starts
    result = SeriesResult(uuid.uuid4())
    weeks = (until - first.date()).days // 7 + 1
    dates = [first.date() + timedelta(weeks=n) for n in range(weeks)]
    hours = {
        h.day: h for h in days_hours(session, site.id, dates[0], (dates[-1] - dates[0]).days + 1)
    }
    for day in dates:
        moment = datetime.combine(day, first.timetz().replace(tzinfo=None), zone)
        try:
            check(
                session,
                site,
                hours[day],
                Request(resource, person_id, moment, moment + duration),
                now,
            )
        except RuleRefused as refused:
            result.refused.append((day, str(refused)))
            continue
        booking = Booking(
            resource_id=resource_id,
            person_id=person_id,
            starts_at=moment,
            ends_at=moment + duration,
            purpose=(purpose or "").strip()[:120] or None,
            series_id=result.series_id,
            booked_by_id=actor.id if actor else None,
            created_at=now,  # the "booked a moment ago" rule of cancel compares with it
            updated_at=now,
        )
        session.add(booking)
        session.flush()  # the next dates' checks see this one (weekly limits)
        _hold_cells(session, booking, resource.name)
        result.booked.append(booking)
    return result


def cancel_series(
    session: Session,
    actor: StaffUser | None,
    series_id: uuid.UUID,
    *,
    from_: datetime | None = None,
    now: datetime | None = None,
) -> int:
    """Cancel the bookings of a series that have not started yet (and start at or after
    ``from_``, when given); returns how many."""
    allow(actor, accounts.ALL_STAFF)
    now = now or utcnow()
    query = select(Booking).where(
        Booking.series_id == series_id,
        *active_filter(),
        Booking.starts_at > now,
        Booking.checked_in_at.is_(None),
    )
    if from_ is not None:
        query = query.where(Booking.starts_at >= from_)
    future = session.scalars(query).all()
    for booking in future:
        booking.cancelled_at = now
        booking.cancelled_by_id = actor.id if actor else None
        session.flush()
        release_cells(session, booking.id)
    return len(future)
