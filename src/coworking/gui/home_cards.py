"""The cards of the home page: a figure with its caption, today's co-working, this month
against the last one, and the next event. Each card draws the figures it is given."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from coworking.core.dashboard import MonthComparison, NextEvent, Today, cumulative
from coworking.core.localtime import local_zone
from coworking.db.enums import RegistrationRole
from coworking.gui import icons
from coworking.gui.home_charts import MIN_HEIGHT, MIN_WIDTH, MonthChart, RegistrationChart
from coworking.gui.occupancy_charts import HourlyChart, chart_hours
from coworking.gui.pages.common import card

FIGURE_STYLE = "font-size: 17pt; font-weight: 600; color: #1d4e89;"
MAIN_ROLES = (RegistrationRole.CANDIDATE, RegistrationRole.EMPLOYER_REP)
NAMES_SHOWN = 3
"""Who is in: this many names, then «and N more»."""


def number(value: int) -> str:
    return QLocale().toString(value)


def long_date(day: date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat)


def month_name(day: date) -> str:
    """«Octubre»: the month alone, capitalised for a legend or the start of a caption."""
    name = QLocale().standaloneMonthName(day.month, QLocale.FormatType.LongFormat)
    return name[:1].upper() + name[1:]


def hour_minute(moment: datetime) -> str:
    return moment.astimezone(local_zone()).strftime("%H:%M")


def _parts(parts: Iterable[str]) -> str:
    """«118 candidatos · 30 representantes»: a long line wraps between the parts only."""
    return " · ".join(part.replace(" ", "\u00a0") for part in parts)


def _label(text: str, parent: QWidget, role: str | None = None, name: str = "") -> QLabel:
    label = QLabel(text, parent)
    if role:
        label.setProperty("role", role)
    if name:
        label.setObjectName(name)
    return label


class Metric(QWidget):
    """A figure and its caption inside a small card."""

    def __init__(self, icon_name: str, caption: str, parent: QWidget) -> None:
        super().__init__(parent)
        box = card(self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(box)
        layout = QHBoxLayout(box)
        layout.setContentsMargins(16, 10, 14, 10)
        layout.setSpacing(12)
        symbol = QLabel(box)
        symbol.setPixmap(icons.pixmap(icon_name, 28, ratio=self.devicePixelRatioF()))
        texts = QVBoxLayout()
        texts.setSpacing(0)
        self.value = _label("—", box, "metric")
        self.caption = _label(caption, box, "subtitle")
        self.caption.setWordWrap(True)
        texts.addWidget(self.value)
        texts.addWidget(self.caption)
        layout.addWidget(symbol, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addLayout(texts, 1)

    def set_value(self, value: int) -> None:
        self.value.setText(number(value))


class Stat(QWidget):
    """A figure above its caption, inside one of the big cards."""

    def __init__(self, name: str, parent: QWidget) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.value = _label("—", self, name=name)
        self.value.setStyleSheet(FIGURE_STYLE)
        self.caption = _label("", self, "subtitle")
        self.caption.setWordWrap(True)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)
        layout.addStretch(1)

    def set_figure(self, value: str, caption: str) -> None:
        self.value.setText(value)
        self.caption.setText(caption)


class _Card(QFrame):
    """A white card: a heading with a note on its right, a row of figures, a chart and a
    line under it."""

    def __init__(self, stats: list[str], parent: QWidget) -> None:
        super().__init__(parent)
        self.setProperty("card", True)
        self.box = QVBoxLayout(self)
        self.box.setContentsMargins(16, 12, 12, 10)
        self.box.setSpacing(8)
        top = QHBoxLayout()
        self.heading = _label("", self, "heading")
        self.heading.setWordWrap(True)
        self.note = _label("", self, "subtitle")
        top.addWidget(self.heading, 1)
        top.addWidget(self.note, 0, Qt.AlignmentFlag.AlignTop)
        self.box.addLayout(top)
        self.stats = {name: Stat(name, self) for name in stats}
        if stats:
            row = QHBoxLayout()
            row.setSpacing(10)
            for stat in self.stats.values():
                row.addWidget(stat, 1)
            self.box.addLayout(row)

    def _footer(self, name: str) -> QLabel:
        label = _label("", self, "subtitle", name)
        label.setWordWrap(True)
        return label


class TodayCard(_Card):
    """Who is in now, different people and bookings today, and people present by hour."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(["insideNow", "peopleToday", "bookingsToday"], parent)
        self.heading.setText(self.tr("Today at the co-working"))
        self.chart = HourlyChart(self)
        self.chart.setAccessibleName(self.tr("People present by hour today"))
        self.chart.setMinimumSize(MIN_WIDTH, MIN_HEIGHT)
        self.chart.y_axis.setVisible(False)  # each bar carries its count: room for the hours
        self.box.addWidget(self.chart, 1)
        self.inside = self._footer("insideNames")
        self.box.addWidget(self.inside)

    def show_figures(self, today: Today | None) -> None:
        if today is None:
            for stat in self.stats.values():
                stat.set_figure("—", "")
            self.inside.setText(self.tr("No co-working space is set up yet."))
            return
        self.stats["insideNow"].set_figure(number(len(today.inside)), self.tr("in now"))
        self.stats["peopleToday"].set_figure(
            number(today.people), self.tr("person(s) today", "", today.people)
        )
        self.stats["bookingsToday"].set_figure(
            number(today.bookings), self.tr("booking(s) today", "", today.bookings)
        )
        self.note.setText(self._hours_text(today))
        self.chart.set_counts(today.day, today.by_hour, chart_hours(today.hours, today.by_hour))
        self.inside.setText(self._inside_text(today))

    def _hours_text(self, today: Today) -> str:
        hours = today.hours
        if hours.opens is None or hours.closes is None:
            return self.tr("Closed today")
        return f"{hours.opens.strftime('%H:%M')}–{hours.closes.strftime('%H:%M')}"

    def _inside_text(self, today: Today) -> str:
        if not today.inside:
            return self.tr("Nobody is checked in now.")
        shown = [f"{p.person_name} ({hour_minute(p.since)})" for p in today.inside[:NAMES_SHOWN]]
        text = self.tr("In now: %1").replace("%1", ", ".join(shown))
        rest = len(today.inside) - NAMES_SHOWN
        if rest > 0:
            text += " " + self.tr("and %1 more").replace("%1", number(rest))
        return text


