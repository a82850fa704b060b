"""How long something lasted, written the same way in Spanish and English.

«8 min», «1 h», «1 h 05 min»: never «0 h 08 min». Minutes are padded only after hours, so a
column of durations lines up the way a clock does.
"""

from __future__ import annotations

from datetime import timedelta


def duration_text(minutes: int) -> str:
    """«8 min», «1 h», «1 h 05 min»; less than a minute (or a negative time) is «0 min»."""
    hours, rest = divmod(max(int(minutes), 0), 60)
    if not hours:
        return f"{rest} min"
    return f"{hours} h {rest:02d} min" if rest else f"{hours} h"


def span_text(span: timedelta) -> str:
    """A ``timedelta`` in whole minutes (seconds dropped): «1 h 05 min»."""
    return duration_text(int(span.total_seconds() // 60))
