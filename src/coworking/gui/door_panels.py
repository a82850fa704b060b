"""The pieces of the door station: the answer panel readable from two metres, the counters,
the last scans of the station and its header."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coworking.core.checkin import Counters, ScanAnswer, ScanRow
from coworking.core.localtime import local_zone
from coworking.db.enums import CheckInResult, RegistrationRole

# state -> (background, text colour, symbol). Colour is never the only signal: the symbol and
# the title say the same thing for colour-blind operators.
STATES: dict[str, tuple[str, str, str]] = {
    "idle": ("#ffffff", "#16324f", ""),
    "ok": ("#1e7b3a", "#ffffff", "✔"),
    "duplicate": ("#f2a900", "#2b2100", "!"),
    "invalid": ("#b3261e", "#ffffff", "✖"),
    "unknown": ("#b3261e", "#ffffff", "?"),
    "wrong_event": ("#6a3d9a", "#ffffff", "⇄"),
    "cancelled": ("#5f6b76", "#ffffff", "⊘"),
    "no_consent": ("#8a4b08", "#ffffff", "⊘"),
    "undone": ("#1d4e89", "#ffffff", "↶"),
    "error": ("#7f1d1d", "#ffffff", "⚠"),
    "pending": ("#f2a900", "#2b2100", "↻"),  # the database was busy: the scan waits its turn
}
# Lighter tints for the rows of the last scans.
ROW_TINTS = {
    CheckInResult.OK: ("#e3f4e8", "#1e7b3a"),
    CheckInResult.DUPLICATE: ("#fdf1d3", "#8a5a00"),
    CheckInResult.INVALID: ("#fbe4e2", "#b3261e"),
    CheckInResult.UNKNOWN: ("#fbe4e2", "#b3261e"),
    CheckInResult.WRONG_EVENT: ("#efe6f6", "#6a3d9a"),
    CheckInResult.CANCELLED: ("#eceff2", "#5f6b76"),
    CheckInResult.NO_CONSENT: ("#fbeadb", "#8a4b08"),
}
TITLE_SIZES = (44, 40, 36, 34, 32, 28, 24)
ONE_LINE_MIN = 34  # a short title on one line rather than two lines of a larger size
ROLES = (
    RegistrationRole.CANDIDATE,
    RegistrationRole.EMPLOYER_REP,
    RegistrationRole.STAFF,
    RegistrationRole.VISITOR,
)


def _answer_style() -> str:
    parts = []
    for state, (background, text, _symbol) in STATES.items():
        border = "#dde3ea" if state == "idle" else background
        parts.append(
            f'QFrame#answerPanel[state="{state}"] {{ background: {background}; '
            f"border: 1px solid {border}; border-radius: 14px; }}\n"
            f'QFrame#answerPanel[state="{state}"] QLabel {{ color: {text}; '
            "background: transparent; }"
        )
    return "\n".join(parts)


STYLE = (
    _answer_style()
    + """
