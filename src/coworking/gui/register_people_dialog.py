"""Adding employers to an event and registering people of the registry for it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coworking.core import accounts, consents, fairs, people, registrations
from coworking.core.errors import UserError
from coworking.core.text import search_key
from coworking.db.database import Database
from coworking.db.enums import RegistrationRole
from coworking.db.models import Person, StaffUser
from coworking.gui.fair_widgets import (
    DATE_FORMAT,
    ID_ROLE,
    MUTED,
    SEARCH_DELAY_MS,
    SEARCH_LIMIT,
    cell,
    field_with_error,
    form_label,
    make_table,
    role_texts,
    select_key,
    selected_keys,
)


class AddEmployerDialog(QDialog):
    """Pick an employer not yet at the event and, if known, its booth."""

    def __init__(self, choices: list[tuple[int, str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add an employer to the event"))
        self.employer = QComboBox(self)
        self.employer.setObjectName("employerCombo")
        self.employer.setEditable(True)
        self.employer.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.employer.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.employer.setMinimumContentsLength(34)
        for employer_id, name, ruc in choices:
            self.employer.addItem(f"{name} · RUC {ruc}", employer_id)
        self.employer.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        self.employer.completer().setCompletionMode(
            self.employer.completer().CompletionMode.PopupCompletion
        )
        self.booth = QLineEdit(self)
        self.booth.setObjectName("boothEdit")
        self.booth.setMaxLength(20)
        self.booth.setPlaceholderText(self.tr("e.g. A12 (can be left for later)"))
        employer_field, self.employer_error = field_with_error(self, self.employer, "employerError")
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        form.addRow(form_label(self.tr("&Employer"), self.employer, self), employer_field)
        form.addRow(form_label(self.tr("&Booth"), self.booth, self), self.booth)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Add"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(520, self.sizeHint().height())

    def employer_id(self) -> int | None:
        index = self.employer.findText(self.employer.currentText(), Qt.MatchFlag.MatchFixedString)
        return self.employer.itemData(index) if index >= 0 else None

    def _accept(self) -> None:
        if self.employer_id() is None:
            self.employer_error.setText(self.tr("Choose an employer from the list."))
            self.employer_error.show()
            self.employer.setFocus()
            return
        self.accept()


# --- registering people of the registry ------------------------------------------------------


class RegisterPeopleDialog(QDialog):
    """Search the people registry as you type, pick one or several, choose the role (and, for
    employer representatives, their employer) and register them. Stays open for the next."""

    def __init__(
        self,
        database: Database,
        user: StaffUser,
        event_id: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._database, self._user, self._event_id = database, user, event_id
        self._show_documents = accounts.can(user, accounts.SENSITIVE_DATA)
        self._roles = role_texts()
        self.registered_count = 0
        self.setWindowTitle(self.tr("Register people"))

        self.search = QLineEdit(self)
        self.search.setObjectName("searchEdit")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Name, document or phone, e.g. nunez maria"))
        search_label = QLabel(self.tr("&Search the registry"), self)
        search_label.setBuddy(self.search)
        self.found_label = QLabel(self)
        self.found_label.setProperty("role", "subtitle")
        self.results = make_table(
            self,
            [
                self.tr("Family names"),
                self.tr("Given names"),
                self.tr("Document"),
                self.tr("Born"),
                self.tr("Phone"),
                self.tr("At this event"),
            ],
            "resultsTable",
        )
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        header = self.results.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((190, 170, 120, 100, 110)):
            self.results.setColumnWidth(column, width)

        self.role = QComboBox(self)
        self.role.setObjectName("roleCombo")
        for role, text in self._roles.items():
            self.role.addItem(text, role)
        self.employer = QComboBox(self)
        self.employer.setObjectName("employerCombo")
        self.employer.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.employer.setMinimumContentsLength(30)
        self._fill_employers()
        self.employer_error = QLabel(self)
        self.employer_error.setObjectName("employerError")
        self.employer_error.setProperty("role", "error")
        self.employer_error.setWordWrap(True)
        self.employer_error.hide()
        self.role.setMinimumWidth(240)
        choice = QHBoxLayout()
        choice.addWidget(form_label(self.tr("R&ole"), self.role, self))
        choice.addWidget(self.role)
        choice.addSpacing(20)
        self.employer_label = form_label(self.tr("&Employer"), self.employer, self)
        choice.addWidget(self.employer_label)
        choice.addWidget(self.employer, 1)
        choice.addStretch(0)

        self.feedback = QLabel(self)
        self.feedback.setObjectName("feedbackLabel")
        self.feedback.setWordWrap(True)
        self.feedback.setProperty("role", "success")
        self.feedback.hide()

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.register_button = QPushButton(self.tr("&Register selected"), self)
        self.register_button.setObjectName("registerButton")
        self.register_button.setDefault(True)
        buttons.addButton(self.register_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.register_button.clicked.connect(lambda: self.register_selected())
        buttons.rejected.connect(self.reject)

        top = QHBoxLayout()
        top.addWidget(search_label)
        top.addWidget(self.search, 1)
        top.addWidget(self.found_label)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.results, 1)
        layout.addLayout(choice)
        layout.addWidget(self.employer_error)
        layout.addWidget(self.feedback)
        layout.addWidget(buttons)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.search_now)
        self.search.textChanged.connect(lambda _text: self._timer.start())
        self.search.installEventFilter(self)
        self.results.doubleClicked.connect(lambda _index: self.register_selected())
        self.results.itemSelectionChanged.connect(self._update_buttons)
        self.role.currentIndexChanged.connect(self._role_changed)
        self.employer.currentIndexChanged.connect(lambda _i: self.employer_error.hide())
        self._role_changed()
        self.search_now()
        self.resize(860, 600)
        self.search.setFocus()

    def _fill_employers(self) -> None:
        with self._database.sessions() as session:
            rows = fairs.booths(session, self._event_id)
        self.employer.clear()
        for row in sorted(rows, key=lambda r: search_key(r.trade_name)):
            text = row.trade_name
            if row.booth:
                text += " · " + self.tr("booth %1").replace("%1", row.booth)
            self.employer.addItem(text, row.employer_id)
        if not rows:
            self.employer.addItem(self.tr("No employers at this event yet"), None)

    def _role_changed(self) -> None:
        representative = self.role.currentData() == RegistrationRole.EMPLOYER_REP
        self.employer_label.setVisible(representative)
        self.employer.setVisible(representative)
        self.employer_error.hide()

    def _update_buttons(self) -> None:
        self.register_button.setEnabled(bool(self.results.selectionModel().selectedRows()))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Down or Enter in the search field goes to the first result."""
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            key = event.key()  # type: ignore[attr-defined]
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.search_now()
                if self.results.rowCount():
                    self.results.setFocus()
                    self.results.selectRow(0)
                return True
        return super().eventFilter(watched, event)

    def search_now(self) -> None:
        self._timer.stop()
        text = self.search.text()
        with self._database.sessions() as session:
            found = people.search(session, text, limit=SEARCH_LIMIT)
            total = people.count(session, text) if len(found) == SEARCH_LIMIT else len(found)
            here = {
                row.person_id: row
                for row in registrations.registration_rows(
                    session,
                    self._event_id,
                    include_cancelled=True,
                    person_ids=[p.id for p in found],
                )
            }
            rows = [
                (
                    p.id,
                    p.family_names,
                    p.given_names,
                    self._document(p.document_number),
                    p.birth_date.strftime(DATE_FORMAT) if p.birth_date else "",
                    self._phone(p.phone),
                    here.get(p.id),
                )
                for p in found
            ]
        chosen = set(selected_keys(self.results))
        self.results.setRowCount(len(rows))
        for row, (person_id, *texts, registration) in enumerate(rows):
            self.results.setItem(row, 0, cell(texts[0], person_id))
            for column, text in enumerate(texts[1:], start=1):
                self.results.setItem(row, column, cell(text))
            status = ""
            if registration is not None:
                status = (
                    self.tr("Cancelled")
                    if registration.cancelled_at
                    else self._roles.get(registration.role, "")
                )
            if registration is not None and not registration.cancelled_at:
                for column in range(5):
                    self.results.item(row, column).setForeground(MUTED)
            self.results.setItem(row, 5, cell(status))
        self.results.clearSelection()
        for row in range(self.results.rowCount()):
            if self.results.item(row, 0).data(ID_ROLE) in chosen:
                self.results.selectRow(row)
        if total > len(rows):
            self.found_label.setText(
                self.tr("first %1 of %2: type more to narrow")
                .replace("%1", str(len(rows)))
                .replace("%2", str(total))
            )
        else:
            self.found_label.setText(self.tr("Found: %1").replace("%1", str(len(rows))))
        self._update_buttons()

    def _document(self, number: str | None) -> str:
        if not number:
            return ""
        return number if self._show_documents else "•••" + number[-3:]

    @staticmethod
    def _phone(phone: str | None) -> str:
        phone = phone or ""
        return "0" + phone[4:] if phone.startswith("+593") else phone

    def select_people(self, person_ids: list[int]) -> None:
        """Select these people among the results (for keyboard-free use and tests)."""
        self.results.clearSelection()
        mode = self.results.selectionMode()
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.MultiSelection)
        for person_id in person_ids:
            select_key(self.results, person_id)
        self.results.setSelectionMode(mode)

    def set_role(self, role: RegistrationRole, employer_id: int | None = None) -> None:
        self.role.setCurrentIndex(self.role.findData(role))
        if employer_id is not None:
            self.employer.setCurrentIndex(self.employer.findData(employer_id))

    def register_selected(self) -> bool:
        """Register everyone selected with the chosen role, in one transaction."""
        person_ids = selected_keys(self.results)
        if not person_ids:
            return False
        role = RegistrationRole(self.role.currentData())
        employer_id = None
        if role == RegistrationRole.EMPLOYER_REP:
            employer_id = self.employer.currentData()
            if employer_id is None:
                self.employer_error.setText(
                    self.tr(
                        "Add the employer to the event first, in “Employers and booths”; "
                        "then register its representatives."
                    )
                )
                self.employer_error.show()
                return False
        done: list[int] = []
        already: list[str] = []
        refused: list[str] = []  # no current consent for «registro»
        try:
            with self._database.unit_of_work(self._user) as session:
                present = {
                    row.person_id: row
                    for row in registrations.registration_rows(
                        session, self._event_id, person_ids=person_ids
                    )
                }
                held = consents.purposes_by_person(session, person_ids)
                for person_id in person_ids:
                    if person_id in present:
                        row = present[person_id]
                        already.append(f"{row.full_name} ({self._roles.get(row.role, row.role)})")
                        continue
                    if consents.REGISTRATION not in held[person_id]:
                        person = session.get(Person, person_id)
                        refused.append(f"{person.given_names} {person.family_names}".strip())
                        continue
                    registrations.register(
                        session,
                        self._user,
                        self._event_id,
                        person_id,
                        role,
                        employer_id=employer_id,
                    )
                    done.append(person_id)
                names = {
                    row.person_id: row.full_name
                    for row in registrations.registration_rows(
                        session, self._event_id, person_ids=person_ids
                    )
                }
        except UserError as error:
            QMessageBox.warning(self, self.tr("Cannot register"), str(error))
            return False
        self.registered_count += len(done)
        lines = []
        if done:
            lines.append(
                self.tr("Registered as %1: %2")
                .replace("%1", self._roles[role])
                .replace("%2", ", ".join(names.get(i, "?") for i in done))
            )
        if already:
            lines.append(self.tr("Already registered: %1").replace("%1", ", ".join(already)))
        if refused:
            lines.append(
                self.tr(
                    "Not registered, without a current consent for registration and services "
                    "(it can be given again in their record, in People): %1"
                ).replace("%1", ", ".join(refused))
            )
        self.feedback.setText("\n".join(lines))
        self.feedback.setProperty("role", "success" if done else "subtitle")
        self.feedback.style().unpolish(self.feedback)
        self.feedback.style().polish(self.feedback)
        self.feedback.show()
        self.search_now()
        self.results.clearSelection()
        self.search.selectAll()
        self.search.setFocus()
        return bool(done)


# --- the event dialog ------------------------------------------------------------------------
