"""A person's badges (member card and event badges), printed again from their record.

A badge printed before asks first and says when; every print is logged.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
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
from sqlalchemy import select

from coworking.core import badges, registrations
from coworking.core.badge_stock import DEFAULT_STOCK, STOCKS
from coworking.core.errors import UserError
from coworking.core.localtime import local_zone
from coworking.db.database import Database
from coworking.db.models import Event, Person, Registration, StaffUser
from coworking.gui import badge_printing

PrintPdf = Callable[[Path, QWidget | None], bool]


class PersonBadgesTab(QWidget):
    def __init__(
        self, database: Database, user: StaffUser, person_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._database, self._user, self._person_id = database, user, person_id
        self.print_pdf: PrintPdf = badge_printing.print_pdf
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("personBadges")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Badge or card"), self.tr("Role"), self.tr("Code"), self.tr("First printed")]
        )
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.stock = QComboBox(self)
        for key, item in STOCKS.items():
            self.stock.addItem(item.label, key)
        self.stock.setCurrentIndex(self.stock.findData(DEFAULT_STOCK))
        self.print_button = QPushButton(self.tr("&Print badge…"), self)
        self.print_button.clicked.connect(self.print_selected)
        self.table.doubleClicked.connect(lambda _index: self.print_selected())
        self.table.itemSelectionChanged.connect(self._name_the_button)
        row = QHBoxLayout()
        label = QLabel(self.tr("&Stock:"), self)
        label.setBuddy(self.stock)
        row.addWidget(label)
        row.addWidget(self.stock, 1)
        row.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        self._keys: list[tuple[str, int]] = []  # ("member", person id) or ("event", reg id)
        self.reload()

    def reload(self) -> None:
        with self._database.sessions() as session:
            person = session.get(Person, self._person_id)
            rows: list[tuple[tuple[str, int], str, str, str]] = []
            if person is not None and person.member_code:
                rows.append(
                    (
                        ("member", person.id),
                        self.tr("Co-working member card"),
                        self.tr("Member"),
                        person.member_code,
                    )
                )
            for reg_id, event_name, role, code in session.execute(
                select(Registration.id, Event.name, Registration.role, Registration.badge_code)
                .join(Event, Event.id == Registration.event_id)
                .where(
                    Registration.person_id == self._person_id,
                    Registration.cancelled_at.is_(None),
                )
                .order_by(Event.starts_on.desc())
            ):
                rows.append((("event", reg_id), event_name, registrations.role_name(role), code))
            firsts = [self._first(session, key) for key, *_ in rows]
        self._keys = [key for key, *_ in rows]
        self.table.setRowCount(len(rows))
        for index, ((_key, name, role, code), first) in enumerate(zip(rows, firsts, strict=True)):
            when = first.astimezone(local_zone()).strftime("%d/%m/%Y %H:%M") if first else "—"
            for column, text in enumerate((name, role, code, when)):
                item = QTableWidgetItem(text)
                if column == 3:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(index, column, item)
        if rows:
            self.table.selectRow(0)
        self.print_button.setEnabled(bool(rows))
        self._name_the_button()

    def _selected_kind(self) -> str | None:
        row = self.table.currentRow()
        return self._keys[row][0] if 0 <= row < len(self._keys) else None

    def _name_the_button(self) -> None:
        """A co-working member card is a «carné», a job fair's badge a «credencial»."""
        member = self._selected_kind() == "member"
        self.print_button.setText(self.tr("&Print card…") if member else self.tr("&Print badge…"))

    @staticmethod
    def _first(session, key: tuple[str, int]):
        kind, ident = key
        if kind == "member":
            return badges.first_print(session, person_id=ident)
        return badges.first_print(session, registration_id=ident)

    def print_selected(self) -> bool:
        row = self.table.currentRow()
        if row < 0 or row >= len(self._keys):
            return False
        kind, ident = self._keys[row]
        stock = STOCKS[self.stock.currentData()]
        try:
            with self._database.sessions() as session:
                first = self._first(session, (kind, ident))
                if kind == "member":
                    found = badges.member_badges(session, [ident])
                else:
                    registration = session.get(Registration, ident)
                    assert registration is not None
                    found = badges.event_badges(
                        session, registration.event_id, registration_ids=[ident]
                    )
            if first is not None and not self._confirm_again(first, kind == "member"):
                return False
            with tempfile.TemporaryDirectory() as folder:
                path = Path(folder) / "credencial.pdf"
                badges.write_pdf([badge for _, badge in found], path, stock)
                if not self.print_pdf(path, self):
                    return False
            with self._database.unit_of_work(self._user) as session:
                if kind == "member":
                    badges.log_prints(session, self._user, stock, person_ids=[ident])
                else:
                    badges.log_prints(session, self._user, stock, registration_ids=[ident])
        except UserError as error:
            QMessageBox.warning(self, self.tr("Badge"), str(error))
            return False
        self.reload()
        return True

    def _confirm_again(self, first, member: bool) -> bool:
        when = first.astimezone(local_zone()).strftime("%d/%m/%Y %H:%M")
        if member:
            title = self.tr("Print the card again")
            text = self.tr("This card was already printed on {when}. Print it again?")
        else:
            title = self.tr("Print the badge again")
            text = self.tr("This badge was already printed on {when}. Print it again?")
        answer = QMessageBox.question(
            self,
            title,
            text.format(when=when),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes
