"""An attendance report as a workbook: a summary sheet, one sheet per table and one per chart.

Numbers stay numbers (shares as fractions shown with a ``0.0%`` format) so that a coordinator
can go on calculating; each sheet starts with a bold, frozen header row.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterable, Sequence
from datetime import datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from coworking.core.report_model import Cell, Chart, Report, Table
from coworking.core.report_words import Words

FORBIDDEN = "[]:*?/\\"
MAX_NAME = 31
RESERVED = {"history"}  # Excel keeps this sheet name for itself
PERCENT = "0.0%"
BOLD = Font(bold=True)
HEADER_FILL = PatternFill("solid", fgColor="D9D9D9")
NOTE_FONT = Font(italic=True, color="404040")


def write_xlsx(report: Report, path: Path) -> None:
    """Write ``report`` to ``path`` (written under another name beside it, then renamed)."""
    words = Words(report.language)
    target = Path(path)
    partial = target.with_name(f".{target.name}.{uuid.uuid4().hex[:8]}.partial")
    book = Workbook()
    summary = book.active
    summary.title = words("Resumen", "Summary")
    taken = [summary.title]
    contents: list[tuple[str, str]] = []
    for table in report.tables():
        sheet = book.create_sheet(sheet_name(table.title, taken))
        _table_sheet(sheet, table)
        contents.append((sheet.title, table.title))
    for chart in report.charts():
        sheet = book.create_sheet(sheet_name(chart.title, taken, words("gráf.", "chart")))
        _chart_sheet(sheet, chart, words)
        contents.append((sheet.title, chart.title))
    _summary_sheet(summary, report, words, contents)
    try:
        book.save(partial)
        partial.replace(target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


def sheet_name(title: str, taken: list[str], tag: str = "") -> str:
    """A valid sheet name from ``title``: no forbidden characters, at most 31 characters, not
    yet in ``taken`` (compared without case, as Excel does); added to ``taken``."""
    base = re.sub(rf"[{re.escape(FORBIDDEN)}]", " ", title)
    base = " ".join(base.split()).strip("'").strip() or "Hoja"
    used = {name.lower() for name in taken} | RESERVED
    candidates = [_cut(base, MAX_NAME)]
    if tag:
        candidates.append(_with_suffix(base, f" ({tag})"))
    candidates += [_with_suffix(base, f" ({n})") for n in range(2, 1000)]
    name = next(c for c in candidates if c.lower() not in used)
    taken.append(name)
    return name


def _cut(text: str, size: int) -> str:
    """``text`` in at most ``size`` characters, cut between words («Inscripción y asistencia
    por…» rather than «… por fu»)."""
    if len(text) <= size:
        return text
    if text[size] == " ":  # the cut falls between two words
        return text[:size].rstrip(" ,.;:'")
    head = text[: size - 1]
    if " " in head:
        head = head[: head.rindex(" ")]
    return head.rstrip(" ,.;:'") + "…"


def _with_suffix(base: str, suffix: str) -> str:
    return _cut(base, MAX_NAME - len(suffix)).rstrip("'") + suffix


# Sheets ------------------------------------------------------------------------------------


def _table_sheet(sheet: Worksheet, table: Table) -> None:
    for row in table.rows:
        if len(row) != len(table.columns):
            raise ValueError(
                f"La tabla «{table.title}» tiene una fila de {len(row)} celdas "
                f"y {len(table.columns)} columnas."
            )
    formats = [
        PERCENT if index in table.percent_columns else _number_format(column)
        for index, column in enumerate(zip(*table.rows, strict=True))
    ] or [None] * len(table.columns)
    _header(sheet, table.columns)
    for row in table.rows:
        sheet.append([_checked(cell, table.title) for cell in row])
        for index, number_format in enumerate(formats):
            cell = sheet.cell(row=sheet.max_row, column=index + 1)
            if not isinstance(cell.value, int | float):
                continue
            if number_format != PERCENT and isinstance(cell.value, int):
                cell.number_format = "#,##0"  # a count, even among fractional numbers
            else:
                cell.number_format = number_format
    if table.total_last and table.rows:
        for cell in sheet[sheet.max_row]:
            cell.font = BOLD
    _fit_columns(sheet, [table.columns, *table.rows], table.percent_columns)
    if table.note:
        sheet.cell(row=sheet.max_row + 2, column=1, value=table.note).font = NOTE_FONT


def _chart_sheet(sheet: Worksheet, chart: Chart, words: Words) -> None:
    """The chart's numbers: categories down and series across, or for a heat map its grid
    as drawn (one row per series)."""
    for series in chart.series:
        if len(series.values) != len(chart.categories):
            raise ValueError(
                f"El gráfico «{chart.title}»: la serie «{series.name}» tiene "
                f"{len(series.values)} valores para {len(chart.categories)} categorías."
            )
    if chart.kind == "heatmap":
        header = ("", *chart.categories)
        rows = [(s.name, *map(_plain, s.values)) for s in chart.series]
    else:
        header = (words("Categoría", "Category"), *(s.name for s in chart.series))
        values = [s.values for s in chart.series]
        rows = [(c, *map(_plain, v)) for c, *v in zip(chart.categories, *values, strict=True)]
    _header(sheet, header)
    number_format = _number_format([v for row in rows for v in row[1:]])
    for row in rows:
        sheet.append(row)
        for cell in sheet[sheet.max_row][1:]:
            cell.number_format = number_format
    _fit_columns(sheet, [header, *rows], ())
    if chart.value_label or chart.note:
        text = " — ".join(t for t in (chart.value_label, chart.note) if t)
        sheet.cell(row=sheet.max_row + 2, column=1, value=text).font = NOTE_FONT


def _summary_sheet(
    sheet: Worksheet, report: Report, words: Words, contents: Sequence[tuple[str, str]]
) -> None:
    sheet["A1"] = report.title
    sheet["A1"].font = Font(bold=True, size=14)
    when = report.generated_at.replace(tzinfo=None)  # already local; Excel has no time zones
    rows: list[tuple[str, Cell | datetime]] = [
        (words("Sitio o evento", "Site or event"), report.subject),
        (words("Periodo", "Period"), report.period),
        (words("Generado el", "Generated on"), when),
        (words("Generado por", "Generated by"), report.generated_by or "—"),
    ]
    line = 3
    for label, value in rows:
        _pair(sheet, line, label, value)
        line += 1
    sheet.cell(row=line - 2, column=2).number_format = "dd/mm/yyyy hh:mm"
    sheet.cell(row=line - 2, column=2).alignment = Alignment(horizontal="left")
    line = _titled_list(
        sheet,
        line + 1,
        words("Cifras", "Figures"),
        ((f.label, _figure_value(f.value, words)) for f in report.figures),
    )
    line = _titled_list(sheet, line, words("Notas", "Notes"), (("", n) for n in report.notes))
    _titled_list(sheet, line, words("Hojas", "Sheets"), contents)
    for offset, (name, _) in enumerate(contents, start=1):
        sheet.cell(row=line + offset, column=1).hyperlink = f"#'{name}'!A1"
    sheet.column_dimensions["A"].width = 34
    sheet.column_dimensions["B"].width = 80


def _titled_list(sheet: Worksheet, line: int, title: str, pairs: Iterable[tuple]) -> int:
    items = list(pairs)
    if not items:
        return line
    sheet.cell(row=line, column=1, value=title).font = Font(bold=True, size=12)
    for offset, (label, value) in enumerate(items, start=1):
        _pair(sheet, line + offset, label, value)
    return line + len(items) + 2


def _pair(sheet: Worksheet, line: int, label: str, value) -> None:
    sheet.cell(row=line, column=1, value=label or None).font = BOLD
    cell = sheet.cell(row=line, column=2, value=value)
    cell.alignment = Alignment(wrap_text=isinstance(value, str), vertical="top")
    if isinstance(value, _Share):
        cell.value, cell.number_format = float(value), PERCENT
        cell.alignment = Alignment(horizontal="left")
    elif isinstance(value, int | float):
        cell.number_format = _number_format([value])
        cell.alignment = Alignment(horizontal="left")


# Cells -------------------------------------------------------------------------------------


class _Share(float):
    """A figure written as a percentage on the cover, kept as a fraction."""


def _figure_value(text: str, words: Words) -> str | int | float:
    """A cover figure («12.345», «58,3 %») back as a number when it is plainly one."""
    thousands, decimal = (".", ",") if words.spanish else (",", ".")
    body = text.strip()
    percent = body.endswith("%")
    body = body.rstrip("%").strip()
    t, d = re.escape(thousands), re.escape(decimal)
    if not re.fullmatch(rf"-?(\d{{1,3}}({t}\d{{3}})+|\d+)({d}\d+)?", body):
        return text
    number = float(body.replace(thousands, "").replace(decimal, "."))
    if percent:
        return _Share(round(number / 100, 12))
    return int(number) if number.is_integer() and decimal not in body else number


def _plain(value: float) -> int | float:
    return int(value) if float(value).is_integer() else value


def _checked(cell: Cell, title: str) -> Cell:
    if cell is None or isinstance(cell, str | int | float):
        return cell
    raise TypeError(f"Celda no válida en la tabla «{title}»: {cell!r}")


def _number_format(values: Iterable) -> str:
    numbers = [v for v in values if isinstance(v, int | float)]
    return "#,##0" if all(float(v).is_integer() for v in numbers) else "#,##0.0#"


def _header(sheet: Worksheet, names: Sequence[str]) -> None:
    sheet.append(list(names))
    for cell in sheet[1]:
        cell.font, cell.fill = BOLD, HEADER_FILL
        cell.alignment = Alignment(wrap_text=True, vertical="center")
    sheet.freeze_panes = "A2"


def _fit_columns(sheet: Worksheet, rows: Sequence[Sequence], percent: Sequence[int]) -> None:
    """Each column as wide as its longest content (numbers as displayed), within limits."""
    widths: dict[int, float] = {}
    for row in rows:
        for index, value in enumerate(row):
            if value is None:
                continue
            if isinstance(value, int | float) and index in percent:
                length = 7
            elif isinstance(value, int | float):
                length = len(f"{value:,.2f}" if not float(value).is_integer() else f"{value:,.0f}")
            else:
                length = len(str(value))
            widths[index] = max(widths.get(index, 0), length)
    for index, length in widths.items():
        sheet.column_dimensions[get_column_letter(index + 1)].width = min(max(length + 2, 8), 60)
