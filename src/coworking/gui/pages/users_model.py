"""Table model of staff accounts for the administration page (plain snapshots, no session)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from coworking.core.localtime import local_zone
from coworking.db.enums import Role
from coworking.db.models import StaffUser
from coworking.gui.i18n import role_label

_Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class UserRow:
    id: int
    username: str
    full_name: str
    role: Role
    active: bool
    last_login_at: datetime | None

    @classmethod
    def of(cls, user: StaffUser) -> UserRow:
        return cls(
            user.id, user.username, user.full_name, user.role, user.active, user.last_login_at
        )


class UsersModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[UserRow] = []

    def set_rows(self, rows: list[UserRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def headers(self) -> list[str]:
        return [
            self.tr("Username"),
            self.tr("Full name"),
            self.tr("Role"),
            self.tr("Status"),
            self.tr("Last sign-in"),
        ]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, index.column())
        if role == Qt.ItemDataRole.ForegroundRole and not row.active:
            return QColor("#8a94a0")
        if role == Qt.ItemDataRole.ToolTipRole and not row.active:
            return self.tr("This account cannot sign in.")
        return None

    def _text(self, row: UserRow, column: int) -> str:
        if column == 0:
            return row.username
        if column == 1:
            return row.full_name
        if column == 2:
            return role_label(row.role)
        if column == 3:
            return self.tr("Active") if row.active else self.tr("Inactive")
        if row.last_login_at is None:
            return self.tr("Never")
        return row.last_login_at.astimezone(local_zone()).strftime("%d/%m/%Y %H:%M")
