"""The free desks offered at the front desk to a member who came in without a booking.

The best desk (free the longest) comes first and is preselected; the station's Enter or Alt+E
gives it through :func:`coworking.core.visits.take_desk`. A refusal (a booking rule, a desk just
taken by another station) is said in the panel, which stays open with the desks free at that
moment. The panel never takes the keyboard: the station's scan field keeps it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import SQLAlchemyError

from coworking.core import visits
from coworking.core.availability import FreeNow
from coworking.core.errors import UserError
from coworking.db.database import Database
from coworking.db.models import StaffUser
from coworking.gui.desk_station_parts import hm

log = logging.getLogger(__name__)

OFFER_ROWS = 5  # the check-in offers up to five desks
OFFER_ROW_HEIGHT = 32


class OfferPanel(QFrame):
    """Offer desks for one visit with :meth:`offer`; ``assigned(visit_id, desk name, until)``
    once one is given, ``skip`` when the operator declines (the visit stays without a desk)."""

    assigned = Signal(int, str, object)  # the visit, the desk's name, until when
    skip = Signal()

    def __init__(
        self,
        database: Database,
        user: StaffUser,
        site_id: int,
        clock: Callable[[], datetime],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._database, self._user, self._site_id, self._clock = database, user, site_id, clock
        self.setObjectName("offerPanel")
        self.setProperty("card", True)
        self.visit_id: int | None = None
        self.person_name = ""
        self.offers: list[FreeNow] = []
        self.shown_at: datetime | None = None
        self.heading = QLabel(self.tr("Free desks now"), self)
        self.heading.setObjectName("offerHeading")
        self.heading.setWordWrap(True)  # the buttons keep their text when the desk is narrow
        self.hint = QLabel(
            self.tr("Enter or Alt+E: assign the selected desk · ↑ ↓: choose · Esc: no desk"), self
        )
        self.hint.setProperty("role", "subtitle")
        self.hint.setWordWrap(True)
        self.hint.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.list = QListWidget(self)
        self.list.setObjectName("deskOffers")
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.list.setToolTip(self.tr("Double-click or Enter assigns the selected desk"))
        self.list.itemDoubleClicked.connect(lambda _item: self.assign_selected())
        self.list.setMinimumHeight(2 * OFFER_ROW_HEIGHT + 4)
        self.list.setMaximumHeight(OFFER_ROWS * OFFER_ROW_HEIGHT + 4)
        self.error = QLabel(self)
        self.error.setObjectName("offerError")
        self.error.setWordWrap(True)
        self.error.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.error.hide()
        self.assign_button = QPushButton(self.tr("Assign d&esk"), self)
        self.assign_button.setObjectName("assignButton")
        self.assign_button.setToolTip(self.tr("Give the selected desk now (Alt+E or Enter)"))
        self.skip_button = QPushButton(self.tr("No desk (Esc)"), self)
        self.skip_button.setObjectName("skipButton")
        self.skip_button.setToolTip(self.tr("The person stays without a desk (Esc)"))
        for button in (self.assign_button, self.skip_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a scanner's Enter cannot press it
        self.assign_button.clicked.connect(self.assign_selected)
        self.skip_button.clicked.connect(self.skip)
        top = QHBoxLayout()
        top.setSpacing(8)
        top.addWidget(self.heading, 1)
        top.addWidget(self.assign_button)
        top.addWidget(self.skip_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 10, 16, 10)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addWidget(self.hint)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.error)
        layout.addStretch(0)  # below the list's five rows

    @property
    def pending(self) -> bool:
        return self.visit_id is not None

    def offer(self, visit_id: int, person_name: str, offers: list[FreeNow]) -> None:
        self.visit_id, self.person_name, self.shown_at = visit_id, person_name, self._clock()
        self.show_offers(offers)
        self.show_error("")

    def show_offers(self, offers: list[FreeNow]) -> None:
        self.offers = list(offers[:OFFER_ROWS])
        self.list.clear()
        for offer in self.offers:
            text = self.tr("%1 — free until %2").replace("%1", offer.name)
            item = QListWidgetItem(text.replace("%2", hm(offer.until)), self.list)
            item.setData(Qt.ItemDataRole.UserRole, offer.resource_id)
            item.setSizeHint(QSize(0, OFFER_ROW_HEIGHT))
        if self.offers:
            self.list.setCurrentRow(0)
        self.assign_button.setEnabled(bool(self.offers))

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))
        self.hint.setVisible(not text)  # room for a refusal of two lines

    def withdraw(self) -> None:
        self.visit_id, self.shown_at = None, None
        self.offers = []
        self.list.clear()
        self.show_error("")

    def move_selection(self, step: int) -> None:
        if self.list.count():
            row = max(0, min(self.list.count() - 1, self.list.currentRow() + step))
            self.list.setCurrentRow(row)

    def assign_selected(self) -> bool:
        item = self.list.currentItem()
        if not self.pending or item is None:
            return False
        return self.take(int(item.data(Qt.ItemDataRole.UserRole)))

    def take(self, resource_id: int) -> bool:
        """Give the visit's person ``resource_id`` now; a refusal is shown here."""
        visit_id = self.visit_id
        if visit_id is None:
            return False
        now = self._clock()
        try:
            with self._database.unit_of_work(self._user) as session:
                booking = visits.take_desk(session, self._user, visit_id, resource_id, now=now)
                until = booking.ends_at
        except UserError as error:
            self.show_error(str(error))
            self._refresh(visit_id, now)
            return False
        except SQLAlchemyError:
            log.exception("desk assignment failed")
            self.show_error(
                self.tr("The desk could not be assigned: check the network or the database.")
            )
            return False
        desk = next((o.name for o in self.offers if o.resource_id == resource_id), "")
        self.withdraw()
        self.assigned.emit(visit_id, desk, until)
        return True

    def _refresh(self, visit_id: int, now: datetime) -> None:
        try:
            with self._database.sessions() as session:
                offers = visits.offers_for_visit(session, visit_id, now)
        except SQLAlchemyError:
            log.exception("free desks refresh failed")
            return
        self.show_offers(offers)
