"""Co-working set-up: a site's opening hours, holidays and closures, booking rules and its
desks and rooms."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from coworking.core import accounts, reference
from coworking.core.errors import NotFound, UserError
from coworking.core.fairs import allow
from coworking.core.localtime import local_zone
from coworking.db.enums import ResourceKind
from coworking.db.models import OpeningHours, Resource, Site, SiteClosure, StaffUser

SPACE_SETUP = accounts.REPORTS  # administrators and coordinators set the space up
WEEKDAYS = ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")
SHORT_WEEKDAYS = ("lun", "mar", "mié", "jue", "vie", "sáb", "dom")
KIND_NAMES = {
    ResourceKind.DESK: "Escritorio",
    ResourceKind.ROOM: "Sala",
    ResourceKind.OTHER: "Otro",
}
AMENITIES = (
    "Enchufe",
    "Monitor",
    "Wifi",
    "Proyector",
    "Pantalla",
    "Pizarra",
    "Aire acondicionado",
    "Acceso para silla de ruedas",
)
SLOT_CHOICES = (15, 30, 60)
DEFAULT_HOURS = {**{day: (time(8), time(18)) for day in range(5)}, 5: (time(9), time(13))}


@dataclass(frozen=True)
class DayHours:
    """When a site is open on one date; ``opens`` None means closed all day (``note`` says why)."""

    day: date
    opens: time | None
    closes: time | None
    note: str = ""

    @property
    def is_open(self) -> bool:
        return self.opens is not None and self.closes is not None

    def span(self, zone: tzinfo | None = None) -> tuple[datetime, datetime] | None:
        """Opening and closing moments, timezone-aware in ``zone`` (local time by default)."""
        if self.opens is None or self.closes is None:
            return None
        zone = zone or local_zone()
        return (
            datetime.combine(self.day, self.opens, zone),
            datetime.combine(self.day, self.closes, zone),
        )


def get_site(session: Session, site_id: int) -> Site:
    site = session.get(Site, site_id)
    if site is None:
        raise NotFound(f"No existe el espacio con ID {site_id}.")
    return site


def sites(session: Session) -> list[Site]:
    return list(session.scalars(select(Site).order_by(Site.name)))


def save_site(
    session: Session,
    actor: StaffUser | None,
    name: str,
    canton_code: str,
    address: str | None = None,
    site_id: int | None = None,
) -> Site:
    """Create another co-working site (with the usual opening hours) or rename one. Sites
    share the database (several stations on one PostgreSQL server); each has its own hours,
    rules and resources."""
    allow(actor, SPACE_SETUP)
    name = " ".join(name.split())
    if not name:
        raise UserError("Escriba el nombre del espacio (por ejemplo «Coworking Tarqui»).")
    if reference.canton(canton_code) is None:
        raise UserError("Elija un cantón de la lista.")
    clash = session.scalar(select(Site.id).where(Site.name == name, Site.id != (site_id or 0)))
    if clash is not None:
        raise UserError(f"Ya existe un espacio llamado «{name}».")
    site = Site() if site_id is None else get_site(session, site_id)
    site.name = name[:120]
    site.canton_code = canton_code.strip()
    site.address = (address or "").strip()[:200] or None
    if site_id is None:
        session.add(site)
        session.flush()
        ensure_default_hours(session, site)
    session.flush()
    return site


# --- opening hours, holidays and closures --------------------------------------------------


def weekly_hours(session: Session, site_id: int) -> dict[int, tuple[time, time]]:
    """Opening hours by weekday (0 = Monday); a weekday missing is closed."""
    rows = session.execute(
        select(OpeningHours.weekday, OpeningHours.opens, OpeningHours.closes).where(
            OpeningHours.site_id == site_id
        )
    )
    return {weekday: (opens, closes) for weekday, opens, closes in rows}


def ensure_default_hours(session: Session, site: Site) -> None:
    """A new site opens Monday to Friday 08:00-18:00 and Saturday 09:00-13:00 until staff
    change it."""
    if not weekly_hours(session, site.id):
        session.add_all(
            OpeningHours(site_id=site.id, weekday=day, opens=opens, closes=closes)
            for day, (opens, closes) in DEFAULT_HOURS.items()
        )
        session.flush()


def set_weekly_hours(
    session: Session,
    actor: StaffUser | None,
    site_id: int,
    hours: dict[int, tuple[time, time] | None],
) -> None:
    """Replace the opening hours of the weekdays given (None closes that weekday)."""
    allow(actor, SPACE_SETUP)
    get_site(session, site_id)
    for weekday, span in hours.items():
        if not 0 <= weekday <= 6:
            raise UserError(f"Día de la semana no válido: {weekday}.")
        if span is not None:
            opens, closes = span
            if closes <= opens:
                raise UserError(
                    f"El {WEEKDAYS[weekday]} la hora de cierre ({closes:%H:%M}) debe ser "
                    f"posterior a la de apertura ({opens:%H:%M})."
                )
            if opens.minute % 15 or closes.minute % 15:
                raise UserError(
                    f"El {WEEKDAYS[weekday]}: las horas van en cuartos de hora (08:00, 08:15...)."
                )
    existing = {
        row.weekday: row
        for row in session.scalars(select(OpeningHours).where(OpeningHours.site_id == site_id))
    }
    for weekday, span in hours.items():
        row = existing.get(weekday)
        if span is None:
            if row is not None:
                session.delete(row)
        elif row is None:
            session.add(
                OpeningHours(site_id=site_id, weekday=weekday, opens=span[0], closes=span[1])
            )
        else:
            row.opens, row.closes = span
    session.flush()


def closures(session: Session, site_id: int, start: date, end: date) -> list[SiteClosure]:
    """The site's own closures and holiday openings between ``start`` and ``end`` inclusive."""
    return list(
        session.scalars(
            select(SiteClosure)
            .where(SiteClosure.site_id == site_id, SiteClosure.day.between(start, end))
            .order_by(SiteClosure.day)
        )
    )


