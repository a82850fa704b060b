"""A canton picker that filters as you type, ignoring case and accents ("tsachilas" finds
"Santo Domingo de los Tsáchilas", "1308" finds Manta)."""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QWidget

from coworking.core import reference
from coworking.gui.search_combo import SearchCombo

FOLDED_ROLE = Qt.ItemDataRole.UserRole + 1
NAME_ROLE = Qt.ItemDataRole.UserRole + 2


def fold(text: str) -> str:
    """Lower-case ``text`` without accents, for matching what people type."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


class _WordFilter(QSortFilterProxyModel):
    """Keeps the rows whose folded text contains every typed word, cantons whose name starts
    with the text first ("man": Manta before the other cantons of Manabí)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self._query = ""

    def set_query(self, text: str) -> None:
        self._query = " ".join(fold(text).split())
        if hasattr(self, "beginFilterChange"):  # Qt >= 6.9
            self.beginFilterChange()
            self._words = self._query.split()
            self.endFilterChange()
        else:
            self._words = self._query.split()
            self.invalidateFilter()
        self.invalidate()  # re-rank

    def _rank(self, index: QModelIndex | QPersistentModelIndex) -> tuple[int, int]:
        name = index.data(NAME_ROLE) or ""
        if self._query and name.startswith(self._query):
            return 0, index.row()
        if self._words and all(word in name for word in self._words):
            return 1, index.row()
        return 2, index.row()

    def lessThan(
        self,
        left: QModelIndex | QPersistentModelIndex,
        right: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        return self._rank(left) < self._rank(right)

    def filterAcceptsRow(self, row: int, parent: QModelIndex | QPersistentModelIndex) -> bool:
        key = self.sourceModel().index(row, 0, parent).data(FOLDED_ROLE) or ""
        return all(word in key for word in self._words)


class CantonCombo(SearchCombo):
    """Editable combo of Ecuador's cantons; :meth:`code` is the chosen INEC code or ""."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        for canton in sorted(reference.cantons(), key=lambda c: (fold(c.name), c.province)):
            self.addItem(canton.label, canton.code)
            self.setItemData(self.count() - 1, fold(canton.label), FOLDED_ROLE)
            self.setItemData(self.count() - 1, fold(canton.name), NAME_ROLE)
        self.attach_filter(_WordFilter(self))
        self.lineEdit().setPlaceholderText(self.tr("Type to search, e.g. Manta"))

    def set_code(self, code: str) -> None:
        self.setCurrentIndex(self.findData(code))
