"""The paper fallback for the door: an A4 sign-in sheet of an event's registrations.

When the network or a station fails, staff tick arrivals on paper and type the ticks in later
(Ferias › Entrada en papel). The sheet is alphabetical by family names, as people give them in
Ecuador, with a fixed number of rows per page so that a page can be handed to a second helper.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from os import PathLike

from sqlalchemy.orm import Session

from coworking import clock
from coworking.core.fairs import get_event
from coworking.core.localtime import local_zone
from coworking.core.registrations import RegistrationRow, registration_rows, role_name
from coworking.core.report_words import MONTHS_ES
from coworking.core.sites import WEEKDAYS
from coworking.core.text import search_key

ROWS_PER_PAGE = 28
INSTRUCTIONS = (
    "Marque la casilla y anote la hora de llegada. Luego ingrese las marcas en el programa: "
    "Ferias › Entrada en papel."
)
PRIVACY = (
    "Esta hoja contiene datos personales: no la deje sin supervisión y destrúyala una vez "
    "ingresadas las marcas."
)

# Page geometry, in points (A4 is 595 x 842).
_MARGIN_X = 40
_TOP = 806
_TABLE_TOP = 718
_HEADER_ROW = 20
_ROW = 21
_FOOTER_Y = 86
# N°, Apellidos y nombres, Rol, Organización, Código, Llegó, Hora (sum: 595 - 2 * 40).
_WIDTHS = (28, 178, 64, 92, 80, 30, 43)
_HEADINGS = ("N°", "Apellidos y nombres", "Rol", "Organización", "Código", "Llegó", "Hora")

_NAVY = (0x16 / 255, 0x32 / 255, 0x4F / 255)
_ZEBRA = (0.95, 0.96, 0.975)
_RULE = (0.80, 0.84, 0.88)
_GREY = (0.40, 0.44, 0.48)


def group_code(code: str) -> str:
    """``"ABCD2345J"`` → ``"ABCD 2345 J"``: easier to read aloud and to type from paper."""
    return " ".join(code[i : i + 4] for i in range(0, len(code), 4))


def spanish_date(day: date) -> str:
    """``date(2026, 12, 3)`` → ``"Jueves 3 de diciembre de 2026"``."""
    text = f"{WEEKDAYS[day.weekday()]} {day.day} de {MONTHS_ES[day.month - 1]} de {day.year}"
    return text[0].upper() + text[1:]


def event_dates(starts_on: date, ends_on: date | None) -> str:
    if ends_on is None or ends_on == starts_on:
        return spanish_date(starts_on)
    if (starts_on.year, starts_on.month) == (ends_on.year, ends_on.month):
        month = MONTHS_ES[ends_on.month - 1]
        return f"Del {starts_on.day} al {ends_on.day} de {month} de {ends_on.year}"
    return f"Del {spanish_date(starts_on).lower()} al {spanish_date(ends_on).lower()}"


def _initial(row: RegistrationRow) -> str:
    key = search_key(row.family_names) or search_key(row.given_names)
    return key[:1].upper()


def write_sign_in_sheet(
    session: Session, event_id: int, path: str | PathLike[str], *, entrance: str | None = None
) -> int:
    """Write the event's sign-in sheet to ``path`` and return how many registrations it lists
    (cancelled ones are left out; people already checked in come pre-ticked with their time)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    event = get_event(session, event_id)
    rows = registration_rows(session, event_id)
    pages = max(1, -(-len(rows) // ROWS_PER_PAGE))
    printed = clock.local_now().strftime("%d/%m/%Y %H:%M")
    canvas = Canvas(str(path), pagesize=A4)
    canvas.setTitle(f"Hoja de entrada — {event.name}")
    canvas.setSubject("Registro de llegada en papel")
    canvas.setCreator("coworking")
    header = _Header(
        event.name,
        event_dates(event.starts_on, event.ends_on),
        event.venue,
        (entrance or "").strip() or None,
        len(rows),
        printed,
        pages,
    )
    for page in range(pages):
        chunk = rows[page * ROWS_PER_PAGE : (page + 1) * ROWS_PER_PAGE]
        header.draw(canvas, page + 1)
        _draw_table(canvas, chunk, first_number=page * ROWS_PER_PAGE + 1)
        if not rows:
            canvas.setFont("Helvetica-Oblique", 11)
            canvas.setFillColorRGB(*_GREY)
            canvas.drawString(_MARGIN_X, _TABLE_TOP - 50, "No hay inscripciones en este evento.")
        _draw_footer(canvas)
        canvas.showPage()
    canvas.save()
    return len(rows)


class _Header:
    def __init__(
        self,
        name: str,
        dates: str,
        venue: str | None,
        entrance: str | None,
        count: int,
        printed: str,
        pages: int,
    ) -> None:
        self.name, self.dates, self.venue, self.entrance = name, dates, venue, entrance
        self.count, self.printed, self.pages = count, printed, pages

    def draw(self, canvas, page: int) -> None:
        left, right = _MARGIN_X, 595 - _MARGIN_X
        canvas.setFillColorRGB(*_GREY)
        canvas.setFont("Helvetica-Bold", 8)
        canvas.drawString(left, _TOP, "HOJA DE ENTRADA EN PAPEL")
        canvas.setFillColorRGB(*_NAVY)
        size = _fit_size(self.name, "Helvetica-Bold", 16, 11, 360)
        canvas.setFont("Helvetica-Bold", size)
        canvas.drawString(left, _TOP - 22, _clip(self.name, "Helvetica-Bold", size, 360))
        canvas.setFillColorRGB(0, 0, 0)
        canvas.setFont("Helvetica", 10)
        where = " · ".join(p for p in (self.dates, self.venue) if p)
        canvas.drawString(left, _TOP - 40, _clip(where, "Helvetica", 10, 360))
        canvas.setFont("Helvetica-Bold", 10)
        canvas.drawString(left, _TOP - 60, "Entrada:")
        if self.entrance:
            canvas.setFont("Helvetica", 10)
            canvas.drawString(left + 46, _TOP - 60, _clip(self.entrance, "Helvetica", 10, 300))
        else:  # a line to write the entrance on
            canvas.setStrokeColorRGB(*_GREY)
            canvas.setLineWidth(0.6)
            canvas.line(left + 46, _TOP - 62, left + 220, _TOP - 62)
        canvas.setFillColorRGB(*_NAVY)
        canvas.setFont("Helvetica-Bold", 11)
        canvas.drawRightString(right, _TOP - 22, f"Página {page} de {self.pages}")
        canvas.setFillColorRGB(0, 0, 0)
        canvas.setFont("Helvetica", 9)
        people = "1 inscripción" if self.count == 1 else f"{self.count} inscripciones"
        canvas.drawRightString(right, _TOP - 40, people)
        canvas.setFillColorRGB(*_GREY)
        canvas.setFont("Helvetica", 8)
        canvas.drawRightString(right, _TOP - 60, f"Impresa el {self.printed}")
        canvas.setStrokeColorRGB(*_NAVY)
        canvas.setLineWidth(1.2)
        canvas.line(left, _TOP - 72, right, _TOP - 72)


def _draw_table(canvas, rows: Sequence[RegistrationRow], first_number: int) -> None:
    left = _MARGIN_X
    width = sum(_WIDTHS)
    xs = [left]
    for w in _WIDTHS:
        xs.append(xs[-1] + w)
    # Heading row, repeated on every page.
    top = _TABLE_TOP
    canvas.setFillColorRGB(*_NAVY)
    canvas.rect(left, top - _HEADER_ROW, width, _HEADER_ROW, stroke=0, fill=1)
    canvas.setFillColorRGB(1, 1, 1)
    canvas.setFont("Helvetica-Bold", 8.5)
    for i, heading in enumerate(_HEADINGS):
        if i in (0, 5, 6):
            canvas.drawCentredString((xs[i] + xs[i + 1]) / 2, top - 13.5, heading)
        else:
            canvas.drawString(xs[i] + 5, top - 13.5, heading)
    zone = local_zone()
    previous_letter = None
    for n, row in enumerate(rows):
        y = top - _HEADER_ROW - (n + 1) * _ROW  # bottom of this row
        if n % 2:
            canvas.setFillColorRGB(*_ZEBRA)
            canvas.rect(left, y, width, _ROW, stroke=0, fill=1)
        letter = _initial(row)
        if letter != previous_letter:
            # The letter in the margin (and a stronger rule where a new letter starts).
            canvas.setFillColorRGB(*_NAVY)
            canvas.setFont("Helvetica-Bold", 10)
            canvas.drawCentredString(left - 13, y + 7, letter)
            if n:
                canvas.setStrokeColorRGB(*_NAVY)
                canvas.setLineWidth(0.9)
                canvas.line(left - 20, y + _ROW, left + width, y + _ROW)
            previous_letter = letter
        canvas.setStrokeColorRGB(*_RULE)
        canvas.setLineWidth(0.4)
        canvas.line(left, y, left + width, y)
        base = y + 7
        canvas.setFillColorRGB(*_GREY)
        canvas.setFont("Helvetica", 8.5)
        canvas.drawCentredString((xs[0] + xs[1]) / 2, base, str(first_number + n))
        canvas.setFillColorRGB(0, 0, 0)
        _cell(canvas, row.sort_name, "Helvetica", 9.5, xs[1], _WIDTHS[1], base)
        _cell(canvas, role_name(row.role), "Helvetica", 8.5, xs[2], _WIDTHS[2], base)
        _cell(canvas, row.organization or "", "Helvetica", 8.5, xs[3], _WIDTHS[3], base)
        _cell(canvas, group_code(row.badge_code), "Courier-Bold", 9.5, xs[4], _WIDTHS[4], base)
        _checkbox(canvas, (xs[5] + xs[6]) / 2, y + _ROW / 2, ticked=row.checked_in_at is not None)
        _time_blank(canvas, xs[6], _WIDTHS[6], y, row.checked_in_at, zone)
    # Column rules and the outer frame.
    bottom = top - _HEADER_ROW - len(rows) * _ROW
    canvas.setStrokeColorRGB(*_RULE)
    canvas.setLineWidth(0.4)
    for x in xs[1:-1]:
        canvas.line(x, top - _HEADER_ROW, x, bottom)
    canvas.setStrokeColorRGB(*_NAVY)
    canvas.setLineWidth(0.8)
    canvas.rect(left, bottom, width, top - bottom, stroke=1, fill=0)


def _cell(canvas, text: str, font: str, size: float, x: float, width: float, base: float) -> None:
    """Text shrunk to fit its column (down to 7 pt), then clipped with an ellipsis."""
    room = width - 10
    fitted = _fit_size(text, font, size, 7, room)
    canvas.setFont(font, fitted)
    canvas.drawString(x + 5, base, _clip(text, font, fitted, room))


def _checkbox(canvas, cx: float, cy: float, *, ticked: bool) -> None:
    side = 11
    canvas.setStrokeColorRGB(0, 0, 0)
    canvas.setLineWidth(0.9)
    canvas.setFillColorRGB(1, 1, 1)
    canvas.rect(cx - side / 2, cy - side / 2, side, side, stroke=1, fill=1)
    if ticked:  # already in when the sheet was printed
        canvas.setStrokeColorRGB(*_GREY)
        canvas.setLineWidth(1.4)
        path = canvas.beginPath()
        path.moveTo(cx - 3.5, cy)
        path.lineTo(cx - 1, cy - 3)
        path.lineTo(cx + 4, cy + 3.5)
        canvas.drawPath(path, stroke=1, fill=0)


def _time_blank(canvas, x: float, width: float, y: float, at: datetime | None, zone) -> None:
    mid = x + width / 2
    if at is not None:
        canvas.setFillColorRGB(*_GREY)
        canvas.setFont("Helvetica-Oblique", 8.5)
        canvas.drawCentredString(mid, y + 7, at.astimezone(zone).strftime("%H:%M"))
        return
    canvas.setStrokeColorRGB(*_GREY)
    canvas.setLineWidth(0.5)
    canvas.line(x + 6, y + 5, mid - 3, y + 5)
    canvas.line(mid + 3, y + 5, x + width - 6, y + 5)
    canvas.setFillColorRGB(*_GREY)
    canvas.setFont("Helvetica", 9)
    canvas.drawCentredString(mid, y + 6, ":")


def _draw_footer(canvas) -> None:
    left, right = _MARGIN_X, 595 - _MARGIN_X
    canvas.setStrokeColorRGB(*_RULE)
    canvas.setLineWidth(0.6)
    canvas.line(left, _FOOTER_Y + 14, right, _FOOTER_Y + 14)
    canvas.setFillColorRGB(0, 0, 0)
    y = _FOOTER_Y
    for line in _wrap(INSTRUCTIONS, "Helvetica-Bold", 9, right - left):
        canvas.setFont("Helvetica-Bold", 9)
        canvas.drawString(left, y, line)
        y -= 12
    canvas.setFillColorRGB(*_GREY)
    for line in _wrap(PRIVACY, "Helvetica", 8, right - left):
        canvas.setFont("Helvetica", 8)
        canvas.drawString(left, y - 2, line)
        y -= 11


def _fit_size(text: str, font: str, size: float, smallest: float, room: float) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    while size > smallest and stringWidth(text, font, size) > room:
        size -= 0.5
    return size


def _clip(text: str, font: str, size: float, room: float) -> str:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    if stringWidth(text, font, size) <= room:
        return text
    while text and stringWidth(text + "…", font, size) > room:
        text = text[:-1]
    return text.rstrip() + "…"


def _wrap(text: str, font: str, size: float, room: float) -> list[str]:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    lines: list[str] = []
    current = ""
    for word in text.split():
        candidate = f"{current} {word}".strip()
        if current and stringWidth(candidate, font, size) > room:
            lines.append(current)
            current = word
        else:
            current = candidate
    if current:
        lines.append(current)
    return lines
