"""A person's page: everything that happened to their record, newest first."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from coworking.core import reference
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
    StaffUser,
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
    kind: str  # consent, change, registration, visit, check_in, merge
    text: str
    by: str | None = None
    merge_id: int | None = None  # a merge that can still be undone from this line


_VALUE_WORDS = {
    "document_type": {
        "cedula": "cédula",
        "passport": "pasaporte",
        "refugee": "documento de refugiado",
        "visa": "visa",
        "other": "otro",
        "none": "—",
    },
    "sex": {"woman": "mujer", "man": "hombre", "other": "otro", "undisclosed": "no declara"},
    "population_group": {
        "host": "comunidad de acogida",
        "migrant_destination": "migrante en destino",
        "in_transit": "en tránsito",
        "returnee": "retornado/a",
        "other": "otro",
    },
}


def shown(name: str, value: object) -> str:
    """A stored value as people read it: names for codes, dates as dd/mm/aaaa, «—» for none."""
    if value in (None, ""):
        return "—"
    text = str(value)
    if name in _VALUE_WORDS:
        return _VALUE_WORDS[name].get(text, text)
    if name == "nationality":
        return reference.countries_by_code().get(text, text)
    if name == "canton_code":
        found = reference.canton(text)
        return found.name if found else text
    if name == "education_level":
        return {e.code: e.name for e in reference.education_levels()}.get(text, text)
    if name == "birth_date" and len(text) == 10 and text[4] == "-":
        return f"{text[8:10]}/{text[5:7]}/{text[0:4]}"
    return text


def _purposes(purposes: list[str]) -> str:
    order = list(PURPOSE_LABELS)
    ranked = sorted(purposes, key=lambda p: order.index(p) if p in order else len(order))
    return ", ".join(PURPOSE_LABELS.get(p, p) for p in ranked)


def _consents(session: Session, ids: list[int]) -> list[HistoryItem]:
    """Each consent given, and how it ended: withdrawn (all of it), withdrawn in part, or
    replaced by a consent given again. A record replaced by another ends at the very moment the
    next one starts (``coworking.core.consents``), which tells the cases apart."""
    records = list(
        session.scalars(
            select(ConsentRecord)
            .where(ConsentRecord.person_id.in_(ids))
            .order_by(ConsentRecord.given_at, ConsentRecord.id)
        )
    )
    staff = {
        user.id: user.username
        for user in session.scalars(
            select(StaffUser).where(
                StaffUser.id.in_(
                    {r.staff_user_id for r in records} | {r.withdrawn_by_id for r in records}
                )
            )
        )
    }
    items: list[HistoryItem] = []  # newest first: a new consent above the one it ended
    for consent in reversed(records):
        version = f"Consentimiento {consent.text_version}"
        if consent.withdrawn_at is not None:
            after = next(
                (r for r in records if r is not consent and r.given_at == consent.withdrawn_at),
                None,
            )
            if after is None:
                text = f"{version} retirado"
            else:
                dropped = [p for p in consent.purposes if p not in after.purposes]
                added = [p for p in after.purposes if p not in consent.purposes]
                text = (
                    f"{version} retirado en parte: {_purposes(dropped)}"
                    if dropped and not added and after.text_version == consent.text_version
                    else f"{version} reemplazado por el que se dio de nuevo"
                )
            by = staff.get(consent.withdrawn_by_id or 0)
            items.append(HistoryItem(consent.withdrawn_at, "consent", text, by))
        items.append(
            HistoryItem(
                consent.given_at,
                "consent",
                f"{version}: {_purposes(consent.purposes)}",
                staff.get(consent.staff_user_id or 0),
            )
        )
    return items


def history(session: Session, person_id: int, show_sensitive: bool = True) -> list[HistoryItem]:
    """Consents given and withdrawn, changes to the record (old and new values), event
    registrations, co-working visits and fair check-ins, newest first. Merged records count."""
    ids = [person_id, *session.scalars(select(Person.id).where(Person.merged_into_id == person_id))]
    items: list[HistoryItem] = _consents(session, ids)
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
            text = "Registro creado"
            if "archivo" in entry.changes:  # by an import
                text += (
                    f" (importado de «{entry.changes['archivo']}», fila {entry.changes['fila']})"
                )
            items.append(HistoryItem(entry.at, "change", text, entry.username))
            continue
        for name, (old, new) in entry.changes.items():
            if name in FIELD_LABELS and name not in hidden:
                items.append(
                    HistoryItem(
                        entry.at,
                        "change",
                        f"{FIELD_LABELS[name]}: «{shown(name, old)}» → «{shown(name, new)}»",
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
    items.extend(_merges(session, person_id))
    return sorted(items, key=lambda item: item.at, reverse=True)


def _merges(session: Session, person_id: int) -> list[HistoryItem]:
    from coworking.core.merges import merges_of

    items: list[HistoryItem] = []
    for entry in merges_of(session, person_id):
        undoable = entry.merge_id if entry.undone_at is None else None
        items.append(
            HistoryItem(
                entry.merged_at,
                "merge",
                f"Unión: el registro «{entry.merged_name}» (n.º {entry.merged_id}) se unió a este",
                entry.by,
                undoable,
            )
        )
        if entry.undone_at is not None:
            items.append(
                HistoryItem(
                    entry.undone_at,
                    "merge",
                    f"Unión deshecha: «{entry.merged_name}» (n.º {entry.merged_id}) vuelve a "
                    "ser un registro aparte",
                    entry.undone_by,
                )
            )
    return items
