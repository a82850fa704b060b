"""Badges for an event's registrations and co-working member cards, as one PDF.

Every badge printed is logged (who, when, which stock) so that a second print can say when
the first one was made.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from coworking.core import accounts, registrations
from coworking.core.badge_layout import Badge, draw_badge, draw_cut_marks
from coworking.core.badge_stock import Stock
from coworking.core.errors import UserError
from coworking.core.fairs import allow, get_event
from coworking.core.setup import current_site
from coworking.db.enums import RegistrationRole
from coworking.db.models import BadgePrint, Person, StaffUser

Progress = Callable[[int, int], bool | None]  # (done, total) -> False to cancel


def event_badges(
    session: Session,
    event_id: int,
    *,
    role: RegistrationRole | None = None,
    registration_ids: Iterable[int] | None = None,
) -> list[tuple[int, Badge]]:
    """(registration id, badge) for the event's registrations, alphabetical."""
    event = get_event(session, event_id)
    wanted = set(registration_ids) if registration_ids is not None else None
    badges = []
    for row in registrations.registration_rows(session, event_id):
        if role is not None and row.role != role:
            continue
        if wanted is not None and row.registration_id not in wanted:
            continue
        subtitle = row.organization or (
            None if row.role == RegistrationRole.CANDIDATE else registrations.role_name(row.role)
        )
        badges.append(
            (
                row.registration_id,
                Badge(
                    row.role.value,
                    event.name,
                    row.given_names,
                    row.family_names,
                    subtitle,
                    row.badge_code,
                ),
            )
        )
    return badges


def member_badges(
    session: Session, person_ids: Iterable[int] | None = None
) -> list[tuple[int, Badge]]:
    """(person id, card) for co-working members (people with a member code)."""
    site = current_site(session)
    header = site.name if site else "Coworking"
    query = (
        select(Person.id, Person.given_names, Person.family_names, Person.member_code)
        .where(Person.member_code.is_not(None), Person.merged_into_id.is_(None))
        .order_by(Person.search_name)
    )
    if person_ids is not None:
        query = query.where(Person.id.in_(list(person_ids)))
    return [
        (pid, Badge("member", header, given, family, "Coworking municipal", code))
        for pid, given, family, code in session.execute(query)
    ]


def write_pdf(
    badges: list[Badge],
    path: Path,
    stock: Stock,
    *,
    offset_mm: tuple[float, float] = (0.0, 0.0),
    progress: Progress | None = None,
    title: str = "Credenciales",
) -> int:
    """Draw the badges on ``stock`` into ``path``; the number of pages. ``progress`` may
    return False to cancel (the half-written file is removed)."""
    from reportlab.pdfgen.canvas import Canvas

    if not badges:
        raise UserError("No hay credenciales que imprimir con esos criterios.")
    target = Path(path)
    partial = target.with_name(target.name + ".partial")
    canvas = Canvas(str(partial), pagesize=(stock.page_width, stock.page_height))
    canvas.setTitle(title)
    canvas.setCreator("Coworking y ferias de empleo")
    width, height = stock.badge_size
    slots = list(stock.slots(*offset_mm))
    pages = 0
    try:
        for start in range(0, len(badges), stock.per_page):
            for badge, (x, y) in zip(badges[start : start + stock.per_page], slots, strict=False):
                draw_badge(canvas, badge, x, y, width, height)
                if stock.cut_marks:
                    draw_cut_marks(canvas, x, y, width, height)
            canvas.showPage()
            pages += 1
            done = min(start + stock.per_page, len(badges))
            if progress is not None and progress(done, len(badges)) is False:
                raise _Cancelled
        canvas.save()
        partial.replace(target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return pages


class _Cancelled(UserError):
    def __init__(self) -> None:
        super().__init__("Impresión de credenciales cancelada: no se guardó el archivo.")


def log_prints(
    session: Session,
    actor: StaffUser | None,
    stock: Stock,
    *,
    registration_ids: Iterable[int] = (),
    person_ids: Iterable[int] = (),
) -> int:
    """One BadgePrint per badge printed."""
    allow(actor, accounts.ALL_STAFF)
    rows = [
        BadgePrint(registration_id=rid, stock=stock.key, printed_by_id=actor.id if actor else None)
        for rid in registration_ids
    ] + [
        BadgePrint(person_id=pid, stock=stock.key, printed_by_id=actor.id if actor else None)
        for pid in person_ids
    ]
    session.add_all(rows)
    session.flush()
    return len(rows)


def first_print(
    session: Session, *, registration_id: int | None = None, person_id: int | None = None
) -> datetime | None:
    """When this badge was first printed, if it was (to ask before printing it again)."""
    query = select(BadgePrint.created_at).order_by(BadgePrint.created_at).limit(1)
    if registration_id is not None:
        query = query.where(BadgePrint.registration_id == registration_id)
    else:
        query = query.where(BadgePrint.person_id == person_id)
    return session.scalar(query)
