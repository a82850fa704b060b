"""A canton picker that filters as you type, ignoring case and accents ("tsachilas" finds
"Santo Domingo de los Tsáchilas", "1308" finds Manta)."""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from coworking.core import reference

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


class CantonCombo(QComboBox):
    """Editable combo of Ecuador's cantons; :meth:`code` is the chosen INEC code or ""."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(12)
        for canton in sorted(reference.cantons(), key=lambda c: (fold(c.name), c.province)):
            self.addItem(canton.label, canton.code)
            self.setItemData(self.count() - 1, fold(canton.label), FOLDED_ROLE)
            self.setItemData(self.count() - 1, fold(canton.name), NAME_ROLE)
        self._filter = _WordFilter(self)
        self._filter.setSourceModel(self.model())
        self._filter.sort(0)
        completer = QCompleter(self._filter, self)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setMaxVisibleItems(10)
        self.setCompleter(completer)
        self.lineEdit().setPlaceholderText(self.tr("Type to search, e.g. Manta"))
        self.lineEdit().textEdited.connect(self._on_text_edited)
        self.lineEdit().editingFinished.connect(self._settle)
        self.setCurrentIndex(-1)

    def _on_text_edited(self, text: str) -> None:
        self._filter.set_query(text)
        if text.strip() and self._filter.rowCount():
            self.completer().complete()

    def matches(self) -> list[str]:
        """The labels that the current text matches (what the pop-up offers)."""
        return [self._filter.index(r, 0).data() for r in range(self._filter.rowCount())]

    def _settle(self) -> None:
        """When typing stops on exactly one match, choose it; Tab then lands on a canton."""
        text = self.currentText().strip()
        if not text or self.code():
            return
        self._filter.set_query(text)
        if self._filter.rowCount() == 1:
            self.setCurrentIndex(self._filter.mapToSource(self._filter.index(0, 0)).row())

    def code(self) -> str:
        """The INEC code of the canton shown, or "" when the text names none."""
        index = self.findText(self.currentText().strip(), Qt.MatchFlag.MatchFixedString)
        return self.itemData(index) if index >= 0 else ""

    def set_code(self, code: str) -> None:
        self.setCurrentIndex(self.findData(code))
