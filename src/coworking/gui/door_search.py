"""The door's two paths: a badge code, or a typed search for a person.

The rule that tells them apart (what an operator may type in the scan field):

- **A code**: once upper-cased and stripped of spaces and dashes, 9 characters from the badge
  alphabet, with either a correct check character or at least one digit. ``7k3m 9xq2r``
  is a code; so is a mistyped code with a digit in it (the station answers «código mal leído»).
  A 9-letter surname such as "Fernandez" is not, unless by chance its last letter is a correct
  check character (about 1 name in 31; the operator then adds the given name).
- **A search**: everything else — names in any order, document or phone numbers.
- **Near a code**: a search that finds nobody, as a single word of 7 to 11 letters and digits
  with at least one digit, or of 9 characters all from the badge alphabet (a code without
  digits whose check character is wrong), is taken for a badge code misread or mistyped: it is
  scanned, so the failed attempt is logged and answered in red, like a scanner misread.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from coworking.core import checkin, codes, people, registrations
from coworking.db.enums import RegistrationRole
from coworking.db.models import Person

log = logging.getLogger(__name__)
T = TypeVar("T")

SEARCH_LIMIT = 8  # rows shown under the scan field
SEARCH_POOL = 300  # people matched in the registry before registered ones are picked
MIN_SEARCH = 2


def looks_like_code(text: str) -> bool:
    code = codes.normalise(text)
    if len(code) != codes.BODY_LENGTH + 1 or any(c not in codes.ALPHABET for c in code):
        return False
    return codes.is_valid_code(code) or any(c.isdigit() for c in code)


def typed_search(text: str, search: Callable[[str], list[T]]) -> tuple[list[T], str]:
    """What a station's scan field finds for ``text``, and which note to show: "code" (a code
    is scanned on Enter, not searched), "found", "short" (too little typed) or "none". A
    database failure finds no one and is logged."""
    if looks_like_code(text):
        return [], "code"
    try:
        hits = search(text)
    except SQLAlchemyError:
        log.exception("station search failed")
        hits = []
    if hits:
        return hits, "found"
    return [], "short" if len(text.strip()) < 2 else "none"


def near_code(text: str) -> bool:
    stripped = text.strip()
    if any(c.isspace() for c in stripped):
        return False
    code = codes.normalise(stripped)
    if len(code) == codes.BODY_LENGTH + 1 and all(c in codes.ALPHABET for c in code):
        return True
    return (
        7 <= len(code) <= 11
        and code.isalnum()
        and any(c.isdigit() for c in code)
        and any(c.isalpha() for c in code)
    )


@dataclass(frozen=True)
class SearchHit:
    """A person found at the door: registered here (``registration_id``) or not."""

    person_id: int
    name: str
    registration_id: int | None = None
    role: RegistrationRole | None = None
    organization: str | None = None
    checked_in_at: datetime | None = None
    cancelled: bool = False


def search_people(session: Session, event_id: int, text: str) -> list[SearchHit]:
    """Up to :data:`SEARCH_LIMIT` people matching ``text``: those registered for the event
    first (alphabetical), then people of the registry who are not. Only the first
    :data:`SEARCH_POOL` matches of the registry are considered: a common first name alone may
    need a second word."""
    if len(text.strip()) < MIN_SEARCH:
        return []
    statement = people.search_statement(text, limit=SEARCH_POOL).with_only_columns(
        Person.id, Person.given_names, Person.family_names
    )
    matches = session.execute(statement).all()
    if not matches:
        return []
    rows = registrations.registration_rows(
        session,
        event_id,
        include_cancelled=True,
        person_ids=[row[0] for row in matches],
        limit=SEARCH_LIMIT,
    )
    hits = [
        SearchHit(
            row.person_id,
            row.full_name,
            row.registration_id,
            row.role,
            row.organization,
            row.checked_in_at,
            row.cancelled_at is not None,
        )
        for row in rows
    ]
    if len(hits) < SEARCH_LIMIT:
        # Fewer registered than the limit: every registered match is listed, so the others
        # are not registered here.
        shown = {hit.person_id for hit in hits}
        for person_id, given, family in matches:
            if person_id not in shown:
                hits.append(SearchHit(person_id, f"{given} {family}".strip()))
                if len(hits) == SEARCH_LIMIT:
                    break
    return hits


class ScanField(QLineEdit):
    """The big field the scanner types into. Tab never leaves it; Up/Down and Escape are
    handed to the station; Ctrl+Z is left to the station's undo, not the text's."""

    moved = Signal(int)
    escaped = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scanField")
        self.setMaxLength(checkin.RAW_LIMIT)

    def focusNextPrevChild(self, _next: bool) -> bool:  # Qt override: Tab stays here
        return True

    def event(self, event: QEvent) -> bool:  # Qt override
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.matches(QKeySequence.StandardKey.Undo)
        ):
            event.ignore()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # Qt override
        if event.key() == Qt.Key.Key_Up:
            self.moved.emit(-1)
        elif event.key() == Qt.Key.Key_Down:
            self.moved.emit(1)
        elif event.key() == Qt.Key.Key_Escape:
            self.escaped.emit()
        else:
            super().keyPressEvent(event)


class ResultsTable(QTableWidget):
    """The people found, under the scan field. It never takes the keyboard: Up and Down in
    the scan field move its selection."""

    STATUS_COLOURS = {"in": "#8a5a00", "registered": "#1e7b3a", "not": "#52606d"}

    def __init__(self, parent=None) -> None:
        super().__init__(0, 3, parent)
        self.setObjectName("doorResults")
        self.hits: list[SearchHit] = []
        self.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Role"), self.tr("Status")])
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(31)
        self.setShowGrid(False)
        self.setWordWrap(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        self.setColumnWidth(1, 230)
        self.setColumnWidth(2, 190)

    def role_text(self, hit: SearchHit) -> str:
        names = {
            RegistrationRole.CANDIDATE: self.tr("Candidate"),
            RegistrationRole.EMPLOYER_REP: self.tr("Employer"),
            RegistrationRole.STAFF: self.tr("Staff"),
            RegistrationRole.VISITOR: self.tr("Visitor"),
        }
        if hit.role is None:
            return "—"
        role = names.get(hit.role, str(hit.role))
        return f"{role} · {hit.organization}" if hit.organization else role

    def status(self, hit: SearchHit) -> tuple[str, str]:
        """(text, colour key) of a hit's status at this event."""
        if hit.registration_id is None:
            return self.tr("Not registered"), "not"
        if hit.cancelled:
            return self.tr("Registration cancelled"), "not"
        if hit.checked_in_at is not None:
            return self.tr("Already in"), "in"
        return self.tr("Registered"), "registered"

    def show_hits(self, hits: list[SearchHit]) -> None:
        self.hits = list(hits)
        self.setRowCount(len(hits))
        for row, hit in enumerate(hits):
            status, colour = self.status(hit)
            for column, text in enumerate((hit.name, self.role_text(hit), status)):
                item = QTableWidgetItem(text)
                if column == 2:
                    item.setForeground(QBrush(QColor(self.STATUS_COLOURS[colour])))
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.setItem(row, column, item)
        if hits:
            self.selectRow(0)

    def clear_hits(self) -> None:
        self.hits = []
        self.setRowCount(0)

    def selected_hit(self) -> SearchHit | None:
        rows = self.selectionModel().selectedRows()
        if rows and rows[0].row() < len(self.hits):
            return self.hits[rows[0].row()]
        return None

    def move_selection(self, step: int) -> None:
        if not self.hits:
            return
        rows = self.selectionModel().selectedRows()
        current = rows[0].row() if rows else -1
        self.selectRow(max(0, min(len(self.hits) - 1, current + step)))


def ask_role(parent: QWidget, name: str) -> RegistrationRole | None:
    """The only question before registering someone at the door: their role."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("DoorSearch", "Not registered"),
        QCoreApplication.translate(
            "DoorSearch", "%1 is not registered for this event. Register and check in as:"
        ).replace("%1", name),
        parent=parent,
    )
    box.setObjectName("doorRoleBox")
    choices = {
        box.addButton(
            QCoreApplication.translate("DoorSearch", "&Candidate"),
            QMessageBox.ButtonRole.AcceptRole,
        ): (RegistrationRole.CANDIDATE),
        box.addButton(
            QCoreApplication.translate("DoorSearch", "&Visitor"), QMessageBox.ButtonRole.AcceptRole
        ): (RegistrationRole.VISITOR),
        box.addButton(
            QCoreApplication.translate("DoorSearch", "&Staff"), QMessageBox.ButtonRole.AcceptRole
        ): RegistrationRole.STAFF,
    }
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(next(iter(choices)))
    box.exec()
    return choices.get(box.clickedButton())
