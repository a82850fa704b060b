"""The import wizard: choose a spreadsheet, check how its columns map to person fields with a
preview, see every problem by row and column and every row that may be someone already
registered, then import in the background."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from coworking.core.errors import UserError
from coworking.core.importing import DuplicateRow, ImportReport, import_people, write_problems
from coworking.core.person_columns import FIELD_LABELS, map_columns
from coworking.core.tables import Table, read_table
from coworking.db.database import Database
from coworking.db.models import StaffUser
from coworking.gui import tasks

PREVIEW_ROWS = 8
IGNORE = "ignore"


class ImportWizard(QWizard):
    """Three steps: file, columns (with preview), check and import."""

    def __init__(self, database: Database, actor: StaffUser, parent: QWidget | None = None):
        super().__init__(parent)
        self.database, self.actor = database, actor
        self.table: Table | None = None
        self.report: ImportReport | None = None
        self.setWindowTitle(self.tr("Import people"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.file_page = FilePage(self)
        self.columns_page = ColumnsPage(self)
        self.check_page = CheckPage(self)
        for page in (self.file_page, self.columns_page, self.check_page):
            self.addPage(page)
        self.resize(900, 600)

    def mapping(self) -> dict[str, str]:
        return self.columns_page.mapping()

    def run_check(self, dry_run: bool) -> ImportReport:
        """Check (and, unless ``dry_run``, import) with the chosen columns, in one transaction."""
        assert self.table is not None
        with self.database.unit_of_work(self.actor) as session:
            return import_people(
                session, self.actor, self.table.path, dry_run=dry_run, mapping=self.mapping()
            )


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.setTitle(self.tr("Choose the spreadsheet"))
        self.setSubTitle(
            self.tr(
                "CSV (comma or semicolon, UTF-8 or as Excel saves it) or "
                "Excel .xlsx. The first row must hold the column names."
            )
        )
        self.path_edit = QLineEdit(self)
        self.path_edit.setReadOnly(True)
        browse = QPushButton(self.tr("&Choose…"), self)
        browse.clicked.connect(self.browse)
        self.error = QLabel(self)
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addStretch(1)

    def browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Spreadsheet to import"), "", self.tr("Spreadsheets (*.csv *.xlsx *.txt)")
        )
        if path:
            self.choose(Path(path))

    def choose(self, path: Path) -> bool:
        self.path_edit.setText(str(path))
        try:
            self._wizard.table = read_table(path)
        except UserError as error:
            self._wizard.table = None
            self.error.setText(str(error))
        else:
            self.error.clear()
        self.completeChanged.emit()
        return self._wizard.table is not None

    def isComplete(self) -> bool:
        return self._wizard.table is not None


class ColumnsPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.setTitle(self.tr("Columns"))
        self.setSubTitle(
            self.tr(
                "Check which field each column fills. Columns set to “Do not import” are left out."
            )
        )
        self.preview = QTableWidget(self)
        self.preview.verticalHeader().setDefaultSectionSize(26)
        self.save_button = QPushButton(self.tr("&Save this correspondence…"), self)
        self.save_button.clicked.connect(lambda: self.save_mapping())
        layout = QVBoxLayout(self)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.save_button)
        self.combos: list[QComboBox] = []

    def initializePage(self) -> None:
        table = self._wizard.table
        assert table is not None
        guessed = map_columns(table.headers)
        rows = table.rows[:PREVIEW_ROWS]
        self.preview.clear()
        self.preview.setColumnCount(len(table.headers))
        self.preview.setRowCount(len(rows) + 1)
        self.preview.setHorizontalHeaderLabels(table.headers)
        self.preview.setVerticalHeaderLabels(
            [self.tr("Field")] + [str(number) for number, _cells in rows]
        )
        self.combos = []
        for column, _header in enumerate(table.headers):
            combo = QComboBox(self.preview)
            combo.addItem(self.tr("Do not import"), IGNORE)
            for field, label in FIELD_LABELS.items():
                combo.addItem(label, field)
            combo.addItem(self.tr("Cédula number"), "document_number:cedula")
            combo.addItem(self.tr("Passport number"), "document_number:passport")
            chosen = guessed.get(column, IGNORE)
            combo.setCurrentIndex(max(combo.findData(chosen), 0))
            combo.currentIndexChanged.connect(lambda _i: self.completeChanged.emit())
            self.preview.setCellWidget(0, column, combo)
            self.combos.append(combo)
            for row, (_number, cells) in enumerate(rows, start=1):
                text = cells[column] if column < len(cells) else ""
                self.preview.setItem(row, column, QTableWidgetItem(text))
        self.preview.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )

    def mapping(self) -> dict[str, str]:
        table = self._wizard.table
        assert table is not None
        return {
            header: combo.currentData()
            for header, combo in zip(table.headers, self.combos, strict=True)
        }

    def isComplete(self) -> bool:
        chosen = {combo.currentData() for combo in self.combos}
        return {"given_names", "family_names"} <= chosen

    def save_mapping(self, path: Path | None = None) -> Path | None:
        if path is None:
            name, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save correspondence"), "columnas.json", "JSON (*.json)"
            )
            if not name:
                return None
            path = Path(name)
        path.write_text(
            json.dumps({"columns": self.mapping()}, ensure_ascii=False, indent=2), encoding="utf-8"
        )
        return path


class CheckPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.imported = False
        self.setTitle(self.tr("Check and import"))
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.problems = QTableWidget(0, 3, self)
        self.problems.setHorizontalHeaderLabels(
            [self.tr("Row"), self.tr("Column"), self.tr("Problem")]
        )
        self.problems.verticalHeader().hide()
        self.problems.horizontalHeader().setStretchLastSection(True)
        self.duplicates_label = QLabel(self)
        self.duplicates_label.setWordWrap(True)
        self.duplicates = QTableWidget(0, 3, self)
        self.duplicates.setHorizontalHeaderLabels(
            [self.tr("Row"), self.tr("Looks like"), self.tr("Reason")]
        )
        self.duplicates.verticalHeader().hide()
        self.duplicates.horizontalHeader().setStretchLastSection(True)
        self.errors_button = QPushButton(self.tr("Save the &list of problems…"), self)
        self.errors_button.clicked.connect(lambda: self.save_problems())
        self.import_button = QPushButton(self.tr("&Import the valid rows"), self)
        self.import_button.clicked.connect(self.start_import)
        buttons = QHBoxLayout()
        buttons.addWidget(self.errors_button)
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.problems, 1)
        layout.addWidget(self.duplicates_label)
        layout.addWidget(self.duplicates, 1)
        layout.addLayout(buttons)

    def initializePage(self) -> None:
        self.imported = False
        report = self._wizard.run_check(dry_run=True)
        self._show(report)

    def _show(self, report: ImportReport) -> None:
        self._wizard.report = report
        ready = report.rows - report.invalid_rows - report.already_registered
        if report.written:
            text = self.tr(
                "Imported: %Ln person(s). Already registered: %1. With problems: %2.",
                "",
                report.created,
            )
            self.summary.setText(
                text.replace("%1", str(report.already_registered)).replace(
                    "%2", str(report.invalid_rows)
                )
            )
        else:
            text = self.tr(
                "%Ln row(s) read: %1 can be imported, %2 are already registered, "
                "%3 have problems (listed below; they will not be imported).",
                "",
                report.rows,
            )
            self.summary.setText(
                text.replace("%1", str(ready))
                .replace("%2", str(report.already_registered))
                .replace("%3", str(report.invalid_rows))
            )
        self.problems.setRowCount(len(report.problems))
        for row, problem in enumerate(report.problems):
            for column, value in enumerate((str(problem.row), problem.column, problem.message)):
                self.problems.setItem(row, column, QTableWidgetItem(value))
        self.problems.resizeColumnsToContents()
        self._show_duplicates(report.likely_duplicates, report.written)
        self.errors_button.setEnabled(bool(report.problems))
        self.import_button.setEnabled(not report.written and ready > 0)

    def _show_duplicates(self, flagged: list[DuplicateRow], written: bool) -> None:
        """Rows that may be someone registered or an earlier row: imported all the same."""
        rows = len({duplicate.row for duplicate in flagged})
        if written:
            text = self.tr(
                "%n imported row(s) may be someone already registered or an earlier row. "
                "They were imported all the same: review them in People, Possible duplicates.",
                "",
                rows,
            )
        else:
            text = self.tr(
                "%n row(s) may be someone already registered or an earlier row. They will be "
                "imported all the same and can be reviewed in People, Possible duplicates.",
                "",
                rows,
            )
        self.duplicates_label.setText(text)
        self.duplicates_label.setVisible(bool(flagged))
        self.duplicates.setVisible(bool(flagged))
        self.duplicates.setRowCount(len(flagged))
        for row, duplicate in enumerate(flagged):
            if duplicate.other_row is not None:
                other = self.tr("%1 (row %2 of this file)").replace("%2", str(duplicate.other_row))
            else:
                other = self.tr("%1 (already registered)")
            other = other.replace("%1", duplicate.other_name)
            for column, value in enumerate((str(duplicate.row), other, duplicate.reason)):
                self.duplicates.setItem(row, column, QTableWidgetItem(value))
        self.duplicates.resizeColumnsToContents()

    def save_problems(self, path: Path | None = None) -> Path | None:
        if self._wizard.report is None:
            return None
        if path is None:
            name, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save the list of problems"), "errores.csv", "CSV (*.csv)"
            )
            if not name:
                return None
            path = Path(name)
        return write_problems(self._wizard.report.problems, path)

    def start_import(self) -> tasks.TaskHandle:
        self.import_button.setEnabled(False)
        message = self.tr("Importing…")

        def work(context: tasks.TaskContext) -> ImportReport:  # worker thread: no widgets
            context.report(0, 0, message)
            return self._wizard.run_check(dry_run=False)

        def done(report: ImportReport) -> None:
            self.imported = True
            self._show(report)
            self.completeChanged.emit()

        self.handle = tasks.run_with_progress(self, self.tr("Importing people"), work, on_done=done)
        return self.handle

    def isComplete(self) -> bool:
        return self.imported
