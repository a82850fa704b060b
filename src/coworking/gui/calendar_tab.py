"""The booking calendar of a site: a day or a week, resources as rows, bookings as blocks.

The grid only asks (create, move, cancel, open); this tab asks the booking services and
reloads, so a refused move snaps back and the refusal is shown in Spanish. Ctrl+Z takes back
the last move or resize.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QDate, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coworking.core import accounts, availability, bookings, sites
from coworking.core.bookings import RuleRefused
from coworking.core.errors import UserError
from coworking.core.localtime import local_zone
from coworking.db.base import utcnow
from coworking.db.database import Database
from coworking.db.enums import ResourceKind
from coworking.db.models import StaffUser
from coworking.gui.booking_dialog import BookingDialog, SeriesReportDialog
from coworking.gui.calendar_grid import CalendarGrid
from coworking.gui.calendar_model import GridBlock, GridDay, GridRow

REFRESH_MS = 60_000
STATE_NAMES = {
    "booked": "Reservada",
    "series": "Reserva semanal",
    "checked_in": "Llegó",
    "no_show": "No se presentó",
    "past": "Terminada",
}


def monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


class CalendarTab(QWidget):
    def __init__(
        self,
        database: Database,
        user: StaffUser,
        site_id: int,
        parent: QWidget | None = None,
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        super().__init__(parent)
        self._database, self._user, self._site_id, self._clock = database, user, site_id, clock
        self._week = True
        self._day = clock().astimezone(local_zone()).date()
        self._undo: tuple[int, int, datetime, datetime] | None = None
        self._slot = 30
        self._days: list[GridDay] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        bar = QHBoxLayout()
        self.day_button = QPushButton(self.tr("&Day"), self)
        self.week_button = QPushButton(self.tr("&Week"), self)
        group = QButtonGroup(self)
        for button in (self.day_button, self.week_button):
            button.setCheckable(True)
            group.addButton(button)
            bar.addWidget(button)
        self.week_button.setChecked(True)
        self.day_button.clicked.connect(lambda: self._set_week(False))
        self.week_button.clicked.connect(lambda: self._set_week(True))
        self.previous_button = QPushButton("◀", self)
        self.previous_button.setToolTip(self.tr("Previous (Ctrl+Page Up)"))
        self.next_button = QPushButton("▶", self)
        self.next_button.setToolTip(self.tr("Next (Ctrl+Page Down)"))
        self.today_button = QPushButton(self.tr("&Today"), self)
        self.date_edit = QDateEdit(self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("dd/MM/yyyy")
        self.previous_button.clicked.connect(lambda: self._step(-1))
        self.next_button.clicked.connect(lambda: self._step(1))
        self.today_button.clicked.connect(self._go_today)
        self.date_edit.dateChanged.connect(self._date_chosen)
        for widget in (self.previous_button, self.today_button, self.next_button, self.date_edit):
            bar.addWidget(widget)
        self.title = QLabel(self)
        self.title.setObjectName("calendarTitle")
        self.title.setProperty("role", "section")
        bar.addWidget(self.title, 1)
        self.kind = QComboBox(self)
        self.kind.setObjectName("calendarKind")
        self.kind.addItem(self.tr("All spaces"), None)
        self.kind.addItem(self.tr("Desks"), ResourceKind.DESK)
        self.kind.addItem(self.tr("Rooms and others"), "rooms")
        self.kind.currentIndexChanged.connect(self.reload)
        bar.addWidget(self.kind)
        self.new_button = QPushButton(self.tr("&New booking…"), self)
        self.new_button.setToolTip(self.tr("Book the time under the cursor (Ctrl+N)"))
        self.new_button.clicked.connect(self._new_at_cursor)
        bar.addWidget(self.new_button)
        layout.addLayout(bar)
        self.grid = CalendarGrid(self)
        layout.addWidget(self.grid, 1)
        self.legend = QLabel(
            self.tr(
                "Drag on free time to book · drag a booking to move it, its edge to resize · "
                "Enter opens · Delete cancels · Ctrl+Z undoes a move"
            ),
            self,
        )
        self.legend.setProperty("role", "subtitle")
        self.legend.setWordWrap(True)
        layout.addWidget(self.legend)
        self.grid.createRequested.connect(self._create)
        self.grid.moveRequested.connect(self._move)
        self.grid.cancelRequested.connect(self._cancel)
        self.grid.openRequested.connect(self._open)
        for keys, slot in (
            ("Ctrl+N", self._new_at_cursor),
            ("Ctrl+Z", self._undo_move),
            ("Ctrl+PgUp", lambda: self._step(-1)),
            ("Ctrl+PgDown", lambda: self._step(1)),
            ("F5", self.reload),
        ):
            QShortcut(QKeySequence(keys), self, slot)
        self._timer = QTimer(self, interval=REFRESH_MS)
        self._timer.timeout.connect(self.reload)
        self._timer.start()
        self._sync_date_edit()
        self.reload()

    # --- navigation --------------------------------------------------------------------------

    def first_day(self) -> date:
        return monday(self._day) if self._week else self._day

    def _set_week(self, week: bool) -> None:
        self._week = week
        self.week_button.setChecked(week)
        self.day_button.setChecked(not week)
        self.reload()

    def _step(self, direction: int) -> None:
        self._day += timedelta(days=7 * direction if self._week else direction)
        self._sync_date_edit()
        self.reload()

    def _go_today(self) -> None:
        self._day = self._clock().astimezone(local_zone()).date()
        self._sync_date_edit()
        self.reload()

    def _date_chosen(self, chosen: QDate) -> None:
        day = chosen.toPython()
        if day != self._day:
            self._day = day
            self.reload()

    def _sync_date_edit(self) -> None:
        self.date_edit.blockSignals(True)
        self.date_edit.setDate(QDate(self._day.year, self._day.month, self._day.day))
        self.date_edit.blockSignals(False)

    # --- loading -----------------------------------------------------------------------------

    def reload(self) -> None:
        zone = local_zone()
        first = self.first_day()
        count = 7 if self._week else 1
        now = self._clock()
        with self._database.sessions() as session:
            site = sites.get_site(session, self._site_id)
            self._slot = site.slot_minutes
            hours = sites.days_hours(session, self._site_id, first, count)
            wanted = self.kind.currentData()
            rows = []
            for resource in sites.resources(session, self._site_id):
                is_desk = resource.kind == ResourceKind.DESK
                if wanted == ResourceKind.DESK and not is_desk:
                    continue
                if wanted == "rooms" and is_desk:
                    continue
                rows.append(GridRow(resource.id, resource.name, sites.resource_label(resource)))
            start = datetime.combine(first, time(0), zone)
            booked = availability.bookings_between(
                session, self._site_id, start, start + timedelta(days=count)
            )
        self._days = [GridDay(h.day, h.opens, h.closes, h.note) for h in hours]
        self.grid.set_days(self._days, self._slot, zone)
        self.grid.set_rows(rows)
        self.grid.set_blocks([self._block(row, now) for row in booked])
        self.grid.set_now(now)
        last = first + timedelta(days=count - 1)
        weekday = sites.WEEKDAYS[first.weekday()]
        self.title.setText(
            self.tr("Week of %1 to %2")
            .replace("%1", f"{first:%d/%m}")
            .replace("%2", f"{last:%d/%m/%Y}")
            if self._week
            else f"{weekday.capitalize()} {first:%d/%m/%Y}"
        )

    @staticmethod
    def _block(row: availability.BookingRow, now: datetime) -> GridBlock:
        zone = local_zone()
        state = row.state
        if state in ("booked", "series") and row.ends <= now:
            state = "past"
        active = state in ("booked", "series", "checked_in")
        detail = (
            f"{row.starts.astimezone(zone):%H:%M}–{row.ends.astimezone(zone):%H:%M} · "
            f"{STATE_NAMES.get(state, '')}"
        )
        if row.purpose:
            detail += f" · {row.purpose}"
        return GridBlock(
            row.booking_id,
            row.resource_id,
            row.starts.astimezone(zone),
            row.ends.astimezone(zone),
            row.person_name,
            detail,
            state,
            editable=active and row.ends > now,
        )

    # --- actions -----------------------------------------------------------------------------

    def _resources(self) -> list[tuple[int, str]]:
        return [(row.key, row.label) for row in self.grid.rows]

    def _new_at_cursor(self) -> None:
        cursor = self.grid.cursor()
        if cursor is None:
            if not self.grid.rows:
                return
            day = next((d for d in self._days if d.opens), None)
            if day is None:
                return
            moment = datetime.combine(day.day, day.opens, local_zone())
            cursor = (self.grid.rows[0].key, moment)
        row, moment = cursor
        self._create(row, moment, moment + timedelta(minutes=self._slot))

    def _create(self, row: int, starts: datetime, ends: datetime) -> None:
        day = next((d for d in self._days if d.day == starts.astimezone(local_zone()).date()), None)
        if day is None or day.opens is None or day.closes is None:
            QMessageBox.information(
                self, self.tr("Closed"), day.note if day else self.tr("The space is closed.")
            )
            return
        dialog = BookingDialog(
            self._database,
            self._user,
            self._resources(),
            row,
            starts,
            ends,
            slot_minutes=self._slot,
            opens=day.opens,
            closes=day.closes,
            parent=self,
            clock=self._clock,
        )
        if dialog.exec() != BookingDialog.DialogCode.Accepted:
            return
        self.reload()
        if dialog.created:
            self.grid.select_block(dialog.created[0])
        if dialog.series_result is not None and dialog.series_result.refused:
            SeriesReportDialog(dialog.series_result, self).exec()

    def _move(self, key: int, row: int, starts: datetime, ends: datetime) -> None:
        try:
            with self._database.unit_of_work(self._user) as session:
                booking = bookings.get_booking(session, key)
                before = (key, booking.resource_id, booking.starts_at, booking.ends_at)
                bookings.move(session, self._user, key, row, starts, ends, now=self._clock())
        except UserError as error:
            self.reload()
            QMessageBox.warning(self, self.tr("Booking not changed"), str(error))
            return
        self._undo = before
        self.reload()
        self.grid.select_block(key)

    def _undo_move(self) -> None:
        if self._undo is None:
            return
        key, row, starts, ends = self._undo
        self._undo = None
        try:
            with self._database.unit_of_work(self._user) as session:
                bookings.move(session, self._user, key, row, starts, ends, now=self._clock())
        except UserError as error:
            QMessageBox.warning(self, self.tr("Could not undo"), str(error))
        self.reload()
        self.grid.select_block(key)

    def _cancel(self, key: int) -> None:
        block = next((b for b in self.grid.blocks if b.key == key), None)
        if block is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Cancel booking"),
            self.tr("Cancel the booking of %1 (%2)?")
            .replace("%1", block.title)
            .replace("%2", block.detail),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._cancel_now(key, force=False)

    def _cancel_now(self, key: int, *, force: bool) -> None:
        try:
            with self._database.unit_of_work(self._user) as session:
                bookings.cancel(session, self._user, key, now=self._clock(), force=force)
        except RuleRefused as refused:
            may_force = accounts.can(self._user, bookings.OVERRIDE_ROLES)
            if refused.rule == "cancel_notice" and may_force and not force:
                again = QMessageBox.question(
                    self,
                    self.tr("Late cancellation"),
                    str(refused) + "\n\n" + self.tr("Cancel it anyway?"),
                    QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                    QMessageBox.StandardButton.No,
                )
                if again == QMessageBox.StandardButton.Yes:
                    self._cancel_now(key, force=True)
                return
            QMessageBox.warning(self, self.tr("Booking not cancelled"), str(refused))
        except UserError as error:
            QMessageBox.warning(self, self.tr("Booking not cancelled"), str(error))
        self.reload()

    def _open(self, key: int) -> None:
        block = next((b for b in self.grid.blocks if b.key == key), None)
        if block is None:
            return
        resource = next((r.label for r in self.grid.rows if r.key == block.row), "")
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("Booking"))
        box.setText(
            f"<b>{block.title}</b><br>{resource}<br>{block.starts:%d/%m/%Y}<br>{block.detail}"
        )
        cancel = rest = None
        if block.editable:
            cancel = box.addButton(
                self.tr("&Cancel booking"), QMessageBox.ButtonRole.DestructiveRole
            )
            if block.state == "series":
                rest = box.addButton(
                    self.tr("Cancel this and &later dates"), QMessageBox.ButtonRole.DestructiveRole
                )
        box.addButton(QMessageBox.StandardButton.Close)
        box.exec()
        if cancel is not None and box.clickedButton() is cancel:
            self._cancel(key)
        elif rest is not None and box.clickedButton() is rest:
            self._cancel_rest_of_series(key, block)

    def _cancel_rest_of_series(self, key: int, block: GridBlock) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Cancel weekly booking"),
            self.tr("Cancel the weekly booking of %1 from %2 on?")
            .replace("%1", block.title)
            .replace("%2", f"{block.starts:%d/%m/%Y}"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            with self._database.unit_of_work(self._user) as session:
                series_id = bookings.get_booking(session, key).series_id
                if series_id is not None:
                    bookings.cancel_series(
                        session, self._user, series_id, from_=block.starts, now=self._clock()
                    )
        except UserError as error:
            QMessageBox.warning(self, self.tr("Booking not cancelled"), str(error))
        self.reload()
