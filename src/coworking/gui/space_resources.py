"""The site's desks, rooms and other spaces: a list with New, Edit, Deactivate and Reactivate.
Inactive ones stay in the list, greyed, so that they can be brought back."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coworking.core import availability, sites
from coworking.core.errors import UserError
from coworking.db.database import Database
from coworking.db.enums import ResourceKind
from coworking.db.models import Resource, StaffUser
from coworking.gui.fair_widgets import (
    MUTED,
    EnterFilter,
    cell,
    confirm,
    make_table,
    select_key,
    selected_keys,
)
from coworking.gui.resource_dialog import ResourceDialog, kind_names
from coworking.gui.space_common import DraftKeeper, section

BOOKINGS_LOOKED_AHEAD = timedelta(days=366)


class ResourcesPanel(QWidget):
    def __init__(
        self,
        database: Database,
        user: StaffUser,
        site_id: int,
        can_edit: bool,
        clock: Callable[[], datetime],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._database, self._user, self._site_id = database, user, site_id
        self.can_edit = can_edit
        self._clock = clock
        self._active: dict[int, bool] = {}
        self.drafts = DraftKeeper()
        frame, layout = section(
            self,
            self.tr("Desks and rooms"),
            self.tr(
                "What people can book or be given when they walk in. A space taken out of "
                "service is kept here, greyed, and can be brought back."
            ),
        )
        self.summary = QLabel(frame)
        self.summary.setObjectName("resourcesSummary")
        self.summary.setProperty("role", "subtitle")
        layout.addWidget(self.summary)
        self.table = make_table(
            frame,
            [
                self.tr("Name"),
                self.tr("Kind"),
                self.tr("Capacity"),
                self.tr("Amenities"),
                self.tr("Status"),
            ],
            "resourcesTable",
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 220), (1, 110), (2, 105), (4, 140)):
            self.table.setColumnWidth(column, width)
        layout.addWidget(self.table, 1)

        self.new_button = QPushButton(self.tr("&New…"), frame)
        self.new_button.setObjectName("newResourceButton")
        self.new_button.setProperty("primary", True)
        self.edit_button = QPushButton(self.tr("&Edit…") if can_edit else self.tr("&View…"), frame)
        self.edit_button.setObjectName("editResourceButton")
        self.deactivate_button = QPushButton(self.tr("Deac&tivate…"), frame)
        self.deactivate_button.setObjectName("deactivateResourceButton")
        self.reactivate_button = QPushButton(self.tr("React&ivate"), frame)
        self.reactivate_button.setObjectName("reactivateResourceButton")
        buttons = QHBoxLayout()
        buttons.addWidget(self.deactivate_button)
        buttons.addWidget(self.reactivate_button)
        buttons.addStretch(1)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.new_button)
        for button in (self.new_button, self.deactivate_button, self.reactivate_button):
            button.setVisible(can_edit)
        layout.addLayout(buttons)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(frame)

        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        EnterFilter(self.table, lambda: self.edit_selected())
        self.new_button.clicked.connect(lambda: self.new_resource())
        self.edit_button.clicked.connect(lambda: self.edit_selected())
        self.deactivate_button.clicked.connect(lambda: self.set_active(False))
        self.reactivate_button.clicked.connect(lambda: self.set_active(True))
        if can_edit:
            QShortcut(
                QKeySequence.StandardKey.New,
                self,
                lambda: self.new_resource(),
                context=Qt.ShortcutContext.WindowShortcut,  # while shown, wherever the focus is
            )
        self.refresh()

    # -- the list ------------------------------------------------------------------------------

    def refresh(self, chosen: int | None = None) -> None:
        chosen = chosen or self.selected_id()
        with self._database.sessions() as session:
            rows = [
                (r.id, r.name, ResourceKind(r.kind), r.capacity, list(r.amenities or []), r.active)
                for r in sites.resources(session, self._site_id, include_inactive=True)
            ]
        kinds = kind_names()
        self._active = {row[0]: row[5] for row in rows}
        self.table.setRowCount(len(rows))
        for line, (key, name, kind, capacity, amenities, active) in enumerate(rows):
            items = [
                cell(name, key),
                cell(kinds.get(kind, "")),
                cell(capacity, align_right=True),
                cell(", ".join(amenities) or "—"),
                cell(self.tr("Active") if active else self.tr("Out of service")),
            ]
            items[3].setToolTip(", ".join(amenities))
            for column, item in enumerate(items):
                if not active:
                    item.setForeground(MUTED)
                    font = item.font()
                    font.setItalic(True)
                    item.setFont(font)
                self.table.setItem(line, column, item)
        counts = {kind: 0 for kind in ResourceKind}
        for _key, _name, kind, _capacity, _amenities, active in rows:
            counts[kind] += active
        parts = [
            self.tr("Desks: %1").replace("%1", str(counts[ResourceKind.DESK])),
            self.tr("Rooms: %1").replace("%1", str(counts[ResourceKind.ROOM])),
            self.tr("Other: %1").replace("%1", str(counts[ResourceKind.OTHER])),
        ]
        inactive = sum(1 for row in rows if not row[5])
        if inactive:
            parts.append(self.tr("Out of service: %1").replace("%1", str(inactive)))
        self.summary.setText(
            " · ".join(parts) if rows else self.tr("No desks or rooms yet: add the first one.")
        )
        if not (chosen and select_key(self.table, chosen)) and rows:
            self.table.selectRow(0)
        self._update_buttons()

    def selected_id(self) -> int | None:
        keys = selected_keys(self.table)
        return keys[0] if keys else None

    def _update_buttons(self) -> None:
        key = self.selected_id()
        active = self._active.get(key) if key is not None else None
        self.edit_button.setEnabled(key is not None)
        self.deactivate_button.setEnabled(self.can_edit and active is True)
        self.reactivate_button.setEnabled(self.can_edit and active is False)

    # -- changes -------------------------------------------------------------------------------

    def _dialog(self, resource_id: int | None) -> Callable[[], ResourceDialog]:
        return lambda: ResourceDialog(
            self._database,
            self._user,
            self._site_id,
            resource_id,
            read_only=not self.can_edit,
            parent=self,
        )

    def _run(self, make: Callable[[], ResourceDialog], draft: object | None = None) -> int | None:
        try:
            dialog = self.drafts.run(make, draft)
        except UserError as error:  # deleted meanwhile at another station
            QMessageBox.warning(self, self.tr("Desks and rooms"), str(error))
            self.refresh()
            return None
        saved = dialog.saved_id if isinstance(dialog, ResourceDialog) else None
        if saved is not None:
            self.refresh(saved)
        return saved

    def new_resource(self) -> int | None:
        if not self.can_edit:
            return None
        return self._run(self._dialog(None))

    def edit_selected(self) -> int | None:
        key = self.selected_id()
        if key is None:
            return None
        return self._run(self._dialog(key))

    def reopen_draft(self) -> None:
        dialog = self.drafts.reopen()
        if isinstance(dialog, ResourceDialog) and dialog.saved_id is not None:
            self.refresh(dialog.saved_id)

    def _future_bookings(self, resource_id: int) -> int:
        now = self._clock()
        with self._database.sessions() as session:
            rows = availability.bookings_between(
                session, self._site_id, now, now + BOOKINGS_LOOKED_AHEAD
            )
        return sum(1 for row in rows if row.resource_id == resource_id and not row.no_show)

    def set_active(self, active: bool, ask: bool = True) -> bool:
        """Take the selected space out of service (after asking) or bring it back."""
        key = self.selected_id()
        if not self.can_edit or key is None or self._active.get(key) == active:
            return False
        name = self.table.item(self.table.currentRow(), 0).text()
        if not active and ask:
            text = self.tr(
                "Take “%1” out of service? It can no longer be booked or given to walk-ins. "
                "It stays in the list and can be reactivated."
            ).replace("%1", name)
            pending = self._future_bookings(key)
            if pending:
                text += "\n\n" + self.tr(
                    "It has %Ln booking(s) from now on: they are kept. Move them to another "
                    "desk or cancel them in the calendar.",
                    "",
                    pending,
                )
            if not confirm(
                self,
                self.tr("Deactivate"),
                text,
                self.tr("Deactivate"),
                self.tr("Keep it active"),
            ):
                return False
        try:
            with self._database.unit_of_work(self._user) as session:
                resource = session.get(Resource, key)
                if resource is None:
                    raise UserError(self.tr("That desk or room no longer exists."))
                data = sites.ResourceInput(
                    ResourceKind(resource.kind),
                    resource.name,
                    resource.capacity,
                    list(resource.amenities or []),
                    active,
                )
                sites.save_resource(session, self._user, self._site_id, data, key)
        except UserError as error:
            QMessageBox.warning(self, self.tr("Desks and rooms"), str(error))
            self.refresh()
            return False
        self.refresh(key)
        return True