class MonthCard(_Card):
    """This month's visits against the same days of the last month."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(["thisMonth", "lastMonth", "change"], parent)
        self.heading.setText(self.tr("Visits this month"))
        self.chart = MonthChart(self)
        self.chart.setAccessibleName(self.tr("Visits added up day by day, this month and the last"))
        self.box.addWidget(self.chart, 1)
        self.whole = self._footer("lastMonthWhole")
        self.box.addWidget(self.whole)

    def show_figures(self, month: MonthComparison | None) -> None:
        if month is None:
            for stat in self.stats.values():
                stat.set_figure("—", "")
            return
        this_name, last_name = month_name(month.first), month_name(month.previous_first)
        days = len(month.visits)
        self.note.setText(
            self.tr("day 1") if days == 1 else self.tr("days 1–%1").replace("%1", str(days))
        )
        self.stats["thisMonth"].set_figure(number(month.total), this_name)
        self.stats["lastMonth"].set_figure(number(month.previous_same_days), last_name)
        self.stats["change"].set_figure(self.percent_text(month.change_percent), self.tr("change"))
        self.chart.set_months(
            this_name, cumulative(month.visits), last_name, cumulative(month.previous_visits)
        )
        self.whole.setText(
            self.tr("All of %1: %Ln visit(s)", "", month.previous_total).replace("%1", last_name)
        )

    def percent_text(self, change: float | None) -> str:
        """«+8 %», «−12 %», «0 %»; «—» when the last month had no visits to compare with."""
        if change is None:
            return "—"
        rounded = round(change)
        sign = "+" if rounded > 0 else "\u2212" if rounded < 0 else ""
        return sign + self.tr("%1%").replace("%1", number(abs(rounded)))


class EventCard(_Card):
    """The next event: when, how full, who registered, and registrations day by day."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__([], parent)
        self.heading.setText(self.tr("Next event"))
        self.name = _label("", self, name="eventName")
        self.name.setWordWrap(True)
        self.name.setStyleSheet("font-weight: 600;")
        self.when = _label("", self, "subtitle", "eventWhen")
        self.when.setWordWrap(True)
        self.filled = _label("", self, name="eventFilled")
        self.filled.setWordWrap(True)
        self.bar = QProgressBar(self)
        self.bar.setObjectName("eventCapacity")
        self.bar.setTextVisible(False)
        self.bar.setFixedHeight(8)
        self.roles = _label("", self, name="eventRoles")
        self.roles.setWordWrap(True)
        self.came = _label("", self, name="eventCameIn")
        self.came.setWordWrap(True)
        for widget in (self.name, self.when, self.filled, self.bar, self.roles, self.came):
            self.box.addWidget(widget)
        self.chart = RegistrationChart(self)
        self.chart.setAccessibleName(self.tr("Registrations added up day by day until the event"))
        self.box.addWidget(self.chart, 1)
        self.empty = self._footer("noEvent")
        self.empty.setText(self.tr("No job fair or workshop is coming up."))
        self.box.insertWidget(1, self.empty)  # under the heading
        self.box.addStretch(0)  # takes the chart's room when there is no event
        for widget in (self.name, self.when, self.filled, self.bar, self.roles, self.came):
            widget.hide()  # until the figures arrive: nothing, rather than «no event»
        self.chart.hide()
        self.empty.hide()
        self.box.setStretch(self.box.count() - 1, 1)

    def role_count(self, role: RegistrationRole, count: int) -> str:
        """«1 visitante», «3 candidatos»: the count of one role, in its plural form."""
        if role == RegistrationRole.CANDIDATE:
            return self.tr("%Ln candidate(s)", "", count)
        if role == RegistrationRole.EMPLOYER_REP:
            return self.tr("%Ln representative(s)", "", count)
        if role == RegistrationRole.VISITOR:
            return self.tr("%Ln visitor(s)", "", count)
        return self.tr("%Ln staff member(s)", "", count)

    def show_figures(self, event: NextEvent | None, today: date) -> None:
        for widget in (self.name, self.when, self.filled, self.bar, self.roles, self.chart):
            widget.setVisible(event is not None)
        self.empty.setVisible(event is None)
        self.box.setStretch(self.box.count() - 1, 1 if event is None else 0)
        if event is None:
            self.heading.setText(self.tr("Next event"))
            self.note.clear()
            self.came.hide()
            return
        going_on = event.starts_on <= today
        self.heading.setText(self.tr("Event going on") if going_on else self.tr("Next event"))
        self.note.setText(self.tr("Registrations"))
        self.name.setText(event.name)
        self.when.setText(self._when_text(event, today))
        self.filled.setText(self._filled_text(event))
        self.bar.setVisible(bool(event.capacity))
        self.bar.setRange(0, max(event.capacity or 1, event.registered, 1))
        self.bar.setValue(event.registered)
        # candidates and representatives always; the others once someone is registered
        shown = [r for r in event.roles if r.registered or r.role in MAIN_ROLES]
        self.roles.setText(_parts(self.role_count(r.role, r.registered) for r in shown))
        self.came.setVisible(going_on)
        self.came.setText(
            self.tr("Came in: %1").replace(
                "%1", _parts(self.role_count(r.role, r.checked_in) for r in shown)
            )
        )
        self.chart.set_running(event.first_day, event.starts_on, event.running_total)

    def _when_text(self, event: NextEvent, today: date) -> str:
        when = long_date(event.starts_on)
        if event.ends_on != event.starts_on:
            when = self.tr("%1 to %2").replace("%1", when).replace("%2", long_date(event.ends_on))
        days = (event.starts_on - today).days
        if days <= 0:
            soon = self.tr("today")
        elif days == 1:
            soon = self.tr("tomorrow")
        else:
            soon = self.tr("in %Ln day(s)", "", days)
        return f"{when} · {soon}"

    def _filled_text(self, event: NextEvent) -> str:
        if event.capacity:
            text = self.tr("%1 of %Ln place(s) taken", "", event.capacity).replace(
                "%1", number(event.registered)
            )
        else:
            text = self.tr("%Ln registered", "", event.registered)
        if event.employers:
            text += " · " + self.tr("%Ln employer(s)", "", event.employers)
        return text
