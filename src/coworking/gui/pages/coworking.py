"""Coworking: the front desk's check-in, the booking calendar, the live occupancy board and
the space's set-up, for the site chosen at the top."""

from __future__ import annotations

import socket

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QTabWidget, QWidget

from coworking.core import accounts, sites
from coworking.core.setup import current_site
from coworking.db.database import Database
from coworking.db.models import StaffUser
from coworking.gui.pages.common import page_header, page_layout
from coworking.gui.pending_scans import settle_pending

DESK_STATION_KEY = "coworking/station_name"


def desk_station_name() -> str:
    saved = QSettings().value(DESK_STATION_KEY)
    if saved:
        return str(saved)
    return f"Recepción {socket.gethostname().split('.')[0][:20]}"


class CoworkingPage(QWidget):
    def __init__(self, database: Database, user: StaffUser, parent: QWidget | None = None):
        super().__init__(parent)
        self._database, self._user = database, user
        layout = page_layout(self)
        top = QHBoxLayout()
        top.addWidget(
            page_header(
                self.tr("Coworking"),
                self.tr(
                    "Check members in and out, book desks and rooms, see who is in and set "
                    "the space up."
                ),
                self,
            ),
            1,
        )
        self.site_combo = QComboBox(self)
        self.site_combo.setObjectName("coworkingSite")
        self.site_label = QLabel(self.tr("&Site:"), self)
        self.site_label.setBuddy(self.site_combo)
        self.new_site_button = QPushButton(self.tr("New site…"), self)
        self.new_site_button.setToolTip(
            self.tr("Another co-working site sharing this database, with its own hours and spaces")
        )
        self.new_site_button.setVisible(accounts.can(user, sites.SPACE_SETUP))
        self.new_site_button.clicked.connect(self._new_site)
        top.addWidget(self.site_label)
        top.addWidget(self.site_combo)
        top.addWidget(self.new_site_button)
        layout.addLayout(top)
        with database.sessions() as session:
            here = current_site(session)
        self._fill_sites(here.id if here else None)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("coworkingTabs")
        layout.addWidget(self.tabs, 1)
        self.site_combo.currentIndexChanged.connect(self._build_tabs)
        self._build_tabs()

    def _fill_sites(self, chosen: int | None) -> None:
        with self._database.sessions() as session:
            all_sites = [(site.id, site.name) for site in sites.sites(session)]
        self.site_combo.blockSignals(True)
        self.site_combo.clear()
        for site_id, name in all_sites:
            self.site_combo.addItem(name, site_id)
        self.site_combo.setCurrentIndex(max(0, self.site_combo.findData(chosen)))
        self.site_combo.blockSignals(False)
        several = len(all_sites) > 1
        self.site_combo.setVisible(several)
        self.site_label.setVisible(several)

    def _new_site(self) -> None:
        from coworking.gui.site_dialog import SiteDialog

        dialog = SiteDialog(self._database, self._user, parent=self)
        if dialog.exec() == SiteDialog.DialogCode.Accepted and dialog.saved_id is not None:
            self._fill_sites(dialog.saved_id)
            self._build_tabs()

    def reopen_draft(self) -> None:
        """After the idle lock: bring back what was being typed in the set-up dialogs and in
        the desk's new-person form."""
        setup = getattr(self, "setup", None)
        if setup is not None:
            setup.reopen_draft()
        desk = getattr(self, "desk", None)
        if desk is not None:
            desk.enrolment.reopen_draft()

    def site_id(self) -> int:
        return int(self.site_combo.currentData())

    def _build_tabs(self) -> None:
        from coworking.gui.calendar_tab import CalendarTab
        from coworking.gui.desk_station import DeskStation
        from coworking.gui.occupancy_tab import OccupancyTab
        from coworking.gui.space_setup_tab import SpaceSetupTab

        while self.tabs.count():
            widget = self.tabs.widget(0)
            self.tabs.removeTab(0)
            settle_pending(widget)  # the desk's scans still waiting for the database
            widget.deleteLater()
        if self.site_combo.currentData() is None:
            return
        site_id = self.site_id()
        database, user = self._database, self._user
        self.desk = DeskStation(database, user, site_id, desk_station_name(), self)
        self.calendar = CalendarTab(database, user, site_id, self)
        self.occupancy = OccupancyTab(database, user, site_id, self)
        self.setup = SpaceSetupTab(database, user, site_id, self)
        self.tabs.addTab(self.desk, self.tr("&Front desk"))
        self.tabs.addTab(self.calendar, self.tr("&Calendar"))
        self.tabs.addTab(self.occupancy, self.tr("&Occupancy"))
        self.tabs.addTab(self.setup, self.tr("Space &set-up"))
