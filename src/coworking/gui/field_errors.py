"""Error messages shown under the form field they are about, with the field outlined."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget


def set_invalid(widget: QWidget, invalid: bool) -> None:
    """Flag ``widget`` for the stylesheet (``[invalid="true"]``) and repaint it."""
    widget.setProperty("invalid", invalid)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


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
            set_invalid(widget, False)

    def clear(self) -> None:
        for widget, label in self._fields.values():
            label.clear()
            label.hide()
            set_invalid(widget, False)

    def show(self, problems: Mapping[str, str]) -> bool:
        """Show ``problems`` (field name -> message); focus the first bad field. True if any
        was shown. A field hidden from the user (a role's form leaves it out) shows nothing:
        its label would be drawn loose over the form."""
        self.clear()
        first: QWidget | None = None
        for name, (widget, label) in self._fields.items():
            message = problems.get(name)
            if not message or widget.isHidden():
                continue
            label.setText(message)
            label.show()
            set_invalid(widget, True)
            first = first or widget
        if first is not None:
            self._fit_window(first.window())
            first.setFocus()
        return first is not None

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
        return label.text()
