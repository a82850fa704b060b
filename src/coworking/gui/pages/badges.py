"""Credenciales: badges for an event (all, one role or a selection) or co-working member
cards, on the chosen stock, with this printer's offset; previewed before they are printed.

A batch is generated into a temporary PDF off the GUI thread and shown in the preview; it is
logged as printed only when it is printed or saved, never for a preview. Offsets are kept per
computer and per stock (``badges/offset/<stock>``), because each printer shifts each paper
differently.
"""

from __future__ import annotations

import contextlib
import tempfile
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QSettings,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDoubleSpinBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coworking import clock
from coworking.core import badges, fairs, registrations
from coworking.core.badge_stock import DEFAULT_STOCK, STOCKS, Stock
from coworking.core.errors import UserError
from coworking.db.database import Database
from coworking.db.enums import RegistrationRole
from coworking.db.models import StaffUser
from coworking.gui import tasks
from coworking.gui.badge_entries import (
    CODE,
    NAME,
    OFFSET_LIMIT_MM,
    PRINTED,
    ROLE,
    STOCK_KEY,
    Batch,
    CheckedRadioFocus,
    Entry,
    EntryFilter,
    EntryModel,
    Request,
    Scope,
    Source,
    file_slug,
    load_entries,
    local_time,
    read_offset,
    save_offset,
)
from coworking.gui.badge_preview import BadgePreview, set_primary
from coworking.gui.pages.common import card, page_header, page_layout


