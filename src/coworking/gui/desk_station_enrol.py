"""Someone at the co-working desk who is not registered yet: «New person (F2)» opens the
registration form, and saving checks the new person in at once (free desks are offered as to
any member who comes without a booking).

The form does not block the station: scans behind it still go through. When the form finds
that the person is already registered and staff choose the existing record, the station
searches for them, so that Enter checks them in (or out, if they are inside).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QPushButton

from coworking.core import visits
from coworking.core.visits import VisitAnswer
from coworking.db.database import Database
from coworking.db.models import Person, StaffUser
from coworking.gui.person_form import PersonDialog

if TYPE_CHECKING:
    from coworking.gui.desk_station import DeskStation


class DeskEnrolment(QObject):
    """The station's «New person» button and its F2 (or Ctrl+N) shortcut."""

    def __init__(
        self,
        station: DeskStation,
        database: Database,
        user: StaffUser,
        site_id: int,
        clock: Callable[[], datetime],
    ) -> None:
        super().__init__(station)
        self._station, self._database, self._user = station, database, user
        self._site_id, self._clock = site_id, clock
        self.dialog: PersonDialog | None = None
        self.draft: dict[str, object] | None = None  # the form the screen lock closed
        self.button = QPushButton(self.tr("New person (F2)"), station)
        self.button.setObjectName("walkInButton")  # drawn like the door's walk-in button
        self.button.setToolTip(
            self.tr("Register someone who is not in the registry yet, then check them in")
        )
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the scan field keeps the keyboard
        self.button.clicked.connect(self.open_form)
        for keys in (QKeySequence(Qt.Key.Key_F2), QKeySequence(QKeySequence.StandardKey.New)):
            shortcut = QShortcut(keys, station, self.open_form)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def open_form(self) -> PersonDialog:
        """Open the registration form (or bring the open one forward)."""
        if self.dialog is not None:
            self.dialog.raise_()
            self.dialog.activateWindow()
            return self.dialog
        dialog = PersonDialog(self._database, self._user, None, self._station)
        dialog.setWindowTitle(self.tr("New person at the front desk"))
        dialog.save_button.setText(self.tr("Save and check in"))
        if self.draft is not None:
            dialog.restore_draft(self.draft)
            self.draft = None
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result: self._finished(dialog))
        self.dialog = dialog
        dialog.open()
        return dialog

    def reopen_draft(self) -> None:
        """After unlocking: the form the lock closed, as it was typed."""
        if self.draft is not None and self._station.isVisible():
            self.open_form()

    def _finished(self, dialog: PersonDialog) -> None:
        self.dialog = None
        if dialog.draft is not None:
            self.draft = dialog.draft
        elif dialog.saved_id is not None:
            self.check_in(dialog.saved_id)
        elif dialog.open_person is not None:
            self._find(dialog.open_person)
        station = self._station
        if station.isVisible():
            station.window().activateWindow()
            station.scan_field.setFocus(Qt.FocusReason.OtherFocusReason)

    def check_in(self, person_id: int) -> VisitAnswer | None:
        """Check in the person just registered, as a scan of their card would."""
        return self._station.record(  # the station shows the answer and offers a desk
            lambda session, now: visits.toggle(
                session, self._site_id, person_id, self._station.station_name, self._user, now=now
            ),
            self.tr("New registration"),
            who=lambda: self._name(person_id),
            what_read=f"new person={person_id}",
        )

    def _name(self, person_id: int) -> str:
        with self._database.sessions() as session:
            person = session.get(Person, person_id)
            return f"{person.given_names} {person.family_names}" if person else str(person_id)

    def _find(self, person_id: int) -> None:
        """The existing record: searched for at the station, for staff to check in."""
        with self._database.sessions() as session:
            person = session.get(Person, person_id)
            name = f"{person.given_names} {person.family_names}" if person else ""
        if not name:
            return
        self._station.scan_field.setText(name)
        results = self._station.results
        rows = [
            row for row, hit in enumerate(self._station.run_search()) if hit.person_id == person_id
        ]
        if rows:  # namesakes: the record chosen is the one Enter acts on
            results.selectRow(rows[0])
