"""Areas that are being built: what each one will do, so the navigation is never a dead end."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from coworking.gui import icons
from coworking.gui.pages import PageSpec
from coworking.gui.pages.common import card, page_header, page_layout


def _texts(key: str) -> tuple[str, list[str]]:
    """The page's one-line purpose and the features on their way."""

    texts = {
        "people": (
            QCoreApplication.translate(
                "PlaceholderPage",
                "Register entrepreneurs and job seekers with their consent, "
                "keeping only the data that is needed.",
            ),
            [
                QCoreApplication.translate(
                    "PlaceholderPage", "Search by name, document or member code"
                ),
                QCoreApplication.translate("PlaceholderPage", "Consent recorded for each purpose"),
                QCoreApplication.translate(
                    "PlaceholderPage", "Correction and deletion on request (LOPDP)"
                ),
            ],
        ),
        "coworking": (
            QCoreApplication.translate(
                "PlaceholderPage", "Desks and meeting rooms: bookings, check-in and check-out."
            ),
            [
                QCoreApplication.translate("PlaceholderPage", "Daily occupancy board"),
                QCoreApplication.translate(
                    "PlaceholderPage", "Bookings of desks and meeting rooms"
                ),
                QCoreApplication.translate(
                    "PlaceholderPage", "Check-in and check-out with the barcode scanner"
                ),
            ],
        ),
        "job_fairs": (
            QCoreApplication.translate(
                "PlaceholderPage",
                "Job fairs and workshops: pre-registration, check-in at the door, "
                "booth visits and hiring outcomes.",
            ),
            [
                QCoreApplication.translate("PlaceholderPage", "Import of pre-registrations"),
                QCoreApplication.translate(
                    "PlaceholderPage", "Fast check-in at the door with the scanner"
                ),
                QCoreApplication.translate("PlaceholderPage", "Interviews and hiring follow-up"),
            ],
        ),
        "badges": (
            QCoreApplication.translate(
                "PlaceholderPage",
                "Badges with a barcode for participants, employers and staff, printed on the spot.",
            ),
            [
                QCoreApplication.translate(
                    "PlaceholderPage", "All the badges of an event in one PDF"
                ),
                QCoreApplication.translate(
                    "PlaceholderPage", "A4, Letter, label and ID card formats"
                ),
                QCoreApplication.translate("PlaceholderPage", "Reprint of a single badge"),
            ],
        ),
        "reports": (
            QCoreApplication.translate(
                "PlaceholderPage",
                "Attendance summaries by sex, age, nationality and population group.",
            ),
            [
                QCoreApplication.translate("PlaceholderPage", "Attendance summary in PDF"),
                QCoreApplication.translate("PlaceholderPage", "Filters by dates, site and event"),
                QCoreApplication.translate("PlaceholderPage", "Charts ready to print"),
            ],
        ),
        "sync": (
            QCoreApplication.translate(
                "PlaceholderPage",
                "Exports for the municipality and several stations working on one database.",
            ),
            [
                QCoreApplication.translate(
                    "PlaceholderPage", "Incremental CSV exports with a manifest"
                ),
                QCoreApplication.translate(
                    "PlaceholderPage", "Pseudonymised personal data by default"
                ),
                QCoreApplication.translate(
                    "PlaceholderPage", "A shared PostgreSQL server for several stations"
                ),
            ],
        ),
    }
    return texts[key]


class PlaceholderPage(QWidget):
    """A finished-looking page for an area still in development."""

    def __init__(self, spec: PageSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        purpose, features = _texts(spec.key)
        layout = page_layout(self)
        layout.addWidget(page_header(spec.title, purpose, self))

        box = card(self)
        box.setMaximumWidth(620)
        inner = QVBoxLayout(box)
        inner.setContentsMargins(40, 32, 40, 32)
        inner.setSpacing(10)
        center = Qt.AlignmentFlag.AlignHCenter
        symbol = QLabel(box)
        symbol.setPixmap(icons.pixmap(spec.icon, 72, ratio=self.devicePixelRatioF()))
        symbol.setMinimumHeight(72)
        inner.addWidget(symbol, 0, center)
        self.badge = QLabel(self.tr("Coming soon"), box)
        self.badge.setProperty("role", "pill")
        inner.addWidget(self.badge, 0, center)
        heading = QLabel(self.tr("This area is on its way. It will bring:"), box)
        heading.setProperty("role", "heading")
        inner.addWidget(heading, 0, center)
        inner.addSpacing(4)
        listing = QWidget(box)  # left-aligned lines, centred as a block
        lines = QVBoxLayout(listing)
        lines.setContentsMargins(0, 0, 0, 0)
        lines.setSpacing(6)
        for feature in features:
            lines.addWidget(QLabel("✓  " + feature, listing))
        inner.addWidget(listing, 0, center)
        inner.addSpacing(8)
        note = QLabel(self.tr("Meanwhile, the rest of the program works as usual."), box)
        note.setProperty("role", "subtitle")
        inner.addWidget(note, 0, center)

        layout.addStretch(1)
        layout.addWidget(box, 0, center)
        layout.addStretch(2)
