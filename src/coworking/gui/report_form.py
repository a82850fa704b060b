"""What a report covers: a co-working site over a period (with quick periods), or a job fair,
and the language it is written in."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from coworking.core.reports import AttendanceRequest

CUSTOM = "custom"
DATES_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class Choices:
    """The sites and events offered, read once off the GUI thread."""

    sites: list[tuple[int, str]]
    current_site_id: int | None
    events: list[tuple[int, str, date, date]]  # newest first


def month_bounds(day: date, months_back: int = 0) -> tuple[date, date]:
    """The first and last day of the month ``months_back`` before ``day``'s month."""
    year, month = day.year, day.month - months_back
    while month < 1:
        year, month = year - 1, month + 12
    first = date(year, month, 1)
    following = date(year + (month == 12), month % 12 + 1, 1)
    return first, following - timedelta(days=1)


def quick_period(key: str, today: date) -> tuple[date, date]:
    if key == "this_month":
        return month_bounds(today)
    if key == "last_month":
        return month_bounds(today, 1)
    if key == "this_year":
        return date(today.year, 1, 1), date(today.year, 12, 31)
    if key == "last_year":
        return date(today.year - 1, 1, 1), date(today.year - 1, 12, 31)
    if key == "last_30":
        return today - timedelta(days=29), today
    raise KeyError(key)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


