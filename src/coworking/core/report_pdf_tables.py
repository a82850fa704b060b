"""Report tables in the PDF: cells written the report's way, columns fitted to the page,
type shrunk a step where a table is wide, header repeated on every page."""

from __future__ import annotations

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph
from reportlab.platypus.tables import Table as PdfTable

from coworking.core.report_chart_parts import gray
from coworking.core.report_model import Table
from coworking.core.report_words import Words

CELL_SIZES = (8.5, 7.5, 6.5)
PAD = 4.0


def table_texts(table: Table, words: Words) -> tuple[list[list[str]], list[bool]]:
    """Each cell as printed, and which columns hold numbers (right-aligned)."""
    for row in table.rows:
        if len(row) != len(table.columns):
            raise ValueError(
                f"La tabla «{table.title}» tiene una fila de {len(row)} celdas "
                f"y {len(table.columns)} columnas."
            )
    numeric: list[bool] = []
    decimals: list[int] = []
    for index in range(len(table.columns)):
        cells = [row[index] for row in table.rows]
        numbers = [c for c in cells if isinstance(c, int | float)]
        numeric.append(index in table.percent_columns or 2 * len(numbers) >= len(cells) > 0)
        # Whole numbers (counts) keep no decimals; other numbers one if any needs it.
        fractions = [n for n in numbers if isinstance(n, float)]
        decimals.append(0 if all(n.is_integer() for n in fractions) else 1)
    texts = []
    for row in table.rows:
        line = []
        for index, cell in enumerate(row):
            if cell is None:
                line.append("–")
            elif isinstance(cell, str):
                line.append(cell)
            elif isinstance(cell, int | float) and index in table.percent_columns:
                line.append(words.percent(cell))
            elif isinstance(cell, int):
                line.append(words.number(cell))
            elif isinstance(cell, float):
                line.append(words.number(cell, decimals[index]))
            else:
                raise TypeError(f"Celda no válida en la tabla «{table.title}»: {cell!r}")
        texts.append(line)
    return texts, numeric


def pdf_table(table: Table, words: Words, width: float) -> PdfTable:
    """A table that fits ``width``: long text wraps, a smaller type only when needed."""
    texts, numeric = table_texts(table, words)
    if not texts:
        texts = [[words("Sin datos", "No data")] + [""] * (len(table.columns) - 1)]
    for size in CELL_SIZES:
        widths = _column_widths(table, texts, numeric, size, width)
        if widths is not None:
            break
    else:
        natural = _column_widths(table, texts, numeric, size, 1e9) or []
        widths = [w * width / sum(natural) for w in natural]
    body = _fit_cells(table, texts, numeric, widths, size)
    pdf = PdfTable(body, colWidths=widths, repeatRows=1, hAlign="LEFT")
    last = len(body) - 1
    commands: list[tuple] = [
        ("FONT", (0, 0), (-1, -1), "Helvetica", size, size * 1.2),
        ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", size, size * 1.2),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
        ("TOPPADDING", (0, 0), (-1, -1), 2.6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.6),
        ("BACKGROUND", (0, 0), (-1, 0), gray(0.85)),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [gray(1), gray(0.95)]),
        ("LINEABOVE", (0, 0), (-1, 0), 0.8, gray(0.2)),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, gray(0.2)),
        ("LINEBELOW", (0, last), (-1, last), 0.8, gray(0.2)),
    ]
    commands += [("ALIGN", (i, 0), (i, -1), "RIGHT") for i, n in enumerate(numeric) if n]
    if table.total_last and table.rows and last > 1:
        commands += [
            ("FONT", (0, last), (-1, last), "Helvetica-Bold", size, size * 1.2),
            ("BACKGROUND", (0, last), (-1, last), gray(0.89)),
            ("LINEABOVE", (0, last), (-1, last), 0.6, gray(0.2)),
        ]
    pdf.setStyle(commands)
    return pdf


def _column_widths(
    table: Table, texts: list[list[str]], numeric: list[bool], size: float, width: float
) -> list[float] | None:
    """Widths between each column's least (longest word) and natural (longest line) width,
    growing evenly; None if even the least do not fit."""
    natural, least = [], []
    bold_row = len(texts) - 1 if table.total_last else -1
    for index, heading in enumerate(table.columns):
        cells = [
            stringWidth(row[index], "Helvetica-Bold" if i == bold_row else "Helvetica", size)
            for i, row in enumerate(texts)
        ]
        widest = max(cells, default=0.0)
        head_words = max(
            (stringWidth(w, "Helvetica-Bold", size) for w in heading.split()), default=0
        )
        head = stringWidth(heading, "Helvetica-Bold", size)
        if numeric[index]:
            natural.append(max(widest, head) + 2 * PAD)
            least.append(max(widest, head_words) + 2 * PAD)
        else:
            long_word = max(
                (stringWidth(w, "Helvetica", size) for row in texts for w in row[index].split()),
                default=0.0,
            )
            natural.append(max(widest, head) + 2 * PAD)
            least.append(max(long_word, head_words, min(widest, 90.0)) + 2 * PAD)
    if sum(least) > width:
        return None
    if sum(natural) <= width:  # a nearly full table is spread to the margins
        spare = width - sum(natural) if sum(natural) > 0.8 * width else 0.0
        return [w + spare / len(natural) for w in natural]
    growth = (width - sum(least)) / (sum(natural) - sum(least))
    return [lo + (hi - lo) * growth for lo, hi in zip(least, natural, strict=True)]


def _fit_cells(
    table: Table, texts: list[list[str]], numeric: list[bool], widths: list[float], size: float
) -> list[list]:
    """The header, then the rows; cells too wide for their column become wrapping paragraphs."""
    styles = {}
    for bold in (False, True):
        for right in (False, True):
            styles[bold, right] = ParagraphStyle(
                f"cell{bold}{right}",
                fontName="Helvetica-Bold" if bold else "Helvetica",
                fontSize=size,
                leading=size * 1.2,
                alignment=TA_RIGHT if right else 0,
            )
    header = [Paragraph(escape(h), styles[True, numeric[i]]) for i, h in enumerate(table.columns)]
    body: list[list] = [header]
    bold_row = len(texts) - 1 if table.total_last else -1
    for r, row in enumerate(texts):
        bold = r == bold_row
        font = "Helvetica-Bold" if bold else "Helvetica"
        line: list = []
        for i, text in enumerate(row):
            if stringWidth(text, font, size) > widths[i] - 2 * PAD + 0.01:
                line.append(Paragraph(escape(text), styles[bold, numeric[i]]))
            else:
                line.append(text)
        body.append(line)
    return body


def escape(text: str) -> str:
    """Plain text for a Paragraph (which reads a little markup)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
