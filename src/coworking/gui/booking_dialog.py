"""New booking (once or every week until a date) and the report of a series' refused dates."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QVBoxLayout,
    QWidget,
)

from coworking.core import bookings
from coworking.core.errors import UserError
from coworking.core.localtime import local_zone
from coworking.db.base import utcnow
from coworking.db.database import Database
from coworking.db.models import StaffUser
from coworking.gui.person_picker import PersonPicker


def _times(first: time, last: time, step: int) -> list[time]:
    day = date(2000, 1, 1)  # any date: only the times of day are wanted
    moments, moment = [], datetime.combine(day, first)
    while moment.time() <= last and moment.date() == day:
        moments.append(moment.time())
        moment += timedelta(minutes=step)
    return moments


class BookingDialog(QDialog):
    """Book a resource for a person; a rule's refusal stays in the dialog, in Spanish."""

    def __init__(
        self,
        database: Database,
        user: StaffUser,
        resources: list[tuple[int, str]],
        resource_id: int,
        starts: datetime,
        ends: datetime,
        *,
        slot_minutes: int,
        opens: time,
        closes: time,
        parent: QWidget | None = None,
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        super().__init__(parent)
        self._database, self._user, self._clock = database, user, clock
        self.created: list[int] = []
        self.series_result: bookings.SeriesResult | None = None
        self.setWindowTitle(self.tr("New booking"))
        self.setMinimumWidth(520)
        zone = local_zone()
        starts, ends = starts.astimezone(zone), ends.astimezone(zone)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.person = PersonPicker(database, self)
        form.addRow(self.tr("&Person:"), self.person)
        self.resource = QComboBox(self)
        self.resource.setObjectName("bookingResource")
        for key, name in resources:
            self.resource.addItem(name, key)
        self.resource.setCurrentIndex(max(0, self.resource.findData(resource_id)))
        form.addRow(self.tr("&Space:"), self.resource)
        self.day = QDateEdit(QDate(starts.year, starts.month, starts.day), self)
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("dd/MM/yyyy")
        form.addRow(self.tr("&Date:"), self.day)
        hours = QHBoxLayout()
        self.start = QComboBox(self)
        self.start.setObjectName("bookingStart")
        self.end = QComboBox(self)
        self.end.setObjectName("bookingEnd")
        for moment in _times(opens, closes, slot_minutes):
            self.start.addItem(moment.strftime("%H:%M"), moment)
            self.end.addItem(moment.strftime("%H:%M"), moment)
        if closes not in [self.end.itemData(i) for i in range(self.end.count())]:
            self.end.addItem(closes.strftime("%H:%M"), closes)
        self._select(self.start, starts.time())
        self._select(self.end, ends.time())
        hours.addWidget(self.start)
        hours.addWidget(QLabel(self.tr("to"), self))
        hours.addWidget(self.end)
        hours.addStretch(1)
        form.addRow(self.tr("&From:"), hours)
        self.purpose = QLineEdit(self)
        self.purpose.setPlaceholderText(self.tr("Optional: meeting, workshop, interview…"))
        self.purpose.setMaxLength(120)
        form.addRow(self.tr("P&urpose:"), self.purpose)
        repeat = QHBoxLayout()
        self.weekly = QCheckBox(self.tr("Repeat &every week until"), self)
        self.weekly.setObjectName("bookingWeekly")
        self.until = QDateEdit(self.day.date().addDays(28), self)
        self.until.setCalendarPopup(True)
        self.until.setDisplayFormat("dd/MM/yyyy")
        self.until.setEnabled(False)
        self.weekly.toggled.connect(self.until.setEnabled)
        repeat.addWidget(self.weekly)
        repeat.addWidget(self.until)
        repeat.addStretch(1)
        form.addRow("", repeat)
        layout.addLayout(form)
        self.error = QLabel(self)
        self.error.setObjectName("bookingError")
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Book"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.person.setFocus()

    @staticmethod
    def _select(combo: QComboBox, moment: time) -> None:
        for index in range(combo.count()):
            if combo.itemData(index) == moment:
                combo.setCurrentIndex(index)
                return

    def span(self) -> tuple[datetime, datetime]:
        zone = local_zone()
        day = self.day.date().toPython()
        return (
            datetime.combine(day, self.start.currentData(), zone),
            datetime.combine(day, self.end.currentData(), zone),
        )

    def _show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    def accept(self) -> None:
        self.person.flush()
        person_id = self.person.person_id()
        if person_id is None:
            self._show_error(self.tr("Choose the person: type part of the name and pick it."))
            self.person.setFocus()
            return
        starts, ends = self.span()
        resource_id = int(self.resource.currentData())
        try:
            with self._database.unit_of_work(self._user) as session:
                if self.weekly.isChecked():
                    result = bookings.book_weekly(
                        session,
                        self._user,
                        resource_id,
                        person_id,
                        starts,
                        ends,
                        self.until.date().toPython(),
                        purpose=self.purpose.text(),
                        now=self._clock(),
                    )
                    if not result.booked:
                        raise UserError(
                            self.tr("No date of the series could be booked.")
                            + "\n"
                            + "\n".join(f"{d:%d/%m}: {why}" for d, why in result.refused[:5])
                        )
                    self.created = [b.id for b in result.booked]
                    self.series_result = result
                else:
                    booking = bookings.book(
                        session,
                        self._user,
                        resource_id,
                        person_id,
                        starts,
                        ends,
                        purpose=self.purpose.text(),
                        now=self._clock(),
                    )
                    self.created = [booking.id]
        except UserError as error:
            self._show_error(str(error))
            return
        super().accept()


class SeriesReportDialog(QDialog):
    """Which dates of a weekly series were booked and, for the others, why not."""

    def __init__(self, result: bookings.SeriesResult, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Weekly booking"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        zone = local_zone()
        booked = ", ".join(b.starts_at.astimezone(zone).strftime("%d/%m") for b in result.booked)
        count = str(len(result.booked))
        summary = QLabel(self.tr("Booked dates (%1): ").replace("%1", count) + booked, self)
        summary.setWordWrap(True)
        layout.addWidget(summary)
        if result.refused:
            layout.addWidget(QLabel(self.tr("These dates could not be booked:"), self))
            refused = QListWidget(self)
            refused.setObjectName("seriesRefused")
            refused.setWordWrap(True)
            for day, why in result.refused:
                refused.addItem(f"{day:%d/%m/%Y} — {why}")
            layout.addWidget(refused)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        buttons.button(QDialogButtonBox.StandardButton.Close).setFocus(
            Qt.FocusReason.OtherFocusReason
        )
