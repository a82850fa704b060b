"""The door check-in station of a job fair: scan a badge, read the answer from two metres.

The scan field keeps the keyboard whatever happens on the station (buttons and lists never
take the focus; the focus comes back if anything else on the station gets it), so a USB barcode
scanner always types into it. Bursts from the scanner while a dialog is open are caught by
:class:`~coworking.gui.scan_capture.ScanCapture` and checked in behind the dialog. Text that is
not a badge code searches people by name or document (see :mod:`coworking.gui.door_search`).

Each answer has its sound (:mod:`coworking.gui.station_sounds`) and goes back to «Listo para
escanear» after the seconds set in the station's options, or as soon as someone types. An
event not held today is said in a banner across the top (:mod:`coworking.gui.door_date_guard`).
A scan made while another program holds the database (an import) waits its turn in
:mod:`coworking.gui.pending_scans` and is saved a few seconds later, at the moment it was made.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime

import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from coworking import clock
from coworking.core import accounts, checkin, fairs, registrations
from coworking.core.checkin import ScanAnswer
from coworking.core.errors import UserError
from coworking.db.database import Database
from coworking.db.enums import CheckInResult, RegistrationRole
from coworking.db.models import StaffUser
from coworking.gui.answer_reset import AnswerReset
from coworking.gui.door_date_guard import date_note
from coworking.gui.door_panels import (
    STYLE,
    AnswerPanel,
    CountersPanel,
    RecentScansTable,
    StationHeader,
)
from coworking.gui.door_printing import DoorPrinting
from coworking.gui.door_search import (
    ResultsTable,
    ScanField,
    SearchHit,
    ask_role,
    looks_like_code,
    near_code,
    search_people,
    typed_search,
)
from coworking.gui.door_undo import UndoControl
from coworking.gui.pending_scans import (
    PendingScan,
    PendingScans,
    PendingStatus,
    settle_pending,
)
from coworking.gui.scan_capture import ScanCapture
from coworking.gui.station_settings import StationOptionsDialog, StationSettings
from coworking.gui.station_sounds import ADMITTED, ERROR, WARNING, StationSounds, sound_for

log = logging.getLogger(__name__)

REFRESH_MS = 2000  # counters and other stations' scans
SEARCH_DELAY_MS = 120
RECENT_LIMIT = 10
SIDE_WIDTH = (320, 390)  # the side column: narrower on small screens, for the scan field
# Answers that may be followed by registering the person for this event, at once.
NEXT_STEP = (CheckInResult.CANCELLED, CheckInResult.WRONG_EVENT)


class DoorStation(QWidget):
    """One entrance of an event. ``station_name`` is logged with every scan; the last scans
    listed are this station's only."""

    def __init__(
        self,
        database: Database,
        user: StaffUser,
        event_id: int,
        station_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._database, self._user = database, user
        self._event_id, self.station_name = event_id, station_name.strip()[:60]
        self.last_answer: ScanAnswer | None = None
        self.walk_in_dialog = None
        self._fingerprint: tuple[int, int] | None = None
        self._searched = ""
        self.can_register = accounts.can(user, registrations.REGISTER)
        self.setObjectName("doorStation")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(STYLE)
        with database.sessions() as session:
            event = fairs.get_event(session, event_id)
            event_name, self._event_days = event.name, (event.starts_on, event.ends_on)

        self.settings = StationSettings("door")
        self.sounds = StationSounds(self.settings, self)
        self.header = StationHeader(event_name, self.station_name, user.full_name, self)
        self.date_banner = QLabel(self)
        self.date_banner.setObjectName("dateBanner")
        self.date_banner.setWordWrap(True)
        self._banner_day = None
        self.answer_panel = AnswerPanel(self)
        self.answer_reset = AnswerReset(self.settings, self.answer_panel.show_idle, self)
        self.scan_field = ScanField(self)
        self.scan_field.setPlaceholderText(self.tr("Scan a badge, or type a name"))
        self.scan_field.setMinimumWidth(self.scan_field.fontMetrics().horizontalAdvance("M") * 14)
        self.walk_in_button = self._button("walkInButton", self.tr("New walk-in (Ctrl+N)"))
        self.clear_button = self._button("clearButton", self.tr("Clear (Esc)"))
        self.print_button = self._button("printOptionsButton", self.tr("Printing…"))
        self.options_button = self._button("stationOptionsButton", self.tr("Options…"))
        self.options_button.setToolTip(self.tr("Answer time and sounds of this station"))
        self.printing = DoorPrinting(database, user, event_id, self)
        self.hint = QLabel(self.tr("Enter: check in · ↑ ↓: choose a person in the list"), self)
        self.hint.setObjectName("doorHint")
        self.hint.setWordWrap(True)  # long in some languages: wraps instead of widening
        self.search_note = QLabel(self)
        self.search_note.setObjectName("doorSearchNote")
        self.search_note.setWordWrap(True)
        self.pending = PendingScans(database, user, self)
        self.pending.saved.connect(self._pending_saved)
        self.pending.failed.connect(self._pending_failed)
        self.pending_status = PendingStatus(self.pending, self)
        self._pending_shown: PendingScan | None = None  # the scan the amber answer is about
        self.results = ResultsTable(self)
        self.results_placeholder = QLabel(
            self.tr(
                "People found by name or document appear here.\n"
                "Registered people first; others can be registered at the door."
            ),
            self,
        )
        self.results_placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.results_placeholder.setProperty("role", "subtitle")
        self.results_placeholder.setProperty("card", True)
        self.results_stack = QStackedWidget(self)
        self.results_stack.addWidget(self.results_placeholder)
        self.results_stack.addWidget(self.results)
        self.counters = CountersPanel(self)
        self.recent = RecentScansTable(self)
        self.undo_button = self._button("undoButton", self.tr("Undo check-in… (Ctrl+Z)"))
        self.undo = UndoControl(database, user, self.recent, self.undo_button, self)
        self.undo.undone.connect(self._undone)
        self.undo.denied.connect(
            lambda: self.search_note.setText(self.tr("Only coordinators can undo a check-in."))
        )
        self.undo.database_failed.connect(self._show_database_error)
        self.undo.dialog_closed.connect(self.take_keyboard)
        self._build_layout()

        self.capture = ScanCapture(self.scan_field, parent=self)
        self.capture.scanned.connect(lambda text: self.process_scan(text, captured=True))
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.run_search)
        self.refresh_timer = QTimer(self)
        self.refresh_timer.setInterval(REFRESH_MS)
        self.refresh_timer.timeout.connect(self.refresh)
        self._clock_timer = QTimer(self)
        self._clock_timer.setInterval(1000)
        self._clock_timer.timeout.connect(self._tick_clock)

        self.scan_field.returnPressed.connect(self.submit)
        self.scan_field.textChanged.connect(self._text_changed)
        self.scan_field.moved.connect(self.results.move_selection)
        self.scan_field.escaped.connect(self.clear_input)
        self.results.doubleClicked.connect(lambda _index: self.admit_selected())
        self.walk_in_button.clicked.connect(self.new_walk_in)
        self.clear_button.clicked.connect(self.clear_input)
        self.print_button.clicked.connect(self.configure_printing)
        self.options_button.clicked.connect(self.configure)
        self.answer_panel.action_requested.connect(self.register_here)
        for keys, slot in (
            (QKeySequence("Ctrl+R"), self.reprint_last),
            (QKeySequence.StandardKey.New, self.new_walk_in),
            (QKeySequence.StandardKey.Undo, lambda: self.undo.undo_last()),
            (QKeySequence("Ctrl+I"), self.register_here),
        ):
            shortcut = QShortcut(keys, self, slot)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        QApplication.instance().focusChanged.connect(self._focus_changed)
        self._tick_clock()
        self.refresh()

    # -- construction -----------------------------------------------------------------------------

    def _button(self, name: str, text: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the scan field keeps the keyboard
        return button

    def _build_layout(self) -> None:
        """The scan field has the main column's width but for «Limpiar»: the other buttons sit
        under it and in the side column, so that it stays wide on a 1024-pixel screen."""
        scan_row = QHBoxLayout()
        scan_row.setSpacing(10)
        scan_row.addWidget(self.scan_field, 1)
        scan_row.addWidget(self.clear_button)
        texts = QVBoxLayout()  # the search's note under the hint: both readable when narrow
        texts.setSpacing(2)
        texts.addWidget(self.hint)
        texts.addWidget(self.search_note)
        texts.addWidget(self.pending_status)
        notes = QHBoxLayout()
        notes.setSpacing(10)
        notes.addLayout(texts, 1)
        notes.addWidget(self.walk_in_button, 0, Qt.AlignmentFlag.AlignTop)
        main = QVBoxLayout()
        main.setSpacing(10)
        main.addWidget(self.answer_panel, 4)
        main.addLayout(scan_row)
        main.addLayout(notes)
        main.addWidget(self.results_stack, 4)
        recent_heading = QLabel(self.tr("Last scans at this station"), self)
        recent_heading.setProperty("role", "heading")
        settings_row = QHBoxLayout()
        settings_row.setSpacing(8)
        settings_row.addWidget(self.print_button, 1)
        settings_row.addWidget(self.options_button, 1)
        side = QVBoxLayout()
        side.setSpacing(10)
        side.addWidget(self.counters)
        side.addWidget(recent_heading)
        side.addWidget(self.recent, 1)
        side.addWidget(self.undo_button)
        side.addLayout(settings_row)
        self.side_box = QWidget(self)
        self.side_box.setLayout(side)
        self.side_box.setFixedWidth(SIDE_WIDTH[1])
        side.setContentsMargins(0, 0, 0, 0)
        body = QHBoxLayout()
        body.setContentsMargins(20, 16, 20, 16)
        body.setSpacing(18)
        body.addLayout(main, 1)
        body.addWidget(self.side_box)
        root = QVBoxLayout(self)
        root.setContentsMargins(0, 0, 0, 0)
        root.setSpacing(0)
        root.addWidget(self.header)
        root.addWidget(self.date_banner)
        root.addLayout(body, 1)

    def resizeEvent(self, event) -> None:  # Qt override
        low, high = SIDE_WIDTH
        self.side_box.setFixedWidth(max(low, min(high, int(event.size().width() * 0.3))))
        super().resizeEvent(event)

    # -- showing, hiding, focus -------------------------------------------------------------------

    @property
    def refresh_interval_ms(self) -> int:
        return self.refresh_timer.interval()

    @refresh_interval_ms.setter
    def refresh_interval_ms(self, value: int) -> None:
        self.refresh_timer.setInterval(value)

    def showEvent(self, event) -> None:  # Qt override
        super().showEvent(event)
        self.capture.install()
        self.refresh_timer.start()
        self._clock_timer.start()
        self.scan_field.setFocus(Qt.FocusReason.OtherFocusReason)

    def hideEvent(self, event) -> None:  # Qt override
        super().hideEvent(event)
        if not self.isVisible():  # hidden itself, not only minimised
            self.capture.remove()
            self.refresh_timer.stop()
            self._clock_timer.stop()

    def closeEvent(self, event) -> None:  # Qt override
        settle_pending(self)  # scans still waiting: one more try, else logged and listed
        super().closeEvent(event)

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if not shiboken6.isValid(self) or not self.isVisible() or new is self.scan_field:
            return
        if QApplication.activeModalWidget() is not None or QApplication.activePopupWidget():
            return
        if new is None or self.isAncestorOf(new):
            QTimer.singleShot(0, self._reclaim_focus)

    def _reclaim_focus(self) -> None:
        if (
            shiboken6.isValid(self)
            and self.isVisible()
            and QApplication.activeModalWidget() is None
            and not self.scan_field.hasFocus()
        ):
            focus = QApplication.focusWidget()
            if focus is None or self.isAncestorOf(focus):
                self.scan_field.setFocus(Qt.FocusReason.OtherFocusReason)

    def _tick_clock(self) -> None:
        now = clock.local_now()
        text = now.strftime("%H:%M")
        if self.header.clock.text() != text:
            self.header.clock.setText(text)
        if now.date() != self._banner_day:  # at opening, and if the station stays overnight
            self._banner_day = now.date()
            note = date_note(*self._event_days, now.date())
            self.date_banner.setText(note)
            self.date_banner.setVisible(bool(note))

    def configure(self) -> None:
        """The station's options: how long an answer stays, the sounds' volume and mute."""
        dialog = StationOptionsDialog(self.settings, self)
        dialog.try_sound.connect(lambda volume: self.sounds.play(ADMITTED, volume))
        dialog.exec()
        self.take_keyboard()

    def configure_printing(self) -> None:
        """Whether this entrance prints the badge on check-in, and on which stock."""
        self.printing.configure(self)
        self.take_keyboard()

    # -- the two paths: a code, or a search -------------------------------------------------------

    def _text_changed(self, text: str) -> None:
        if text.strip():
            if self.answer_panel.state != "idle":  # the next person: the last answer goes
                self.answer_reset.now()
            self._search_timer.start()
        else:
            self._search_timer.stop()
            self._show_hits([])
            self.search_note.clear()

    def submit(self) -> None:
        """Enter in the scan field: check in a code, or the person chosen in the results."""
        text = self.scan_field.text()
        if not text.strip():
            return
        if looks_like_code(text):
            self.clear_input()
            self.process_scan(text)
            return
        if self._search_timer.isActive() or self._searched != text:
            self.run_search()
        if self.results.selected_hit() is not None:
            self.admit_selected()
        elif near_code(text):
            self.clear_input()
            self.process_scan(text)
        else:
            self._show_problem(
                self.tr("No one found"),
                self.tr("Nobody matches “%1”. Check the spelling, or Ctrl+N: new walk-in.").replace(
                    "%1", text.strip()[:40]
                ),
                state="unknown",
            )

    def clear_input(self) -> None:
        self._search_timer.stop()
        self.scan_field.clear()
        self._searched = ""
        self._show_hits([])
        self.search_note.clear()

    def run_search(self) -> list[SearchHit]:
        self._search_timer.stop()
        text = self.scan_field.text()
        self._searched = text
        hits, outcome = typed_search(text, self._find_people)
        self._show_hits(hits)
        self.search_note.setText(
            {
                "code": self.tr("Enter: check in this code"),
                "found": self.tr("Enter: check in the selected person"),
                "none": self.tr("No one found · Ctrl+N: new walk-in"),
            }.get(outcome, "")
        )
        return hits

    def _find_people(self, text: str) -> list[SearchHit]:
        with self._database.sessions() as session:
            return search_people(session, self._event_id, text)

    def _show_hits(self, hits: list[SearchHit]) -> None:
        if hits:
            self.results.show_hits(hits)
            self.results_stack.setCurrentWidget(self.results)
        else:
            self.results.clear_hits()
            self.results_stack.setCurrentWidget(self.results_placeholder)

    # -- checking in ------------------------------------------------------------------------------

    def process_scan(self, raw: str, *, captured: bool = False) -> ScanAnswer | None:
        """Check in the badge code in ``raw`` (logged whatever the answer) and show the answer."""
        note = self.tr("Scanned while a window was open") if captured else ""
        at = clock.now()
        return self._record(
            "door scan",
            lambda session: checkin.scan(
                session, self._event_id, raw, self.station_name, self._user, at=at
            ),
            note,
            at=at,
            who=lambda: self._badge_holder(raw),
            what_read=raw,
        )

    def _record(
        self,
        what: str,
        work: Callable[[Session], ScanAnswer],
        note: str,
        *,
        at: datetime,
        who: Callable[[], str],
        what_read: str,
    ) -> ScanAnswer | None:
        """Run ``work`` (the check-in as of ``at``) in one unit of work and show its answer
        with ``note``; a refusal or a database failure is shown instead (and the failure logged
        as ``what``). While another program holds the database the scan waits in
        :attr:`pending`, said in amber with ``who()``; ``what_read`` goes to the log."""
        details = (
            f"{what}: event={self._event_id} station={self.station_name!r} "
            f"operator={self._user.username!r} read={what_read!r} scanned_at={at.isoformat()}"
        )
        try:
            answer, waiting = self.pending.run(work, at=at, who=who, details=details)
        except UserError as error:
            self._show_problem(self.tr("Not checked in"), str(error))
            return None
        except SQLAlchemyError:
            log.exception("%s failed", what)
            self._show_database_error()
            return None
        if waiting is not None:
            self._show_waiting(waiting)
            return None
        self._show_answer(answer, note)
        return answer

    def _badge_holder(self, raw: str) -> str:
        """The name of the badge's holder (reading works while another program writes), or the
        code as read."""
        try:
            with self._database.sessions() as session:
                name = checkin.badge_holder(session, raw)
        except SQLAlchemyError:
            log.exception("badge holder look-up failed")
            name = None
        return name or f"«{raw.strip()[:40]}»"

    def _show_waiting(self, scan: PendingScan) -> None:
        self._pending_shown = scan
        self.answer_panel.show_message("pending", *self.pending.waiting_text(scan.who))
        self.sounds.play(WARNING)
        self.answer_reset.answered()

    def _pending_saved(self, scan: PendingScan, answer: ScanAnswer) -> None:
        """A waiting scan reached the database: said on the status line, and in the answer
        panel while it still shows that scan's amber answer."""
        self.pending_status.note(self.pending.saved_text(scan, answer.title))
        if self._pending_shown is scan and self.answer_panel.state == "pending":
            self._show_answer(answer, self.tr("Pending scan saved"))
            return
        self.refresh(force=True)
        if answer.admitted and answer.registration_id is not None and self.printing.enabled:
            QTimer.singleShot(0, lambda: self._print_for(answer, ""))

    def _pending_failed(self, scan: PendingScan, message: str) -> None:
        text = self.pending.failed_text(scan, message)
        self.pending_status.note(text)
        if self._pending_shown is scan and self.answer_panel.state == "pending":
            self._show_problem(self.tr("The scan could not be recorded"), text)
        else:
            self.sounds.play(ERROR)

    def _show_problem(self, title: str, detail: str, state: str = "error") -> None:
        self.answer_panel.show_message(state, title, detail)
        self.sounds.play(ERROR)
        self.answer_reset.answered()

    def _show_database_error(self) -> None:
        self._show_problem(
            self.tr("The scan could not be recorded"),
            self.tr("Nothing was saved. Check the network or the database, then scan again."),
        )

    def _show_answer(self, answer: ScanAnswer, note: str = "") -> None:
        self.last_answer = answer
        self.answer_panel.show_answer(answer, note)
        self.sounds.play(sound_for(answer.result))
        offered = answer.result in NEXT_STEP and self.can_register and answer.person_id is not None
        if offered:
            self.answer_panel.offer_action(self.tr("Register for this event (Ctrl+I)"))
        self.answer_reset.answered(longer=offered)
        self.refresh(force=True)
        if answer.admitted and answer.registration_id is not None and self.printing.enabled:
            # after the answer is on screen: printing takes longer than answering
            QTimer.singleShot(0, lambda: self._print_for(answer, note))

    def _print_for(self, answer: ScanAnswer, _note: str) -> None:
        assert answer.registration_id is not None
        printed = self.printing.after_check_in(answer.registration_id)
        if printed and self.last_answer is answer and self.answer_panel.state != "idle":
            self._add_note(printed)

    def _add_note(self, text: str) -> None:
        shown = self.answer_panel.note.text()
        self.answer_panel.note.setText(" · ".join(t for t in (shown, text) if t))
        self.answer_panel.note.setVisible(True)

    def reprint_last(self) -> None:
        """Ctrl+R: print again the badge of the last person shown (after a confirmation)."""
        answer = self.last_answer
        if answer is None or answer.registration_id is None:
            return
        result = self.printing.reprint(answer.registration_id, self)
        if result:
            self._add_note(result)
        self.take_keyboard()

    def admit_selected(self) -> ScanAnswer | None:
        hit = self.results.selected_hit()
        if hit is None:
            return None
        role = None
        if hit.registration_id is None:
            self.sounds.play(WARNING)
            role = ask_role(self, hit.name)
            self.take_keyboard()
            if role is None:
                return None
        self.clear_input()
        at = clock.now()

        def admit(session: Session) -> ScanAnswer:
            registration_id = hit.registration_id
            if registration_id is None:
                registration_id = registrations.register(
                    session, self._user, self._event_id, hit.person_id, role, source="door"
                ).id
            return checkin.admit(
                session, self._event_id, registration_id, self.station_name, self._user, at=at
            )

        note = self.tr("Registered at the door") if role else self.tr("Found by search")
        return self._record(
            "door admission",
            admit,
            note,
            at=at,
            who=lambda: hit.name,
            what_read=f"person={hit.person_id} registration={hit.registration_id}",
        )

    def register_here(self) -> ScanAnswer | None:
        """Ctrl+I after «Inscripción cancelada» or «otro evento»: register the person shown for
        this event (asking the role when they come from another event) and admit them."""
        answer = self.last_answer
        if not self.answer_panel.action_offered or answer is None or answer.person_id is None:
            return None
        role: RegistrationRole | None = None
        if answer.result == CheckInResult.WRONG_EVENT:
            role = ask_role(self, answer.person_name or "", default=answer.role)
            self.take_keyboard()
            if role is None:
                return None
        self.clear_input()
        person_id, name = answer.person_id, answer.person_name or ""
        at = clock.now()
        return self._record(
            "door registration",
            lambda session: checkin.register_here(
                session, self._event_id, person_id, self.station_name, self._user, role, at=at
            ),
            self.tr("Registered at the door"),
            at=at,
            who=lambda: name,
            what_read=f"register person={person_id} role={role}",
        )

    def new_walk_in(self) -> None:
        """Open the walk-in form (not blocking: scans behind it still go through)."""
        from coworking.gui.walk_in_dialog import WalkInDialog

        if self.walk_in_dialog is not None:
            self.walk_in_dialog.raise_()
            return
        dialog = WalkInDialog(self._database, self._user, self._event_id, self.station_name, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.walk_in_dialog = dialog
        dialog.finished.connect(lambda _result: self._walk_in_finished(dialog))
        dialog.open()

    def _walk_in_finished(self, dialog) -> None:
        self.walk_in_dialog = None
        if dialog.answer is not None:
            note = (
                self.tr("Existing person, registered at the door")
                if dialog.used_existing
                else self.tr("New walk-in, registered at the door")
            )
            self._show_answer(dialog.answer, note)
        self.take_keyboard()

    def take_keyboard(self) -> None:
        """After one of the station's own windows closed: back to the scan field."""
        if self.isVisible():
            self.window().activateWindow()
            self.scan_field.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- refreshing -------------------------------------------------------------------------------

    def refresh(self, force: bool = False) -> None:
        """Counters always (cheap); the last scans when the event's scans changed."""
        try:
            with self._database.sessions() as session:
                counters = checkin.counters(session, self._event_id)
                fingerprint = checkin.last_change(session, self._event_id)
                rows = None
                if force or fingerprint != self._fingerprint:
                    rows = checkin.recent_scans(
                        session, self._event_id, station=self.station_name, limit=RECENT_LIMIT
                    )
        except SQLAlchemyError:
            log.exception("door refresh failed")
            return
        self.counters.show_counters(counters)
        self._fingerprint = fingerprint
        if rows is not None:
            self.recent.show_rows(rows)
            self.undo.update_button()

    def _undone(self, who: str) -> None:
        self.answer_panel.show_message(
            "undone",
            self.tr("Check-in undone: %1").replace("%1", who),
            self.tr("They must be scanned again to enter."),
        )
        self.answer_reset.answered()
        self.refresh(force=True)
