"""What the category columns of a spreadsheet hold: each distinct value, how many rows have
it and what it will become, so that a person sees at once the values no rule can place and
picks their meaning once (saved with the column mapping, reused by the command line)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from coworking.core.import_values import SKIP, VALUE_FIELDS, ValueMeanings, ambiguous, value_key
from coworking.core.tables import TableSource

MAX_VALUES = 400  # distinct values shown per column: more is a free-text column, not categories


@dataclass(frozen=True)
class ValueCount:
    text: str  # as the file first writes it
    rows: int
    value: str | None  # the stored value it becomes; None: cannot be placed; SKIP: left empty
    chosen: bool = False  # a person chose it (rather than a rule)
    options: tuple[str, ...] = ()  # the values an ambiguous text could be

    @property
    def placed(self) -> bool:
        return self.value is not None


@dataclass
class ColumnValues:
    header: str
    index: int
    field: str
    values: list[ValueCount] = field(default_factory=list)  # most rows first
    more: int = 0  # distinct values past MAX_VALUES, not listed

    @property
    def label(self) -> str:
        return VALUE_FIELDS[self.field]

    @property
    def unplaced(self) -> int:
        """Rows whose value cannot be placed."""
        return sum(v.rows for v in self.values if not v.placed)


def category_columns(fields_by_index: dict[int, str]) -> dict[int, str]:
    """The columns (index -> field) whose cells are categories."""
    return {
        index: name.split(":")[0]
        for index, name in fields_by_index.items()
        if name.split(":")[0] in VALUE_FIELDS and ":" not in name
    }


def survey(
    source: TableSource, columns: dict[int, str], meanings: ValueMeanings
) -> list[ColumnValues]:
    """Count the values of each category column (index -> field) in one pass over the file."""
    counts: dict[int, Counter[str]] = {index: Counter() for index in columns}
    for row in source.rows():
        for index, counter in counts.items():
            if index < len(row.cells) and row.cells[index]:
                counter[row.cells[index]] += 1
    found = []
    for index, name in columns.items():
        merged: dict[str, list] = {}  # value_key -> [first spelling, rows]
        for text, rows in counts[index].most_common():
            entry = merged.setdefault(value_key(text), [text, 0])
            entry[1] += rows
        ordered = sorted(merged.values(), key=lambda e: (-e[1], e[0]))
        column = ColumnValues(source.headers[index], index, name)
        for text, rows in ordered[:MAX_VALUES]:
            chosen = meanings.chosen(name, text)
            value = meanings.meaning(name, text)
            column.values.append(
                ValueCount(
                    text,
                    rows,
                    value,
                    chosen=chosen is not None,
                    options=ambiguous(name, text) if value is None else (),
                )
            )
        column.more = max(len(ordered) - MAX_VALUES, 0)
        found.append(column)
    return found


__all__ = ["SKIP", "ColumnValues", "ValueCount", "category_columns", "survey"]
