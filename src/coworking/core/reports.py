"""Attendance reports: what the command line and the Reports page ask for, in one place.

``attendance_report`` picks the summary (a co-working site over a period, or a job fair), lays it
out in the chosen language and records in the audit who made it; ``write_report`` writes it as a
PDF or, by the file's extension, as an XLSX workbook of the same tables.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlalchemy.orm import Session

from coworking.core import accounts, audit
from coworking.core.errors import UserError
from coworking.core.localtime import local_zone
from coworking.core.report_model import LANGUAGES, Report
from coworking.core.report_words import Words
from coworking.db.base import utcnow
from coworking.db.enums import AuditAction
from coworking.db.models import Event, Site, StaffUser

FORMATS = (".pdf", ".xlsx")
MAX_DAYS = 3 * 366  # a longer period is almost certainly a typing mistake in a year


@dataclass(frozen=True)
class AttendanceRequest:
    """A co-working site over ``first``..``last`` (local dates), or one job fair event."""

    site_id: int | None = None
    event_id: int | None = None
    first: date | None = None
    last: date | None = None
    language: str = "es"
    station: str = ""  # the name staff gave this computer, printed beside the author's


def report_author(actor: StaffUser | None, station: str = "") -> str:
    """Who made a report, as printed on it: «Ana Pérez (Recepción)», «Ana Pérez»,
    «Recepción», or nothing. Never an operating-system account: the command line has no
    staff member, so its reports name only the station it was given."""
    name = actor.full_name.strip() if actor is not None else ""
    station = " ".join(station.split())
    if name and station:
        return f"{name} ({station})"
    return name or station


def check_request(request: AttendanceRequest) -> None:
    """Refuse what cannot make a report, with a message for the person who asked."""
    if request.language not in LANGUAGES:
        raise UserError(f"Idioma «{request.language}» desconocido: use es o en.")
    if request.event_id is not None:
        return
    if request.first is None or request.last is None:
        raise UserError("Indique la fecha de inicio y la de fin del periodo.")
    if request.last < request.first:
        raise UserError(
            f"El periodo termina ({request.last:%d/%m/%Y}) antes de empezar "
            f"({request.first:%d/%m/%Y})."
        )
    if (request.last - request.first).days >= MAX_DAYS:
        raise UserError("El periodo es de más de tres años: acórtelo.")


def _site(session: Session, site_id: int | None) -> Site:
    from coworking.core.setup import current_site

    site = session.get(Site, site_id) if site_id is not None else current_site(session)
    if site is None:
        raise UserError(
            f"No existe el espacio {site_id}." if site_id else "Aún no hay ningún espacio."
        )
    return site


def attendance_report(
    session: Session,
    actor: StaffUser | None,
    request: AttendanceRequest,
    *,
    now: datetime | None = None,
) -> Report:
    """The report ``request`` asks for. ``actor`` None is the terminal (the command line)."""
    if actor is not None:
        accounts.require_role(actor, accounts.REPORTS)
    check_request(request)
    now = now or utcnow()
    words = Words(request.language)
    generated_at = now.astimezone(local_zone())
    generated_by = report_author(actor, request.station)
    if request.event_id is not None:
        from coworking.core.report_fair import fair_report
        from coworking.core.summary_fair import fair_summary

        event = session.get(Event, request.event_id)
        if event is None:
            raise UserError(f"No existe el evento {request.event_id}.")
        report = fair_report(
            fair_summary(session, event.id, now=now),
            words,
            generated_at=generated_at,
            generated_by=generated_by,
        )
        entity, entity_id = "event", str(event.id)
    else:
        from coworking.core.report_coworking import coworking_report
        from coworking.core.summary_coworking import coworking_summary

        site = _site(session, request.site_id)
        assert request.first is not None and request.last is not None
        report = coworking_report(
            coworking_summary(session, site.id, request.first, request.last, now=now),
            words,
            site_name=site.name,
            generated_at=generated_at,
            generated_by=generated_by,
        )
        entity, entity_id = "site", str(site.id)
    audit.record(
        session,
        AuditAction.EXPORT,
        "attendance_report",
        entity_id,
        of=entity,
        first=request.first,
        last=request.last,
        language=request.language,
    )
    return report


def check_output(path: Path) -> str:
    """The format ``path`` asks for (``.pdf`` or ``.xlsx``); refuses anything else."""
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise UserError(f"{path.name}: el informe se guarda como .pdf o .xlsx, no «{suffix}».")
    if path.parent and not path.parent.exists():
        raise UserError(f"{path}: la carpeta {path.parent} no existe.")
    return suffix


def write_report(
    report: Report, path: Path, *, progress: Callable[[int, int], None] | None = None
) -> int:
    """Write ``report`` to ``path`` as PDF or XLSX; returns the PDF's pages (0 for XLSX)."""
    suffix = check_output(path)
    try:
        if suffix == ".xlsx":
            from coworking.core.report_xlsx import write_xlsx

            write_xlsx(report, path)
            return 0
        from coworking.core.report_pdf import write_pdf

        return write_pdf(report, path, progress=progress)
    except PermissionError as error:
        raise UserError(
            f"{path}: no se puede escribir (¿está abierto en otro programa?): {error.strerror}"
        ) from error
