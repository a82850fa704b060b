"""Co-working check-in and check-out at the front desk, no-shows and the closing sweep.

One scan of a member card toggles: a person outside comes in (checking in the booking they
have now, if any), a person inside goes out. At most one open visit per person is enforced by a
partial unique index and an insert that yields to it (``ON CONFLICT DO NOTHING``), so two
stations scanning one card at the same moment make one visit. A second scan within
:data:`BOUNCE` of the check-in is taken as a repeated read, not as leaving.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import delete, func, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from coworking.core import accounts, audit, codes, consents
from coworking.core.availability import FreeNow, free_now
from coworking.core.bookings import CELL, book, ceil_to, floor_to, release_cells
from coworking.core.durations import span_text
from coworking.core.errors import NotFound, UserError
from coworking.core.fairs import allow
from coworking.core.greetings import welcome
from coworking.core.localtime import local_zone
from coworking.core.sites import days_hours, get_site
from coworking.db.base import utcnow
from coworking.db.enums import AuditAction, CheckInResult, ResourceKind, Sex
from coworking.db.models import (
    Booking,
    BookingCell,
    CheckIn,
    Person,
    Resource,
    StaffUser,
    Visit,
)

BOUNCE = timedelta(seconds=60)
EARLY_ARRIVAL = timedelta(minutes=30)  # a booking can be checked in this long before it starts
SEARCH_PREFIX = "búsqueda: "


@dataclass(frozen=True)
class VisitAnswer:
    """What the front desk shows after a scan; ``title`` and ``detail`` are ready in Spanish."""

    result: CheckInResult
    raw: str
    person_id: int | None = None
    person_name: str | None = None
    sex: Sex | None = None
    visit_id: int | None = None
    booking_id: int | None = None
    resource_name: str | None = None
    booking_ends: datetime | None = None
    since: datetime | None = None
    at: datetime | None = None
    offers: list[FreeNow] = field(default_factory=list)
    later_booking: tuple[str, datetime] | None = None
    no_shows: int = 0

    @property
    def checked_in(self) -> bool:
        return self.result == CheckInResult.OK

    @property
    def accepted(self) -> bool:
        return self.result in (CheckInResult.OK, CheckInResult.CHECKED_OUT)

    @property
    def title(self) -> str:
        if self.result == CheckInResult.OK:
            return welcome(self.sex, self.person_name)
        if self.result == CheckInResult.CHECKED_OUT:
            return f"Hasta pronto, {self.person_name}"
        if self.result == CheckInResult.DUPLICATE:
            return f"{self.person_name} ya registró su entrada"
        if self.result == CheckInResult.INVALID:
            return "Código mal leído"
        if self.result == CheckInResult.NO_CONSENT:
            return "Sin consentimiento vigente"
        return "Código desconocido"

    @property
    def detail(self) -> str:
        zone = local_zone()
        if self.result == CheckInResult.OK:
            if self.booking_id is not None:
                return (
                    f"Reserva: {self.resource_name} hasta las "
                    f"{self.booking_ends.astimezone(zone):%H:%M}."  # type: ignore[union-attr]
                )
            parts = ["Sin reserva."]
            if self.later_booking:
                name, starts = self.later_booking
                parts.append(f"Su reserva de {name} empieza a las {starts.astimezone(zone):%H:%M}.")
            if self.offers:
                best = self.offers[0]
                parts.append(
                    f"Escritorio libre: {best.name} hasta las {best.until.astimezone(zone):%H:%M}."
                )
            else:
                parts.append("No hay escritorios libres ahora.")
            return " ".join(parts)
        if self.result == CheckInResult.CHECKED_OUT:
            stayed = (self.at or utcnow()) - (self.since or utcnow())
            return f"Salida registrada; estuvo {span_text(stayed)}."
        if self.result == CheckInResult.DUPLICATE:
            when = self.since.astimezone(zone).strftime("%H:%M") if self.since else "?"
            return f"Entró a las {when}; vuelva a escanear en un minuto para registrar su salida."
        if self.result == CheckInResult.INVALID:
            return (
                f"«{self.raw.strip()[:40]}» no es un código de carné válido. Vuelva a escanear o "
                "busque a la persona por nombre."
            )
        if self.result == CheckInResult.NO_CONSENT:
            return (
                f"{self.person_name} no tiene consentimiento vigente para el registro y los "
                "servicios: no se registra su entrada. Si quiere darlo de nuevo, regístrelo en su "
                "ficha (Personas) y vuelva a escanear."
            )
        return (
            f"Nadie tiene el código «{self.raw.strip()[:40]}». Busque a la persona por nombre o "
            "documento."
        )


def _log(
    session: Session,
    site_id: int,
    result: CheckInResult,
    raw: str,
    station: str,
    operator: StaffUser | None,
    at: datetime,
) -> None:
    session.add(
        CheckIn(
            site_id=site_id,
            station=station[:60],
            operator_id=operator.id if operator else None,
            result=result,
            raw_input=raw[:200],
            scanned_at=at,
        )
    )
    session.flush()


def scan(
    session: Session,
    site_id: int,
    raw: str,
    station: str,
    operator: StaffUser | None,
    *,
    now: datetime | None = None,
) -> VisitAnswer:
    """Check the holder of the member card in ``raw`` in or out. The caller commits."""
    allow(operator, accounts.ALL_STAFF)
    now = now or utcnow()
    get_site(session, site_id)
    code = codes.normalise(raw)
    if not codes.is_valid_code(code):
        _log(session, site_id, CheckInResult.INVALID, raw, station, operator, now)
        return VisitAnswer(CheckInResult.INVALID, raw, at=now)
    found = session.execute(
        select(Person.id, Person.merged_into_id).where(Person.member_code == code)
    ).one_or_none()
    if found is None:
        _log(session, site_id, CheckInResult.UNKNOWN, raw, station, operator, now)
        return VisitAnswer(CheckInResult.UNKNOWN, raw, at=now)
    person_id = found[1] or found[0]
    return toggle(session, site_id, person_id, station, operator, raw=raw, now=now)


def _insert_visit(session: Session, values: dict[str, Any]) -> int | None:
    """Insert an open visit unless the person already has one (then None)."""
    dialect = session.get_bind().dialect.name
    build = postgresql.insert if dialect == "postgresql" else sqlite.insert
    statement = (
        build(Visit)
        .values(**values)
        .on_conflict_do_nothing(
            index_elements=["person_id"], index_where=Visit.checked_out_at.is_(None)
        )
        .returning(Visit.id)
    )
    return session.execute(statement).scalar()


def toggle(
    session: Session,
    site_id: int,
    person_id: int,
    station: str,
    operator: StaffUser | None,
    *,
    raw: str | None = None,
    now: datetime | None = None,
) -> VisitAnswer:
    """Check a known person in (or out, when inside), found by scan or by typed search. Coming
    in needs a current consent for «registro» (refused and logged otherwise); leaving never."""
    allow(operator, accounts.ALL_STAFF)
    now = now or utcnow()
    raw = raw if raw is not None else f"{SEARCH_PREFIX}{person_id}"
    person = session.get(Person, person_id)
    if person is None:
        raise NotFound("No existe esa persona.")
    who: dict[str, Any] = {
        "person_id": person_id,
        "person_name": f"{person.given_names} {person.family_names}",
        "sex": Sex(person.sex) if person.sex else None,
        "at": now,
    }
    open_visit = session.scalar(
        select(Visit).where(Visit.person_id == person_id, Visit.checked_out_at.is_(None))
    )
    if open_visit is not None and _close_if_stale(session, open_visit, now):
        open_visit = None  # left open on an earlier day: closed then, and this is a new arrival
    if open_visit is not None:
        if now - open_visit.checked_in_at < BOUNCE and open_visit.site_id == site_id:
            _log(session, site_id, CheckInResult.DUPLICATE, raw, station, operator, now)
            return VisitAnswer(
                CheckInResult.DUPLICATE,
                raw,
                visit_id=open_visit.id,
                since=open_visit.checked_in_at,
                **who,
            )
        check_out(session, operator, open_visit.id, now=now)
        _log(session, site_id, CheckInResult.CHECKED_OUT, raw, station, operator, now)
        return VisitAnswer(
            CheckInResult.CHECKED_OUT,
            raw,
            visit_id=open_visit.id,
            since=open_visit.checked_in_at,
            **who,
        )
    if consents.REGISTRATION not in consents.active_purposes(session, person_id):
        _log(session, site_id, CheckInResult.NO_CONSENT, raw, station, operator, now)
        return VisitAnswer(CheckInResult.NO_CONSENT, raw, **who)
    booking = session.execute(
        select(Booking.id, Resource.name, Booking.ends_at)
        .join(Resource, Resource.id == Booking.resource_id)
        .where(
            Booking.person_id == person_id,
            Resource.site_id == site_id,
            Booking.cancelled_at.is_(None),
            Booking.no_show_at.is_(None),
            Booking.checked_in_at.is_(None),
            Booking.starts_at <= now + EARLY_ARRIVAL,
            Booking.ends_at > now,
        )
        .order_by(Booking.starts_at)
        .limit(1)
    ).one_or_none()
    visit_id = _insert_visit(
        session,
        {
            "site_id": site_id,
            "person_id": person_id,
            "checked_in_at": now,
            "booking_id": booking[0] if booking else None,
            "station": station[:60],
            "checked_in_by_id": operator.id if operator else None,
        },
    )
    if visit_id is None:  # another station checked this person in a moment ago
        _log(session, site_id, CheckInResult.DUPLICATE, raw, station, operator, now)
        since = session.scalar(
            select(Visit.checked_in_at).where(
                Visit.person_id == person_id, Visit.checked_out_at.is_(None)
            )
        )
        return VisitAnswer(CheckInResult.DUPLICATE, raw, since=since, **who)
    audit.record(
        session, AuditAction.CREATE, "visit", str(visit_id), person_id=person_id, station=station
    )
    _log(session, site_id, CheckInResult.OK, raw, station, operator, now)
    no_shows = recent_no_shows(session, person_id, site_id, now)
    if booking is not None:
        session.execute(
            update(Booking)
            .where(Booking.id == booking[0], Booking.checked_in_at.is_(None))
            .values(checked_in_at=now, updated_at=now)
            .execution_options(synchronize_session=False)
        )
        return VisitAnswer(
            CheckInResult.OK,
            raw,
            visit_id=visit_id,
            booking_id=booking[0],
            resource_name=booking[1],
            booking_ends=booking[2],
            no_shows=no_shows,
            **who,
        )
    later = session.execute(
        select(Resource.name, Booking.starts_at)
        .join(Resource, Resource.id == Booking.resource_id)
        .where(
            Booking.person_id == person_id,
            Resource.site_id == site_id,
            Booking.cancelled_at.is_(None),
            Booking.no_show_at.is_(None),
            Booking.starts_at > now,
            Booking.starts_at < ceil_to(now, 24 * 60),
        )
        .order_by(Booking.starts_at)
        .limit(1)
    ).one_or_none()
    return VisitAnswer(
        CheckInResult.OK,
        raw,
        visit_id=visit_id,
        offers=desk_offers(session, site_id, person_id, now),
        later_booking=(later[0], later[1]) if later else None,
        no_shows=no_shows,
        **who,
    )


def desk_offers(
    session: Session, site_id: int, person_id: int, now: datetime | None = None
) -> list[FreeNow]:
    """Up to five free desks for a person who came without a booking, each until when they
    could keep it: the desk's next booking, closing time or their own next booking today."""
    now = now or utcnow()
    own_next = session.scalar(
        select(func.min(Booking.starts_at)).where(
            Booking.person_id == person_id,
            Booking.cancelled_at.is_(None),
            Booking.no_show_at.is_(None),
            Booking.starts_at > now,
            Booking.starts_at < ceil_to(now, 24 * 60),
        )
    )
    offers = free_now(session, site_id, now, kind=ResourceKind.DESK)[:5]
    if own_next is None:
        return offers
    return [replace(offer, until=min(offer.until, own_next)) for offer in offers]


