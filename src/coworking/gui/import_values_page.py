"""The import wizard's values page: for every column holding categories (sex, population group,
nationality, document type, canton, education, sector, role), each distinct value with how many
rows have it and what it becomes. The whole file is read off the GUI thread first."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from coworking.core.errors import UserError
from coworking.core.import_survey import ColumnValues, category_columns
from coworking.core.import_values import VALUE_FIELDS, ValueMeanings
from coworking.gui import tasks
from coworking.gui.import_parts import ERROR, PLAIN, SUCCESS, WARNING, message_label, say
from coworking.gui.import_value_table import ValueTable, meaning_model
from coworking.gui.import_value_tally import Tally, read_tally

if TYPE_CHECKING:
    from coworking.gui.import_wizard import ImportWizard

log = logging.getLogger(__name__)


class ValuesPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.tally: Tally | None = None
        self.tables: list[ValueTable] = []
        self._details: list[tuple[ValueTable, QLabel]] = []
        self._models: dict[str, QStandardItemModel] = {}
        self.setTitle(self.tr("Values"))
        self.setSubTitle(
            self.tr(
                "What each value of the columns with categories becomes. Values that cannot be "
                "placed are marked: choose once what they mean. The choice is saved with the "
                "correspondence and used again next time."
            )
        )
        self.summary = message_label(self, "importValuesSummary")
        font = self.summary.font()
        font.setBold(True)
        self.summary.setFont(font)
        self.sections = QWidget(self)
        self.sections_layout = QVBoxLayout(self.sections)
        self.sections_layout.setContentsMargins(0, 0, 8, 0)
        self.sections_layout.setSpacing(6)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(self.sections)
        self.save_button = QPushButton(self.tr("&Save this correspondence…"), self)
        self.save_button.setToolTip(
            self.tr("Saves the columns and the meanings chosen for values, to use them next time")
        )
        self.save_button.clicked.connect(lambda: self.save_mapping())
        self.save_status = message_label(self, "importValuesSaved")
        self.save_status.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.save_status, 1)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.scroll, 1)
        layout.addLayout(buttons)

    # -- reading the file ----------------------------------------------------------------

    @property
    def _wizard(self) -> ImportWizard:
        # Not kept in an attribute: a page and its wizard holding each other crashed Qt when
        # Python's collector freed them.
        return self.wizard()  # type: ignore[return-value]

    def initializePage(self) -> None:  # noqa: N802 (Qt's name)
        self._clear()
        say(self.save_status, "")
        columns = category_columns(self._wizard.columns_page.fields_by_index())
        if not columns:
            self.tally = Tally([])
            listed = ", ".join(VALUE_FIELDS.values())
            say(
                self.summary,
                self.tr(
                    "No column chosen holds categories (%1): there are no values to check."
                ).replace("%1", listed.lower()),
                PLAIN,
            )
            self.completeChanged.emit()
            return
        say(self.summary, self.tr("Reading the values of every row…"), PLAIN)
        source = self._wizard.source
        assert source is not None
        meanings = ValueMeanings(self._wizard.meanings.as_json())  # the worker's own copy
        message = self.tr("Reading the values: %1 rows read…")

        def work(context: tasks.TaskContext) -> Tally:  # worker thread: no widgets
            return read_tally(source, columns, meanings, context, message)

        handle = tasks.run_with_progress(
            self,
            self.tr("Reading the values"),
            work,
            on_done=self._read,
            on_error=self._failed,
            on_cancel=self._cancelled,
        )
        self._wizard.set_busy(handle)

    def _read(self, tally: Tally) -> None:
        self._wizard.set_busy(None)
        self.tally = tally
        for column in sorted(tally.columns, key=lambda c: c.unplaced == 0):  # to fix first
            self._add_section(column)
        self.sections_layout.addStretch(1)
        self._update()
        self.completeChanged.emit()

    def _failed(self, error: tasks.TaskError) -> None:
        self._wizard.set_busy(None)
        if not isinstance(error.exception, UserError):
            log.error("reading the values of %s failed:\n%s", self._wizard.source, error.details)
        say(self.summary, error.message, ERROR)
        self.completeChanged.emit()

    def _cancelled(self) -> None:
        self._wizard.set_busy(None)
        if not self._wizard.closing:
            self._wizard.back()

    def _clear(self) -> None:
        self.tally = None
        self.tables, self._details = [], []
        while self.sections_layout.count():
            item = self.sections_layout.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()

    # -- the values ----------------------------------------------------------------------

    def _model(self, field: str) -> QStandardItemModel:
        if field not in self._models:
            self._models[field] = meaning_model(field, self)
        return self._models[field]

    def _add_section(self, column: ColumnValues) -> None:
        title = QLabel(f"«{column.header}» → {column.label}", self.sections)
        title.setProperty("role", "heading")
        detail = message_label(self.sections)
        table = ValueTable(column, self._wizard.meanings, self._model(column.field), self.sections)
        table.chosen.connect(self._update)
        self.tables.append(table)
        self._details.append((table, detail))
        if self.sections_layout.count():
            self.sections_layout.addSpacing(14)
        self.sections_layout.addWidget(title)
        self.sections_layout.addWidget(detail)
        if column.more:
            more = message_label(self.sections)
            text = self.tr(
                "%n more different value(s) are not listed: this column looks like free text "
                "rather than categories. Check that it is the right column.",
                "",
                column.more,
            )
            say(more, text, WARNING)
            self.sections_layout.addWidget(more)
        self.sections_layout.addWidget(table)

    def unplaced_rows(self) -> int:
        return self.tally.unplaced_rows(self._wizard.meanings) if self.tally else 0

    def _update(self) -> None:
        """The counts after a meaning was chosen: each column's, and the rows still affected."""
        for table, detail in self._details:
            values, rows = table.unplaced()
            text = self.tr("%n different value(s)", "", len(table.values))
            if values:
                text += " · " + self.tr("%n without a meaning", "", values)
                text += " " + self.tr("(%n row(s))", "", rows)
            say(detail, text, WARNING if values else PLAIN)
        if self.tally is None:
            return
        rows = self.unplaced_rows()
        where = [f"«{table.column.header}»" for table in self.tables if table.unplaced()[0]]
        if rows and self.tally.exact:
            text = self.tr(
                "%n row(s) have values without a meaning: choose what each one means, "
                "or those rows will be refused.",
                "",
                rows,
            )
        elif rows:
            text = self.tr(
                "At least %n row(s) have values without a meaning: choose what each one means, "
                "or those rows will be refused.",
                "",
                rows,
            )
        else:
            text = self.tr("Every value has a meaning. Change any that is wrong, then go on.")
        if where:
            text += "\n" + self.tr("Look at: %1.").replace("%1", ", ".join(where))
        say(self.summary, text, WARNING if rows else SUCCESS)

    def isComplete(self) -> bool:  # noqa: N802 (Qt's name)
        return self.tally is not None

    def save_mapping(self) -> None:
        try:
            saved = self._wizard.save_mapping(self)
        except UserError as error:
            say(self.save_status, str(error), ERROR)
            return
        if saved is not None:
            say(self.save_status, self.tr("Saved in «%1».").replace("%1", saved.name), SUCCESS)
