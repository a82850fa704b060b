"""The lists behind the badges area: what can be printed (with when each badge was first
printed), its table model and filter, the per-stock printer offsets, and a generated batch."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from enum import Enum
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSettings,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QButtonGroup,
)

from coworking.core import badges, codes, registrations
from coworking.core.badge_stock import Stock
from coworking.core.localtime import local_zone
from coworking.core.text import search_key
from coworking.db.database import Database
from coworking.db.enums import RegistrationRole

STOCK_KEY = "badges/stock"
OFFSET_KEY = "badges/offset/{stock}"
OFFSET_LIMIT_MM = 10.0
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
NAME, ROLE, CODE, PRINTED = range(4)
TIME_FORMAT = "%d/%m/%Y %H:%M"
SHORT_TIME_FORMAT = "%d/%m/%y %H:%M"  # in the list, where room is short


class Source(Enum):
    EVENT = "event"
    MEMBERS = "members"


class Scope(Enum):
    ALL = "all"
    ROLE = "role"
    SELECTION = "selection"


def offset_key(stock_key: str) -> str:
    return OFFSET_KEY.format(stock=stock_key)


def read_offset(stock_key: str) -> tuple[float, float]:
    """This computer's offset for the stock, in mm (0, 0 if never set or unreadable)."""
    value = QSettings().value(offset_key(stock_key))
    if isinstance(value, str):
        value = value.replace(",", " ").split()
    try:
        x, y = (float(part) for part in value)  # type: ignore[union-attr]
    except (TypeError, ValueError):
        return 0.0, 0.0
    return _clamp(x), _clamp(y)


def _clamp(value: float) -> float:
    return max(-OFFSET_LIMIT_MM, min(OFFSET_LIMIT_MM, value))


def save_offset(stock_key: str, x: float, y: float) -> None:
    """Stored as a two-item list [x, y] (the door station's printing reads it too)."""
    QSettings().setValue(offset_key(stock_key), [float(x), float(y)])


def local_time(moment: datetime) -> str:
    return moment.astimezone(local_zone()).strftime(TIME_FORMAT)


def file_slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", search_key(text)).strip("-")[:60] or "credenciales"


# --- who is on the badges -------------------------------------------------------------------


@dataclass(frozen=True)
class Entry:
    """One badge that can be printed: a registration, or a member's card."""

    id: int
    name: str  # "Family names, Given names", as lists are read
    role: RegistrationRole | None
    role_label: str
    organization: str
    code: str
    printed_at: datetime | None
    key: str  # the name's words, family names first, without accents: to find and to sort


def load_entries(database: Database, source: Source, event_id: int | None) -> list[Entry]:
    """The badges that can be printed, with when each was first printed (worker thread)."""
    with database.sessions() as session:
        if source is Source.MEMBERS:
            member = QCoreApplication.translate("BadgesPage", "Coworking member")
            return [
                Entry(
                    person_id,
                    f"{badge.family_names}, {badge.given_names}",
                    None,
                    member,
                    "",
                    badge.code,
                    badges.first_print(session, person_id=person_id),
                    search_key(f"{badge.family_names} {badge.given_names}"),
                )
                for person_id, badge in badges.member_badges(session)
            ]
        if event_id is None:
            return []
        return [
            Entry(
                row.registration_id,
                row.sort_name,
                row.role,
                registrations.role_name(row.role),
                row.organization or "",
                row.badge_code,
                badges.first_print(session, registration_id=row.registration_id),
                search_key(f"{row.family_names} {row.given_names}"),
            )
            for row in registrations.registration_rows(session, event_id)
        ]


