"""Answering modal dialogs in GUI tests: ``exec()`` blocks, so the answer is queued first."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget


def when_modal(action: Callable[[QWidget], None]) -> None:
    """Run ``action`` on the modal window once it is shown."""

    def step() -> None:
        widget = QApplication.activeModalWidget()
        if widget is None or not widget.isVisible():
            QTimer.singleShot(20, step)
        else:
            action(widget)

    QTimer.singleShot(0, step)
