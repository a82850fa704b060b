"""The list of job fairs and workshops, newest first, with their registrations and entries.
Coordinators and administrators create and edit events; front-desk staff open them to look."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QPushButton, QVBoxLayout, QWidget

from coworking.core import accounts, fair_queries
from coworking.db.database import Database
from coworking.db.enums import EventKind
from coworking.db.models import StaffUser
from coworking.gui.event_dialog import EventDialog
from coworking.gui.fair_widgets import (
    DATE_FORMAT,
    EnterFilter,
    cell,
    make_table,
    select_key,
    selected_keys,
)


class EventsTab(QWidget):
    """Events newest first; ``event_chosen`` follows the selection and ``events_changed`` says
    that an event was created or changed (its name, dates, booths or registrations)."""

    event_chosen = Signal(int)
    events_changed = Signal()

    def __init__(self, database: Database, user: StaffUser, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._database, self._user = database, user
        self.can_edit = accounts.can(user, accounts.REPORTS)
        self._pending: tuple[int | None, dict] | None = None
        self._last_chosen: int | None = None

        self.summary = QLabel(self)
        self.summary.setProperty("role", "subtitle")
        self.new_button = QPushButton(self.tr("&New event…"), self)
        self.new_button.setObjectName("newEventButton")
        self.new_button.setProperty("primary", True)
        self.new_button.setVisible(self.can_edit)
        self.edit_button = QPushButton(
            self.tr("Ed&it…") if self.can_edit else self.tr("&Open…"), self
        )
        self.edit_button.setObjectName("editEventButton")
        self.import_button = QPushButton(self.tr("Import &registrations…"), self)
        self.import_button.setObjectName("importRegistrationsButton")
        self.import_button.setToolTip(
            self.tr("Registrations for the selected event, from a spreadsheet (CSV or Excel)")
        )
        self.import_button.setVisible(self.can_edit)
        self.table = make_table(
            self,
            [
                self.tr("Event"),
                self.tr("Kind"),
                self.tr("Venue"),
                self.tr("Dates"),
                self.tr("Capacity"),
                self.tr("Registrations"),
                self.tr("Checked in"),
            ],
            "eventsTable",
        )
        header = self.table.horizontalHeader()
        for column in (0, 1, 3, 4, 5, 6):  # the event's name is never cut
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)  # the venue gives way
        header.setMinimumSectionSize(110)  # but never vanishes: the list scrolls sideways

        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.import_button)
        top.addWidget(self.new_button)
        top.addWidget(self.edit_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)

        self.new_button.clicked.connect(lambda: self.new_event())
        self.edit_button.clicked.connect(lambda: self.edit_selected())
        self.import_button.clicked.connect(lambda: self.import_registrations())
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        EnterFilter(self.table, lambda: self.edit_selected())
        self.table.itemSelectionChanged.connect(self._selection_changed)
        if self.can_edit:
            QShortcut(QKeySequence.StandardKey.New, self, lambda: self.new_event())
        self.refresh()

    def refresh(self) -> None:
        """Reload the list, keeping the selected event selected."""
        chosen = self.current_event_id()
        with self._database.sessions() as session:
            rows = fair_queries.event_rows(session)
        kinds = {EventKind.JOB_FAIR: self.tr("Job fair"), EventKind.WORKSHOP: self.tr("Workshop")}
        self.table.blockSignals(True)
        self.table.setRowCount(len(rows))
        for index, row in enumerate(rows):
            dates = row.starts_on.strftime(DATE_FORMAT)
            if row.ends_on != row.starts_on:
                dates += " – " + row.ends_on.strftime(DATE_FORMAT)
            items = [
                cell(row.name, row.id),
                cell(kinds.get(row.kind, str(row.kind))),
                cell(row.venue or ""),
                cell(dates),
                cell(row.capacity or "—", align_right=True),
                cell(row.registered, align_right=True),
                cell(row.checked_in, align_right=True),
            ]
            for column, item in enumerate(items):
                self.table.setItem(index, column, item)
        self.table.blockSignals(False)
        if not (chosen is not None and select_key(self.table, chosen)) and rows:
            self.table.selectRow(0)
        self.summary.setText(
            self.tr("Events: %1, newest first").replace("%1", str(len(rows)))
            if rows
            else self.tr("No events yet.")
            + ("  " + self.tr("Create the first one with “New event”.") if self.can_edit else "")
        )
        self._selection_changed()

    def current_event_id(self) -> int | None:
        chosen = selected_keys(self.table)
        return chosen[0] if chosen else None

    def select_event(self, event_id: int) -> bool:
        return select_key(self.table, event_id)

    def _selection_changed(self) -> None:
        event_id = self.current_event_id()
        self.edit_button.setEnabled(event_id is not None)
        self.import_button.setEnabled(event_id is not None)
        if event_id is not None and event_id != self._last_chosen:
            self._last_chosen = event_id
            self.event_chosen.emit(event_id)

    def new_event(self) -> None:
        if self.can_edit:
            self._open(None)

    def edit_selected(self) -> None:
        event_id = self.current_event_id()
        if event_id is not None:
            self._open(event_id)

    def import_registrations(self) -> None:
        """The import wizard for the selected event's registrations (coordinators)."""
        from coworking.gui.import_wizard import ImportWizard

        event_id = self.current_event_id()
        if event_id is None or not self.can_edit:
            return
        [row, *_] = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        name = self.table.item(row, 0).text()
        wizard = ImportWizard(self._database, self._user, "registrations", self, event_id, name)
        wizard.exec()
        imported = wizard.check_page.imported
        wizard.setParent(None)  # freed now: a QWizard left to its parent crashed Qt later
        self.refresh()
        if imported:
            self.events_changed.emit()

    def _open(self, event_id: int | None, draft: dict | None = None) -> None:
        dialog = EventDialog(self._database, self._user, event_id, self)
        if draft:
            dialog.restore_draft(draft)
        self.dialog = dialog
        dialog.exec()
        if dialog.draft is not None:  # closed by the screen lock: reopen it once unlocked
            self._pending = (dialog.event_id, dialog.draft)
        self.refresh()
        if dialog.event_id is not None:
            self.select_event(dialog.event_id)
        if dialog.changed:
            self.events_changed.emit()

    def reopen_draft(self) -> None:
        """After unlocking: the event dialog that the lock closed, as it was."""
        pending, self._pending = self._pending, None
        if pending is not None:
            self._open(*pending)
