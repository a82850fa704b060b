"""One desk, room or other space: kind, name, capacity, amenities and whether it can be booked."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from coworking.core import sites
from coworking.core.errors import PermissionDenied, UserError
from coworking.db.database import Database
from coworking.db.enums import ResourceKind
from coworking.db.models import Resource, StaffUser
from coworking.gui.fair_widgets import field_with_error, form_label
from coworking.gui.field_errors import FieldErrors
from coworking.gui.space_common import FormDialog


def kind_names() -> dict[ResourceKind, str]:
    """How each kind of space is called on screen."""
    return {
        ResourceKind.DESK: QCoreApplication.translate("ResourceDialog", "Desk"),
        ResourceKind.ROOM: QCoreApplication.translate("ResourceDialog", "Room"),
        ResourceKind.OTHER: QCoreApplication.translate("ResourceDialog", "Other"),
    }


def split_amenities(text: str) -> list[str]:
    """«Lockers, cafetera» → ["Lockers", "cafetera"]; commas or semicolons separate."""
    return [part.strip() for part in text.replace(";", ",").split(",") if part.strip()]


class ResourceDialog(FormDialog):
    """Create a resource, or change one (``resource_id``); ``saved_id`` is set once saved.

    ``read_only`` shows it without letting anything change (front desk)."""

    def __init__(
        self,
        database: Database,
        user: StaffUser,
        site_id: int,
        resource_id: int | None = None,
        *,
        read_only: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._database, self._user, self._site_id = database, user, site_id
        self.resource_id = resource_id
        self.read_only = read_only
        self.saved_id: int | None = None

        self.kind = QComboBox(self)
        self.kind.setObjectName("kindCombo")
        for kind, text in kind_names().items():
            self.kind.addItem(text, kind)
        self.kind.setMinimumWidth(140)
        self.name = QLineEdit(self)
        self.name.setObjectName("nameEdit")
        self.name.setMaxLength(80)
        self.name.setPlaceholderText(self.tr("e.g. Escritorio 12, Sala de reuniones"))
        self.capacity = QSpinBox(self)
        self.capacity.setObjectName("capacitySpin")
        self.capacity.setRange(1, 500)
        self.capacity.setMinimumWidth(140)
        self.capacity.valueChanged.connect(self._capacity_suffix)
        self.amenities = QListWidget(self)
        self.amenities.setObjectName("amenitiesList")
        self.amenities.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.amenities.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        row_height = QLineEdit().sizeHint().height() - 4
        for amenity in sites.AMENITIES:
            item = QListWidgetItem(amenity, self.amenities)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            item.setSizeHint(QSize(0, row_height))
        frame = 2 * self.amenities.frameWidth()
        self.amenities.setFixedHeight(row_height * self.amenities.count() + frame + 2)
        self.amenities.setCurrentRow(0)
        self.other = QLineEdit(self)
        self.other.setObjectName("otherAmenitiesEdit")
        self.other.setMaxLength(200)
        self.other.setPlaceholderText(self.tr("Separated by commas, e.g. Lockers, Cafetera"))
        self.active = QCheckBox(self.tr("&Active: can be booked and given to walk-ins"), self)
        self.active.setObjectName("activeCheck")
        self.active.setChecked(True)

        name_field, name_error = field_with_error(self, self.name, "nameError")
        self.errors = FieldErrors({"name": (self.name, name_error)})
        self.error = QLabel(self)
        self.error.setObjectName("resourceError")
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        self.error.hide()

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        form.setHorizontalSpacing(16)
        form.setVerticalSpacing(10)
        form.addRow(form_label(self.tr("&Kind"), self.kind, self), self.kind)
        form.addRow(form_label(self.tr("&Name"), self.name, self), name_field)
        form.addRow(form_label(self.tr("&Capacity"), self.capacity, self), self.capacity)
        amenities_label = QLabel(self.tr("A&menities"), self)
        amenities_label.setBuddy(self.amenities)
        amenities_label.setFixedHeight(row_height)
        form.addRow(amenities_label, self.amenities)
        form.addRow(form_label(self.tr("&Other amenities"), self.other, self), self.other)
        form.addRow("", self.active)

        self.buttons = QDialogButtonBox(self)
        if read_only:
            self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)
        else:
            self.buttons.setStandardButtons(
                QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
            )
            self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
            self.save_button.setObjectName("saveResourceButton")
            self.save_button.setDefault(True)
        self.buttons.accepted.connect(lambda: self.save())
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        if resource_id is None:
            self.setWindowTitle(self.tr("New desk or room"))
        else:
            self._load(resource_id)
        self._capacity_suffix(self.capacity.value())
        if read_only:
            for widget in (self.kind, self.name, self.capacity, self.other, self.active):
                widget.setEnabled(False)
            for row in range(self.amenities.count()):
                self.amenities.item(row).setFlags(Qt.ItemFlag.ItemIsEnabled)
        self.mark_clean()
        self.resize(560, self.sizeHint().height())
        self.name.setFocus()

    def _capacity_suffix(self, value: int) -> None:
        self.capacity.setSuffix(" " + (self.tr("person") if value == 1 else self.tr("people")))

    def _load(self, resource_id: int) -> None:
        with self._database.sessions() as session:
            resource = session.get(Resource, resource_id)
            if resource is None:
                raise UserError(self.tr("That desk or room no longer exists."))
            data = sites.ResourceInput(
                ResourceKind(resource.kind),
                resource.name,
                resource.capacity,
                list(resource.amenities or []),
                resource.active,
            )
        self.set_data(data)
        title = self.tr("Desk or room: %1") if not self.read_only else self.tr("%1 (read only)")
        self.setWindowTitle(title.replace("%1", data.name))

    # -- fields --------------------------------------------------------------------------------

    def set_data(self, data: sites.ResourceInput) -> None:
        self.kind.setCurrentIndex(max(self.kind.findData(ResourceKind(data.kind)), 0))
        self.name.setText(data.name)
        self.capacity.setValue(data.capacity)
        chosen = set(data.amenities)
        for row in range(self.amenities.count()):
            item = self.amenities.item(row)
            checked = item.text() in chosen
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.other.setText(", ".join(a for a in data.amenities if a not in sites.AMENITIES))
        self.active.setChecked(data.active)

    def data(self) -> sites.ResourceInput:
        checked = [
            self.amenities.item(row).text()
            for row in range(self.amenities.count())
            if self.amenities.item(row).checkState() == Qt.CheckState.Checked
        ]
        return sites.ResourceInput(
            kind=self.kind.currentData(),
            name=self.name.text(),
            capacity=self.capacity.value(),
            amenities=checked + split_amenities(self.other.text()),
            active=self.active.isChecked(),
        )

    def snapshot(self) -> object:
        data = self.data()
        return (data.kind, data.name, data.capacity, tuple(data.amenities), data.active)

    def restore(self, state: object) -> None:
        kind, name, capacity, amenities, active = state  # type: ignore[misc]
        self.set_data(sites.ResourceInput(kind, name, capacity, list(amenities), active))

    # -- saving --------------------------------------------------------------------------------

    def save(self) -> bool:
        if self.read_only:
            self.accept()
            return False
        self.error.hide()
        if self.errors.show(
            {"name": "" if self.name.text().strip() else self.tr("Write the name of the space.")}
        ):
            return False
        try:
            with self._database.unit_of_work(self._user) as session:
                resource = sites.save_resource(
                    session, self._user, self._site_id, self.data(), self.resource_id
                )
                saved_id = resource.id
        except PermissionDenied as error:
            QMessageBox.warning(self, self.windowTitle(), str(error))
            return False
        except UserError as error:
            self.error.setText(str(error))
            self.error.show()
            return False
        self.saved_id = self.resource_id = saved_id
        self.mark_clean()
        self.accept()
        return True
