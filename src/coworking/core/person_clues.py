"""What tells two people of the same name apart at a station, without showing more than that:
the year of birth, the last four characters of the document and the canton where they live."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from sqlalchemy import select
from sqlalchemy.orm import Session

from coworking.core import reference
from coworking.db.models import Person

TAIL = 4  # characters of the document shown, after an ellipsis


@dataclass(frozen=True)
class Clues:
    birth_year: int | None = None
    document_tail: str | None = None  # «…4567»: never the whole number
    canton: str | None = None


@cache
def _canton_names() -> dict[str, str]:
    return {c.code: c.name for c in reference.cantons()}


def mask_document(number: str | None) -> str | None:
    """``"1710034065"`` → ``"…4065"``; short numbers show no more than half of themselves."""
    text = "".join((number or "").split())
    if not text:
        return None
    shown = min(TAIL, len(text) // 2)
    return f"…{text[-shown:]}" if shown else "…"


def clues(session: Session, person_ids: list[int]) -> dict[int, Clues]:
    """The clues of each person in ``person_ids`` (one query)."""
    if not person_ids:
        return {}
    rows = session.execute(
        select(Person.id, Person.birth_date, Person.document_number, Person.canton_code).where(
            Person.id.in_(person_ids)
        )
    )
    names = _canton_names()
    return {
        person_id: Clues(
            birth.year if birth else None,
            mask_document(document),
            names.get(canton or "") or None,
        )
        for person_id, birth, document, canton in rows
    }
