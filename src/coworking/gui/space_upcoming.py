"""The next days as people will find the space: weekly hours with holidays and closures
applied, so that a change of hours or a closure can be checked at a glance."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QVBoxLayout, QWidget

from coworking.core import sites
from coworking.core.localtime import local_zone
from coworking.db.database import Database
from coworking.gui.fair_widgets import MUTED, cell, make_table
from coworking.gui.space_common import day_text, section

DAYS_SHOWN = 14
CLOSED = QColor("#b3261e")


class UpcomingDays(QWidget):
    def __init__(
        self,
        database: Database,
        site_id: int,
        clock: Callable[[], datetime],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._database, self._site_id, self._clock = database, site_id, clock
        frame, layout = section(self, self.tr("The next two weeks"))
        self.table = make_table(frame, [self.tr("Day"), self.tr("Hours")], "upcomingTable")
        self.table.horizontalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(0, 130)
        self.table.setShowGrid(False)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout.addWidget(self.table, 1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(frame)
        self.refresh()

    def refresh(self) -> None:
        today = self._clock().astimezone(local_zone()).date()
        with self._database.sessions() as session:
            days = sites.days_hours(session, self._site_id, today, DAYS_SHOWN)
            weekly = sites.weekly_hours(session, self._site_id)
        self.table.setRowCount(len(days))
        for row, day in enumerate(days):
            first = cell(day_text(day.day), day.day)
            if day.is_open:
                text = f"{day.opens:%H:%M}–{day.closes:%H:%M}"
                if day.note:
                    text += f" · {day.note}"
                second = cell(text)
            else:
                usual = day.day.weekday() not in weekly  # closed that weekday every week
                second = cell(self.tr("Closed") if usual or not day.note else day.note)
                second.setForeground(MUTED if usual else CLOSED)
            second.setToolTip(second.text())
            if day.day == today:
                for item in (first, second):
                    font = QFont(item.font())
                    font.setBold(True)
                    item.setFont(font)
            self.table.setItem(row, 0, first)
            self.table.setItem(row, 1, second)
