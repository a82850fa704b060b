"""An attendance report as an A4 PDF: cover, sections of tables and charts, numbered pages.

The writer only draws what the ``Report`` holds (already in one language); numbers are written
the report's way through ``Words``. Pages are numbered «Página 3 de 7» in two passes: the canvas
keeps each page until the end, when the total is known (the cover counts as page 1 but carries no
footer).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
)
from reportlab.platypus.flowables import HRFlowable
from reportlab.platypus.tables import Table as PdfTable

from coworking.core.report_chart_parts import gray, shorten
from coworking.core.report_charts import chart_drawing
from coworking.core.report_model import Chart, Report, Section, Table
from coworking.core.report_pdf_tables import escape, pdf_table
from coworking.core.report_words import Words

Progress = Callable[[int, int], None]
MARGIN_X = 48.0
MARGIN_TOP = 46.0
MARGIN_BOTTOM = 58.0
FRAME_PADDING = 6.0  # platypus frames keep this much inside their edges
FRAME_WIDTH = A4[0] - 2 * MARGIN_X
FRAME_HEIGHT = A4[1] - MARGIN_TOP - MARGIN_BOTTOM
CREATOR = "Coworking y ferias de empleo"


def _style(name: str, font: str = "Helvetica", size: float = 9.0, **extra) -> ParagraphStyle:
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=size * 1.25, **extra)


STYLES = {
    "title": _style("title", "Helvetica-Bold", 24, spaceAfter=10),
    "subject": _style("subject", size=15, spaceAfter=4),
    "period": _style("period", size=11.5, spaceAfter=14),
    "meta": _style("meta", size=8.5, textColor=gray(0.35)),
    "heading": _style("heading", "Helvetica-Bold", 15, spaceAfter=2),
    "intro": _style("intro", size=9.5, spaceAfter=4),
    "block": _style("block", "Helvetica-Bold", 10.5, spaceBefore=12, spaceAfter=5),
    "note": _style("note", "Helvetica-Oblique", 7.5, textColor=gray(0.3), spaceBefore=3),
    "notes": _style("notes", size=8.5, spaceAfter=3, leftIndent=10, bulletIndent=0),
    "figure": _style("figure", "Helvetica-Bold", 20, alignment=TA_CENTER),
    "caption": _style("caption", size=8.5, alignment=TA_CENTER, textColor=gray(0.2)),
    "subheading": _style("subheading", "Helvetica-Bold", 11, spaceBefore=16, spaceAfter=6),
}


def write_pdf(report: Report, path: Path, *, progress: Progress | None = None) -> int:
    """Write ``report`` to ``path``; the number of pages. Written beside ``path`` under another
    name and renamed at the end, so a failure (or ``progress`` raising to cancel) leaves no
    half-written file."""
    words = Words(report.language)
    target = Path(path)
    partial = target.with_name(f".{target.name}.{uuid.uuid4().hex[:8]}.partial")
    blocks = sum(len(section.blocks) for section in report.sections)
    total = blocks + 1
    story = _cover(report, words)
    done = 0
    for section in report.sections:
        for flowable in _section(section, words):
            story.append(flowable)
            if progress is not None and isinstance(flowable, _KeepBlock):
                done += 1
                story.append(_Progress(progress, done, total))
    canvases: list[_NumberedCanvas] = []

    def make_canvas(*args, **kwargs) -> _NumberedCanvas:
        canvas = _NumberedCanvas(*args, footer=_footer_texts(report, words), **kwargs)
        canvases.append(canvas)
        return canvas

    doc = SimpleDocTemplate(
        str(partial),
        pagesize=A4,
        leftMargin=MARGIN_X - FRAME_PADDING,
        rightMargin=MARGIN_X - FRAME_PADDING,
        topMargin=MARGIN_TOP - FRAME_PADDING,
        bottomMargin=MARGIN_BOTTOM - FRAME_PADDING,
        title=report.title,
        subject=report.subject,
        author=report.generated_by,
        creator=CREATOR,
        lang=report.language,
    )
    try:
        doc.build(story, canvasmaker=make_canvas)
        partial.replace(target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    if progress is not None:
        progress(total, total)
    return canvases[-1].page_count


# Cover -------------------------------------------------------------------------------------


def _cover(report: Report, words: Words) -> list[Flowable]:
    when = words.moment(report.generated_at)
    made = (
        words("Generado el {when} por {who}", "Generated on {when} by {who}")
        if report.generated_by
        else words("Generado el {when}", "Generated on {when}")
    )
    story: list[Flowable] = [
        Spacer(1, 70),
        Paragraph(escape(report.title), STYLES["title"]),
        Paragraph(escape(report.subject), STYLES["subject"]),
        Paragraph(escape(report.period), STYLES["period"]),
        HRFlowable(width="100%", thickness=0.8, color=gray(0.25), spaceAfter=6),
        Paragraph(escape(made.format(when=when, who=report.generated_by)), STYLES["meta"]),
        Spacer(1, 26),
    ]
    if report.figures:
        story.append(_figure_grid(report))
    if report.notes:
        story.append(Paragraph(escape(words("Notas", "Notes")), STYLES["subheading"]))
        story += [Paragraph(escape(note), STYLES["notes"], bulletText="•") for note in report.notes]
    story.append(PageBreak())
    return story


def _figure_grid(report: Report) -> Flowable:
    """The headline numbers, three to a row, each a big number over its caption."""
    figures = list(report.figures)
    per_row = 2 if len(figures) in (2, 4) else 3
    width = FRAME_WIDTH / per_row
    cells = [
        [
            Paragraph(escape(shorten(f.value, width - 16, "Helvetica-Bold", 20)), STYLES["figure"]),
            Spacer(1, 5),
            Paragraph(escape(f.label), STYLES["caption"]),
        ]
        for f in figures
    ]
    cells += [""] * (-len(cells) % per_row)
    rows = [cells[i : i + per_row] for i in range(0, len(cells), per_row)]
    grid = PdfTable(rows, colWidths=[width] * per_row, hAlign="LEFT")
    commands = [
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 12),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 12),
        ("LINEBELOW", (0, 0), (-1, -1), 3, gray(1)),
        ("LINEAFTER", (0, 0), (-1, -1), 3, gray(1)),
    ]
    for index in range(len(figures)):
        cell = (index % per_row, index // per_row)
        commands.append(("BACKGROUND", cell, cell, gray(0.93)))
    grid.setStyle(commands)
    return grid


# Sections ----------------------------------------------------------------------------------


def _section(section: Section, words: Words) -> list[Flowable]:
    """The heading stays with the start of the first block; each block keeps its title."""
    head: list[Flowable] = [
        Paragraph(escape(section.title), STYLES["heading"]),
        HRFlowable(width="100%", thickness=0.8, color=gray(0.25), spaceBefore=2, spaceAfter=4),
    ]
    if section.intro:
        head.append(Paragraph(escape(section.intro), STYLES["intro"]))
    story: list[Flowable] = [CondPageBreak(140), Spacer(1, 22)]
    if not section.blocks:
        nothing = Paragraph(
            escape(words("Sin datos para este periodo.", "No data for this period.")),
            STYLES["intro"],
        )
        return [*story, KeepTogether([*head, nothing])]
    for index, block in enumerate(section.blocks):
        if isinstance(block, Table):
            content = _table_block(block, words)
        elif isinstance(block, Chart):
            content = _chart_block(block, words)
        else:
            raise TypeError(f"Bloque de informe desconocido: {type(block).__name__}")
        story.append(_KeepBlock(head + content if index == 0 else content))
    return story


def _table_block(table: Table, words: Words) -> list[Flowable]:
    content: list[Flowable] = [
        Paragraph(escape(table.title), STYLES["block"]),
        pdf_table(table, words, FRAME_WIDTH),
    ]
    if table.note:
        content.append(Paragraph(escape(table.note), STYLES["note"]))
    return content


def _chart_block(chart: Chart, words: Words) -> list[Flowable]:
    drawing = chart_drawing(chart, words, FRAME_WIDTH)
    tallest = FRAME_HEIGHT - 60
    if drawing.height > tallest:  # a drawing cannot be split across pages: shrink it
        factor = tallest / drawing.height
        drawing.scale(factor, factor)
        drawing.width, drawing.height = drawing.width * factor, tallest
    drawing.hAlign = "LEFT"
    content: list[Flowable] = [
        Paragraph(escape(chart.title), STYLES["block"]),
        Spacer(1, 2),
        drawing,
    ]
    if chart.note:
        content.append(Paragraph(escape(chart.note), STYLES["note"]))
    return content


class _KeepBlock(KeepTogether):
    """Keep a block on one page; one taller than a page starts where it is when at least a
    third of a page is left (its table header repeats on the next pages)."""

    def split(self, aW, aH):  # noqa: N803
        if getattr(self, "_wrapInfo", None) != (aW, aH):
            self.wrap(aW, aH)
        content = self._content[:]
        frame = getattr(self, "_frame", None)
        if aH >= self._H or (frame is not None and getattr(frame, "_atTop", False)):
            return content
        if self._H <= FRAME_HEIGHT - 12 or aH < FRAME_HEIGHT / 3:
            return [self.FrameBreak(), *content]
        return content


class _Progress(Flowable):
    """Reports progress when the layout reaches it; takes no room."""

    def __init__(self, callback: Progress, done: int, total: int) -> None:
        super().__init__()
        self.callback, self.done, self.total = callback, done, total

    def wrap(self, availWidth, availHeight):  # noqa: N803
        return 0, 0

    def draw(self) -> None:
        self.callback(self.done, self.total)


# Footer ------------------------------------------------------------------------------------


def _footer_texts(report: Report, words: Words) -> tuple[str, str, str]:
    return (
        f"{report.title} · {report.subject}",
        words("Página {page} de {pages}", "Page {page} of {pages}"),
        words("Confidencial: datos agregados", "Confidential: aggregated data"),
    )


class _NumberedCanvas(Canvas):
    """Holds every page until ``save``, then draws «Página n de N» on all but the first."""

    def __init__(self, *args, footer: tuple[str, str, str], **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._footer = footer
        self._pages: list[dict] = []
        self.page_count = 0

    def showPage(self) -> None:  # noqa: N802
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        pages = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            if self._pageNumber > 1:
                self._draw_footer(self._pageNumber, pages)
            super().showPage()
        self.page_count = pages
        super().save()

    def _draw_footer(self, page: int, pages: int) -> None:
        about, numbering, confidential = self._footer
        number = numbering.format(page=page, pages=pages)
        right = A4[0] - MARGIN_X
        self.saveState()
        self.setStrokeColor(gray(0.55))
        self.setLineWidth(0.5)
        self.line(MARGIN_X, 40, right, 40)
        self.setFillColor(gray(0.25))
        self.setFont("Helvetica-Bold", 8)
        self.drawRightString(right, 29, number)
        self.setFont("Helvetica", 8)
        space = right - MARGIN_X - self.stringWidth(number, "Helvetica-Bold", 8) - 16
        self.drawString(MARGIN_X, 29, shorten(about, space, "Helvetica", 8))
        self.setFont("Helvetica-Oblique", 7)
        self.drawString(MARGIN_X, 19, confidential)
        self.restoreState()