def offers_for_visit(session: Session, visit_id: int, now: datetime | None = None) -> list[FreeNow]:
    """:func:`desk_offers` again for a walk-in already checked in (after a refused desk)."""
    visit = session.get(Visit, visit_id)
    if visit is None or visit.checked_out_at is not None:
        return []
    return desk_offers(session, visit.site_id, visit.person_id, now)


def take_desk(
    session: Session,
    operator: StaffUser | None,
    visit_id: int,
    resource_id: int,
    *,
    now: datetime | None = None,
) -> Booking:
    """Give a walk-in a free resource now: a booking from the current slot until the resource's
    next booking, closing time or the longest booking allowed, checked in at once."""
    allow(operator, accounts.ALL_STAFF)
    now = now or utcnow()
    visit = session.get(Visit, visit_id)
    if visit is None or visit.checked_out_at is not None:
        raise UserError("La persona ya no está en el espacio.")
    if visit.booking_id is not None:
        raise UserError("La persona ya tiene un espacio asignado en esta visita.")
    site = get_site(session, visit.site_id)
    offer = next(
        (f for f in free_now(session, site.id, now, kind=None) if f.resource_id == resource_id),
        None,
    )
    if offer is None:
        raise UserError("Ese espacio ya no está libre ahora; elija otro.")
    starts = floor_to(now, 15)
    own_next = session.scalar(
        select(func.min(Booking.starts_at)).where(
            Booking.person_id == visit.person_id,
            Booking.cancelled_at.is_(None),
            Booking.no_show_at.is_(None),
            Booking.starts_at > now,
        )
    )
    ends = min(offer.until, starts + timedelta(minutes=site.max_booking_minutes))
    if own_next is not None and own_next < ends:  # up to the person's own next booking
        ends = own_next
    if ends != offer.until:
        ends = floor_to(ends, 15)
    if ends <= starts:
        raise UserError("La persona tiene su propia reserva en seguida: use esa.")
    booking = book(
        session, operator, resource_id, visit.person_id, starts, ends, now=now, walk_in=True
    )
    booking.checked_in_at = now
    visit.booking_id = booking.id
    session.flush()
    return booking


