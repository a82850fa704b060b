"""Charts of a report drawn with reportlab's own graphics, printable in black and white.

Series are told apart by a gray level and a pattern (bars) or a dash and a marker (lines), never
by colour alone. Category labels are wrapped, rotated or thinned out so that they never overlap.
"""

from __future__ import annotations

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing, Rect
from reportlab.lib.attrmap import AttrMap, AttrMapValue
from reportlab.lib.validators import isBoolean, isInt
from reportlab.pdfbase.pdfmetrics import stringWidth

from coworking.core.report_chart_parts import (
    BAR_STYLES,
    BOLD,
    FONT,
    LINE_STYLES,
    MAX_BAR,
    MAX_HEIGHT,
    PLOT_HEIGHT,
    SIZE,
    Format,
    bar_swatch,
    category_labels,
    chart_marker,
    gray,
    legend,
    line_swatch,
    pattern,
    set_category_axis,
    shorten,
    text,
    thin_step,
    value_axis,
    value_format,
    value_title,
    wrap,
)
from coworking.core.report_heatmap import heatmap_drawing
from coworking.core.report_model import Chart
from coworking.core.report_words import Words


def chart_drawing(chart: Chart, words: Words, width: float) -> Drawing:
    """``chart`` as a drawing ``width`` points wide."""
    check_chart(chart)
    if not chart.categories or not chart.series:
        drawing = Drawing(width, 30)
        drawing.add(text(0, 12, words("Sin datos", "No data"), fontSize=9))
        return drawing
    if chart.kind == "heatmap":
        return heatmap_drawing(chart, words, width)
    if chart.kind == "line":
        return _line_drawing(chart, words, width)
    if chart.kind == "bar" and _wants_horizontal(chart, width):
        return _horizontal_bar_drawing(chart, words, width)
    return _vertical_bar_drawing(chart, words, width, stacked=chart.kind == "stacked")


def check_chart(chart: Chart) -> None:
    if chart.kind not in ("bar", "stacked", "line", "heatmap"):
        raise ValueError(f"Tipo de gráfico desconocido: {chart.kind}")
    for series in chart.series:
        if len(series.values) != len(chart.categories):
            raise ValueError(
                f"El gráfico «{chart.title}»: la serie «{series.name}» tiene "
                f"{len(series.values)} valores para {len(chart.categories)} categorías."
            )


# Bar charts --------------------------------------------------------------------------------


class _PatternBars:
    """Mixin for reportlab's bar charts: hatched bars and value labels only where they fit."""

    fmt: Format
    stacked: bool = False
    inside: bool = False  # stacked values written inside their segments
    styles: list[int] | None = None  # the style of each row, if not its own number

    def _style_of(self, row: int) -> tuple[float, str, float]:
        index = self.styles[row] if self.styles else row
        return BAR_STYLES[index % len(BAR_STYLES)]

    def _makeBar(self, g, x, y, width, height, rowNo, style):  # noqa: N802, N803
        super()._makeBar(g, x, y, width, height, rowNo, style)
        _, kind, level = self._style_of(rowNo)
        pattern(g, x, y, width, height, kind, level)

    def _addBarLabel(self, g, rowNo, colNo, x, y, width, height):  # noqa: N802, N803
        value = self.data[rowNo][colNo]
        if not value:
            return
        label = self.fmt(value)
        size = SIZE - 0.5
        tw = stringWidth(label, FONT, size)
        if self.stacked:  # inside the segment, on a patch of its own gray
            fill = self._style_of(rowNo)[0]
            if self.inside and abs(height) >= SIZE + 2 and tw + 3 <= width:
                cx, cy = x + width / 2, y + height / 2
                g.add(Rect(cx - tw / 2 - 1, cy - SIZE / 2, tw + 2, SIZE, fillColor=gray(fill)))
                g.contents[-1].strokeColor = None
                g.add(
                    text(
                        cx,
                        cy - size * 0.35,
                        label,
                        "middle",
                        fontSize=size,
                        fillColor=gray(1 if fill < 0.5 else 0),
                    )
                )
        elif self._flipXY:
            if abs(height) >= SIZE - 1:
                end = x + width + (2 if value > 0 else -2)
                anchor = "start" if value > 0 else "end"
                g.add(text(end, y + height / 2 - size * 0.35, label, anchor, fontSize=size))
        elif tw <= width + 2:
            end = y + height + 2 if value > 0 else y + height - size - 1
            g.add(text(x + width / 2, end, label, "middle", fontSize=size))


