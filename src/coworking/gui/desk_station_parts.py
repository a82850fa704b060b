"""The pieces of the co-working reception station: the answer panel with a blue "checked out"
state, the people found by a typed search, the list of who is in and the focus keeper. They
never take the keyboard: the station's scan field keeps it (the desks offered to a walk-in are
in :mod:`coworking.gui.desk_station_offer`)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select
from sqlalchemy.orm import Session

from coworking.core import codes, occupancy, people, person_clues
from coworking.core.localtime import local_zone
from coworking.core.occupancy import Inside
from coworking.core.person_clues import Clues
from coworking.core.visits import VisitAnswer
from coworking.db.enums import CheckInResult
from coworking.db.models import Person
from coworking.gui.door_panels import STYLE as DOOR_STYLE
from coworking.gui.door_panels import AnswerPanel
from coworking.gui.door_search import MIN_SEARCH, SEARCH_LIMIT, ResultsTable
from coworking.gui.two_line_cell import TwoLineCell

TITLE_SIZES = (36, 32, 30, 28, 26, 24, 22, 20, 18)
LEFT = Qt.AlignmentFlag.AlignLeft
ONE_LINE_MIN = 26
DETAIL_SIZE = 16
CHECKED_OUT = "checked_out"
# The door's answer states have no "checked out": it is drawn here, blue like a farewell.
EXTRA_STATES: dict[str, tuple[str, str, str]] = {CHECKED_OUT: ("#1d4e89", "#ffffff", "⇥")}
STATE_OF = {
    CheckInResult.OK: "ok",
    CheckInResult.CHECKED_OUT: CHECKED_OUT,
    CheckInResult.DUPLICATE: "duplicate",
    CheckInResult.INVALID: "invalid",
    CheckInResult.UNKNOWN: "unknown",
    CheckInResult.NO_CONSENT: "no_consent",
}


def _extra_style() -> str:
    return "\n".join(
        f'QFrame#answerPanel[state="{state}"] {{ background: {background}; '
        f"border: 1px solid {background}; border-radius: 14px; }}\n"
        f'QFrame#answerPanel[state="{state}"] QLabel {{ color: {text}; background: transparent; }}'
        for state, (background, text, _symbol) in EXTRA_STATES.items()
    )


STYLE = (
    DOOR_STYLE
    + _extra_style()
    + """
