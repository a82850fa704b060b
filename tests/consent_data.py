"""Consent for people a test writes straight into the database (not through ``create_person``):
without it the program refuses them its services and leaves them out of statistics."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy.orm import Session

from coworking.core.consents import CONSENT_VERSION, PURPOSES
from coworking.db.models import ConsentRecord


def consenting(
    session: Session, person_ids: Iterable[int], purposes: Iterable[str] = PURPOSES
) -> None:
    """Record that each of ``person_ids`` consents to ``purposes`` (every purpose by default)."""
    chosen = sorted(purposes)
    session.add_all(
        ConsentRecord(person_id=pid, purposes=chosen, text_version=CONSENT_VERSION)
        for pid in person_ids
    )
    session.flush()
