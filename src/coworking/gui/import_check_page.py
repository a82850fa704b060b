"""The import wizard's last page: every row checked without writing (off the GUI thread, with
progress), the accounting of the rows, each problem and warning by row and column, the rows
that may be someone already registered; then the import itself, in the background too."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWizardPage,
)

from coworking.core.errors import UserError
from coworking.core.import_report import ERROR as SEVERE
from coworking.core.import_report import RowProblem, write_problems
from coworking.gui import tasks
from coworking.gui.import_accounting import Accounting
from coworking.gui.import_parts import (
    ERROR,
    HEADING,
    PLAIN,
    SUCCESS,
    WARNING,
    ask_save,
    message_label,
    say,
)

if TYPE_CHECKING:
    from coworking.gui.import_wizard import ImportWizard

log = logging.getLogger(__name__)
MAX_SHOWN = 1_000  # rows of a list shown here; the saved list of problems has them all
RED, AMBER = QColor("#b3261e"), QColor("#7a4b00")


def _table(parent: QWizardPage, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.horizontalHeader().setStretchLastSection(True)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setWordWrap(False)
    return table


class CheckPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self._words = Accounting(self)
        self.imported = False
        self.report: Any = None
        self.setTitle(self.tr("Check and import"))
        self.setSubTitle(
            self.tr(
                "Every row is checked before anything is saved; the import itself starts only "
                "when you press «Import the valid rows»."
            )
        )
        self.summary = message_label(self, "importSummary")
        font = self.summary.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.summary.setFont(font)
        self.details = message_label(self, "importDetails")
        self.problems = _table(
            self, [self.tr("Row"), self.tr("Column"), self.tr("Type"), self.tr("Problem")]
        )
        self.problems_note = message_label(self)
        self.duplicates_label = message_label(self)
        self.duplicates = _table(self, [self.tr("Row"), self.tr("Looks like"), self.tr("Reason")])
        self.errors_button = QPushButton(self.tr("Save the &list of problems…"), self)
        self.errors_button.clicked.connect(lambda: self.save_problems())
        self.errors_status = message_label(self, "importProblemsSaved")
        self.import_button = QPushButton(self.tr("&Import the valid rows"), self)
        self.import_button.setProperty("primary", True)
        self.import_button.clicked.connect(lambda: self.start_import())
        buttons = QHBoxLayout()
        buttons.addWidget(self.errors_button)
        buttons.addWidget(self.errors_status, 1)
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.details)
        layout.addWidget(self.problems, 2)
        layout.addWidget(self.problems_note)
        layout.addWidget(self.duplicates_label)
        layout.addWidget(self.duplicates, 1)
        layout.addLayout(buttons)
        self._show_lists(None)

    # -- running -------------------------------------------------------------------------

    @property
    def _wizard(self) -> ImportWizard:
        # Not kept in an attribute: a page and its wizard holding each other crashed Qt when
        # Python's collector freed them.
        return self.wizard()  # type: ignore[return-value]

    def initializePage(self) -> None:  # noqa: N802 (Qt's name)
        self.imported = False
        self.report = None
        self.import_button.show()
        self._show_lists(None)
        say(self.summary, self.tr("Checking every row…"), HEADING)
        say(self.details, "")
        self._start(dry_run=True)

    def start_import(self) -> tasks.TaskHandle | None:
        if self.report is None or self.imported or self._wizard.busy:
            return None
        return self._start(dry_run=False)

    def _start(self, *, dry_run: bool) -> tasks.TaskHandle:
        wizard = self._wizard
        kind, database, actor = wizard.kind, wizard.database, wizard.actor
        source, mapping, event_id = wizard.source, wizard.mapping(), wizard.event_id
        assert source is not None
        if dry_run:
            title, message = self.tr("Checking the rows"), self.tr("Checking «%1»…")
        else:
            title, message = self.tr("Importing"), self.tr("Importing «%1»…")
        message = message.replace("%1", source.name)
        saved_some = [False]  # the import wrote a batch before it stopped

        def work(context: tasks.TaskContext) -> Any:  # worker thread: no widgets
            def progress(done: int, total: int) -> None:
                if done < total:
                    saved_some[0] = not dry_run
                    context.raise_if_cancelled()  # between two batches: each is whole
                context.report(done, total, message)

            context.report(0, 0, message)
            return kind.run(
                database,
                actor,
                source.path,
                mapping,
                dry_run=dry_run,
                event_id=event_id,
                progress=progress,
            )

        def failed(error: tasks.TaskError) -> None:
            self._failed(error, saved_some[0])

        self.errors_button.setEnabled(False)
        self.import_button.setEnabled(False)
        say(self.errors_status, "")
        handle = tasks.run_with_progress(
            self,
            title,
            work,
            on_done=self._checked if dry_run else self._imported,
            on_error=failed,
            on_cancel=(lambda: self._cancelled(dry_run)),
        )
        wizard.set_busy(handle)
        return handle

    def _checked(self, report: Any) -> None:
        self._wizard.set_busy(None)
        self.report = self._wizard.report = report
        self._show(report, written=False)

    def _imported(self, report: Any) -> None:
        self._wizard.set_busy(None)
        self.report = self._wizard.report = report
        self.imported = True
        self.setSubTitle(self.tr("The import has finished. This is what it did."))
        self._show(report, written=True)
        self.import_button.hide()
        self._wizard.only_finish()
        self.completeChanged.emit()

    def _failed(self, error: tasks.TaskError, saved_some: bool) -> None:
        self._wizard.set_busy(None)
        if not isinstance(error.exception, UserError):
            log.error("import of %s failed:\n%s", self._wizard.source, error.details)
        text = error.message
        if saved_some:
            text += "\n" + self.tr(
                "The rows imported before the problem stay saved: importing the same file "
                "again goes on where it stopped."
            )
        say(self.summary, text, ERROR)
        say(self.details, "")
        self._enable_buttons()

    def _cancelled(self, dry_run: bool) -> None:
        self._wizard.set_busy(None)
        if dry_run:
            if not self._wizard.closing:
                self._wizard.back()
            return
        say(
            self.summary,
            self.tr(
                "The import was stopped. The rows imported before stopping stay saved: import "
                "the same file again in a minute and it goes on where it stopped."
            ),
            WARNING,
        )
        say(self.details, "")
        self.errors_button.setEnabled(self._listed() != [])

    # -- showing -------------------------------------------------------------------------

    def _enable_buttons(self) -> None:
        ready = self.report is not None and self.report.done > 0 and not self.imported
        self.import_button.setEnabled(ready)
        self.errors_button.setEnabled(self._listed() != [])

    def _listed(self) -> list[RowProblem]:
        """Problems first, then warnings, each by row."""
        if self.report is None:
            return []
        return sorted(self.report.problems, key=lambda p: p.row) + sorted(
            self.report.warnings, key=lambda p: p.row
        )

    def _show(self, report: Any, *, written: bool) -> None:
        kind = self._wizard.kind.key
        say(
            self.summary,
            self._words.rows(report, written, kind),
            SUCCESS if written and not report.refused else HEADING,
        )
        lines = self._words.extra(report, written, kind)
        hint = self._words.refused_hint(report, written)
        if hint:
            lines.append(hint)
        say(self.details, "\n".join(lines), WARNING if report.refused else PLAIN)
        self._show_lists(report, written)
        self._enable_buttons()

    def _show_lists(self, report: Any, written: bool = False) -> None:
        listed = self._listed() if report is not None else []
        shown = listed[:MAX_SHOWN]
        self.problems.setRowCount(len(shown))
        for row, problem in enumerate(shown):
            severe = problem.severity == SEVERE
            kind = QTableWidgetItem(self.tr("Error") if severe else self.tr("Warning"))
            kind.setForeground(QBrush(RED if severe else AMBER))
            cells = [QTableWidgetItem(str(problem.row)), QTableWidgetItem(problem.column), kind]
            cells.append(QTableWidgetItem(problem.message))
            cells[3].setToolTip(problem.message)
            for column, item in enumerate(cells):
                self.problems.setItem(row, column, item)
        self.problems.resizeColumnsToContents()
        self.problems.setCurrentCell(-1, -1)  # no cell framed before the person picks one
        self.problems.setVisible(bool(listed))
        note = ""
        if len(listed) > MAX_SHOWN:
            note = self.tr(
                "Only the first %1 of %n problem(s) and warning(s) are shown: save the list to "
                "see them all.",
                "",
                len(listed),
            ).replace("%1", f"{MAX_SHOWN:,}".replace(",", "."))
        say(self.problems_note, note, PLAIN)
        self._show_duplicates(getattr(report, "likely_duplicates", []), written)

    def _show_duplicates(self, flagged: list, written: bool) -> None:
        """Rows that may be someone registered or an earlier row: imported all the same."""
        rows = len({duplicate.row for duplicate in flagged})
        say(self.duplicates_label, self._words.duplicates(rows, written) if flagged else "")
        self.duplicates.setVisible(bool(flagged))
        shown = flagged[:MAX_SHOWN]
        self.duplicates.setRowCount(len(shown))
        for row, duplicate in enumerate(shown):
            other = self._words.other(duplicate.other_name, duplicate.other_row)
            for column, value in enumerate((str(duplicate.row), other, duplicate.reason)):
                self.duplicates.setItem(row, column, QTableWidgetItem(value))
        self.duplicates.resizeColumnsToContents()

    # -- the list of problems ------------------------------------------------------------

    def save_problems(self, path: Path | None = None) -> Path | None:
        listed = self._listed()
        if not listed:
            return None
        if path is None:
            source = self._wizard.source
            suggested = f"{Path(source.name).stem}-errores.csv" if source else "errores.csv"
            path = ask_save(self, self.tr("Save the list of problems"), suggested, "CSV (*.csv)")
            if path is None:
                return None
        try:
            written = write_problems(listed, path)
        except UserError as error:
            say(self.errors_status, str(error), ERROR)
            return None
        say(self.errors_status, self.tr("Saved in «%1».").replace("%1", written.name), SUCCESS)
        return written

    def isComplete(self) -> bool:  # noqa: N802 (Qt's name)
        return self.imported
