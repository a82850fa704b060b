"""Drawing one badge with reportlab: header, name that shrinks to fit, organisation or role,
a role colour band, and a Code128 barcode drawn as vector bars with its code under it.

The bars come from python-barcode's encoding (one character per module), drawn as rectangles
so that they stay sharp at any printer resolution; quiet zones of ten modules on each side.
Nothing that identifies a person beyond their name is ever drawn: no document number,
nationality or population group.
"""

from __future__ import annotations

from dataclasses import dataclass

from barcode.codex import Code128
from reportlab.lib.colors import Color, HexColor, white
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

NAME_FONT = "Helvetica-Bold"
TEXT_FONT = "Helvetica"
CODE_FONT = "Courier-Bold"
INK = HexColor("#1B2631")
HEADER = HexColor("#17324D")
QUIET_MODULES = 10
MAX_MODULE_MM = 0.42  # wider bars scan more easily; below 0.25 mm cheap scanners struggle
MIN_MODULE_MM = 0.25

BANDS: dict[str, tuple[str, Color]] = {
    "candidate": ("CANDIDATO/A", HexColor("#1E7B3A")),
    "employer_rep": ("EMPRESA", HexColor("#1F4E8C")),
    "staff": ("ORGANIZACIÓN", HexColor("#B03A2E")),
    "visitor": ("VISITANTE", HexColor("#7D3C98")),
    "member": ("MIEMBRO COWORKING", HexColor("#B9770E")),
}


@dataclass(frozen=True)
class Badge:
    """What a badge shows. ``kind`` picks the colour band (see ``BANDS``)."""

    kind: str
    header: str
    given_names: str
    family_names: str
    subtitle: str | None
    code: str

    @property
    def band(self) -> tuple[str, Color]:
        return BANDS.get(self.kind, BANDS["visitor"])


def group_code(code: str) -> str:
    """«ABCD EFGH J»: easier to read out and type when a scanner fails."""
    return " ".join(code[i : i + 4] for i in range(0, len(code), 4))


def fit_lines(
    texts: list[str], font: str, width: float, height: float, largest: float, smallest: float
) -> tuple[float, list[str]]:
    """The largest font size at which ``texts`` (each wrapped at spaces if needed) fit in the
    box, with the lines; a word longer than the box at ``smallest`` shrinks further."""
    size = largest
    while size >= smallest:
        lines = [line for text in texts if text for line in simpleSplit(text, font, size, width)]
        if len(lines) * size * 1.12 <= height and all(
            stringWidth(line, font, size) <= width for line in lines
        ):
            return size, lines
        size -= 0.5
    lines = [line for text in texts if text for line in simpleSplit(text, font, smallest, width)]
    widest = max((stringWidth(line, font, 1) for line in lines), default=1)
    size = min(smallest, width / widest, height / (max(len(lines), 1) * 1.12))
    return size, lines


def _fit_one_line(text: str, font: str, width: float, largest: float) -> float:
    return min(largest, width / max(stringWidth(text, font, 1), 0.01))


class _Code128(Code128):
    """python-barcode's Code128, starting in character set B.

    Starting in set C, a code that begins with «99» loses those digits: the encoder takes the
    value 99 right after the start character for a «switch to C» and optimises it away.
    """

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self._charset = "B"


def code128_modules(code: str) -> str:
    """The bars and spaces of ``code`` as «1» and «0» modules."""
    return _Code128(code).build()[0]


def draw_barcode(
    canvas: Canvas, code: str, x_centre: float, y: float, max_width: float, height: float
) -> float:
    """Code128 of ``code`` centred on ``x_centre`` with quiet zones; returns its width."""
    modules = code128_modules(code)
    module = min(MAX_MODULE_MM * mm, max_width / (len(modules) + 2 * QUIET_MODULES))
    module = max(module, MIN_MODULE_MM * mm)
    width = module * len(modules)
    left = x_centre - width / 2
    canvas.setFillColor(INK)
    run_start = None
    for index, bit in enumerate(modules + "0"):
        if bit == "1" and run_start is None:
            run_start = index
        elif bit != "1" and run_start is not None:
            canvas.rect(
                left + run_start * module, y, (index - run_start) * module, height, stroke=0, fill=1
            )
            run_start = None
    return width