def check_out(
    session: Session,
    operator: StaffUser | None,
    visit_id: int,
    *,
    now: datetime | None = None,
    automatic: bool = False,
) -> Visit:
    """Close a visit; the rest of its booking, if any, is freed for others."""
    allow(operator, accounts.ALL_STAFF)
    now = now or utcnow()
    visit = session.get(Visit, visit_id)
    if visit is None:
        raise NotFound("No existe esa visita.")
    if visit.checked_out_at is not None:
        raise UserError("Esa visita ya tiene registrada la salida.")
    visit.checked_out_at = max(now, visit.checked_in_at)
    visit.auto_checked_out = automatic
    visit.checked_out_by_id = operator.id if operator else None
    if visit.booking_id is not None:
        booking = session.get(Booking, visit.booking_id)
        if booking is not None and booking.ends_at > now:
            new_end = max(booking.starts_at + CELL, floor_to(now, 15))
            if new_end < booking.ends_at:
                booking.ends_at = new_end
                session.flush()
                release_cells(session, booking.id, from_=new_end)
    session.flush()
    return visit


def _closing(session: Session, visit: Visit) -> datetime:
    """When ``visit`` ends if nobody checks it out: its day's closing time, or midnight for a
    visit begun on a closed day or after hours (an evening workshop)."""
    zone = local_zone()
    day = visit.checked_in_at.astimezone(zone).date()
    span = days_hours(session, visit.site_id, day)[0].span(zone)
    if span is not None and visit.checked_in_at < span[1]:
        return span[1]
    return datetime.combine(day + timedelta(days=1), datetime.min.time(), zone)


