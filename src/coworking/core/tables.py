"""Reading spreadsheets as people save them: CSV in UTF-8 (with or without BOM), UTF-16 or
Windows-1252, comma, semicolon or tab, and XLSX. Rows are numbered as the spreadsheet shows them
(header = 1) and streamed, never all held at once: a file of 200,000 rows is read in constant
memory, and read again from the start whenever :meth:`TableSource.rows` is called.

Every way a file can fail to open (missing, locked by Excel, damaged, not a table, a cell larger
than any field) is a :class:`UserError` naming the file and, where it has one, the row."""

from __future__ import annotations

import codecs
import csv
import io
import sys
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from coworking.core.errors import UserError

MAX_CELL = 2_000  # characters: longer cells are a problem of their field, never a crash
_CHUNK = 1 << 20
_XLSX = (".xlsx", ".xlsm")
csv.field_size_limit(min(sys.maxsize, 2**31 - 1))  # a 1 MB cell is read, then refused by field


@dataclass(frozen=True)
class SheetRow:
    """One row as the spreadsheet shows it. ``width`` is how many cells the row really had:
    fewer than the header (a ragged row) is told, and the missing cells read as empty."""

    number: int
    cells: list[str]
    width: int
    no_value: tuple[int, ...] = ()  # XLSX columns holding a formula with no saved result

    @property
    def blank(self) -> bool:
        return not any(self.cells) and not self.no_value


@dataclass
class TableSource:
    """An opened spreadsheet: its header row, read at once, and its rows, read as needed."""

    path: Path
    headers: list[str]
    encoding: str | None = None  # CSV only
    delimiter: str | None = None  # CSV only
    size: int = 0  # bytes, for progress
    _formulas: bool = field(default=False, repr=False)

    @property
    def name(self) -> str:
        return self.path.name

    def rows(self) -> Iterator[SheetRow]:
        """The rows after the header, each as wide as the header (missing cells empty)."""
        if self.path.suffix.lower() in _XLSX:
            yield from _xlsx_rows(self)
        else:
            yield from _csv_rows(self)

    def preview(self, count: int) -> list[SheetRow]:
        shown: list[SheetRow] = []
        for row in self.rows():
            if not row.blank:
                shown.append(row)
            if len(shown) >= count:
                break
        return shown


def open_table(path: Path) -> TableSource:
    """Open ``path`` and read its header; refuses, in Spanish, what cannot be read."""
    path = Path(path)
    if path.is_dir():
        raise UserError(f"«{path.name}» es una carpeta; elija un archivo CSV o Excel.")
    if not path.is_file():
        raise UserError(f"No existe el archivo «{path}».")
    try:
        with path.open("rb") as handle:
            handle.read(1)
    except PermissionError as error:
        raise UserError(
            f"No se puede leer «{path.name}»: está abierto en otro programa (¿Excel?) o no tiene "
            "permiso. Ciérrelo e inténtelo de nuevo."
        ) from error
    except OSError as error:
        raise UserError(f"No se puede leer «{path.name}»: {error.strerror or error}.") from error
    source = _open_xlsx(path) if path.suffix.lower() in _XLSX else _open_csv(path)
    source.size = path.stat().st_size
    if not any(header.strip() for header in source.headers):
        raise UserError(f"«{path.name}»: la fila 1 debe tener los nombres de las columnas.")
    return source


# --- CSV ----------------------------------------------------------------------------------------


def _encoding(path: Path) -> str:
    """UTF-16 by its mark; else UTF-8 if every byte of the file decodes so; else Windows-1252."""
    with path.open("rb") as handle:
        start = handle.read(4)
        if start.startswith((b"\xff\xfe", b"\xfe\xff")):  # Excel's "Unicode text"
            return "utf-16"
        handle.seek(0)
        decoder = codecs.getincrementaldecoder("utf-8")()
        try:
            while chunk := handle.read(_CHUNK):
                decoder.decode(chunk)
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            return "cp1252"
    return "utf-8-sig"


def _text(path: Path, encoding: str) -> io.TextIOWrapper:
    errors = "replace" if encoding == "cp1252" else "strict"
    return open(path, encoding=encoding, errors=errors, newline="")  # noqa: SIM115 - caller closes


def _delimiter(sample: str) -> str:
    lines = sample.splitlines()[:20]
    try:
        return csv.Sniffer().sniff("\n".join(lines), delimiters=";,\t").delimiter
    except csv.Error:
        header = lines[0] if lines else ""
        counts = {d: header.count(d) for d in ";,\t"}
        return max(counts, key=lambda d: counts[d]) if any(counts.values()) else ","


