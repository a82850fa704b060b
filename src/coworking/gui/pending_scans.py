"""Scans a station could not save because another program held the SQLite file (an import, an
export): kept in order and saved as soon as the database is free, each at the moment it was
scanned. Shared by the door and the co-working desk.

A station saves a scan at once but waits for the database at most :data:`STATION_WAIT_MS`
(:meth:`Database.unit_of_work` ``wait_ms``); if it is still busy, the scan joins the queue and
the operator is told. A timer tries the queue again after a second, then less and less often
(up to :data:`LONGEST_RETRY_MS`), each try holding the station back :data:`RETRY_WAIT_MS` at
most. A new scan goes behind those already waiting, so that the database sees the scans in the
order they were made: two scans of one badge make one admission and one «ya registró su
entrada». Only «database is locked» queues a scan: a refusal or any other failure is raised for
the station to show as always. Closing a station tries once more, then writes what is left to
the log with every detail and lists it for the operator (:func:`settle_pending`).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from coworking.core.errors import UserError
from coworking.core.localtime import local_zone
from coworking.db.database import Database
from coworking.db.engine import is_busy
from coworking.db.models import StaffUser

log = logging.getLogger(__name__)

STATION_WAIT_MS = 750  # a scan is answered within a second, even when the database is busy
RETRY_WAIT_MS = 250  # a try in the background holds the station back this long at most
CLOSING_WAIT_MS = 3000  # the last try, as the station closes
FIRST_RETRY_MS = 1000
LONGEST_RETRY_MS = 5000
BACK_OFF = 1.5


@dataclass(frozen=True, eq=False)
class PendingScan:
    """A scan waiting for the database: ``save`` does the check-in as of ``scanned_at``."""

    who: str  # the person, or the code read, as the operator knows them
    scanned_at: datetime
    save: Callable[[Session], Any]
    details: str  # what the log keeps should it never be saved: code, station, event…

    @property
    def time_text(self) -> str:
        return self.scanned_at.astimezone(local_zone()).strftime("%H:%M:%S")


class PendingScans(QObject):
    """The station's queue of scans waiting for the database, and the timer that retries."""

    saved = Signal(object, object)  # the PendingScan, the answer the database gave
    failed = Signal(object, str)  # the PendingScan, the refusal's text ("" for a database error)
    changed = Signal()  # a scan joined or left the queue

    def __init__(self, database: Database, user: StaffUser, parent: QObject) -> None:
        super().__init__(parent)
        self._database, self._user = database, user
        self._queue: list[PendingScan] = []
        self._delay = FIRST_RETRY_MS
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.flush)

    def __len__(self) -> int:
        return len(self._queue)

    @property
    def waiting(self) -> list[PendingScan]:
        return list(self._queue)

    def run(
        self,
        save: Callable[[Session], Any],
        *,
        at: datetime,
        who: Callable[[], str],
        details: str,
    ) -> tuple[Any, PendingScan | None]:
        """Save a scan made at ``at`` now, behind the scans waiting: ``(answer, None)``, or
        ``(None, the scan)`` when the database is busy and the scan waits too. ``who`` names the
        person for the operator, asked only then. A refusal or another failure is raised."""
        if not self._queue or self.flush(STATION_WAIT_MS):
            try:
                return self._save(save, STATION_WAIT_MS), None
            except OperationalError as error:
                if not is_busy(error):
                    raise
        scan = PendingScan(who(), at, save, details)
        self._queue.append(scan)
        log.warning("Database busy: scan kept to be saved later (%s)", details)
        self._delay = FIRST_RETRY_MS
        self._try_later()
        self.changed.emit()
        return None, scan

    def flush(self, wait_ms: int = RETRY_WAIT_MS) -> bool:
        """Save the waiting scans, oldest first; False while the database is still busy."""
        while self._queue:
            scan = self._queue[0]
            try:
                answer = self._save(scan.save, wait_ms)
            except OperationalError as error:
                if is_busy(error):
                    self._try_later()
                    return False
                self._give_up(scan, "", error)
                continue
            except UserError as error:
                self._give_up(scan, str(error), error)
                continue
            except Exception as error:  # any other failure: the scans behind it still go
                self._give_up(scan, "", error)
                continue
            self._queue.pop(0)
            log.info("Pending scan saved (%s)", scan.details)
            self.changed.emit()
            self.saved.emit(scan, answer)
        self.timer.stop()
        self._delay = FIRST_RETRY_MS
        return True

    def settle(self) -> list[PendingScan]:
        """The last try, as the station closes. The scans still waiting are written to the log
        with every detail, taken out of the queue and returned, for the operator to be told."""
        self.timer.stop()
        if self._queue:
            self.flush(CLOSING_WAIT_MS)
        self.timer.stop()
        left, self._queue = self._queue, []
        for scan in left:
            log.error(
                "Scan NOT saved, the database still busy when the station closed: %s",
                scan.details,
            )
        if left:
            self.changed.emit()
        return left

    def _save(self, save: Callable[[Session], Any], wait_ms: int) -> Any:
        with self._database.unit_of_work(self._user, wait_ms=wait_ms) as session:
            return save(session)

    def _try_later(self) -> None:
        self.timer.start(self._delay)
        self._delay = min(LONGEST_RETRY_MS, int(self._delay * BACK_OFF))

    # -- what the operator reads ----------------------------------------------------------

    def waiting_text(self, who: str) -> tuple[str, str]:
        """The amber answer to a scan the busy database made wait: title and detail."""
        return self.tr("Database busy"), self.tr(
            "%1 is waiting: saved in a few seconds. Keep scanning."
        ).replace("%1", who)

    def count_text(self) -> str:
        count = len(self._queue)
        if not count:
            return ""
        return self.tr(
            "%n scan(s) waiting for the database, saved as soon as it is free.", "", count
        )

    def saved_text(self, scan: PendingScan, answer_title: str) -> str:
        return (
            self.tr("Pending scan saved: %1 (scanned at %2)")
            .replace("%1", answer_title)
            .replace("%2", scan.time_text)
        )

    def failed_text(self, scan: PendingScan, message: str) -> str:
        reason = message or self.tr("the database gave an error.")
        return (
            self.tr("The pending scan of %1 (%2) was not saved: %3 Scan again.")
            .replace("%1", scan.who)
            .replace("%2", scan.time_text)
            .replace("%3", reason)
        )

    def unsaved_texts(self, count: int) -> tuple[str, str]:
        """The warning's title and text when scans are left unsaved as the station closes."""
        return self.tr("Scans not saved"), self.tr(
            "%n scan(s) could not be saved (the database is still busy) and went to the "
            "program's log. Note the list down, or scan again once the database is free:",
            "",
            count,
        )

    def _give_up(self, scan: PendingScan, message: str, error: Exception) -> None:
        self._queue.remove(scan)
        if isinstance(error, UserError):
            log.warning("Pending scan refused: %s (%s)", message, scan.details)
        else:
            log.error("Pending scan failed (%s)", scan.details, exc_info=error)
        self.changed.emit()
        self.failed.emit(scan, message)


