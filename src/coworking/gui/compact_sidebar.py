"""The sidebar folds to its icons when the main window is narrow (a 1024-pixel screen), so the
pages keep the width they need; each area's name stays in its tooltip and accessible name."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QListWidget, QWidget

WIDE, NARROW = 236, 64
FOLD_BELOW = 1100  # window widths under this show the icons only
TITLE_ROLE = Qt.ItemDataRole.UserRole + 1


class CompactSidebar(QObject):
    """Watches ``window``'s width; folds ``sidebar`` (its ``navigation`` list shows icons only
    and the ``extras``, such as the title and the version, are hidden) when it is narrow."""

    def __init__(
        self,
        window: QWidget,
        sidebar: QWidget,
        navigation: QListWidget,
        extras: list[QWidget],
    ) -> None:
        super().__init__(window)
        self._window, self._sidebar, self._navigation = window, sidebar, navigation
        self._extras = extras
        self.folded: bool | None = None
        window.installEventFilter(self)
        self.apply()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if watched is self._window and event.type() == QEvent.Type.Resize:
            self.apply()
        return False

    def apply(self) -> None:
        folded = self._window.width() < FOLD_BELOW
        if folded == self.folded:
            return
        self.folded = folded
        self._sidebar.setFixedWidth(NARROW if folded else WIDE)
        for extra in self._extras:
            extra.setVisible(not folded)
        for row in range(self._navigation.count()):
            item = self._navigation.item(row)
            title = item.data(TITLE_ROLE) or item.text()
            item.setData(TITLE_ROLE, title)
            item.setText("" if folded else title)
            item.setToolTip(title if folded else "")
            item.setData(Qt.ItemDataRole.AccessibleTextRole, title)
