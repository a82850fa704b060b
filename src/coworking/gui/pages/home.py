"""Inicio: a welcome for the signed-in person and a live dashboard.

The figures (``coworking.core.dashboard``) are read on a worker thread (``coworking.gui.tasks``)
and shown when they arrive, so that the window never waits for the database. They reload every
30 seconds while the page is visible and each time it is shown again. A reload asked for while
one is on its way is dropped (that one started moments ago or is slow: either way a second
would only pile up behind it). Meanwhile the page keeps showing the last figures.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QDate, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from coworking.core import dashboard
from coworking.core.dashboard import Dashboard
from coworking.core.localtime import local_zone
from coworking.core.setup import current_site
from coworking.db.base import utcnow
from coworking.db.database import Database
from coworking.db.models import StaffUser
from coworking.gui import tasks
from coworking.gui.home_cards import EventCard, Metric, MonthCard, TodayCard, hour_minute
from coworking.gui.pages.common import card, page_header

REFRESH_MS = 30_000
WIDE = 1000
"""From this page width on, the three cards stand side by side."""


def read_figures(
    database: Database, user: StaffUser, site_id: int | None, now: datetime
) -> Dashboard:
    """Everything the page shows, in one transaction of its own (runs on a worker thread).
    Without ``site_id``, the station's current site."""
    with database.unit_of_work(user) as session:
        if site_id is None:
            site = current_site(session)
            site_id = site.id if site is not None else None
        return dashboard.dashboard(session, site_id, now=now)


