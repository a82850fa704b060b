"""An editable combo box that filters its list as you type, through a proxy model with a
``set_query(text)`` method; leaving the field on exactly one match chooses it."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget


class SearchCombo(QComboBox):
    """Subclasses add their items, then call :meth:`attach_filter`. :meth:`code` is the data
    of the item whose text is shown, or "" when the text names none."""

    popup_min_width = 0  # 0: as wide as the field

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(12)

    def attach_filter(self, proxy: QSortFilterProxyModel) -> None:
        self._filter = proxy
        proxy.setSourceModel(self.model())
        proxy.sort(0)
        completer = QCompleter(proxy, self)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setMaxVisibleItems(10)
        self.setCompleter(completer)
        self.lineEdit().textEdited.connect(self._on_text_edited)
        self.lineEdit().editingFinished.connect(self._settle)
        self.setCurrentIndex(-1)

    def _on_text_edited(self, text: str) -> None:
        self._filter.set_query(text)  # type: ignore[attr-defined]
        if text.strip() and self._filter.rowCount():
            if self.popup_min_width:
                height = self.lineEdit().rect().height()
                self.completer().complete(
                    QRect(0, 0, max(self.width(), self.popup_min_width), height)
                )
            else:
                self.completer().complete()

    def matches(self) -> list[str]:
        """The items the typed text matches, best first (what the pop-up offers)."""
        return [self._filter.index(r, 0).data() for r in range(self._filter.rowCount())]

    def _settle(self) -> None:
        """When typing stops on exactly one match, choose it; Tab then lands on a real item."""
        text = self.currentText().strip()
        if not text or self.code():
            return
        self._filter.set_query(text)  # type: ignore[attr-defined]
        if self._filter.rowCount() == 1:
            self.setCurrentIndex(self._filter.mapToSource(self._filter.index(0, 0)).row())

    def code(self) -> str:
        index = self.findText(self.currentText().strip(), Qt.MatchFlag.MatchFixedString)
        return self.itemData(index) if index >= 0 else ""
