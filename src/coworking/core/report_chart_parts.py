"""The pieces every report chart is built from: type, gray levels, patterns and markers for
black-and-white printing, number formats and scales, and labels fitted so that they never overlap.
"""

import math
from collections.abc import Callable, Sequence

from reportlab.graphics.shapes import Drawing, Group, Line, Rect, String
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.lib.colors import Color
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth

from coworking.core.report_words import Words

FONT = "Helvetica"
BOLD = "Helvetica-Bold"
SIZE = 7.0
PLOT_HEIGHT = 165.0
MAX_BAR = 46.0
MAX_HEIGHT = 480.0  # the tallest plot area, to leave room for a title on an A4 page
Format = Callable[[float], str]

# Bars: fill gray (0 black, 1 white), hatching, gray of the hatching lines.
BAR_STYLES: tuple[tuple[float, str, float], ...] = (
    (0.30, "", 0.0),
    (0.86, "diag", 0.15),
    (1.00, "cross", 0.30),
    (0.58, "horiz", 1.0),
    (0.95, "vert", 0.20),
    (0.45, "back", 1.0),
    (0.08, "cross", 1.0),
    (0.72, "diag", 1.0),
)
# Lines: stroke gray, dash pattern, marker.
LINE_STYLES: tuple[tuple[float, tuple[float, ...] | None, str], ...] = (
    (0.0, None, "FilledCircle"),
    (0.35, (5, 2.5), "FilledSquare"),
    (0.0, (1.2, 2), "FilledTriangle"),
    (0.50, (7, 2, 1.5, 2), "FilledDiamond"),
    (0.20, (2.5, 2.5), "Cross"),
    (0.60, None, "Circle"),
)
NICE_STEPS = (1, 2, 4, 8, 12, 24, 48, 96, 192, 384)


def gray(level: float) -> Color:
    return Color(level, level, level)


def text(x: float, y: float, value: str, anchor: str = "start", **style) -> String:
    """A string in the charts' type (``fontSize``, ``fontName``, ``fillColor`` may be given)."""
    style = {"fontName": FONT, "fontSize": SIZE, **style}
    return String(x, y, value, textAnchor=anchor, **style)


# Numbers and scales ------------------------------------------------------------------------


def value_format(words: Words, values: Sequence[float]) -> Format:
    """Whole numbers without decimals, otherwise one decimal, in the report's language."""
    decimals = 0 if all(float(v).is_integer() for v in values) else 1
    return lambda v: words.number(v, decimals)


def nice_step(span: float, integral: bool) -> float:
    """A round step giving about five gridlines over ``span`` (whole if ``integral``)."""
    raw = (span if span > 0 else 1.0) / 5
    power = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 2.5, 5):
        step = factor * power
        if step >= raw * 0.999 and (not integral or float(step).is_integer()):
            return step
    return 10 * power


def value_axis(axis, words: Words, values: list[float], top: float) -> float:
    """Set a value axis from 0 (or below, for negative values) to a round maximum; the width
    of its widest tick label."""
    bottom = min(0.0, *values)
    step = nice_step(top - bottom, all(float(v).is_integer() for v in values))
    minimum = math.floor(bottom / step + 1e-9) * step
    maximum = max(step, math.ceil(top / step - 1e-9) * step)
    decimals = next((d for d in range(4) if abs(round(step, d) - step) < 1e-9), 3)
    axis.valueMin, axis.valueMax, axis.valueStep = minimum, maximum, step
    axis.labelTextFormat = lambda v: words.number(v, decimals)
    axis.labels.fontName, axis.labels.fontSize = FONT, SIZE
    axis.strokeWidth = 0.5
    axis.visibleGrid, axis.gridStrokeColor, axis.gridStrokeWidth = 1, gray(0.82), 0.3
    ticks = (minimum + i * step for i in range(int(round((maximum - minimum) / step)) + 1))
    return max(stringWidth(words.number(v, decimals), FONT, SIZE) for v in ticks)


# Text fitting ------------------------------------------------------------------------------


def shorten(value: str, width: float, font: str = FONT, size: float = SIZE) -> str:
    """``value`` cut with an ellipsis to fit ``width``."""
    if stringWidth(value, font, size) <= width:
        return value
    while value and stringWidth(value + "…", font, size) > width:
        value = value[:-1]
    return value.rstrip() + "…"


def wrap(value: str, width: float, lines: int) -> list[str]:
    """``value`` in at most ``lines`` lines of ``width``; the last one shortened if needed."""
    parts = simpleSplit(value, FONT, SIZE, width) or [""]
    if len(parts) > lines:
        parts = parts[: lines - 1] + [" ".join(parts[lines - 1 :])]
    return [shorten(part, width) for part in parts]


def thin_step(count: int, spacing: float, needed: float) -> int:
    """Every how many categories a label fits, from a list of round steps."""
    least = math.ceil(needed / spacing) if spacing > 0 else count
    return next((s for s in NICE_STEPS if s >= least), max(count, 1))


