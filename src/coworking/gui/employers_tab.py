"""The employers that take part in job fairs, with a filter that ignores case and accents.
Coordinators and administrators create and edit them; front-desk staff open them to look."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coworking.core import accounts, fair_queries, reference
from coworking.core.text import search_key
from coworking.db.database import Database
from coworking.db.models import StaffUser
from coworking.gui.employer_dialog import EmployerDialog
from coworking.gui.fair_widgets import (
    ID_ROLE,
    KEY_ROLE,
    MUTED,
    EnterFilter,
    cell,
    make_table,
    select_key,
)


class EmployersTab(QWidget):
    """Employers in alphabetical order; ``employers_changed`` follows every save."""

    employers_changed = Signal()

    def __init__(self, database: Database, user: StaffUser, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._database, self._user = database, user
        self.can_edit = accounts.can(user, accounts.REPORTS)
        self._pending: tuple[int | None, dict] | None = None

        self.filter = QLineEdit(self)
        self.filter.setObjectName("employerFilter")
        self.filter.setClearButtonEnabled(True)
        self.filter.setPlaceholderText(self.tr("Filter by name, RUC, sector or contact…"))
        self.summary = QLabel(self)
        self.summary.setProperty("role", "subtitle")
        self.new_button = QPushButton(self.tr("&New employer…"), self)
        self.new_button.setObjectName("newEmployerButton")
        self.new_button.setProperty("primary", True)
        self.new_button.setVisible(self.can_edit)
        self.edit_button = QPushButton(
            self.tr("Ed&it…") if self.can_edit else self.tr("&Open…"), self
        )
        self.edit_button.setObjectName("editEmployerButton")
        self.import_button = QPushButton(self.tr("Import e&mployers…"), self)
        self.import_button.setObjectName("importEmployersButton")
        self.import_button.setToolTip(
            self.tr("Employers from a spreadsheet (CSV or Excel); those already listed are updated")
        )
        self.import_button.setVisible(self.can_edit)
        self.table = make_table(
            self,
            [
                self.tr("Trade name"),
                self.tr("RUC"),
                self.tr("Sector (CIIU)"),
                self.tr("Contact"),
                self.tr("Inclusive hiring"),
                self.tr("Vacancies"),
            ],
            "employersTable",
        )
        header = self.table.horizontalHeader()
        for column in (0, 1, 4, 5):  # the trade name, the RUC and the titles are never cut
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        for column in (2, 3):  # the sector and the contact give way
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(120)  # but never vanish: the list scrolls sideways

        top = QHBoxLayout()
        top.addWidget(self.filter, 1)
        top.addWidget(self.summary)
        top.addSpacing(12)
        top.addWidget(self.import_button)
        top.addWidget(self.new_button)
        top.addWidget(self.edit_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)

        self.filter.textChanged.connect(lambda _text: self.apply_filter())
        EnterFilter(self.filter, self._focus_first)
        self.new_button.clicked.connect(lambda: self.new_employer())
        self.edit_button.clicked.connect(lambda: self.edit_selected())
        self.import_button.clicked.connect(lambda: self.import_employers())
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        EnterFilter(self.table, lambda: self.edit_selected())
        self.table.itemSelectionChanged.connect(self._update_buttons)
        QShortcut(QKeySequence.StandardKey.Find, self, self.filter.setFocus)
        if self.can_edit:
            QShortcut(QKeySequence.StandardKey.New, self, lambda: self.new_employer())
        self.refresh()

    def refresh(self) -> None:
        chosen = self.current_employer_id()
        with self._database.sessions() as session:
            rows = fair_queries.employer_rows(session)
        sectors = {entry.code: entry.name for entry in reference.ciiu_sections()}
        self.table.setRowCount(len(rows))
        for index, row in enumerate(rows):
            sector = f"{row.sector} · {sectors.get(row.sector, '')}" if row.sector else ""
            contact = " · ".join(
                part for part in (row.contact_name, row.contact_phone, row.contact_email) if part
            )
            name = row.trade_name if row.active else f"{row.trade_name} ({self.tr('inactive')})"
            items = [
                cell(name, row.id),
                cell(row.ruc),
                cell(sector),
                cell(contact),
                cell(self.tr("✓ Committed") if row.inclusive_commitment else "—"),
                cell(row.vacancies, align_right=True),
            ]
            items[0].setData(
                KEY_ROLE,
                search_key(" ".join([row.trade_name, row.ruc, sector, contact])),
            )
            items[2].setToolTip(sector)
            items[3].setToolTip(contact)
            items[5].setToolTip(self.tr("Positions: %1").replace("%1", str(row.positions)))
            for column, item in enumerate(items):
                if not row.active:
                    item.setForeground(MUTED)
                self.table.setItem(index, column, item)
        self._total = len(rows)
        self.apply_filter()
        if chosen is None or not select_key(self.table, chosen):
            self._focus_first(focus=False)

    def apply_filter(self) -> None:
        words = search_key(self.filter.text()).split()
        shown = 0
        for row in range(self.table.rowCount()):
            key = self.table.item(row, 0).data(KEY_ROLE) or ""
            hidden = not all(word in key for word in words)
            self.table.setRowHidden(row, hidden)
            shown += not hidden
        if not self._total:
            text = self.tr("No employers yet.")
        elif words:
            text = self.tr("%1 of %2").replace("%1", str(shown)).replace("%2", str(self._total))
        else:
            text = self.tr("Employers: %1").replace("%1", str(self._total))
        self.summary.setText(text)
        self._update_buttons()

    def _focus_first(self, focus: bool = True) -> None:
        for row in range(self.table.rowCount()):
            if not self.table.isRowHidden(row):
                self.table.selectRow(row)
                if focus:
                    self.table.setFocus()
                return

    def current_employer_id(self) -> int | None:
        rows = [
            index.row()
            for index in self.table.selectionModel().selectedRows()
            if not self.table.isRowHidden(index.row())
        ]
        return self.table.item(rows[0], 0).data(ID_ROLE) if rows else None

    def _update_buttons(self) -> None:
        self.edit_button.setEnabled(self.current_employer_id() is not None)

    def new_employer(self) -> None:
        if self.can_edit:
            self._open(None)

    def edit_selected(self) -> None:
        employer_id = self.current_employer_id()
        if employer_id is not None:
            self._open(employer_id)

    def import_employers(self) -> None:
        """The import wizard for employers (coordinators)."""
        from coworking.gui.import_wizard import ImportWizard

        if not self.can_edit:
            return
        wizard = ImportWizard(self._database, self._user, "employers", self)
        wizard.exec()
        imported = wizard.check_page.imported
        wizard.setParent(None)  # freed now: a QWizard left to its parent crashed Qt later
        if imported:
            self.filter.clear()
            self.refresh()
            self.employers_changed.emit()

    def _open(self, employer_id: int | None, draft: dict | None = None) -> None:
        dialog = EmployerDialog(self._database, self._user, employer_id, self)
        if draft:
            dialog.restore_draft(draft)
            if draft.get("open_vacancy"):
                vacancy = draft["open_vacancy"]
                QTimer.singleShot(0, lambda: dialog.resume_vacancy(vacancy))
        self.dialog = dialog
        dialog.exec()
        if dialog.draft is not None:  # closed by the screen lock: reopen it once unlocked
            self._pending = (employer_id, dialog.draft)
            return
        if dialog.saved_id is not None:
            self.filter.clear()
            self.refresh()
            select_key(self.table, dialog.saved_id)
            self.employers_changed.emit()

    def reopen_draft(self) -> None:
        """After unlocking: the employer dialog that the lock closed, as it was."""
        pending, self._pending = self._pending, None
        if pending is not None:
            self._open(*pending)
