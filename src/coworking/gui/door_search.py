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
from dataclasses import dataclass, replace
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

from coworking.core import checkin, codes, people, person_clues, registrations
from coworking.core.person_clues import Clues
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
    clues: Clues | None = None


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
    found = person_clues.clues(session, [hit.person_id for hit in hits])
    return [replace(hit, clues=found.get(hit.person_id)) for hit in hits]


def clues_text(clues: Clues | None) -> str:
    """«1995 · …4065 · Manta»: year of birth, end of the document, canton (— where unknown),
    always in that order so that namesakes can be compared line by line."""
    clues = clues or Clues()
    parts = (
        str(clues.birth_year) if clues.birth_year else "—",
        clues.document_tail or "—",
        clues.canton or "—",
    )
    return " · ".join(parts)


def clues_tooltip(clues: Clues | None) -> str:
    clues = clues or Clues()
    unknown = QCoreApplication.translate("DoorSearch", "not recorded")
    return "\n".join(
        (
            QCoreApplication.translate("DoorSearch", "Born in: %1").replace(
                "%1", str(clues.birth_year or unknown)
            ),
            QCoreApplication.translate("DoorSearch", "Document ending in: %1").replace(
                "%1", clues.document_tail or unknown
            ),
            QCoreApplication.translate("DoorSearch", "Lives in: %1").replace(
                "%1", clues.canton or unknown
            ),
        )
    )


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
    NAME, CLUES, ROLE, STATUS = range(4)

    def __init__(self, parent=None) -> None:
        super().__init__(0, 4, parent)
        self.setObjectName("doorResults")
        self.hits: list[SearchHit] = []
        self.setHorizontalHeaderLabels(
            [
                self.tr("Name"),
                self.tr("Born · document · canton"),
                self.tr("Role"),
                self.tr("Status"),
            ]
        )
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(31)
        self.setShowGrid(False)
        self.setWordWrap(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)

    def _fit_columns(self) -> None:
        """The status and the clues whole, and next to the name so that namesakes are compared
        at a glance; the name at least a third of the width (else whole); the role gives way
        when the table is narrow (its text is in the tooltip) and takes what is left over."""
        header = self.horizontalHeader()
        total = self.viewport().width()
        want = [
            max(self.sizeHintForColumn(c), header.sectionSizeHint(c)) + 8
            for c in range(self.columnCount())
        ]
        name, role = min(want[self.NAME], total // 3), want[self.ROLE]
        spare = total - name - want[self.CLUES] - role - want[self.STATUS]
        if spare < 0:  # the role gives way first, then the name (never below 100 pixels)
            narrowest = header.sectionSizeHint(self.ROLE)
            role, spare = max(narrowest, role + spare), min(0, spare + role - narrowest)
            name = max(100, name + spare)
        else:
            grow = min(spare, want[self.NAME] - name)
            name, role = name + grow, role + spare - grow
        widths = {self.NAME: name, self.CLUES: want[self.CLUES], self.ROLE: role}
        widths[self.STATUS] = want[self.STATUS]
        for column, width in widths.items():
            self.setColumnWidth(column, width)

    def resizeEvent(self, event) -> None:  # Qt override
        super().resizeEvent(event)
        self._fit_columns()

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
            clues = getattr(hit, "clues", None)
            texts = (hit.name, clues_text(clues), self.role_text(hit), status)
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setToolTip(clues_tooltip(clues) if column <= self.CLUES else text)
                if column == self.STATUS:
                    item.setForeground(QBrush(QColor(self.STATUS_COLOURS[colour])))
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.setItem(row, column, item)
        self._fit_columns()
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
        row = max(0, min(len(self.hits) - 1, current + step))
        self.selectRow(row)
        self.scrollTo(self.model().index(row, 0))


def ask_role(
    parent: QWidget, name: str, default: RegistrationRole | None = None
) -> RegistrationRole | None:
    """The only question before registering someone at the door: their role (``default``
    first chosen when it is one of the choices, else candidate)."""
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
    chosen = next((b for b, role in choices.items() if role == default), next(iter(choices)))
    box.setDefaultButton(chosen)
    box.exec()
    return choices.get(box.clickedButton())
