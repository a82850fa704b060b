"""Pieces shared by the pages: the title block and white cards."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget


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
