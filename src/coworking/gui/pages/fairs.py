"""Ferias de empleo: events and employers, the door and booth stations, paper fallback,
outcomes and follow-ups, all for the event chosen at the top."""

from __future__ import annotations

import socket
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from coworking import clock
from coworking.core import fairs
from coworking.core.errors import UserError
from coworking.db.database import Database
from coworking.db.models import StaffUser
from coworking.gui.booth_station import BoothStation
from coworking.gui.door_date_guard import confirm_event_day
from coworking.gui.door_station import DoorStation
from coworking.gui.employers_tab import EmployersTab
from coworking.gui.events_tab import EventsTab
from coworking.gui.outcomes_tab import OutcomesTab
from coworking.gui.pages.common import card, page_header, page_layout
from coworking.gui.paper_ticks_dialog import PaperTicksDialog

STATION_NAME_KEY = "station/name"


def default_station_name() -> str:
    """The name this computer used last time, else one made from its host name."""
    saved = QSettings().value(STATION_NAME_KEY)
    if saved:
        return str(saved)
    return f"Puerta {socket.gethostname().split('.')[0][:20]}"


class FairsPage(QWidget):
    def __init__(self, database: Database, user: StaffUser, parent: QWidget | None = None):
        super().__init__(parent)
        self._database, self._user = database, user
        layout = page_layout(self)
        layout.addWidget(
            page_header(
                self.tr("Job fairs"),
                self.tr(
                    "Events, employers and their vacancies; check-in at the door, booth "
                    "interactions and what came of them."
                ),
                self,
            )
        )
        bar = card(self)
        row = QHBoxLayout()
        label = QLabel(self.tr("&Event:"), bar)
        self.event_combo = QComboBox(bar)
        self.event_combo.setObjectName("eventCombo")
        self.event_combo.setMinimumWidth(320)
        label.setBuddy(self.event_combo)
        row.addWidget(label)
        row.addWidget(self.event_combo, 1)
        self.door_button = QPushButton(self.tr("&Door station (F9)"), bar)
        self.door_button.setObjectName("openDoorStation")
        self.door_button.setProperty("primary", True)
        self.booth_button = QPushButton(self.tr("&Booth station…"), bar)
        self.sheet_button = QPushButton(self.tr("&Sign-in sheet (PDF)…"), bar)
        self.ticks_button = QPushButton(self.tr("Enter &paper sheet…"), bar)
        row.addWidget(self.door_button)
        second = QHBoxLayout()
        for button in (self.booth_button, self.sheet_button, self.ticks_button):
            second.addWidget(button)
        second.addStretch(1)
        column = QVBoxLayout(bar)
        column.addLayout(row)
        column.addLayout(second)
        layout.addWidget(bar)

        self.tabs = QTabWidget(self)
        self.events_tab = EventsTab(database, user, self)
        self.employers_tab = EmployersTab(database, user, self)
        self.outcomes_tab = OutcomesTab(database, user, None, self)
        self.tabs.addTab(self.events_tab, self.tr("Events"))
        self.tabs.addTab(self.employers_tab, self.tr("Employers and vacancies"))
        self.tabs.addTab(self.outcomes_tab, self.tr("Outcomes and follow-up"))
        layout.addWidget(self.tabs, 1)

        self.event_combo.currentIndexChanged.connect(self._event_changed)
        self.events_tab.event_chosen.connect(self.choose_event)
        self.events_tab.events_changed.connect(self.reload_events)
        self.door_button.clicked.connect(self.open_door_station)
        self.booth_button.clicked.connect(self.open_booth_station)
        self.sheet_button.clicked.connect(self.save_sign_in_sheet)
        self.ticks_button.clicked.connect(self.enter_paper_sheet)
        # The window's shortcut, live while this page is shown, wherever the keyboard is:
        # right after Ctrl+4 it is still on the navigation.
        shortcut = QShortcut(QKeySequence("F9"), self)
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        shortcut.activated.connect(self.open_door_station)
        self.reload_events()

    # -- the chosen event ---------------------------------------------------------------

    def reload_events(self) -> None:
        """The events; the one chosen stays chosen the same day, else today's is chosen."""
        today = clock.today()
        keep = self.event_id() if getattr(self, "_loaded_on", None) == today else None
        self._loaded_on = today
        with self._database.sessions() as session:
            events = fairs.list_events(session)
            current = fairs.current_event(session, today)
        self.event_combo.blockSignals(True)
        self.event_combo.clear()
        for event in events:
            when = event.starts_on.strftime("%d/%m/%Y")
            self.event_combo.addItem(f"{event.name} · {when}", event.id)
        self.event_combo.blockSignals(False)
        wanted = keep if keep is not None else (current.id if current else None)
        index = self.event_combo.findData(wanted) if wanted is not None else -1
        self.event_combo.setCurrentIndex(max(index, 0) if events else -1)
        self._event_changed()

    def event_id(self) -> int | None:
        data = self.event_combo.currentData()
        return int(data) if data is not None else None

    def choose_event(self, event_id: int) -> None:
        index = self.event_combo.findData(event_id)
        if index < 0:
            self.reload_events()
            index = self.event_combo.findData(event_id)
        self.event_combo.setCurrentIndex(index)

    def _event_changed(self) -> None:
        if self.event_id() is not None:
            self.events_tab.select_event(self.event_id())
        has_event = self.event_id() is not None
        for button in (self.door_button, self.booth_button, self.sheet_button, self.ticks_button):
            button.setEnabled(has_event)
        self.outcomes_tab.set_event(self.event_id())

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        self.reload_events()

    def _require_event(self) -> int | None:
        event_id = self.event_id()
        if event_id is None:
            QMessageBox.information(
                self, self.tr("Job fairs"), self.tr("Create an event first (Events tab).")
            )
        return event_id

    def _main_window(self):
        window = self.window()
        return window if hasattr(window, "open_station") else None

    # -- stations -----------------------------------------------------------------------

    def open_door_station(self) -> None:
        event_id = self._require_event()
        if event_id is None or not confirm_event_day(self, self._database, event_id):
            return
        name, ok = QInputDialog.getText(
            self,
            self.tr("Door station"),
            self.tr("Name of this entrance (it is logged with every scan):"),
            text=default_station_name(),
        )
        name = name.strip()
        if not ok or not name:
            return
        QSettings().setValue(STATION_NAME_KEY, name)
        station = DoorStation(self._database, self._user, event_id, name)
        window = self._main_window()
        if window is not None:
            window.open_station(station, self.event_combo.currentText())

    def open_booth_station(self) -> None:
        event_id = self._require_event()
        if event_id is None:
            return
        with self._database.sessions() as session:
            booths = fairs.booths(session, event_id)
        if not booths:
            QMessageBox.information(
                self,
                self.tr("Booth station"),
                self.tr("No employer takes part in this event yet: add them in the event."),
            )
            return
        labels = [f"{b.booth or '—'} · {b.trade_name}" for b in booths]
        choice, ok = QInputDialog.getItem(
            self,
            self.tr("Booth station"),
            self.tr("Which booth is this station at?"),
            labels,
            0,
            False,
        )
        if not ok:
            return
        booth = booths[labels.index(choice)]
        station = BoothStation(self._database, self._user, event_id, booth.employer_id)
        window = self._main_window()
        if window is not None:
            window.open_station(station, f"{self.event_combo.currentText()} · {booth.trade_name}")

    # -- paper fallback -----------------------------------------------------------------

    def save_sign_in_sheet(self) -> None:
        from coworking.core.sign_in_sheet import write_sign_in_sheet

        event_id = self._require_event()
        if event_id is None:
            return
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        suggested = str(Path(folder or ".") / f"hoja-de-firmas-{event_id}.pdf")
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save sign-in sheet"), suggested, self.tr("PDF (*.pdf)")
        )
        if not path:
            return
        try:
            with self._database.sessions() as session:
                rows = write_sign_in_sheet(session, event_id, Path(path))
        except (UserError, OSError) as error:
            QMessageBox.warning(self, self.tr("Sign-in sheet"), str(error))
            return
        QMessageBox.information(
            self,
            self.tr("Sign-in sheet"),
            self.tr("Saved %1 with %Ln person(s). Print it for the entrance.", "", rows).replace(
                "%1", path
            ),
        )

    def enter_paper_sheet(self) -> None:
        event_id = self._require_event()
        if event_id is None:
            return
        PaperTicksDialog(self._database, self._user, event_id, self).exec()
