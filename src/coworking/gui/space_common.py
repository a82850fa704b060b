"""Pieces shared by the co-working set-up screens: weekday names, durations, white section
cards, and a form dialog that neither drops typed changes nor loses them to the screen lock."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QFrame, QLabel, QMessageBox, QVBoxLayout, QWidget

from coworking.core import durations
from coworking.gui.fair_widgets import ask_to_save
from coworking.gui.pages.common import card


def weekday_names() -> tuple[str, ...]:
    """Monday first, as ``date.weekday()`` counts. (Each text written out, so that the
    translation tools find it.)"""
    translate = QCoreApplication.translate
    return (
        translate("SpaceSetup", "Monday"),
        translate("SpaceSetup", "Tuesday"),
        translate("SpaceSetup", "Wednesday"),
        translate("SpaceSetup", "Thursday"),
        translate("SpaceSetup", "Friday"),
        translate("SpaceSetup", "Saturday"),
        translate("SpaceSetup", "Sunday"),
    )


def short_weekday_names() -> tuple[str, ...]:
    translate = QCoreApplication.translate
    return (
        translate("SpaceSetup", "Mon"),
        translate("SpaceSetup", "Tue"),
        translate("SpaceSetup", "Wed"),
        translate("SpaceSetup", "Thu"),
        translate("SpaceSetup", "Fri"),
        translate("SpaceSetup", "Sat"),
        translate("SpaceSetup", "Sun"),
    )


def day_text(day: date) -> str:
    """«Thu 01/01/2026»."""
    return f"{short_weekday_names()[day.weekday()]} {day:%d/%m/%Y}"


def duration_text(minutes: int) -> str:
    """«4 h», «4 h 05 min», «45 min»: :func:`coworking.core.durations.duration_text`."""
    return durations.duration_text(minutes)


def days_word(days: int) -> str:
    return (
        QCoreApplication.translate("SpaceSetup", "day")
        if days == 1
        else QCoreApplication.translate("SpaceSetup", "days")
    )


def days_text(days: int) -> str:
    """«1 day», «30 days»."""
    return f"{days} {days_word(days)}"


def section(parent: QWidget, title: str, explanation: str = "") -> tuple[QFrame, QVBoxLayout]:
    """A white card headed by ``title`` and a grey line of explanation."""
    frame = card(parent)
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(18, 14, 18, 14)
    layout.setSpacing(8)
    heading = QLabel(title, frame)
    heading.setProperty("role", "heading")
    layout.addWidget(heading)
    if explanation:
        note = QLabel(explanation, frame)
        note.setProperty("role", "subtitle")
        note.setWordWrap(True)
        layout.addWidget(note)
    return frame, layout


def status_label(parent: QWidget, name: str) -> QLabel:
    """Where a form says «Saved.» or what went wrong, next to its buttons."""
    label = QLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def show_status(label: QLabel, text: str, *, error: bool = False) -> None:
    label.setProperty("role", "error" if error else "success")
    label.style().unpolish(label)
    label.style().polish(label)
    label.setText(text)


class FormDialog(QDialog):
    """A dialog whose fields are worth keeping.

    Closing it with unsaved changes asks first (Save, Discard, Cancel). When the screen locks,
    :meth:`keep_draft` stores what was typed in ``draft`` and the lock closes the dialog without
    asking; the owner reopens it with :meth:`restore` once unlocked. Subclasses give
    :meth:`snapshot`, :meth:`restore` and :meth:`save`.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.draft: object | None = None
        self._clean: object = None

    def snapshot(self) -> object:
        raise NotImplementedError

    def restore(self, state: object) -> None:
        raise NotImplementedError

    def save(self) -> bool:
        raise NotImplementedError

    def mark_clean(self) -> None:
        self._clean = self.snapshot()

    def is_dirty(self) -> bool:
        return self.snapshot() != self._clean

    def keep_draft(self) -> None:
        self.draft = self.snapshot()

    def reject(self) -> None:
        if self.draft is None and self.is_dirty():
            answer = ask_to_save(
                self, QCoreApplication.translate("SpaceSetup", "Save the changes you made?")
            )
            if answer == QMessageBox.StandardButton.Save:
                self.save()
                return
            if answer != QMessageBox.StandardButton.Discard:
                return
        super().reject()


class DraftKeeper:
    """Runs form dialogs for a panel and remembers the one the screen lock closed, so that
    :meth:`reopen` brings it back as it was typed."""

    def __init__(self) -> None:
        self._pending: tuple[Callable[[], FormDialog], object] | None = None
        self.dialog: FormDialog | None = None

    def run(self, make: Callable[[], FormDialog], draft: object | None = None) -> FormDialog | None:
        """Show the dialog ``make`` builds; the dialog if it was saved, else None."""
        dialog = make()
        if draft is not None:
            dialog.restore(draft)
        self.dialog = dialog
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        self.dialog = None
        if dialog.draft is not None:
            self._pending = (make, dialog.draft)
            return None
        return dialog if accepted else None

    def reopen(self) -> FormDialog | None:
        pending, self._pending = self._pending, None
        if pending is None:
            return None
        return self.run(*pending)

    @property
    def pending(self) -> bool:
        return self._pending is not None
