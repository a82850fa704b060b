"""A site's weekly opening hours: one row per weekday with an «open» box and two times in
quarter hours."""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import QTime, Signal
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QDateTimeEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from coworking.core import sites
from coworking.core.errors import PermissionDenied, UserError
from coworking.db.database import Database
from coworking.db.models import StaffUser
from coworking.gui.field_errors import set_invalid
from coworking.gui.space_common import (
    duration_text,
    section,
    show_status,
    status_label,
    weekday_names,
)

QUARTER = 15
LAST_MINUTE = 23 * 60 + 45
DEFAULT_SPAN = (time(8), time(18))

Hours = dict[int, tuple[time, time] | None]


class QuarterTimeEdit(QTimeEdit):
    """A time that the arrows and the mouse wheel move by quarter hours on the minutes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDisplayFormat("HH:mm")
        self.setTimeRange(QTime(0, 0), QTime(23, 45))
        self.setCorrectionMode(QAbstractSpinBox.CorrectionMode.CorrectToNearestValue)
        self.setMinimumWidth(86)

    def stepBy(self, steps: int) -> None:  # noqa: N802 (Qt's name)
        if self.currentSection() != QDateTimeEdit.Section.MinuteSection:
            super().stepBy(steps)
            return
        now = self.time()
        minutes = now.hour() * 60 + now.minute()
        if minutes % QUARTER and steps > 0:
            minutes -= minutes % QUARTER  # an odd time typed by hand lands on the quarter
        elif minutes % QUARTER:
            minutes += QUARTER - minutes % QUARTER
        minutes = min(max(minutes + steps * QUARTER, 0), LAST_MINUTE)
        self.setTime(QTime(minutes // 60, minutes % 60))

    def stepEnabled(self) -> QAbstractSpinBox.StepEnabledFlag:  # noqa: N802 (Qt's name)
        if self.currentSection() != QDateTimeEdit.Section.MinuteSection:
            return super().stepEnabled()
        now = self.time()
        minutes = now.hour() * 60 + now.minute()
        flags = QAbstractSpinBox.StepEnabledFlag.StepNone
        if minutes > 0:
            flags |= QAbstractSpinBox.StepEnabledFlag.StepDownEnabled
        if minutes < LAST_MINUTE:
            flags |= QAbstractSpinBox.StepEnabledFlag.StepUpEnabled
        return flags

    def value(self) -> time:
        return time(self.time().hour(), self.time().minute())

    def set_value(self, value: time) -> None:
        self.setTime(QTime(value.hour, value.minute))


class DayRow:
    """The widgets of one weekday."""

    def __init__(self, parent: QWidget, weekday: int, name: str) -> None:
        self.weekday = weekday
        self.open = QCheckBox(name, parent)
        self.open.setObjectName(f"openDay{weekday}")
        self.opens = QuarterTimeEdit(parent)
        self.opens.setObjectName(f"opensDay{weekday}")
        self.closes = QuarterTimeEdit(parent)
        self.closes.setObjectName(f"closesDay{weekday}")
        self.to = QLabel("–", parent)
        self.length = QLabel(parent)
        self.length.setObjectName(f"lengthDay{weekday}")
        self.length.setProperty("role", "subtitle")
        self.length.setMinimumWidth(60)

    def value(self) -> tuple[time, time] | None:
        if not self.open.isChecked():
            return None
        return (self.opens.value(), self.closes.value())

    def set_value(self, span: tuple[time, time] | None) -> None:
        self.open.setChecked(span is not None)
        opens, closes = span or DEFAULT_SPAN
        self.opens.set_value(opens)
        self.closes.set_value(closes)


class OpeningHoursEditor(QWidget):
    """Edits and saves the weekly hours; ``changed`` follows every edit and every save,
    ``saved`` only the saves."""

    changed = Signal()
    saved = Signal()

    def __init__(
        self, database: Database, user: StaffUser, site_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._database, self._user, self._site_id = database, user, site_id
        self._saved: Hours = {}
        self._read_only = False
        self._checking = False  # after a refused save, rows are checked again as they change
        # the day's name turns red (a border would change how the time boxes are drawn)
        self.setStyleSheet('QCheckBox[invalid="true"] { color: #b3261e; font-weight: 600; }')
        frame, layout = section(
            self,
            self.tr("Opening hours"),
            self.tr(
                "Bookings and check-ins follow these hours; holidays and closures take precedence."
            ),
        )
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(6)
        for column, text in enumerate(
            (self.tr("Open on"), self.tr("Opens"), "", self.tr("Closes"))
        ):
            if text:
                header = QLabel(text, frame)
                header.setProperty("role", "subtitle")
                grid.addWidget(header, 0, column)
        self.rows = [DayRow(frame, day, name) for day, name in enumerate(weekday_names())]
        for row in self.rows:
            line = row.weekday + 1
            grid.addWidget(row.open, line, 0)
            grid.addWidget(row.opens, line, 1)
            grid.addWidget(row.to, line, 2)
            grid.addWidget(row.closes, line, 3)
            grid.addWidget(row.length, line, 4)
            row.open.toggled.connect(self._edited)
            row.opens.timeChanged.connect(self._edited)
            row.closes.timeChanged.connect(self._edited)
        grid.setColumnStretch(5, 1)
        layout.addLayout(grid)

        self.status = status_label(frame, "hoursStatus")
        layout.addWidget(self.status)
        self.save_button = QPushButton(self.tr("Sa&ve hours"), frame)
        self.save_button.setObjectName("saveHoursButton")
        self.save_button.setProperty("primary", True)
        self.undo_button = QPushButton(self.tr("&Undo changes"), frame)
        self.undo_button.setObjectName("undoHoursButton")
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.undo_button)
        buttons.addWidget(self.save_button)
        layout.addLayout(buttons)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(frame)

        self.save_button.clicked.connect(lambda: self.save())
        self.undo_button.clicked.connect(self.undo)
        self.reload()

    # -- reading and showing -------------------------------------------------------------------

    def values(self) -> Hours:
        return {row.weekday: row.value() for row in self.rows}

    def set_values(self, hours: Hours) -> None:
        for row in self.rows:
            row.set_value(hours.get(row.weekday))
        self._edited()

    def reload(self) -> None:
        with self._database.sessions() as session:
            weekly = sites.weekly_hours(session, self._site_id)
        self._saved = {day: weekly.get(day) for day in range(7)}
        self.set_values(self._saved)
        self.status.clear()

    def is_dirty(self) -> bool:
        return self.values() != self._saved

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self.save_button.setVisible(not read_only)
        self.undo_button.setVisible(not read_only)
        self._edited()

    def _edited(self) -> None:
        for row in self.rows:
            is_open = row.open.isChecked()
            row.open.setEnabled(not self._read_only)
            row.opens.setEnabled(is_open and not self._read_only)
            row.closes.setEnabled(is_open and not self._read_only)
            span = row.value()
            if span is None:
                row.length.setText(self.tr("Closed"))
            else:
                minutes = (span[1].hour - span[0].hour) * 60 + span[1].minute - span[0].minute
                row.length.setText(duration_text(minutes) if minutes > 0 else "")
        if self._checking:
            problems = self.problems()
            self._mark(problems)
            if not problems:
                self._checking = False
                self.status.clear()
        dirty = self.is_dirty()
        self.save_button.setEnabled(dirty)
        self.undo_button.setEnabled(dirty)
        if dirty and self.status.property("role") == "success":
            self.status.clear()
        self.changed.emit()

    # -- saving --------------------------------------------------------------------------------

    def problems(self) -> dict[int, str]:
        """What is wrong with each weekday, before asking the database."""
        names = weekday_names()
        found: dict[int, str] = {}
        for row in self.rows:
            span = row.value()
            if span is None:
                continue
            opens, closes = span
            if opens.minute % QUARTER or closes.minute % QUARTER:
                found[row.weekday] = self.tr(
                    "%1: times go in quarter hours (08:00, 08:15, 08:30…)."
                ).replace("%1", names[row.weekday])
            elif closes <= opens:
                found[row.weekday] = (
                    self.tr("%1: closing time (%2) must be after opening time (%3).")
                    .replace("%1", names[row.weekday])
                    .replace("%2", f"{closes:%H:%M}")
                    .replace("%3", f"{opens:%H:%M}")
                )
        return found

    def _mark(self, problems: dict[int, str]) -> None:
        for row in self.rows:
            set_invalid(row.open, row.weekday in problems)

    def save(self) -> bool:
        """Write all seven days (unticked ones closed); errors are shown under the rows."""
        problems = self.problems()
        self._mark(problems)
        self._checking = bool(problems)
        if problems:
            show_status(self.status, "\n".join(problems.values()), error=True)
            first = self.rows[min(problems)]
            first.opens.setFocus()
            return False
        hours = self.values()
        try:
            with self._database.unit_of_work(self._user) as session:
                sites.set_weekly_hours(session, self._user, self._site_id, hours)
        except PermissionDenied as error:
            QMessageBox.warning(self, self.tr("Opening hours"), str(error))
            return False
        except UserError as error:
            show_status(self.status, str(error), error=True)
            return False
        self._saved = hours
        self._edited()
        show_status(self.status, self.tr("Opening hours saved."))
        self.saved.emit()
        return True

    def undo(self) -> None:
        self._checking = False
        self._mark({})
        self.set_values(self._saved)
        self.status.clear()
