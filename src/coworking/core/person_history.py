"""A person's page: everything that happened to their record, newest first."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from coworking.core.person_columns import FIELD_LABELS
from coworking.db.enums import AuditAction, CheckInResult
from coworking.db.models import (
    AuditEntry,
    CheckIn,
    ConsentRecord,
    Event,
    Person,
    Registration,
    Site,
    Visit,
)

PURPOSE_LABELS = {
    "registro": "registro y servicios",
    "estadisticas": "estadísticas",
    "contacto": "contacto sobre empleo y actividades",
}


@dataclass(frozen=True)
class HistoryItem:
    at: datetime
    kind: str  # consent, change, registration, visit, check_in
    text: str
    by: str | None = None


def _purposes(purposes: list[str]) -> str:
    order = list(PURPOSE_LABELS)
    ranked = sorted(purposes, key=lambda p: order.index(p) if p in order else len(order))
    return ", ".join(PURPOSE_LABELS.get(p, p) for p in ranked)


def history(session: Session, person_id: int, show_sensitive: bool = True) -> list[HistoryItem]:
    """Consents given and withdrawn, changes to the record (old and new values), event
    registrations, co-working visits and fair check-ins, newest first. Merged records count."""
    ids = [person_id, *session.scalars(select(Person.id).where(Person.merged_into_id == person_id))]
    items: list[HistoryItem] = []
    for consent in session.scalars(select(ConsentRecord).where(ConsentRecord.person_id.in_(ids))):
        items.append(
            HistoryItem(
                consent.given_at,
                "consent",
                f"Consentimiento {consent.text_version}: {_purposes(consent.purposes)}",
            )
        )
        if consent.withdrawn_at:
            items.append(
                HistoryItem(
                    consent.withdrawn_at,
                    "consent",
                    f"Consentimiento {consent.text_version} retirado",
                )
            )
    changes = session.scalars(
        select(AuditEntry).where(
            AuditEntry.entity == "person",
            AuditEntry.entity_id.in_([str(i) for i in ids]),
            AuditEntry.action.in_([AuditAction.CREATE, AuditAction.UPDATE]),
        )
    )
    hidden = (
        set()
        if show_sensitive
        else {"population_group", "disability", "document_number", "document_type"}
    )
    for entry in changes:
        if entry.action == AuditAction.CREATE:
            items.append(HistoryItem(entry.at, "change", "Registro creado", entry.username))
            continue
        for name, (old, new) in entry.changes.items():
            if name in FIELD_LABELS and name not in hidden:
                items.append(
                    HistoryItem(
                        entry.at,
                        "change",
                        f"{FIELD_LABELS[name]}: «{old or '—'}» → «{new or '—'}»",
                        entry.username,
                    )
                )
    registrations = session.execute(
        select(Registration, Event).join(Event).where(Registration.person_id.in_(ids))
    )
    for registration, event in registrations:
        items.append(
            HistoryItem(registration.created_at, "registration", f"Inscripción en «{event.name}»")
        )
    visits = session.execute(
        select(Visit, Site)
        .select_from(Visit)
        .join(Site, Site.id == Visit.site_id)
        .where(Visit.person_id.in_(ids))
    )
    for visit, site in visits:
        out = f", salida {visit.checked_out_at:%H:%M}" if visit.checked_out_at else ""
        items.append(HistoryItem(visit.checked_in_at, "visit", f"Visita a {site.name}{out}"))
    check_ins = session.execute(
        select(CheckIn, Event)
        .select_from(CheckIn)
        .join(Registration)
        .join(Event, Event.id == Registration.event_id)
        .where(Registration.person_id.in_(ids))
    )
    for check_in, event in check_ins:
        result = "entrada" if check_in.result == CheckInResult.OK else check_in.result.value
        items.append(
            HistoryItem(
                check_in.scanned_at, "check_in", f"{event.name}: {result} ({check_in.station})"
            )
        )
    return sorted(items, key=lambda item: item.at, reverse=True)
