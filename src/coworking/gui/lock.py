"""Idle lock: after some minutes without keyboard or mouse input the main window hides its
content behind a lock screen that asks for the signed-in user's password."""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coworking.core import accounts
from coworking.db.database import Database
from coworking.db.models import StaffUser
from coworking.gui import icons
from coworking.gui.field_errors import set_invalid

_ACTIVITY = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TabletPress,
    }
)


class IdleLock(QObject):
    """Emits :attr:`timed_out` after ``timeout_ms`` without user input anywhere in the program.

    An application-wide event filter notes the time of the last input (typing in a dialog counts
    too); the timer only re-arms when it fires early, so mouse moves cost a clock read.
    """

    timed_out = Signal()

    def __init__(self, timeout_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timeout_ms = max(1, timeout_ms)
        self._last_input = time.monotonic()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._check)
        self._watching = False

    @property
    def timeout_ms(self) -> int:
        return self._timeout_ms

    def set_timeout_ms(self, timeout_ms: int) -> None:
        self._timeout_ms = max(1, timeout_ms)
        if self._timer.isActive():
            self._timer.start(self.remaining_ms())

    def note_input(self) -> None:
        """Input the event filter could not see (a scan swallowed by another filter)."""
        self._last_input = time.monotonic()

    def _idle_ms(self) -> int:
        return int((time.monotonic() - self._last_input) * 1000)

    def remaining_ms(self) -> int:
        """Time left before locking; -1 when not counting (stopped or already locked)."""
        if not self._timer.isActive():
            return -1
        return max(0, self._timeout_ms - self._idle_ms())

    def start(self) -> None:
        """Start counting from now (again after unlocking)."""
        app = QApplication.instance()
        if app is not None and not self._watching:
            app.installEventFilter(self)
            self._watching = True
        self._last_input = time.monotonic()
        self._timer.start(self._timeout_ms)

    def pause(self) -> None:
        self._timer.stop()

    def stop(self) -> None:
        self._timer.stop()
        app = QApplication.instance()
        if app is not None and self._watching:
            app.removeEventFilter(self)
        self._watching = False

    def _check(self) -> None:
        remaining = self._timeout_ms - self._idle_ms()
        if remaining > 0:
            self._timer.start(remaining)
        else:
            self.timed_out.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY:
            self._last_input = time.monotonic()
        return False


class LockScreen(QWidget):
    """Covers the window while locked: unlock with the password, or sign out."""

    unlocked = Signal()
    sign_out_requested = Signal()

    def __init__(self, database: Database, user: StaffUser, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._database = database
        self._user = user
        self.setObjectName("lockScreen")

        card = QFrame(self)
        card.setProperty("card", True)
        card.setFixedWidth(420)
        symbol = QLabel(card)
        symbol.setPixmap(icons.pixmap("lock", 56, ratio=self.devicePixelRatioF()))
        symbol.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        symbol.setMinimumHeight(56)
        title = QLabel(self.tr("Screen locked"), card)
        title.setProperty("role", "title")
        title.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        hint = QLabel(
            self.tr("Signed in as {name}. Type your password to continue.").format(
                name=user.full_name
            ),
            card,
        )
        hint.setWordWrap(True)
        hint.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        hint.setProperty("role", "subtitle")
        self.password = QLineEdit(card)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("Password"))
        self.password.setAccessibleName(self.tr("Password"))
        self.password.returnPressed.connect(self.try_unlock)
        self.password.textEdited.connect(self._clear_error)
        self.error = QLabel(card)
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        self.error.hide()
        self.unlock_button = QPushButton(self.tr("&Unlock"), card)
        self.unlock_button.setProperty("primary", True)
        self.unlock_button.clicked.connect(self.try_unlock)
        self.sign_out_button = QPushButton(self.tr("Sign &out"), card)
        self.sign_out_button.clicked.connect(self.sign_out_requested)

        buttons = QHBoxLayout()
        buttons.addWidget(self.sign_out_button)
        buttons.addStretch()
        buttons.addWidget(self.unlock_button)
        inner = QVBoxLayout(card)
        inner.setContentsMargins(32, 28, 32, 24)
        inner.setSpacing(12)
        for widget in (symbol, title, hint, self.password, self.error):
            inner.addWidget(widget)
        inner.addSpacing(4)
        inner.addLayout(buttons)

        # Centred through stretches, not an alignment flag: aligned items lose
        # height-for-width, and the wrapped labels would overlap.
        middle = QHBoxLayout()
        middle.addStretch(1)
        middle.addWidget(card)
        middle.addStretch(1)
        outer = QVBoxLayout(self)
        outer.addStretch(2)
        outer.addLayout(middle)
        outer.addStretch(3)

    def reset(self) -> None:
        self.password.clear()
        self._clear_error()
        self.password.setFocus()

    def _clear_error(self) -> None:
        self.error.hide()
        set_invalid(self.password, False)

    def try_unlock(self) -> bool:
        with self._database.unit_of_work(self._user) as session:
            ok = accounts.verify_current_user(session, self._user.id, self.password.text())
        if not ok:
            self.error.setText(self.tr("Incorrect password. Try again, or sign out."))
            self.error.show()
            set_invalid(self.password, True)
            self.password.clear()
            self.password.setFocus()
            return False
        self.password.clear()
        self.unlocked.emit()
        return True
