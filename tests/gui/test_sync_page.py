"""The Sincronización page: what is pending, a batch written off the GUI thread into the chosen
folder, the history, a batch written again identical, identities only for administrators."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from coworking.core import exports
from coworking.core.people import PersonInput, create_person
from coworking.db.database import Database
from coworking.db.enums import Sex
from coworking.db.models import StaffUser
from coworking.gui.pages.sync import SyncPage
from tests.gui.modal import when_modal

pytestmark = pytest.mark.date_sensitive


def add_person(database: Database, admin: StaffUser, given: str) -> None:
    with database.unit_of_work(admin) as session:
        create_person(
            session,
            admin,
            PersonInput(given_names=given, family_names="Zambrano", sex=Sex.WOMAN),
            ["registro", "estadisticas"],
        )


def open_page(qtbot, database: Database, user: StaffUser, folder: Path) -> SyncPage:
    page = SyncPage(database, user, choose_folder=lambda _title: str(folder))
    qtbot.addWidget(page)
    page.resize(1280, 760)
    page.show()
    qtbot.waitUntil(lambda: page.pending is not None)
    return page


def test_a_batch_is_written_listed_and_written_again(
    qtbot, database: Database, admin: StaffUser, tmp_path: Path
) -> None:
    add_person(database, admin, "María José")
    out = tmp_path / "usb"
    out.mkdir()
    page = open_page(qtbot, database, admin, out)
    assert page.pending.total >= 1
    assert "pendiente" in page.pending_label.text()

    assert page.export() is not None
    qtbot.waitUntil(lambda: len(page.batches) == 1 and not page.busy(), timeout=30_000)
    qtbot.waitUntil(lambda: page.pending is not None and page.pending.total == 0)
    assert "Nada pendiente" in page.pending_label.text()
    batch = page.batches[0]
    folder = Path(batch.folder)
    assert folder.parent == out and (folder / "manifiesto.json").is_file()
    assert page.table.rowCount() == 1 and page.table.item(0, 0).text() == str(batch.number)
    assert page.table.item(0, 4).text() == batch.made_by
    assert f"Lote {batch.number}" in page.status.text()

    again = tmp_path / "otra-usb"
    again.mkdir()
    page._choose_folder = lambda _title: str(again)
    page.table.selectRow(0)
    assert page.recreate_button.isEnabled()
    assert page.recreate() is not None
    qtbot.waitUntil(lambda: not page.busy() and "idéntico" in page.status.text())
    copy = again / folder.name
    for original in folder.iterdir():
        assert (copy / original.name).read_bytes() == original.read_bytes()


def test_the_separator_is_kept_for_everybody(
    qtbot, database: Database, admin: StaffUser, tmp_path: Path
) -> None:
    page = open_page(qtbot, database, admin, tmp_path)
    page.delimiter_combo.setCurrentIndex(page.delimiter_combo.findData(";"))
    page.delimiter_combo.activated.emit(page.delimiter_combo.currentIndex())
    with database.sessions() as session:
        assert exports.delimiter(session) == ";"


def test_identities_need_an_administrator_and_a_warning(
    qtbot, database: Database, admin: StaffUser, front_desk: StaffUser, tmp_path: Path
) -> None:
    add_person(database, admin, "Génesis")
    out = tmp_path / "usb"
    out.mkdir()
    page = open_page(qtbot, database, admin, out)
    assert page.identified_button.isVisible()
    seen: list[str] = []

    def cancel(box) -> None:
        seen.append(box.text())
        box.button(QMessageBox.StandardButton.Cancel).click()

    when_modal(cancel)
    assert page.export(identified=True) is None
    assert "LOPDP" in seen[0]
    assert not list(out.iterdir())

    refused = SyncPage(database, front_desk)
    qtbot.addWidget(refused)
    assert not refused.allowed and not hasattr(refused, "export_button")
