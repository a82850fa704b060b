"""What the values page reads from the whole file, off the GUI thread: each category column's
values (``import_survey.survey``) and, to count *rows* rather than values, how many rows hold
each combination of them. A row with two values nobody placed is one row to fix, not two."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field

from coworking.core.import_survey import ColumnValues, survey
from coworking.core.import_values import ValueMeanings, value_key
from coworking.core.tables import SheetRow, TableSource
from coworking.gui.tasks import TaskContext

MAX_COMBINATIONS = 50_000  # beyond this the columns are free text: rows are counted per column
REPORT_EVERY = 2_000  # rows between two progress reports (and looks at «Cancel»)


@dataclass
class Tally:
    columns: list[ColumnValues]
    combinations: Counter[tuple[str, ...]] = field(default_factory=Counter)  # value keys by row
    texts: list[dict[str, str]] = field(default_factory=list)  # per column: key -> first text
    exact: bool = True  # False: too many combinations to count rows exactly
    rows: int = 0  # rows read, blank ones apart

    def unplaced_rows(self, meanings: ValueMeanings) -> int:
        """Rows holding a value that has no meaning yet (each row once). Inexact: the largest
        count of one column, so at least that many."""
        if not self.exact:
            return max((self._unplaced_in(column, meanings) for column in self.columns), default=0)
        unplaced = [
            {key for key, text in texts.items() if meanings.meaning(column.field, text) is None}
            for column, texts in zip(self.columns, self.texts, strict=True)
        ]
        if not any(unplaced):
            return 0
        return sum(
            count
            for keys, count in self.combinations.items()
            if any(key and key in unplaced[i] for i, key in enumerate(keys))
        )

    @staticmethod
    def _unplaced_in(column: ColumnValues, meanings: ValueMeanings) -> int:
        return sum(v.rows for v in column.values if meanings.meaning(column.field, v.text) is None)


class _Reading:
    """The file as ``survey`` reads it (headers and rows), telling progress, stopping when
    asked, and counting the combinations of category values row by row."""

    def __init__(
        self, source: TableSource, indexes: list[int], context: TaskContext, message: str
    ) -> None:
        self.headers = source.headers
        self._source, self._indexes = source, indexes
        self._context, self._message = context, message
        self.tally = Tally([], texts=[{} for _ in indexes])

    def rows(self) -> Iterator[SheetRow]:
        tally, indexes = self.tally, self._indexes
        for row in self._source.rows():
            if row.number % REPORT_EVERY == 0:
                self._context.raise_if_cancelled()
                self._context.report(row.number, 0, self._message.replace("%1", str(row.number)))
            if not row.blank:
                tally.rows += 1
                cells = row.cells
                keys = []
                for position, index in enumerate(indexes):
                    text = cells[index] if index < len(cells) else ""
                    key = value_key(text) if text else ""
                    if key and tally.exact:
                        tally.texts[position].setdefault(key, text)
                    keys.append(key)
                combination = tuple(keys)
                if tally.exact:
                    if len(tally.combinations) >= MAX_COMBINATIONS and (
                        combination not in tally.combinations
                    ):
                        tally.exact = False
                    else:
                        tally.combinations[combination] += 1
            yield row


def read_tally(
    source: TableSource,
    columns: dict[int, str],
    meanings: ValueMeanings,
    context: TaskContext,
    message: str,
) -> Tally:
    """Survey the category ``columns`` (index -> field) of ``source`` in one pass; ``message``
    («%1 rows read…», translated) is shown as progress. Runs on a worker thread."""
    reading = _Reading(source, list(columns), context, message)
    found = survey(reading, columns, meanings)  # type: ignore[arg-type]  # reads headers, rows
    reading.tally.columns = found
    return reading.tally
