"""Badge scans that arrive while another window has the keyboard.

A USB barcode scanner types like a keyboard: the badge code and Enter, about ten keys within a
few tens of milliseconds. While a dialog is open at the door (a walk-in form, a message box), that
burst would land in whatever field has the focus. :class:`ScanCapture` is an application-level
event filter that holds back printable key presses aimed at any widget but the scan field:

- if the keys stop for :data:`QUIET_MS`, they were a person typing: they are delivered to their
  widget, in order and unchanged (so a human's text arrives a few tens of milliseconds late);
- if Enter closes a fast run (every gap under :data:`MAX_GAP_MS`, at least :data:`MIN_BURST`
  characters), it was the scanner: the keys and the Enter are swallowed and the text is handed
  over through :attr:`ScanCapture.scanned`.

Any other key (Backspace, arrows, shortcuts) first releases what is held, then goes through, so
the order of what a person types never changes. Key releases are held with their presses
(a check box toggles on the release of Space).

Modifier keys (Shift, Caps Lock, AltGr, Control…) pass straight through and release nothing: a
scanner sends a Shift press and release around every capital letter, as a keyboard does, so a
burst is full of them; a modifier alone types nothing, so letting it overtake held keys changes
no text. Dead keys and input methods are composed before this filter sees the result (a
composed letter arrives as text or as an input-method event, which flushes what is held first).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from itertools import pairwise

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

QUIET_MS = 50  # no key for this long: what is held was typed by a person
MAX_GAP_MS = 35  # a scanner sends its keys closer together than this
MIN_BURST = 6  # shorter runs are never taken for a scan (badge codes have 9 characters)
_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
# Input that must not overtake held keys: text composed by an input method, mouse clicks.
_FLUSHING = (QEvent.Type.InputMethod, QEvent.Type.MouseButtonPress)
_MODIFIER_KEYS = frozenset(
    {
        Qt.Key.Key_Shift,
        Qt.Key.Key_Control,
        Qt.Key.Key_Meta,
        Qt.Key.Key_Alt,
        Qt.Key.Key_AltGr,
        Qt.Key.Key_CapsLock,
        Qt.Key.Key_NumLock,
        Qt.Key.Key_ScrollLock,
        Qt.Key.Key_Mode_switch,
        Qt.Key.Key_Super_L,
        Qt.Key.Key_Super_R,
        Qt.Key.Key_Hyper_L,
        Qt.Key.Key_Hyper_R,
    }
)
_COMMAND_MODIFIERS = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)


def is_modifier_key(key: int) -> bool:
    """A key that only changes what other keys type (Shift, Caps Lock, AltGr, Control…)."""
    return key in _MODIFIER_KEYS


def monotonic_ms() -> float:
    return time.monotonic() * 1000.0


@dataclass(frozen=True)
class _HeldKey:
    target: QWidget
    pressed: bool  # a press, or the release that follows it (buttons act on the release)
    key: int
    modifiers: Qt.KeyboardModifier
    text: str
    auto_repeat: bool
    at: float

    @classmethod
    def of(cls, target: QWidget, event: QKeyEvent, at: float) -> _HeldKey:
        return cls(
            target,
            event.type() == QEvent.Type.KeyPress,
            event.key(),
            event.modifiers(),
            event.text(),
            event.isAutoRepeat(),
            at,
        )

    def replay(self) -> QKeyEvent:
        kind = QEvent.Type.KeyPress if self.pressed else QEvent.Type.KeyRelease
        count = max(1, len(self.text))
        return QKeyEvent(kind, self.key, self.modifiers, self.text, self.auto_repeat, count)


class ScanCapture(QObject):
    """Install with :meth:`install` while the station is shown; :meth:`remove` when hidden.

    ``clock`` returns milliseconds; by default the key event's own timestamp is used (set by
    the window system), or the monotonic clock for synthetic events that carry none.
    """

    scanned = Signal(str)

    def __init__(
        self,
        scan_field: QWidget,
        clock: Callable[[], float] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._scan_field = scan_field
        self._clock = clock
        self._held: list[_HeldKey] = []
        self._replaying = False
        self._installed = False
        self._quiet = QTimer(self)
        self._quiet.setSingleShot(True)
        self._quiet.setInterval(QUIET_MS)
        self._quiet.timeout.connect(self.release)

    # -- installation ---------------------------------------------------------------------------

    @property
    def installed(self) -> bool:
        return self._installed

    def install(self) -> None:
        app = QApplication.instance()
        if app is not None and not self._installed:
            app.installEventFilter(self)
            self._installed = True

    def remove(self) -> None:
        if self._installed:
            self.release()
            app = QApplication.instance()
            if app is not None:
                app.removeEventFilter(self)
            self._installed = False

    @property
    def holding(self) -> str:
        """The text held back at the moment (for tests and diagnostics)."""
        return "".join(key.text for key in self._held if key.pressed)

    # -- the filter -------------------------------------------------------------------------------

    def _now(self, event: QKeyEvent) -> float:
        if self._clock is not None:
            return self._clock()
        return float(event.timestamp()) if event.timestamp() else monotonic_ms()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt override
        kind = event.type()
        if self._replaying:
            return False
        if kind in _FLUSHING:
            if self._held:  # a composed letter or a click must come after what was typed
                self.release()
            return False
        if kind not in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            return False
        if not isinstance(watched, QWidget) or not shiboken6.isValid(self._scan_field):
            return False  # key events reach the window first, then its focus widget
        assert isinstance(event, QKeyEvent)
        if is_modifier_key(event.key()):
            return False  # a Shift inside a scan, Caps Lock, AltGr: nothing to hold or release
        if watched is self._scan_field:
            self.release()  # anything held was aimed elsewhere, and came first
            return False
        if self._held and self._held[0].target is not watched:
            self.release()
        now = self._now(event)
        if kind == QEvent.Type.KeyRelease:
            if self._held:  # keep it after its press
                self._held.append(_HeldKey.of(watched, event, now))
                return True
            return False
        text = event.text()
        if text and text.isprintable() and not (event.modifiers() & _COMMAND_MODIFIERS):
            self._held.append(_HeldKey.of(watched, event, now))
            self._quiet.start()
            return True
        if event.key() in _ENTER_KEYS and self._is_burst(now):
            code = self.holding
            self._held.clear()
            self._quiet.stop()
            self.scanned.emit(code)
            return True
        self.release()
        return False

    def _is_burst(self, enter_at: float) -> bool:
        presses = [key for key in self._held if key.pressed]
        if len(presses) < MIN_BURST:
            return False
        times = [key.at for key in presses] + [enter_at]
        return all(0 <= later - earlier < MAX_GAP_MS for earlier, later in pairwise(times))

    def release(self) -> None:
        """Deliver the keys held back to the widgets they were aimed at, in order."""
        self._quiet.stop()
        held, self._held = self._held, []
        if not held:
            return
        self._replaying = True
        try:
            for key in held:
                if not shiboken6.isValid(key.target):
                    continue  # its window closed meanwhile
                QApplication.sendEvent(key.target, key.replay())
        finally:
            self._replaying = False
