"""The date and reason of a closure of the site, or of its opening on a national holiday."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from coworking.core import reference, sites
from coworking.core.errors import PermissionDenied, UserError
from coworking.db.database import Database
from coworking.db.models import StaffUser
from coworking.gui.fair_widgets import date_edit, field_with_error, form_label, pydate, qdate
from coworking.gui.field_errors import FieldErrors
from coworking.gui.space_common import FormDialog, day_text


class ClosureDialog(FormDialog):
    """A date and a reason: closes the site that day, or (``opening``) opens it on a holiday.
    Saves through the service itself, so that a refusal is shown without losing the form."""

    def __init__(
        self,
        database: Database,
        user: StaffUser,
        site_id: int,
        day: date,
        *,
        reason: str = "",
        opening: bool = False,
        fixed_day: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._database, self._user, self._site_id = database, user, site_id
        self.opening = opening
        self.saved_day: date | None = None
        if opening:
            self.setWindowTitle(self.tr("Open on a national holiday"))
        elif reason:
            self.setWindowTitle(self.tr("Closure"))
        else:
            self.setWindowTitle(self.tr("Add a closure"))
        self.date = date_edit(self, "closureDate")
        self.date.setDate(qdate(day))
        self.date.setEnabled(not fixed_day)
        self.date.setMaximumWidth(200)
        self.fixed_date = QLabel(day_text(day), self)  # shown instead when the day is given
        self.fixed_date.setObjectName("closureFixedDate")
        self.reason = QLineEdit(self)
        self.reason.setObjectName("closureReason")
        self.reason.setMaxLength(120)
        self.reason.setText(reason)
        self.reason.setPlaceholderText(
            self.tr("e.g. Job fair at the space")
            if opening
            else self.tr("e.g. Fundación de Manta, maintenance works")
        )
        self.reason.setMinimumWidth(360)
        reason_field, reason_error = field_with_error(self, self.reason, "reasonError")
        self.errors = FieldErrors({"reason": (self.reason, reason_error)})
        self.note = QLabel(self)
        self.note.setObjectName("closureNote")
        self.note.setProperty("role", "subtitle")
        self.note.setWordWrap(True)
        form = QFormLayout()
        form.setHorizontalSpacing(16)
        form.setVerticalSpacing(10)
        if fixed_day:
            self.date.hide()
            form.addRow(form_label(self.tr("Date"), self.fixed_date, self), self.fixed_date)
        else:
            self.fixed_date.hide()
            form.addRow(form_label(self.tr("&Date"), self.date, self), self.date)
        form.addRow(form_label(self.tr("&Reason"), self.reason, self), reason_field)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("saveClosureButton")
        buttons.accepted.connect(lambda: self.save())
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(buttons)
        self.date.dateChanged.connect(lambda _d: self._explain())
        self._explain()
        self.mark_clean()
        self.resize(max(520, self.sizeHint().width()), self.sizeHint().height())
        self.reason.setFocus()

    def _explain(self) -> None:
        day = pydate(self.date.date())
        holiday = reference.national_holidays().get(day)
        if self.opening and holiday is not None:
            text = self.tr(
                "“%1” is a national holiday: the space will open with its usual hours of that "
                "weekday, and people can book."
            ).replace("%1", holiday.name)
        elif holiday is not None:
            text = self.tr(
                "This day is already a national holiday (“%1”): the space is closed anyway."
            ).replace("%1", holiday.name)
        else:
            text = self.tr(
                "The space will be closed all day: no bookings, no check-ins. Bookings already "
                "made for that day are kept; move or cancel them in the calendar."
            )
        self.note.setText(text)

    def snapshot(self) -> object:
        return (pydate(self.date.date()), self.reason.text())

    def restore(self, state: object) -> None:
        day, reason = state  # type: ignore[misc]
        self.date.setDate(qdate(day))
        self.reason.setText(reason)

    def save(self) -> bool:
        if not self.reason.text().strip():
            self.errors.show(
                {
                    "reason": self.tr("Write why the space opens that day.")
                    if self.opening
                    else self.tr("Write the reason (e.g. “Fundación de Manta”).")
                }
            )
            return False
        day = pydate(self.date.date())
        try:
            with self._database.unit_of_work(self._user) as session:
                sites.set_closure(
                    session,
                    self._user,
                    self._site_id,
                    day,
                    self.reason.text(),
                    closed=not self.opening,
                )
        except PermissionDenied as error:
            QMessageBox.warning(self, self.windowTitle(), str(error))
            return False
        except UserError as error:
            self.errors.show({"reason": str(error)})
            return False
        self.saved_day = day
        self.mark_clean()
        self.accept()
        return True