_EXTRA = {
    "fmt": AttrMapValue(None),
    "stacked": AttrMapValue(isBoolean),
    "inside": AttrMapValue(isBoolean),
    "styles": AttrMapValue(None),
}


class PatternVerticalBars(_PatternBars, VerticalBarChart):
    _attrMap = AttrMap(BASE=VerticalBarChart, **_EXTRA)


class PatternHorizontalBars(_PatternBars, HorizontalBarChart):
    _attrMap = AttrMap(BASE=HorizontalBarChart, **_EXTRA)


def _bars(cls, chart: Chart, words: Words, reverse: bool = False):
    """The chart's bars and data; ``reverse`` draws the series in reverse order (horizontal
    bars put the first series at the bottom of each group) keeping each series' style."""
    bars = cls()
    data = [list(s.values) for s in chart.series]
    order = list(range(len(data)))[:: -1 if reverse else 1]
    bars.data, bars.styles = [data[i] for i in order], order
    bars.fmt = value_format(words, [v for row in data for v in row])
    bars.bars.strokeWidth, bars.bars.strokeColor = 0.4, gray(0)
    for row, index in enumerate(order):
        bars.bars[row].fillColor = gray(BAR_STYLES[index % len(BAR_STYLES)][0])
    return bars, data


def _wants_horizontal(chart: Chart, width: float) -> bool:
    """Up to 25 categories whose names would need turning, thinning or three lines read
    better as horizontal bars."""
    count = len(chart.categories)
    if count > 25 or count * (len(chart.series) * 9 + 6) > MAX_HEIGHT:
        return False
    labels, angle, _ = category_labels(chart.categories, (width - 50) / count)
    return bool(angle) or any(not t or t.count("\n") >= 2 for t in labels)


def _vertical_bar_drawing(chart: Chart, words: Words, width: float, stacked: bool) -> Drawing:
    bars, data = _bars(PatternVerticalBars, chart, words)
    values = [v for row in data for v in row]
    top = max(map(sum, zip(*data, strict=True))) if stacked else max(values)
    left = value_axis(bars.valueAxis, words, values, top) + 8 + (14 if chart.value_label else 0)
    plot_width = width - left - 6
    spacing = plot_width / len(chart.categories)
    labels, angle, bottom = category_labels(chart.categories, spacing)
    names = [s.name for s in chart.series] if len(chart.series) > 1 or stacked else []
    key, key_height = legend(names, width, bar_swatch) if names else (None, 0.0)
    drawing = Drawing(width, bottom + PLOT_HEIGHT + 14 + key_height)
    bars.x, bars.y, bars.width, bars.height = left, bottom, plot_width, PLOT_HEIGHT
    set_category_axis(bars.categoryAxis, labels, angle)
    if stacked:
        bars.categoryAxis.style = "stacked"
        bars.stacked, bars.inside = True, len(chart.categories) <= 12
    groups = 1 if stacked else len(data)
    bars.groupSpacing = max(1.0, spacing * 0.25, spacing - MAX_BAR * groups)
    bars.barSpacing = 1 if groups > 1 else 0
    bars.barWidth = (spacing - bars.groupSpacing - bars.barSpacing * (groups - 1)) / groups
    drawing.add(bars)
    if stacked:
        _totals(drawing, bars, data, spacing)
    value_title(drawing, chart.value_label, 8, bottom, PLOT_HEIGHT)
    if key is not None:
        key.translate(left, bottom + PLOT_HEIGHT + 14)
        drawing.add(key)
    return drawing


def _totals(drawing: Drawing, bars, data: list[list[float]], spacing: float) -> None:
    """Each stacked bar's total above it, where there is room."""
    axis = bars.valueAxis
    scale = bars.height / (axis.valueMax - axis.valueMin)
    for index, column in enumerate(zip(*data, strict=True)):
        total = sum(column)
        label = bars.fmt(total)
        if total > 0 and stringWidth(label, BOLD, SIZE - 0.5) <= spacing:
            x = bars.x + (index + 0.5) * spacing
            y = bars.y + (total - axis.valueMin) * scale + 2
            drawing.add(text(x, y, label, "middle", fontName=BOLD, fontSize=SIZE - 0.5))