def _open_csv(path: Path) -> TableSource:
    encoding = _encoding(path)
    with _text(path, encoding) as handle:
        sample = handle.read(64_000)
    if "\x00" in sample:
        raise UserError(
            f"«{path.name}» no es un archivo de texto CSV (¿es un Excel? guárdelo "
            "como .xlsx o como CSV)."
        )
    if not sample.strip():
        raise UserError(f"«{path.name}» está vacío.")
    delimiter = _delimiter(sample)
    with _text(path, encoding) as handle:
        try:
            headers = next(csv.reader(handle, delimiter=delimiter), [])
        except csv.Error as error:
            raise UserError(f"«{path.name}», fila 1: no se puede leer ({error}).") from error
    shown = "windows-1252" if encoding == "cp1252" else encoding.removesuffix("-sig")
    return TableSource(path, [h.strip() for h in headers], shown, delimiter)


def _csv_rows(source: TableSource) -> Iterator[SheetRow]:
    encoding = {"windows-1252": "cp1252", "utf-8": "utf-8-sig"}.get(source.encoding or "", "")
    width = len(source.headers)
    with _text(source.path, encoding or source.encoding or "utf-8-sig") as handle:
        reader = csv.reader(handle, delimiter=source.delimiter or ",")
        number = 1
        try:
            next(reader, None)
            for cells in reader:
                number += 1
                yield _row(number, [c.strip() for c in cells], width)
        except csv.Error as error:
            raise UserError(
                f"«{source.name}», fila {number + 1}: no se puede leer ({error}). Revise las "
                "comillas de esa fila."
            ) from error
        except UnicodeDecodeError as error:
            raise UserError(
                f"«{source.name}», fila {number + 1}: el texto no está en una codificación "
                "conocida; guárdelo como «CSV UTF-8»."
            ) from error


def _row(
    number: int, cells: list[str], width: int, no_value: tuple[int, ...] = (), *, grid: bool = False
) -> SheetRow:
    """``grid``: a sheet's row, as wide as the sheet whatever it holds (never ragged)."""
    real = max(len(cells), width) if grid else len(cells)
    if len(cells) < width:
        cells = cells + [""] * (width - len(cells))
    return SheetRow(number, cells, real, no_value)


# --- XLSX ---------------------------------------------------------------------------------------


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


def _workbook(path: Path, *, values: bool):
    from openpyxl import load_workbook

    try:
        return load_workbook(path, read_only=True, data_only=values)
    except Exception as error:  # openpyxl raises many kinds for a damaged file
        raise UserError(
            f"«{path.name}» no se puede abrir como Excel (¿está dañado o es de otro tipo?): {error}"
        ) from error


def _has_formulas(path: Path) -> bool:
    """Whether the first sheet holds any formula (``<f>`` in its XML), read as a stream."""
    try:
        with zipfile.ZipFile(path) as archive:
            names = sorted(n for n in archive.namelist() if n.startswith("xl/worksheets/sheet"))
            if not names:
                return False
            with archive.open(names[0]) as sheet:
                tail = b""
                while chunk := sheet.read(_CHUNK):
                    if b"<f>" in tail + chunk or b"<f " in tail + chunk:
                        return True
                    tail = chunk[-4:]
    except (zipfile.BadZipFile, OSError, KeyError):
        return False
    return False


def _open_xlsx(path: Path) -> TableSource:
    book = _workbook(path, values=True)
    try:
        if not book.worksheets:
            raise UserError(f"«{path.name}» no tiene hojas.")
        first = next(book.worksheets[0].iter_rows(values_only=True, max_row=1), None)
    finally:
        book.close()
    if first is None:
        raise UserError(f"«{path.name}» está vacío.")
    return TableSource(path, [_cell(v) for v in first], _formulas=_has_formulas(path))


def _xlsx_rows(source: TableSource) -> Iterator[SheetRow]:
    """The cached values; where the sheet has formulas, their text is read alongside, so that a
    formula Excel never calculated (no saved result) is told rather than read as empty."""
    width = len(source.headers)
    book = _workbook(source.path, values=True)
    formulas_book = _workbook(source.path, values=False) if source._formulas else None
    try:
        values = book.worksheets[0].iter_rows(values_only=True)
        texts = formulas_book.worksheets[0].iter_rows(values_only=True) if formulas_book else None
        next(values, None)
        if texts is not None:
            next(texts, None)
        yield from _sheet_rows(source, values, texts, width)
    finally:
        book.close()
        if formulas_book is not None:
            formulas_book.close()


def _sheet_rows(source: TableSource, values, texts, width: int) -> Iterator[SheetRow]:
    number = 1
    try:
        for number, row in enumerate(values, start=2):
            cells = [_cell(v) for v in row]
            no_value: tuple[int, ...] = ()
            if texts is not None:
                written = next(texts, ())
                no_value = tuple(
                    index
                    for index, text in enumerate(written)
                    if isinstance(text, str)
                    and text.startswith("=")
                    and (index >= len(cells) or not cells[index])
                )
            yield _row(number, cells, width, no_value, grid=True)
    except (OSError, ValueError, KeyError, zipfile.BadZipFile) as error:
        raise UserError(
            f"«{source.name}», fila {number + 1}: el archivo está dañado a partir de aquí "
            f"({error}). Ábralo en Excel y guárdelo de nuevo; lo ya importado queda guardado y "
            "al importarlo otra vez se sigue desde donde quedó."
        ) from error
