"""CSV files for the municipality: UTF-8 with BOM, RFC 4180 quoting, ISO dates, UTC times,
``si``/``no`` for booleans and no cell a spreadsheet would run as a formula (OWASP).

A text cell starting with ``= + - @``, a tab or a carriage return gets a leading ``'``, unless
the whole cell is a plain number or telephone (``+593 99 123 4567``, ``-12``, ``-3.5``), which
is kept as it is so that it stays readable and sortable.
"""

from __future__ import annotations

import csv
import hashlib
import io
import os
import re
from collections.abc import Callable, Iterable, Sequence
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

Cell = str | int | float | bool | date | datetime | None

DELIMITERS = {",": "coma", ";": "punto y coma"}
ENCODING = "utf-8-sig"
LINE_END = "\r\n"
YES, NO = "si", "no"

_FORMULA_START = frozenset("=+-@\t\r")
_PLAIN_NUMBER = re.compile(r"[+-]?[0-9][0-9 ().-]*", re.ASCII)


def safe_text(text: str) -> str:
    """``text`` with a leading ``'`` when a spreadsheet would read it as a formula."""
    if text and text[0] in _FORMULA_START and _PLAIN_NUMBER.fullmatch(text) is None:
        return "'" + text
    return text


def _utc(moment: datetime) -> str:
    if moment.tzinfo is not UTC:  # the database hands back UTC already: the common case
        if moment.tzinfo is None or moment.utcoffset() is None:
            raise ValueError(f"Fecha y hora sin zona horaria: {moment.isoformat()}")
        moment = moment.astimezone(UTC)
    return (
        f"{moment.year:04d}-{moment.month:02d}-{moment.day:02d}"
        f"T{moment.hour:02d}:{moment.minute:02d}:{moment.second:02d}Z"
    )


def _none(_value: None) -> str:
    return ""


def _yes_no(value: bool) -> str:
    return YES if value else NO


# Exact types first (the common, fast path); subclasses go through ``cell_text``.
_BY_TYPE: dict[type, Callable[[Any], str]] = {
    str: safe_text,
    int: str,
    float: repr,
    bool: _yes_no,
    type(None): _none,
    date: date.isoformat,
    datetime: _utc,
}


def cell_text(value: Cell) -> str:
    """The text written for one cell (see the module's description)."""
    convert = _BY_TYPE.get(type(value))
    if convert is not None:
        return convert(value)
    # Subclasses: bool before int, datetime before date, enums and other str subclasses.
    if isinstance(value, bool):
        return _yes_no(value)
    if isinstance(value, str):
        return safe_text(str(value))
    if isinstance(value, int):
        return str(int(value))
    if isinstance(value, float):
        return repr(float(value))
    if isinstance(value, datetime):
        return _utc(value)
    if isinstance(value, date):
        return date.isoformat(value)
    raise TypeError(f"Valor no admitido en una celda CSV: {type(value).__name__}")


def _texts(row: Sequence[Cell]) -> list[str]:
    get = _BY_TYPE.get
    return [get(type(value), cell_text)(value) for value in row]


def file_digest(path: Path) -> tuple[str, int]:
    """SHA-256 (hex) and size in bytes of a file."""
    digest, size = hashlib.sha256(), 0
    with path.open("rb") as handle:
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
            size += len(chunk)
    return digest.hexdigest(), size


def write_csv(
    path: Path,
    headers: Sequence[str],
    rows: Iterable[Sequence[Cell]],
    *,
    delimiter: str = ",",
    texts: bool = False,
) -> tuple[int, str, int]:
    """Write one CSV file (flushed to disk) and return its data rows, SHA-256 and bytes.

    With ``texts`` the rows are already the cells' texts (from :func:`cell_text`) and are
    written as they are."""
    if delimiter not in DELIMITERS:
        raise ValueError(f"Separador no admitido: {delimiter!r}")
    count = 0
    with Path(path).open("w", encoding=ENCODING, newline="") as handle:
        writer = csv.writer(
            handle, delimiter=delimiter, quoting=csv.QUOTE_MINIMAL, lineterminator=LINE_END
        )
        writer.writerow([safe_text(name) for name in headers])
        if texts:
            for row in rows:
                writer.writerow(row)
                count += 1
        else:
            for row in rows:
                writer.writerow(_texts(row))
                count += 1
        handle.flush()
        os.fsync(handle.fileno())
    digest, size = file_digest(Path(path))
    return count, digest, size


def read_csv(path: Path, *, delimiter: str | None = None) -> tuple[list[str], list[list[str]]]:
    """Headers and rows of a CSV written by :func:`write_csv` (the delimiter is found in the
    header line when not given)."""
    text = Path(path).read_bytes().decode(ENCODING)
    if delimiter is None:
        header_line = text.split("\n", 1)[0]
        delimiter = ";" if ";" in header_line and "," not in header_line else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows = list(reader)
    if not rows:
        return [], []
    return rows[0], rows[1:]
