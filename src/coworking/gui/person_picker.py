"""Find a registered person by typing a few letters of the name or the document."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from coworking.core import people
from coworking.db.database import Database

SEARCH_DELAY_MS = 150
LIMIT = 8


class PersonPicker(QWidget):
    """A search box over a short list of matches; Down goes to the list, Enter picks."""

    chosen = Signal(int)

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._database = database
        self._person_id: int | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.search = QLineEdit(self)
        self.search.setObjectName("personSearch")
        self.search.setPlaceholderText(self.tr("Name, surname or document…"))
        self.search.setClearButtonEnabled(True)
        self.results = QListWidget(self)
        self.results.setObjectName("personResults")
        self.results.setMaximumHeight(150)
        layout.addWidget(self.search)
        layout.addWidget(self.results)
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self._run_search)
        self.search.textEdited.connect(lambda _text: self._timer.start())
        self.search.installEventFilter(self)
        self.results.itemActivated.connect(self._pick)
        self.results.currentItemChanged.connect(lambda item, _old: self._pick(item, quiet=True))
        self.setFocusProxy(self.search)

    def person_id(self) -> int | None:
        return self._person_id

    def set_person(self, person_id: int, name: str) -> None:
        self.results.clear()
        item = QListWidgetItem(name, self.results)
        item.setData(Qt.ItemDataRole.UserRole, person_id)
        self.results.setCurrentItem(item)
        self._person_id = person_id

    def _run_search(self) -> None:
        text = self.search.text().strip()
        self.results.clear()
        self._person_id = None
        if len(text) < 2:
            return
        with self._database.sessions() as session:
            found = people.search(session, text, limit=LIMIT)
            rows = [(p.id, f"{p.given_names} {p.family_names}", p.member_code) for p in found]
        for person_id, name, code in rows:
            label = f"{name}  ·  {self.tr('card')} {code}" if code else name
            item = QListWidgetItem(label, self.results)
            item.setData(Qt.ItemDataRole.UserRole, person_id)
        if rows:
            self.results.setCurrentRow(0)

    def _pick(self, item: QListWidgetItem | None, quiet: bool = False) -> None:
        if item is None:
            return
        self._person_id = int(item.data(Qt.ItemDataRole.UserRole))
        if not quiet:
            self.chosen.emit(self._person_id)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        if (
            watched is self.search
            and isinstance(event, QKeyEvent)
            and event.type() == QKeyEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Down
        ):
            self.flush()
            self.results.setFocus()
            return True
        return super().eventFilter(watched, event)

    def flush(self) -> None:
        """Run a pending search now (before reading :meth:`person_id`)."""
        if self._timer.isActive():
            self._timer.stop()
            self._run_search()