QWidget#deskStation { background: #f4f6f9; }
QWidget#deskStation QLineEdit#scanField { font-size: 16pt; }
QFrame#answerPanel QLabel#noShowWarning {
    background: #fdf1d3; color: #7a4f00; border: 1px solid #f2a900; border-radius: 8px;
    padding: 6px 12px; font-size: 13pt; font-weight: 600;
}
QLabel#offerHeading { font-size: 13pt; font-weight: 600; color: #16324f; }
QListWidget#deskOffers { font-size: 13pt; border: 1px solid #dde3ea; border-radius: 6px; }
QListWidget#deskOffers::item { padding: 0px 10px; }
QListWidget#deskOffers::item:selected { background: #1e7b3a; color: #ffffff; }
QLabel#offerError { color: #b3261e; font-weight: 600; }
QLabel#insideCount { font-size: 30pt; font-weight: 700; color: #1d4e89; }
QLabel#insideCaption { font-size: 12pt; color: #16324f; }
QTableWidget#insideTable { font-size: 10pt; }
QTableWidget#deskResults { font-size: 11pt; }
QLabel#sweepStatus { color: #52606d; }
QPushButton#assignButton, QPushButton#skipButton, QPushButton#checkOutButton,
QPushButton#clearButton { font-size: 11pt; padding: 8px 14px; }
"""
)


def hm(moment: datetime | None) -> str:
    return moment.astimezone(local_zone()).strftime("%H:%M") if moment else "—"


def no_show_text(count: int) -> str:
    """The warning for staff about a person who often books and does not come."""
    if count == 1:
        return QCoreApplication.translate("DeskStation", "⚠ 1 no-show in the last 60 days")
    return QCoreApplication.translate("DeskStation", "⚠ %1 no-shows in the last 60 days").replace(
        "%1", str(count)
    )


def sweep_text(no_shows: int, closed: int) -> str:
    """What the minute's sweep did, for the station's status line."""
    parts = []
    if closed == 1:
        parts.append(
            QCoreApplication.translate(
                "DeskStation", "1 visit left open after closing was checked out"
            )
        )
    elif closed:
        parts.append(
            QCoreApplication.translate(
                "DeskStation", "%1 visits left open after closing were checked out"
            ).replace("%1", str(closed))
        )
    if no_shows == 1:
        parts.append(QCoreApplication.translate("DeskStation", "1 booking marked as no-show"))
    elif no_shows:
        parts.append(
            QCoreApplication.translate("DeskStation", "%1 bookings marked as no-show").replace(
                "%1", str(no_shows)
            )
        )
    return " · ".join(parts)


def _quiet(widget: QWidget) -> None:
    widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the scan field keeps the keyboard


class DeskAnswerPanel(AnswerPanel):
    """The door's large coloured answer, for visits: ``property("state")`` is ``ok``,
    ``checked_out``, ``duplicate``, ``invalid``, ``unknown`` or ``error``, with a line for a
    warning to staff. The desk is read from closer than a fair's door and shares the screen
    with the desks offered, so the detail is smaller and the title takes the height there is."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumHeight(150)
        self.symbol.setFixedWidth(96)
        font = QFont(self.detail.font())
        font.setPointSize(DETAIL_SIZE)
        self.detail.setFont(font)
        self.warning = QLabel(self)
        self.warning.setObjectName("noShowWarning")
        self.warning.hide()
        texts = self.layout().itemAt(1).layout()  # the door panel's column of texts
        if texts is not None and texts.indexOf(self.detail) >= 0:
            texts.insertWidget(texts.indexOf(self.detail) + 1, self.warning, 0, LEFT)
        else:
            self.layout().addWidget(self.warning)

    def _set(self, state: str, title: str, detail: str, note: str = "") -> None:
        extra = EXTRA_STATES.get(state)
        super()._set("undone" if extra else state, title, detail, note)
        if extra:
            self.setProperty("state", state)
            for widget in (self, self.symbol, self.title, self.detail, self.note):
                widget.style().unpolish(widget)
                widget.style().polish(widget)
            self.symbol.setText(extra[2])

    def set_warning(self, text: str) -> None:
        self.warning.setText(text)
        self.warning.setVisible(bool(text))
        self._fit_title()

    def _fit_title(self) -> None:
        """The largest of :data:`TITLE_SIZES` that fits the panel's height: on one line if it
        can be at :data:`ONE_LINE_MIN` or more, else on two lines."""
        width = max(200, self.title.width() if self.title.isVisible() else self.width() - 150)
        text = self.title.text()
        used = 34 + 3 * 8 + self.note.sizeHint().height()  # margins, spacing, the time
        if self.detail.text():
            used += self.detail.heightForWidth(width)
        warning = getattr(self, "warning", None)  # the door panel fits before it exists
        if warning is not None and not warning.isHidden():
            used += warning.sizeHint().height()
        room = self.height() - used

        def font_of(size: int) -> QFont:
            font = QFont(self.font())
            font.setPointSize(size)
            font.setBold(True)
            return font

        def fits(size: int, most: float) -> bool:
            metrics = QFontMetrics(font_of(size))
            flags = int(Qt.TextFlag.TextWordWrap)
            height = metrics.boundingRect(0, 0, width, 10_000, flags, text).height()
            return height / metrics.lineSpacing() < most and height <= room

        chosen = next((s for s in TITLE_SIZES if s >= ONE_LINE_MIN and fits(s, 1.5)), None)
        if chosen is None:
            chosen = next((s for s in TITLE_SIZES if fits(s, 2.5)), TITLE_SIZES[-1])
        self.title.setFont(font_of(chosen))

    def show_ready(self) -> None:
        self._set(
            "idle",
            self.tr("Ready to scan"),
            self.tr("Scan a member card, or type a name or document and press Enter."),
        )

    def show_visit(self, answer: VisitAnswer, note: str = "") -> None:
        when = answer.at.astimezone(local_zone()).strftime("%H:%M:%S") if answer.at else ""
        self._set(
            STATE_OF.get(answer.result, "error"),
            answer.title,
            answer.detail,
            " · ".join(part for part in (when, note) if part),
        )