class HomePage(QWidget):
    refreshed = Signal()
    """Emitted each time a load has ended (its figures shown, or its error)."""

    def __init__(
        self,
        database: Database,
        user: StaffUser,
        site_text: str,
        parent: QWidget | None = None,
        *,
        site_id: int | None = None,
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("homePage")
        self._database, self._user, self._site_text = database, user, site_text
        self.site_id = site_id
        self._clock = clock
        self.figures: Dashboard | None = None
        self.loading = False
        self.loads = 0
        """Loads started so far."""

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea(self)
        scroll.setObjectName("homeScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        content = QWidget(scroll)
        content.setObjectName("homeContent")
        scroll.setStyleSheet(
            "QScrollArea#homeScroll, QWidget#homeContent { background: transparent; }"
        )
        scroll.viewport().setAutoFillBackground(False)
        scroll.setWidget(content)
        outer.addWidget(scroll)

        layout = QVBoxLayout(content)
        layout.setContentsMargins(28, 22, 28, 20)
        layout.setSpacing(14)
        layout.addLayout(self._build_header(content))
        layout.addLayout(self._build_metrics(content))
        self.cards = QGridLayout()
        self.cards.setSpacing(14)
        self.today_card = TodayCard(content)
        self.month_card = MonthCard(content)
        self.event_card = EventCard(content)
        self.notes = self._build_notes(content)
        self.columns = 0
        self._arrange(3)
        layout.addLayout(self.cards, 1)

        self.refresh_timer = QTimer(self)
        self.refresh_timer.setObjectName("refreshTimer")
        self.refresh_timer.setInterval(REFRESH_MS)
        self.refresh_timer.timeout.connect(self.refresh)
        self.refresh()

    # -- building ------------------------------------------------------------------------------

    def _build_header(self, parent: QWidget) -> QHBoxLayout:
        row = QHBoxLayout()
        header = page_header(
            self.tr("Welcome, {name}").format(name=self._user.full_name), "", parent
        )
        self.subtitle = header.findChildren(QLabel)[-1]
        today = self._clock().astimezone(local_zone()).date()
        self._show_date(QDate(today.year, today.month, today.day))
        self.status_label = QLabel(self.tr("Loading…"), parent)
        self.status_label.setObjectName("homeStatus")
        self.status_label.setProperty("role", "subtitle")
        self.status_label.setWordWrap(True)
        self.status_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom)
        row.addWidget(header, 3)
        row.addWidget(self.status_label, 1, Qt.AlignmentFlag.AlignBottom)
        return row

    def _show_date(self, day: QDate) -> None:
        today = QLocale().toString(day, QLocale.FormatType.LongFormat)
        self.subtitle.setText(f"{self._site_text} · {today}" if self._site_text else today)

    def _build_metrics(self, parent: QWidget) -> QGridLayout:
        grid = QGridLayout()
        grid.setSpacing(14)
        self.metrics = {
            "people": Metric("people", self.tr("People registered"), parent),
            "entrepreneurs": Metric("desk", self.tr("Entrepreneurs"), parent),
            "events": Metric("briefcase", self.tr("Job fairs and workshops"), parent),
            "visits_today": Metric("user", self.tr("Co-working visits today"), parent),
        }
        for column, metric in enumerate(self.metrics.values()):
            grid.addWidget(metric, 0, column)
            grid.setColumnStretch(column, 1)
        return grid

    def _arrange(self, columns: int) -> None:
        """Three cards side by side and the notes under them; on a narrow window two columns,
        the event beside the notes, so that no chart gets too thin to read."""
        if columns == self.columns:
            return
        self.columns = columns
        for widget in (self.today_card, self.month_card, self.event_card, self.notes):
            self.cards.removeWidget(widget)
        notes_layout = self.notes.layout()
        assert isinstance(notes_layout, QBoxLayout)
        if columns == 3:
            places = [(0, 0, 1, 1), (0, 1, 1, 1), (0, 2, 1, 1), (1, 0, 1, 3)]
            stretches = [5, 4, 4]  # the hours need the most room
            notes_layout.setDirection(QBoxLayout.Direction.LeftToRight)
            notes_stretches = [1, 1, 0]
        else:
            places = [(0, 0, 1, 1), (0, 1, 1, 1), (1, 0, 1, 1), (1, 1, 1, 1)]
            stretches = [1, 1, 0]
            notes_layout.setDirection(QBoxLayout.Direction.TopToBottom)
            notes_stretches = [0, 0, 1]  # the notes at the top of their column
        for widget, place in zip(
            (self.today_card, self.month_card, self.event_card, self.notes), places, strict=True
        ):
            self.cards.addWidget(widget, *place)
        for index, stretch in enumerate(notes_stretches):
            notes_layout.setStretch(index, stretch)
        for column, stretch in enumerate(stretches):
            self.cards.setColumnStretch(column, stretch)
        self.cards.setRowStretch(0, 1)
        self.cards.setRowStretch(1, 0 if columns == 3 else 1)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._arrange(3 if event.size().width() >= WIDE else 2)

    def _build_notes(self, parent: QWidget) -> QWidget:
        holder = QWidget(parent)
        notes = QBoxLayout(QBoxLayout.Direction.LeftToRight, holder)
        notes.setContentsMargins(0, 0, 0, 0)
        notes.setSpacing(14)
        notes.addWidget(
            self._note_card(
                holder,
                self.tr("Working from the keyboard"),
                [
                    self.tr("Ctrl+1 to Ctrl+8 move between the areas listed on the left."),
                    self.tr("Ctrl+L locks the screen when you leave the desk; Ctrl+Q quits."),
                ],
            ),
            1,
        )
        notes.addWidget(
            self._note_card(
                holder,
                self.tr("Personal data"),
                [
                    self.tr("Ask for consent and record only the data that is needed."),
                    self.tr(
                        "Information about migrants and refugees is sensitive: handle it with care."
                    ),
                ],
            ),
            1,
        )
        notes.addStretch(0)
        return holder

    @staticmethod
    def _note_card(parent: QWidget, title: str, lines: list[str]) -> QWidget:
        box = card(parent)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(16, 10, 16, 10)
        layout.setSpacing(4)
        heading = QLabel(title, box)
        heading.setProperty("role", "heading")
        layout.addWidget(heading)
        for line in lines:
            label = QLabel("•  " + line, box)
            label.setWordWrap(True)
            label.setProperty("role", "subtitle")
            layout.addWidget(label)
        layout.addStretch(1)
        return box

    # -- loading -------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Load the figures again, unless a load is already on its way."""
        if not self.loading:
            self._start()

    def _start(self) -> None:
        self.loading = True
        self.loads += 1
        database, user, site_id, now = self._database, self._user, self.site_id, self._clock()
        if self.figures is None:
            self.status_label.setText(self.tr("Loading…"))

        def work(_context: tasks.TaskContext) -> Dashboard:  # worker thread: no widgets
            return read_figures(database, user, site_id, now)

        tasks.start_task(work, on_done=self._loaded, on_error=self._failed)

    def _loaded(self, figures: Dashboard) -> None:
        if not isValid(self):
            return
        self.figures = figures
        self.status_label.setProperty("role", "subtitle")
        self._restyle(self.status_label)
        self.status_label.setText(self.tr("Updated at %1").replace("%1", hour_minute(figures.now)))
        self._show_date(QDate(figures.today.year, figures.today.month, figures.today.day))
        for key, metric in self.metrics.items():
            metric.set_value(getattr(figures.counts, key))
        if figures.coworking is not None:  # this site's visits, like the card beside it
            self.metrics["visits_today"].set_value(figures.coworking.visits)
        self.today_card.show_figures(figures.coworking)
        self.month_card.show_figures(figures.month)
        self.event_card.show_figures(figures.next_event, figures.today)
        self._ended()

    def _failed(self, error: tasks.TaskError) -> None:
        if not isValid(self):
            return
        self.status_label.setProperty("role", "error")
        self._restyle(self.status_label)
        self.status_label.setText(
            self.tr("The figures could not be loaded: %1").replace("%1", error.message)
        )
        self._ended()

    def _ended(self) -> None:
        self.loading = False
        self.refreshed.emit()

    @staticmethod
    def _restyle(label: QLabel) -> None:
        label.style().unpolish(label)
        label.style().polish(label)

    # -- the timer runs only while the page is visible -----------------------------------------

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        self.refresh_timer.start()
        self.refresh()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 (Qt's name)
        super().hideEvent(event)
        self.refresh_timer.stop()
