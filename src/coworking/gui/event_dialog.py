"""An event's set-up: its data, the employers taking part with their booths, and who is
registered. Booth and registration changes are saved as they are made; the event's own fields
are saved with Save or Apply (closing with unsaved changes asks first)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from coworking import clock
from coworking.core import accounts, fair_queries, fairs, registrations
from coworking.core.errors import UserError
from coworking.core.localtime import local_zone
from coworking.core.text import search_key
from coworking.db.database import Database
from coworking.db.enums import EventKind
from coworking.db.models import StaffUser
from coworking.gui.fair_widgets import (
    ID_ROLE,
    KEY_ROLE,
    MUTED,
    EnterFilter,
    ask_to_save,
    cell,
    confirm,
    date_edit,
    dialog_form,
    field_with_error,
    form_label,
    make_table,
    pydate,
    qdate,
    role_texts,
    select_key,
    selected_keys,
)
from coworking.gui.field_errors import FieldErrors
from coworking.gui.register_people_dialog import AddEmployerDialog, RegisterPeopleDialog


@dataclass
class _Snapshot:
    kind: int
    name: str
    venue: str
    starts: QDate
    ends: QDate
    capacity: int


class EventDialog(QDialog):
    """Create or edit an event. Front-desk staff see everything and change nothing.
    ``event_id`` is set once the event exists; ``changed`` tells the list to reload."""

    def __init__(
        self,
        database: Database,
        user: StaffUser,
        event_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._database, self._user = database, user
        self.event_id = event_id
        self.can_edit = accounts.can(user, accounts.REPORTS)
        self.changed = False
        self.draft: dict[str, object] | None = None  # what was typed when the screen locked
        self._site_id: int | None = None
        self._roles = role_texts()

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("eventTabs")
        self.tabs.addTab(self._build_event_tab(), self.tr("&Event"))
        self.booths_stack = self._gated(self._build_booths_tab(), "booths")
        self.tabs.addTab(self.booths_stack, self.tr("Employers and &booths"))
        self.registrations_stack = self._gated(self._build_registrations_tab(), "registrations")
        self.tabs.addTab(self.registrations_stack, self.tr("Re&gistrations"))

        self.buttons = QDialogButtonBox(self)
        if self.can_edit:
            self.buttons.setStandardButtons(
                QDialogButtonBox.StandardButton.Save
                | QDialogButtonBox.StandardButton.Apply
                | QDialogButtonBox.StandardButton.Close
            )
            self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
            self.save_button.setObjectName("saveButton")
            self.apply_button = self.buttons.button(QDialogButtonBox.StandardButton.Apply)
            self.apply_button.setObjectName("applyButton")
            self.apply_button.clicked.connect(lambda: self.apply())
            self.buttons.accepted.connect(lambda: self.save())
        else:
            self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)

        if event_id is None:
            self.setWindowTitle(self.tr("New event"))
            today = clock.today()
            self.starts.setDate(QDate(today.year, today.month, today.day))
            self.ends.setDate(QDate(today.year, today.month, today.day))
            with self._database.sessions() as session:
                from coworking.core.setup import current_site

                site = current_site(session)
                self._site_id = site.id if site else None
        else:
            self._load_event()
            self.refresh_booths()
            self.refresh_registrations()
        self._snapshot = self._take_snapshot()
        self._update_gates()
        if not self.can_edit:
            self._make_read_only()
        self.resize(980, 600)
        self.name.setFocus()

    # -- construction ------------------------------------------------------------------------

    def _build_event_tab(self) -> QWidget:
        page = QWidget(self)
        self.kind = QComboBox(page)
        self.kind.setObjectName("kindCombo")
        self.kind.addItem(self.tr("Job fair"), EventKind.JOB_FAIR)
        self.kind.addItem(self.tr("Workshop"), EventKind.WORKSHOP)
        self.name = QLineEdit(page)
        self.name.setObjectName("nameEdit")
        self.name.setMaxLength(150)
        self.name.setPlaceholderText(self.tr("e.g. Feria de Empleo Manta 2026"))
        self.venue = QLineEdit(page)
        self.venue.setObjectName("venueEdit")
        self.venue.setMaxLength(150)
        self.venue.setPlaceholderText(self.tr("e.g. Centro de Convenciones, Malecón"))
        self.starts = date_edit(page, "startDate")
        self.ends = date_edit(page, "endDate")
        self.starts.dateChanged.connect(self._start_changed)
        self.capacity = QSpinBox(page)
        self.capacity.setObjectName("capacitySpin")
        self.capacity.setRange(0, 100_000)
        self.capacity.setSingleStep(50)
        self.capacity.setSpecialValueText(self.tr("No limit"))
        self.capacity.setMinimumWidth(150)
        self.capacity.setMinimumHeight(self.name.sizeHint().height())
        self.capacity.setToolTip(
            self.tr("Most people that can be registered in advance; 0 means no limit.")
        )
        name_field, name_error = field_with_error(page, self.name, "nameError")
        ends_field, ends_error = field_with_error(page, self.ends, "endDateError")
        self.errors = FieldErrors(
            {"name": (self.name, name_error), "ends": (self.ends, ends_error)}
        )

        form = dialog_form()
        rows: list[tuple[str, QWidget, QWidget]] = [
            (self.tr("&Kind"), self.kind, self.kind),
            (self.tr("&Name"), self.name, name_field),
            (self.tr("&Venue"), self.venue, self.venue),
            (self.tr("&Starts on"), self.starts, self._left(page, self.starts)),
            (self.tr("En&ds on"), self.ends, self._left(page, ends_field)),
            (self.tr("&Capacity"), self.capacity, self._left(page, self.capacity)),
        ]
        for text, buddy, field in rows:
            form.addRow(form_label(text, buddy, page), field)
        self.kind.setMaximumWidth(260)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addLayout(form)
        layout.addStretch(1)
        return page

    @staticmethod
    def _left(parent: QWidget, widget: QWidget) -> QWidget:
        """``widget`` at its natural width, not stretched over the whole form."""
        box = QWidget(parent)
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(widget)
        row.addStretch(1)
        return box

    def _build_booths_tab(self) -> QWidget:
        page = QWidget(self)
        self.booth_table = make_table(
            page,
            [
                self.tr("Booth"),
                self.tr("Employer"),
                self.tr("Representatives"),
                self.tr("Vacancies"),
            ],
            "boothTable",
        )
        header = self.booth_table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.booth_table.setColumnWidth(0, 90)
        self.booth_table.setColumnWidth(2, 150)
        self.booth_table.setColumnWidth(3, 110)
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.booth_table.setSortingEnabled(True)
        self.add_booth_button = QPushButton(self.tr("&Add employer…"), page)
        self.add_booth_button.setObjectName("addBoothButton")
        self.change_booth_button = QPushButton(self.tr("C&hange booth…"), page)
        self.change_booth_button.setObjectName("changeBoothButton")
        self.remove_booth_button = QPushButton(self.tr("&Remove from event"), page)
        self.remove_booth_button.setObjectName("removeBoothButton")
        self.add_booth_button.clicked.connect(lambda: self.add_employer())
        self.change_booth_button.clicked.connect(lambda: self.change_booth())
        self.remove_booth_button.clicked.connect(lambda: self.remove_employer())
        self.booth_table.doubleClicked.connect(lambda _index: self.change_booth())
        self.booth_table.itemSelectionChanged.connect(self._update_booth_buttons)
        EnterFilter(self.booth_table, lambda: self.change_booth())
        self.booths_summary = QLabel(page)
        self.booths_summary.setProperty("role", "subtitle")
        top = QHBoxLayout()
        top.addWidget(self.booths_summary, 1)
        top.addWidget(self.add_booth_button)
        top.addWidget(self.change_booth_button)
        top.addWidget(self.remove_booth_button)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addLayout(top)
        layout.addWidget(self.booth_table, 1)
        return page

    def _build_registrations_tab(self) -> QWidget:
        page = QWidget(self)
        self.registration_filter = QLineEdit(page)
        self.registration_filter.setObjectName("registrationFilter")
        self.registration_filter.setClearButtonEnabled(True)
        self.registration_filter.setPlaceholderText(self.tr("Filter by name, company or code…"))
        self.show_cancelled = QCheckBox(self.tr("Show cance&lled"), page)
        self.show_cancelled.setObjectName("showCancelledCheck")
        self.registrations_summary = QLabel(page)
        self.registrations_summary.setProperty("role", "subtitle")
        self.register_button = QPushButton(self.tr("Register &people…"), page)
        self.register_button.setObjectName("registerPeopleButton")
        self.cancel_registration_button = QPushButton(self.tr("&Cancel registration…"), page)
        self.cancel_registration_button.setObjectName("cancelRegistrationButton")
        self.registration_table = make_table(
            page,
            [
                self.tr("Name"),
                self.tr("Role"),
                self.tr("Organization"),
                self.tr("Badge code"),
                self.tr("Status"),
            ],
            "registrationTable",
        )
        self.registration_table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        header = self.registration_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in ((1, 200), (2, 170), (3, 110), (4, 140)):
            self.registration_table.setColumnWidth(column, width)
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.registration_table.setSortingEnabled(True)
        self.registration_filter.textChanged.connect(lambda _t: self._filter_registrations())
        EnterFilter(self.registration_filter, self._focus_registrations)
        self.show_cancelled.toggled.connect(lambda _on: self.refresh_registrations())
        self.register_button.clicked.connect(lambda: self.register_people())
        self.cancel_registration_button.clicked.connect(lambda: self.cancel_selected())
        self.registration_table.itemSelectionChanged.connect(self._update_registration_buttons)
        EnterFilter(self.registration_table, lambda: None)  # Enter must not close the dialog
        top = QHBoxLayout()
        top.addWidget(self.registration_filter, 1)
        top.addWidget(self.show_cancelled)
        top.addSpacing(12)
        top.addWidget(self.register_button)
        top.addWidget(self.cancel_registration_button)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addLayout(top)
        layout.addWidget(self.registration_table, 1)
        layout.addWidget(self.registrations_summary)
        QShortcut(QKeySequence.StandardKey.Find, page, self.registration_filter.setFocus)
        return page

    def _gated(self, content: QWidget, name: str) -> QStackedWidget:
        """A tab that asks to save a new event before its lists can be used."""
        stack = QStackedWidget(self)
        notice = QWidget(stack)
        column = QVBoxLayout(notice)
        column.addStretch(1)
        text = QLabel(
            self.tr("Save the event first; then add its employers and register people."),
            notice,
        )
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        column.addWidget(text)
        button = QPushButton(self.tr("Save the event &now"), notice)
        button.setObjectName(f"{name}SaveNowButton")
        button.clicked.connect(lambda: self.apply())
        button.setVisible(self.can_edit)
        column.addWidget(button, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addStretch(2)
        stack.addWidget(notice)
        stack.addWidget(content)
        return stack

    def _update_gates(self) -> None:
        ready = 1 if self.event_id is not None else 0
        self.booths_stack.setCurrentIndex(ready)
        self.registrations_stack.setCurrentIndex(ready)
        self._update_booth_buttons()
        self._update_registration_buttons()

    def _make_read_only(self) -> None:
        for widget in (self.kind, self.starts, self.ends):
            widget.setEnabled(False)
        for edit in (self.name, self.venue):
            edit.setReadOnly(True)
        self.capacity.setReadOnly(True)
        self.capacity.setButtonSymbols(QSpinBox.ButtonSymbols.NoButtons)
        for button in (
            self.add_booth_button,
            self.change_booth_button,
            self.remove_booth_button,
            self.register_button,
            self.cancel_registration_button,
        ):
            button.hide()
        self.booth_table.doubleClicked.disconnect()

    # -- the event's own fields --------------------------------------------------------------

    def _start_changed(self, start: QDate) -> None:
        if self.ends.date() < start:
            self.ends.setDate(start)
        self.ends.setMinimumDate(start)

    def _load_event(self) -> None:
        with self._database.sessions() as session:
            event = fairs.get_event(session, self.event_id)  # type: ignore[arg-type]
            kind, name, venue = event.kind, event.name, event.venue
            starts, ends, capacity, self._site_id = (
                event.starts_on,
                event.ends_on,
                event.capacity,
                event.site_id,
            )
        self.kind.setCurrentIndex(max(self.kind.findData(EventKind(kind)), 0))
        self.name.setText(name)
        self.venue.setText(venue or "")
        self.starts.setDate(qdate(starts))
        self.ends.setDate(qdate(ends))
        self.capacity.setValue(capacity or 0)
        title = self.tr("Event: %1") if self.can_edit else self.tr("Event (read only): %1")
        self.setWindowTitle(title.replace("%1", name))

    def _take_snapshot(self) -> _Snapshot:
        return _Snapshot(
            self.kind.currentIndex(),
            self.name.text(),
            self.venue.text(),
            self.starts.date(),
            self.ends.date(),
            self.capacity.value(),
        )

    def is_dirty(self) -> bool:
        return self.can_edit and self._take_snapshot() != self._snapshot

    def read(self) -> fairs.EventInput:
        return fairs.EventInput(
            name=self.name.text(),
            kind=EventKind(self.kind.currentData()),
            venue=self.venue.text(),
            starts_on=pydate(self.starts.date()),
            ends_on=pydate(self.ends.date()),
            capacity=self.capacity.value() or None,
            site_id=self._site_id,
        )

    def apply(self) -> bool:
        """Save the event's fields and stay in the dialog."""
        if not self.can_edit:
            return False
        data = self.read()
        problems = {}
        if not data.name.strip():
            problems["name"] = self.tr("Write the name of the event.")
        if data.ends_on and data.starts_on and data.ends_on < data.starts_on:
            problems["ends"] = self.tr("The event cannot end before it starts.")
        if self.errors.show(problems):
            self.tabs.setCurrentIndex(0)
            return False
        try:
            with self._database.unit_of_work(self._user) as session:
                event = fairs.save_event(session, self._user, data, self.event_id)
                self.event_id = event.id
        except UserError as error:
            QMessageBox.warning(self, self.tr("Cannot save the event"), str(error))
            return False
        self.changed = True
        self._snapshot = self._take_snapshot()
        self.setWindowTitle(self.tr("Event: %1").replace("%1", data.name.strip()))
        self._update_gates()
        self.refresh_booths()
        self.refresh_registrations()
        return True

    def save(self) -> bool:
        """Save the event's fields and close."""
        if not self.apply():
            return False
        self.accept()
        return True

    def reject(self) -> None:
        """Close; unsaved changes to the event's fields are not dropped without asking."""
        if self.draft is None and self.is_dirty():
            answer = ask_to_save(self, self.tr("Save the changes to this event?"))
            if answer == QMessageBox.StandardButton.Save:
                self.save()
                return
            if answer != QMessageBox.StandardButton.Discard:
                return
        super().reject()

    # -- drafts: the screen may lock while the dialog is open ---------------------------------

    def keep_draft(self) -> None:
        """Remember the typed fields (the lock closes the dialog; nothing typed is lost)."""
        snapshot = self._take_snapshot()
        self.draft = {
            "event_id": self.event_id,
            "tab": self.tabs.currentIndex(),
            "dirty": self.is_dirty(),
            "kind": snapshot.kind,
            "name": snapshot.name,
            "venue": snapshot.venue,
            "starts": snapshot.starts,
            "ends": snapshot.ends,
            "capacity": snapshot.capacity,
        }

    def restore_draft(self, draft: dict[str, object]) -> None:
        if draft.get("dirty"):
            self.kind.setCurrentIndex(int(draft["kind"]))  # type: ignore[call-overload]
            self.name.setText(str(draft["name"]))
            self.venue.setText(str(draft["venue"]))
            self.starts.setDate(draft["starts"])  # type: ignore[arg-type]
            self.ends.setDate(draft["ends"])  # type: ignore[arg-type]
            self.capacity.setValue(int(draft["capacity"]))  # type: ignore[call-overload]
        self.tabs.setCurrentIndex(int(draft.get("tab", 0)))  # type: ignore[call-overload]

    # -- employers and booths ----------------------------------------------------------------

    def refresh_booths(self) -> None:
        if self.event_id is None:
            return
        chosen = selected_keys(self.booth_table)
        with self._database.sessions() as session:
            rows = fairs.booths(session, self.event_id)
        table = self.booth_table
        table.setSortingEnabled(False)
        table.setRowCount(len(rows))
        for row, booth in enumerate(rows):
            table.setItem(row, 0, cell(booth.booth or "—", booth.employer_id))
            table.setItem(row, 1, cell(booth.trade_name))
            table.setItem(row, 2, cell(booth.representatives, align_right=True))
            table.setItem(row, 3, cell(booth.vacancies, align_right=True))
        table.setSortingEnabled(True)
        if chosen:
            select_key(table, chosen[0])
        elif rows:
            table.selectRow(0)
        without = sum(1 for b in rows if not b.booth)
        summary = self.tr("Employers taking part: %1").replace("%1", str(len(rows)))
        if without:
            summary += " · " + self.tr("without a booth: %1").replace("%1", str(without))
        self.booths_summary.setText(summary)
        self._update_booth_buttons()

    def _update_booth_buttons(self) -> None:
        chosen = bool(self.event_id and self.booth_table.selectionModel().selectedRows())
        self.change_booth_button.setEnabled(chosen)
        self.remove_booth_button.setEnabled(chosen)

    def _booth_of(self, employer_id: int) -> tuple[str, str]:
        for row in range(self.booth_table.rowCount()):
            if self.booth_table.item(row, 0).data(ID_ROLE) == employer_id:
                booth = self.booth_table.item(row, 0).text()
                return self.booth_table.item(row, 1).text(), "" if booth == "—" else booth
        return "", ""

    def _set_booth(self, employer_id: int, booth: str) -> bool:
        try:
            with self._database.unit_of_work(self._user) as session:
                fairs.set_booth(session, self._user, self.event_id, employer_id, booth)  # type: ignore[arg-type]
        except UserError as error:
            QMessageBox.warning(self, self.tr("Cannot change the booth"), str(error))
            return False
        self.changed = True
        self.refresh_booths()
        select_key(self.booth_table, employer_id)
        return True

    def add_employer(self, employer_id: int | None = None, booth: str | None = None) -> bool:
        """Make an employer take part (asks which, unless given)."""
        if self.event_id is None or not self.can_edit:
            return False
        if employer_id is None:
            with self._database.sessions() as session:
                choices = fair_queries.employers_outside_event(session, self.event_id)
            if not choices:
                QMessageBox.information(
                    self,
                    self.tr("Add an employer to the event"),
                    self.tr(
                        "Every active employer already takes part. New employers are "
                        "created in the Employers list."
                    ),
                )
                return False
            dialog = AddEmployerDialog(choices, self)
            self.add_employer_dialog = dialog
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
            employer_id, booth = dialog.employer_id(), dialog.booth.text()
        return self._set_booth(employer_id, booth or "")  # type: ignore[arg-type]

    def change_booth(self, booth: str | None = None) -> bool:
        """Give the selected employer another booth number (asks for it, unless given)."""
        chosen = selected_keys(self.booth_table)
        if not chosen or not self.can_edit:
            return False
        employer_id = chosen[0]
        name, current = self._booth_of(employer_id)
        while booth is None:
            text, ok = QInputDialog.getText(
                self,
                self.tr("Booth"),
                self.tr("Booth of “%1” (empty: not assigned yet):").replace("%1", name),
                QLineEdit.EchoMode.Normal,
                current,
            )
            if not ok:
                return False
            booth = text
        return self._set_booth(employer_id, booth)

    def remove_employer(self, ask: bool = True) -> bool:
        chosen = selected_keys(self.booth_table)
        if not chosen or not self.can_edit:
            return False
        employer_id = chosen[0]
        name, _booth = self._booth_of(employer_id)
        if ask and not confirm(
            self,
            self.tr("Remove from event"),
            self.tr(
                "Remove “%1” from this event? Its booth is freed; people already "
                "registered as its representatives stay registered."
            ).replace("%1", name),
            self.tr("&Remove"),
            self.tr("&Keep"),
        ):
            return False
        try:
            with self._database.unit_of_work(self._user) as session:
                fairs.remove_from_event(session, self._user, self.event_id, employer_id)  # type: ignore[arg-type]
        except UserError as error:
            QMessageBox.warning(self, self.tr("Cannot remove"), str(error))
            return False
        self.changed = True
        self.refresh_booths()
        return True

    # -- registrations -----------------------------------------------------------------------

    def refresh_registrations(self) -> None:
        if self.event_id is None:
            return
        chosen = set(selected_keys(self.registration_table))
        with self._database.sessions() as session:
            rows = registrations.registration_rows(
                session, self.event_id, include_cancelled=self.show_cancelled.isChecked()
            )
            event = fairs.get_event(session, self.event_id)
            capacity = event.capacity
        zone = local_zone()
        table = self.registration_table
        table.setSortingEnabled(False)
        table.setRowCount(len(rows))
        live = came = 0
        for index, row in enumerate(rows):
            if row.cancelled_at is not None:
                status = self.tr("Cancelled")
            elif row.checked_in_at is not None:
                status = self.tr("Checked in %1").replace(
                    "%1", row.checked_in_at.astimezone(zone).strftime("%d/%m %H:%M")
                )
                came += 1
            else:
                status = self.tr("Registered")
            if row.cancelled_at is None:
                live += 1
            name = cell(row.sort_name, row.registration_id)
            name.setData(
                KEY_ROLE, search_key(f"{row.full_name} {row.organization or ''} {row.badge_code}")
            )
            items = [
                name,
                cell(self._roles.get(row.role, str(row.role))),
                cell(row.organization or ""),
                cell(row.badge_code),
                cell(status),
            ]
            for column, item in enumerate(items):
                if row.cancelled_at is not None:
                    item.setForeground(MUTED)
                table.setItem(index, column, item)
        table.setSortingEnabled(True)
        self._filter_registrations()
        for registration_id in chosen:
            select_key(table, registration_id)
        summary = self.tr("Registered: %1 · checked in: %2").replace("%1", str(live))
        summary = summary.replace("%2", str(came))
        if capacity:
            summary += " · " + self.tr("capacity %1").replace("%1", str(capacity))
        self.registrations_summary.setText(summary)
        self._update_registration_buttons()

    def _filter_registrations(self) -> None:
        words = search_key(self.registration_filter.text()).split()
        table = self.registration_table
        for row in range(table.rowCount()):
            key = table.item(row, 0).data(KEY_ROLE) or ""
            table.setRowHidden(row, not all(word in key for word in words))

    def _focus_registrations(self) -> None:
        table = self.registration_table
        for row in range(table.rowCount()):
            if not table.isRowHidden(row):
                table.setFocus()
                table.selectRow(row)
                return

    def _update_registration_buttons(self) -> None:
        chosen = bool(self.event_id and self.registration_table.selectionModel().selectedRows())
        self.cancel_registration_button.setEnabled(chosen)
        self.register_button.setEnabled(self.event_id is not None)

    def register_people(self) -> int:
        """Open the registry search; returns how many people were registered."""
        if self.event_id is None or not self.can_edit:
            return 0
        dialog = RegisterPeopleDialog(self._database, self._user, self.event_id, self)
        self.register_dialog = dialog
        dialog.exec()
        if dialog.registered_count:
            self.changed = True
            self.refresh_registrations()
            self.refresh_booths()
        return dialog.registered_count

    def cancel_selected(self, ask: bool = True) -> bool:
        """Cancel the selected registrations after confirmation, all or none."""
        if not self.can_edit:
            return False
        table = self.registration_table
        rows = sorted({index.row() for index in table.selectionModel().selectedRows()})
        rows = [r for r in rows if not table.isRowHidden(r)]
        if not rows:
            return False
        ids = [table.item(r, 0).data(ID_ROLE) for r in rows]
        if len(rows) == 1:
            name = table.item(rows[0], 0).text()
            question = self.tr(
                "Cancel the registration of “%1”? Their badge will no longer let them in."
            ).replace("%1", name)
        else:
            question = self.tr(
                "Cancel these %1 registrations? Their badges will no longer let them in."
            ).replace("%1", str(len(rows)))
        if ask and not confirm(
            self,
            self.tr("Cancel registration"),
            question,
            self.tr("Cancel &registration"),
            self.tr("&Keep it"),
        ):
            return False
        try:
            with self._database.unit_of_work(self._user) as session:
                for registration_id in ids:
                    registrations.cancel(session, self._user, registration_id)
        except UserError as error:
            QMessageBox.warning(self, self.tr("Cannot cancel"), str(error))
            return False
        self.changed = True
        self.refresh_registrations()
        self.refresh_booths()
        return True
