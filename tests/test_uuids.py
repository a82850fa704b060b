"""Time-ordered UUIDs: what every exported row is identified by."""

from __future__ import annotations

from datetime import UTC, datetime
from uuid import UUID

from coworking import clock
from coworking.db.database import Database
from coworking.db.models import Site
from coworking.db.uuids import new_uuid, new_uuids


def _moment(uuid: UUID) -> datetime:
    return datetime.fromtimestamp((uuid.int >> 80) / 1000, UTC)


def test_a_batch_of_uuids_is_ascending_unique_and_version_seven() -> None:
    batch = new_uuids(5_000)
    assert batch == sorted(batch) and len(set(batch)) == 5_000
    assert {u.version for u in batch} == {7} and {u.variant for u in batch} == {
        "specified in RFC 4122"
    }
    other = new_uuids(5_000)
    assert not set(batch) & set(other)  # another batch of the same millisecond: no clash


def test_uuids_carry_the_programs_clock(monkeypatch) -> None:
    monkeypatch.setenv(clock.ENV, "2031-02-28T10:00-05:00")
    assert abs((_moment(new_uuid()) - clock.now()).total_seconds()) < 5
    assert _moment(new_uuids(1)[0]).year == 2031


def test_rows_get_time_ordered_uuids(database: Database) -> None:
    with database.unit_of_work() as session:
        sites = [Site(name=f"Sede {i}", canton_code="1308") for i in range(3)]
        session.add_all(sites)
    assert all(site.uuid.version == 7 for site in sites)
