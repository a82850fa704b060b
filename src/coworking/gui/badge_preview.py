"""A PDF of badges on screen (every page, zoom to width or page, + and -), with "Print…"
(true size, through the system print dialog) and "Save as PDF…".

The widget does not log anything itself: it says what happened with ``printed`` and ``saved``
so that the page that made the badges can record the batch.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QPointF, QStandardPaths, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from coworking.core.errors import UserError
from coworking.gui import badge_printing

ZOOM_STEP = 1.25
MIN_ZOOM, MAX_ZOOM = 0.1, 8.0


def set_primary(button: QPushButton, primary: bool) -> None:
    """Show ``button`` as the main action only while it can be used (the style sheet has no
    disabled look for primary buttons: a greyed-out one would still look clickable)."""
    if bool(button.property("primary")) != primary:
        button.setProperty("primary", primary)
        button.style().unpolish(button)
        button.style().polish(button)


class BadgePreview(QWidget):
    printed = Signal(list)
    """The PDF went to the printer: the pages printed (0-based), all or the range chosen."""
    saved = Signal(Path)
    """The PDF was copied to this file."""
    printing = Signal(bool)
    """True while pages are being sent to the printer (the shown PDF must stay as it is)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._outputs_allowed = self._outputs_held = False
        self._path: Path | None = None
        self._suggested_name = "credenciales.pdf"
        self._save_title = self.tr("Save badges as PDF")
        self._print_title = self.tr("Print badges")
        self.document = QPdfDocument(self)

        self.caption = QLabel(self)
        self.caption.setObjectName("previewCaption")
        self.caption.setProperty("role", "heading")
        self.caption.setWordWrap(True)
        self.pages_label = QLabel(self)
        self.pages_label.setObjectName("previewPages")
        self.pages_label.setProperty("role", "subtitle")

        self.fit_width_button = QPushButton(self.tr("Fit wi&dth"), self)
        self.fit_page_button = QPushButton(self.tr("W&hole page"), self)
        self.zoom_out_button = QPushButton("−", self)
        self.zoom_in_button = QPushButton("+", self)
        for button, tip in (
            (self.fit_width_button, self.tr("Zoom so that a page fills the width")),
            (self.fit_page_button, self.tr("Zoom so that a whole page is seen")),
            (self.zoom_out_button, self.tr("Zoom out (Ctrl+-)")),
            (self.zoom_in_button, self.tr("Zoom in (Ctrl++)")),
        ):
            button.setToolTip(tip)
        for button in (self.fit_width_button, self.fit_page_button):
            button.setCheckable(True)
        self.fit_width_button.setObjectName("fitWidth")
        self.fit_page_button.setObjectName("fitPage")
        self.zoom_out_button.setObjectName("zoomOut")
        self.zoom_in_button.setObjectName("zoomIn")
        for button in (self.zoom_out_button, self.zoom_in_button):
            button.setFixedWidth(40)
        self.print_button = QPushButton(self.tr("&Print…"), self)
        self.print_button.setObjectName("printBadges")
        self.print_button.setProperty("primary", True)
        self.print_button.setToolTip(self.tr("Print at true size (Ctrl+P)"))
        self.save_button = QPushButton(self.tr("&Save as PDF…"), self)
        self.save_button.setObjectName("saveBadges")
        self.save_button.setToolTip(self.tr("Save a copy of this PDF (Ctrl+S)"))

        self.view = QPdfView(self)
        self.view.setObjectName("pdfView")
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setPageSpacing(12)
        self.view.setDocument(self.document)
        self.empty_label = QLabel(
            self.tr(
                "Choose what to print and press Generate (Ctrl+G): the badges appear here "
                "before they are printed."
            ),
            self,
        )
        self.empty_label.setObjectName("previewEmpty")
        self.empty_label.setProperty("role", "subtitle")
        self.empty_label.setWordWrap(True)
        self.empty_label.setMargin(40)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.empty_label)
        self.stack.addWidget(self.view)

        top = QHBoxLayout()
        top.addWidget(self.caption, 1)
        top.addWidget(self.save_button)
        top.addWidget(self.print_button)
        tools = QHBoxLayout()
        for button in (
            self.fit_width_button,
            self.fit_page_button,
            self.zoom_out_button,
            self.zoom_in_button,
        ):
            tools.addWidget(button)
        tools.addStretch(1)
        tools.addWidget(self.pages_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addLayout(tools)
        layout.addWidget(self.stack, 1)

        self.fit_width_button.clicked.connect(self.fit_width)
        self.fit_page_button.clicked.connect(self.fit_page)
        self.zoom_in_button.clicked.connect(lambda: self.zoom_by(ZOOM_STEP))
        self.zoom_out_button.clicked.connect(lambda: self.zoom_by(1 / ZOOM_STEP))
        self.print_button.clicked.connect(lambda: self.print_document())
        self.save_button.clicked.connect(lambda: self.save_document())
        QShortcut(QKeySequence.StandardKey.Print, self, lambda: self.print_document())
        QShortcut(QKeySequence.StandardKey.Save, self, lambda: self.save_document())
        QShortcut(QKeySequence.StandardKey.ZoomIn, self, lambda: self.zoom_by(ZOOM_STEP))
        QShortcut(QKeySequence.StandardKey.ZoomOut, self, lambda: self.zoom_by(1 / ZOOM_STEP))
        self.view.zoomModeChanged.connect(self._show_zoom_mode)
        self.clear()

    # -- the document -------------------------------------------------------------------

    @property
    def path(self) -> Path | None:
        return self._path

    def page_count(self) -> int:
        return self.document.pageCount() if self._path is not None else 0

    def set_texts(self, *, empty: str, save_title: str, print_title: str) -> None:
        """Words for a preview of something other than badges (already translated)."""
        self.empty_label.setText(empty)
        self._save_title = save_title
        self._print_title = print_title

    def show_pdf(self, path: Path, caption: str = "", suggested_name: str = "") -> None:
        """Show the PDF at ``path`` (it must stay there while it is shown)."""
        self.document.close()
        error = self.document.load(str(path))
        if error != QPdfDocument.Error.None_:
            self.clear()
            raise UserError(f"No se pudo mostrar el PDF {Path(path).name}.")
        self._path = Path(path)
        self._suggested_name = suggested_name or self._path.name
        self.caption.setText(caption)
        pages = self.document.pageCount()
        self.pages_label.setText(self.tr("%Ln page(s)", "", pages))
        self.stack.setCurrentWidget(self.view)
        self.view.pageNavigator().jump(0, QPointF(0, 0))
        self._set_enabled(True)
        if self.view.zoomMode() == QPdfView.ZoomMode.Custom:
            self.fit_width()

    def clear(self) -> None:
        """Show nothing (before the first badges, or when the shown PDF is gone)."""
        self.document.close()
        self._path = None
        self.caption.setText(self.tr("Preview"))
        self.pages_label.clear()
        self.stack.setCurrentWidget(self.empty_label)
        self._set_enabled(False)
        self.fit_width()

    def hold_outputs(self, held: bool) -> None:
        """While ``held`` (a new PDF is being made to replace the one shown, and the shown
        one's file goes when it arrives), the shown PDF can be looked at but not printed nor
        saved: a print would read a file about to be deleted."""
        self._outputs_held = held
        self._update_outputs()

    def _set_enabled(self, enabled: bool) -> None:
        for button in (
            self.fit_width_button,
            self.fit_page_button,
            self.zoom_out_button,
            self.zoom_in_button,
        ):
            button.setEnabled(enabled)
        self._outputs_allowed = enabled
        self._update_outputs()

    def _update_outputs(self) -> None:
        outputs = self._outputs_allowed and not self._outputs_held
        self.print_button.setEnabled(outputs)
        self.save_button.setEnabled(outputs)
        set_primary(self.print_button, outputs)

    # -- zoom ---------------------------------------------------------------------------

    def fit_width(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self._show_zoom_mode()

    def fit_page(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        self._show_zoom_mode()

    def zoom_by(self, factor: float) -> None:
        if self._path is None:
            return
        current = self._current_zoom()
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(MIN_ZOOM, min(MAX_ZOOM, current * factor)))
        self._show_zoom_mode()

    def _current_zoom(self) -> float:
        """The factor the view shows now, also in the fit modes (where zoomFactor() is stale)."""
        if self.view.zoomMode() == QPdfView.ZoomMode.Custom or self.document.pageCount() == 0:
            return self.view.zoomFactor()
        page = self.document.pagePointSize(0)
        viewport = self.view.viewport().size()
        margins = self.view.documentMargins()
        # At zoom 1 QPdfView shows a point as logical DPI / 72 pixels.
        scale = self.view.logicalDpiY() / 72
        width, height = page.width() * scale, page.height() * scale
        by_width = (viewport.width() - margins.left() - margins.right()) / width
        if self.view.zoomMode() == QPdfView.ZoomMode.FitToWidth:
            return max(by_width, MIN_ZOOM)
        by_height = (viewport.height() - margins.top() - margins.bottom()) / height
        return max(min(by_width, by_height), MIN_ZOOM)

    def _show_zoom_mode(self) -> None:
        mode = self.view.zoomMode()
        self.fit_width_button.setChecked(mode == QPdfView.ZoomMode.FitToWidth)
        self.fit_page_button.setChecked(mode == QPdfView.ZoomMode.FitInView)

    # -- print and save -----------------------------------------------------------------

    def print_document(self) -> bool:
        """Print through the system dialog; True (and ``printed``) once it went out."""
        if self._path is None or not self.print_button.isEnabled():
            return False
        self._set_enabled(False)
        self.printing.emit(True)
        try:
            pages = badge_printing.print_pdf_pages(self._path, self)
        except UserError as error:
            QMessageBox.warning(self, self._print_title, str(error))
            return False
        finally:
            self._set_enabled(self._path is not None)
            self.printing.emit(False)
        if pages is None:
            return False
        self.printed.emit(pages)
        return True

    def save_document(self) -> Path | None:
        """Copy the PDF where the person chooses; the path (and ``saved``) once saved."""
        if self._path is None or not self.save_button.isEnabled():
            return None
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        suggested = str(Path(folder or ".") / self._suggested_name)
        name, _filter = QFileDialog.getSaveFileName(
            self, self._save_title, suggested, self.tr("PDF (*.pdf)")
        )
        if not name:
            return None
        target = Path(name)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        try:
            if target.resolve() != self._path.resolve():
                shutil.copyfile(self._path, target)
        except OSError as error:
            QMessageBox.warning(
                self,
                self._save_title,
                self.tr("The PDF could not be saved in %1: %2")
                .replace("%1", str(target))
                # The system's own words, for whoever helps at the desk.
                .replace("%2", error.strerror or str(error)),
            )
            return None
        self.saved.emit(target)
        return target
