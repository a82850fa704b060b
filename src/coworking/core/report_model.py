"""What an attendance report holds, independent of how it is written (PDF or XLSX).

A summary module computes the figures; a layout module turns them into a ``Report`` in one
language (titles, column headings and category names already translated); the PDF and XLSX
writers only draw what they are given. Tests check the figures on the summaries and the words on
the written files.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal

Cell = str | int | float | None
LANGUAGES = ("es", "en")


@dataclass(frozen=True)
class Table:
    """A titled table. ``key`` is stable across languages (XLSX sheet names, tests)."""

    key: str
    title: str
    columns: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]
    note: str = ""
    total_last: bool = False  # the last row is a total, drawn in bold
    percent_columns: tuple[int, ...] = ()  # columns holding shares 0..1, shown as «12,5 %»


@dataclass(frozen=True)
class Series:
    name: str
    values: tuple[float, ...]


ChartKind = Literal["bar", "stacked", "line", "heatmap"]


@dataclass(frozen=True)
class Chart:
    """A chart drawn from ``categories`` (x axis) and one or more ``series``.

    For a ``heatmap`` each series is a row (its name the row label) and the categories are the
    columns; values are shaded from white to black.
    """

    key: str
    kind: ChartKind
    title: str
    categories: tuple[str, ...]
    series: tuple[Series, ...]
    value_label: str = ""
    note: str = ""


@dataclass(frozen=True)
class Figure:
    """A headline number on the cover: «Visitas 12.345»."""

    label: str
    value: str


Block = Table | Chart


@dataclass(frozen=True)
class Section:
    title: str
    blocks: tuple[Block, ...]
    intro: str = ""


@dataclass(frozen=True)
class Report:
    language: str
    title: str
    subject: str  # the site or the event
    period: str
    generated_at: datetime  # local time
    generated_by: str  # the staff member and the station (reports.report_author), or ""
    figures: tuple[Figure, ...]
    sections: tuple[Section, ...]
    notes: tuple[str, ...] = field(default=())  # method notes printed after the figures

    def tables(self) -> list[Table]:
        return [
            block
            for section in self.sections
            for block in section.blocks
            if isinstance(block, Table)
        ]

    def charts(self) -> list[Chart]:
        return [
            block
            for section in self.sections
            for block in section.blocks
            if isinstance(block, Chart)
        ]

    def table(self, key: str) -> Table:
        for table in self.tables():
            if table.key == key:
                return table
        raise KeyError(key)


def share(part: int, whole: int) -> float | None:
    """``part`` of ``whole`` as 0..1, or None when there is nothing to divide."""
    return part / whole if whole else None


def column(rows: Sequence[tuple[Cell, ...]], index: int) -> list[Cell]:
    return [row[index] for row in rows]
