"""The recorder of ``tests/gui/click_coverage.py``, on small widgets of this module, made ours
for it: what it names, what it leaves out, what counts as a click."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QCalendarWidget,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from tests.gui.click_coverage import (
    ClickRecorder,
    Coverage,
    dialog_classes,
    grouped_by_owner,
    read_logs,
    write_log,
)


class Panel(QWidget):
    """A page of ours: two buttons, a menu, a line edit with its clear button, a calendar."""

    def __init__(self) -> None:
        super().__init__()
        self.withdrawn: list[object] = []
        layout = QVBoxLayout(self)
        self.save_button = QPushButton("&Guardar", self)
        self.withdraw_button = QPushButton("Retirar el &consentimiento", self)
        self.withdraw_button.clicked.connect(self.withdraw)
        self.star_buttons = []
        for number in (1, 2, 3):
            star = QToolButton(self)
            star.setObjectName(f"star{number}")
            self.star_buttons.append(star)
            layout.addWidget(star)
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.setText("algo")  # the clear button shows
        self.calendar = QCalendarWidget(self)
        for widget in (self.save_button, self.withdraw_button, self.search, self.calendar):
            layout.addWidget(widget)
        self.menu = QMenu(self)
        self.open_action = self.menu.addAction("&Abrir")
        self.menu.addSeparator()
        self.more = self.menu.addMenu("Más")
        self.delete_action = QAction("Eliminar", self)
        self.more.addAction(self.delete_action)

    def withdraw(self, purposes: object = None) -> None:
        self.withdrawn.append(purposes)


class EditDialog(QDialog):
    """A dialog of ours: a button box, and a plain window made by a method."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.rejected.connect(self.reject)
        QVBoxLayout(self).addWidget(self.buttons)

    def details(self) -> QDialog:
        window = QDialog(self)
        QVBoxLayout(window).addWidget(
            QDialogButtonBox(QDialogButtonBox.StandardButton.Close, window)
        )
        window.show()
        return window


class ShownEditDialog(EditDialog):
    pass


@pytest.fixture
def recorder(qapp: QApplication) -> Iterator[ClickRecorder]:
    """A recorder to which this module's classes are ours, beside the session's one."""
    mine = ClickRecorder([__name__])
    mine.test = "this test"
    qapp.installEventFilter(mine)
    yield mine
    qapp.removeEventFilter(mine)


def shown_panel(qtbot) -> Panel:
    panel = Panel()
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def test_a_button_whose_slot_is_called_directly_stays_unclicked(
    qtbot, recorder: ClickRecorder
) -> None:
    panel = shown_panel(qtbot)
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    panel.withdraw(["marketing"])  # the slot, not the button

    assert {"Panel:Save", "Panel:Retirar el consentimiento"} <= set(recorder.seen)
    assert recorder.clicked == {"Panel:Save": "this test"}
    coverage = Coverage()
    coverage.add(recorder.as_json())
    assert "Panel:Retirar el consentimiento" in coverage.unclicked()
    assert "Panel:Save" not in coverage.unclicked()

    panel.withdraw_button.click()
    assert "Panel:Retirar el consentimiento" in recorder.clicked
    assert panel.withdrawn == [["marketing"], False]  # what clicked(bool) hands the slot


def test_a_button_whose_slots_were_all_disconnected_is_heard_again(
    qtbot, recorder: ClickRecorder
) -> None:
    panel = shown_panel(qtbot)
    panel.withdraw_button.clicked.disconnect()  # every slot, the recorder's too
    panel.withdraw_button.clicked.connect(lambda: panel.withdraw("again"))
    qtbot.mouseClick(panel.withdraw_button, Qt.MouseButton.LeftButton)
    assert panel.withdrawn == ["again"]
    assert "Panel:Retirar el consentimiento" in recorder.clicked


def test_the_session_s_recorder_notes_only_the_program_s_buttons(
    qtbot, recorder: ClickRecorder, click_recorder: ClickRecorder
) -> None:
    panel = shown_panel(qtbot)
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    assert "Panel:Save" in recorder.clicked
    assert not [
        k for k in [*click_recorder.seen, *click_recorder.clicked] if k.startswith("Panel:")
    ]


def test_a_button_pressed_before_it_was_shown_is_heard(qtbot, recorder: ClickRecorder) -> None:
    panel = Panel()
    qtbot.addWidget(panel)
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    assert "Panel:Save" in recorder.clicked