@dataclass(frozen=True)
class MemberHit:
    """A person found by name or document, and whether they are in now."""

    person_id: int
    name: str
    since: datetime | None = None
    desk: str | None = None
    clues: Clues | None = None


def card_holder(session: Session, raw: str) -> str | None:
    """The name of whoever holds the member card code in ``raw``, or None."""
    code = codes.normalise(raw)
    if not codes.is_valid_code(code):
        return None
    row = session.execute(
        select(Person.given_names, Person.family_names).where(Person.member_code == code)
    ).first()
    return f"{row[0]} {row[1]}".strip() if row else None


def find_members(session: Session, site_id: int, text: str) -> list[MemberHit]:
    """Up to :data:`SEARCH_LIMIT` people matching ``text`` (names in any order, document or
    phone), each with their open visit at this site if they are in."""
    if len(text.strip()) < MIN_SEARCH:
        return []
    found = people.search(session, text, limit=SEARCH_LIMIT)
    if not found:
        return []
    inside = {row.person_id: row for row in occupancy.who_is_in(session, site_id)}
    found_clues = person_clues.clues(session, [person.id for person in found])
    hits = []
    for person in found:
        row = inside.get(person.id)
        hits.append(
            MemberHit(
                person.id,
                f"{person.given_names} {person.family_names}",
                row.since if row else None,
                row.resource_name if row else None,
                found_clues.get(person.id),
            )
        )
    return hits


