"""Before saving: people who may be the same person. Open one, or confirm it is someone else."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coworking.core.people import DuplicateCandidate


class DuplicatesDialog(QDialog):
    """Accepted: "it is another person". ``chosen_id`` set: open that record instead."""

    def __init__(self, candidates: list[DuplicateCandidate], parent: QWidget | None = None):
        super().__init__(parent)
        self.chosen_id: int | None = None
        self.setWindowTitle(self.tr("Maybe already registered"))
        intro = QLabel(
            self.tr(
                "These people look like the one you are registering. Open one to "
                "check, or confirm that this is another person."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.list = QListWidget(self)
        for candidate in candidates:
            item = QListWidgetItem(f"{candidate.name} — {candidate.reason}", self.list)
            item.setData(256, candidate.person_id)
        self.list.setCurrentRow(0)
        self.list.itemActivated.connect(lambda _item: self.open_selected())
        buttons = QDialogButtonBox(self)
        self.open_button = buttons.addButton(
            self.tr("&Open this record"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.other_button = buttons.addButton(
            self.tr("It is &another person"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.open_button.clicked.connect(self.open_selected)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.open_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        self.resize(520, 300)

    def open_selected(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.chosen_id = int(item.data(256))
            self.reject()
