"""Charts of the home page: this month against the last one, and the registrations for the next
event. (People present by hour today is ``occupancy_charts.HourlyChart``.)

Plain views: they draw the numbers they are given. Each series has its own shape as well as
its colour (a thick solid line against a dashed one; a filled area), so that they read in
black and white too.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date, timedelta

from PySide6.QtCharts import (
    QAreaSeries,
    QCategoryAxis,
    QChartView,
    QLegend,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, QPointF, Qt
from PySide6.QtGui import QPen, QResizeEvent
from PySide6.QtWidgets import QWidget

from coworking.gui.occupancy_charts import (
    BLUE,
    GRID,
    LIGHT_BLUE,
    MUTED,
    new_chart,
    nice_top,
    plain_view,
    style_axis,
    value_axis,
)

MIN_WIDTH, MIN_HEIGHT = 170, 190
"""Narrower than the occupancy charts: three cards share the width of the window."""
LEGEND_HEIGHT = 30


def _tidy(view: QChartView) -> None:
    plain_view(view)
    view.setMinimumSize(MIN_WIDTH, MIN_HEIGHT)


def _set_top(axis: QValueAxis, highest: int) -> None:
    top, ticks = nice_top(highest)
    axis.setRange(0, top)
    axis.setTickCount(ticks)


class MonthChart(QChartView):
    """Visits added up day by day through the month: this month as a thick solid line that
    stops at today, the last month as a thinner dashed one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(new_chart(), parent)
        self.setObjectName("monthChart")
        _tidy(self)
        self.setMinimumHeight(MIN_HEIGHT + LEGEND_HEIGHT)
        chart = self.chart()
        chart.setMargins(QMargins(0, 4, 8, 0))
        legend = chart.legend()
        legend.setAlignment(Qt.AlignmentFlag.AlignBottom)
        legend.setLabelColor(MUTED)
        legend.setMarkerShape(QLegend.MarkerShape.MarkerShapeFromSeries)  # shows the dashes
        self.x_axis = value_axis()  # the day of the month
        self.x_axis.setTickType(QValueAxis.TickType.TicksDynamic)
        self.x_axis.setTickAnchor(1)
        self.x_axis.setTickInterval(7)
        self.x_axis.setGridLineVisible(False)
        self.y_axis = value_axis()
        for axis in (self.x_axis, self.y_axis):
            style_axis(axis)
        chart.addAxis(self.x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(self.y_axis, Qt.AlignmentFlag.AlignLeft)
        self.current = QLineSeries()
        self.current.setObjectName("thisMonth")
        self.previous = QLineSeries()
        self.previous.setObjectName("lastMonth")
        previous_pen = QPen(MUTED, 2.0, Qt.PenStyle.DashLine)
        previous_pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        self.previous.setPen(previous_pen)
        self.current.setPen(QPen(BLUE, 3.0))
        for series in (self.previous, self.current):  # this month drawn on top
            chart.addSeries(series)
            series.attachAxis(self.x_axis)
            series.attachAxis(self.y_axis)
        self.set_months("", [], "", [])

    def set_months(
        self,
        name: str,
        running: Sequence[int],
        previous_name: str,
        previous_running: Sequence[int],
    ) -> None:
        """Show two running totals (one number per day of month, from the 1st), named for the
        legend."""
        self.current.setName(name)
        self.previous.setName(previous_name)
        self.current.replace([QPointF(day, n) for day, n in enumerate(running, 1)])
        self.previous.replace([QPointF(day, n) for day, n in enumerate(previous_running, 1)])
        self.chart().legend().setVisible(bool(name or previous_name))
        days = max(len(running), len(previous_running), 28)
        self.x_axis.setRange(1, days)
        _set_top(self.y_axis, max([*running, *previous_running, 0]))

    def values(self, which: str = "current") -> list[int]:
        """The running totals one line shows, day by day (for tests and accessibility)."""
        series = self.current if which == "current" else self.previous
        return [int(point.y()) for point in series.points()]


class RegistrationChart(QChartView):
    """Registrations for an event added up day by day until the event, as a filled area. The
    axis runs to the event's first day; the area stops at today."""

    LABEL_WIDTH = 56  # room a «dd/mm» date needs under the axis

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(new_chart(), parent)
        self.setObjectName("registrationChart")
        _tidy(self)
        chart = self.chart()
        chart.setMargins(QMargins(0, 4, 18, 0))  # room for the last date under the axis
        chart.legend().hide()  # the card's heading says what is counted
        self.x_axis = QCategoryAxis()
        self.x_axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        self.x_axis.setLabelsColor(MUTED)
        self.x_axis.setGridLineColor(GRID)
        self.x_axis.setTitleVisible(False)
        self.y_axis = value_axis()
        for axis in (self.x_axis, self.y_axis):
            style_axis(axis)
        chart.addAxis(self.x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(self.y_axis, Qt.AlignmentFlag.AlignLeft)
        self.line = QLineSeries()
        self.line.setObjectName("registrations")
        self.line.setPen(QPen(BLUE, 2.4))
        self._upper = QLineSeries()  # the fill's edge; the line above draws it without the wall
        self.area = QAreaSeries(self._upper)  # down to zero where the line stops today
        self.area.setBrush(LIGHT_BLUE)
        self.area.setPen(QPen(Qt.PenStyle.NoPen))
        for series in (self.area, self.line):
            chart.addSeries(series)
            series.attachAxis(self.x_axis)
            series.attachAxis(self.y_axis)
        self.first_day: date | None = None
        self._length = 0
        self.set_running(None, None, [])

    def set_running(
        self, first_day: date | None, event_day: date | None, running: Sequence[int]
    ) -> None:
        """Show ``running`` (one total a day from ``first_day``) on an axis that ends on
        ``event_day``."""
        self.first_day = first_day
        self._length = (event_day - first_day).days if first_day and event_day else 0
        self.x_axis.setRange(0, max(self._length, 1))
        self._label_dates()
        points = [QPointF(i, n) for i, n in enumerate(running)]
        self.line.replace(points)
        self._upper.replace(points)
        _set_top(self.y_axis, max([*running, 0]))

    def _label_dates(self) -> None:
        """A date every whole number of weeks, counting back from the event, as many as the
        width holds without Qt cutting them short."""
        for label in list(self.x_axis.categoriesLabels()):
            self.x_axis.remove(label)
        if self.first_day is None:
            return
        room = max(2, int(self.chart().plotArea().width() // self.LABEL_WIDTH) + 1)
        weeks = max(1, math.ceil(self._length / (room - 1) / 7))
        for index in reversed(range(self._length, -1, -7 * weeks)):  # in order
            day = self.first_day + timedelta(days=index)
            self.x_axis.append(day.strftime("%d/%m"), index)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._label_dates()

    def values(self) -> list[int]:
        """The running totals the area shows, day by day (for tests and accessibility)."""
        return [int(point.y()) for point in self.line.points()]