def draw_badge(
    canvas: Canvas, badge: Badge, x: float, y: float, width: float, height: float
) -> None:
    """One badge with its lower-left corner at (x, y)."""
    pad = max(2.2 * mm, width * 0.04)
    inner = width - 2 * pad
    header_h = height * 0.15
    band_h = height * 0.12
    band_label, band_colour = badge.band

    canvas.saveState()
    canvas.setFillColor(white)
    canvas.rect(x, y, width, height, stroke=0, fill=1)
    # header: event or site
    canvas.setFillColor(HEADER)
    canvas.rect(x, y + height - header_h, width, header_h, stroke=0, fill=1)
    size = _fit_one_line(badge.header, NAME_FONT, inner, header_h * 0.5)
    canvas.setFillColor(white)
    canvas.setFont(NAME_FONT, size)
    canvas.drawCentredString(x + width / 2, y + height - header_h / 2 - size * 0.35, badge.header)
    # role band at the bottom
    canvas.setFillColor(band_colour)
    canvas.rect(x, y, width, band_h, stroke=0, fill=1)
    size = _fit_one_line(band_label, NAME_FONT, inner, band_h * 0.6)
    canvas.setFillColor(white)
    canvas.setFont(NAME_FONT, size)
    canvas.drawCentredString(x + width / 2, y + band_h / 2 - size * 0.35, band_label)

    # barcode and its code, above the band
    code_size = max(6.0, height * 0.055)
    code_y = y + band_h + pad * 0.6
    bar_h = height * 0.17
    bar_y = code_y + code_size * 1.1
    draw_barcode(canvas, badge.code, x + width / 2, bar_y, width - 2 * pad * 0.5, bar_h)
    canvas.setFillColor(INK)
    canvas.setFont(CODE_FONT, code_size)
    canvas.drawCentredString(x + width / 2, code_y, group_code(badge.code))

    # name and organisation between the header and the barcode
    top = y + height - header_h - pad * 0.8
    bottom = bar_y + bar_h + pad * 0.6
    subtitle_size = 0.0
    if badge.subtitle:
        subtitle_size = _fit_one_line(badge.subtitle, TEXT_FONT, inner, height * 0.07)
        canvas.setFont(TEXT_FONT, subtitle_size)
        canvas.setFillColor(INK)
        canvas.drawCentredString(x + width / 2, bottom, badge.subtitle)
        bottom += subtitle_size * 1.5
    size, lines = fit_lines(
        [badge.given_names.strip(), badge.family_names.strip()],
        NAME_FONT,
        inner,
        top - bottom,
        height * 0.15,
        7,
    )
    block = len(lines) * size * 1.12
    line_y = bottom + (top - bottom + block) / 2 - size * 0.9
    canvas.setFont(NAME_FONT, size)
    canvas.setFillColor(INK)
    for line in lines:
        canvas.drawCentredString(x + width / 2, line_y, line)
        line_y -= size * 1.12
    canvas.restoreState()


def draw_cut_marks(canvas: Canvas, x: float, y: float, width: float, height: float) -> None:
    """Short marks just outside each corner, clear of a neighbour 6 mm away."""
    near, far = 1 * mm, 2.5 * mm
    canvas.saveState()
    canvas.setStrokeColor(HexColor("#808080"))
    canvas.setLineWidth(0.3)
    for cx, sx in ((x, -1), (x + width, 1)):
        for cy, sy in ((y, -1), (y + height, 1)):
            canvas.line(cx + sx * near, cy, cx + sx * far, cy)
            canvas.line(cx, cy + sy * near, cx, cy + sy * far)
    canvas.restoreState()