class MemberResults(ResultsTable):
    """The door's results table, for members: name, desk now, in or out."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deskResults")
        self.setHorizontalHeaderLabels(
            [
                self.tr("Name"),
                self.tr("Born · document · canton"),
                self.tr("Desk"),
                self.tr("Status"),
            ]
        )

    def role_text(self, hit: MemberHit) -> str:  # type: ignore[override]
        return hit.desk or "—"

    def status(self, hit: MemberHit) -> tuple[str, str]:  # type: ignore[override]
        if hit.since is not None:
            return self.tr("In since %1").replace("%1", hm(hit.since)), "in"
        return self.tr("Not in"), "registered"


class InsidePanel(QFrame):
    """Who is in now: how many, since when, at which desk until when; checking out the
    selected row."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("insidePanel")
        self.setProperty("card", True)
        self.rows: list[Inside] = []
        heading = QLabel(self.tr("Who is in"), self)
        heading.setProperty("role", "heading")
        self.count = QLabel("0", self)
        self.count.setObjectName("insideCount")
        self.caption = QLabel(self)
        self.caption.setObjectName("insideCaption")
        keys = QLabel(self.tr("Ctrl+↑ ↓: choose a person · Ctrl+O: check out"), self)
        keys.setProperty("role", "subtitle")
        keys.setWordWrap(True)
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("insideTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name · desk"), self.tr("Since"), self.tr("Desk · until")]
        )
        # Three columns do not fit a narrow side panel: the desk goes under the name.
        self.table.setItemDelegateForColumn(0, TwoLineCell(2, self.table))
        self.table.setColumnHidden(2, True)
        self.table.setToolTip(self.tr("Ctrl+↑ / Ctrl+↓: choose a person · Ctrl+O: check out"))
        _quiet(self.table)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(46)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.check_out_button = QPushButton(self.tr("Check out (Ctrl+O)"), self)
        self.check_out_button.setObjectName("checkOutButton")
        self.check_out_button.setToolTip(
            self.tr("Check out the person selected in the list (Ctrl+O)")
        )
        _quiet(self.check_out_button)
        self.table.itemSelectionChanged.connect(self._update_button)
        counter = QHBoxLayout()
        counter.setSpacing(10)
        counter.addWidget(self.count)
        counter.addWidget(self.caption, 1, Qt.AlignmentFlag.AlignVCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 14)
        layout.setSpacing(6)
        layout.addWidget(heading)
        layout.addLayout(counter)
        layout.addWidget(keys)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.check_out_button)
        self.show_rows([], None)

    def show_rows(self, rows: list[Inside], now: datetime | None) -> None:
        chosen = self.selected()
        self.rows = list(rows)
        self.count.setText(str(len(rows)))
        self.caption.setText(self.tr("person(s) in now", "", len(rows)))
        self.table.setRowCount(len(rows))
        for index, row in enumerate(rows):
            desk = f"{row.resource_name} · {hm(row.until)}" if row.resource_name else "—"
            late = row.until is not None and now is not None and row.until <= now
            for column, text in enumerate((row.person_name, hm(row.since), desk)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if column == 2 and late:  # the booking is over: the desk may be needed
                    item.setForeground(QBrush(QColor("#8a5a00")))
                    item.setToolTip(self.tr("The booking is over"))
                self.table.setItem(index, column, item)
            shown = self.table.item(index, 0)  # the desk is drawn under the name
            shown.setToolTip(f"{row.person_name}\n{self.table.item(index, 2).toolTip()}")
        self.table.clearSelection()
        if chosen is not None:
            for index, row in enumerate(rows):
                if row.visit_id == chosen.visit_id:
                    self.table.selectRow(index)
        self._update_button()

    def selected(self) -> Inside | None:
        chosen = self.table.selectionModel().selectedRows()
        if chosen and chosen[0].row() < len(self.rows):
            return self.rows[chosen[0].row()]
        return None

    def move_selection(self, step: int) -> None:
        if not self.rows:
            return
        chosen = self.table.selectionModel().selectedRows()
        current = chosen[0].row() if chosen else (-1 if step > 0 else len(self.rows))
        row = max(0, min(len(self.rows) - 1, current + step))
        self.table.selectRow(row)
        self.table.scrollTo(self.table.model().index(row, 0))

    def _update_button(self) -> None:
        self.check_out_button.setEnabled(self.selected() is not None)


class FocusKeeper(QObject):
    """Gives the keyboard back to ``field`` whenever another widget of ``station`` takes it,
    or the station's window is activated again; never while a dialog or a popup is open."""

    def __init__(self, station: QWidget, field: QWidget) -> None:
        super().__init__(station)
        self._station, self._field = station, field
        station.installEventFilter(self)
        QApplication.instance().focusChanged.connect(self._focus_changed)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt override
        if event.type() == QEvent.Type.ActivationChange and self._station.isActiveWindow():
            QTimer.singleShot(0, self.reclaim)  # back from another window
        return False

    def _alive(self) -> bool:
        return shiboken6.isValid(self) and shiboken6.isValid(self._station)

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if not self._alive() or not self._station.isVisible() or new is self._field:
            return
        if QApplication.activeModalWidget() is not None or QApplication.activePopupWidget():
            return
        if new is None or self._station.isAncestorOf(new):
            QTimer.singleShot(0, self.reclaim)

    def reclaim(self) -> None:
        station = self._station
        if (
            self._alive()
            and station.isVisible()
            and station.isActiveWindow()
            and QApplication.activeModalWidget() is None
            and not self._field.hasFocus()
        ):
            focus = QApplication.focusWidget()
            if focus is None or station.isAncestorOf(focus):
                self._field.setFocus(Qt.FocusReason.OtherFocusReason)