def _horizontal_bar_drawing(chart: Chart, words: Words, width: float) -> Drawing:
    bars, data = _bars(PatternHorizontalBars, chart, words, reverse=True)
    values = [v for row in data for v in row]
    value_axis(bars.valueAxis, words, values, max(values))
    wrapped = [wrap(name, 150, 2) for name in chart.categories]
    left = max(stringWidth(line, FONT, SIZE) for lines in wrapped for line in lines) + 8
    lines = max(len(w) for w in wrapped)
    group = max(len(data) * 9 + 6, lines * SIZE * 1.2 + 5)
    plot_height = len(chart.categories) * group
    names = [s.name for s in chart.series] if len(data) > 1 else []
    key, key_height = legend(names, width, bar_swatch) if names else (None, 0.0)
    bottom = SIZE + 8 + (SIZE + 6 if chart.value_label else 0)
    drawing = Drawing(width, bottom + plot_height + 6 + key_height)
    bars.x, bars.y = left, bottom
    bars.width, bars.height = width - left - 34, plot_height
    set_category_axis(bars.categoryAxis, ["\n".join(lines) for lines in wrapped], 0)
    bars.categoryAxis.labels.boxAnchor, bars.categoryAxis.labels.dx = "e", -4
    bars.categoryAxis.labels.dy, bars.categoryAxis.labels.textAnchor = 0, "end"
    bars.categoryAxis.reverseDirection = 1
    bars.valueAxis.labels.dy = -2
    bars.groupSpacing, bars.barSpacing, bars.barWidth = group - len(data) * 9, 0, 9
    drawing.add(bars)
    if chart.value_label:
        label = shorten(chart.value_label, bars.width)
        drawing.add(text(left + bars.width / 2, 2, label, "middle", fontSize=SIZE + 0.5))
    if key is not None:
        key.translate(left, bottom + plot_height + 6)
        drawing.add(key)
    return drawing


# Line charts -------------------------------------------------------------------------------


class MarkedLines(HorizontalLineChart):
    """Lines with a marker every ``every`` points, shifted per series so markers don't pile."""

    _attrMap = AttrMap(BASE=HorizontalLineChart, every=AttrMapValue(isInt))
    every: int = 1

    def draw(self):
        group = super().draw()
        count = len(self._positions)
        for row, points in enumerate(self._positions):
            level, _, kind = LINE_STYLES[row % len(LINE_STYLES)]
            start = (row * self.every) // count if self.every > 1 else 0
            for x, y in points[start :: self.every]:
                group.add(chart_marker(kind, x, y, level))
        return group


def _line_drawing(chart: Chart, words: Words, width: float) -> Drawing:
    data = [list(s.values) for s in chart.series]
    values = [v for row in data for v in row]
    lines = MarkedLines()
    left = value_axis(lines.valueAxis, words, values, max(values))
    left += 8 + (14 if chart.value_label else 0)
    plot_width = width - left - 6
    spacing = plot_width / len(chart.categories)
    labels, angle, bottom = category_labels(chart.categories, spacing)
    lines.every = thin_step(len(chart.categories), spacing, 7 * len(chart.series))
    key, key_height = legend([s.name for s in chart.series], width, line_swatch)
    drawing = Drawing(width, bottom + PLOT_HEIGHT + 10 + key_height)
    lines.x, lines.y, lines.width, lines.height = left, bottom, plot_width, PLOT_HEIGHT
    lines.data, lines.joinedLines = data, 1
    for index in range(len(data)):
        level, dash, _ = LINE_STYLES[index % len(LINE_STYLES)]
        style = lines.lines[index]
        style.strokeColor, style.strokeWidth, style.strokeDashArray = gray(level), 1.2, dash
    set_category_axis(lines.categoryAxis, labels, angle)
    drawing.add(lines)
    value_title(drawing, chart.value_label, 8, bottom, PLOT_HEIGHT)
    key.translate(left, bottom + PLOT_HEIGHT + 10)
    drawing.add(key)
    return drawing
