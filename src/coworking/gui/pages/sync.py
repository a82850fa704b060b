"""Sincronización: numbered batches of CSV files for the municipality.

What is pending is counted off the GUI thread; a batch is written off the GUI thread behind a
progress dialog, into the folder last used on this computer (a USB stick or a shared folder).
Past batches are listed with who made them and where, and any of them can be written again, byte
for byte. Coordinators and administrators export; only administrators may write the full export
with identities, after a warning (it is audited).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QSettings, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coworking.core import accounts, exports
from coworking.core.localtime import local_zone
from coworking.db.database import Database
from coworking.db.enums import Role
from coworking.db.models import StaffUser
from coworking.gui import tasks
from coworking.gui.pages.common import card, page_header, page_layout

FOLDER_KEY = "sync/folder"
translate = QCoreApplication.translate  # lupdate finds translate("Context", "text") calls


def kind_name(kind: str) -> str:
    return {
        "incremental": translate("SyncPage", "Changes"),
        "completo": translate("SyncPage", "Full"),
        "identificado": translate("SyncPage", "With identities"),
    }.get(kind, kind)


class SyncPage(QWidget):
    def __init__(
        self,
        database: Database,
        user: StaffUser,
        parent: QWidget | None = None,
        *,
        choose_folder: Callable[[str], str] | None = None,
    ) -> None:
        super().__init__(parent)
        self._database = database
        self._user = user
        self._choose_folder = choose_folder or self._ask_folder
        self.handle: tasks.TaskHandle | None = None
        self.loading: tasks.TaskHandle | None = None
        self.batches: list[exports.BatchInfo] = []
        self.pending: exports.Pending | None = None
        layout = page_layout(self)
        layout.addWidget(
            page_header(
                self.tr("Synchronization"),
                self.tr(
                    "Batches of CSV files for the municipality: only what changed since the last "
                    "batch, with people identified by a pseudonym, never by name or document."
                ),
                self,
            )
        )
        self.allowed = accounts.can(user, accounts.REPORTS)
        if not self.allowed:
            notice = QLabel(self.tr("Only coordinators and administrators can export data."), self)
            notice.setObjectName("syncNotAllowed")
            notice.setWordWrap(True)
            layout.addWidget(notice)
            layout.addStretch(1)
            return
        layout.addWidget(self._actions_card())
        layout.addWidget(self._history_card(), 1)
        QShortcut(QKeySequence("Ctrl+E"), self, lambda: self.export())
        QShortcut(QKeySequence.StandardKey.Refresh, self, self.reload)
        self.reload()

    # -- construction -------------------------------------------------------------------

    def _actions_card(self) -> QWidget:
        box = card(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(10)
        self.pending_label = QLabel(self.tr("Counting what is pending…"), box)
        self.pending_label.setObjectName("syncPending")
        self.pending_label.setProperty("role", "heading")
        self.pending_detail = QLabel(box)
        self.pending_detail.setObjectName("syncPendingDetail")
        self.pending_detail.setProperty("role", "subtitle")
        self.pending_detail.setWordWrap(True)
        self.export_button = QPushButton(self.tr("&Export changes…"), box)
        self.export_button.setObjectName("exportChanges")
        self.export_button.setProperty("primary", True)
        self.export_button.setToolTip(
            self.tr("Write a new batch with what changed since the last one (Ctrl+E)")
        )
        self.full_button = QPushButton(self.tr("&Full export…"), box)
        self.full_button.setObjectName("exportFull")
        self.full_button.setToolTip(
            self.tr("Write every row again, for a municipality starting from scratch")
        )
        self.identified_button = QPushButton(self.tr("Export with &identities…"), box)
        self.identified_button.setObjectName("exportIdentified")
        self.identified_button.setVisible(self._user.role == Role.ADMIN)
        self.delimiter_combo = QComboBox(box)
        self.delimiter_combo.setObjectName("syncDelimiter")
        self.delimiter_combo.addItem(self.tr("Comma (,)"), ",")
        self.delimiter_combo.addItem(self.tr("Semicolon (;) for spreadsheets in Spanish"), ";")
        self.delimiter_combo.setAccessibleName(self.tr("Separator"))
        self.delimiter_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.status = QLabel(box)
        self.status.setObjectName("syncStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        buttons = QHBoxLayout()
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.full_button)
        buttons.addWidget(self.identified_button)
        buttons.addStretch(1)
        buttons.addWidget(QLabel(self.tr("Separator:"), box))
        buttons.addWidget(self.delimiter_combo, 0)
        layout.addWidget(self.pending_label)
        layout.addWidget(self.pending_detail)
        layout.addLayout(buttons)
        layout.addWidget(self.status)

        self.export_button.clicked.connect(lambda: self.export())
        self.full_button.clicked.connect(lambda: self.export(full=True))
        self.identified_button.clicked.connect(lambda: self.export(identified=True))
        self.delimiter_combo.activated.connect(self._delimiter_chosen)
        return box

    def _history_card(self) -> QWidget:
        box = card(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(20, 16, 20, 16)
        heading = QLabel(self.tr("Batches written"), box)
        heading.setProperty("role", "heading")
        headings = [
            self.tr("Batch"),
            self.tr("Kind"),
            self.tr("Made on"),
            self.tr("Rows"),
            self.tr("Made by"),
            self.tr("Computer"),
            self.tr("Folder"),
        ]
        self.table = QTableWidget(0, len(headings), box)
        self.table.setObjectName("syncHistory")
        self.table.setHorizontalHeaderLabels(headings)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(len(headings) - 1, QHeaderView.ResizeMode.Stretch)
        self.recreate_button = QPushButton(self.tr("&Write this batch again…"), box)
        self.recreate_button.setObjectName("recreateBatch")
        self.recreate_button.setToolTip(
            self.tr("Write the chosen batch again, identical, for example on a new USB stick")
        )
        self.recreate_button.setEnabled(False)
        top = QHBoxLayout()
        top.addWidget(heading, 1)
        top.addWidget(self.recreate_button)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        self.table.itemSelectionChanged.connect(
            lambda: self.recreate_button.setEnabled(self.selected_batch() is not None)
        )
        self.table.doubleClicked.connect(lambda _index: self.recreate())
        self.recreate_button.clicked.connect(lambda: self.recreate())
        return box

    # -- loading ------------------------------------------------------------------------

    def reload(self) -> None:
        """Count what is pending and list the batches, off the GUI thread."""
        if self.loading is not None and self.loading.is_running:
            return
        database = self._database

        def work(_context: tasks.TaskContext):
            with database.sessions() as session, session.begin():
                return (
                    exports.delimiter(session),
                    exports.history(session),
                    exports.pending(session),
                )

        self.loading = tasks.start_task(work, on_done=self._loaded)

    def _loaded(self, result) -> None:
        delimiter, self.batches, self.pending = result
        self.delimiter_combo.setCurrentIndex(max(0, self.delimiter_combo.findData(delimiter)))
        locale = QLocale()
        total = self.pending.total
        if total == 0:
            self.pending_label.setText(self.tr("Nothing pending: the last batch holds everything."))
            self.pending_detail.setText("")
            self.pending_detail.hide()
        else:
            self.pending_label.setText(self.tr("%Ln row(s) pending", "", total))
            parts = [
                f"{name} {locale.toString(count)}"
                for name, count in sorted(self.pending.changed.items())
                if count
            ]
            deleted = sum(self.pending.deleted.values())
            if deleted:
                parts.append(self.tr("deletions %1").replace("%1", locale.toString(deleted)))
            self.pending_detail.setText(" · ".join(parts))
            self.pending_detail.show()
        self._fill_history()
        self._update_buttons()

    def _fill_history(self) -> None:
        locale = QLocale()
        self.table.setRowCount(len(self.batches))
        for row, batch in enumerate(self.batches):
            cells = [
                str(batch.number),
                kind_name(batch.kind),
                made_when(batch.created_at),
                locale.toString(batch.rows),
                batch.made_by,
                batch.station,
                batch.folder,
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if column in (0, 3):
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, column, item)

    def selected_batch(self) -> exports.BatchInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.batches[rows[0].row()] if rows else None

    def busy(self) -> bool:
        return self.handle is not None and self.handle.is_running

    def _update_buttons(self) -> None:
        for button in (self.export_button, self.full_button, self.identified_button):
            button.setEnabled(not self.busy())
        self.recreate_button.setEnabled(not self.busy() and self.selected_batch() is not None)

    # -- folders ------------------------------------------------------------------------

    def _ask_folder(self, title: str) -> str:
        start = str(QSettings().value(FOLDER_KEY, "") or "")
        return QFileDialog.getExistingDirectory(self, title, start)

    def _folder(self, title: str) -> Path | None:
        chosen = self._choose_folder(title)
        if not chosen:
            return None
        QSettings().setValue(FOLDER_KEY, chosen)
        return Path(chosen)

    # -- actions ------------------------------------------------------------------------

    def _delimiter_chosen(self, _index: int) -> None:
        value = str(self.delimiter_combo.currentData())
        with self._database.unit_of_work(self._user) as session:
            exports.set_delimiter(session, self._user, value)

    def _confirm_full(self) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Full export"),
            self.tr(
                "A full export writes every row again, not only the changes. Send it only when "
                "the municipality asks to start again from scratch. Continue?"
            ),
        )
        return answer == QMessageBox.StandardButton.Yes

    def _confirm_identified(self) -> bool:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Export with identities"),
            self.tr(
                "This export holds names, document numbers, phones, e-mails and birth dates of "
                "everybody, including people who did not consent to statistics. It is sensitive "
                "personal data (LOPDP): keep it encrypted, never send it by e-mail or chat, and "
                "delete it when it is no longer needed. The export is recorded in the audit."
            ),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        go = box.addButton(self.tr("Export with identities"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is go

    def export(self, *, full: bool = False, identified: bool = False) -> tasks.TaskHandle | None:
        """Write a batch where the person chooses; None if nothing was started."""
        if self.busy():
            return None
        if identified and not self._confirm_identified():
            return None
        if full and not identified and not self._confirm_full():
            return None
        out = self._folder(self.tr("Where should the batch be written?"))
        if out is None:
            return None
        database, user = self._database, self._user
        delimiter = str(self.delimiter_combo.currentData())
        title = self.tr("Writing the batch")

        def work(context: tasks.TaskContext) -> exports.BatchInfo:
            def progress(done: int, total: int, text: str) -> None:
                context.raise_if_cancelled()  # the engine stops cleanly, writing nothing
                context.report(done, total, text)

            return exports.export_batch(
                database,
                user,
                out,
                full=full,
                identified=identified,
                delimiter=delimiter,
                progress=progress,
            )

        self.handle = tasks.run_with_progress(self, title, work, on_done=self._exported)
        self.handle.finished.connect(self._update_buttons)
        self._update_buttons()
        return self.handle

    def _exported(self, batch: exports.BatchInfo) -> None:
        self.status.setText(
            self.tr("Batch %1 written in %2: %Ln row(s).", "", batch.rows)
            .replace("%1", str(batch.number))
            .replace("%2", batch.folder)
        )
        self.reload()

    def recreate(self) -> tasks.TaskHandle | None:
        batch = self.selected_batch()
        if batch is None or self.busy():
            return None
        out = self._folder(self.tr("Where should the batch be written again?"))
        if out is None:
            return None
        database, user = self._database, self._user
        identified = batch.kind == "identificado"

        def work(_context: tasks.TaskContext) -> Path:
            with database.unit_of_work(user) as session:  # audited as this person
                return exports.recreate(session, batch.number, out, identified=identified)

        def done(folder: Path) -> None:
            self.status.setText(
                self.tr("Batch %1 written again in %2, identical to the first time.")
                .replace("%1", str(batch.number))
                .replace("%2", str(folder))
            )

        self.handle = tasks.run_with_progress(
            self, self.tr("Writing the batch again"), work, on_done=done
        )
        self.handle.finished.connect(self._update_buttons)
        self._update_buttons()
        return self.handle


def made_when(moment: datetime) -> str:
    return moment.astimezone(local_zone()).strftime("%d/%m/%Y %H:%M")
