"""Small pieces the pages of the import wizard share: a message line coloured by what it says,
and the file dialogs, so that each page asks for a file the same way."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QLabel, QWidget

PLAIN, HEADING, SUCCESS, WARNING, ERROR = "subtitle", "heading", "success", "warning", "error"


def message_label(parent: QWidget, name: str = "") -> QLabel:
    """A line that wraps, can be copied, and takes its colour from :func:`say`."""
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if name:
        label.setObjectName(name)
    return label


def say(label: QLabel, text: str, role: str = PLAIN) -> None:
    """Show ``text`` in ``label`` coloured as ``role`` (the stylesheet's ``role`` property)."""
    if label.property("role") != role:
        label.setProperty("role", role)
        label.style().unpolish(label)
        label.style().polish(label)
    label.setText(text)
    label.setVisible(bool(text))


def ask_open(parent: QWidget, title: str, filters: str) -> Path | None:
    path, _ = QFileDialog.getOpenFileName(parent, title, "", filters)
    return Path(path) if path else None


def ask_save(parent: QWidget, title: str, suggested: str, filters: str) -> Path | None:
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, filters)
    return Path(path) if path else None
