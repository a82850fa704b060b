"""Administración: staff accounts and settings. Administrators only: the navigation hides it
from other roles and the page itself refuses to load for them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coworking.core import accounts, settings
from coworking.core.errors import UserError
from coworking.db.database import Database
from coworking.db.models import StaffUser
from coworking.gui import i18n, icons
from coworking.gui.pages.common import card, page_header, page_layout
from coworking.gui.pages.user_dialog import UserDialog
from coworking.gui.pages.users_model import UserRow, UsersModel


def confirm(parent: QWidget, title: str, text: str, action: str) -> bool:
    """Ask before a change; the default button is the safe one."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    yes = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
    no = box.addButton(
        QCoreApplication.translate("AdminPage", "Cancel"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(no)
    box.exec()
    return box.clickedButton() is yes


def _section(title: str, parent: QWidget) -> tuple[QWidget, QVBoxLayout]:
    box = card(parent)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(20, 16, 20, 16)
    layout.setSpacing(10)
    heading = QLabel(title, box)
    heading.setProperty("role", "heading")
    layout.addWidget(heading)
    return box, layout


class AdminPage(QWidget):
    idle_minutes_changed = Signal(int)

    def __init__(self, database: Database, user: StaffUser, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._database = database
        self._user = user
        self.allowed = accounts.can(user, accounts.ADMINISTRATION)
        layout = page_layout(self)
        layout.addWidget(
            page_header(
                self.tr("Administration"),
                self.tr("Staff accounts and settings. Only administrators see this area."),
                self,
            )
        )
        if not self.allowed:
            layout.addWidget(self._refusal())
            layout.addStretch(1)
            return
        accounts_box, accounts_layout = _section(self.tr("Staff accounts"), self)
        self._build_accounts(accounts_layout)
        settings_box, settings_layout = _section(self.tr("Settings"), self)
        self._build_settings(settings_layout)
        layout.addWidget(accounts_box, 1)
        layout.addWidget(settings_box)
        self.refresh()

    def _refusal(self) -> QWidget:
        box = card(self)
        row = QHBoxLayout(box)
        row.setContentsMargins(24, 20, 24, 20)
        row.setSpacing(18)
        symbol = QLabel(box)
        symbol.setPixmap(icons.pixmap("shield", 48, ratio=self.devicePixelRatioF()))
        self.refusal = QLabel(
            self.tr("Only administrators can open this area. Ask an administrator for help."),
            box,
        )
        self.refusal.setWordWrap(True)
        row.addWidget(symbol)
        row.addWidget(self.refusal, 1)
        return box

    def _build_accounts(self, layout: QVBoxLayout) -> None:
        self.model = UsersModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        self.table.setMinimumHeight(150)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.table.verticalHeader().setDefaultSectionSize(32)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.new_button = QPushButton(icons.icon("user"), self.tr("&New account…"), self)
        self.new_button.clicked.connect(self.create_user)
        self.toggle_button = QPushButton(self.tr("&Deactivate"), self)
        self.toggle_button.clicked.connect(self.toggle_active)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.toggle_button)
        buttons.addStretch()
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def _build_settings(self, layout: QVBoxLayout) -> None:
        form = QFormLayout()
        form.setHorizontalSpacing(14)
        form.setVerticalSpacing(14)
        self.idle_spin = QSpinBox(self)
        self.idle_spin.setRange(1, 240)
        self.idle_spin.setSuffix(self.tr(" min"))
        self.idle_spin.setMinimumWidth(90)
        self.idle_spin.setAccessibleName(self.tr("Minutes without activity before locking"))
        self.save_idle_button = QPushButton(self.tr("&Save"), self)
        self.save_idle_button.clicked.connect(self.save_idle_minutes)
        self.idle_feedback = QLabel(self)
        self.idle_feedback.setProperty("role", "success")
        idle_label = QLabel(self.tr("&Lock the screen after:"), self)
        idle_label.setBuddy(self.idle_spin)
        form.addRow(
            idle_label,
            self._field(
                [self.idle_spin, self.save_idle_button, self.idle_feedback],
                self.tr("Applies to every station that uses this database."),
            ),
        )

        self.language_combo = QComboBox(self)
        for code, name in i18n.LANGUAGES.items():
            self.language_combo.addItem(name, code)
        current = self.language_combo.findData(i18n.preferred_language())
        self.language_combo.setCurrentIndex(current)
        self.language_combo.currentIndexChanged.connect(self._language_chosen)
        language_label = QLabel(self.tr("Lan&guage of this station:"), self)
        language_label.setBuddy(self.language_combo)
        form.addRow(
            language_label,
            self._field(
                [self.language_combo],
                self.tr("The new language is used the next time the program starts."),
            ),
        )
        layout.addLayout(form)

    def _field(self, widgets: list[QWidget], note: str) -> QVBoxLayout:
        """A row of widgets with an explanatory note under it."""
        row = QHBoxLayout()
        row.setSpacing(8)
        for widget in widgets:
            row.addWidget(widget)
        row.addStretch(1)
        column = QVBoxLayout()
        column.setSpacing(4)
        column.addLayout(row)
        column.addWidget(self._note(note))
        return column

    def _note(self, text: str) -> QLabel:
        note = QLabel(text, self)
        note.setProperty("role", "subtitle")
        note.setWordWrap(True)
        return note

    def refresh(self) -> None:
        if not self.allowed:
            return
        with self._database.unit_of_work(self._user) as session:
            rows = [UserRow.of(u) for u in accounts.list_users(session, self._user)]
            minutes = settings.idle_lock_minutes(session)
        self.model.set_rows(rows)
        self.idle_spin.setValue(minutes)
        self._update_buttons()

    def selected(self) -> UserRow | None:
        indexes = self.table.selectionModel().selectedRows()
        return self.model.rows[indexes[0].row()] if indexes else None

    def select_username(self, username: str) -> None:
        for number, row in enumerate(self.model.rows):
            if row.username == username:
                self.table.selectRow(number)

    def _update_buttons(self) -> None:
        row = self.selected()
        self.toggle_button.setEnabled(row is not None and row.id != self._user.id)
        active = row is None or row.active
        self.toggle_button.setText(self.tr("&Deactivate") if active else self.tr("&Activate"))

    def create_user(self) -> None:
        dialog = UserDialog(self._database, self._user, self)
        if dialog.exec() == UserDialog.DialogCode.Accepted and dialog.created is not None:
            self.refresh()
            self.select_username(dialog.created.username)

    def toggle_active(self) -> None:
        row = self.selected()
        if row is None:
            return
        if row.active:
            title, action = self.tr("Deactivate account"), self.tr("&Deactivate")
            text = self.tr(
                "{name} ({username}) will no longer be able to sign in. Continue?"
            ).format(name=row.full_name, username=row.username)
        else:
            title, action = self.tr("Activate account"), self.tr("&Activate")
            text = self.tr("{name} ({username}) will be able to sign in again. Continue?").format(
                name=row.full_name, username=row.username
            )
        if not confirm(self, title, text, action):
            return
        try:
            with self._database.unit_of_work(self._user) as session:
                accounts.set_active(session, self._user, row.id, not row.active)
        except UserError as error:
            QMessageBox.warning(self, title, str(error))
        self.refresh()
        self.select_username(row.username)

    def save_idle_minutes(self) -> None:
        minutes = self.idle_spin.value()
        try:
            with self._database.unit_of_work(self._user) as session:
                settings.set_idle_lock_minutes(session, self._user, minutes)
        except UserError as error:
            self.idle_feedback.setText(str(error))
            return
        self.idle_feedback.setText(self.tr("Saved."))
        self.idle_minutes_changed.emit(minutes)

    def _language_chosen(self) -> None:
        i18n.set_preferred_language(self.language_combo.currentData())
