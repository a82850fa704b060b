"""A station (door or booth) shown over the whole screen in place of the navigation."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class StationFrame(QWidget):
    """Holds a station widget with a thin bar to leave it (Ctrl+Shift+Q).

    The leave button never takes the focus, so a scanner's Enter cannot press it.
    """

    leave_requested = Signal()

    def __init__(self, station: QWidget, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stationFrame")
        self.station = station
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        bar = QWidget(self)
        bar.setObjectName("stationBar")
        row = QHBoxLayout(bar)
        row.setContentsMargins(12, 4, 12, 4)
        label = QLabel(title, bar)
        label.setObjectName("stationBarTitle")
        row.addWidget(label, 1)
        self.leave_button = QPushButton(self.tr("Leave station (Ctrl+Shift+Q)"), bar)
        self.leave_button.setObjectName("leaveStation")
        self.leave_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.leave_button.clicked.connect(self.leave_requested)
        row.addWidget(self.leave_button)
        layout.addWidget(bar)
        layout.addWidget(station, 1)
        shortcut = QShortcut(QKeySequence("Ctrl+Shift+Q"), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.leave_requested)
