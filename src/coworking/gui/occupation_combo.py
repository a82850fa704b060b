"""An occupation picker over the 436 CIUO-08 unit groups that filters as you type: every typed
word must appear somewhere in the code or the name, case and accents aside ("software" offers
"2512 · Desarrolladores de software" first, "electrico" finds "eléctricos")."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QComboBox, QSizePolicy, QWidget

from coworking.core import reference
from coworking.core.text import search_key
from coworking.gui.search_combo import SearchCombo

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


class OccupationCombo(SearchCombo):
    """Editable combo of CIUO-08 unit groups; :meth:`code` is the chosen code or ""."""

    popup_min_width = POPUP_MIN_WIDTH

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(30)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        for entry in reference.occupations():
            text = label(entry.code, entry.name)
            self.addItem(text, entry.code)
            row = self.count() - 1
            self.setItemData(row, search_key(f"{entry.code} {entry.name}"), KEY_ROLE)
            self.setItemData(row, text, Qt.ItemDataRole.ToolTipRole)
        self.attach_filter(_OccupationFilter(self))
        self.lineEdit().setPlaceholderText(self.tr("Type words or the code, e.g. software"))
        self.lineEdit().setClearButtonEnabled(True)

    def has_text(self) -> bool:
        return bool(self.currentText().strip())

    def set_code(self, code: str | None) -> None:
        self.setCurrentIndex(self.findData(code) if code else -1)
        if not code:
            self.clearEditText()
