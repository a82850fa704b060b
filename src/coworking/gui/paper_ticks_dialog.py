"""Typing in the arrivals ticked on the paper sign-in sheet, once the stations work again.

The list is the sheet's: alphabetical by family names, people already checked in shown greyed.
Arrival times: one time field for the batch, stamped on each row when it is ticked, so that
staff set "09:10", tick the people marked around then, set "09:20", and so on; a ticked row's
own time can still be corrected in its cell (F2 or double-click). Space ticks the current row,
Enter in the filter ticks the only match, Ctrl+Enter saves everything in one transaction.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time

from PySide6.QtCore import (
    QDate,
    QEvent,
    QModelIndex,
    QObject,
    QSortFilterProxyModel,
    Qt,
    QTime,
)
from PySide6.QtGui import (
    QFontDatabase,
    QKeyEvent,
    QKeySequence,
    QShortcut,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QStyledItemDelegate,
    QTableView,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from coworking.core import checkin, codes, fairs, registrations
from coworking.core.errors import UserError
from coworking.core.localtime import local_zone
from coworking.core.sign_in_sheet import group_code
from coworking.core.text import search_key
from coworking.db.database import Database
from coworking.db.enums import CheckInResult
from coworking.db.models import StaffUser

STATION_PREFIX = "Hoja de papel"
RAW_INPUT = "hoja de papel"
DEFAULT_TIME = QTime(9, 0)
TIME_FORMAT = "HH:mm"
ID_ROLE = Qt.ItemDataRole.UserRole + 1
KEY_ROLE = Qt.ItemDataRole.UserRole + 2
TICK, NUMBER, NAME, ROLE, ORGANIZATION, CODE, TIME = range(7)


def station_name(entrance: str) -> str:
    entrance = entrance.strip()
    return f"{STATION_PREFIX} — {entrance}" if entrance else STATION_PREFIX


def arrival_utc(day: date, at: QTime) -> datetime:
    """A wall-clock time in Ecuador on ``day``, as the UTC instant the database stores."""
    local = datetime.combine(day, time(at.hour(), at.minute()), tzinfo=local_zone())
    return local.astimezone(UTC)


@dataclass(frozen=True)
class SaveResult:
    entered: int
    already_in: int
    refused: int


class _TimeDelegate(QStyledItemDelegate):
    """Times as 24-hour HH:mm, edited with a QTimeEdit."""

    def displayText(self, value, locale) -> str:
        return value.toString(TIME_FORMAT) if isinstance(value, QTime) else str(value or "")

    def createEditor(self, parent, option, index) -> QWidget:
        editor = QTimeEdit(parent)
        editor.setDisplayFormat(TIME_FORMAT)
        return editor


class _Filter(QSortFilterProxyModel):
    """Rows whose name has every typed word (accents ignored), or whose code has the text."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self._code = ""

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self._words = search_key(text).split()
        self._code = codes.normalise(text)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex) -> bool:
        if not self._words:
            return True
        name_key, code = self.sourceModel().index(source_row, NAME).data(KEY_ROLE)
        if all(word in name_key for word in self._words):
            return True
        return len(self._code) >= 2 and self._code in code


