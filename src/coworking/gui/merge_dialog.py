"""«Unir registros»: two records of one person side by side, which one is kept and, field by field,
which value wins; then the merge, asked once. Undone from the kept person's history."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coworking.core import accounts, people, reference
from coworking.core.errors import UserError
from coworking.core.localtime import local_zone
from coworking.core.merges import FIELDS, Comparison, Side, default_choices, merge
from coworking.core.person_columns import FIELD_LABELS
from coworking.core.person_history import PURPOSE_LABELS
from coworking.db.database import Database
from coworking.db.enums import DocumentType
from coworking.db.models import StaffUser
from coworking.gui.door_walk_in_parts import document_choices, population_choices, sex_choices

A, B = "a", "b"
ROWS = tuple(name for name in FIELDS if name != "document_type")  # the document is one row
EQUAL = QColor("#8a96a3")
CHOSEN = QColor("#e3effc")
ROW_HEIGHT = 28
FURTHER = "further_documents"  # the row of further documents, shown and not chosen


def _labels(choices: list[tuple[str, object]]) -> dict[object, str]:
    return {value: text for text, value in choices}


def shown_value(name: str, values: dict[str, Any], show_documents: bool = True) -> str:
    """A field as the person form shows it: names of countries, cantons and levels, the phone
    as people say it, the date as dd/mm/aaaa; a document masked for roles without access."""
    value = values[name]
    if value in (None, "") or value == DocumentType.NONE:
        return "—"
    if name == "document_number":
        number = value if show_documents else "•••" + value[-3:]
        return f"{_labels(document_choices())[values['document_type']]} {number}"
    if name == "nationality":
        return reference.countries_by_code().get(value, value)
    if name == "sex":
        return _labels(sex_choices())[value]
    if name == "population_group":
        return _labels(population_choices())[value]
    if name == "birth_date" and isinstance(value, date):
        return value.strftime("%d/%m/%Y")
    if name == "phone" and value.startswith("+593"):
        return "0" + value[4:]
    if name == "canton_code":
        canton = reference.canton(value)
        return f"{canton.name} ({canton.province})" if canton else value
    if name == "education_level":
        return {e.code: e.name for e in reference.education_levels()}.get(value, value)
    return str(value)


def _purposes(purposes: frozenset[str] | set[str]) -> str:
    return ", ".join(PURPOSE_LABELS[p] for p in people.PURPOSES if p in purposes)


def _escaped(text: str) -> str:
    """A value as a button's text: a «&» in it is a letter, not a keyboard shortcut."""
    return text.replace("&", "&&")


