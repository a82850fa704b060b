"""The import wizard, for people, an event's registrations or employers: choose the spreadsheet
(and, if there is one, the correspondence saved last time), say which field each column fills,
say what the values no rule can place mean, then check every row and import in the background.

The pages are in their own modules; the wizard holds what they share: the opened file, the
kind of import, the columns chosen and the meanings chosen for values."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from coworking.core.errors import UserError
from coworking.core.import_kinds import KINDS, ImportKind
from coworking.core.import_mapping import IGNORE, ImportMapping, load_mapping
from coworking.core.import_values import ValueMeanings
from coworking.core.tables import TableSource, open_table
from coworking.db.database import Database
from coworking.db.models import StaffUser
from coworking.gui import tasks
from coworking.gui.import_check_page import CheckPage
from coworking.gui.import_columns_page import ColumnsPage
from coworking.gui.import_parts import ERROR, SUCCESS, ask_open, ask_save, message_label, say
from coworking.gui.import_values_page import ValuesPage

__all__ = ["IGNORE", "ImportWizard"]


class ImportWizard(QWizard):
    """File → columns → values → check and import, for one ``ImportKind``."""

    def __init__(
        self,
        database: Database,
        actor: StaffUser,
        kind: ImportKind | str,
        parent: QWidget | None = None,
        event_id: int | None = None,
        event_name: str = "",
    ) -> None:
        super().__init__(parent)
        self.database, self.actor = database, actor
        self.kind = KINDS[kind] if isinstance(kind, str) else kind
        if self.kind.key == "registrations" and event_id is None:
            raise ValueError("registrations are imported into an event")
        self.event_id, self.event_name = event_id, event_name
        self.source: TableSource | None = None
        self.saved: ImportMapping | None = None  # the correspondence loaded on the first page
        self.meanings = ValueMeanings()  # what values no rule places mean, as chosen
        self.report = None  # the last check's or the import's report
        self._task: tasks.TaskHandle | None = None  # a page's work, running
        self.closing = False  # asked to close while a page's work was running
        titles = {
            "people": self.tr("Import people"),
            "registrations": self.tr("Import registrations: %1").replace("%1", event_name),
            "employers": self.tr("Import employers"),
        }
        self.setWindowTitle(titles[self.kind.key])
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        for page in (FilePage(self), ColumnsPage(self), ValuesPage(self), CheckPage(self)):
            self.addPage(page)
        self.resize(1000, 700)

    # The pages are found through Qt, never kept in attributes: a QWizard whose Python object
    # held its pages (or a page its wizard) crashed the program later, once Python freed them.

    @property
    def file_page(self) -> FilePage:
        return self.page(0)  # type: ignore[return-value]

    @property
    def columns_page(self) -> ColumnsPage:
        return self.page(1)  # type: ignore[return-value]

    @property
    def values_page(self) -> ValuesPage:
        return self.page(2)  # type: ignore[return-value]

    @property
    def check_page(self) -> CheckPage:
        return self.page(3)  # type: ignore[return-value]

    # -- what the pages share ------------------------------------------------------------

    def field_names(self) -> set[str]:
        """The fields a column can fill here (a document number counts once)."""
        return {name.split(":")[0] for name in self.kind.fields}

    def mapping(self) -> ImportMapping:
        """The columns as chosen on the columns page and the meanings chosen for values."""
        # A copy: the check and the import read it on a worker thread.
        return ImportMapping(self.columns_page.columns(), ValueMeanings(self.meanings.as_json()))

    def use_mapping(self, path: Path) -> ImportMapping:
        """Read a saved correspondence for the next pages; UserError when it cannot be used."""
        loaded = load_mapping(path)
        loaded.check_fields(self.field_names())
        self.saved = loaded
        self.meanings = ValueMeanings(loaded.values.as_json())
        return loaded

    def save_mapping(self, parent: QWidget, path: Path | None = None) -> Path | None:
        """Save the columns and the values' meanings (asks where unless ``path``); UserError
        when the file cannot be written."""
        if path is None:
            path = ask_save(
                parent, self.tr("Save correspondence"), "columnas.json", "JSON (*.json)"
            )
            if path is None:
                return None
        return self.mapping().save(path)

    # -- while a page works, and after the import ----------------------------------------

    @property
    def busy(self) -> bool:
        return self._task is not None

    def set_busy(self, task: tasks.TaskHandle | None) -> None:
        """While a page's reading, check or import runs (``task``), Back and Cancel wait for
        it; once it ends (None), a close asked for meanwhile happens."""
        self._task = task
        for which in (QWizard.WizardButton.BackButton, QWizard.WizardButton.CancelButton):
            self.button(which).setEnabled(task is None)
        if task is None and self.closing:
            QTimer.singleShot(0, self.reject)

    def only_finish(self) -> None:
        """Once imported, there is nothing to go back to: only «Finish» is left."""
        self.setButtonLayout([QWizard.WizardButton.Stretch, QWizard.WizardButton.FinishButton])

    def reject(self) -> None:  # Escape, Cancel, the close button, the screen lock
        """Close; what is running is stopped first (an import between two batches, each of
        them saved whole) and the wizard closes once it has stopped."""
        if self._task is None:
            super().reject()
            return
        self.closing = True
        self._task.cancel()


class FilePage(QWizardPage):
    """The spreadsheet, and optionally the correspondence saved from an earlier import."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Choose the spreadsheet"))
        what = {
            "people": self.tr("Each row is a person."),
            "registrations": self.tr(
                "Each row is a person registered for «%1»; people not in the registry yet are "
                "added to it."
            ).replace("%1", wizard.event_name),
            "employers": self.tr(
                "Each row is an employer, found by its RUC: those already listed are updated."
            ),
        }[wizard.kind.key]
        self.setSubTitle(
            what
            + " "
            + self.tr(
                "CSV (comma or semicolon, UTF-8 or as Excel saves it) or "
                "Excel .xlsx. The first row must hold the column names."
            )
        )
        self.path_edit = QLineEdit(self)
        self.path_edit.setReadOnly(True)
        self.path_edit.setPlaceholderText(self.tr("No file chosen yet"))
        self.choose_button = QPushButton(self.tr("&Choose…"), self)
        self.choose_button.clicked.connect(self.browse)
        self.file_status = message_label(self, "importFileStatus")
        self.file_status.hide()
        heading = QLabel(self.tr("Saved correspondence (optional)"), self)
        heading.setProperty("role", "heading")
        explain = QLabel(
            self.tr(
                "If you saved the columns and values of an earlier import of the same kind of "
                "sheet, load them: they are applied on the next pages, where you can still "
                "change them."
            ),
            self,
        )
        explain.setWordWrap(True)
        explain.setProperty("role", "subtitle")
        self.load_button = QPushButton(self.tr("&Load a saved correspondence…"), self)
        self.load_button.clicked.connect(lambda: self.load_mapping())
        self.mapping_status = message_label(self, "importMappingStatus")
        self.mapping_status.hide()

        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.choose_button)
        load_row = QHBoxLayout()
        load_row.addWidget(self.load_button)
        load_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.file_status)
        layout.addSpacing(24)
        layout.addWidget(heading)
        layout.addWidget(explain)
        layout.addLayout(load_row)
        layout.addWidget(self.mapping_status)
        layout.addStretch(1)

    @property
    def _wizard(self) -> ImportWizard:
        # Not kept in an attribute: a page and its wizard holding each other crashed Qt when
        # Python's collector freed them.
        return self.wizard()  # type: ignore[return-value]

    def browse(self) -> None:
        path = ask_open(
            self, self.tr("Spreadsheet to import"), self.tr("Spreadsheets (*.csv *.xlsx *.txt)")
        )
        if path is not None:
            self.choose(path)

    def choose(self, path: Path) -> bool:
        """Open ``path``; what is wrong with it is said here, and Next waits for a good file."""
        self.path_edit.setText(str(path))
        try:
            self._wizard.source = open_table(Path(path))
        except UserError as error:
            self._wizard.source = None
            say(self.file_status, str(error), ERROR)
        else:
            headers = [h for h in self._wizard.source.headers if h.strip()]
            text = self.tr("%n column(s): %1", "", len(headers)).replace("%1", ", ".join(headers))
            say(self.file_status, text, SUCCESS)
        self.completeChanged.emit()
        return self._wizard.source is not None

    def load_mapping(self, path: Path | None = None) -> bool:
        if path is None:
            path = ask_open(self, self.tr("Saved correspondence"), "JSON (*.json)")
            if path is None:
                return False
        try:
            loaded = self._wizard.use_mapping(path)
        except UserError as error:
            say(self.mapping_status, str(error), ERROR)
            return False
        columns = self.tr("%n column(s)", "", len(loaded.columns))
        values = sum(len(texts) for texts in loaded.values.as_json().values())
        text = (
            self.tr("Loaded «%1»: %2 and %3; they are applied on the next pages.")
            .replace("%1", Path(path).name)
            .replace("%2", columns)
            .replace("%3", self.tr("%n chosen value(s)", "", values))
        )
        say(self.mapping_status, text, SUCCESS)
        return True

    def isComplete(self) -> bool:  # noqa: N802 (Qt's name)
        return self._wizard.source is not None
