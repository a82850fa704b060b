"""Error messages shown under the form field they are about, with the field outlined.

A warning (a doubt that does not stop the save, such as a phone in a block not listed as
assigned) uses the same place under the field, in amber instead of red.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget


def set_invalid(widget: QWidget, invalid: bool) -> None:
    """Flag ``widget`` for the stylesheet (``[invalid="true"]``) and repaint it."""
    _set_property(widget, "invalid", invalid)


def _set_property(widget: QWidget, name: str, value: object) -> None:
    """Set a property the stylesheet reads, and repaint ``widget`` with it."""
    if widget.property(name) == value:
        return
    widget.setProperty(name, value)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


def _mark(widget: QWidget, label: QLabel, state: str | None) -> None:
    """Outline ``widget`` and colour ``label`` for an error (red), a warning (amber) or nothing."""
    set_invalid(widget, state == "error")
    warning = state == "warning"
    if warning or widget.property("doubtful"):
        _set_property(widget, "doubtful", warning)
    if warning or label.property("role") == "warning":
        _set_property(label, "role", "warning" if warning else "error")


class FieldErrors:
    """Pairs each field name with its input widget and the label that shows its error."""

    def __init__(self, fields: Mapping[str, tuple[QWidget, QLabel]]) -> None:
        self._fields = dict(fields)
        for name, (widget, _label) in self._fields.items():
            edit = widget.lineEdit() if isinstance(widget, QComboBox) else widget
            if isinstance(edit, QLineEdit):
                edit.textEdited.connect(lambda _text, name=name: self.clear_field(name))
            elif isinstance(widget, QComboBox):
                widget.currentIndexChanged.connect(lambda _i, name=name: self.clear_field(name))

    def clear_field(self, name: str) -> None:
        """Hide one field's error (the person is correcting it)."""
        widget, label = self._fields[name]
        if label.text():
            label.clear()
            label.hide()
            _mark(widget, label, None)

    def clear(self) -> None:
        for widget, label in self._fields.values():
            label.clear()
            label.hide()
            _mark(widget, label, None)

    def show(self, problems: Mapping[str, str], warnings: Mapping[str, str] | None = None) -> bool:
        """Show ``problems`` (field name -> message); focus the first bad field. True if any
        was shown. ``warnings`` show in amber under fields without an error, and do not count.
        A field hidden from the user (a role's form leaves it out) shows nothing: its label
        would be drawn loose over the form."""
        self.clear()
        first: QWidget | None = None
        for name, (widget, label) in self._fields.items():
            message = problems.get(name)
            if not message or widget.isHidden():
                continue
            label.setText(message)
            label.show()
            _mark(widget, label, "error")
            first = first or widget
        for name, message in (warnings or {}).items():
            if name not in problems:
                self.show_warning(name, message)
        if first is not None:
            self._fit_window(first.window())
            first.setFocus()
        return first is not None

    def show_warning(self, name: str, message: str | None) -> None:
        """Show a doubt under one field, in amber; it blocks nothing. ``None`` takes away what
        the field shows (a warning, or an error the new value no longer has)."""
        if name not in self._fields:
            return
        widget, label = self._fields[name]
        if not message:
            self.clear_field(name)
            return
        if widget.isHidden():
            return
        label.setText(message)
        label.show()
        _mark(widget, label, "warning")
        self._fit_window(widget.window())

    def warning(self, name: str) -> str:
        """The warning currently shown for ``name`` ("" if none, or if it shows an error)."""
        _widget, label = self._fields[name]
        return label.text() if label.property("role") == "warning" else ""

    @staticmethod
    def _fit_window(window: QWidget) -> None:
        """Grow the dialog so that errors wrapped over two lines do not squeeze the form
        (a window's minimum size ignores height-for-width)."""
        layout = window.layout()
        if layout is None or not layout.hasHeightForWidth():
            return
        layout.activate()
        needed = layout.totalHeightForWidth(window.width())
        if needed > window.height():
            window.resize(window.width(), needed)

    def message(self, name: str) -> str:
        """The error currently shown for ``name`` ("" if none)."""
        _widget, label = self._fields[name]
        return label.text() if label.property("role") != "warning" else ""
