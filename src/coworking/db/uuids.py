"""Time-ordered UUIDs (version 7, RFC 9562) for the rows every station and export identifies.

A random UUID (version 4) lands anywhere in the unique index of its table, so a batch of an
import dirties nearly every page of that index and each commit writes them all again; a
version 7 UUID starts with the time, so new rows go to the end of the index, a few pages per
batch. The last 74 bits are random: two stations never make the same one."""

from __future__ import annotations

import secrets
from uuid import UUID

from coworking import clock

_VERSION = 0x7 << 76
_VARIANT = 0b10 << 62
_RANDOM_B = (1 << 62) - 1


def _stamp() -> int:
    """Milliseconds since 1970 by the program's clock, in the 48 bits the layout gives them."""
    return int(clock.now().timestamp() * 1000) & ((1 << 48) - 1)


def new_uuid() -> UUID:
    """One version 7 UUID."""
    return UUID(
        int=(_stamp() << 80)
        | _VERSION
        | (secrets.randbits(12) << 64)
        | _VARIANT
        | secrets.randbits(62)
    )


def new_uuids(count: int) -> list[UUID]:
    """``count`` version 7 UUIDs in ascending order, for the rows of one bulk insert: one
    random start, then consecutive values (the 62 low bits have room for any batch)."""
    high = (_stamp() << 80) | _VERSION | (secrets.randbits(12) << 64) | _VARIANT
    start = secrets.randbits(61)  # the top bit left free: start + count never overflows
    return [UUID(int=high | ((start + offset) & _RANDOM_B)) for offset in range(count)]