class EntryModel(QAbstractTableModel):
    """The badges of the chosen event (or the members), with a tick each in selection mode."""

    checked_changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.entries: list[Entry] = []
        self.checked: set[int] = set()
        self.checkable = False

    def set_entries(self, entries: list[Entry]) -> None:
        self.beginResetModel()
        known = {entry.id for entry in entries}
        self.entries = entries
        self.checked &= known
        self.endResetModel()
        self.checked_changed.emit()

    def set_checkable(self, checkable: bool) -> None:
        self.beginResetModel()
        self.checkable = checkable
        self.endResetModel()

    def set_checked(self, ids: set[int]) -> None:
        self.checked = set(ids)
        if self.entries:
            self.dataChanged.emit(
                self.index(0, NAME),
                self.index(len(self.entries) - 1, NAME),
                [Qt.ItemDataRole.CheckStateRole],
            )
        self.checked_changed.emit()

    def toggle(self, row: int) -> None:
        entry = self.entries[row]
        self.checked ^= {entry.id}
        index = self.index(row, NAME)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.checked_changed.emit()

    def entry(self, row: int) -> Entry:
        return self.entries[row]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (
                self.tr("Name"),
                self.tr("Role"),
                self.tr("Code"),
                self.tr("Printed"),
            )[section]
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.checkable and index.column() == NAME:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid():
            return None
        entry = self.entries[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == NAME:
                return entry.name
            if column == ROLE:
                if entry.organization:
                    return f"{entry.role_label} · {entry.organization}"
                return entry.role_label
            if column == CODE:
                return codes_grouped(entry.code)
            if column == PRINTED:
                if entry.printed_at is None:
                    return ""
                return entry.printed_at.astimezone(local_zone()).strftime(SHORT_TIME_FORMAT)
        if role == Qt.ItemDataRole.CheckStateRole and self.checkable and column == NAME:
            checked = entry.id in self.checked
            return Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        if role == SORT_ROLE:
            if column == NAME:
                return entry.key
            if column == PRINTED:
                return entry.printed_at.isoformat() if entry.printed_at else ""
            return search_key(str(self.data(index, Qt.ItemDataRole.DisplayRole)))
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == PRINTED and entry.printed_at:
                return self.tr(
                    "First printed on %1: printing it again makes a second badge."
                ).replace("%1", local_time(entry.printed_at))
            if column in (NAME, ROLE):
                return self.data(index, Qt.ItemDataRole.DisplayRole)
        return None

    def setData(
        self, index: QModelIndex | QPersistentModelIndex, value: Any, role: int = 0
    ) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not self.checkable:
            return False
        entry = self.entries[index.row()]
        wanted = Qt.CheckState(value) == Qt.CheckState.Checked
        if wanted != (entry.id in self.checked):
            self.toggle(index.row())
        return True


def codes_grouped(code: str) -> str:
    """«ABCD EFGH J», as printed under the barcode."""
    return " ".join(code[i : i + 4] for i in range(0, len(code), 4))


class EntryFilter(QSortFilterProxyModel):
    """Rows of one role (in role mode), and rows whose name has every typed word or whose
    code has the typed text (in selection mode)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._role: RegistrationRole | None = None
        self._words: list[str] = []
        self._code = ""
        self.setSortRole(SORT_ROLE)

    def set_criteria(self, role: RegistrationRole | None, text: str) -> None:
        self.beginFilterChange()
        self._role = role
        self._words = search_key(text).split()
        self._code = codes.normalise(text)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(
        self,
        source_row: int,
        source_parent: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        model = self.sourceModel()
        assert isinstance(model, EntryModel)
        entry = model.entry(source_row)
        if self._role is not None and entry.role != self._role:
            return False
        if not self._words:
            return True
        if all(word in entry.key for word in self._words):
            return True
        return len(self._code) >= 2 and self._code in entry.code


class CheckedRadioFocus(QObject):
    """Tabbing into a group of radio buttons lands on the checked one (Qt lands on the first
    of the group in the focus chain), as keyboard users expect; arrows then move within it."""

    def __init__(self, groups: list[QButtonGroup], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._groups = groups
        for group in groups:
            for button in group.buttons():
                button.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.FocusIn and isinstance(event, QFocusEvent):
            tabbed = event.reason() in (
                Qt.FocusReason.TabFocusReason,
                Qt.FocusReason.BacktabFocusReason,
            )
            for group in self._groups:
                checked = group.checkedButton()
                if (
                    tabbed
                    and watched in group.buttons()
                    and checked is not None
                    and checked is not watched
                    and checked.isEnabled()
                ):
                    checked.setFocus(event.reason())
                    return True
        return False


# --- a batch --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Request:
    """What the person asked for, read from the screen before the work starts."""

    source: Source
    scope: Scope
    event_id: int | None
    event_name: str
    role: RegistrationRole | None
    ids: tuple[int, ...] | None  # None: everything the source and role give
    stock: Stock
    offset: tuple[float, float]


@dataclass(frozen=True)
class Batch:
    """A generated PDF and the badges on it (to log them when printed or saved)."""

    path: Path
    pages: int
    stock: Stock
    registration_ids: tuple[int, ...]
    person_ids: tuple[int, ...]
    caption: str
    file_name: str

    def on_pages(self, ids: tuple[int, ...], pages: list[int] | None) -> tuple[int, ...]:
        """The ids (in PDF order) of the badges drawn on ``pages`` (0-based; None: all)."""
        if pages is None:
            return ids
        per_page, wanted = self.stock.per_page, set(pages)
        return tuple(i for n, i in enumerate(ids) if n // per_page in wanted)
