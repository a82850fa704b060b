"""The co-working «Space set-up» tab: opening hours, holidays and closures, booking rules, and
the desks and rooms. Administrators and coordinators change it; front desk can only look."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtWidgets import QHBoxLayout, QLabel, QTabWidget, QVBoxLayout, QWidget

from coworking.core import accounts, sites
from coworking.db.base import utcnow
from coworking.db.database import Database
from coworking.db.models import StaffUser
from coworking.gui.opening_hours_editor import OpeningHoursEditor
from coworking.gui.space_closures import ClosuresPanel
from coworking.gui.space_resources import ResourcesPanel
from coworking.gui.space_rules import RulesEditor
from coworking.gui.space_upcoming import UpcomingDays

UNSAVED_MARK = " •"


class SpaceSetupTab(QWidget):
    def __init__(
        self,
        database: Database,
        user: StaffUser,
        site_id: int,
        parent: QWidget | None = None,
        *,
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        super().__init__(parent)
        self._database, self._user, self._site_id = database, user, site_id
        self.can_edit = accounts.can(user, sites.SPACE_SETUP)

        self.notice = QLabel(
            self.tr(
                "Read only: only coordinators and administrators can change the set-up of "
                "the space."
            ),
            self,
        )
        self.notice.setObjectName("readOnlyNotice")
        self.notice.setProperty("role", "pill")
        self.notice.setVisible(not self.can_edit)

        self.hours = OpeningHoursEditor(database, user, site_id, self)
        self.hours.set_read_only(not self.can_edit)
        self.closures = ClosuresPanel(database, user, site_id, self.can_edit, clock, self)
        self.rules = RulesEditor(database, user, site_id, self)
        self.rules.set_read_only(not self.can_edit)
        self.resources = ResourcesPanel(database, user, site_id, self.can_edit, clock, self)

        self.upcoming = UpcomingDays(database, site_id, clock, self)

        hours_page = QWidget(self)
        row = QHBoxLayout(hours_page)
        row.setContentsMargins(12, 12, 12, 12)
        row.setSpacing(12)
        left = QVBoxLayout()
        left.setSpacing(12)
        left.addWidget(self.hours)
        left.addWidget(self.upcoming, 1)
        row.addLayout(left)
        row.addWidget(self.closures, 1)
        self.sections = QTabWidget(self)
        self.sections.setObjectName("spaceSections")
        self.sections.setDocumentMode(True)
        self._titles = [
            self.tr("&Hours and closures"),
            self.tr("Booking &rules"),
            self.tr("&Desks and rooms"),
        ]
        for page, title in zip(
            (hours_page, self._padded(self.rules), self._padded(self.resources)),
            self._titles,
            strict=True,
        ):
            self.sections.addTab(page, title)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        notice_row = QHBoxLayout()
        notice_row.setContentsMargins(12, 8, 12, 0)
        notice_row.addWidget(self.notice)
        notice_row.addStretch(1)
        layout.addLayout(notice_row)
        layout.addWidget(self.sections, 1)
        self.hours.saved.connect(self.upcoming.refresh)
        self.closures.changed.connect(self.upcoming.refresh)
        self.hours.changed.connect(self._mark_unsaved)
        self.rules.changed.connect(self._mark_unsaved)
        self._mark_unsaved()

    def _padded(self, widget: QWidget) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(widget)
        return page

    def _mark_unsaved(self) -> None:
        """A dot on a section's tab while it holds changes not saved yet."""
        for index, dirty in ((0, self.hours.is_dirty()), (1, self.rules.is_dirty())):
            self.sections.setTabText(index, self._titles[index] + (UNSAVED_MARK if dirty else ""))

    def has_unsaved_changes(self) -> bool:
        """Hours or rules edited and not saved (ask before leaving the page)."""
        return self.hours.is_dirty() or self.rules.is_dirty()

    def refresh(self) -> None:
        """Read everything again (another station may have changed it); edits not saved yet
        in the hours and rules are kept."""
        if not self.hours.is_dirty():
            self.hours.reload()
        if not self.rules.is_dirty():
            self.rules.reload()
        self.closures.refresh()
        self.upcoming.refresh()
        self.resources.refresh()

    def reopen_draft(self) -> None:
        """After unlocking the screen: the dialog the lock closed, as it was typed."""
        self.closures.reopen_draft()
        self.resources.reopen_draft()
