"""The door's date guard: a station opened for an event that is not held today says so, once
when it opens (a question) and all the time it stays open (a banner)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from coworking import clock
from coworking.core import fairs
from coworking.db.database import Database

DATE_FORMAT = "%d/%m/%Y"


def date_note(starts: date, ends: date, today: date) -> str:
    """«Este evento fue el 03/12/2026», «… será el …» (or «fue del … al …»); empty when the
    event is held ``today``."""
    if starts <= today <= ends:
        return ""
    if ends < today and starts == ends:
        text = QCoreApplication.translate("DoorDateGuard", "This event was on %1")
    elif ends < today:
        text = QCoreApplication.translate("DoorDateGuard", "This event ran from %1 to %2")
    elif starts == ends:
        text = QCoreApplication.translate("DoorDateGuard", "This event will be on %1")
    else:
        text = QCoreApplication.translate("DoorDateGuard", "This event will run from %1 to %2")
    return text.replace("%1", starts.strftime(DATE_FORMAT)).replace(
        "%2", ends.strftime(DATE_FORMAT)
    )


def event_days(database: Database, event_id: int) -> tuple[date, date]:
    with database.sessions() as session:
        event = fairs.get_event(session, event_id)
        return event.starts_on, event.ends_on


def confirm_event_day(parent: QWidget, database: Database, event_id: int) -> bool:
    """True if the event is held today, or if the operator opens its door all the same."""
    note = date_note(*event_days(database, event_id), clock.today())
    if not note:
        return True
    question = QCoreApplication.translate("DoorDateGuard", "Open the door anyway?")
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("DoorDateGuard", "Door station"),
        f"{note}. {question}",
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        parent,
    )
    box.setObjectName("doorDateQuestion")
    box.setDefaultButton(QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes
