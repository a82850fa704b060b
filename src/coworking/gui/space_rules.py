"""A site's booking rules: slot size, limits per booking, per person and day or week, how far
ahead, notice to cancel and no-shows. Each rule has a line saying what it does."""

from __future__ import annotations

from dataclasses import fields

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from coworking.core import sites
from coworking.core.errors import PermissionDenied, UserError
from coworking.db.database import Database
from coworking.db.models import StaffUser
from coworking.gui.fair_widgets import confirm
from coworking.gui.space_common import (
    days_text,
    days_word,
    duration_text,
    section,
    show_status,
    status_label,
)


class DurationEdit(QWidget):
    """Hours and minutes (in quarter-hour steps) read as minutes; ``valueChanged`` follows."""

    valueChanged = Signal(int)  # noqa: N815 (Qt's style)

    def __init__(self, max_hours: int, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.hours = QSpinBox(self)
        self.hours.setObjectName(f"{name}Hours")
        self.hours.setRange(0, max_hours)
        self.hours.setSuffix(" h")
        self.hours.setMinimumWidth(80)
        self.minutes = QSpinBox(self)
        self.minutes.setObjectName(f"{name}Minutes")
        self.minutes.setRange(0, 59)
        self.minutes.setSingleStep(15)
        self.minutes.setSuffix(" min")
        self.minutes.setMinimumWidth(80)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.hours)
        layout.addWidget(self.minutes)
        self.setFocusProxy(self.hours)
        self.hours.valueChanged.connect(lambda _v: self.valueChanged.emit(self.value()))
        self.minutes.valueChanged.connect(lambda _v: self.valueChanged.emit(self.value()))

    def value(self) -> int:
        return self.hours.value() * 60 + self.minutes.value()

    def setValue(self, minutes: int) -> None:  # noqa: N802 (Qt's style)
        hours, rest = divmod(minutes, 60)
        self.hours.setValue(hours)
        self.minutes.setValue(rest)