class CellChoice(QRadioButton):
    """A value to choose that fills its cell: a click anywhere in the cell chooses it, and a
    value too long for it ends in «…» (whole in its tooltip)."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.full_text = text
        self.setToolTip(text)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self._elide()

    def hitButton(self, pos: QPoint) -> bool:
        return self.rect().contains(pos)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        style = self.style()
        indicator = style.pixelMetric(QStyle.PixelMetric.PM_ExclusiveIndicatorWidth, None, self)
        spacing = style.pixelMetric(QStyle.PixelMetric.PM_RadioButtonLabelSpacing, None, self)
        room = max(self.width() - indicator - spacing - 4, 0)
        shown = self.fontMetrics().elidedText(self.full_text, Qt.TextElideMode.ElideRight, room)
        self.setText(_escaped(shown))


class MergeDialog(QDialog):
    """Accepted once the merge is saved; ``merge_id`` is then the new merge's id."""

    def __init__(
        self,
        database: Database,
        user: StaffUser,
        comparison: Comparison,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._database, self._user = database, user
        self._sides = {A: comparison.first, B: comparison.second}
        self._differing = set(comparison.differing())
        self._hidden = people.restricted_fields(user)
        self._winner: dict[str, str] = {}
        self._touched: set[str] = set()
        self._value_buttons: dict[str, dict[str, CellChoice]] = {}
        self.merge_id: int | None = None
        self.setWindowTitle(self.tr("Merge records"))
        intro = QLabel(
            self.tr(
                "Two records of the same person become one. Choose the record to keep and, "
                "where they differ, which value stays."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(self._keep_choice())
        layout.addWidget(self._table(), 1)
        self.documents_label = QLabel(self._documents_text(), self)
        self.documents_label.setWordWrap(True)
        self.documents_label.setProperty("role", "subtitle")
        self.documents_label.setVisible(bool(self.documents_label.text()))
        layout.addWidget(self.documents_label)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setObjectName("mergeSummary")
        self.summary.setStyleSheet(
            "QLabel#mergeSummary { background: #fff8e1; border: 1px solid #f0d58c;"
            " border-radius: 6px; padding: 8px 10px; color: #3e2f00; }"
        )
        layout.addWidget(self.summary)
        buttons = QDialogButtonBox(self)
        self.merge_button = QPushButton(self.tr("&Merge"), self)
        self.merge_button.setProperty("primary", True)
        buttons.addButton(self.merge_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.merge_button.setDefault(True)
        self.merge_button.setToolTip(self.tr("Ctrl+Enter"))
        self.cancel_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.merge_button.clicked.connect(self.merge)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.merge_button.click)
        self.keep_buttons[A].setChecked(True)
        self.resize(940, 660)

    # -- the record to keep ---------------------------------------------------------------------

    def _keep_choice(self) -> QGridLayout:
        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(0)
        self.keep_group = QButtonGroup(self)
        self.keep_buttons: dict[str, QRadioButton] = {}
        texts = {
            A: self.tr("Keep record &A: no. %1 · %2 · created on %3"),
            B: self.tr("Keep record &B: no. %1 · %2 · created on %3"),
        }
        for index, (key, side) in enumerate(self._sides.items()):
            created = side.created_at.astimezone(local_zone()).strftime("%d/%m/%Y")
            button = QRadioButton(
                texts[key]
                .replace("%1", str(side.person_id))
                .replace("%2", _escaped(side.name))
                .replace("%3", created),
                self,
            )
            button.toggled.connect(lambda checked, key=key: checked and self._keep_changed(key))
            self.keep_group.addButton(button)
            self.keep_buttons[key] = button
            detail = QLabel(self._holdings(side), self)
            detail.setProperty("role", "subtitle")
            detail.setIndent(26)
            grid.addWidget(button, 2 * index, 0)
            grid.addWidget(detail, 1 + 2 * index, 0)
        grid.setRowMinimumHeight(1, 26)
        return grid

    def _holdings(self, side: Side) -> str:
        parts = [
            self.tr("%n visit(s)", "", side.visits),
            self.tr("%n booking(s)", "", side.bookings),
            self.tr("%n registration(s)", "", side.registrations),
            self.tr("consent: %1").replace(
                "%1", _purposes(side.purposes) or self.tr("none active")
            ),
        ]
        if side.member_code:
            parts.append(self.tr("card %1").replace("%1", side.member_code))
        return " · ".join(parts)

    @property
    def keep(self) -> str:
        return A if self.keep_buttons[A].isChecked() else B

    @property
    def gone(self) -> str:
        return B if self.keep == A else A

    def _keep_changed(self, key: str) -> None:
        """The values the kept record lacks come from the other one, unless chosen by hand."""
        gone = B if key == A else A
        taken = default_choices(self._sides[key], self._sides[gone])
        for name in self._differing - self._touched:
            self._choose(name, gone if name in taken else key)
        for column, side_key in ((1, A), (2, B)):
            side = self._sides[side_key]
            text = self.tr("Record %1 · no. %2").replace("%1", side_key.upper())
            text = text.replace("%2", str(side.person_id))
            if side_key == key:
                text += " " + self.tr("(kept)")
            self.table.horizontalHeaderItem(column).setText(text)
        self._update_summary()

    # -- field by field -------------------------------------------------------------------------

    def _table(self) -> QTableWidget:
        rows = [name for name in ROWS if name not in self._hidden]
        table = QTableWidget(len(rows) + 1, 3, self)
        self.table = table
        table.setObjectName("mergeTable")
        table.setHorizontalHeaderLabels([self.tr("Field"), "", ""])
        table.verticalHeader().hide()
        table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        table.setWordWrap(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self._rows: dict[str, int] = {}
        for row, name in enumerate(rows):
            self._rows[name] = row
            label = QTableWidgetItem(FIELD_LABELS[name])
            table.setItem(row, 0, label)
            texts = {
                key: shown_value(name, side.values, "document_number" not in self._hidden)
                for key, side in self._sides.items()
            }
            if name not in self._differing:
                label.setForeground(QBrush(EQUAL))
                for column, key in ((1, A), (2, B)):
                    item = QTableWidgetItem(texts[key])
                    item.setForeground(QBrush(EQUAL))
                    item.setToolTip(self.tr("The same in both records"))
                    table.setItem(row, column, item)
                continue
            font = QFont(label.font())
            font.setBold(True)
            label.setFont(font)
            group = QButtonGroup(table)
            self._value_buttons[name] = {}
            for column, key in ((1, A), (2, B)):
                table.setItem(row, column, QTableWidgetItem())
                button = CellChoice(texts[key])
                button.setObjectName(f"{name}_{key}")
                button.clicked.connect(lambda _c=False, n=name, k=key: self._pick(n, k))
                group.addButton(button)
                cell = QWidget()
                box = QHBoxLayout(cell)
                box.setContentsMargins(8, 0, 8, 0)
                box.addWidget(button, 1)
                table.setCellWidget(row, column, cell)
                self._value_buttons[name][key] = button
        documents = len(rows)
        self._rows[FURTHER] = documents
        item = QTableWidgetItem(self.tr("Further documents"))
        item.setForeground(QBrush(EQUAL))
        table.setItem(documents, 0, item)
        for column, key in ((1, A), (2, B)):
            item = QTableWidgetItem(self._further_documents(self._sides[key]))
            item.setForeground(QBrush(EQUAL))
            table.setItem(documents, column, item)
        table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        table.setMinimumHeight(table.horizontalHeader().sizeHint().height() + ROW_HEIGHT * 6)
        return table

    def _further_documents(self, side: Side) -> str:
        if "document_number" in self._hidden:
            return "—"
        labels = _labels(document_choices())
        return ", ".join(f"{labels[kind]} {number}" for kind, number in side.documents) or "—"

    def _documents_text(self) -> str:
        if "document_number" not in self._differing:
            return ""
        return self.tr(
            "The document that does not stay becomes a further document of the kept record: "
            "searching for it finds the person."
        )

    def value_button(self, name: str, key: str) -> CellChoice | None:
        """The choice of ``name``'s value from record ``key``; None where both are equal."""
        return self._value_buttons.get(name, {}).get(key)

    def cell_text(self, name: str, key: str) -> str:
        """``name`` as shown for record ``key``."""
        button = self.value_button(name, key)
        if button is not None:
            return button.full_text
        return self.table.item(self._rows[name], 1 if key == A else 2).text()

    def _pick(self, name: str, key: str) -> None:
        self._touched.add(name)
        self._choose(name, key)
        self._update_summary()

    def _choose(self, name: str, key: str) -> None:
        self._winner[name] = key
        buttons = self._value_buttons.get(name)
        if buttons is None:
            return
        buttons[key].setChecked(True)
        row = self._rows[name]
        for column, side_key in ((1, A), (2, B)):
            colour = CHOSEN if side_key == key else QColor(Qt.GlobalColor.transparent)
            self.table.item(row, column).setBackground(QBrush(colour))

    def take(self) -> set[str]:
        """The fields whose value comes from the record that is not kept (``merges.merge``)."""
        taken = {name for name, key in self._winner.items() if key == self.gone}
        if "document_number" in taken:
            taken.add("document_type")
        return taken

    # -- what will happen -----------------------------------------------------------------------

    def summary_text(self) -> str:
        kept, gone = self._sides[self.keep], self._sides[self.gone]
        sentences = [
            self.tr("Record no. %1 will be kept.").replace("%1", str(kept.person_id)),
            self.tr(
                "The visits, bookings, registrations and consents of no. %1 move to it; no. %1 "
                "stays in the history as merged."
            ).replace("%1", str(gone.person_id)),
        ]
        taken = sorted(
            (n for n in self.take() if n != "document_type"), key=lambda n: ROWS.index(n)
        )
        if taken:
            sentences.append(
                self.tr("Taken from no. %1: %2.")
                .replace("%1", str(gone.person_id))
                .replace("%2", ", ".join(FIELD_LABELS[n].lower() for n in taken))
            )
        both = kept.purposes & gone.purposes
        if people.REQUIRED_PURPOSE in both:
            consent = self.tr("Consent will be the more restrictive of the two: %1.").replace(
                "%1", _purposes(both)
            )
        else:
            consent = self.tr(
                "Consent will be the more restrictive of the two: none, so it must be asked "
                "for again."
            )
        sentences.append(consent)
        return " ".join(sentences)

    def _update_summary(self) -> None:
        self.summary.setText(self.summary_text())

    # -- merging --------------------------------------------------------------------------------

    def merge(self) -> bool:
        """Ask once, then merge; a refusal is shown as a message and the dialog stays open."""
        kept, gone = self._sides[self.keep], self._sides[self.gone]
        answer = QMessageBox.question(
            self,
            self.tr("Merge records"),
            self.tr("Merge record no. %1 into no. %2? It can be undone from the history.")
            .replace("%1", str(gone.person_id))
            .replace("%2", str(kept.person_id))
            + "\n\n"
            + self.summary_text(),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            with self._database.unit_of_work(self._user) as session:
                record = merge(session, self._user, kept.person_id, gone.person_id, self.take())
                self.merge_id = record.id
        except UserError as error:
            QMessageBox.warning(self, self.tr("Merge records"), str(error))
            return False
        self.accept()
        return True


def open_merge(
    parent: QWidget | None, database: Database, user: StaffUser, first_id: int, second_id: int
) -> bool:
    """Compare two records and let a coordinator merge them; True once merged. The first one
    is offered as the record to keep."""
    from coworking.core.merges import compare

    title = QCoreApplication.translate("MergeDialog", "Merge records")
    if not accounts.can(user, accounts.REPORTS):
        QMessageBox.information(
            parent,
            title,
            QCoreApplication.translate(
                "MergeDialog", "Only coordinators and administrators can merge records."
            ),
        )
        return False
    try:
        with database.sessions() as session:
            comparison = compare(session, user, first_id, second_id)
    except UserError as error:
        QMessageBox.warning(parent, title, str(error))
        return False
    dialog = MergeDialog(database, user, comparison, parent)
    return dialog.exec() == QDialog.DialogCode.Accepted
