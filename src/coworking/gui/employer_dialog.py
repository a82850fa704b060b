"""An employer (RUC checked as it is typed) and its vacancies. Vacancies added or changed here
are saved together with the employer, so a new employer's vacancies can be entered at once and
nothing is written until Save."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from coworking.core import accounts, fairs, reference
from coworking.core.errors import UserError
from coworking.db.database import Database
from coworking.db.models import StaffUser
from coworking.gui.fair_widgets import (
    EnterFilter,
    ask_to_save,
    cell,
    dialog_form,
    field_with_error,
    form_row,
    make_table,
    select_key,
    selected_keys,
)
from coworking.gui.field_errors import FieldErrors, set_invalid
from coworking.gui.occupation_combo import label as occupation_label
from coworking.gui.vacancy_dialog import PendingVacancy, VacancyDialog


class EmployerDialog(QDialog):
    """Create or edit an employer and its vacancies. ``saved_id`` is set once saved."""

    def __init__(
        self,
        database: Database,
        user: StaffUser,
        employer_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._database, self._user = database, user
        self.employer_id = employer_id
        self.can_edit = accounts.can(user, accounts.REPORTS)
        self.saved_id: int | None = None
        self.draft: dict[str, object] | None = None  # what was typed when the screen locked
        self.vacancies: list[PendingVacancy] = []
        self._open_vacancy: tuple[int | None, dict] | None = None

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("employerTabs")
        self.tabs.addTab(self._build_employer_tab(), self.tr("&Employer"))
        self.tabs.addTab(self._build_vacancies_tab(), self.tr("&Vacancies"))
        buttons = QDialogButtonBox(self)
        if self.can_edit:
            buttons.setStandardButtons(
                QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
            )
            self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
            self.save_button.setObjectName("saveButton")
            buttons.accepted.connect(lambda: self.save())
        else:
            buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)

        if employer_id is None:
            self.setWindowTitle(self.tr("New employer"))
        else:
            self._load()
        self._snapshot = self._fields()
        self._fill_vacancies()
        if not self.can_edit:
            self._make_read_only()
        self.resize(900, 580)
        self.ruc.setFocus()

    # -- construction ------------------------------------------------------------------------

    def _build_employer_tab(self) -> QWidget:
        page = QWidget(self)
        self.ruc = QLineEdit(page)
        self.ruc.setObjectName("rucEdit")
        self.ruc.setMaxLength(20)
        self.ruc.setPlaceholderText(self.tr("13 digits, e.g. 1792146739001"))
        self.ruc.setMaximumWidth(260)
        self.ruc_ok = QLabel(page)
        self.ruc_ok.setObjectName("rucOkLabel")
        self.ruc_ok.setProperty("role", "success")
        self.trade_name = QLineEdit(page)
        self.trade_name.setObjectName("tradeNameEdit")
        self.trade_name.setMaxLength(150)
        self.sector = QComboBox(page)
        self.sector.setObjectName("sectorCombo")
        self.sector.addItem("—", None)
        for entry in reference.ciiu_sections():
            self.sector.addItem(f"{entry.code} · {entry.name}", entry.code)
            self.sector.setItemData(
                self.sector.count() - 1, entry.name, Qt.ItemDataRole.ToolTipRole
            )
        self.sector.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.sector.setMinimumContentsLength(30)
        self.sector.view().setMinimumWidth(560)
        self.contact_name = QLineEdit(page)
        self.contact_name.setObjectName("contactNameEdit")
        self.contact_name.setMaxLength(120)
        self.contact_phone = QLineEdit(page)
        self.contact_phone.setObjectName("contactPhoneEdit")
        self.contact_phone.setMaxLength(20)
        self.contact_phone.setPlaceholderText(self.tr("e.g. 0991234567"))
        self.contact_email = QLineEdit(page)
        self.contact_email.setObjectName("contactEmailEdit")
        self.contact_email.setMaxLength(120)
        self.contact_email.setPlaceholderText(self.tr("e.g. talento@empresa.ec"))
        self.inclusive = QCheckBox(
            self.tr("&Inclusive hiring commitment (hires migrants and refugees)"), page
        )
        self.inclusive.setObjectName("inclusiveCheck")
        self.active = QCheckBox(self.tr("A&ctive (can take part in fairs)"), page)
        self.active.setObjectName("activeCheck")
        self.active.setChecked(True)

        ruc_row = QWidget(page)
        ruc_layout = QHBoxLayout(ruc_row)
        ruc_layout.setContentsMargins(0, 0, 0, 0)
        ruc_layout.addWidget(self.ruc, 1)
        ruc_layout.addWidget(self.ruc_ok)
        ruc_layout.addStretch(1)
        ruc_field, ruc_error = field_with_error(page, ruc_row, "rucError")
        name_field, name_error = field_with_error(page, self.trade_name, "tradeNameError")
        self.errors = FieldErrors(
            {"ruc": (self.ruc, ruc_error), "trade_name": (self.trade_name, name_error)}
        )
        self._ruc_error = ruc_error
        phone_row = QWidget(page)
        phone_layout = QHBoxLayout(phone_row)
        phone_layout.setContentsMargins(0, 0, 0, 0)
        phone_layout.addWidget(self.contact_phone, 2)
        phone_layout.addSpacing(16)
        email_label = QLabel(self.tr("E-m&ail"), phone_row)
        email_label.setBuddy(self.contact_email)
        phone_layout.addWidget(email_label)
        phone_layout.addWidget(self.contact_email, 3)

        form = dialog_form()
        form_row(form, page, self.tr("&RUC"), self.ruc, ruc_field)
        form_row(form, page, self.tr("&Trade name"), self.trade_name, name_field)
        form_row(form, page, self.tr("&Sector (CIIU)"), self.sector)
        form_row(form, page, self.tr("Contact &person"), self.contact_name)
        form_row(form, page, self.tr("P&hone"), self.contact_phone, phone_row)
        form.addRow("", self.inclusive)
        form.addRow("", self.active)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addLayout(form)
        layout.addStretch(1)

        self.ruc.textEdited.connect(self._ruc_edited)
        self.ruc.editingFinished.connect(self.check_ruc)
        return page

    def _build_vacancies_tab(self) -> QWidget:
        page = QWidget(self)
        self.vacancy_table = make_table(
            page,
            [
                self.tr("Title"),
                self.tr("Occupation (CIUO-08)"),
                self.tr("Positions"),
                self.tr("Contract"),
                self.tr("Foreign IDs"),
            ],
            "vacancyTable",
        )
        header = self.vacancy_table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 190), (2, 80), (3, 130), (4, 130)):
            self.vacancy_table.setColumnWidth(column, width)
        self.add_vacancy_button = QPushButton(self.tr("&Add vacancy…"), page)
        self.add_vacancy_button.setObjectName("addVacancyButton")
        self.edit_vacancy_button = QPushButton(self.tr("Ed&it vacancy…"), page)
        self.edit_vacancy_button.setObjectName("editVacancyButton")
        self.vacancies_summary = QLabel(page)
        self.vacancies_summary.setObjectName("vacanciesSummary")
        self.vacancies_summary.setProperty("role", "subtitle")
        self.vacancies_summary.setWordWrap(True)
        self.add_vacancy_button.clicked.connect(lambda: self.add_vacancy())
        self.edit_vacancy_button.clicked.connect(lambda: self.edit_vacancy())
        self.vacancy_table.doubleClicked.connect(lambda _index: self.edit_vacancy())
        self.vacancy_table.itemSelectionChanged.connect(self._update_vacancy_buttons)
        EnterFilter(self.vacancy_table, lambda: self.edit_vacancy())
        top = QHBoxLayout()
        top.addWidget(self.vacancies_summary, 1)
        top.addWidget(self.add_vacancy_button)
        top.addWidget(self.edit_vacancy_button)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addLayout(top)
        layout.addWidget(self.vacancy_table, 1)
        return page

    def _make_read_only(self) -> None:
        for edit in (self.ruc, self.trade_name, self.contact_name, self.contact_phone):
            edit.setReadOnly(True)
        self.contact_email.setReadOnly(True)
        for widget in (self.sector, self.inclusive, self.active):
            widget.setEnabled(False)
        self.add_vacancy_button.hide()
        self.edit_vacancy_button.setText(self.tr("&Open vacancy…"))
        self.ruc.textEdited.disconnect(self._ruc_edited)
        self.ruc.editingFinished.disconnect(self.check_ruc)

    # -- the RUC, checked as it is typed -----------------------------------------------------

    def _set_ruc_error(self, message: str) -> None:
        self._ruc_error.setText(message)
        self._ruc_error.setVisible(bool(message))
        set_invalid(self.ruc, bool(message))
        self.ruc_ok.setText("" if message else self.tr("✓ Valid RUC"))

    def _ruc_edited(self, text: str) -> None:
        digits = sum(1 for c in text if c.isdigit())
        if digits >= 13 or len(text.strip()) > 13:
            self.check_ruc()
        else:  # still typing: no verdict yet
            self._set_ruc_error("")
            self.ruc_ok.clear()

    def check_ruc(self) -> str:
        """Check the RUC now: the Spanish reason it is refused, or "" if it is fine (or empty)."""
        text = self.ruc.text()
        if not text.strip():
            self._set_ruc_error("")
            self.ruc_ok.clear()
            return ""
        try:
            ruc = fairs.normalise_ruc(text)
        except UserError as error:
            self._set_ruc_error(str(error))
            return str(error)
        with self._database.sessions() as session:
            other = fairs.employer_by_ruc(session, ruc)
            clash = (other.id, other.trade_name) if other is not None else None
        if clash is not None and clash[0] != self.employer_id:
            message = self.tr("Another employer already has this RUC: “%1”.").replace(
                "%1", clash[1]
            )
            self._set_ruc_error(message)
            return message
        self._set_ruc_error("")
        return ""

    # -- loading and reading -----------------------------------------------------------------

    def _load(self) -> None:
        with self._database.sessions() as session:
            employer = fairs.get_employer(session, self.employer_id)  # type: ignore[arg-type]
            values = (
                employer.ruc,
                employer.trade_name,
                employer.sector,
                employer.contact_name,
                employer.contact_phone,
                employer.contact_email,
                employer.inclusive_commitment,
                employer.active,
            )
            self.vacancies = [
                PendingVacancy(
                    v.id,
                    fairs.VacancyInput(
                        employer_id=v.employer_id,
                        title=v.title,
                        occupation_code=v.occupation_code,
                        positions=v.positions,
                        contract_type=v.contract_type,
                        requirements=v.requirements,
                        foreign_documents_ok=v.foreign_documents_ok,
                    ),
                )
                for v in fairs.vacancies_of(session, self.employer_id)  # type: ignore[arg-type]
            ]
        ruc, name, sector, contact, phone, email, inclusive, active = values
        self.ruc.setText(ruc)
        self.trade_name.setText(name)
        self.sector.setCurrentIndex(max(self.sector.findData(sector), 0))
        self.contact_name.setText(contact or "")
        self.contact_phone.setText(phone or "")
        self.contact_email.setText(email or "")
        self.inclusive.setChecked(inclusive)
        self.active.setChecked(active)
        title = self.tr("Employer: %1") if self.can_edit else self.tr("Employer (read only): %1")
        self.setWindowTitle(title.replace("%1", name))

    def _fields(self) -> tuple:
        return (
            self.ruc.text(),
            self.trade_name.text(),
            self.sector.currentIndex(),
            self.contact_name.text(),
            self.contact_phone.text(),
            self.contact_email.text(),
            self.inclusive.isChecked(),
            self.active.isChecked(),
        )

    def is_dirty(self) -> bool:
        return self.can_edit and (
            self._fields() != self._snapshot or any(v.changed for v in self.vacancies)
        )

    def read(self) -> fairs.EmployerInput:
        return fairs.EmployerInput(
            ruc=self.ruc.text(),
            trade_name=self.trade_name.text(),
            sector=self.sector.currentData(),
            contact_name=self.contact_name.text(),
            contact_phone=self.contact_phone.text(),
            contact_email=self.contact_email.text(),
            inclusive_commitment=self.inclusive.isChecked(),
            active=self.active.isChecked(),
        )

    # -- vacancies ---------------------------------------------------------------------------

    def _fill_vacancies(self) -> None:
        chosen = selected_keys(self.vacancy_table)
        table = self.vacancy_table
        table.setRowCount(len(self.vacancies))
        for row, item in enumerate(self.vacancies):
            data = item.data
            occupation = ""
            if data.occupation_code:
                name = reference.occupation_name(data.occupation_code) or ""
                occupation = occupation_label(data.occupation_code, name)
            cells = [
                cell(data.title + (" *" if item.changed else ""), row),
                cell(occupation),
                cell(data.positions, align_right=True),
                cell(fairs.CONTRACT_TYPES.get(data.contract_type or "", "")),
                cell(self.tr("Accepted") if data.foreign_documents_ok else self.tr("Not accepted")),
            ]
            cells[1].setToolTip(occupation)
            for column, value in enumerate(cells):
                table.setItem(row, column, value)
        if chosen:
            select_key(table, chosen[0])
        elif self.vacancies:
            table.selectRow(0)
        unsaved = sum(1 for v in self.vacancies if v.changed)
        positions = sum(v.data.positions for v in self.vacancies)
        summary = (
            self.tr("Vacancies: %1 · positions: %2")
            .replace("%1", str(len(self.vacancies)))
            .replace("%2", str(positions))
            if self.vacancies
            else self.tr("No vacancies yet.")
        )
        if unsaved:
            summary += " · " + self.tr("* not saved yet: press Save to keep them.")
        self.vacancies_summary.setText(summary)
        count = f" ({len(self.vacancies)})" if self.vacancies else ""
        self.tabs.setTabText(1, self.tr("&Vacancies") + count)
        self._update_vacancy_buttons()

    def _update_vacancy_buttons(self) -> None:
        self.edit_vacancy_button.setEnabled(bool(selected_keys(self.vacancy_table)))

    def _run_vacancy_dialog(
        self, index: int | None, data: fairs.VacancyInput | None, draft: dict | None = None
    ) -> fairs.VacancyInput | None:
        dialog = VacancyDialog(data, not self.can_edit, self)
        if draft is not None:
            dialog.set_data(draft["data"])  # type: ignore[arg-type]
            if not dialog.occupation.code():
                dialog.occupation.setEditText(str(draft.get("occupation_text", "")))
        self.vacancy_dialog = dialog
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        if dialog.draft is not None:  # the screen locked with the vacancy open
            self._open_vacancy = (index, dialog.draft)
            if self.draft is not None:
                self.draft["open_vacancy"] = self._open_vacancy
            return None
        return dialog.data() if accepted and self.can_edit else None

    def add_vacancy(self, draft: dict | None = None) -> bool:
        if not self.can_edit:
            return False
        data = self._run_vacancy_dialog(None, None, draft)
        if data is None:
            return False
        self.vacancies.append(PendingVacancy(None, data, changed=True))
        self._fill_vacancies()
        select_key(self.vacancy_table, len(self.vacancies) - 1)
        return True

    def edit_vacancy(self, index: int | None = None, draft: dict | None = None) -> bool:
        if index is None:
            chosen = selected_keys(self.vacancy_table)
            if not chosen:
                return False
            index = chosen[0]
        item = self.vacancies[index]
        data = self._run_vacancy_dialog(index, item.data, draft)
        if data is None:
            return False
        if data != item.data:
            item.data, item.changed = data, True
        self._fill_vacancies()
        return True

    # -- saving ------------------------------------------------------------------------------

    def _problems(self) -> dict[str, str]:
        problems = {}
        if not self.ruc.text().strip():
            problems["ruc"] = self.tr("Write the employer's RUC (13 digits).")
        else:
            message = self.check_ruc()
            if message:
                problems["ruc"] = message
        if not self.trade_name.text().strip():
            problems["trade_name"] = self.tr("Write the trade name.")
        return problems

    def save(self) -> bool:
        """Save the employer and every new or changed vacancy together, then close."""
        if not self.can_edit:
            return False
        if self.errors.show(self._problems()):
            self.tabs.setCurrentIndex(0)
            return False
        try:
            with self._database.unit_of_work(self._user) as session:
                employer = fairs.save_employer(session, self._user, self.read(), self.employer_id)
                for item in self.vacancies:
                    if item.changed:
                        fairs.save_vacancy(
                            session,
                            self._user,
                            replace(item.data, employer_id=employer.id),
                            item.vacancy_id,
                        )
                saved_id = employer.id
        except UserError as error:
            QMessageBox.warning(self, self.tr("Cannot save the employer"), str(error))
            return False
        self.saved_id = self.employer_id = saved_id
        self._snapshot = self._fields()
        for item in self.vacancies:
            item.changed = False
        self.accept()
        return True

    def reject(self) -> None:
        """Close; typed changes (vacancies included) are not dropped without asking."""
        if self.draft is None and self.is_dirty():
            answer = ask_to_save(self, self.tr("Save the changes to this employer?"))
            if answer == QMessageBox.StandardButton.Save:
                self.save()
                return
            if answer != QMessageBox.StandardButton.Discard:
                return
        super().reject()

    # -- drafts: the screen may lock while the dialog is open ---------------------------------

    def keep_draft(self) -> None:
        """Remember fields and unsaved vacancies (the lock closes the dialog)."""
        self.draft = {
            "fields": self._fields(),
            "vacancies": [replace(v) for v in self.vacancies],
            "tab": self.tabs.currentIndex(),
            "open_vacancy": self._open_vacancy,
        }

    def restore_draft(self, draft: dict[str, object]) -> None:
        ruc, name, sector, contact, phone, email, inclusive, active = draft["fields"]  # type: ignore[misc]
        self.ruc.setText(ruc)
        self.trade_name.setText(name)
        self.sector.setCurrentIndex(sector)
        self.contact_name.setText(contact)
        self.contact_phone.setText(phone)
        self.contact_email.setText(email)
        self.inclusive.setChecked(inclusive)
        self.active.setChecked(active)
        self.vacancies = list(draft["vacancies"])  # type: ignore[call-overload]
        self._fill_vacancies()
        self.tabs.setCurrentIndex(int(draft.get("tab", 0)))  # type: ignore[call-overload]
        if self.ruc.text().strip():
            self.check_ruc()

    def resume_vacancy(self, open_vacancy: tuple[int | None, dict]) -> None:
        """Reopen the vacancy form that the lock closed, as it was typed."""
        index, vacancy_draft = open_vacancy
        if index is None:
            self.add_vacancy(vacancy_draft)
        else:
            self.edit_vacancy(index, vacancy_draft)