def _close_if_stale(session: Session, visit: Visit, now: datetime) -> bool:
    """Check ``visit`` out at its closing time if that has passed; True if it was."""
    closing = _closing(session, visit)
    if now < closing:
        return False
    check_out(session, None, visit.id, now=max(closing, visit.checked_in_at), automatic=True)
    return True


def close_stale_visits(session: Session, site_id: int, now: datetime | None = None) -> int:
    """Check out, at their day's closing time, everyone still in after closing; returns how
    many. Runs every minute at a station and before each command-line check-in, so nobody
    stays in for days."""
    now = now or utcnow()
    open_visits = session.scalars(
        select(Visit).where(
            Visit.site_id == site_id, Visit.checked_out_at.is_(None), Visit.checked_in_at < now
        )
    ).all()
    return sum(_close_if_stale(session, visit, now) for visit in open_visits)


def mark_no_shows(session: Session, site_id: int, now: datetime | None = None) -> list[int]:
    """Bookings not checked in within the site's grace time become no-shows and free their
    resource; returns their ids. The conditional update cannot overrule a check-in that wins
    the race."""
    now = now or utcnow()
    site = get_site(session, site_id)
    cutoff = now - timedelta(minutes=site.no_show_grace_minutes)
    late = list(
        session.scalars(
            select(Booking.id)
            .join(Resource, Resource.id == Booking.resource_id)
            .where(
                Resource.site_id == site_id,
                Booking.starts_at <= cutoff,
                Booking.checked_in_at.is_(None),
                Booking.cancelled_at.is_(None),
                Booking.no_show_at.is_(None),
            )
        )
    )
    marked: list[int] = []
    for booking_id in late:
        won = session.execute(
            update(Booking)
            .where(
                Booking.id == booking_id,
                Booking.checked_in_at.is_(None),
                Booking.cancelled_at.is_(None),
                Booking.no_show_at.is_(None),
            )
            .values(no_show_at=now, updated_at=now)
            .execution_options(synchronize_session=False)
        ).rowcount
        if won:
            session.execute(delete(BookingCell).where(BookingCell.booking_id == booking_id))
            marked.append(booking_id)
    if marked:
        audit.record(session, AuditAction.UPDATE, "booking", None, no_show=marked)
    return marked


