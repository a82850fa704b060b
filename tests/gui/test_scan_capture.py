"""The scanner capture with the key events a real keyboard sends: modifier presses and releases
around capitals, Caps Lock, AltGr. (The same in a real X window, typed by xdotool, is in
``tests/gui/test_real_window.py``.)"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from coworking.gui.scan_capture import ScanCapture, is_modifier_key

SHIFT = Qt.KeyboardModifier.ShiftModifier
NONE = Qt.KeyboardModifier.NoModifier


class _Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


class _Keyboard:
    """Sends key events as the window system does: a Shift press and release around each
    capital, each event ``gap`` milliseconds after the one before."""

    def __init__(self, clock: _Clock, target: QWidget, gap: float) -> None:
        self.clock, self.target, self.gap = clock, target, gap

    def send(self, kind: QEvent.Type, key: int, modifiers, text: str = "") -> None:
        self.clock.now += self.gap
        QApplication.sendEvent(self.target, QKeyEvent(kind, key, modifiers, text))

    def tap(self, key: int, modifiers=NONE, text: str = "") -> None:
        self.send(QEvent.Type.KeyPress, key, modifiers, text)
        self.send(QEvent.Type.KeyRelease, key, modifiers, text)

    def char(self, char: str) -> None:
        key = ord(char.upper()) if char.isascii() and char.isalnum() else Qt.Key.Key_unknown
        if char.isupper():
            self.send(QEvent.Type.KeyPress, Qt.Key.Key_Shift, NONE)
            self.tap(key, SHIFT, char)
            self.send(QEvent.Type.KeyRelease, Qt.Key.Key_Shift, SHIFT)
        else:
            self.tap(key, NONE, char)

    def enter(self) -> None:
        self.tap(Qt.Key.Key_Return, NONE, "\r")


@pytest.fixture
def form(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    scan_field, field = QLineEdit(window), QLineEdit(window)
    clock = _Clock()
    capture = ScanCapture(scan_field, clock=clock, parent=window)
    scans: list[str] = []
    capture.scanned.connect(scans.append)
    capture.install()
    yield scan_field, field, clock, capture, scans
    capture.remove()


def test_modifier_keys_are_known() -> None:
    for key in (Qt.Key.Key_Shift, Qt.Key.Key_CapsLock, Qt.Key.Key_AltGr, Qt.Key.Key_Control):
        assert is_modifier_key(key)
    for key in (Qt.Key.Key_A, Qt.Key.Key_Return, Qt.Key.Key_Backspace, Qt.Key.Key_Dead_Acute):
        assert not is_modifier_key(key)


def test_a_burst_with_shift_around_each_capital_is_a_scan(qtbot, form):
    _scan_field, field, clock, capture, scans = form
    entered: list[str] = []
    field.returnPressed.connect(lambda: entered.append(field.text()))
    keyboard = _Keyboard(clock, field, gap=3)
    for char in "G6XUU5VM5":
        keyboard.char(char)
    assert capture.holding == "G6XUU5VM5"  # the Shift presses released nothing
    keyboard.enter()
    assert scans == ["G6XUU5VM5"]
    assert field.text() == "" and entered == []


def test_a_person_typing_capitals_gets_exactly_what_they_typed(qtbot, form):
    _scan_field, field, clock, capture, scans = form
    keyboard = _Keyboard(clock, field, gap=0)
    for char in "María Ñ":
        clock.now += 120  # 80–150 ms a key
        keyboard.char(char)
        qtbot.wait(70)  # longer than the quiet time: the held key is delivered
    keyboard.enter()
    assert field.text() == "María Ñ" and scans == []
    assert capture.holding == ""


def test_caps_lock_and_altgr_neither_release_nor_break_a_scan(qtbot, form):
    _scan_field, field, clock, capture, scans = form
    keyboard = _Keyboard(clock, field, gap=3)
    keyboard.tap(Qt.Key.Key_CapsLock)
    for char in "ABC":
        keyboard.tap(ord(char), NONE, char)  # Caps Lock on: capitals with no Shift
    keyboard.send(QEvent.Type.KeyPress, Qt.Key.Key_AltGr, NONE)
    keyboard.tap(Qt.Key.Key_At, NONE, "@")
    keyboard.send(QEvent.Type.KeyRelease, Qt.Key.Key_AltGr, NONE)
    keyboard.tap(Qt.Key.Key_CapsLock)
    for char in "12345":
        keyboard.char(char)
    assert capture.holding == "ABC@12345"
    keyboard.enter()
    assert scans == ["ABC@12345"] and field.text() == ""


def test_a_slow_person_with_altgr_is_not_a_scan(qtbot, form):
    _scan_field, field, clock, capture, scans = form
    keyboard = _Keyboard(clock, field, gap=0)
    for char in "ana":
        clock.now += 100
        keyboard.char(char)
    clock.now += 100
    keyboard.send(QEvent.Type.KeyPress, Qt.Key.Key_AltGr, NONE)
    keyboard.tap(Qt.Key.Key_At, NONE, "@")
    keyboard.send(QEvent.Type.KeyRelease, Qt.Key.Key_AltGr, NONE)
    for char in "mail":
        clock.now += 100
        keyboard.char(char)
    clock.now += 100
    keyboard.enter()
    assert field.text() == "ana@mail" and scans == []
