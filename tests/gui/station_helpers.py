"""What the station tests share: showing a station as it is used, and a fast scanner."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

W = TypeVar("W", bound=QWidget)


def shown(qtbot, station: W) -> W:
    """The station in a window of 1280×800, its scan field holding the keyboard."""
    qtbot.addWidget(station)
    station.resize(1280, 800)
    station.show()
    qtbot.waitExposed(station)
    station.activateWindow()
    qtbot.waitUntil(station.scan_field.hasFocus)
    return station


def scanner(qtbot, widget: QWidget, code: str) -> None:
    """A USB scanner as synthetic events: the code and Enter, as fast as the events can go
    (no Shift presses, no timestamps: ``tests/test_real_window.py`` has the real thing)."""
    for char in code:
        QTest.sendKeyEvent(
            QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, char, Qt.KeyboardModifier.NoModifier
        )
    qtbot.keyClick(widget, Qt.Key.Key_Return)