QWidget#doorStation { background: #f4f6f9; }
QFrame#doorHeader { background: #16324f; }
QFrame#doorHeader QLabel { color: #e8eef5; }
QLabel#doorEvent { color: #ffffff; font-size: 17pt; font-weight: 600; }
QLabel#doorClock { color: #ffffff; font-size: 20pt; font-weight: 600; }
QLineEdit#scanField {
    font-size: 20pt; padding: 8px 14px; border: 2px solid #2a7de1; border-radius: 8px;
}
QLabel#doorHint { color: #52606d; }
QLabel#doorSearchNote { color: #8a5a00; font-weight: 600; }
QLabel#counterTotal { font-size: 30pt; font-weight: 700; color: #1d4e89; }
QLabel[role="counter"] { font-size: 13pt; font-weight: 600; color: #16324f; }
QProgressBar { border: none; background: #e6ebf1; border-radius: 4px; max-height: 8px; }
QProgressBar::chunk { background: #2a7de1; border-radius: 4px; }
QTableWidget#doorResults { font-size: 11pt; }
QTableWidget#doorRecent { font-size: 11pt; }
QPushButton#walkInButton, QPushButton#undoButton, QPushButton#clearButton,
QPushButton#printOptionsButton, QPushButton#stationOptionsButton {
    font-size: 11pt; padding: 8px 14px;
}
QFrame#answerPanel QPushButton#answerAction {
    font-size: 14pt; font-weight: 600; padding: 8px 18px; color: #16324f;
    background: #ffffff; border: 2px solid #ffffff; border-radius: 8px;
}
QLabel#dateBanner {
    background: #fdf1d3; color: #5c3d00; border-bottom: 2px solid #f2a900;
    font-size: 15pt; font-weight: 700; padding: 8px 24px;
}
"""
)


class AnswerPanel(QFrame):
    """The answer to the last scan, large and in colour. ``property("state")`` is one of
    :data:`STATES` (``ok``, ``duplicate``, ``invalid``…). An answer may offer the next step
    (:meth:`offer_action`): a button under the detail, ``action_requested`` when pressed."""

    action_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("answerPanel")
        self.setMinimumHeight(250)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.symbol = QLabel(self)
        self.symbol.setObjectName("answerSymbol")
        self.symbol.setFixedWidth(120)
        self.symbol.setAlignment(Qt.AlignmentFlag.AlignCenter)
        symbol_font = QFont(self.font())
        symbol_font.setPointSize(64)
        symbol_font.setBold(True)
        self.symbol.setFont(symbol_font)
        self.title = QLabel(self)
        self.title.setObjectName("answerTitle")
        self.title.setWordWrap(True)
        self.detail = QLabel(self)
        self.detail.setObjectName("answerDetail")
        self.detail.setWordWrap(True)
        detail_font = QFont(self.font())
        detail_font.setPointSize(19)
        self.detail.setFont(detail_font)
        self.action = QPushButton(self)
        self.action.setObjectName("answerAction")
        self.action.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a scanner's Enter cannot press it
        self.action.setCursor(Qt.CursorShape.PointingHandCursor)
        self.action.clicked.connect(self.action_requested)
        self.action.hide()
        self.note = QLabel(self)
        self.note.setObjectName("answerNote")
        note_font = QFont(self.font())
        note_font.setPointSize(12)
        self.note.setFont(note_font)
        texts = QVBoxLayout()
        texts.setSpacing(8)
        texts.addStretch(1)
        texts.addWidget(self.title)
        texts.addWidget(self.detail)
        texts.addWidget(self.action, 0, Qt.AlignmentFlag.AlignLeft)
        texts.addStretch(1)
        texts.addWidget(self.note)
        row = QHBoxLayout(self)
        row.setContentsMargins(20, 18, 28, 16)
        row.setSpacing(12)
        row.addWidget(self.symbol)
        row.addLayout(texts, 1)
        self.show_idle()

    @property
    def state(self) -> str:
        return str(self.property("state"))

    def _set(self, state: str, title: str, detail: str, note: str = "") -> None:
        self.setProperty("state", state)
        self.style().unpolish(self)
        self.style().polish(self)
        for label in (self.symbol, self.title, self.detail, self.note):
            label.style().unpolish(label)
            label.style().polish(label)
        self.symbol.setText(STATES[state][2])
        self.title.setText(title)
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))
        self.note.setText(note)
        self.action.hide()
        self._fit_title()

    def offer_action(self, text: str) -> None:
        """Show the next step of the answer on screen (until the next answer)."""
        self.action.setText(text)
        self.action.show()

    @property
    def action_offered(self) -> bool:
        return not self.action.isHidden()

    def show_idle(self) -> None:
        self._set(
            "idle",
            self.tr("Ready to scan"),
            self.tr("Scan a badge, or type a name or document and press Enter."),
        )

    def show_answer(self, answer: ScanAnswer, note: str = "") -> None:
        when = answer.scanned_at.astimezone(local_zone()).strftime("%H:%M:%S")
        self._set(
            answer.result.value,
            answer.title,
            answer.detail,
            " · ".join(part for part in (when, note) if part),
        )

    def show_message(self, state: str, title: str, detail: str = "") -> None:
        self._set(state, title, detail)

    def _fit_title(self) -> None:
        """One line if the title fits at :data:`ONE_LINE_MIN` points or more; otherwise the
        largest size at which it fits in two lines."""
        width = max(200, self.title.width() if self.title.isVisible() else self.width() - 180)
        text = self.title.text()

        def font_of(size: int) -> QFont:
            font = QFont(self.font())
            font.setPointSize(size)
            font.setBold(True)
            return font

        def lines(font: QFont) -> float:
            metrics = QFontMetrics(font)
            flags = int(Qt.TextFlag.TextWordWrap)
            height = metrics.boundingRect(0, 0, width, 10_000, flags, text).height()
            return height / metrics.lineSpacing()

        chosen = next(
            (s for s in TITLE_SIZES if s >= ONE_LINE_MIN and lines(font_of(s)) < 1.5), None
        )
        if chosen is None:
            chosen = next((s for s in TITLE_SIZES if lines(font_of(s)) < 2.5), TITLE_SIZES[-1])
        self.title.setFont(font_of(chosen))

    def resizeEvent(self, event) -> None:  # Qt override
        super().resizeEvent(event)
        self._fit_title()


class CountersPanel(QFrame):
    """Checked in against registered, in all and per role."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("card", True)
        self.setObjectName("doorCounters")
        heading = QLabel(self.tr("Checked in / registered"), self)
        heading.setProperty("role", "heading")
        self.total = QLabel("0 / 0", self)
        self.total.setObjectName("counterTotal")
        self.total_bar = QProgressBar(self)
        self.total_bar.setTextVisible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 14)
        layout.setSpacing(6)
        layout.addWidget(heading)
        layout.addWidget(self.total)
        layout.addWidget(self.total_bar)
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(4)
        names = {
            RegistrationRole.CANDIDATE: self.tr("Candidates"),
            RegistrationRole.EMPLOYER_REP: self.tr("Employers"),
            RegistrationRole.STAFF: self.tr("Staff"),
            RegistrationRole.VISITOR: self.tr("Visitors"),
        }
        self.values: dict[RegistrationRole, QLabel] = {}
        self.bars: dict[RegistrationRole, QProgressBar] = {}
        for row, role in enumerate(ROLES):
            name = QLabel(names[role], self)
            value = QLabel("0 / 0", self)
            value.setObjectName(f"counter_{role.value}")
            value.setProperty("role", "counter")
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            bar = QProgressBar(self)
            bar.setTextVisible(False)
            grid.addWidget(name, row * 2, 0)
            grid.addWidget(value, row * 2, 1)
            grid.addWidget(bar, row * 2 + 1, 0, 1, 2)
            self.values[role], self.bars[role] = value, bar
        layout.addSpacing(6)
        layout.addLayout(grid)

    @staticmethod
    def _fill(label: QLabel, bar: QProgressBar, done: int, total: int) -> None:
        label.setText(f"{done} / {total}")
        bar.setRange(0, max(total, 1))
        bar.setValue(min(done, max(total, 1)))

    def show_counters(self, counters: Counters) -> None:
        self._fill(self.total, self.total_bar, counters.total_checked_in, counters.total_registered)
        for role in ROLES:
            self._fill(
                self.values[role],
                self.bars[role],
                counters.checked_in.get(role, 0),
                counters.registered.get(role, 0),
            )


