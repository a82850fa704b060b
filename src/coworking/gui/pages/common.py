"""Pieces shared by the pages: the title block and white cards."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

STATION_KEY = "station/name"
"""The name staff gave this computer (the door station asks for it and saves it here)."""


def saved_station_name() -> str:
    """This computer's station name as staff typed it, or "" when none was ever given."""
    return " ".join(str(QSettings().value(STATION_KEY) or "").split())


def page_header(title: str, subtitle: str, parent: QWidget | None = None) -> QWidget:
    header = QWidget(parent)
    layout = QVBoxLayout(header)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(4)
    title_label = QLabel(title, header)
    title_label.setProperty("role", "title")
    title_label.setObjectName("pageTitle")
    subtitle_label = QLabel(subtitle, header)
    subtitle_label.setProperty("role", "subtitle")
    subtitle_label.setWordWrap(True)
    layout.addWidget(title_label)
    layout.addWidget(subtitle_label)
    return header


def card(parent: QWidget | None = None) -> QFrame:
    frame = QFrame(parent)
    frame.setProperty("card", True)
    return frame


def page_layout(page: QWidget) -> QVBoxLayout:
    layout = QVBoxLayout(page)
    layout.setContentsMargins(32, 28, 32, 24)
    layout.setSpacing(18)
    return layout


class LazyPage(QWidget):
    """Builds its page the first time it is shown, so that areas nobody opens cost nothing
    at start-up; ``built`` carries the page once it exists."""

    built = Signal(QWidget)

    def __init__(self, factory: Callable[[QWidget], QWidget], parent: QWidget | None = None):
        super().__init__(parent)
        self._factory = factory
        self._page: QWidget | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    @property
    def page(self) -> QWidget:
        if self._page is None:
            self._page = self._factory(self)
            self._layout.addWidget(self._page)
            self.built.emit(self._page)
        return self._page

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        self.page  # noqa: B018 (built on first show)
        super().showEvent(event)