def category_labels(labels: Sequence[str], spacing: float) -> tuple[list[str], int, float]:
    """Labels for categories ``spacing`` apart: (texts, angle, height they take below the axis).

    Whole labels if they fit, wrapped on up to three lines if few, otherwise thinned out:
    level if that keeps at least half of what rotated labels would show, else at 45°.
    """
    widths = [stringWidth(label, FONT, SIZE) for label in labels]
    if max(widths) + 4 <= spacing:
        return list(labels), 0, SIZE + 6
    if len(labels) <= 12:
        wrapped = [simpleSplit(label, FONT, SIZE, spacing - 4) for label in labels]
        fits = all(stringWidth(line, FONT, SIZE) <= spacing - 3 for w in wrapped for line in w)
        if fits and all(len(w) <= 3 for w in wrapped):
            lines = max(len(w) for w in wrapped)
            return ["\n".join(w) for w in wrapped], 0, lines * SIZE * 1.2 + 6
    level = thin_step(len(labels), spacing, max(widths) + 8)
    rotated = thin_step(len(labels), spacing, SIZE * 1.6)
    if level <= 2 * rotated:
        return [t if i % level == 0 else "" for i, t in enumerate(labels)], 0, SIZE + 6
    short = [shorten(t, 70) if i % rotated == 0 else "" for i, t in enumerate(labels)]
    longest = max(stringWidth(t, FONT, SIZE) for t in short)
    return short, 45, longest * 0.72 + SIZE + 6


def set_category_axis(axis, labels: list[str], angle: int) -> None:
    axis.categoryNames = labels
    axis.labels.fontName, axis.labels.fontSize = FONT, SIZE
    axis.labels.leading = SIZE * 1.2
    axis.strokeWidth = 0.5
    axis.visibleTicks = 0
    axis.labelAxisMode = "low"  # under the plot, even when values go below zero
    if angle:
        axis.labels.angle, axis.labels.boxAnchor = angle, "ne"
        axis.labels.dx, axis.labels.dy = 2, -3
    else:
        axis.labels.boxAnchor, axis.labels.dy = "n", -3
        axis.labels.textAnchor = "middle"


def value_title(drawing: Drawing, title: str, x: float, y: float, height: float) -> None:
    """The value axis title, turned upright along the left edge."""
    if title:
        group = Group(text(0, 0, shorten(title, height), "middle", fontSize=SIZE + 0.5))
        group.translate(x, y + height / 2)
        group.rotate(90)
        drawing.add(group)


# Patterns and legends ----------------------------------------------------------------------


def pattern(group: Group, x: float, y: float, w: float, h: float, kind: str, level: float) -> None:
    """Hatch the rectangle with lines ``kind`` (diag, back, cross, horiz, vert)."""
    x0, x1 = sorted((x, x + w))
    y0, y1 = sorted((y, y + h))
    gap = 3.2
    segments: list[tuple[float, float, float, float]] = []
    if kind == "horiz":
        segments += [(x0, v, x1, v) for v in _steps(y0 + gap / 2, y1, gap)]
    if kind == "vert":
        segments += [(v, y0, v, y1) for v in _steps(x0 + gap / 2, x1, gap)]
    if kind in ("diag", "cross"):  # lines x - y = c
        for c in _steps(x0 - y1 + gap / 2, x1 - y0, gap * 1.4):
            a, b = max(x0, y0 + c), min(x1, y1 + c)
            if b > a:
                segments.append((a, a - c, b, b - c))
    if kind in ("back", "cross"):  # lines x + y = c
        for c in _steps(x0 + y0 + gap / 2, x1 + y1, gap * 1.4):
            a, b = max(x0, c - y1), min(x1, c - y0)
            if b > a:
                segments.append((a, c - a, b, c - b))
    for ax, ay, bx, by in segments:
        group.add(Line(ax, ay, bx, by, strokeColor=gray(level), strokeWidth=0.45))


def _steps(start: float, stop: float, step: float) -> list[float]:
    return [start + i * step for i in range(max(0, math.ceil((stop - start) / step)))]


def bar_swatch(group: Group, x: float, y: float, w: float, h: float, index: int) -> None:
    fill, kind, level = BAR_STYLES[index % len(BAR_STYLES)]
    group.add(Rect(x, y, w, h, fillColor=gray(fill), strokeColor=gray(0), strokeWidth=0.4))
    pattern(group, x, y, w, h, kind, level)


def line_swatch(group: Group, x: float, y: float, w: float, h: float, index: int) -> None:
    level, dash, marker = LINE_STYLES[index % len(LINE_STYLES)]
    middle = y + h / 2
    group.add(Line(x, middle, x + w, middle, strokeColor=gray(level), strokeWidth=1.2))
    group.contents[-1].strokeDashArray = dash
    group.add(chart_marker(marker, x + w / 2, middle, level))


def chart_marker(kind: str, x: float, y: float, level: float):
    mark = makeMarker(kind, x=x, y=y, size=4.2)
    mark.fillColor, mark.strokeColor, mark.strokeWidth = gray(level), gray(level), 0.6
    if kind == "Circle":
        mark.fillColor = gray(1)
    return mark


def legend(names: Sequence[str], width: float, swatch) -> tuple[Group, float]:
    """Swatches with names flowing left to right, wrapping; the group and its height."""
    group, x, row, line = Group(), 0.0, 0, SIZE + 6
    for index, name in enumerate(names):
        label = shorten(name, min(170, width - 22))
        item = 22 + stringWidth(label, FONT, SIZE) + 12
        if x and x + item > width:
            x, row = 0.0, row + 1
        swatch(group, x, -row * line, 16, 7, index)
        group.add(text(x + 20, 0.8 - row * line, label))
        x += item
    height = (row + 1) * line
    group.translate(0, height - line + 2)
    return group, height + 4