class BadgesPage(QWidget):
    entries_loaded = Signal()
    batch_ready = Signal()
    batch_logged = Signal(int)

    def __init__(self, database: Database, user: StaffUser, parent: QWidget | None = None):
        super().__init__(parent)
        self._database, self._user = database, user
        self._folder = tempfile.TemporaryDirectory(
            prefix="credenciales-", ignore_cleanup_errors=True
        )
        self._serial = 0
        self._load_serial = 0
        self.batch: Batch | None = None
        self.handle: tasks.TaskHandle | None = None
        self.loading = False
        self.printing = False
        self._event_names: dict[int, str] = {}
        self._fresh = True  # built just now: the first show need not reload

        layout = page_layout(self)
        layout.addWidget(
            page_header(
                self.tr("Badges"),
                self.tr(
                    "Badges for a job fair and co-working member cards. Generate them, check the "
                    "preview, then print at true size or save the PDF."
                ),
                self,
            )
        )
        layout.addWidget(self._build_options())
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setObjectName("badgesSplitter")
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self._build_list())
        preview_card = card(self)
        self.preview = BadgePreview(preview_card)
        self.preview.setObjectName("badgePreview")
        preview_layout = QVBoxLayout(preview_card)
        preview_layout.setContentsMargins(14, 12, 14, 12)
        preview_layout.addWidget(self.preview)
        splitter.addWidget(preview_card)
        splitter.setStretchFactor(0, 3)  # the list's names before the preview's margins
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([720, 480])
        layout.addWidget(splitter, 1)

        self._connect()
        self._set_tab_order()
        self._radio_focus = CheckedRadioFocus([self.source_group, self.scope_group], self)
        self.reload_events()
        self._stock_changed()

    # -- building -----------------------------------------------------------------------

    def _build_options(self) -> QWidget:
        box = card(self)
        grid = QGridLayout(box)
        grid.setContentsMargins(16, 12, 16, 12)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(8)

        self.source_event = QRadioButton(self.tr("Event &badges"), box)
        self.source_event.setObjectName("sourceEvent")
        self.source_members = QRadioButton(self.tr("Co-working &member cards"), box)
        self.source_members.setObjectName("sourceMembers")
        self.source_group = QButtonGroup(box)
        self.source_group.addButton(self.source_event)
        self.source_group.addButton(self.source_members)
        self.source_event.setChecked(True)
        self.event_label = self._caption(self.tr("&Event:"), box)
        self.event_combo = QComboBox(box)
        self.event_combo.setObjectName("eventCombo")
        self.event_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.event_combo.setMinimumContentsLength(24)
        self.event_label.setBuddy(self.event_combo)
        self.source_row = QHBoxLayout()  # the Generate button ends it, see below
        self.source_row.addWidget(self.source_event)
        self.source_row.addWidget(self.source_members)
        self.source_row.addStretch(1)
        grid.addWidget(self._caption(self.tr("Print:"), box), 0, 0)
        grid.addLayout(self.source_row, 0, 1)
        grid.addWidget(self.event_label, 1, 0)  # a row of its own: the event's name is long
        grid.addWidget(self.event_combo, 1, 1)

        self.scope_all = QRadioButton(self.tr("&Whole event"), box)
        self.scope_all.setObjectName("scopeAll")
        self.scope_role = QRadioButton(self.tr("One &role:"), box)
        self.scope_role.setObjectName("scopeRole")
        self.role_combo = QComboBox(box)
        self.role_combo.setObjectName("roleCombo")
        for role in RegistrationRole:
            self.role_combo.addItem(registrations.role_name(role), role.value)
        self.scope_selection = QRadioButton(self.tr("Se&lection"), box)
        self.scope_selection.setObjectName("scopeSelection")
        self.scope_selection.setToolTip(self.tr("Only the people ticked in the list below"))
        self.scope_group = QButtonGroup(box)
        for button in (self.scope_all, self.scope_role, self.scope_selection):
            self.scope_group.addButton(button)
        self.scope_all.setChecked(True)
        row = QHBoxLayout()
        row.addWidget(self.scope_all)
        row.addSpacing(12)
        row.addWidget(self.scope_role)
        row.addWidget(self.role_combo)
        row.addSpacing(12)
        row.addWidget(self.scope_selection)
        row.addStretch(1)
        grid.addWidget(self._caption(self.tr("Which:"), box), 2, 0)
        grid.addLayout(row, 2, 1)

        self.stock_label = self._caption(self.tr("S&tock:"), box)
        self.stock_combo = QComboBox(box)
        self.stock_combo.setObjectName("stockCombo")
        for stock in STOCKS.values():
            self.stock_combo.addItem(stock.label, stock.key)
        self.stock_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.stock_combo.setMinimumContentsLength(36)
        self.stock_label.setBuddy(self.stock_combo)
        saved = str(QSettings().value(STOCK_KEY, DEFAULT_STOCK) or DEFAULT_STOCK)
        self.stock_combo.setCurrentIndex(max(self.stock_combo.findData(saved), 0))
        offset_tip = self.tr(
            "Moves every badge on the sheet to make up for this printer's margins "
            "(right and down are positive). Kept for this computer and this stock."
        )
        self.offset_label = QLabel(self.tr("Printer offset:"), box)
        self.offset_label.setToolTip(offset_tip)
        self.offset_x = self._offset_spin("offsetX", offset_tip, box)
        self.offset_y = self._offset_spin("offsetY", offset_tip, box)
        x_label = QLabel(self.tr("&X"), box)
        x_label.setBuddy(self.offset_x)
        y_label = QLabel(self.tr("&Y"), box)
        y_label.setBuddy(self.offset_y)
        self.generate_button = QPushButton(self.tr("&Generate"), box)
        self.generate_button.setObjectName("generateBadges")
        self.generate_button.setProperty("primary", True)
        self.generate_button.setToolTip(self.tr("Make the PDF and show it (Ctrl+G)"))
        self.generate_button.setMinimumWidth(120)
        row = QHBoxLayout()
        row.addWidget(self.stock_combo, 1)
        row.addSpacing(16)
        row.addWidget(self.offset_label)
        row.addSpacing(6)
        row.addWidget(x_label)
        row.addWidget(self.offset_x)
        row.addSpacing(10)
        row.addWidget(y_label)
        row.addWidget(self.offset_y)
        self.source_row.addWidget(self.generate_button)
        grid.addWidget(self.stock_label, 3, 0)
        grid.addLayout(row, 3, 1)
        grid.setColumnStretch(1, 1)
        return box

    def _caption(self, text: str, parent: QWidget) -> QLabel:
        label = QLabel(text, parent)
        label.setProperty("role", "heading")
        return label

    def _offset_spin(self, name: str, tip: str, parent: QWidget) -> QDoubleSpinBox:
        spin = QDoubleSpinBox(parent)
        spin.setObjectName(name)
        spin.setRange(-OFFSET_LIMIT_MM, OFFSET_LIMIT_MM)
        spin.setSingleStep(0.5)
        spin.setDecimals(1)
        spin.setSuffix(" mm")
        spin.setToolTip(tip)
        spin.setMinimumWidth(80)
        return spin

    def _build_list(self) -> QWidget:
        box = card(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(14, 12, 14, 12)
        column.setSpacing(8)
        self.list_title = QLabel(box)
        self.list_title.setProperty("role", "heading")
        self.list_title.setWordWrap(True)
        column.addWidget(self.list_title)
        row = QHBoxLayout()
        self.filter_edit = QLineEdit(box)
        self.filter_edit.setObjectName("badgeFilter")
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setPlaceholderText(self.tr("Name or badge code (Ctrl+F)"))
        self.filter_edit.setToolTip(
            self.tr(
                "Shows the people whose name or code has what you type; Enter ticks the only match"
            )
        )
        self.check_all_button = QPushButton(self.tr("Tic&k all shown"), box)
        self.check_all_button.setObjectName("checkAll")
        self.check_none_button = QPushButton(self.tr("&Untick all"), box)
        self.check_none_button.setObjectName("checkNone")
        column.addWidget(self.filter_edit)
        self.model = EntryModel(self)
        self.proxy = EntryFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(box)
        self.table.setObjectName("badgeList")
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)  # Tab leaves the list; arrows move in it
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(NAME, Qt.SortOrder.AscendingOrder)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        for section in (CODE, PRINTED):  # never cut a code or a date
            header.setSectionResizeMode(section, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setColumnWidth(
            ROLE, self.table.fontMetrics().horizontalAdvance("Candidato/a ·") + 20
        )
        column.addWidget(self.table, 1)
        self.summary = QLabel(box)
        self.summary.setObjectName("badgeSummary")
        self.summary.setProperty("role", "subtitle")
        self.summary.setWordWrap(True)
        row.addWidget(self.summary, 1)  # under the list, beside the buttons that tick it
        row.addWidget(self.check_all_button)
        row.addWidget(self.check_none_button)
        column.addLayout(row)
        return box

    def _connect(self) -> None:
        self.source_group.buttonToggled.connect(self._source_toggled)
        self.scope_group.buttonToggled.connect(self._scope_toggled)
        self.event_combo.currentIndexChanged.connect(lambda _index: self.reload_list())
        self.role_combo.currentIndexChanged.connect(self._role_changed)
        self.stock_combo.currentIndexChanged.connect(lambda _index: self._stock_changed())
        self.offset_x.valueChanged.connect(self._offset_changed)
        self.offset_y.valueChanged.connect(self._offset_changed)
        self.generate_button.clicked.connect(lambda: self.generate())
        self.filter_edit.textChanged.connect(lambda _text: self._apply_filter())
        self.filter_edit.returnPressed.connect(self._tick_from_filter)
        self.check_all_button.clicked.connect(self.check_all_shown)
        self.check_none_button.clicked.connect(lambda: self.model.set_checked(set()))
        self.model.checked_changed.connect(self._update_summary)
        self.model.modelReset.connect(self._update_summary)
        self.preview.printed.connect(self._printed)
        self.preview.saved.connect(self._saved)
        self.preview.printing.connect(self._printing_changed)
        QShortcut(QKeySequence("Ctrl+G"), self, lambda: self.generate())
        QShortcut(QKeySequence.StandardKey.Find, self, self._focus_filter)

    def _set_tab_order(self) -> None:
        chain = [
            self.source_event,
            self.source_members,
            self.event_combo,
            self.scope_all,
            self.scope_role,
            self.scope_selection,
            self.role_combo,
            self.stock_combo,
            self.offset_x,
            self.offset_y,
            self.generate_button,
            self.filter_edit,
            self.check_all_button,
            self.check_none_button,
            self.table,
            self.preview.fit_width_button,
            self.preview.fit_page_button,
            self.preview.zoom_out_button,
            self.preview.zoom_in_button,
            self.preview.save_button,
            self.preview.print_button,
            self.preview.view,
        ]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    # -- what is chosen -----------------------------------------------------------------

    def source(self) -> Source:
        return Source.MEMBERS if self.source_members.isChecked() else Source.EVENT

    def scope(self) -> Scope:
        if self.scope_selection.isChecked():
            return Scope.SELECTION
        if self.scope_role.isChecked() and self.source() is Source.EVENT:
            return Scope.ROLE
        return Scope.ALL

    def event_id(self) -> int | None:
        data = self.event_combo.currentData()
        return int(data) if data is not None else None

    def role(self) -> RegistrationRole:
        return RegistrationRole(self.role_combo.currentData())

    def stock(self) -> Stock:
        return STOCKS[str(self.stock_combo.currentData())]

    def work_folder(self) -> Path:
        """Where generated PDFs wait to be printed or saved (removed with the page)."""
        return Path(self._folder.name)

    def reload_events(self) -> None:
        keep = self.event_id()
        with self._database.sessions() as session:
            events = fairs.list_events(session)
            current = fairs.current_event(session, clock.today())
        self._event_names = {event.id: event.name for event in events}
        self.event_combo.blockSignals(True)
        self.event_combo.clear()
        for event in events:
            self.event_combo.addItem(f"{event.name} · {event.starts_on:%d/%m/%Y}", event.id)
        self.event_combo.blockSignals(False)
        wanted = keep if keep is not None else (current.id if current else None)
        index = self.event_combo.findData(wanted) if wanted is not None else -1
        self.event_combo.setCurrentIndex(max(index, 0) if events else -1)
        self.reload_list()

    def reload_list(self) -> None:
        """Load the badges of the chosen event (or the members) off the GUI thread."""
        self._load_serial += 1
        serial = self._load_serial
        source, event_id = self.source(), self.event_id()
        self.loading = True
        self._update_controls()

        def work(_context: tasks.TaskContext) -> list[Entry]:  # worker thread: no widgets
            return load_entries(self._database, source, event_id)

        def done(entries: list[Entry]) -> None:
            if serial != self._load_serial:
                return  # the choice changed meanwhile; a newer load is on its way
            self.model.set_entries(entries)  # ticks of people no longer listed are dropped
            # an empty «printed» column would only take the names' room on a small screen
            self.table.setColumnHidden(PRINTED, not any(e.printed_at for e in entries))
            self.loading = False
            self._update_controls()
            self.entries_loaded.emit()

        def failed(error: tasks.TaskError) -> None:
            if serial == self._load_serial:
                self.loading = False
                self._update_controls()
                QMessageBox.warning(self, self.tr("Badges"), error.message)

        tasks.start_task(work, on_done=done, on_error=failed)

    def _source_toggled(self, _button: QRadioButton, checked: bool) -> None:
        if not checked:
            return
        members = self.source() is Source.MEMBERS
        if members and self.scope_role.isChecked():
            self.scope_all.setChecked(True)
        self.model.checked.clear()
        self.reload_list()

    def _scope_toggled(self, _button: QRadioButton, checked: bool) -> None:
        if checked:
            self._apply_filter()
            self._update_controls()

    def _role_changed(self) -> None:
        if self.scope() is not Scope.ROLE:
            self.scope_role.setChecked(True)  # choosing a role means "this role"
        self._apply_filter()
        self._update_controls()

    def _apply_filter(self) -> None:
        scope = self.scope()
        role = self.role() if scope is Scope.ROLE else None
        text = self.filter_edit.text() if scope is Scope.SELECTION else ""
        self.proxy.set_criteria(role, text)
        self.model.set_checkable(scope is Scope.SELECTION)
        self._update_summary()

    def _update_controls(self) -> None:
        event_source = self.source() is Source.EVENT
        selection = self.scope() is Scope.SELECTION
        self.event_label.setEnabled(event_source)
        self.event_combo.setEnabled(event_source)
        self.scope_role.setEnabled(event_source)
        self.role_combo.setEnabled(event_source)
        self.scope_all.setText(self.tr("&Whole event") if event_source else self.tr("&All members"))
        for widget in (self.filter_edit, self.check_all_button, self.check_none_button):
            widget.setEnabled(selection)
        running = self.handle is not None and self.handle.is_running
        self.generate_button.setEnabled(not running and not self.loading and not self.printing)
        self.preview.hold_outputs(running)  # the shown PDF's file goes when the new one arrives
        set_primary(self.generate_button, self.generate_button.isEnabled())
        self.table.setColumnHidden(ROLE, not event_source)
        self._update_summary()

    def _update_summary(self) -> None:
        if self.source() is Source.EVENT:
            title = self.event_combo.currentText() or self.tr(
                "No events yet: create one in Job fairs."
            )
        else:
            title = self.tr("Co-working members with a member code")
        self.list_title.setText(title)
        if self.loading and not self.model.entries:
            self.summary.setText(self.tr("Loading…"))
            return
        shown = [
            self.model.entry(self.proxy.mapToSource(self.proxy.index(row, 0)).row())
            for row in range(self.proxy.rowCount())
        ]
        if self.scope() is Scope.SELECTION:
            chosen = [e for e in self.model.entries if e.id in self.model.checked]
            text = self.tr(
                "%Ln ticked of %1. Tick with the mouse or the space bar.", "", len(chosen)
            )
            text = text.replace("%1", str(len(self.model.entries)))
        else:
            chosen = shown
            text = (
                self.tr("%Ln member card(s) will be generated.", "", len(chosen))
                if self.source() is Source.MEMBERS
                else self.tr("%Ln badge(s) will be generated.", "", len(chosen))
            )
        printed = sum(1 for e in chosen if e.printed_at is not None)
        if printed:
            text += " " + self.tr("Already printed before: %1.").replace("%1", str(printed))
        if not self.model.entries and not self.loading:
            if self.source() is Source.MEMBERS:
                text = self.tr("No member has a member code yet (it is given in People).")
            elif self.event_id() is None:
                text = ""  # the title already says to create an event
            else:
                text = self.tr("Nobody is registered for this event yet.")
        self.summary.setText(text)

    # -- stock and offset ---------------------------------------------------------------

    def _stock_changed(self) -> None:
        key = self.stock().key
        QSettings().setValue(STOCK_KEY, key)
        x, y = read_offset(key)
        for spin, value in ((self.offset_x, x), (self.offset_y, y)):
            spin.blockSignals(True)
            spin.setValue(value)
            spin.blockSignals(False)

    def _offset_changed(self) -> None:
        save_offset(self.stock().key, self.offset_x.value(), self.offset_y.value())

    # -- the selection list -------------------------------------------------------------

    def _focus_filter(self) -> None:
        if not self.scope_selection.isChecked():
            self.scope_selection.setChecked(True)
        self.filter_edit.setFocus()
        self.filter_edit.selectAll()

    def _tick_from_filter(self) -> None:
        if self.proxy.rowCount() == 1:
            self.model.toggle(self.proxy.mapToSource(self.proxy.index(0, 0)).row())
            self.filter_edit.selectAll()
        elif self.proxy.rowCount() > 1:
            self.table.setFocus()
            self.table.selectRow(0)

    def check_all_shown(self) -> None:
        rows = (
            self.proxy.mapToSource(self.proxy.index(r, 0)).row()
            for r in range(self.proxy.rowCount())
        )
        self.model.set_checked(self.model.checked | {self.model.entry(row).id for row in rows})

    def set_checked_ids(self, ids: set[int]) -> None:
        self.model.set_checked(ids)

    # -- generating ---------------------------------------------------------------------

    def request(self) -> Request | None:
        """What to generate, or None after telling the person what is missing."""
        source, scope = self.source(), self.scope()
        event_id = self.event_id() if source is Source.EVENT else None
        if source is Source.EVENT and event_id is None:
            self._inform(self.tr("Create an event first (Job fairs)."))
            return None
        ids: tuple[int, ...] | None = None
        if scope is Scope.SELECTION:
            ids = tuple(e.id for e in self.model.entries if e.id in self.model.checked)
            if not ids:
                self._inform(self.tr("Tick at least one person in the list."))
                return None
        return Request(
            source,
            scope,
            event_id,
            self._event_names.get(event_id, "") if event_id is not None else "",
            self.role() if scope is Scope.ROLE else None,
            ids,
            self.stock(),
            (self.offset_x.value(), self.offset_y.value()),
        )

    def _inform(self, text: str) -> None:
        QMessageBox.information(self, self.tr("Badges"), text)

    def already_printed(self, request: Request) -> tuple[int, list[tuple[int, datetime]]]:
        """How many badges the request holds, and (id, first printed) of those printed
        before, read from the database now (another station may have printed meanwhile)."""
        with self._database.sessions() as session:
            if request.source is Source.MEMBERS:
                ids = request.ids or [pid for pid, _ in badges.member_badges(session)]
                found = [(i, badges.first_print(session, person_id=i)) for i in ids]
            else:
                assert request.event_id is not None
                if request.ids is not None:
                    ids = request.ids
                else:
                    ids = tuple(
                        row.registration_id
                        for row in registrations.registration_rows(session, request.event_id)
                        if request.role is None or row.role == request.role
                    )
                found = [(i, badges.first_print(session, registration_id=i)) for i in ids]
        return len(found), [(i, when) for i, when in found if when is not None]

    def _confirm_reprint(self, request: Request) -> bool:
        if request.scope is Scope.ALL:
            return True
        try:
            total, printed = self.already_printed(request)
        except UserError as error:
            QMessageBox.warning(self, self.tr("Badges"), str(error))
            return False
        if not printed:
            return True
        first = min(when for _id, when in printed)
        members = request.source is Source.MEMBERS
        question = (
            self.tr(
                "Already printed: %1 of these %Ln member card(s) (the first one on %2). "
                "Generate them again?",
                "",
                total,
            )
            if members
            else self.tr(
                "Already printed: %1 of these %Ln badge(s) (the first one on %2). "
                "Generate them again?",
                "",
                total,
            )
        )
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Member cards already printed")
            if members
            else self.tr("Badges already printed"),
            question.replace("%1", str(len(printed))).replace("%2", local_time(first)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setObjectName("reprintQuestion")
        names = {e.id: e.name for e in self.model.entries}
        known = [(names[i], when) for i, when in sorted(printed, key=lambda p: p[1]) if i in names]
        listed = [f"{name} — {local_time(when)}" for name, when in known[:8]]
        if len(printed) > len(listed):
            more = len(printed) - len(listed)
            listed.append(self.tr("and %1 more").replace("%1", str(more)))
        box.setInformativeText("\n".join(listed))
        box.setDefaultButton(QMessageBox.StandardButton.No)
        return box.exec() == QMessageBox.StandardButton.Yes

    def generate(self) -> tasks.TaskHandle | None:
        """Write the chosen badges to a temporary PDF in the background, then preview it."""
        if not self.generate_button.isEnabled():
            return None  # generating or printing already, or the list is still loading
        request = self.request()
        if request is None or not self._confirm_reprint(request):
            return None
        self._serial += 1
        path = self.work_folder() / f"credenciales-{self._serial}.pdf"
        database = self._database
        members = request.source is Source.MEMBERS
        step_text = self.tr("Member card %1 of %2") if members else self.tr("Badge %1 of %2")
        title = self.tr("Generating member cards") if members else self.tr("Generating badges")

        def work(context: tasks.TaskContext) -> Batch:  # worker thread: no widgets
            context.report(0, 0, title)
            with database.sessions() as session:
                if request.source is Source.MEMBERS:
                    items = badges.member_badges(session, request.ids)
                else:
                    assert request.event_id is not None
                    items = badges.event_badges(
                        session,
                        request.event_id,
                        role=request.role,
                        registration_ids=request.ids,
                    )
            context.raise_if_cancelled()

            def progress(done: int, total: int) -> bool:
                text = step_text.replace("%1", str(done)).replace("%2", str(total))
                context.report(done, total, text)
                return not context.cancelled

            try:
                pages = badges.write_pdf(
                    [badge for _id, badge in items],
                    path,
                    request.stock,
                    offset_mm=request.offset,
                    progress=progress,
                )
            except UserError:
                if context.cancelled:
                    raise tasks.Cancelled from None
                raise
            ids = tuple(item_id for item_id, _badge in items)
            members = request.source is Source.MEMBERS
            return Batch(
                path,
                pages,
                request.stock,
                () if members else ids,
                ids if members else (),
                batch_caption(request, len(ids)),
                batch_file_name(request),
            )

        self.handle = tasks.run_with_progress(
            self,
            title,
            work,
            on_done=self._generated,
            on_error=self._generation_failed,
            on_cancel=self._generation_cancelled,
        )
        self.handle.finished.connect(self._update_controls)
        self._update_controls()
        return self.handle

    def _generated(self, batch: Batch) -> None:
        previous = self.batch
        try:
            self.preview.show_pdf(batch.path, batch.caption, batch.file_name)
        except UserError as error:
            QMessageBox.warning(self, self.tr("Badges"), str(error))
            return
        self.batch = batch
        if previous is not None and previous.path != batch.path:
            # If still open somewhere, it goes with the folder when the page does.
            with contextlib.suppress(OSError):
                previous.path.unlink(missing_ok=True)
        self.batch_ready.emit()

    def _generation_failed(self, error: tasks.TaskError) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Badges"),
            error.message,
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.setObjectName("generationError")
        if not isinstance(error.exception, UserError):
            box.setDetailedText(error.details)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        box.open()

    def _generation_cancelled(self) -> None:
        self.summary.setText(self.tr("Generation cancelled: no file was made."))

    # -- printing and saving ------------------------------------------------------------

    def _printing_changed(self, printing: bool) -> None:
        self.printing = printing  # no new batch meanwhile: the shown one is being printed
        self._update_controls()

    def _printed(self, pages: list[int]) -> None:
        self._log_batch(pages)

    def _saved(self, _path: Path) -> None:
        self._log_batch(None)

    def _log_batch(self, pages: list[int] | None) -> int:
        """Log the batch's badges as printed: all of them, or those on ``pages``."""
        batch = self.batch
        if batch is None:
            return 0
        try:
            with self._database.unit_of_work(self._user) as session:
                logged = badges.log_prints(
                    session,
                    self._user,
                    batch.stock,
                    registration_ids=batch.on_pages(batch.registration_ids, pages),
                    person_ids=batch.on_pages(batch.person_ids, pages),
                )
        except UserError as error:
            QMessageBox.warning(self, self.tr("Badges"), str(error))
            return 0
        self.batch_logged.emit(logged)
        self.reload_list()
        return logged

    # -- life cycle ---------------------------------------------------------------------

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if self._fresh:
            self._fresh = False
        elif not event.spontaneous():
            self.reload_events()  # registrations made elsewhere meanwhile


def batch_caption(request: Request, count: int) -> str:
    """The line above the preview: what these badges are."""
    what = (
        QCoreApplication.translate("BadgesPage", "Co-working member cards")
        if request.source is Source.MEMBERS
        else request.event_name
    )
    if request.role is not None:
        what += f" · {registrations.role_name(request.role)}"
    elif request.scope is Scope.SELECTION:
        what += " · " + QCoreApplication.translate("BadgesPage", "selection")
    amount = (
        BadgesPage.tr("%Ln member card(s)", "", count)
        if request.source is Source.MEMBERS
        else BadgesPage.tr("%Ln badge(s)", "", count)
    )
    return f"{what} · {amount}"


def batch_file_name(request: Request) -> str:
    if request.source is Source.MEMBERS:
        return "carnets-coworking.pdf"
    name = file_slug(request.event_name)
    if request.role is not None:
        name += "-" + file_slug(registrations.role_name(request.role))
    return f"credenciales-{name}.pdf"
