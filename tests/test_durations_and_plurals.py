"""Durations read «8 min», «1 h», «1 h 05 min» (never «0 h 08 min»), and the core's own counts
agree with their noun."""

from __future__ import annotations

from datetime import timedelta

import pytest

from coworking.core.bookings import _hours
from coworking.core.durations import duration_text, span_text
from coworking.core.plurals import count_text, plural
from coworking.core.report_words import Words


@pytest.mark.parametrize(
    ("minutes", "text"),
    [
        (0, "0 min"),
        (8, "8 min"),
        (59, "59 min"),
        (60, "1 h"),
        (65, "1 h 05 min"),
        (150, "2 h 30 min"),
        (24 * 60, "24 h"),
        (-3, "0 min"),
    ],
)
def test_duration_text(minutes: int, text: str) -> None:
    assert duration_text(minutes) == text


def test_every_place_that_shows_a_duration_uses_it() -> None:
    assert span_text(timedelta(minutes=8, seconds=59)) == "8 min"
    assert _hours(8) == "8 min"  # booking rules' messages
    assert _hours(125) == "2 h 05 min"


def test_the_gui_duration_is_the_same_text() -> None:
    from coworking.gui.space_common import duration_text as shown

    assert [shown(m) for m in (8, 60, 65)] == ["8 min", "1 h", "1 h 05 min"]


def test_counts_written_by_the_core() -> None:
    assert count_text(1, "visitante", "visitantes") == "1 visitante"
    assert count_text(0, "visitante", "visitantes") == "0 visitantes"
    assert count_text(2, "fila", "filas") == "2 filas"
    assert plural(1, "página", "páginas") == "página"
    spanish, english = Words("es"), Words("en")
    forms = ("visita", "visitas"), ("visit", "visits")
    assert spanish.count(1, *forms) == "1 visita"
    assert spanish.count(12345, *forms) == "12.345 visitas"
    assert english.count(1, *forms) == "1 visit"
    assert english.count(2, *forms) == "2 visits"
