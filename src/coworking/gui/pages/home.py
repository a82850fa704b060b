"""Inicio: a welcome for the signed-in person and a few figures about the data."""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from coworking.core import dashboard
from coworking.db.database import Database
from coworking.db.models import StaffUser
from coworking.gui import icons
from coworking.gui.pages.common import card, page_header, page_layout


class _Metric(QWidget):
    """A figure and its caption inside a card."""

    def __init__(self, icon_name: str, caption: str, parent: QWidget) -> None:
        super().__init__(parent)
        box = card(self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(box)
        layout = QHBoxLayout(box)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(14)
        symbol = QLabel(box)
        symbol.setPixmap(icons.pixmap(icon_name, 32, ratio=self.devicePixelRatioF()))
        texts = QVBoxLayout()
        texts.setSpacing(0)
        self.value = QLabel("0", box)
        self.value.setProperty("role", "metric")
        self.caption = QLabel(caption, box)
        self.caption.setProperty("role", "subtitle")
        texts.addWidget(self.value)
        texts.addWidget(self.caption)
        layout.addWidget(symbol, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(texts, 1)

    def set_value(self, value: int) -> None:
        self.value.setText(QLocale().toString(value))


class HomePage(QWidget):
    def __init__(
        self,
        database: Database,
        user: StaffUser,
        site_text: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._database = database
        self._user = user
        layout = page_layout(self)
        today = QLocale().toString(QDate.currentDate(), QLocale.FormatType.LongFormat)
        layout.addWidget(
            page_header(
                self.tr("Welcome, {name}").format(name=user.full_name),
                f"{site_text} · {today}" if site_text else today,
                self,
            )
        )
        grid = QGridLayout()
        grid.setSpacing(16)
        self.metrics = {
            "people": _Metric("people", self.tr("People registered"), self),
            "entrepreneurs": _Metric("desk", self.tr("Entrepreneurs"), self),
            "events": _Metric("briefcase", self.tr("Job fairs and workshops"), self),
            "visits_today": _Metric("user", self.tr("Co-working visits today"), self),
        }
        for position, metric in enumerate(self.metrics.values()):
            grid.addWidget(metric, position // 2, position % 2)
        layout.addLayout(grid)
        notes = QHBoxLayout()
        notes.setSpacing(16)
        notes.addWidget(
            self._note_card(
                self.tr("Working from the keyboard"),
                [
                    self.tr("Ctrl+1 to Ctrl+8 move between the areas listed on the left."),
                    self.tr("Ctrl+L locks the screen when you leave the desk; Ctrl+Q quits."),
                    self.tr("The screen also locks by itself after some minutes without activity."),
                ],
            ),
            1,
        )
        notes.addWidget(
            self._note_card(
                self.tr("Personal data"),
                [
                    self.tr("Ask for consent and record only the data that is needed."),
                    self.tr("Never send lists of people by message or e-mail; use the exports."),
                    self.tr(
                        "Information about migrants and refugees is sensitive: handle it with care."
                    ),
                ],
            ),
            1,
        )
        layout.addLayout(notes)
        layout.addStretch(1)
        self.refresh()

    def _note_card(self, title: str, lines: list[str]) -> QWidget:
        box = card(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(6)
        heading = QLabel(title, box)
        heading.setProperty("role", "heading")
        layout.addWidget(heading)
        for line in lines:
            label = QLabel("•  " + line, box)
            label.setWordWrap(True)
            layout.addWidget(label)
        layout.addStretch(1)
        return box

    def refresh(self) -> None:
        with self._database.unit_of_work(self._user) as session:
            counts = dashboard.counts(session)
        for key, metric in self.metrics.items():
            metric.set_value(getattr(counts, key))
