"""Taking back an admission at the door: coordinators and administrators only, confirmed."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget
from sqlalchemy.exc import SQLAlchemyError

from coworking.core import accounts, checkin
from coworking.core.checkin import ScanRow
from coworking.core.errors import UserError
from coworking.core.localtime import local_zone
from coworking.db.database import Database
from coworking.db.enums import CheckInResult
from coworking.db.models import StaffUser
from coworking.gui.door_panels import RecentScansTable

log = logging.getLogger(__name__)


class UndoControl(QObject):
    """Drives the undo button over the station's last scans. The target is the admission
    selected in the list, or the station's last one."""

    undone = Signal(str)  # the person's name (or what was scanned)
    denied = Signal()  # a role that may not undo asked for it
    database_failed = Signal()
    dialog_closed = Signal()  # a confirmation or a warning was shown and is gone

    def __init__(
        self,
        database: Database,
        user: StaffUser,
        recent: RecentScansTable,
        button: QPushButton,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._database, self._user = database, user
        self._recent, self._button, self._window = recent, button, parent
        self.allowed = accounts.can(user, accounts.REPORTS)
        if not self.allowed:
            button.setToolTip(self.tr("Only coordinators can undo a check-in."))
        recent.itemSelectionChanged.connect(self.update_button)
        button.clicked.connect(lambda: self.undo_selected())
        self.update_button()

    def target(self) -> ScanRow | None:
        return self._recent.selected_row() or self._recent.last_admitted()

    @staticmethod
    def undoable(row: ScanRow | None) -> bool:
        return row is not None and row.result == CheckInResult.OK and not row.undone

    def update_button(self) -> None:
        self._button.setEnabled(self.allowed and self.undoable(self.target()))

    def undo_selected(self, confirm: bool = True) -> bool:
        """Undo the admission selected in the last scans (or the last one)."""
        return self.undo_scan(self.target(), confirm=confirm)

    def undo_last(self, confirm: bool = True) -> bool:
        """Ctrl+Z: undo the last admission of this station."""
        if not self.allowed:
            self.denied.emit()
            return False
        return self.undo_scan(self._recent.last_admitted(), confirm=confirm)

    def undo_scan(self, row: ScanRow | None, *, confirm: bool = True) -> bool:
        if not self.allowed or row is None or not self.undoable(row):
            return False
        who = row.person_name or row.raw
        when = row.scanned_at.astimezone(local_zone()).strftime("%H:%M")
        if confirm:
            answer = QMessageBox.question(
                self._window,
                self.tr("Undo check-in"),
                self.tr(
                    "Undo the check-in of %1 at %2? They will have to be scanned again to enter."
                )
                .replace("%1", who)
                .replace("%2", when),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            self.dialog_closed.emit()
            if answer != QMessageBox.StandardButton.Yes:
                return False
        try:
            with self._database.unit_of_work(self._user) as session:
                checkin.undo(session, self._user, row.check_in_id)
        except UserError as error:
            QMessageBox.warning(self._window, self.tr("Undo check-in"), str(error))
            self.dialog_closed.emit()
            return False
        except SQLAlchemyError:
            log.exception("door undo failed")
            self.database_failed.emit()
            return False
        self.undone.emit(who)
        return True