class ReportForm(QWidget):
    """The choices; ``changed`` whenever one of them changes."""

    changed = Signal()

    def __init__(self, today: date, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self.coworking_radio = QRadioButton(self.tr("&Co-working space"), self)
        self.fair_radio = QRadioButton(self.tr("&Job fair or event"), self)
        self.coworking_radio.setChecked(True)
        self.kind_group = QButtonGroup(self)
        self.kind_group.addButton(self.coworking_radio)
        self.kind_group.addButton(self.fair_radio)
        self.site_combo = QComboBox(self)
        self.site_combo.setObjectName("reportSite")
        self.site_combo.setAccessibleName(self.tr("Space"))
        self.event_combo = QComboBox(self)
        self.event_combo.setObjectName("reportEvent")
        self.event_combo.setAccessibleName(self.tr("Event"))
        self.event_combo.setSizeAdjustPolicy(  # wide enough for a fair's name and its date
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.event_combo.setMinimumContentsLength(42)
        self.period_combo = QComboBox(self)
        self.period_combo.setObjectName("reportPeriod")
        for key, text in (
            ("last_month", self.tr("Last month")),
            ("this_month", self.tr("This month")),
            ("last_30", self.tr("Last 30 days")),
            ("this_year", self.tr("This year")),
            ("last_year", self.tr("Last year")),
            (CUSTOM, self.tr("Other dates")),
        ):
            self.period_combo.addItem(text, key)
        self.from_edit = self._date_edit("reportFrom", self.tr("First day"))
        self.to_edit = self._date_edit("reportTo", self.tr("Last day"))
        self.language_combo = QComboBox(self)
        self.language_combo.setObjectName("reportLanguage")
        self.language_combo.addItem("Español", "es")
        self.language_combo.addItem("English", "en")
        self.language_combo.setCurrentIndex(0 if language == "es" else 1)
        self.event_dates = QLabel(self)
        self.event_dates.setProperty("role", "subtitle")

        dates = QHBoxLayout()
        dates.addWidget(self.from_edit, 1)
        dates.addWidget(QLabel("–", self))
        dates.addWidget(self.to_edit, 1)
        form = QFormLayout()
        form.addRow(self.tr("&Space:"), self.site_combo)
        form.addRow(self.tr("&Period:"), self.period_combo)
        form.addRow(self.tr("Dates:"), dates)
        fair_form = QFormLayout()
        fair_form.addRow(self.tr("&Event:"), self.event_combo)
        fair_form.addRow("", self.event_dates)
        common = QFormLayout()
        common.addRow(self.tr("&Language of the report:"), self.language_combo)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.coworking_radio)
        layout.addLayout(form)
        layout.addSpacing(8)
        layout.addWidget(self.fair_radio)
        layout.addLayout(fair_form)
        layout.addSpacing(8)
        layout.addLayout(common)

        self.period_combo.currentIndexChanged.connect(self._quick_period)
        self.from_edit.userDateChanged.connect(self._dates_edited)
        self.to_edit.userDateChanged.connect(self._dates_edited)
        self.kind_group.buttonToggled.connect(lambda *_: self._kind_changed())
        self.site_combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.event_combo.currentIndexChanged.connect(self._event_changed)
        self.language_combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self._quick_period()
        self._kind_changed()

    def _date_edit(self, name: str, accessible: str) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd/MM/yyyy")
        return edit

    # -- filling ------------------------------------------------------------------------

    def set_choices(self, choices: Choices) -> None:
        self.site_combo.blockSignals(True)
        self.event_combo.blockSignals(True)
        self.site_combo.clear()
        for site_id, name in choices.sites:
            self.site_combo.addItem(name, site_id)
        if choices.current_site_id is not None:
            self.site_combo.setCurrentIndex(self.site_combo.findData(choices.current_site_id))
        started = [n for n, event in enumerate(choices.events) if event[2] <= self._today]
        self.event_combo.clear()
        for event_id, name, first, last in choices.events:
            shown = first.strftime("%d/%m/%Y")
            self.event_combo.addItem(f"{name} · {shown}", event_id)
            self.event_combo.setItemData(self.event_combo.count() - 1, (first, last), DATES_ROLE)
        if started:  # the latest event that has begun: the one most likely reported
            self.event_combo.setCurrentIndex(started[0])
        self.site_combo.blockSignals(False)
        self.event_combo.blockSignals(False)
        self.fair_radio.setEnabled(bool(choices.events))
        self._event_changed()
        self._kind_changed()

    # -- reading ------------------------------------------------------------------------

    def is_fair(self) -> bool:
        return self.fair_radio.isChecked()

    def language(self) -> str:
        return str(self.language_combo.currentData())

    def request(self) -> AttendanceRequest:
        if self.is_fair():
            return AttendanceRequest(
                event_id=self.event_combo.currentData(), language=self.language()
            )
        return AttendanceRequest(
            site_id=self.site_combo.currentData(),
            first=_pydate(self.from_edit.date()),
            last=_pydate(self.to_edit.date()),
            language=self.language(),
        )

    def describe(self) -> str:
        """A short name for the file: «asistencia-coworking-2026-10» or «asistencia-feria-3»."""
        request = self.request()
        if request.event_id is not None:
            return f"asistencia-evento-{request.event_id}"
        assert request.first is not None and request.last is not None
        return f"asistencia-coworking-{request.first:%Y%m%d}-{request.last:%Y%m%d}"

    # -- reactions ----------------------------------------------------------------------

    def set_period(self, first: date, last: date) -> None:
        for edit, day in ((self.from_edit, first), (self.to_edit, last)):
            edit.blockSignals(True)
            edit.setDate(_qdate(day))
            edit.blockSignals(False)

    def _quick_period(self) -> None:
        key = self.period_combo.currentData()
        if key != CUSTOM:
            self.set_period(*quick_period(key, self._today))
        self.changed.emit()

    def _dates_edited(self) -> None:
        self.period_combo.blockSignals(True)
        self.period_combo.setCurrentIndex(self.period_combo.findData(CUSTOM))
        self.period_combo.blockSignals(False)
        self.changed.emit()

    def _event_changed(self) -> None:
        dates = self.event_combo.currentData(DATES_ROLE)
        if dates:
            first, last = dates
            text = first.strftime("%d/%m/%Y")
            if last != first:
                text += " – " + last.strftime("%d/%m/%Y")
            self.event_dates.setText(text)
        else:
            self.event_dates.setText("")
        self.changed.emit()

    def _kind_changed(self) -> None:
        fair = self.is_fair()
        for widget in (self.site_combo, self.period_combo, self.from_edit, self.to_edit):
            widget.setEnabled(not fair)
        self.event_combo.setEnabled(fair)
        self.changed.emit()
