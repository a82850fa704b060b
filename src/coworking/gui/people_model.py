"""The people list as a Qt model that reads from the database page by page: searching and
sorting happen in SQL, never by loading every row."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from coworking.core import people, reference
from coworking.db.database import Database

PAGE = 100
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class PersonRow:
    id: int
    family_names: str
    given_names: str
    document: str
    phone: str
    canton: str


class PeopleModel(QAbstractTableModel):
    def __init__(self, database: Database, show_documents: bool, parent=None) -> None:
        super().__init__(parent)
        self._database = database
        self._show_documents = show_documents
        self._text = ""
        self._rows: list[PersonRow] = []
        self._total = 0
        self._cantons = {c.code: c.name for c in reference.cantons()}

    # -- the search ---------------------------------------------------------------------------

    @property
    def total(self) -> int:
        return self._total

    def set_search(self, text: str) -> None:
        """Start over with the first page of people matching ``text``."""
        self.beginResetModel()
        self._text = text
        with self._database.sessions() as session:
            self._total = people.count(session, text)
            self._rows = self._load(session, 0)
        self.endResetModel()

    def _load(self, session, offset: int) -> list[PersonRow]:
        found = people.search(session, self._text, limit=PAGE, offset=offset)
        return [self._row(p) for p in found]

    def _row(self, person) -> PersonRow:
        document = ""
        if person.document_number:
            number = person.document_number
            document = number if self._show_documents else "•••" + number[-3:]
        phone = person.phone or ""
        if phone.startswith("+593"):
            phone = "0" + phone[4:]
        return PersonRow(
            person.id,
            person.family_names,
            person.given_names,
            document,
            phone,
            self._cantons.get(person.canton_code or "", ""),
        )

    def person_id(self, row: int) -> int:
        return self._rows[row].id

    def person_name(self, row: int) -> str:
        return f"{self._rows[row].given_names} {self._rows[row].family_names}"

    # -- Qt model -----------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid():
            return
        with self._database.sessions() as session:
            more = self._load(session, len(self._rows))
        if more:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(more) - 1)
            self._rows.extend(more)
            self.endInsertRows()
        else:
            self._total = len(self._rows)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Family names"),
            self.tr("Given names"),
            self.tr("Document"),
            self.tr("Phone"),
            self.tr("Canton"),
        )[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        row = self._rows[index.row()]
        return (row.family_names, row.given_names, row.document, row.phone, row.canton)[
            index.column()
        ]
