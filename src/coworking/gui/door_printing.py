"""Printing a badge at the door: on check-in (an option of this station) and on request.

A badge printed before is not printed again on its own: the station says when it was, and
Ctrl+R reprints it after a confirmation. Every print is logged.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QSettings
from PySide6.QtGui import QPagedPaintDevice
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QMessageBox,
    QWidget,
)

from coworking.core import badges
from coworking.core.badge_stock import STOCKS
from coworking.core.badge_stock import stock as find_stock
from coworking.core.errors import UserError
from coworking.core.localtime import local_zone
from coworking.db.database import Database
from coworking.db.models import StaffUser
from coworking.gui.badge_printing import load_document, paint_pages

ENABLED_KEY = "station/print_on_checkin"
STOCK_KEY = "station/print_stock"
OFFSET_KEY = "badges/offset/{stock}"
DEFAULT_DOOR_STOCK = "label4x3"

PrinterFactory = Callable[[], QPagedPaintDevice]


def default_printer() -> QPagedPaintDevice:
    """This computer's default printer, without asking (the door cannot wait for a dialog)."""
    if QPrinterInfo.defaultPrinter().isNull():
        raise UserError("No hay una impresora predeterminada en este equipo.")
    return QPrinter(QPrinter.PrinterMode.HighResolution)


class DoorPrinting(QObject):
    def __init__(
        self,
        database: Database,
        user: StaffUser,
        event_id: int,
        parent: QObject | None = None,
        printer_factory: PrinterFactory = default_printer,
    ) -> None:
        super().__init__(parent)
        self._database, self._user, self._event_id = database, user, event_id
        self.printer_factory = printer_factory

    # -- this station's choice ------------------------------------------------------------

    @property
    def enabled(self) -> bool:
        return str(QSettings().value(ENABLED_KEY, "false")).lower() == "true"

    @property
    def stock_key(self) -> str:
        key = str(QSettings().value(STOCK_KEY, DEFAULT_DOOR_STOCK))
        return key if key in STOCKS else DEFAULT_DOOR_STOCK

    def configure(self, parent: QWidget) -> bool:
        dialog = QDialog(parent)
        dialog.setWindowTitle(self.tr("Badge printing at this entrance"))
        form = QFormLayout(dialog)
        enabled = QCheckBox(self.tr("&Print the badge when someone is checked in"), dialog)
        enabled.setChecked(self.enabled)
        stock = QComboBox(dialog)
        for key, item in STOCKS.items():
            stock.addItem(item.label, key)
        stock.setCurrentIndex(stock.findData(self.stock_key))
        form.addRow(enabled)
        form.addRow(self.tr("&Stock:"), stock)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog
        )
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        form.addRow(buttons)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        QSettings().setValue(ENABLED_KEY, "true" if enabled.isChecked() else "false")
        QSettings().setValue(STOCK_KEY, stock.currentData())
        return True

    # -- printing -------------------------------------------------------------------------

    def _first_print(self, registration_id: int):
        with self._database.sessions() as session:
            return badges.first_print(session, registration_id=registration_id)

    def _when(self, at) -> str:
        return at.astimezone(local_zone()).strftime("%d/%m/%Y %H:%M")

    def after_check_in(self, registration_id: int) -> str:
        """Print the badge if this station prints on check-in; a note for the answer panel."""
        if not self.enabled:
            return ""
        first = self._first_print(registration_id)
        if first is not None:
            return self.tr("Badge already printed on {when}: Ctrl+R prints it again.").format(
                when=self._when(first)
            )
        return self._print_or_note(registration_id)

    def reprint(self, registration_id: int, parent: QWidget) -> str:
        """Print again on request, after saying when the badge was first printed."""
        first = self._first_print(registration_id)
        if first is not None:
            answer = QMessageBox.question(
                parent,
                self.tr("Print the badge again"),
                self.tr("This badge was already printed on {when}. Print it again?").format(
                    when=self._when(first)
                ),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return ""
        return self._print_or_note(registration_id)

    def _print_or_note(self, registration_id: int) -> str:
        try:
            self.print_badge(registration_id)
        except UserError as error:
            return self.tr("The badge was not printed: {error}").format(error=error)
        return self.tr("Badge sent to the printer.")

    def print_badge(self, registration_id: int) -> None:
        stock = find_stock(self.stock_key)
        offset = QSettings().value(OFFSET_KEY.format(stock=stock.key), [0.0, 0.0])
        try:
            offset_mm = (float(offset[0]), float(offset[1]))  # type: ignore[index]
        except (TypeError, ValueError, IndexError):
            offset_mm = (0.0, 0.0)
        with self._database.sessions() as session:
            found = badges.event_badges(session, self._event_id, registration_ids=[registration_id])
        if not found:
            raise UserError("no se encontró la inscripción")
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "credencial.pdf"
            badges.write_pdf([found[0][1]], path, stock, offset_mm=offset_mm)
            document = load_document(path)
            paint_pages(document, self.printer_factory())
            document.close()
        with self._database.unit_of_work(self._user) as session:
            badges.log_prints(session, self._user, stock, registration_ids=[registration_id])