def sweep(session: Session, site_id: int, now: datetime | None = None) -> tuple[int, int]:
    """The station's periodic housekeeping: no-shows, then everyone still in after closing.
    Returns (no-shows marked, visits closed)."""
    now = now or utcnow()
    return len(mark_no_shows(session, site_id, now)), close_stale_visits(session, site_id, now)


NO_SHOW_WINDOW = timedelta(days=60)


def recent_no_shows(
    session: Session, person_id: int, site_id: int, now: datetime | None = None
) -> int:
    """The person's no-shows at this site in the last 60 days (as :func:`repeated_no_shows`)."""
    now = now or utcnow()
    return int(
        session.scalar(
            select(func.count())
            .select_from(Booking)
            .join(Resource, Resource.id == Booking.resource_id)
            .where(
                Booking.person_id == person_id,
                Resource.site_id == site_id,
                Booking.no_show_at >= now - NO_SHOW_WINDOW,
            )
        )
        or 0
    )


@dataclass(frozen=True)
class NoShowRow:
    person_id: int
    person_name: str
    count: int
    last: datetime


def repeated_no_shows(
    session: Session, site_id: int, now: datetime | None = None
) -> list[NoShowRow]:
    """People with at least the site's alert count of no-shows in the last 60 days."""
    now = now or utcnow()
    site = get_site(session, site_id)
    rows = session.execute(
        select(
            Person.id,
            Person.given_names,
            Person.family_names,
            func.count(Booking.id),
            func.max(Booking.no_show_at),
        )
        .join(Booking, Booking.person_id == Person.id)
        .join(Resource, Resource.id == Booking.resource_id)
        .where(Resource.site_id == site_id, Booking.no_show_at >= now - NO_SHOW_WINDOW)
        .group_by(Person.id, Person.given_names, Person.family_names)
        .having(func.count(Booking.id) >= site.no_show_alert_count)
        .order_by(func.count(Booking.id).desc())
    )
    return [NoShowRow(r[0], f"{r[1]} {r[2]}", r[3], r[4]) for r in rows]
