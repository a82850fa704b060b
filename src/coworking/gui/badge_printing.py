"""Printing a badge PDF through the system print dialog, at true size.

Each page is rendered by QtPdf at (up to) the printer's resolution and painted on the paper
corner to corner: no fit-to-page shrink, so badges come out at their real millimetres, cut marks
line up and barcodes keep the module width they were drawn with. Pages are rendered in bands
to keep memory small, and each band is made opaque on white first, because
``QPdfDocument.render()`` returns a transparent image.

The painting runs on a worker thread (QPainter may paint on a QPrinter off the GUI thread),
behind the program's progress dialog with cancel.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QMarginsF, QPoint, QRect, QSize, QSizeF, Qt
from PySide6.QtGui import QImage, QPagedPaintDevice, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from coworking.core.errors import UserError
from coworking.gui import tasks

MAX_RENDER_DPI = 600
"""Pages are rendered at the printer's resolution divided by a whole number, at most this:
enough for 0.25 mm bars, and a whole-number scale keeps every bar the same width."""
BAND_PIXELS = 1024
"""Height of the strips a page is rendered in (an A4 page at 600 dpi is 139 MB in one piece)."""

PageProgress = Callable[[int, int], bool | None]  # (pages done, pages) -> False to stop


def render_dpi(device_dpi: int) -> int:
    """The resolution to render at for a device of ``device_dpi``."""
    device_dpi = max(int(device_dpi), 1)
    return max(1, device_dpi // math.ceil(device_dpi / MAX_RENDER_DPI))


def page_layout(size_points: QSizeF) -> QPageLayout:
    """A layout of exactly this paper size, without margins; wide pages as landscape paper."""
    width, height = size_points.width(), size_points.height()
    landscape = width > height
    portrait = QSizeF(min(width, height), max(width, height))
    page_size = QPageSize(portrait, QPageSize.Unit.Point)
    orientation = (
        QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    )
    return QPageLayout(page_size, orientation, QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Point)


def load_document(path: Path) -> QPdfDocument:
    document = QPdfDocument()
    error = document.load(str(path))
    if error != QPdfDocument.Error.None_:
        raise UserError(f"No se pudo abrir el PDF de credenciales ({path.name}).")
    return document


def paint_pages(
    document: QPdfDocument,
    target: QPagedPaintDevice,
    *,
    pages: Sequence[int] | None = None,
    progress: PageProgress | None = None,
) -> int:
    """Paint ``pages`` (default: all; 0-based) of ``document`` on ``target`` at true size,
    one page of the target per page of the document; the number of pages painted.

    ``target`` is a QPrinter (set to full-page mode here) or any other paged device such as a
    QPdfWriter. Returns early, with the pages painted so far, when ``progress`` returns False.
    """
    wanted = list(range(document.pageCount())) if pages is None else list(pages)
    if not wanted:
        return 0
    if isinstance(target, QPrinter):
        target.setFullPage(True)  # origin at the paper's corner, not the printable area
    target.setPageLayout(page_layout(document.pagePointSize(wanted[0])))
    painter = QPainter()
    if not painter.begin(target):
        raise UserError("No se pudo empezar a imprimir: revise la impresora.")
    painted = 0
    try:
        for number, index in enumerate(wanted):
            if number > 0:
                target.setPageLayout(page_layout(document.pagePointSize(index)))
                target.newPage()
            _paint_page(document, index, painter, target.logicalDpiX(), target.logicalDpiY())
            painted += 1
            if progress is not None and progress(painted, len(wanted)) is False:
                break
    finally:
        painter.end()
    return painted


def _paint_page(
    document: QPdfDocument, index: int, painter: QPainter, device_dpi_x: int, device_dpi_y: int
) -> None:
    size = document.pagePointSize(index)
    dpi = render_dpi(min(device_dpi_x, device_dpi_y))
    pixels = QSize(round(size.width() * dpi / 72), round(size.height() * dpi / 72))
    scale_x, scale_y = device_dpi_x / dpi, device_dpi_y / dpi
    options = QPdfDocumentRenderOptions()
    options.setScaledSize(pixels)
    for top in range(0, pixels.height(), BAND_PIXELS):
        band = QRect(0, top, pixels.width(), min(BAND_PIXELS, pixels.height() - top))
        options.setScaledClipRect(band)
        image = document.render(index, band.size(), options)
        on_white = QImage(image.size(), QImage.Format.Format_RGB32)
        on_white.fill(Qt.GlobalColor.white)
        composer = QPainter(on_white)
        composer.drawImage(QPoint(0, 0), image)
        composer.end()
        painter.save()
        painter.scale(scale_x, scale_y)
        painter.drawImage(QPoint(0, top), on_white)
        painter.restore()


def print_pdf(path: Path, parent: QWidget | None) -> bool:
    """Ask for a printer with the system print dialog and print the PDF at ``path`` at true
    size. True once every chosen page went to the printer; False if the person cancelled the
    dialog or the printing, or it failed (the error is shown)."""
    return print_pdf_pages(path, parent) is not None


def print_pdf_pages(path: Path, parent: QWidget | None) -> list[int] | None:
    """``print_pdf``, saying which pages (0-based) were printed: the person may choose a
    range in the dialog, e.g. to print again the sheet that jammed. None if nothing was."""
    document = load_document(Path(path))
    count = document.pageCount()
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(Path(path).stem)
    printer.setPageLayout(page_layout(document.pagePointSize(0)))
    printer.setFromTo(1, count)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("BadgePrinting", "Print badges"))
    dialog.setMinMax(1, count)
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintToFile, True)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    pages = _chosen_pages(printer, count)
    document.close()  # the worker opens its own copy, in its own thread
    if not pages or not _print_in_background(Path(path), printer, pages, parent):
        return None
    return pages


def _chosen_pages(printer: QPrinter, count: int) -> list[int]:
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        first = max(printer.fromPage(), 1)
        last = min(printer.toPage() or count, count)
        return list(range(first - 1, last))
    return list(range(count))


def _print_in_background(
    path: Path, printer: QPrinter, pages: list[int], parent: QWidget | None
) -> bool:
    """Paint on a worker thread behind the progress dialog; wait here for the end (the event
    loop keeps running, so the window stays responsive)."""
    message = QCoreApplication.translate("BadgePrinting", "Sending page %1 of %2 to the printer…")

    def work(context: tasks.TaskContext) -> int:  # worker thread: no widgets
        document = load_document(path)

        def step(done: int, total: int) -> bool:
            context.report(done, total, message.replace("%1", str(done)).replace("%2", str(total)))
            return not context.cancelled

        painted = paint_pages(document, printer, pages=pages, progress=step)
        document.close()
        if painted < len(pages):
            printer.abort()
            raise tasks.Cancelled
        return painted

    loop = QEventLoop()
    outcome: list[str] = []
    handle = tasks.run_with_progress(
        parent,
        QCoreApplication.translate("BadgePrinting", "Printing badges"),
        work,
        on_done=lambda _pages: outcome.append("done"),
        on_cancel=lambda: outcome.append("cancelled"),
    )
    handle.finished.connect(loop.quit)
    if handle.is_running:
        loop.exec()
    return outcome == ["done"]
