"""Reading spreadsheets as people save them: CSV in UTF-8 (with or without BOM) or Windows-1252,
comma or semicolon, and XLSX. Rows are numbered as the spreadsheet shows them (header = 1)."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from coworking.core.errors import UserError


@dataclass
class Table:
    path: Path
    headers: list[str]
    rows: list[tuple[int, list[str]]]  # (row number in the spreadsheet, cells)
    encoding: str | None = None
    delimiter: str | None = None


def _decode(raw: bytes) -> tuple[str, str]:
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):  # Excel's "Unicode text" is UTF-16
        return raw.decode("utf-16"), "utf-16"
    try:
        return raw.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace"), "windows-1252"


def _delimiter(text: str) -> str:
    sample = "\n".join(text.splitlines()[:20])
    try:
        return csv.Sniffer().sniff(sample, delimiters=";,\t").delimiter
    except csv.Error:
        header = text.splitlines()[0] if text else ""
        return ";" if header.count(";") > header.count(",") else ","


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, date):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _blank(cells: list[str]) -> bool:
    return not any(cell.strip() for cell in cells)


def read_table(path: Path) -> Table:
    """Read the first sheet or the CSV; blank rows are dropped, ragged rows padded."""
    path = Path(path)
    if not path.is_file():
        raise UserError(f"No existe el archivo «{path}».")
    table = _read_xlsx(path) if path.suffix.lower() in (".xlsx", ".xlsm") else _read_csv(path)
    width = len(table.headers)
    table.rows = [
        (number, (cells + [""] * width)[: max(width, len(cells))])
        for number, cells in table.rows
        if not _blank(cells)
    ]
    if not any(h.strip() for h in table.headers):
        raise UserError(f"«{path.name}»: la fila 1 debe tener los nombres de las columnas.")
    return table


def _read_csv(path: Path) -> Table:
    text, encoding = _decode(path.read_bytes())
    if "\x00" in text:
        raise UserError(
            f"«{path.name}» no es un archivo de texto CSV (¿es un Excel? guárdelo "
            "como .xlsx o como CSV)."
        )
    delimiter = _delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    lines = list(reader)
    if not lines:
        raise UserError(f"«{path.name}» está vacío.")
    headers = [h.strip() for h in lines[0]]
    rows = [(index, [c.strip() for c in cells]) for index, cells in enumerate(lines[1:], start=2)]
    return Table(path, headers, rows, encoding, delimiter)


def _read_xlsx(path: Path) -> Table:
    from openpyxl import load_workbook

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises many kinds for a damaged file
        raise UserError(f"«{path.name}» no se puede abrir como Excel: {error}") from error
    try:
        sheet = book.worksheets[0]
        lines = [[_cell(v) for v in row] for row in sheet.iter_rows(values_only=True)]
    finally:
        book.close()
    if not lines:
        raise UserError(f"«{path.name}» está vacío.")
    headers = lines[0]
    rows = list(enumerate(lines[1:], start=2))
    return Table(path, headers, rows)
