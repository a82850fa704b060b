"""The co-working reception station: members check in and out with their card or by name.

Built like the job-fair door station (:mod:`coworking.gui.door_station`): the scan field keeps
the keyboard whatever happens on the station, so a USB barcode scanner always types into it, and
scanner bursts typed while another window has the keyboard are caught by
:class:`~coworking.gui.scan_capture.ScanCapture`. One scan toggles: in, or out. A walk-in
without a booking is offered the free desks; Enter (or Alt+E) gives the first, Escape or the
next scan leaves them without one. Every minute the station runs the site's sweep (no-shows,
visits left open after closing). A scan made while another program holds the database (an
import) waits its turn in :mod:`coworking.gui.pending_scans` and is saved a few seconds later,
at the moment it was made.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime, timedelta

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from coworking.core import occupancy, sites, visits
from coworking.core.errors import UserError
from coworking.core.visits import VisitAnswer
from coworking.db.base import utcnow
from coworking.db.database import Database
from coworking.db.engine import is_busy
from coworking.db.enums import CheckInResult
from coworking.db.models import StaffUser
from coworking.gui.answer_reset import AnswerReset
from coworking.gui.desk_station_enrol import DeskEnrolment
from coworking.gui.desk_station_offer import OfferPanel
from coworking.gui.desk_station_parts import (
    STYLE,
    DeskAnswerPanel,
    FocusKeeper,
    InsidePanel,
    MemberHit,
    MemberResults,
    card_holder,
    find_members,
    hm,
    no_show_text,
    sweep_text,
)
from coworking.gui.door_panels import StationHeader
from coworking.gui.door_search import ScanField, looks_like_code, near_code, typed_search
from coworking.gui.pending_scans import (
    STATION_WAIT_MS,
    PendingScan,
    PendingScans,
    PendingStatus,
    settle_pending,
)
from coworking.gui.scan_capture import ScanCapture
from coworking.gui.station_settings import StationOptionsDialog, StationSettings
from coworking.gui.station_sounds import ADMITTED, ERROR, WARNING, StationSounds, sound_for

log = logging.getLogger(__name__)

SWEEP_MS = 60_000  # no-shows and visits left open after closing
REFRESH_MS = 5_000  # who is in: other stations check people in and out too
SEARCH_DELAY_MS = 120
LOWER_HEIGHT = 280  # eight people found, or five desks offered
LOWER_MIN = 200  # when the station shares a smaller window
OFFER_LIFETIME = timedelta(minutes=3)  # an offer nobody took is withdrawn
# A desk action: the check-in (or out) as of the moment given, in the session given.
Action = Callable[[Session, datetime], VisitAnswer]


class DeskStation(QWidget):
    """The front desk of one co-working site. ``station_name`` is logged with every scan;
    ``clock`` gives the current moment (tests freeze it)."""

    def __init__(
        self,
        database: Database,
        user: StaffUser,
        site_id: int,
        station_name: str,
        parent: QWidget | None = None,
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        super().__init__(parent)
        self._database, self._user, self._site_id = database, user, site_id
        self.station_name = station_name.strip()[:60]
        self._clock = clock
        self.last_answer: VisitAnswer | None = None
        self._last_note = ""
        self._searched = ""
        self.setObjectName("deskStation")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(STYLE)
        with database.sessions() as session:
            site = sites.get_site(session, site_id)
            site_name, self.no_show_alert = site.name, site.no_show_alert_count

        self.header = StationHeader(site_name, self.station_name, user.full_name, self)
        self.answer_panel = DeskAnswerPanel(self)
        self.answer_panel.show_ready()
        self.no_show_warning = self.answer_panel.warning
        self.scan_field = ScanField(self)
        self.scan_field.setPlaceholderText(self.tr("Scan a card, or type a name"))
        self.scan_field.setToolTip(
            self.tr("Scanner or keyboard · Enter: check in or out · Esc: clear")
        )
        self.clear_button = QPushButton(self.tr("Clear (Esc)"), self)
        self.clear_button.setObjectName("clearButton")
        self.clear_button.setToolTip(self.tr("Clear the text typed (Esc)"))
        self.clear_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.hint = QLabel(
            self.tr("Enter: check in or out · ↑ ↓: choose in the list below"),
            self,
        )
        self.hint.setObjectName("doorHint")
        self.hint.setWordWrap(True)
        self.search_note = QLabel(self)
        self.search_note.setObjectName("doorSearchNote")
        self.search_note.setWordWrap(True)
        self.pending = PendingScans(database, user, self)
        self.pending.saved.connect(self._pending_saved)
        self.pending.failed.connect(self._pending_failed)
        self.pending_status = PendingStatus(self.pending, self)
        self._pending_shown: PendingScan | None = None  # the scan the amber answer is about
        self.results = MemberResults(self)
        self.offer_panel = OfferPanel(database, user, site_id, clock, self)
        self.placeholder = QLabel(
            self.tr(
                "People found by name or document appear here.\n"
                "Free desks are offered here to members who come without a booking."
            ),
            self,
        )
        self.placeholder.setObjectName("deskPlaceholder")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setProperty("role", "subtitle")
        self.placeholder.setProperty("card", True)
        self.placeholder.setWordWrap(True)
        self.lower = QStackedWidget(self)
        self.lower.setMinimumHeight(LOWER_MIN)  # the answer takes the rest
        self.lower.setMaximumHeight(LOWER_HEIGHT)
        for widget in (self.placeholder, self.results, self.offer_panel):
            self.lower.addWidget(widget)
        self.inside = InsidePanel(self)
        self.sweep_status = QLabel(self)
        self.sweep_status.setObjectName("sweepStatus")
        self.sweep_status.setWordWrap(True)
        self.enrolment = DeskEnrolment(self, database, user, site_id, clock)  # F2: new person
        self.settings = StationSettings("desk")  # answer time and sounds (Options…)
        self.sounds = StationSounds(self.settings, self)
        self.answer_reset = AnswerReset(
            self.settings, self._ready, self, hold=lambda: self.offer_panel.pending
        )
        self.options_button = QPushButton(self.tr("Options…"), self)
        self.options_button.setObjectName("stationOptionsButton")
        self.options_button.setToolTip(self.tr("Answer time and sounds of this station"))
        self.options_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.options_button.clicked.connect(self.configure)
        self._build_layout()

        self.capture = ScanCapture(self.scan_field, parent=self)
        self.capture.scanned.connect(lambda text: self.process_scan(text, captured=True))
        self._search_timer = self._timer(SEARCH_DELAY_MS, self.run_search, single=True)
        self.refresh_timer = self._timer(REFRESH_MS, self.refresh)
        self.sweep_timer = self._timer(SWEEP_MS, self.sweep)
        self._clock_timer = self._timer(1000, self._tick_clock)

        self.scan_field.returnPressed.connect(self.submit)
        self.scan_field.textChanged.connect(self._text_changed)
        self.scan_field.moved.connect(self._move)
        self.scan_field.escaped.connect(self.escape)
        self.results.doubleClicked.connect(lambda _index: self.toggle_selected())
        self.clear_button.clicked.connect(self.escape)
        self.offer_panel.assigned.connect(self._desk_assigned)
        self.offer_panel.skip.connect(self.skip_offer)
        self.inside.check_out_button.clicked.connect(self.check_out_selected)
        self.inside.table.doubleClicked.connect(lambda _index: self.check_out_selected())
        for keys, slot in (
            ("Ctrl+O", self.check_out_selected),
            ("Ctrl+Up", lambda: self.inside.move_selection(-1)),
            ("Ctrl+Down", lambda: self.inside.move_selection(1)),
        ):
            shortcut = QShortcut(QKeySequence(keys), self, slot)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.focus_keeper = FocusKeeper(self, self.scan_field)
        self.sweep_timer.start()  # housekeeping goes on while another tab is shown
        self._tick_clock()
        self.sweep()

    # -- construction -----------------------------------------------------------------------------

    def _timer(self, interval: int, slot: Callable[[], object], single: bool = False) -> QTimer:
        timer = QTimer(self)
        timer.setInterval(interval)
        timer.setSingleShot(single)
        timer.timeout.connect(slot)
        return timer

    def _build_layout(self) -> None:
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
        notes.addLayout(texts, 1)
        notes.addWidget(self.enrolment.button)  # here, the scan field keeps its width
        main = QVBoxLayout()
        main.setSpacing(10)
        main.addWidget(self.answer_panel, 2)
        main.addLayout(scan_row)
        main.addLayout(notes)
        main.addWidget(self.lower, 3)
        side = QVBoxLayout()
        side.setContentsMargins(0, 0, 0, 0)
        side.setSpacing(8)
        side.addWidget(self.inside, 1)
        side.addWidget(self.sweep_status)
        side.addWidget(self.options_button, 0, Qt.AlignmentFlag.AlignRight)
        side_box = QWidget(self)
        side_box.setLayout(side)
        side_box.setMinimumWidth(340)  # narrow screens: the scan field keeps its width
        side_box.setMaximumWidth(520)
        body = QHBoxLayout()
        body.setContentsMargins(20, 16, 20, 16)
        body.setSpacing(18)
        body.addLayout(main, 3)
        body.addWidget(side_box, 2)
        root = QVBoxLayout(self)
        root.setContentsMargins(0, 0, 0, 0)
        root.setSpacing(0)
        root.addWidget(self.header)
        root.addLayout(body, 1)

    # -- showing and hiding ---------------------------------------------------------------------

    def showEvent(self, event) -> None:  # Qt override
        super().showEvent(event)
        self.capture.install()
        self.refresh_timer.start()
        self._clock_timer.start()
        self.refresh()
        self.scan_field.setFocus(Qt.FocusReason.OtherFocusReason)

    def hideEvent(self, event) -> None:  # Qt override
        super().hideEvent(event)
        if not self.isVisible():  # hidden itself (another tab), not only minimised
            self.capture.remove()
            self.refresh_timer.stop()
            self._clock_timer.stop()

    def closeEvent(self, event) -> None:  # Qt override
        settle_pending(self)  # scans still waiting: one more try, else logged and listed
        super().closeEvent(event)

    def _tick_clock(self) -> None:
        text = hm(self._clock())
        if self.header.clock.text() != text:
            self.header.clock.setText(text)

    # -- typing: a code, a search, or a key for the offer -----------------------------------------

    def _text_changed(self, text: str) -> None:
        if text.strip():
            if self.answer_panel.state != "idle":  # the next person: the last answer goes
                self.answer_reset.now()
            self._search_timer.start()
        else:
            self._search_timer.stop()
            self._show_hits([])
            self.search_note.clear()

    def _move(self, step: int) -> None:
        if self.results.hits:
            self.results.move_selection(step)
        elif self.offer_panel.pending:
            self.offer_panel.move_selection(step)

    def submit(self) -> None:
        """Enter: a card code is scanned; a name checks in or out the person chosen in the
        results; with nothing typed, the desk selected in the offer is assigned."""
        text = self.scan_field.text()
        if not text.strip():
            if self.offer_panel.pending:
                self.offer_panel.assign_selected()
            return
        if looks_like_code(text):
            self.clear_input()
            self.process_scan(text)
            return
        if self._search_timer.isActive() or self._searched != text:
            self.run_search()
        if self.results.selected_hit() is not None:
            self.toggle_selected()
        elif near_code(text):
            self.clear_input()
            self.process_scan(text)
        else:
            self._show_problem(
                self.tr("No one found"),
                self.tr("Nobody matches “%1”. Check the spelling, or F2: new person.").replace(
                    "%1", text.strip()[:40]
                ),
                state="unknown",
            )

    def escape(self) -> None:
        """Escape clears what was typed; with nothing typed, it declines the desk offered."""
        if self.scan_field.text():
            self.clear_input()
        elif self.offer_panel.pending:
            self.skip_offer()

    def clear_input(self) -> None:
        self._search_timer.stop()
        self.scan_field.clear()
        self._searched = ""
        self._show_hits([])
        self.search_note.clear()

    def run_search(self) -> list[MemberHit]:
        self._search_timer.stop()
        text = self.scan_field.text()
        self._searched = text
        hits, outcome = typed_search(text, self._find_members)
        self._show_hits(hits)
        self.search_note.setText(
            {
                "code": self.tr("Enter: scan this code"),
                "found": self.tr("Enter: check the selected person in or out"),
                "none": self.tr("No one found · F2: new person"),
            }.get(outcome, "")
        )
        return hits

    def _find_members(self, text: str) -> list[MemberHit]:
        with self._database.sessions() as session:
            return find_members(session, self._site_id, text)

    def _show_hits(self, hits: list[MemberHit]) -> None:
        if hits:
            self.results.show_hits(hits)  # type: ignore[arg-type]
        else:
            self.results.clear_hits()
        self._show_lower()

    def _show_lower(self) -> None:
        if self.results.hits:
            self.lower.setCurrentWidget(self.results)
        elif self.offer_panel.pending:
            self.lower.setCurrentWidget(self.offer_panel)
        else:
            self.lower.setCurrentWidget(self.placeholder)

    # -- checking in and out ----------------------------------------------------------------------

    def process_scan(self, raw: str, *, captured: bool = False) -> VisitAnswer | None:
        """Check the holder of the card in ``raw`` in or out (logged whatever the answer)."""
        note = self.tr("Scanned while a window was open") if captured else ""
        return self.record(
            lambda session, now: visits.scan(
                session, self._site_id, raw, self.station_name, self._user, now=now
            ),
            note,
            who=lambda: self._card_holder(raw),
            what_read=raw,
        )

    def toggle_selected(self) -> VisitAnswer | None:
        hit = self.results.selected_hit()
        if hit is None:
            return None
        self.clear_input()
        return self.record(
            lambda session, now: visits.toggle(
                session, self._site_id, hit.person_id, self.station_name, self._user, now=now
            ),
            self.tr("Found by search"),
            who=lambda: hit.name,
            what_read=f"person={hit.person_id}",
        )

    def record(
        self, action: Action, note: str, *, who: Callable[[], str], what_read: str
    ) -> VisitAnswer | None:
        """Run ``action`` as of now in one unit of work and show its answer (and a desk offer)
        with ``note``; a refusal or a database failure is shown instead. While another program
        holds the database the action waits in :attr:`pending`, said in amber with ``who()``;
        ``what_read`` goes to the log. Used by the desk's own scans and the new-person form."""
        offered = self.offer_panel.visit_id
        self.offer_panel.withdraw()  # the next person: an offer not taken is declined
        now = self._clock()
        details = (
            f"desk: site={self._site_id} station={self.station_name!r} "
            f"operator={self._user.username!r} read={what_read!r} at={now.isoformat()}"
        )
        try:
            answer, waiting = self.pending.run(
                lambda session: action(session, now), at=now, who=who, details=details
            )
        except UserError as error:
            self._show_problem(self.tr("Not recorded"), str(error))
            return None
        except SQLAlchemyError:
            log.exception("desk scan failed")
            self._show_database_error()
            return None
        if waiting is not None:
            self._show_waiting(waiting)
            return None
        repeated = offered is not None and answer.visit_id == offered
        if repeated and answer.result == CheckInResult.DUPLICATE and self.last_answer:
            answer = self.last_answer  # the card read twice: the welcome and offer stay
            if self.answer_panel.state == "idle":  # the second read's keys cleared it
                self.answer_panel.show_visit(answer, self._last_note)
                self._warn_no_shows(answer)
                self.answer_reset.answered()
        else:
            self.last_answer, self._last_note = answer, note
            self.answer_panel.show_visit(answer, note)
            self._warn_no_shows(answer)
            self.sounds.play(sound_for(answer.result))
            self.answer_reset.answered()
        if answer.result == CheckInResult.OK and answer.booking_id is None and answer.offers:
            assert answer.visit_id is not None
            self.offer_panel.offer(answer.visit_id, answer.person_name or "", answer.offers)
        self._show_lower()
        self.refresh()
        return answer

    def _card_holder(self, raw: str) -> str:
        """The name of the card's holder (reading works while another program writes), or the
        code as read."""
        try:
            with self._database.sessions() as session:
                name = card_holder(session, raw)
        except SQLAlchemyError:
            log.exception("card holder look-up failed")
            name = None
        return name or f"«{raw.strip()[:40]}»"

    def _show_waiting(self, scan: PendingScan) -> None:
        self._pending_shown = scan
        self.answer_panel.show_message("pending", *self.pending.waiting_text(scan.who))
        self.answer_panel.set_warning("")
        self.sounds.play(WARNING)
        self.answer_reset.answered()
        self._show_lower()

    def _pending_saved(self, scan: PendingScan, answer: VisitAnswer) -> None:
        """A waiting scan reached the database: said on the status line, and in the answer
        panel while it still shows that scan's amber answer (no desk is offered so late)."""
        self.pending_status.note(self.pending.saved_text(scan, answer.title))
        if self._pending_shown is scan and self.answer_panel.state == "pending":
            self.last_answer, self._last_note = answer, self.tr("Pending scan saved")
            self.answer_panel.show_visit(answer, self._last_note)
            self._warn_no_shows(answer)
            self.sounds.play(sound_for(answer.result))
            self.answer_reset.answered()
        self.refresh()

    def _pending_failed(self, scan: PendingScan, message: str) -> None:
        text = self.pending.failed_text(scan, message)
        self.pending_status.note(text)
        if self._pending_shown is scan and self.answer_panel.state == "pending":
            self._show_problem(self.tr("The scan could not be recorded"), text)
        else:
            self.sounds.play(ERROR)

    def _warn_no_shows(self, answer: VisitAnswer) -> None:
        count = answer.no_shows if answer.result == CheckInResult.OK else 0
        warn = count >= max(1, self.no_show_alert)
        self.answer_panel.set_warning(no_show_text(count) if warn else "")
        self.no_show_warning.setToolTip(
            self.tr("Bookings not used nor cancelled in time. Remind the person to cancel.")
        )

    def _show_problem(self, title: str, detail: str, state: str = "error") -> None:
        self.answer_panel.show_message(state, title, detail)
        self.answer_panel.set_warning("")
        self.sounds.play(ERROR)
        self.answer_reset.answered()
        self._show_lower()

    def _ready(self) -> None:
        """Back to «Listo para escanear» (after the station's seconds, or when typing)."""
        self.answer_panel.show_ready()
        self.answer_panel.set_warning("")

    def configure(self) -> None:
        """The station's options: how long an answer stays, the sounds' volume and mute."""
        dialog = StationOptionsDialog(self.settings, self)
        dialog.try_sound.connect(lambda volume: self.sounds.play(ADMITTED, volume))
        dialog.exec()
        self.focus_keeper.reclaim()

    def _show_database_error(self) -> None:
        self._show_problem(
            self.tr("The scan could not be recorded"),
            self.tr("Nothing was saved. Check the network or the database, then scan again."),
        )

    def _desk_assigned(self, visit_id: int, desk: str, until: datetime) -> None:
        answer = self.last_answer
        title = answer.title if answer and answer.visit_id == visit_id else ""
        self.answer_panel.show_message(
            "ok",
            title or self.offer_panel.person_name,
            self.tr("Desk assigned: %1, until %2.").replace("%1", desk).replace("%2", hm(until)),
        )
        self.answer_reset.answered()
        self._show_lower()
        self.refresh()

    def skip_offer(self) -> None:
        if self.offer_panel.pending:
            name = self.offer_panel.person_name
            self.offer_panel.withdraw()
            self.search_note.setText(self.tr("%1 stays without a desk").replace("%1", name))
            self._show_lower()

    def check_out_selected(self) -> VisitAnswer | None:
        """Ctrl+O: check out the person selected in the list of who is in."""
        row = self.inside.selected()
        if row is None:
            self.search_note.setText(self.tr("Choose someone in “Who is in” (Ctrl+↑ ↓)"))
            return None

        def check_out(session: Session, now: datetime) -> VisitAnswer:
            visit = visits.check_out(session, self._user, row.visit_id, now=now)
            return VisitAnswer(
                CheckInResult.CHECKED_OUT,
                "",
                person_id=row.person_id,
                person_name=row.person_name,
                visit_id=row.visit_id,
                since=visit.checked_in_at,
                at=now,
            )

        return self.record(
            check_out,
            self.tr("Checked out from the list"),
            who=lambda: row.person_name,
            what_read=f"check out visit={row.visit_id}",
        )

    # -- refreshing and the sweep -----------------------------------------------------------------

    def refresh(self) -> None:
        """Who is in (other stations check people in and out too); withdraw a stale offer."""
        now = self._clock()
        shown = self.offer_panel.shown_at
        if shown is not None and now - shown > OFFER_LIFETIME:
            self.offer_panel.withdraw()
            self._show_lower()
        try:
            with self._database.sessions() as session:
                rows = occupancy.who_is_in(session, self._site_id)
        except SQLAlchemyError:
            log.exception("who is in refresh failed")
            return
        self.inside.show_rows(rows, now)

    def sweep(self) -> tuple[int, int]:
        """Mark no-shows and close visits left open after closing; say so when it did."""
        now = self._clock()
        try:  # housekeeping: it waits no longer than a scan, and comes again in a minute
            with self._database.unit_of_work(self._user, wait_ms=STATION_WAIT_MS) as session:
                no_shows, closed = visits.sweep(session, self._site_id, now)
                self.no_show_alert = sites.get_site(session, self._site_id).no_show_alert_count
        except SQLAlchemyError as error:
            if is_busy(error):
                log.info("desk sweep put off: the database is busy")
            else:
                log.exception("desk sweep failed")
            return 0, 0
        except UserError:
            log.exception("desk sweep failed")
            return 0, 0
        if no_shows or closed:
            self.sweep_status.setText(f"{hm(now)} · {sweep_text(no_shows, closed)}")
        self.refresh()
        return no_shows, closed
