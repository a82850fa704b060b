"""Printing a person's badge again from their record: asks first, says when, logs it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QPdfWriter
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import func, select

from coworking.core import people
from coworking.db.database import Database
from coworking.db.models import BadgePrint, StaffUser
from coworking.gui.badge_printing import load_document, paint_pages
from coworking.gui.person_form import PersonDialog
from tests.fair_data import build_fair
from tests.gui.test_door_printing import _answer_question
from tests.test_badges import decode_pages


def test_reprint_from_the_record_confirms_and_logs(
    qtbot, database: Database, admin: StaffUser, tmp_path: Path
) -> None:
    fair = build_fair(database, admin, candidates=1)
    with database.sessions() as session:
        person_id = (
            session.scalar(select(BadgePrint.id).limit(0))
            or people.search(session, "nunez zambrano")[0].id
        )
    with database.unit_of_work(admin) as session:
        member_code = people.ensure_member_code(session, admin, person_id)
    dialog = PersonDialog(database, admin, person_id)
    qtbot.addWidget(dialog)
    dialog.show()
    tab = dialog.badges_tab
    assert tab.table.rowCount() == 2  # member card and the fair's badge
    assert tab.table.item(0, 2).text() == member_code
    assert tab.table.item(1, 2).text() == fair.codes[0]
    assert tab.table.item(1, 3).text() == "—"

    printed: list[Path] = []

    def to_file(path: Path, _parent) -> bool:
        target = tmp_path / f"printed-{len(printed)}.pdf"
        printed.append(target)
        writer = QPdfWriter(str(target))
        writer.setResolution(300)
        document = load_document(path)
        paint_pages(document, writer)
        document.close()
        return True

    tab.print_pdf = to_file
    assert tab.print_button.text() == "&Imprimir carné…"  # the member card is selected
    tab.table.selectRow(1)
    assert tab.print_button.text() == "&Imprimir credencial…"
    assert tab.print_selected()
    assert decode_pages(printed[0], 200) == [[fair.codes[0]]]
    assert tab.table.item(1, 3).text() != "—"

    seen: list[str] = []
    _answer_question(QMessageBox.StandardButton.No, seen)
    tab.table.selectRow(1)
    assert not tab.print_selected()
    assert "ya se imprimió" in seen[0] and len(printed) == 1
    tab.table.selectRow(0)
    assert tab.print_selected()  # the member card: first print, no question
    assert decode_pages(printed[1], 200) == [[member_code]]
    _answer_question(QMessageBox.StandardButton.No, seen)
    assert not tab.print_selected()  # printed before: asked, as a card
    assert "Este carné ya se imprimió" in seen[1]
    with database.sessions() as session:
        assert session.scalar(select(func.count()).select_from(BadgePrint)) == 2
