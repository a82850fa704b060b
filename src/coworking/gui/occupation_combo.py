"""An occupation picker over the 436 CIUO-08 unit groups that filters as you type: every typed
word must appear somewhere in the code or the name, case and accents aside ("software" offers
"2512 · Desarrolladores de software" first, "electrico" finds "eléctricos")."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QSizePolicy, QWidget

from coworking.core import reference
from coworking.core.text import search_key

KEY_ROLE = Qt.ItemDataRole.UserRole + 1
"""The folded "code name" of an item, which typed words are matched against."""

Index = QModelIndex | QPersistentModelIndex
POPUP_MIN_WIDTH = 640
"""Wide enough for most CIUO-08 names, whatever the width of the field."""


def label(code: str, name: str) -> str:
    return f"{code} · {name}"


class _OccupationFilter(QSortFilterProxyModel):
    """Keeps the items holding every typed word; best matches first: the code, then names that
    start with the text, then names with a word that starts with each typed word."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._query = ""
        self._words: list[str] = []

    def set_query(self, text: str) -> None:
        query = search_key(text)
        if query == self._query:
            return
        if hasattr(self, "beginFilterChange"):  # Qt >= 6.9
            self.beginFilterChange()
            self._query, self._words = query, query.split()
            self.endFilterChange()
        else:
            self._query, self._words = query, query.split()
            self.invalidateFilter()
        self.invalidate()  # rank again

    def _rank(self, index: Index) -> tuple[int, int]:
        key: str = index.data(KEY_ROLE) or ""
        code, _, name = key.partition(" ")
        if not self._query or code.startswith(self._query):
            rank = 0
        elif name.startswith(self._query):
            rank = 1
        elif all(f" {word}" in f" {name}" for word in self._words):
            rank = 2
        else:
            rank = 3
        return rank, index.row()

    def lessThan(self, left: Index, right: Index) -> bool:
        return self._rank(left) < self._rank(right)

    def filterAcceptsRow(self, row: int, parent: Index) -> bool:
        key = self.sourceModel().index(row, 0, parent).data(KEY_ROLE) or ""
        return all(word in key for word in self._words)


class OccupationCombo(QComboBox):
    """Editable combo of CIUO-08 unit groups; :meth:`code` is the chosen code or ""."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(12)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(30)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        for entry in reference.occupations():
            text = label(entry.code, entry.name)
            self.addItem(text, entry.code)
            row = self.count() - 1
            self.setItemData(row, search_key(f"{entry.code} {entry.name}"), KEY_ROLE)
            self.setItemData(row, text, Qt.ItemDataRole.ToolTipRole)
        self._filter = _OccupationFilter(self)
        self._filter.setSourceModel(self.model())
        self._filter.sort(0)
        completer = QCompleter(self._filter, self)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setMaxVisibleItems(10)
        self.setCompleter(completer)
        self.lineEdit().setPlaceholderText(self.tr("Type words or the code, e.g. software"))
        self.lineEdit().setClearButtonEnabled(True)
        self.lineEdit().textEdited.connect(self._on_text_edited)
        self.lineEdit().editingFinished.connect(self._settle)
        self.setCurrentIndex(-1)

    def _on_text_edited(self, text: str) -> None:
        self._filter.set_query(text)
        if text.strip() and self._filter.rowCount():
            edit = self.lineEdit().rect()
            self.completer().complete(
                QRect(0, 0, max(self.width(), POPUP_MIN_WIDTH), edit.height())
            )

    def matches(self) -> list[str]:
        """The items the typed text matches, best first (what the pop-up offers)."""
        return [self._filter.index(r, 0).data() for r in range(self._filter.rowCount())]

    def _settle(self) -> None:
        """When the typed text matches exactly one occupation, choose it."""
        text = self.currentText().strip()
        if not text or self.code():
            return
        self._filter.set_query(text)
        if self._filter.rowCount() == 1:
            self.setCurrentIndex(self._filter.mapToSource(self._filter.index(0, 0)).row())

    def code(self) -> str:
        """The CIUO-08 code of the occupation shown, or "" when the text names none."""
        text = self.currentText().strip()
        index = self.findText(text, Qt.MatchFlag.MatchFixedString)
        return self.itemData(index) if index >= 0 else ""

    def has_text(self) -> bool:
        return bool(self.currentText().strip())

    def set_code(self, code: str | None) -> None:
        self.setCurrentIndex(self.findData(code) if code else -1)
        if not code:
            self.clearEditText()