def set_closure(
    session: Session,
    actor: StaffUser | None,
    site_id: int,
    day: date,
    reason: str,
    *,
    closed: bool = True,
) -> SiteClosure:
    """Close the site on ``day`` (a local holiday, works...) or, with ``closed`` false, open it
    on a national holiday."""
    allow(actor, SPACE_SETUP)
    get_site(session, site_id)
    reason = reason.strip()
    if not reason:
        raise UserError("Escriba el motivo (por ejemplo «Fundación de Manta»).")
    row = session.scalar(
        select(SiteClosure).where(SiteClosure.site_id == site_id, SiteClosure.day == day)
    )
    if row is None:
        row = SiteClosure(site_id=site_id, day=day, reason=reason[:120], closed=closed)
        session.add(row)
    else:
        row.reason, row.closed = reason[:120], closed
    session.flush()
    return row


def remove_closure(session: Session, actor: StaffUser | None, site_id: int, day: date) -> None:
    allow(actor, SPACE_SETUP)
    row = session.scalar(
        select(SiteClosure).where(SiteClosure.site_id == site_id, SiteClosure.day == day)
    )
    if row is None:
        raise NotFound(f"No hay un cierre registrado el {day:%d/%m/%Y}.")
    session.delete(row)
    session.flush()


def days_hours(session: Session, site_id: int, start: date, days: int = 1) -> list[DayHours]:
    """Opening hours of ``days`` consecutive dates, holidays and closures applied."""
    end = start + timedelta(days=days - 1)
    weekly = weekly_hours(session, site_id)
    own = {row.day: row for row in closures(session, site_id, start, end)}
    holidays = reference.national_holidays()
    result = []
    for offset in range(days):
        day = start + timedelta(days=offset)
        span = weekly.get(day.weekday())
        closure = own.get(day)
        holiday = holidays.get(day)
        if closure is not None and closure.closed:
            result.append(DayHours(day, None, None, f"Cerrado: {closure.reason}"))
        elif holiday is not None and closure is None:
            result.append(DayHours(day, None, None, f"Feriado: {holiday.name}"))
        elif span is None:
            result.append(DayHours(day, None, None, "Cerrado"))
        else:
            note = f"Abierto en feriado: {closure.reason}" if closure is not None else ""
            result.append(DayHours(day, span[0], span[1], note))
    return result


def day_hours(session: Session, site_id: int, day: date) -> DayHours:
    return days_hours(session, site_id, day, 1)[0]


# --- booking rules ---------------------------------------------------------------------------

RULE_FIELDS = {
    "slot_minutes": ("tamaño del turno", 15, 60),
    "max_booking_minutes": ("duración máxima de una reserva", 15, 24 * 60),
    "max_day_minutes": ("horas por persona al día", 15, 24 * 60),
    "max_week_minutes": ("horas por persona a la semana", 15, 7 * 24 * 60),
    "book_ahead_days": ("días de anticipación para reservar", 0, 365),
    "cancel_notice_minutes": ("aviso mínimo para cancelar", 0, 7 * 24 * 60),
    "no_show_grace_minutes": ("tolerancia antes de marcar «no se presentó»", 5, 240),
    "no_show_alert_count": ("inasistencias para avisar al personal", 1, 50),
}


