"""Where both records of a merged person are registered for one event: the registrations
become one, and come apart again when the merge is undone (see :mod:`coworking.core.merges`).

The kept person's registration stays. It takes the earlier admission (the later one is undone,
so no one is admitted twice), the other's door scans, booth interactions and outcomes (one of
each kind: the same outcome twice is kept once). The other registration is cancelled and points
at it (``merged_into_id``): its badge answers as the kept one at the door.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from coworking.db.enums import CheckInResult, OutcomeStatus
from coworking.db.models import CheckIn, Interaction, Outcome, Registration, StaffUser


def plain(value: Any) -> Any:
    """A value as the merge record keeps it in JSON: enums by value, dates in ISO form."""
    if hasattr(value, "value"):
        return value.value
    if isinstance(value, date | datetime):
        return value.isoformat()
    return value


def _moment(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def fold_registrations(
    session: Session, actor: StaffUser, keep_id: int, gone_id: int, now: datetime
) -> list[dict[str, Any]]:
    """Move the other's registrations; where both are registered for one event, fold the
    other's registration into the kept one (see the module's note). Returns what it did."""
    kept_by_event = {
        r.event_id: r
        for r in session.scalars(select(Registration).where(Registration.person_id == keep_id))
    }
    done: list[dict[str, Any]] = []
    for other in list(
        session.scalars(select(Registration).where(Registration.person_id == gone_id))
    ):
        kept = kept_by_event.get(other.event_id)
        if kept is None:
            other.person_id = keep_id
            done.append({"moved": other.id})
            continue
        done.append(_fold_one(session, actor, kept, other, now))
    session.flush()
    return done


def _fold_one(
    session: Session, actor: StaffUser, kept: Registration, other: Registration, now: datetime
) -> dict[str, Any]:
    step: dict[str, Any] = {
        "kept": kept.id,
        "folded": other.id,
        "kept_checked_in_at": plain(kept.checked_in_at),
        "kept_cancelled_at": plain(kept.cancelled_at),
        "folded_cancelled_at": plain(other.cancelled_at),
        "undone_check_ins": [],
        "moved_check_ins": [],
        "moved_interactions": [],
        "moved_outcomes": [],
        "dropped_outcomes": [],
    }
    if kept.cancelled_at is not None and other.cancelled_at is None:
        kept.cancelled_at = None  # the person is registered: through the other record
    admitted = list(
        session.scalars(
            select(CheckIn)
            .where(
                CheckIn.registration_id.in_((kept.id, other.id)),
                CheckIn.result == CheckInResult.OK,
                CheckIn.undone_at.is_(None),
            )
            .order_by(CheckIn.scanned_at, CheckIn.id)
        )
    )
    for later in admitted[1:]:  # the earlier admission stays
        later.undone_at, later.undone_by_id = now, actor.id
        step["undone_check_ins"].append(later.id)
    session.flush()
    for scan in session.scalars(select(CheckIn).where(CheckIn.registration_id == other.id)):
        scan.registration_id = kept.id
        step["moved_check_ins"].append(scan.id)
    times = [t for t in (kept.checked_in_at, other.checked_in_at) if t is not None]
    kept.checked_in_at = min(times) if times else None
    for interaction in session.scalars(
        select(Interaction).where(Interaction.registration_id == other.id)
    ):
        interaction.registration_id = kept.id
        step["moved_interactions"].append(interaction.id)
    held = set(session.scalars(select(Outcome.kind_key).where(Outcome.registration_id == kept.id)))
    for outcome in list(
        session.scalars(select(Outcome).where(Outcome.registration_id == other.id))
    ):
        if outcome.kind_key in held:  # the same outcome twice: keep it once
            step["dropped_outcomes"].append(_outcome_values(outcome))
            session.delete(outcome)
        else:
            outcome.registration_id = kept.id
            held.add(outcome.kind_key)
            step["moved_outcomes"].append(outcome.id)
    other.cancelled_at = other.cancelled_at or now
    other.merged_into_id = kept.id
    session.flush()
    return step


_OUTCOME_COLUMNS = (
    "vacancy_id",
    "employer_id",
    "status",
    "occurred_on",
    "notes",
    "followed_up_30_on",
    "followed_up_90_on",
    "recorded_by_id",
)


def _outcome_values(outcome: Outcome) -> dict[str, Any]:
    return {name: plain(getattr(outcome, name)) for name in _OUTCOME_COLUMNS}


def unfold(session: Session, step: dict[str, Any], keep_id: int, gone_id: int) -> None:
    if "moved" in step:
        registration = session.get(Registration, step["moved"])
        if registration is not None and registration.person_id == keep_id:
            registration.person_id = gone_id
        return
    kept = session.get(Registration, step["kept"])
    other = session.get(Registration, step["folded"])
    for scan_id in step["moved_check_ins"]:
        scan = session.get(CheckIn, scan_id)
        if scan is not None:
            scan.registration_id = other.id
    for interaction_id in step["moved_interactions"]:
        interaction = session.get(Interaction, interaction_id)
        if interaction is not None:
            interaction.registration_id = other.id
    for outcome_id in step["moved_outcomes"]:
        outcome = session.get(Outcome, outcome_id)
        if outcome is not None:
            outcome.registration_id = other.id
    session.flush()
    for scan_id in step["undone_check_ins"]:
        scan = session.get(CheckIn, scan_id)
        if scan is not None:
            scan.undone_at, scan.undone_by_id = None, None
    for values in step["dropped_outcomes"]:
        session.add(Outcome(registration_id=other.id, **_outcome_fields(values)))
    kept.checked_in_at = _moment(step["kept_checked_in_at"])
    kept.cancelled_at = _moment(step["kept_cancelled_at"])
    other.cancelled_at = _moment(step["folded_cancelled_at"])
    other.merged_into_id = None
    session.flush()


def _outcome_fields(values: Mapping[str, Any]) -> dict[str, Any]:
    fields = dict(values)
    fields["status"] = OutcomeStatus(fields["status"])
    for name in ("occurred_on", "followed_up_30_on", "followed_up_90_on"):
        if fields.get(name):
            fields[name] = date.fromisoformat(fields[name])
    return fields