def test_labels_name_series_once_and_leave_qt_parts_out(qtbot, recorder: ClickRecorder) -> None:
    shown_panel(qtbot)
    assert "Panel:star#" in recorder.seen
    assert not [key for key in recorder.seen if "star1" in key or "star2" in key]
    # the line edit's clear button and the calendar's arrows are Qt's
    # a translated text is named as the source writes it; a text of no catalogue as it is
    assert sorted(key for key in recorder.seen if not key.startswith("Panel:star")) == [
        "Panel:Delete",
        "Panel:Open",
        "Panel:Retirar el consentimiento",
        "Panel:Save",
    ]


def test_a_group_property_names_buttons_made_per_row(qtbot, recorder: ClickRecorder) -> None:
    panel = Panel()
    qtbot.addWidget(panel)
    panel.save_button.setProperty("clickGroup", "resourceButton")
    panel.show()
    qtbot.waitExposed(panel)
    assert "Panel:resourceButton" in recorder.seen
    assert "Panel:Save" not in recorder.seen


def test_menu_actions_are_clicked_when_triggered(qtbot, recorder: ClickRecorder) -> None:
    panel = Panel()  # actions count once added to a menu, shown or not
    qtbot.addWidget(panel)
    assert {"Panel:Open", "Panel:Delete"} <= set(recorder.seen)
    assert not [key for key in recorder.seen if "Más" in key]  # a sub-menu holder

    panel.delete_action.trigger()
    assert set(recorder.clicked) == {"Panel:Delete"}


def test_dialog_buttons_by_role_and_plain_windows_by_class(qtbot, recorder: ClickRecorder) -> None:
    dialog = EditDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    details = dialog.details()
    assert {"EditDialog:Save", "EditDialog:Cancel", "EditDialog:QDialog/Close"} <= set(
        recorder.seen
    )
    dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert set(recorder.clicked) == {"EditDialog:Cancel"}
    details.close()


def test_message_boxes_are_qt_s_own(qtbot, recorder: ClickRecorder) -> None:
    panel = shown_panel(qtbot)
    box = QMessageBox(QMessageBox.Icon.Question, "¿Seguro?", "¿Seguro?", parent=panel)
    box.addButton("Sí, eliminar", QMessageBox.ButtonRole.AcceptRole)
    box.show()
    qtbot.waitExposed(box)
    assert not [key for key in recorder.seen if "Sí" in key]
    box.close()


def test_a_button_with_no_owner_of_ours_is_not_noted(qtbot, recorder: ClickRecorder) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    QPushButton("Suelto", widget)
    widget.show()
    qtbot.waitExposed(widget)
    assert recorder.seen == {}


def test_notes_of_several_processes_are_merged(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first, second = ClickRecorder([__name__]), ClickRecorder([__name__])
    first.seen = {"Panel:Save": "a", "Panel:Open": "a"}
    first.owners = {"Panel": __name__}
    second.seen = {"Panel:Save": "b"}
    second.clicked = {"Panel:Save": "b"}
    second.shown = {f"{__name__}.ShownEditDialog": "b"}
    monkeypatch.setenv("PYTEST_XDIST_WORKER", "gw0")
    write_log(first, tmp_path)
    monkeypatch.setenv("PYTEST_XDIST_WORKER", "gw1")
    path = write_log(second, tmp_path)
    assert json.loads(path.read_text(encoding="utf-8"))["clicked"] == {"Panel:Save": "b"}

    coverage = read_logs(tmp_path)
    assert coverage.unclicked() == ["Panel:Open"]
    assert coverage.unclicked({"Panel:Open": "why"}) == []
    assert coverage.was_shown(EditDialog)  # through the class made from it
    assert not coverage.was_shown(Panel)
    assert grouped_by_owner(coverage.unclicked(), coverage.owners) == [
        "Panel (tests/gui/test_click_coverage.py)",
        "    Panel:Open",
    ]


def test_every_dialog_class_of_the_program_is_found() -> None:
    names = {cls.__qualname__ for cls in dialog_classes()}
    assert {"PersonDialog", "ImportWizard", "LoginDialog", "TaskProgressDialog"} <= names
    assert "FilePage" not in names  # a wizard page, not a dialog
