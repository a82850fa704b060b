"""The co-working occupancy tab: the live board, who is in, repeated no-shows and two charts.

Everything is read on a worker thread (``coworking.gui.tasks``) and shown when it arrives, so
the window never waits for the database. The board, the lists and today's chart reload every
30 seconds while the tab is visible; the 30-day chart reloads on Refresh (F5) and when the
date changes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from coworking.core import occupancy, visits
from coworking.core.localtime import local_zone
from coworking.core.occupancy import CLOSED, FREE, RESERVED, DayCount, Inside, ResourceNow
from coworking.core.sites import DayHours, days_hours, get_site
from coworking.core.visits import NoShowRow
from coworking.db.base import utcnow
from coworking.db.database import Database
from coworking.db.enums import ResourceKind
from coworking.db.models import StaffUser
from coworking.gui import tasks
from coworking.gui.occupancy_board import OccupancyBoard, PeopleList
from coworking.gui.occupancy_charts import DailyChart, HourlyChart, chart_hours
from coworking.gui.pages.common import card

REFRESH_MS = 30_000
DAYS_SHOWN = 30
NO_DATA = "—"
SIDE_WIDTH = 290


# --- reading (worker thread: no widgets) ---------------------------------------------------


@dataclass(frozen=True)
class LiveData:
    now: datetime
    today: DayHours
    board: list[ResourceNow]
    inside: list[Inside]
    no_shows: list[NoShowRow]
    alert_count: int


@dataclass(frozen=True)
class HourData:
    day: date
    counts: list[int]
    hours: DayHours


@dataclass(frozen=True)
class Loaded:
    live: LiveData | None = None
    hourly: HourData | None = None
    daily: list[DayCount] | None = None


def local_date(moment: datetime) -> date:
    return moment.astimezone(local_zone()).date()


def load(
    database: Database,
    site_id: int,
    now: datetime,
    *,
    live: bool,
    hourly_day: date | None,
    daily: bool,
) -> Loaded:
    """Read what the tab shows, in one read-only session."""
    today = local_date(now)
    with database.sessions() as session:
        live_data = hour_data = days = None
        if live:
            live_data = LiveData(
                now,
                days_hours(session, site_id, today)[0],
                occupancy.board(session, site_id, now),
                occupancy.who_is_in(session, site_id),
                visits.repeated_no_shows(session, site_id, now),
                get_site(session, site_id).no_show_alert_count,
            )
        if hourly_day is not None:
            counts = occupancy.present_by_hour(session, site_id, hourly_day, hourly_day, now=now)
            hour_data = HourData(
                hourly_day, counts[hourly_day], days_hours(session, site_id, hourly_day)[0]
            )
        if daily:
            days = occupancy.by_day(session, site_id, today - timedelta(days=DAYS_SHOWN - 1), today)
    return Loaded(live_data, hour_data, days)


def _hm(moment: datetime | None) -> str:
    return moment.astimezone(local_zone()).strftime("%H:%M") if moment else NO_DATA


# --- the tab -------------------------------------------------------------------------------


def _heading(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setProperty("role", "heading")
    return label


def _note(text: str, parent: QWidget, name: str) -> QLabel:
    label = QLabel(text, parent)
    label.setObjectName(name)
    label.setProperty("role", "subtitle")
    label.setWordWrap(True)
    return label


class OccupancyTab(QWidget):
    """How full the space is now, who is in, and how full it was by hour and by day."""

    loaded = Signal()
    """Emitted each time fresh data has been shown."""

    def __init__(
        self,
        database: Database,
        user: StaffUser,
        site_id: int,
        parent: QWidget | None = None,
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("occupancyTab")
        self._database, self._user, self.site_id = database, user, site_id
        self._clock = clock
        self._serials = {"live": 0, "hourly": 0, "daily": 0}
        self.loading = 0
        self.live: LiveData | None = None
        self._live_at: datetime | None = None
        self._today = local_date(clock())

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(10)
        layout.addLayout(self._build_header())
        self.error_label = QLabel(self)
        self.error_label.setObjectName("loadError")
        self.error_label.setProperty("role", "error")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        layout.addWidget(self.error_label)

        # two rows, the lists in a right-hand column of one width: the board beside who is
        # in, the charts beside the no-shows
        rows = QSplitter(Qt.Orientation.Vertical, self)
        rows.setObjectName("occupancyRows")
        rows.setChildrenCollapsible(False)
        now_row = self._row(rows, self._build_board_card(rows), self._build_inside_card(rows))
        chart_row = self._row(rows, self._build_charts(rows), self._build_no_show_card(rows))
        rows.addWidget(now_row)
        rows.addWidget(chart_row)
        rows.setStretchFactor(0, 3)
        rows.setStretchFactor(1, 2)
        rows.setSizes([430, 290])
        layout.addWidget(rows, 1)

        self.refresh_timer = QTimer(self)
        self.refresh_timer.setObjectName("refreshTimer")
        self.refresh_timer.setInterval(REFRESH_MS)
        self.refresh_timer.timeout.connect(self._tick)
        self.refresh()

    # -- building ------------------------------------------------------------------------------

    def _build_header(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(12)
        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("occupancySummary")
        self.summary_label.setProperty("role", "heading")
        self.summary_label.setWordWrap(True)
        self.hours_label = QLabel(self)
        self.hours_label.setObjectName("openingHours")
        self.hours_label.setProperty("role", "subtitle")
        self.updated_label = QLabel(self)
        self.updated_label.setObjectName("updatedAt")
        self.updated_label.setProperty("role", "subtitle")
        self.refresh_button = QPushButton(self.tr("Refresh (F5)"), self)
        self.refresh_button.setObjectName("refreshButton")
        self.refresh_button.setShortcut(QKeySequence(Qt.Key.Key_F5))
        self.refresh_button.setToolTip(self.tr("Reload the board, the lists and the charts now"))
        self.refresh_button.clicked.connect(self.refresh)
        row.addWidget(self.summary_label, 1)
        row.addWidget(self.hours_label)
        row.addWidget(self.updated_label)
        row.addWidget(self.refresh_button)
        return row

    def _build_board_card(self, parent: QWidget) -> QWidget:
        box = card(parent)
        inner = QVBoxLayout(box)
        inner.setContentsMargins(14, 10, 10, 10)
        inner.setSpacing(6)
        inner.addWidget(_heading(self.tr("Desks and rooms now"), box))
        self.board = OccupancyBoard(box)
        inner.addWidget(self.board, 1)
        return box

    def _build_charts(self, parent: QWidget) -> QWidget:
        holder = QWidget(parent)
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(10)

        hourly = card(holder)
        inner = QVBoxLayout(hourly)
        inner.setContentsMargins(14, 10, 8, 6)
        top = QHBoxLayout()
        heading = _heading(self.tr("People by hour"), hourly)
        heading.setWordWrap(True)  # narrow windows: two lines rather than a squeezed chart
        top.addWidget(heading, 1)
        self.day_edit = QDateEdit(hourly)  # no label: the heading says what it chooses
        self.day_edit.setObjectName("chartDay")
        self.day_edit.setCalendarPopup(True)
        self.day_edit.setDisplayFormat("dd/MM/yyyy")
        self.day_edit.setAccessibleName(self.tr("Day of the hourly chart"))
        self.day_edit.setToolTip(self.tr("Day of the hourly chart"))
        self._set_day_range(self._today)
        self.day_edit.setDate(QDate(self._today.year, self._today.month, self._today.day))
        self.day_edit.dateChanged.connect(self._day_changed)
        top.addWidget(self.day_edit)
        inner.addLayout(top)
        self.hourly_chart = HourlyChart(hourly)
        self.hourly_chart.setAccessibleName(self.tr("People present by hour"))
        inner.addWidget(self.hourly_chart, 1)
        row.addWidget(hourly, 1)

        daily = card(holder)
        inner = QVBoxLayout(daily)
        inner.setContentsMargins(14, 10, 8, 6)
        top = QHBoxLayout()
        top.addWidget(_heading(self.tr("Last 30 days"), daily))
        top.addStretch(1)
        inner.addLayout(top)
        self.daily_chart = DailyChart(daily)
        self.daily_chart.setAccessibleName(
            self.tr("Visits, people and no-shows by day, last 30 days")
        )
        inner.addWidget(self.daily_chart, 1)
        row.addWidget(daily, 1)
        return holder

    @staticmethod
    def _row(parent: QWidget, main: QWidget, side: QWidget) -> QWidget:
        row = QWidget(parent)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(main, 1)
        side.setFixedWidth(SIDE_WIDTH)
        layout.addWidget(side)
        return row

    def _build_inside_card(self, parent: QWidget) -> QWidget:
        inside = card(parent)
        inner = QVBoxLayout(inside)
        inner.setContentsMargins(14, 10, 10, 10)
        self.inside_heading = _heading(self.tr("Who is in"), inside)
        inner.addWidget(self.inside_heading)
        self.inside_list = PeopleList("insideList", inside)
        inner.addWidget(self.inside_list, 1)
        self.inside_empty = _note(self.tr("Nobody is checked in."), inside, "insideEmpty")
        self.inside_empty.setAlignment(Qt.AlignmentFlag.AlignTop)
        inner.addWidget(self.inside_empty, 1)
        return inside

    def _build_no_show_card(self, parent: QWidget) -> QWidget:
        missed = card(parent)
        inner = QVBoxLayout(missed)
        inner.setContentsMargins(14, 10, 10, 10)
        inner.addWidget(_heading(self.tr("Repeated no-shows"), missed))
        self.no_show_note = _note("", missed, "noShowNote")
        inner.addWidget(self.no_show_note)
        self.no_show_list = PeopleList("noShowList", missed)
        inner.addWidget(self.no_show_list, 1)
        self.no_show_empty = _note(
            self.tr("Nobody has missed bookings repeatedly."), missed, "noShowEmpty"
        )
        self.no_show_empty.setAlignment(Qt.AlignmentFlag.AlignTop)
        inner.addWidget(self.no_show_empty, 1)
        return missed

    def _set_day_range(self, today: date) -> None:
        first = today - timedelta(days=365)
        self.day_edit.setDateRange(
            QDate(first.year, first.month, first.day), QDate(today.year, today.month, today.day)
        )

    # -- loading -------------------------------------------------------------------------------

    def chosen_day(self) -> date:
        chosen = self.day_edit.date()
        return date(chosen.year(), chosen.month(), chosen.day())

    def refresh(self) -> None:
        """Reload everything (the Refresh button, F5)."""
        self._load(live=True, hourly=True, daily=True)

    def _tick(self) -> None:
        """The timer: the board and lists, today's chart, and the month at midnight. Skipped
        while a load is still on its way (a slow network to the server), so none pile up."""
        if self.loading:
            return
        today = local_date(self._clock())
        new_day = today != self._today
        if new_day:
            was_today = self.chosen_day() == self._today
            self._today = today
            self._set_day_range(today)
            if was_today:
                self.day_edit.blockSignals(True)
                self.day_edit.setDate(QDate(today.year, today.month, today.day))
                self.day_edit.blockSignals(False)
        self._load(live=True, hourly=new_day or self.chosen_day() == today, daily=new_day)

    def _day_changed(self, _day: QDate) -> None:
        self._load(live=False, hourly=True, daily=False)

    def _load(self, *, live: bool, hourly: bool, daily: bool) -> None:
        now = self._clock()
        wanted = {"live": live, "hourly": hourly, "daily": daily}
        for part, yes in wanted.items():
            if yes:
                self._serials[part] += 1
        serials = dict(self._serials)
        database, site_id = self._database, self.site_id
        hourly_day = self.chosen_day() if hourly else None
        self.loading += 1

        def work(_context: tasks.TaskContext) -> Loaded:  # worker thread: no widgets
            return load(database, site_id, now, live=live, hourly_day=hourly_day, daily=daily)

        def done(result: Loaded) -> None:
            if not isValid(self):
                return
            self.loading -= 1
            self.error_label.hide()
            if result.live is not None and serials["live"] == self._serials["live"]:
                self._show_live(result.live)
            if result.hourly is not None and serials["hourly"] == self._serials["hourly"]:
                hours = result.hourly
                shown = chart_hours(hours.hours, hours.counts)
                self.hourly_chart.set_counts(hours.day, hours.counts, shown)
            if result.daily is not None and serials["daily"] == self._serials["daily"]:
                self.daily_chart.set_days(result.daily)
            self.loaded.emit()

        def failed(error: tasks.TaskError) -> None:
            if not isValid(self):
                return
            self.loading -= 1
            self.error_label.setText(
                self.tr("The occupancy could not be loaded: %1").replace("%1", error.message)
            )
            self.error_label.show()
            self.loaded.emit()

        tasks.start_task(work, on_done=done, on_error=failed)

    # -- showing -------------------------------------------------------------------------------

    def _show_live(self, live: LiveData) -> None:
        self.live = live
        self._live_at = live.now
        self.board.set_resources(live.board)
        self.summary_label.setText(self.summary_text(live))
        self.hours_label.setText(self._hours_text(live.today))
        self.updated_label.setText(self.tr("Updated %1").replace("%1", _hm(live.now)))

        self.inside_heading.setText(self.tr("Who is in (%1)").replace("%1", str(len(live.inside))))
        self.inside_list.set_rows([(p.person_name, self._stay(p)) for p in live.inside])
        self.inside_list.setVisible(bool(live.inside))
        self.inside_empty.setVisible(not live.inside)

        self.no_show_note.setText(
            self.tr("%1 or more bookings missed in the last 60 days.").replace(
                "%1", str(live.alert_count)
            )
        )
        self.no_show_list.set_rows(
            [
                (
                    row.person_name,
                    self.tr("No-shows: %1 · last: %2")
                    .replace("%1", str(row.count))
                    .replace("%2", row.last.astimezone(local_zone()).strftime("%d/%m")),
                )
                for row in live.no_shows
            ]
        )
        self.no_show_list.setVisible(bool(live.no_shows))
        self.no_show_empty.setVisible(not live.no_shows)

    def _stay(self, person: Inside) -> str:
        """«Escritorio 1 · 09:10–13:00» with a booking, «No booked space · since 09:45» without."""
        if person.resource_name is None:
            return self.tr("No booked space · since %1").replace("%1", _hm(person.since))
        if person.until is None:
            return f"{person.resource_name} · {_hm(person.since)}"
        return f"{person.resource_name} · {_hm(person.since)}–{_hm(person.until)}"

    def summary_text(self, live: LiveData) -> str:
        """«People in: 12 · Free desks: 18 of 30 · Free rooms: 2»."""
        desks = [r for r in live.board if r.kind == ResourceKind.DESK]
        rooms = [r for r in live.board if r.kind == ResourceKind.ROOM]
        people_in = self.tr("People in: %1").replace("%1", str(len(live.inside)))
        if live.board and all(r.state == CLOSED for r in live.board):
            closed = self.tr("Closed now")
            return f"{closed} · {people_in}"
        parts = [people_in]
        if desks:
            parts.append(
                self.tr("Free desks: %1 of %2")
                .replace("%1", str(sum(r.state == FREE for r in desks)))
                .replace("%2", str(len(desks)))
            )
        if rooms:
            parts.append(
                self.tr("Free rooms: %1 of %2")
                .replace("%1", str(sum(r.state == FREE for r in rooms)))
                .replace("%2", str(len(rooms)))
            )
        waiting = sum(r.state == RESERVED for r in live.board)
        if waiting:
            parts.append(self.tr("Not arrived yet: %1").replace("%1", str(waiting)))
        # a long line wraps between the parts, not inside one
        return " · ".join(part.replace(" ", "\u00a0") for part in parts)

    def _hours_text(self, today: DayHours) -> str:
        if today.opens is None or today.closes is None:
            return today.note or self.tr("Closed today")
        text = (
            self.tr("Open today %1–%2")
            .replace("%1", today.opens.strftime("%H:%M"))
            .replace("%2", today.closes.strftime("%H:%M"))
        )
        return f"{text} · {today.note}" if today.note else text

    # -- the timer runs only while the tab is visible ----------------------------------------

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        self.refresh_timer.start()
        stale = self._live_at is None or self._clock() - self._live_at > timedelta(
            milliseconds=REFRESH_MS
        )
        if stale and not self.loading:
            self._tick()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 (Qt's name)
        super().hideEvent(event)
        self.refresh_timer.stop()
