"""The import wizard's columns page: the first rows of the file under a combo per column that
says which field the column fills, guessed from the column names (or a loaded correspondence)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWizardPage,
)

from coworking.core.errors import UserError
from coworking.core.import_mapping import IGNORE
from coworking.gui.import_parts import ERROR, SUCCESS, message_label, say

if TYPE_CHECKING:
    from coworking.gui.import_wizard import ImportWizard

PREVIEW_ROWS = 8


class ColumnsPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self._headers: list[str] = []
        self._kept: dict[str, str] = {}  # header -> field, kept when the same file comes back
        self._saved_used: object = None  # the loaded correspondence the combos were set from
        self.combos: list[QComboBox] = []
        self.setTitle(self.tr("Columns"))
        self.setSubTitle(
            self.tr(
                "Check which field each column fills. Columns set to “Do not import” are left out."
            )
        )
        self.preview = QTableWidget(self)
        self.preview.verticalHeader().setDefaultSectionSize(28)
        self.problem = message_label(self, "importColumnsProblem")
        self.problem.hide()
        self.save_button = QPushButton(self.tr("&Save this correspondence…"), self)
        self.save_button.setToolTip(
            self.tr("Saves the columns and the meanings chosen for values, to use them next time")
        )
        self.save_button.clicked.connect(lambda: self.save_mapping())
        self.save_status = message_label(self, "importColumnsSaved")
        self.save_status.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.save_status, 1)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.problem)
        layout.addLayout(buttons)

    @property
    def _wizard(self) -> ImportWizard:
        # Not kept in an attribute: a page and its wizard holding each other crashed Qt when
        # Python's collector freed them.
        return self.wizard()  # type: ignore[return-value]

    def initializePage(self) -> None:  # noqa: N802 (Qt's name)
        source = self._wizard.source
        assert source is not None
        headers = source.headers
        same = headers == self._headers and self._wizard.saved is self._saved_used
        self._kept = self.columns() if same and self.combos else {}  # the same file: kept
        self._saved_used = self._wizard.saved
        self._headers = list(headers)
        guessed = self._wizard.kind.guess(headers, self._wizard.saved)
        rows = source.preview(PREVIEW_ROWS)
        self.preview.clear()
        self.preview.setColumnCount(len(headers))
        self.preview.setRowCount(len(rows) + 1)
        self.preview.setHorizontalHeaderLabels(headers)
        self.preview.setVerticalHeaderLabels([self.tr("Field")] + [str(row.number) for row in rows])
        self.combos = []
        for column, header in enumerate(headers):
            combo = QComboBox(self.preview)
            combo.addItem(self.tr("Do not import"), IGNORE)
            for name, label in self._wizard.kind.fields.items():
                combo.addItem(label, name)
            chosen = self._kept.get(header, guessed.get(column, IGNORE))
            combo.setCurrentIndex(max(combo.findData(chosen), 0))
            combo.currentIndexChanged.connect(lambda _index: self._changed())
            self.preview.setCellWidget(0, column, combo)
            self.combos.append(combo)
            for row, sheet_row in enumerate(rows, start=1):
                text = sheet_row.cells[column] if column < len(sheet_row.cells) else ""
                self.preview.setItem(row, column, QTableWidgetItem(text))
        self.preview.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        say(self.save_status, "")
        self._changed()

    def columns(self) -> dict[str, str]:
        """Header -> field (or IGNORE), as the combos say."""
        return {
            header: combo.currentData()
            for header, combo in zip(self._headers, self.combos, strict=True)
        }

    def fields_by_index(self) -> dict[int, str]:
        """Column index -> field, the columns left out apart."""
        return {
            index: combo.currentData()
            for index, combo in enumerate(self.combos)
            if combo.currentData() != IGNORE
        }

    def _problem(self) -> str:
        """What keeps the import from starting: a required field with no column, or two
        columns filling one field (only the first would be read)."""
        fields = self._wizard.kind.fields
        by_field: dict[str, list[str]] = {}
        for header, name in self.columns().items():
            if name != IGNORE:
                by_field.setdefault(name, []).append(header)
        chosen = {name.split(":")[0] for name in by_field}
        missing = [fields[name] for name in self._wizard.kind.required if name not in chosen]
        if missing:
            return self.tr("Choose the column that holds: %1.").replace("%1", ", ".join(missing))
        for name, headers in by_field.items():
            if len(headers) > 1:
                return (
                    self.tr("Two columns fill «%1»: %2. Set all but one to “Do not import”.")
                    .replace("%1", fields.get(name, name))
                    .replace("%2", ", ".join(f"«{h}»" for h in headers))
                )
        return ""

    def _changed(self) -> None:
        say(self.problem, self._problem(), ERROR)
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 (Qt's name)
        return bool(self.combos) and not self._problem()

    def save_mapping(self) -> None:
        try:
            saved = self._wizard.save_mapping(self)
        except UserError as error:
            say(self.save_status, str(error), ERROR)
            return
        if saved is not None:
            say(self.save_status, self.tr("Saved in «%1».").replace("%1", saved.name), SUCCESS)