class PendingStatus(QLabel):
    """A line for the operator under the scan field: the scans waiting, and what became of
    the last one saved or refused."""

    def __init__(self, pending: PendingScans, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pendingStatus")
        self.setWordWrap(True)
        self.setStyleSheet("QLabel#pendingStatus { color: #8a5a00; font-weight: 600; }")
        self._pending = pending
        self._note = ""
        pending.changed.connect(self._update)
        self._update()

    def note(self, text: str) -> None:
        self._note = text
        self._update()

    def _update(self) -> None:
        text = " · ".join(part for part in (self._pending.count_text(), self._note) if part)
        self.setText(text)
        self.setVisible(bool(text))


def settle_pending(root: QWidget) -> list[PendingScan]:
    """Before ``root`` (a station, or the window holding one) closes: every queue under it
    tries once more; the scans left are logged and listed for the operator in a warning."""
    queues = root.findChildren(PendingScans)
    left = [scan for pending in queues for scan in pending.settle()]
    if left:
        lines = "\n".join(f"{scan.time_text} · {scan.who}" for scan in left)
        title, text = queues[0].unsaved_texts(len(left))
        box = QMessageBox(
            QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, root
        )
        box.setObjectName("unsavedScans")
        box.setInformativeText(lines)
        box.exec()
    return left
