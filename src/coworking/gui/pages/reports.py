"""Informes: attendance summaries of a co-working site over a period, or of a job fair.

The report is computed and written to a temporary PDF off the GUI thread, then shown in the
preview, from which it is printed or saved; the same tables can be saved as an Excel workbook.
Only coordinators and administrators make reports (the people counted are sensitive data, even
aggregated); front desk sees why the page is empty.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from coworking.core import accounts, fair_queries, reports, sites
from coworking.core.errors import UserError
from coworking.core.localtime import local_zone
from coworking.core.report_model import Report
from coworking.core.setup import current_site
from coworking.db.base import utcnow
from coworking.db.database import Database
from coworking.db.models import StaffUser
from coworking.gui import i18n, tasks
from coworking.gui.badge_preview import BadgePreview
from coworking.gui.pages.common import card, page_header, page_layout, saved_station_name
from coworking.gui.report_form import Choices, ReportForm


@dataclass(frozen=True)
class Made:
    report: Report
    path: Path
    pages: int


def load_choices(database: Database) -> Choices:
    """The sites and events to choose from (worker thread)."""
    with database.sessions() as session:
        here = current_site(session)
        return Choices(
            sites=[(site.id, site.name) for site in sites.sites(session)],
            current_site_id=here.id if here is not None else None,
            events=[
                (e.id, e.name, e.starts_on, e.ends_on) for e in fair_queries.event_rows(session)
            ],
        )


class ReportsPage(QWidget):
    def __init__(
        self,
        database: Database,
        user: StaffUser,
        parent: QWidget | None = None,
        *,
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        super().__init__(parent)
        self._database = database
        self._user = user
        self._clock = clock
        self._folder = tempfile.TemporaryDirectory(prefix="coworking-informes-")
        self._serial = 0
        self._made: Made | None = None
        self.handle: tasks.TaskHandle | None = None
        layout = page_layout(self)
        layout.addWidget(
            page_header(
                self.tr("Reports"),
                self.tr(
                    "Attendance summaries for the municipality and the programme: who came, "
                    "how often, and who they were. Counts of different people, never names."
                ),
                self,
            )
        )
        self.allowed = accounts.can(user, accounts.REPORTS)
        if not self.allowed:
            notice = QLabel(
                self.tr("Only coordinators and administrators can make attendance reports."),
                self,
            )
            notice.setObjectName("reportsNotAllowed")
            notice.setWordWrap(True)
            layout.addWidget(notice)
            layout.addStretch(1)
            return
        today = clock().astimezone(local_zone()).date()
        self.form = ReportForm(today, i18n.current_language(), self)
        self.generate_button = QPushButton(self.tr("&Generate report"), self)
        self.generate_button.setObjectName("generateReport")
        self.generate_button.setProperty("primary", True)
        self.generate_button.setToolTip(self.tr("Compute the report and show it (Ctrl+G)"))
        self.excel_button = QPushButton(self.tr("Save as E&xcel…"), self)
        self.excel_button.setObjectName("saveReportExcel")
        self.excel_button.setToolTip(self.tr("Save the same tables as an Excel workbook (Ctrl+E)"))
        self.status = QLabel(self)
        self.status.setObjectName("reportStatus")
        self.status.setProperty("role", "subtitle")
        self.status.setWordWrap(True)
        self.preview = BadgePreview(self)
        self.preview.set_texts(
            empty=self.tr(
                "Choose a space and a period, or a job fair, and press Generate (Ctrl+G): the "
                "report appears here, ready to print or save."
            ),
            save_title=self.tr("Save report as PDF"),
            print_title=self.tr("Print report"),
        )

        side = card(self)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(20, 16, 20, 16)
        side_layout.addWidget(self.form)
        buttons = QHBoxLayout()
        buttons.addWidget(self.generate_button)
        buttons.addWidget(self.excel_button)
        side_layout.addLayout(buttons)
        side_layout.addWidget(self.status)
        side_layout.addStretch(1)
        splitter = QSplitter(self)
        splitter.addWidget(side)
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([360, 800])
        splitter.setChildrenCollapsible(False)
        layout.addWidget(splitter, 1)

        self.generate_button.clicked.connect(self.generate)
        self.excel_button.clicked.connect(lambda: self.save_excel())
        self.form.changed.connect(self._choices_changed)
        QShortcut(QKeySequence("Ctrl+G"), self, self.generate)
        QShortcut(QKeySequence("Ctrl+E"), self, lambda: self.save_excel())
        self._update_buttons()
        self.choices_task = tasks.start_task(
            lambda _ctx: load_choices(database), on_done=self.form.set_choices
        )

    # -- state --------------------------------------------------------------------------

    @property
    def report(self) -> Report | None:
        return self._made.report if self._made is not None else None

    def busy(self) -> bool:
        return self.handle is not None and self.handle.is_running

    def _update_buttons(self) -> None:
        self.generate_button.setEnabled(not self.busy())
        self.excel_button.setEnabled(self._made is not None and not self.busy())

    def _choices_changed(self) -> None:
        if self._made is not None:
            self.status.setText(
                self.tr("The choices changed: press Generate to bring the report up to date.")
            )

    # -- making -------------------------------------------------------------------------

    def generate(self) -> tasks.TaskHandle | None:
        if self.busy():
            return None
        request = replace(self.form.request(), station=saved_station_name())
        try:
            reports.check_request(request)
        except UserError as error:
            QMessageBox.warning(self, self.tr("Reports"), str(error))
            return None
        self._serial += 1
        path = Path(self._folder.name) / f"{self.form.describe()}-{self._serial}.pdf"
        database, user, now = self._database, self._user, self._clock()
        title = self.tr("Computing the report")
        writing = self.tr("Drawing part %1 of %2")

        def work(context: tasks.TaskContext) -> Made:  # worker thread: no widgets
            context.report(0, 0, title)

            def progress(done: int, total: int) -> None:
                context.report(
                    done, total, writing.replace("%1", str(done)).replace("%2", str(total))
                )

            # The audit entry is committed only once the PDF is written, as on the command line.
            with database.unit_of_work(user) as session:
                report = reports.attendance_report(session, user, request, now=now)
                context.raise_if_cancelled()
                pages = reports.write_report(report, path, progress=progress)
            return Made(report, path, pages)

        self.handle = tasks.run_with_progress(self, title, work, on_done=self._made_report)
        self.handle.finished.connect(self._update_buttons)
        self._update_buttons()
        return self.handle

    def _made_report(self, made: Made) -> None:
        self._made = made
        self.preview.show_pdf(
            made.path,
            f"{made.report.subject} · {made.report.period}",
            f"{self.form.describe()}.pdf",
        )
        self.status.setText(
            self.tr("Report generated at %1.").replace(
                "%1", made.report.generated_at.strftime("%H:%M")
            )
        )
        self._update_buttons()

    def save_excel(self, target: Path | None = None) -> tasks.TaskHandle | None:
        """Write the shown report's tables as XLSX where the person chooses (or ``target``)."""
        if self._made is None or self.busy():
            return None
        if target is None:
            folder = QStandardPaths.writableLocation(
                QStandardPaths.StandardLocation.DocumentsLocation
            )
            suggested = str(Path(folder or ".") / f"{self.form.describe()}.xlsx")
            name, _filter = QFileDialog.getSaveFileName(
                self, self.tr("Save report as Excel"), suggested, self.tr("Excel workbook (*.xlsx)")
            )
            if not name:
                return None
            target = Path(name)
        if target.suffix.lower() != ".xlsx":
            target = target.with_name(target.name + ".xlsx")
        report = self._made.report
        saved = self.tr("Saved: %1")

        def work(_context: tasks.TaskContext) -> Path:
            reports.write_report(report, target)
            return target

        def done(path: Path) -> None:
            self.status.setText(saved.replace("%1", str(path)))

        self.handle = tasks.run_with_progress(
            self, self.tr("Saving the workbook"), work, on_done=done
        )
        self.handle.finished.connect(self._update_buttons)
        self._update_buttons()
        return self.handle
