"""Holidays and closures of one year: Ecuador's national holidays shipped with the program and
the site's own closures, and the days it opens in spite of a holiday."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from coworking.core import reference, sites
from coworking.core.errors import UserError
from coworking.core.localtime import local_zone
from coworking.db.database import Database
from coworking.db.models import StaffUser
from coworking.gui.fair_widgets import (
    ID_ROLE,
    MUTED,
    EnterFilter,
    cell,
    confirm,
    make_table,
    select_key,
    selected_keys,
)
from coworking.gui.space_closure_dialog import ClosureDialog
from coworking.gui.space_common import DraftKeeper, day_text, section

PROVISIONAL = QColor("#9a5b00")
OPEN = QColor("#1e7b3a")


@dataclass(frozen=True)
class DayEntry:
    """One line of the list: a national holiday, a closure of the site, or both."""

    day: date
    holiday: reference.Holiday | None
    reason: str | None  # the site's own entry, if any
    closed: bool = True

    @property
    def is_open(self) -> bool:
        """The site opens that day in spite of a national holiday."""
        return self.reason is not None and not self.closed


def year_entries(session, site_id: int, year: int) -> list[DayEntry]:
    start, end = date(year, 1, 1), date(year, 12, 31)
    own = {row.day: row for row in sites.closures(session, site_id, start, end)}
    holidays = {d: h for d, h in reference.national_holidays().items() if d.year == year}
    entries = []
    for day in sorted(set(own) | set(holidays)):
        row = own.get(day)
        entries.append(
            DayEntry(
                day,
                holidays.get(day),
                row.reason if row else None,
                row.closed if row else True,
            )
        )
    return entries


class ClosuresPanel(QWidget):
    """The year's holidays and closures with the buttons that change them; ``changed``
    follows every change saved."""

    changed = Signal()

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
        self._entries: dict[date, DayEntry] = {}
        self.drafts = DraftKeeper()
        frame, layout = section(
            self,
            self.tr("Holidays and closures"),
            self.tr(
                "The space is closed on national holidays unless you open it, and on the days "
                "you close it."
            ),
        )
        self.year = QSpinBox(frame)
        self.year.setObjectName("closuresYear")
        self.year.setRange(2000, 2100)
        self.year.setValue(self.today().year)
        self.year.setMinimumWidth(90)
        self.year.setKeyboardTracking(False)
        year_label = QLabel(self.tr("&Year:"), frame)
        year_label.setBuddy(self.year)
        self.summary = QLabel(frame)
        self.summary.setObjectName("closuresSummary")
        self.summary.setProperty("role", "subtitle")
        self.summary.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(year_label)
        top.addWidget(self.year)
        top.addSpacing(12)
        top.addWidget(self.summary, 1)
        layout.addLayout(top)

        self.table = make_table(
            frame,
            [self.tr("Date"), self.tr("Holiday or closure"), self.tr("Kind"), self.tr("Space")],
            "closuresTable",
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.table, 1)
        self.legend = QLabel(frame)
        self.legend.setObjectName("closuresLegend")
        self.legend.setProperty("role", "subtitle")
        self.legend.setWordWrap(True)
        layout.addWidget(self.legend)

        self.add_button = QPushButton(self.tr("&Add closure…"), frame)
        self.add_button.setObjectName("addClosureButton")
        self.open_button = QPushButton(self.tr("O&pen on this holiday…"), frame)
        self.open_button.setObjectName("openOnHolidayButton")
        self.remove_button = QPushButton(self.tr("Re&move…"), frame)
        self.remove_button.setObjectName("removeClosureButton")
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.remove_button, self.open_button, self.add_button):
            buttons.addWidget(button)
            button.setVisible(can_edit)
        layout.addLayout(buttons)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(frame)

        self.year.valueChanged.connect(lambda _y: self.refresh())
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        EnterFilter(self.table, lambda: self.edit_selected())
        self.add_button.clicked.connect(lambda: self.add_closure())
        self.open_button.clicked.connect(lambda: self.open_on_holiday())
        self.remove_button.clicked.connect(lambda: self.remove_selected())
        self.refresh()

    def today(self) -> date:
        return self._clock().astimezone(local_zone()).date()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        QTimer.singleShot(0, self, self._scroll_to_current)  # once the list has its final size

    def _scroll_to_current(self) -> None:
        item = self.table.currentItem()
        if item is not None:
            self.table.scrollToItem(item, QAbstractItemView.ScrollHint.PositionAtCenter)

    # -- the list ------------------------------------------------------------------------------

    def refresh(self, chosen: date | None = None) -> None:
        chosen = chosen or self.selected_day()
        with self._database.sessions() as session:
            entries = year_entries(session, self._site_id, self.year.value())
        self._entries = {entry.day: entry for entry in entries}
        today = self.today()
        self.table.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            items = [
                cell(day_text(entry.day), entry.day),
                cell(self._name(entry)),
                cell(self._kind(entry)),
                cell(self._state(entry)),
            ]
            items[1].setToolTip(self._name(entry))
            if entry.is_open:
                items[3].setForeground(OPEN)
            if entry.holiday is not None and not entry.holiday.confirmed:
                items[2].setToolTip(self._provisional_hint())
                items[2].setForeground(PROVISIONAL)
            for column, item in enumerate(items):
                if entry.day < today:
                    item.setForeground(MUTED)
                self.table.setItem(row, column, item)
        holidays = sum(1 for e in entries if e.holiday is not None)
        own = sum(1 for e in entries if e.reason is not None and e.closed)
        opened = sum(1 for e in entries if e.is_open)
        summary = (
            self.tr("Holidays: %1 · closures: %2 · holiday openings: %3")
            .replace("%1", str(holidays))
            .replace("%2", str(own))
            .replace("%3", str(opened))
        )
        self.summary.setText(summary)
        legend = []
        if not holidays:
            legend.append(
                self.tr(
                    "The program has no national holidays for %1 yet: a newer version brings "
                    "them. Add local closures meanwhile."
                ).replace("%1", str(self.year.value()))
            )
        if any(e.holiday is not None and not e.holiday.confirmed for e in entries):
            legend.append(self._provisional_hint())
        self.legend.setText("\n".join(legend))
        self.legend.setVisible(bool(legend))
        if not (chosen and select_key(self.table, chosen)):
            self._select_next(today)
        self._update_buttons()

    def _select_next(self, today: date) -> None:
        """Select the first day still to come (the first of the year if all are past)."""
        keys = [self.table.item(row, 0).data(ID_ROLE) for row in range(self.table.rowCount())]
        upcoming = [key for key in keys if key >= today]
        if upcoming or keys:
            select_key(self.table, (upcoming or keys)[0])

    def _provisional_hint(self) -> str:
        return self.tr(
            "Provisional: the date follows the holiday law's rule for moving holidays and "
            "may change when the government publishes its decree."
        )

    def _name(self, entry: DayEntry) -> str:
        if entry.holiday is None:
            return entry.reason or ""
        if entry.is_open:
            return (
                self.tr("%1 · opens: %2")
                .replace("%1", entry.holiday.name)
                .replace("%2", entry.reason or "")
            )
        if entry.reason:
            return f"{entry.holiday.name} · {entry.reason}"
        return entry.holiday.name

    def _kind(self, entry: DayEntry) -> str:
        if entry.holiday is None:
            return self.tr("Closure") if entry.closed else self.tr("Opening")
        if not entry.holiday.confirmed:
            return self.tr("Provisional")
        return self.tr("Holiday")

    def _state(self, entry: DayEntry) -> str:
        return self.tr("Open that day") if entry.is_open else self.tr("Closed")

    def selected_day(self) -> date | None:
        keys = selected_keys(self.table)
        return keys[0] if keys else None

    def selected(self) -> DayEntry | None:
        day = self.selected_day()
        return self._entries.get(day) if day else None

    def _update_buttons(self) -> None:
        entry = self.selected()
        self.open_button.setEnabled(
            self.can_edit and entry is not None and entry.holiday is not None and not entry.is_open
        )
        self.remove_button.setEnabled(
            self.can_edit and entry is not None and entry.reason is not None
        )
        self.add_button.setEnabled(self.can_edit)

    # -- changes -------------------------------------------------------------------------------

    def _run(self, make: Callable[[], ClosureDialog]) -> bool:
        dialog = self.drafts.run(make)
        if isinstance(dialog, ClosureDialog) and dialog.saved_day is not None:
            self._show_year(dialog.saved_day)
            self.changed.emit()
            self.changed.emit()
            return True
        return False

    def _show_year(self, day: date) -> None:
        self.year.blockSignals(True)
        self.year.setValue(day.year)
        self.year.blockSignals(False)
        self.refresh(day)

    def add_closure(self) -> bool:
        if not self.can_edit:
            return False
        today = self.today()
        start = today if today.year == self.year.value() else date(self.year.value(), 1, 1)
        return self._run(
            lambda: ClosureDialog(self._database, self._user, self._site_id, start, parent=self)
        )

    def open_on_holiday(self) -> bool:
        entry = self.selected()
        if not self.can_edit or entry is None or entry.holiday is None or entry.is_open:
            return False
        return self._run(
            lambda: ClosureDialog(
                self._database,
                self._user,
                self._site_id,
                entry.day,
                opening=True,
                fixed_day=True,
                parent=self,
            )
        )

    def edit_selected(self) -> bool:
        """Change the reason of the site's own entry (a national holiday alone has none)."""
        entry = self.selected()
        if not self.can_edit or entry is None or entry.reason is None:
            return False
        return self._run(
            lambda: ClosureDialog(
                self._database,
                self._user,
                self._site_id,
                entry.day,
                reason=entry.reason or "",
                opening=entry.is_open,
                fixed_day=True,
                parent=self,
            )
        )

    def remove_selected(self, ask: bool = True) -> bool:
        entry = self.selected()
        if not self.can_edit or entry is None or entry.reason is None:
            return False
        if entry.is_open:
            text = self.tr(
                "Stop opening on %1? The space will be closed for “%2” as the other national "
                "holidays."
            )
            holiday = entry.holiday.name if entry.holiday else ""
        else:
            text = self.tr("Remove the closure of %1 (“%2”)? The space opens with its usual hours.")
            holiday = entry.reason or ""
        text = text.replace("%1", day_text(entry.day)).replace("%2", holiday)
        if ask and not confirm(
            self, self.tr("Remove"), text, self.tr("Remove"), self.tr("Keep it")
        ):
            return False
        try:
            with self._database.unit_of_work(self._user) as session:
                sites.remove_closure(session, self._user, self._site_id, entry.day)
        except UserError as error:
            QMessageBox.warning(self, self.tr("Holidays and closures"), str(error))
            self.refresh()
            return False
        self.refresh(entry.day)
        self.changed.emit()
        return True

    def reopen_draft(self) -> None:
        dialog = self.drafts.reopen()
        if isinstance(dialog, ClosureDialog) and dialog.saved_day is not None:
            self._show_year(dialog.saved_day)
            self.changed.emit()