class PaperTicksDialog(QDialog):
    def __init__(
        self,
        database: Database,
        user: StaffUser,
        event_id: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._database, self._user, self.event_id = database, user, event_id
        self.result_counts: SaveResult | None = None
        with database.sessions() as session:
            event = fairs.get_event(session, event_id)
            name, starts_on, ends_on = event.name, event.starts_on, event.ends_on or event.starts_on
        self.setWindowTitle(self.tr("Paper sign-in sheet — %1").replace("%1", name))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.setSpacing(10)
        title = QLabel(self.tr("Arrivals ticked on paper"), self)
        title.setProperty("role", "title")
        subtitle = QLabel(
            self.tr(
                "Tick the people marked on the sheet and save: they are checked in at the time "
                "written beside their name. People already in are shown greyed."
            ),
            self,
        )
        subtitle.setProperty("role", "subtitle")
        subtitle.setWordWrap(True)
        layout.addWidget(title)
        layout.addWidget(subtitle)

        settings = QHBoxLayout()
        settings.setSpacing(8)
        self.entrance_edit = QLineEdit(self)
        self.entrance_edit.setObjectName("entranceEdit")
        self.entrance_edit.setPlaceholderText(self.tr("e.g. Main door"))
        self.entrance_edit.setMaxLength(40)
        self.entrance_edit.setMaximumWidth(220)
        entrance_label = QLabel(self.tr("&Entrance on the sheet:"), self)
        entrance_label.setBuddy(self.entrance_edit)
        settings.addWidget(entrance_label)
        settings.addWidget(self.entrance_edit)
        settings.addSpacing(16)
        self.day_edit = QDateEdit(QDate(starts_on), self)
        self.day_edit.setObjectName("dayEdit")
        self.day_edit.setDisplayFormat("dd/MM/yyyy")
        self.day_edit.setDateRange(QDate(starts_on), QDate(ends_on))
        day_label = QLabel(self.tr("&Day:"), self)
        day_label.setBuddy(self.day_edit)
        settings.addWidget(day_label)
        settings.addWidget(self.day_edit)
        day_label.setVisible(ends_on > starts_on)  # one-day fairs: the day is the fair's
        self.day_edit.setVisible(ends_on > starts_on)
        self.time_edit = QTimeEdit(DEFAULT_TIME, self)
        self.time_edit.setObjectName("timeEdit")
        self.time_edit.setDisplayFormat(TIME_FORMAT)
        time_label = QLabel(self.tr("Arrival &time for the next ticks:"), self)
        time_label.setBuddy(self.time_edit)
        settings.addWidget(time_label)
        settings.addWidget(self.time_edit)
        settings.addStretch(1)
        layout.addLayout(settings)

        search = QHBoxLayout()
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setObjectName("filterEdit")
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setPlaceholderText(
            self.tr("Filter by name or badge code; Enter ticks the only match")
        )
        self.count_label = QLabel(self)
        self.count_label.setObjectName("countLabel")
        self.count_label.setProperty("role", "subtitle")
        search.addWidget(self.filter_edit, 1)
        search.addWidget(self.count_label)
        layout.addLayout(search)

        self.model = QStandardItemModel(0, 7, self)
        self.model.setHorizontalHeaderLabels(
            [
                self.tr("Arrived"),
                self.tr("No."),
                self.tr("Family names, given names"),
                self.tr("Role"),
                self.tr("Organization"),
                self.tr("Badge code"),
                self.tr("Time"),
            ]
        )
        self.proxy = _Filter(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(self)
        self.table.setObjectName("ticksTable")
        self.table.setModel(self.proxy)
        self.table.setItemDelegateForColumn(TIME, _TimeDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        self.table.installEventFilter(self)
        layout.addWidget(self.table, 1)

        self.result_label = QLabel(self)
        self.result_label.setObjectName("resultLabel")
        self.result_label.setProperty("role", "success")
        self.result_label.setWordWrap(True)
        self.result_label.hide()
        layout.addWidget(self.result_label)
        buttons = QHBoxLayout()
        hint = QLabel(self.tr("Space ticks the selected row · Ctrl+Enter saves"), self)
        hint.setProperty("role", "subtitle")
        buttons.addWidget(hint)
        buttons.addStretch(1)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.save_button = QPushButton(self.tr("&Save ticks (Ctrl+Enter)"), self)
        self.save_button.setObjectName("saveButton")
        self.save_button.setProperty("primary", True)
        for button in (self.close_button, self.save_button):
            button.setAutoDefault(False)  # Enter in the filter must not save or close
            buttons.addWidget(button)
        layout.addLayout(buttons)

        self.close_button.clicked.connect(self.reject)
        self.save_button.clicked.connect(self.save)
        self.filter_edit.textChanged.connect(self._filter)
        self.filter_edit.returnPressed.connect(self._tick_only_match)
        self.filter_edit.installEventFilter(self)
        self.model.itemChanged.connect(self._item_changed)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.save)
        QShortcut(QKeySequence("Ctrl+Enter"), self, self.save)
        QShortcut(QKeySequence.StandardKey.Find, self, self.filter_edit.setFocus)
        self._loading = False
        self.load()
        self.resize(1040, 700)
        self.filter_edit.setFocus()

    # -- the list ---------------------------------------------------------------------------

    def load(self) -> None:
        with self._database.sessions() as session:
            rows = registrations.registration_rows(session, self.event_id)
        zone = local_zone()
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self._loading = True
        self.model.removeRows(0, self.model.rowCount())
        for number, row in enumerate(rows, 1):
            items = [QStandardItem() for _ in range(7)]
            items[NUMBER].setText(str(number))
            items[NUMBER].setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            items[NAME].setText(row.sort_name)
            items[NAME].setData(
                (search_key(f"{row.family_names} {row.given_names}"), row.badge_code), KEY_ROLE
            )
            items[ROLE].setText(registrations.role_name(row.role))
            items[ORGANIZATION].setText(row.organization or "")
            items[CODE].setText(group_code(row.badge_code))
            items[CODE].setFont(mono)
            items[TICK].setData(row.registration_id, ID_ROLE)
            items[TICK].setCheckable(True)
            for item in items:
                item.setEditable(False)
            if row.checked_in_at is not None:
                items[TICK].setCheckState(Qt.CheckState.Checked)
                arrived = row.checked_in_at.astimezone(zone)
                items[TIME].setData(QTime(arrived.hour, arrived.minute), Qt.ItemDataRole.EditRole)
                for item in items:
                    item.setEnabled(False)
                    item.setToolTip(self.tr("Already checked in"))
            self.model.appendRow(items)
        self._loading = False
        self._update_count()

    def _rows(self) -> range:
        return range(self.model.rowCount())

    def ticked(self) -> list[tuple[int, QTime]]:
        """The rows ticked here (not those already in): registration id and arrival time."""
        found = []
        for row in self._rows():
            tick = self.model.item(row, TICK)
            if tick.isEnabled() and tick.checkState() == Qt.CheckState.Checked:
                found.append(
                    (tick.data(ID_ROLE), self.model.item(row, TIME).data(Qt.ItemDataRole.EditRole))
                )
        return found

    def _already_in(self) -> int:
        return sum(1 for row in self._rows() if not self.model.item(row, TICK).isEnabled())

    def _update_count(self) -> None:
        self.count_label.setText(
            self.tr("%Ln ticked · %1 already in · %2 on the list", "", len(self.ticked()))
            .replace("%1", str(self._already_in()))
            .replace("%2", str(self.model.rowCount()))
        )

    def _item_changed(self, item: QStandardItem) -> None:
        if self._loading or item.column() != TICK or not item.isEnabled():
            return
        time_item = self.model.item(item.row(), TIME)
        self._loading = True
        if item.checkState() == Qt.CheckState.Checked:
            time_item.setData(self.time_edit.time(), Qt.ItemDataRole.EditRole)
            time_item.setEditable(True)
        else:
            time_item.setData(None, Qt.ItemDataRole.EditRole)
            time_item.setEditable(False)
        self._loading = False
        self._update_count()

    def toggle(self, proxy_row: int) -> None:
        source = self.proxy.mapToSource(self.proxy.index(proxy_row, TICK))
        item = self.model.itemFromIndex(source)
        if item is None or not item.isEnabled():
            return
        ticked = item.checkState() == Qt.CheckState.Checked
        item.setCheckState(Qt.CheckState.Unchecked if ticked else Qt.CheckState.Checked)

    def _filter(self, text: str) -> None:
        self.proxy.set_text(text)
        if self.proxy.rowCount():
            self.table.selectRow(0)

    def _tick_only_match(self) -> None:
        enabled = [
            row
            for row in range(self.proxy.rowCount())
            if self.proxy.index(row, TICK).flags() & Qt.ItemFlag.ItemIsEnabled
        ]
        if len(enabled) == 1 and self.filter_edit.text().strip():
            self.toggle(enabled[0])
            self.filter_edit.selectAll()  # type the next name straight away
        elif self.proxy.rowCount():
            self.table.setFocus()
            self.table.selectRow(0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            current = self.table.currentIndex()
            if watched is self.table and event.key() == Qt.Key.Key_Space and current.isValid():
                self.toggle(current.row())
                return True
            if watched is self.filter_edit and event.key() == Qt.Key.Key_Down:
                if self.proxy.rowCount():
                    self.table.setFocus()
                    self.table.selectRow(0)
                return True
        return super().eventFilter(watched, event)

    # -- saving -----------------------------------------------------------------------------

    def station(self) -> str:
        return station_name(self.entrance_edit.text())

    def save(self) -> SaveResult | None:
        ticked = self.ticked()
        if not ticked:
            self.result_label.setProperty("role", "error")
            self.result_label.setText(self.tr("Tick at least one person first."))
            self._restyle(self.result_label)
            self.result_label.show()
            return None
        day = self.day_edit.date().toPython()
        station = self.station()
        counts = {CheckInResult.OK: 0, CheckInResult.DUPLICATE: 0}
        refused = 0
        try:
            with self._database.unit_of_work(self._user) as session:
                for registration_id, at in ticked:
                    answer = checkin.admit(
                        session,
                        self.event_id,
                        registration_id,
                        station,
                        self._user,
                        raw=RAW_INPUT,
                        at=arrival_utc(day, at or self.time_edit.time()),
                    )
                    if answer.result in counts:
                        counts[answer.result] += 1
                    else:
                        refused += 1
        except UserError as error:
            QMessageBox.warning(self, self.tr("Paper sign-in sheet"), str(error))
            return None
        result = SaveResult(counts[CheckInResult.OK], counts[CheckInResult.DUPLICATE], refused)
        self.result_counts = result
        message = self.tr("Entered %Ln arrival(s) from paper.", "", result.entered)
        if result.already_in:
            message += " " + self.tr(
                "%Ln already in, not counted twice (logged as duplicates).", "", result.already_in
            )
        if result.refused:
            message += " " + self.tr(
                "%Ln could not be entered: the registration is cancelled, or the person has no "
                "current consent for registration.",
                "",
                result.refused,
            )
        self.result_label.setProperty("role", "success")
        self.result_label.setText(message)
        self._restyle(self.result_label)
        self.result_label.show()
        self.load()
        self.proxy.set_text(self.filter_edit.text())
        self.filter_edit.setFocus()
        self.filter_edit.selectAll()
        return result

    @staticmethod
    def _restyle(widget: QWidget) -> None:
        widget.style().unpolish(widget)
        widget.style().polish(widget)

    def reject(self) -> None:
        pending = len(self.ticked())
        if pending:
            answer = QMessageBox.question(
                self,
                self.tr("Paper sign-in sheet"),
                self.tr("%Ln tick(s) not saved. Close and lose them?", "", pending),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Discard:
                return
        super().reject()
