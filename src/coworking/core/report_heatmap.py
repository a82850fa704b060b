"""Heat maps of a report: a grid of cells shaded from white to black, with a key."""

from __future__ import annotations

from reportlab.graphics.shapes import Drawing, Group, Rect
from reportlab.pdfbase.pdfmetrics import stringWidth

from coworking.core.report_chart_parts import (
    FONT,
    MAX_HEIGHT,
    SIZE,
    Format,
    category_labels,
    gray,
    shorten,
    text,
    thin_step,
    value_format,
)
from coworking.core.report_model import Chart
from coworking.core.report_words import Words


def heatmap_drawing(chart: Chart, words: Words, width: float) -> Drawing:
    """A grid of cells shaded from white (0) to black (the largest value), rows = series."""
    values = [v for s in chart.series for v in s.values]
    top = max(values) if max(values) > 0 else 1.0
    fmt = value_format(words, values)
    names = [shorten(s.name, 110) for s in chart.series]
    left = max(stringWidth(name, FONT, SIZE) for name in names) + 6
    cell_w = (width - left - 2) / len(chart.categories)
    cell_h = min(15.0, max(6.0, 180 / len(names)), MAX_HEIGHT / len(names))
    labels, angle, label_h = category_labels(chart.categories, cell_w)
    y0 = SIZE * 2 + 14 + label_h
    drawing = Drawing(width, y0 + len(names) * cell_h + 2)
    row_step = thin_step(len(names), cell_h, SIZE + 1)
    for row, series in enumerate(chart.series):
        y = y0 + (len(names) - 1 - row) * cell_h
        if row % row_step == 0:
            drawing.add(text(left - 4, y + cell_h / 2 - SIZE * 0.35, names[row], "end"))
        for col, value in enumerate(series.values):
            x, level = left + col * cell_w, 1 - max(value, 0) / top
            cell = Rect(x, y, cell_w, cell_h, fillColor=gray(level), strokeColor=gray(0.78))
            cell.strokeWidth = 0.25
            drawing.add(cell)
            label = fmt(value) if value else ""
            if label and cell_h >= SIZE + 1 and stringWidth(label, FONT, SIZE - 1) <= cell_w - 2:
                ink = gray(1 if level < 0.45 else 0)
                middle = y + cell_h / 2 - (SIZE - 1) * 0.35
                drawing.add(
                    text(x + cell_w / 2, middle, label, "middle", fontSize=SIZE - 1, fillColor=ink)
                )
    for col, label in enumerate(labels):
        x = left + (col + 0.5) * cell_w
        if label and angle:
            group = Group(text(0, 0, label, "end"))
            group.translate(x + 2, y0 - 3 - SIZE * 0.7)
            group.rotate(angle)
            drawing.add(group)
        for i, line in enumerate(label.split("\n") if label and not angle else ()):
            drawing.add(text(x, y0 - (i + 1) * SIZE * 1.2 - 1, line, "middle"))
    heat_scale(drawing, chart.value_label, fmt, top, left)
    return drawing


def heat_scale(drawing: Drawing, title: str, fmt: Format, top: float, left: float) -> None:
    """The key: five shades from 0 to the largest value, after the value label."""
    x = left
    if title:
        label = shorten(title, 160) + ":"
        drawing.add(text(x, SIZE + 6, label))
        x += stringWidth(label, FONT, SIZE) + 6
    for step in range(5):
        share = step / 4
        box = Rect(x + step * 30, SIZE + 4, 28, 9, fillColor=gray(1 - share))
        box.strokeColor, box.strokeWidth = gray(0.5), 0.3
        drawing.add(box)
        drawing.add(text(x + step * 30 + 14, 1, fmt(top * share), "middle", fontSize=SIZE - 0.5))