@dataclass(frozen=True)
class BookingRules:
    slot_minutes: int = 30
    max_booking_minutes: int = 240
    max_day_minutes: int = 480
    max_week_minutes: int = 1800
    book_ahead_days: int = 30
    cancel_notice_minutes: int = 60
    no_show_grace_minutes: int = 15
    no_show_alert_count: int = 3

    @classmethod
    def of(cls, site: Site) -> BookingRules:
        return cls(**{name: getattr(site, name) for name in RULE_FIELDS})


def set_rules(session: Session, actor: StaffUser | None, site_id: int, rules: BookingRules) -> Site:
    """Save a site's booking rules after checking each one is within sensible bounds."""
    allow(actor, SPACE_SETUP)
    site = get_site(session, site_id)
    for name, (label, low, high) in RULE_FIELDS.items():
        value = getattr(rules, name)
        if not low <= value <= high:
            raise UserError(f"La regla «{label}» debe estar entre {low} y {high}.")
    if rules.slot_minutes not in SLOT_CHOICES:
        raise UserError("El tamaño del turno debe ser 15, 30 o 60 minutos.")
    if rules.max_booking_minutes % rules.slot_minutes:
        raise UserError("La duración máxima debe ser un múltiplo del tamaño del turno.")
    if rules.max_day_minutes > rules.max_week_minutes:
        raise UserError("Las horas por día no pueden superar las horas por semana.")
    if rules.max_booking_minutes > rules.max_day_minutes:
        raise UserError("Una reserva no puede durar más que las horas por persona al día.")
    for name in RULE_FIELDS:
        setattr(site, name, getattr(rules, name))
    session.flush()
    return site


# --- resources -------------------------------------------------------------------------------


def resources(session: Session, site_id: int, *, include_inactive: bool = False) -> list[Resource]:
    query = select(Resource).where(Resource.site_id == site_id)
    if not include_inactive:
        query = query.where(Resource.active.is_(True))
    return list(session.scalars(query.order_by(Resource.position, Resource.kind, Resource.id)))


def resource_label(resource: Resource) -> str:
    """«Sala · 8 personas · Proyector, Pizarra»: what a calendar row or a list shows."""
    parts = [KIND_NAMES.get(ResourceKind(resource.kind), "")]
    if resource.capacity > 1:
        parts.append(f"{resource.capacity} personas")
    if resource.amenities:
        parts.append(", ".join(resource.amenities))
    return " · ".join(p for p in parts if p)


@dataclass
class ResourceInput:
    kind: ResourceKind
    name: str
    capacity: int = 1
    amenities: Iterable[str] = ()
    active: bool = True


def save_resource(
    session: Session,
    actor: StaffUser | None,
    site_id: int,
    data: ResourceInput,
    resource_id: int | None = None,
) -> Resource:
    """Create a desk, room or other space, or change one (``resource_id``)."""
    allow(actor, SPACE_SETUP)
    get_site(session, site_id)
    name = " ".join(data.name.split())
    if not name:
        raise UserError("Escriba el nombre del espacio (por ejemplo «Escritorio 12»).")
    if not 1 <= data.capacity <= 500:
        raise UserError("La capacidad debe estar entre 1 y 500 personas.")
    clash = session.scalar(
        select(Resource.id).where(
            Resource.site_id == site_id, Resource.name == name, Resource.id != (resource_id or 0)
        )
    )
    if clash is not None:
        raise UserError(f"Ya existe un espacio llamado «{name}» en este sitio.")
    amenities = sorted({a.strip() for a in data.amenities if a.strip()})
    if resource_id is None:
        last = session.scalar(
            select(Resource.position)
            .where(Resource.site_id == site_id)
            .order_by(Resource.position.desc())
            .limit(1)
        )
        resource = Resource(site_id=site_id, position=(last or 0) + 1)
        session.add(resource)
    else:
        resource = session.get(Resource, resource_id)
        if resource is None or resource.site_id != site_id:
            raise NotFound("No existe ese espacio.")
    resource.kind = ResourceKind(data.kind)
    resource.name = name
    resource.capacity = data.capacity
    resource.amenities = amenities
    resource.active = data.active
    session.flush()
    return resource