class RecentScansTable(QTableWidget):
    """The last scans of this station, newest first, each in the colour of its answer."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 3, parent)
        self.setObjectName("doorRecent")
        self.rows: list[ScanRow] = []
        self.setHorizontalHeaderLabels([self.tr("Time"), self.tr("Who"), self.tr("Result")])
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(28)
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)

    def result_text(self, row: ScanRow) -> str:
        if row.undone:
            return self.tr("Undone")
        return {
            CheckInResult.OK: self.tr("Checked in"),
            CheckInResult.DUPLICATE: self.tr("Already in"),
            CheckInResult.INVALID: self.tr("Misread"),
            CheckInResult.UNKNOWN: self.tr("Unknown"),
            CheckInResult.WRONG_EVENT: self.tr("Other event"),
            CheckInResult.CANCELLED: self.tr("Cancelled"),
            CheckInResult.NO_CONSENT: self.tr("No consent"),
        }.get(row.result, str(row.result))

    def show_rows(self, rows: list[ScanRow]) -> None:
        selected = self.selected_row()
        self.rows = list(rows)
        self.setRowCount(len(rows))
        zone = local_zone()
        for index, row in enumerate(rows):
            who = row.person_name or row.raw.strip()
            when = row.scanned_at.astimezone(zone).strftime("%H:%M:%S")
            texts = (when, who, self.result_text(row))
            tint, colour = ROW_TINTS.get(row.result, ("#ffffff", "#1f2933"))
            if row.undone:
                tint, colour = "#eceff2", "#5f6b76"
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setBackground(QBrush(QColor(tint)))
                if column == 2:
                    item.setForeground(QBrush(QColor(colour)))
                    font = item.font()
                    font.setBold(True)
                    font.setStrikeOut(row.undone)
                    item.setFont(font)
                self.setItem(index, column, item)
        if selected is not None:
            for index, row in enumerate(rows):
                if row.check_in_id == selected.check_in_id:
                    self.selectRow(index)

    def selected_row(self) -> ScanRow | None:
        chosen = self.selectionModel().selectedRows()
        if chosen and chosen[0].row() < len(self.rows):
            return self.rows[chosen[0].row()]
        return None

    def last_admitted(self) -> ScanRow | None:
        return next((r for r in self.rows if r.result == CheckInResult.OK and not r.undone), None)


class StationHeader(QFrame):
    """Event, station, operator and the time, across the top."""

    def __init__(self, event: str, station: str, operator: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("doorHeader")
        self.event = QLabel(event, self)
        self.event.setObjectName("doorEvent")
        self.event.setWordWrap(True)  # a long event name takes two lines on a small screen
        self.station = QLabel(self.tr("Station: %1").replace("%1", station), self)
        self.station.setObjectName("doorStationName")
        self.operator = QLabel(self.tr("Operator: %1").replace("%1", operator), self)
        self.operator.setObjectName("doorOperator")
        self.clock = QLabel(self)
        self.clock.setObjectName("doorClock")
        row = QHBoxLayout(self)
        row.setContentsMargins(24, 10, 24, 10)
        row.setSpacing(28)
        row.addWidget(self.event, 1)
        row.addWidget(self.station)
        row.addWidget(self.operator)
        row.addWidget(self.clock)