class RulesEditor(QWidget):
    """Edits and saves :class:`sites.BookingRules`; ``changed`` follows every edit and save."""

    changed = Signal()

    def __init__(
        self, database: Database, user: StaffUser, site_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._database, self._user, self._site_id = database, user, site_id
        self._saved = sites.BookingRules()
        self._read_only = False
        frame, layout = section(
            self,
            self.tr("Booking rules"),
            self.tr(
                "They apply to every booking made from now on; bookings already made are kept."
            ),
        )
        self.slot = QComboBox(frame)
        self.slot.setObjectName("slotCombo")
        for minutes in sites.SLOT_CHOICES:
            self.slot.addItem(duration_text(minutes), minutes)
        self.max_booking = DurationEdit(24, "maxBooking", frame)
        self.max_day = DurationEdit(24, "maxDay", frame)
        self.max_week = DurationEdit(7 * 24, "maxWeek", frame)
        self.ahead = QSpinBox(frame)
        self.ahead.setObjectName("aheadSpin")
        self.ahead.setRange(0, 365)
        self.ahead.valueChanged.connect(lambda v: self.ahead.setSuffix(" " + days_word(v)))
        self.cancel_notice = DurationEdit(7 * 24, "cancelNotice", frame)
        self.grace = QSpinBox(frame)
        self.grace.setObjectName("graceSpin")
        self.grace.setRange(5, 240)
        self.grace.setSingleStep(5)
        self.grace.setSuffix(" min")
        self.alerts = QSpinBox(frame)
        self.alerts.setObjectName("alertsSpin")
        self.alerts.setRange(1, 50)
        for single in (self.slot, self.ahead, self.grace, self.alerts):  # as wide as h + min
            single.setFixedWidth(self.max_booking.sizeHint().width())

        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(10)
        rows = [
            (
                self.tr("Slot si&ze"),
                self.slot,
                self.tr("Bookings start and end on these steps (e.g. 9:00, 9:30, 10:00)."),
            ),
            (
                self.tr("Longest &booking"),
                self.max_booking,
                self.tr("The longest a single booking of a desk or room can last."),
            ),
            (
                self.tr("Per person per da&y"),
                self.max_day,
                self.tr("Most time one person can have booked on one day."),
            ),
            (
                self.tr("Per person per &week"),
                self.max_week,
                self.tr("Most time one person can have booked in one week (Monday to Sunday)."),
            ),
            (
                self.tr("Book &ahead"),
                self.ahead,
                self.tr("How many days ahead people can book (0: only for today)."),
            ),
            (
                self.tr("&Notice to cancel"),
                self.cancel_notice,
                self.tr(
                    "Later than this before the start, only a coordinator can cancel; "
                    "otherwise the booking becomes a no-show."
                ),
            ),
            (
                self.tr("No-show &grace"),
                self.grace,
                self.tr(
                    "Minutes after the start without check-in before a booking is marked "
                    "“no-show” and the desk is freed."
                ),
            ),
            (
                self.tr("No-show a&lerts"),
                self.alerts,
                self.tr("Staff are warned when a person reaches this many no-shows in 60 days."),
            ),
        ]
        self.explanations: list[QLabel] = []
        for line, (text, field, explanation) in enumerate(rows):
            label = QLabel(text, frame)
            label.setBuddy(field)
            note = QLabel(explanation, frame)
            note.setProperty("role", "subtitle")
            note.setWordWrap(True)
            self.explanations.append(note)
            grid.addWidget(label, line, 0)
            grid.addWidget(field, line, 1, Qt.AlignmentFlag.AlignLeft)
            grid.addWidget(note, line, 2)
        grid.setColumnStretch(2, 1)
        layout.addLayout(grid)
        layout.addSpacing(6)

        self.status = status_label(frame, "rulesStatus")
        self.save_button = QPushButton(self.tr("Sa&ve rules"), frame)
        self.save_button.setObjectName("saveRulesButton")
        self.save_button.setProperty("primary", True)
        self.undo_button = QPushButton(self.tr("&Undo changes"), frame)
        self.undo_button.setObjectName("undoRulesButton")
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addSpacing(12)
        buttons.addWidget(self.undo_button)
        buttons.addWidget(self.save_button)
        layout.addLayout(buttons)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(frame)
        outer.addStretch(1)

        self.slot.currentIndexChanged.connect(lambda _i: self._edited())
        for edit in (self.max_booking, self.max_day, self.max_week, self.cancel_notice):
            edit.valueChanged.connect(lambda _v: self._edited())
        for spin in (self.ahead, self.grace, self.alerts):
            spin.valueChanged.connect(lambda _v: self._edited())
        self.save_button.clicked.connect(lambda: self.save())
        self.undo_button.clicked.connect(self.undo)
        self.reload()

    # -- reading and showing -------------------------------------------------------------------

    def rules(self) -> sites.BookingRules:
        return sites.BookingRules(
            slot_minutes=self.slot.currentData(),
            max_booking_minutes=self.max_booking.value(),
            max_day_minutes=self.max_day.value(),
            max_week_minutes=self.max_week.value(),
            book_ahead_days=self.ahead.value(),
            cancel_notice_minutes=self.cancel_notice.value(),
            no_show_grace_minutes=self.grace.value(),
            no_show_alert_count=self.alerts.value(),
        )

    def set_rules(self, rules: sites.BookingRules) -> None:
        index = self.slot.findData(rules.slot_minutes)
        if index < 0:  # a size set elsewhere that the list does not offer
            self.slot.addItem(duration_text(rules.slot_minutes), rules.slot_minutes)
            index = self.slot.count() - 1
        self.slot.setCurrentIndex(index)
        self.max_booking.setValue(rules.max_booking_minutes)
        self.max_day.setValue(rules.max_day_minutes)
        self.max_week.setValue(rules.max_week_minutes)
        self.ahead.setValue(rules.book_ahead_days)
        self.ahead.setSuffix(" " + days_word(rules.book_ahead_days))
        self.cancel_notice.setValue(rules.cancel_notice_minutes)
        self.grace.setValue(rules.no_show_grace_minutes)
        self.alerts.setValue(rules.no_show_alert_count)
        self._edited()

    def reload(self) -> None:
        with self._database.sessions() as session:
            self._saved = sites.BookingRules.of(sites.get_site(session, self._site_id))
        self.set_rules(self._saved)
        self.status.clear()

    def is_dirty(self) -> bool:
        return self.rules() != self._saved

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        for widget in (
            self.slot,
            self.max_booking,
            self.max_day,
            self.max_week,
            self.ahead,
            self.cancel_notice,
            self.grace,
            self.alerts,
        ):
            widget.setEnabled(not read_only)
        self.save_button.setVisible(not read_only)
        self.undo_button.setVisible(not read_only)

    def _edited(self) -> None:
        dirty = self.is_dirty()
        self.save_button.setEnabled(dirty)
        self.undo_button.setEnabled(dirty)
        if dirty and self.status.property("role") == "success":
            self.status.clear()
        self.changed.emit()

    # -- saving --------------------------------------------------------------------------------

    def changes(self) -> list[str]:
        """«Slot size: 30 min → 15 min» for each rule that differs from the saved one."""
        names = {
            "slot_minutes": self.tr("Slot size"),
            "max_booking_minutes": self.tr("Longest booking"),
            "max_day_minutes": self.tr("Per person per day"),
            "max_week_minutes": self.tr("Per person per week"),
            "book_ahead_days": self.tr("Book ahead"),
            "cancel_notice_minutes": self.tr("Notice to cancel"),
            "no_show_grace_minutes": self.tr("No-show grace"),
            "no_show_alert_count": self.tr("No-show alerts"),
        }
        new = self.rules()
        lines = []
        for field in fields(sites.BookingRules):
            before, after = getattr(self._saved, field.name), getattr(new, field.name)
            if before != after:
                lines.append(
                    f"{names[field.name]}: {_shown(field.name, before)} → "
                    f"{_shown(field.name, after)}"
                )
        return lines

    def _refusal(self, rules: sites.BookingRules) -> str | None:
        """The service's objection to ``rules``, asked in a transaction that is rolled back,
        so that the person is not asked to confirm rules that cannot be saved."""
        try:
            with self._database.sessions() as session:
                sites.set_rules(session, self._user, self._site_id, rules)
                session.rollback()
        except PermissionDenied:
            return None  # said in a message box by the real save
        except UserError as error:
            return str(error)
        return None

    def save(self, ask: bool = True) -> bool:
        changes = self.changes()
        if not changes:
            show_status(self.status, self.tr("Nothing changed."))
            return False
        rules = self.rules()
        refusal = self._refusal(rules)
        if refusal:
            show_status(self.status, refusal, error=True)
            return False
        text = self.tr("Save these changes to the booking rules?") + "\n\n• " + "\n• ".join(changes)
        if ask and not confirm(
            self, self.tr("Booking rules"), text, self.tr("Save rules"), self.tr("Keep editing")
        ):
            return False
        try:
            with self._database.unit_of_work(self._user) as session:
                sites.set_rules(session, self._user, self._site_id, rules)
        except PermissionDenied as error:
            QMessageBox.warning(self, self.tr("Booking rules"), str(error))
            return False
        except UserError as error:
            show_status(self.status, str(error), error=True)
            return False
        self._saved = rules
        self._edited()
        show_status(self.status, self.tr("Booking rules saved."))
        return True

    def undo(self) -> None:
        self.set_rules(self._saved)
        self.status.clear()


def _shown(name: str, value: int) -> str:
    if name == "book_ahead_days":
        return days_text(value)
    if name == "no_show_alert_count":
        return str(value)
    return duration_text(value)
