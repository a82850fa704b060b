"""Occupancy charts: people present by hour on one day, and visits by day over a month.

Plain views: they draw the counts they are given. Colours are paired with shapes (bars with
their counts on top; an area, a solid line and a dashed line) so that they read in black and
white too.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date

from PySide6.QtCharts import (
    QAbstractBarSeries,
    QAbstractSeries,
    QAreaSeries,
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QCategoryAxis,
    QChart,
    QChartView,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QMargins, QPointF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QFrame, QWidget

from coworking.core.occupancy import DayCount
from coworking.core.sites import DayHours

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text") calls
NAVY = QColor("#16324f")
BLUE = QColor("#1d4e89")
GREEN = QColor("#1e7b3a")
RED = QColor("#b3261e")
GRID = QColor("#e3e8ee")
MUTED = QColor("#52606d")
DEFAULT_HOURS = range(8, 18)


def nice_top(value: int) -> tuple[int, int]:
    """An axis top at or above ``value`` and its number of ticks, with whole-number steps."""
    if value <= 5:
        return 5, 6
    step = math.ceil(value / 5)
    magnitude = 10 ** int(math.log10(step))
    for factor in (1, 2, 2.5, 3, 4, 5, 6, 8, 10):
        nice = factor * magnitude
        if nice >= step and float(nice).is_integer():
            step = int(nice)
            break
    return step * 5, 6


def hour_label(hour: int) -> str:
    """The hour alone («8», «13»): short enough to fit under a bar; the axis says what it is."""
    return str(hour)


def chart_hours(hours: DayHours, counts: Sequence[int]) -> range:
    """The hours worth a bar: the opening hours, widened to any hour someone was in."""
    busy = [hour for hour, count in enumerate(counts) if count]
    if hours.opens is not None and hours.closes is not None:
        first = hours.opens.hour
        last = hours.closes.hour - (0 if hours.closes.minute else 1)
    elif busy:
        first, last = busy[0], busy[-1]
    else:
        return DEFAULT_HOURS
    if busy:
        first, last = min(first, busy[0]), max(last, busy[-1])
    return range(first, max(first, last) + 1)


def value_axis() -> QValueAxis:
    axis = QValueAxis()
    axis.setLabelFormat("%d")
    axis.setTitleVisible(False)
    axis.setGridLineColor(GRID)
    axis.setLabelsColor(MUTED)
    axis.setMinorTickCount(0)
    return axis


def new_chart() -> QChart:
    chart = QChart()
    chart.setBackgroundRoundness(0)
    chart.setMargins(QMargins(0, 4, 4, 0))
    chart.layout().setContentsMargins(0, 0, 0, 0)  # the card already has its padding
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setBackgroundBrush(QColor("#ffffff"))
    chart.setPlotAreaBackgroundVisible(False)
    return chart


def style_axis(axis: QValueAxis | QBarCategoryAxis | QCategoryAxis) -> None:
    font = QFont(axis.titleFont())
    font.setBold(False)
    font.setPointSizeF(max(7.0, font.pointSizeF() * 0.9))
    axis.setTitleFont(font)
    axis.setTitleBrush(MUTED)
    labels = QFont(axis.labelsFont())
    labels.setPointSizeF(max(7.0, labels.pointSizeF() * 0.9))
    axis.setLabelsFont(labels)


def plain_view(view: QChartView) -> None:
    """A chart that sits flat on its white card."""
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setFrameShape(QFrame.Shape.NoFrame)
    view.setStyleSheet("background: transparent;")
    view.setMinimumSize(260, 200)
    view.chart().setBackgroundVisible(False)


class HourlyChart(QChartView):
    """People present in each local hour of one day, as bars with their count on top."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(new_chart(), parent)
        self.setObjectName("hourlyChart")
        plain_view(self)
        chart = self.chart()
        chart.legend().hide()
        self.x_axis = QBarCategoryAxis()
        self.x_axis.setTitleVisible(False)  # the heading says «by hour»; room for the bars
        self.x_axis.setLabelsColor(MUTED)
        self.x_axis.setGridLineVisible(False)
        self.y_axis = value_axis()  # the heading says what is counted: people
        for axis in (self.x_axis, self.y_axis):
            style_axis(axis)
        chart.addAxis(self.x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(self.y_axis, Qt.AlignmentFlag.AlignLeft)
        self.series: QBarSeries | None = None
        self.bar_set: QBarSet | None = None
        self.day: date | None = None
        self.hours: list[int] = []
        self.set_counts(None, [0] * 24, DEFAULT_HOURS)

    def set_counts(self, day: date | None, counts: Sequence[int], hours: Sequence[int]) -> None:
        """Show ``counts`` (24 numbers, one per hour from midnight) for the ``hours`` given."""
        chart = self.chart()
        if self.series is not None:
            chart.removeSeries(self.series)
            self.series.deleteLater()
        self.day = day
        self.hours = list(hours)
        values = [counts[hour] for hour in self.hours]
        bar_set = QBarSet(translate("OccupancyCharts", "People present"))
        bar_set.append([float(v) for v in values])
        bar_set.setColor(BLUE)
        bar_set.setBorderColor(NAVY)
        bar_set.setLabelColor(NAVY)
        series = QBarSeries()
        series.append(bar_set)
        series.setBarWidth(0.7)
        series.setLabelsVisible(True)
        series.setLabelsPosition(QAbstractBarSeries.LabelsPosition.LabelsOutsideEnd)
        series.setLabelsFormat("@value")
        chart.addSeries(series)
        self.x_axis.setCategories([hour_label(hour) for hour in self.hours])
        highest = max(values, default=0)
        top, ticks = nice_top(highest + max(1, round(highest * 0.15)) if highest else 0)
        self.y_axis.setRange(0, top)
        self.y_axis.setTickCount(ticks)
        series.attachAxis(self.x_axis)
        series.attachAxis(self.y_axis)
        self.series, self.bar_set = series, bar_set

    def values(self) -> list[int]:
        """What the bars show, one per hour in ``hours`` (for tests and accessibility)."""
        if self.bar_set is None:
            return []
        return [int(self.bar_set.at(i)) for i in range(self.bar_set.count())]


LIGHT_BLUE = QColor("#cfe0f5")


def series_names() -> dict[str, str]:
    return {
        "visits": translate("OccupancyCharts", "Visits"),
        "people": translate("OccupancyCharts", "People"),
        "no_shows": translate("OccupancyCharts", "No-shows"),
    }


class DailyChart(QChartView):
    """Visits per day as a filled area, different people as a solid line on it and no-shows
    as a dashed line: three shapes, not only three colours."""

    LABEL_EVERY = 7  # a date a week, ending today

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(new_chart(), parent)
        self.setObjectName("dailyChart")
        plain_view(self)
        chart = self.chart()
        chart.setMargins(QMargins(4, 4, 18, 4))  # room for the last date under the axis
        legend = chart.legend()
        legend.setAlignment(Qt.AlignmentFlag.AlignBottom)
        legend.setLabelColor(MUTED)
        self.x_axis = QCategoryAxis()
        self.x_axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        self.x_axis.setLabelsColor(MUTED)
        self.x_axis.setGridLineColor(GRID)
        self.x_axis.setTitleVisible(False)  # dates need no title
        self.y_axis = value_axis()  # the legend says what each series counts
        for axis in (self.x_axis, self.y_axis):
            style_axis(axis)
        chart.addAxis(self.x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(self.y_axis, Qt.AlignmentFlag.AlignLeft)
        self.lines: dict[str, QLineSeries] = {}
        self._shown: list[QAbstractSeries] = []
        self.days: list[date] = []
        self.set_days([])

    def set_days(self, days: Sequence[DayCount]) -> None:
        chart = self.chart()
        for series in self._shown:
            chart.removeSeries(series)
            series.deleteLater()
        self._shown, self.lines = [], {}
        self.days = [d.day for d in days]
        for label in list(self.x_axis.categoriesLabels()):
            self.x_axis.remove(label)
        self.x_axis.setRange(0, max(len(days) - 1, 1))
        for index, day in enumerate(self.days):
            if (len(self.days) - 1 - index) % self.LABEL_EVERY == 0:
                self.x_axis.append(day.strftime("%d/%m"), index)
        names = series_names()
        for attribute in ("visits", "people", "no_shows"):
            line = QLineSeries()
            line.setName(names[attribute])
            line.append([QPointF(i, getattr(d, attribute)) for i, d in enumerate(days)])
            self.lines[attribute] = line
        area = QAreaSeries(self.lines["visits"])
        area.setName(names["visits"])
        area.setBrush(LIGHT_BLUE)
        area.setPen(QPen(BLUE, 1.2))
        people = self.lines["people"]
        people.setPen(QPen(GREEN, 2.2))
        missed = self.lines["no_shows"]
        pen = QPen(RED, 2.0, Qt.PenStyle.DashLine)
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        missed.setPen(pen)
        for series in (area, people, missed):
            chart.addSeries(series)
            series.attachAxis(self.x_axis)
            series.attachAxis(self.y_axis)
            self._shown.append(series)
        top, ticks = nice_top(max((d.visits for d in days), default=0))
        self.y_axis.setRange(0, top)
        self.y_axis.setTickCount(ticks)

    def values(self, attribute: str) -> list[int]:
        """The counts one series shows, day by day (for tests and accessibility)."""
        return [int(point.y()) for point in self.lines[attribute].points()]
