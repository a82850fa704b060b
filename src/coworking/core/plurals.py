"""Singular or plural for the text the core writes itself (reports, the command line).

The interface uses Qt's plural forms (``tr("%n visitor(s)", "", n)``); the core has no Qt, and
it writes only Spanish and English, where one thing is singular and any other number (zero
too) is plural.
"""

from __future__ import annotations

from collections.abc import Callable


def plural(count: float, one: str, many: str) -> str:
    """``one`` for exactly 1, else ``many``: «1 visita», «0 visitas», «2 visitas»."""
    return one if count == 1 else many


def count_text(count: int, one: str, many: str, number: Callable[[int], str] = str) -> str:
    """The number and the noun: ``count_text(1, "visitante", "visitantes")`` → «1 visitante»."""
    return f"{number(count)} {plural(count, one, many)}"
