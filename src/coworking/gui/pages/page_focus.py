"""Where the keyboard goes when a page is opened from the Go menu (Ctrl+1 … Ctrl+8) or the
navigation: into the page, so that typing and the page's own keys work at once."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from coworking.gui.pages.common import LazyPage

FIELDS = (QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView, QTextEdit, QPlainTextEdit)


def _takes_tab(widget: QWidget) -> bool:
    return (
        widget.isVisible()
        and widget.isEnabled()
        and bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
    )


def first_field(page: QWidget) -> QWidget | None:
    """The widget a page's keyboard work starts in: the one the page names with a
    ``first_field()`` method, else its first visible field in tab order (a search box, a list,
    a choice), else its first focusable widget."""
    if isinstance(page, LazyPage):
        lazy, page = page, page.page
        if lazy.isVisible() and page.isHidden():
            page.show()  # built just now: its layout would show it only on the next loop
    named = getattr(page, "first_field", None)
    if callable(named):
        return named()
    fallback = None
    start = widget = page.nextInFocusChain()
    while widget is not None and widget is not page:
        if page.isAncestorOf(widget) and _takes_tab(widget):
            if isinstance(widget, FIELDS):
                return widget
            fallback = fallback or widget
        widget = widget.nextInFocusChain()
        if widget is start:
            break
    return fallback


def focus_page(page: QWidget) -> None:
    """Put the keyboard inside ``page``."""
    widget = first_field(page)
    if widget is not None:
        widget.setFocus(Qt.FocusReason.ShortcutFocusReason)
