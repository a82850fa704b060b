"""The buttons of the screens that make records and files, clicked as a person does: badges
(tick, generate, zoom, print), the import wizard from People, editing a person, cancelling the
likely-duplicate question, reports (generate, Excel) and synchronization batches."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QMessageBox,
    QPushButton,
    QWidget,
    QWizard,
)
from sqlalchemy import func, select

from coworking.core import people
from coworking.db.database import Database
from coworking.db.enums import DocumentType
from coworking.db.models import AuditEntry, BadgePrint, Person, StaffUser
from coworking.gui.badge_preview import ZOOM_STEP
from coworking.gui.duplicates_dialog import DuplicatesDialog
from coworking.gui.import_wizard import IGNORE, ImportWizard
from coworking.gui.pages.badges import BadgesPage
from coworking.gui.pages.people import PeoplePage
from coworking.gui.pages.reports import ReportsPage
from coworking.gui.pages.sync import SyncPage
from coworking.gui.person_form import PersonDialog
from tests.cowork_data import at, build_space
from tests.fair_data import build_fair
from tests.gui.modal import when_modal

LEFT = Qt.MouseButton.LeftButton
REPORT_NOW = datetime(2026, 12, 15, 15, tzinfo=UTC)  # 10:00 in Ecuador
SPREADSHEET = [
    "Nombre;Apellido;Cédula;Comentario",
    "José Ángel;Núñez Peña;1710034065;viene por la feria",
    "Ana;Loor;1710034066;",
]


def _show(qtbot, widget: QWidget, width: int = 1280, height: int = 800) -> None:
    qtbot.addWidget(widget)
    widget.resize(width, height)
    widget.show()
    qtbot.waitExposed(widget)


def _people(database: Database) -> int:
    with database.sessions() as session:
        return session.scalar(select(func.count()).select_from(Person)) or 0


def _answer_save_as(monkeypatch, target: Path) -> list[str]:
    """The file dialog answers ``target``; the names it proposed are returned."""
    proposed: list[str] = []

    def choose(_parent, _title, suggested, filters):
        proposed.append(suggested)
        return str(target), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(choose))
    return proposed


# --- badges ---------------------------------------------------------------------------------


def test_ticking_the_shown_generating_zooming_and_printing_badges(
    qtbot, monkeypatch, tmp_path: Path, database: Database, admin: StaffUser, typist
) -> None:
    fair = build_fair(database, admin)
    _nunez, perez, *_others = fair.registration_ids
    page = BadgesPage(database, admin)
    _show(qtbot, page)
    qtbot.waitUntil(lambda: not page.loading)
    if page.event_id() != fair.event_id:
        page.event_combo.setCurrentIndex(page.event_combo.findData(fair.event_id))
        qtbot.waitUntil(lambda: not page.loading)

    page.scope_selection.setChecked(True)
    typist(page.filter_edit, "pérez")
    qtbot.waitUntil(lambda: page.proxy.rowCount() == 1)
    qtbot.mouseClick(page.check_all_button, LEFT)
    assert page.model.checked == {perez}  # only the one shown, not the whole list
    page.filter_edit.clear()

    qtbot.mouseClick(page.generate_button, LEFT)
    handle = page.handle
    assert handle is not None
    qtbot.waitUntil(lambda: not handle.is_running, timeout=20_000)
    assert page.batch is not None and page.batch.registration_ids == (perez,)
    preview = page.preview
    assert preview.page_count() >= 1 and preview.print_button.isEnabled()

    view = preview.view
    qtbot.wait(100)  # the view has its size
    fitted = preview._current_zoom()
    qtbot.mouseClick(preview.zoom_out_button, LEFT)
    assert view.zoomMode() == QPdfView.ZoomMode.Custom
    assert view.zoomFactor() == pytest.approx(fitted / ZOOM_STEP)
    assert not preview.fit_width_button.isChecked()
    qtbot.mouseClick(preview.fit_width_button, LEFT)
    assert view.zoomMode() == QPdfView.ZoomMode.FitToWidth
    assert preview.fit_width_button.isChecked()

    out = tmp_path / "printer.pdf"

    def print_to_file(dialog: QPrintDialog) -> int:  # the person picks "print to file", OK
        printer = dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", print_to_file)
    qtbot.mouseClick(preview.print_button, LEFT)
    assert len(PdfReader(out).pages) == preview.page_count()
    with database.sessions() as session:
        logged = session.scalars(select(BadgePrint.registration_id)).all()
    assert logged == [perez]  # the printed badge is logged as printed


# --- the import wizard ----------------------------------------------------------------------


def _spreadsheet(tmp_path: Path) -> Path:
    source = tmp_path / "preinscritos.csv"
    source.write_text("\n".join(SPREADSHEET) + "\n", encoding="utf-8")
    return source


def _choose_button(wizard: ImportWizard) -> QPushButton:
    return wizard.file_page.choose_button


def test_the_wizard_is_walked_with_its_buttons_and_finished_after_importing(
    qtbot, monkeypatch, tmp_path: Path, database: Database, admin: StaffUser
) -> None:
    source = _spreadsheet(tmp_path)
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *_args: (str(source), ""))
    )
    wizard = ImportWizard(database, admin, "people")
    _show(qtbot, wizard, 900, 600)
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    assert not next_button.isEnabled()  # no spreadsheet chosen yet

    qtbot.mouseClick(_choose_button(wizard), LEFT)
    assert wizard.file_page.path_edit.text() == str(source)
    assert wizard.source is not None and next_button.isEnabled()

    qtbot.mouseClick(next_button, LEFT)
    assert wizard.currentPage() is wizard.columns_page
    mapping = tmp_path / "columnas.json"
    _answer_save_as(monkeypatch, mapping)
    qtbot.mouseClick(wizard.columns_page.save_button, LEFT)
    columns = json.loads(mapping.read_text(encoding="utf-8"))["columns"]
    assert columns["Nombre"] == "given_names" and columns["Comentario"] == IGNORE

    qtbot.mouseClick(wizard.button(QWizard.WizardButton.BackButton), LEFT)
    assert wizard.currentPage() is wizard.file_page
    qtbot.mouseClick(next_button, LEFT)
    qtbot.mouseClick(next_button, LEFT)
    assert wizard.currentPage() is wizard.values_page  # no column holds categories
    qtbot.mouseClick(next_button, LEFT)
    check = wizard.check_page
    assert wizard.currentPage() is check
    qtbot.waitUntil(lambda: check.report is not None, timeout=10_000)
    assert _people(database) == 0  # the check is a dry run

    problems = tmp_path / "errores.csv"
    _answer_save_as(monkeypatch, problems)
    qtbot.mouseClick(check.errors_button, LEFT)
    assert "3;Cédula;" in problems.read_text(encoding="utf-8-sig")

    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert not finish.isEnabled()  # nothing imported yet
    qtbot.mouseClick(check.import_button, LEFT)
    qtbot.waitUntil(lambda: check.imported, timeout=10_000)
    assert finish.isEnabled()
    qtbot.mouseClick(finish, LEFT)
    assert wizard.result() == QDialog.DialogCode.Accepted and not wizard.isVisible()
    assert _people(database) == 1


def test_import_from_people_then_cancel_imports_nothing(
    qtbot, monkeypatch, tmp_path: Path, database: Database, admin: StaffUser
) -> None:
    source = _spreadsheet(tmp_path)
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *_args: (str(source), ""))
    )
    page = PeoplePage(database, admin)
    _show(qtbot, page)
    steps: list[str] = []

    def check_then_cancel(wizard: QWidget) -> None:
        assert isinstance(wizard, ImportWizard)
        qtbot.mouseClick(_choose_button(wizard), LEFT)
        next_button = wizard.button(QWizard.WizardButton.NextButton)
        for _page in ("columns", "values", "check"):
            qtbot.mouseClick(next_button, LEFT)
        qtbot.waitUntil(lambda: wizard.check_page.report is not None, timeout=10_000)
        steps.append(wizard.check_page.summary.text())  # checked, ready to import
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.CancelButton), LEFT)
        steps.append(wizard.result())

    when_modal(check_then_cancel)
    qtbot.mouseClick(page.import_button, LEFT)
    assert steps and steps[0].startswith("2 filas: 1 se importará, 0 ya registradas, 1 rechazada")
    assert steps[1] == QDialog.DialogCode.Rejected
    assert _people(database) == 0 and page.model.total == 0


# --- people ---------------------------------------------------------------------------------


def test_edit_opens_the_selected_person(qtbot, database: Database, admin: StaffUser) -> None:
    with database.unit_of_work(admin) as session:
        for given, family in (("José", "Núñez"), ("Génesis", "Quintero")):
            people.create_person(session, admin, people.PersonInput(given, family), ["registro"])
    page = PeoplePage(database, admin)
    _show(qtbot, page)
    page.table.selectRow(1)
    chosen = page.model.person_id(1)
    opened: list[tuple[int | None, str]] = []

    def look_and_close(dialog: QWidget) -> None:
        assert isinstance(dialog, PersonDialog)
        opened.append((dialog.person_id, dialog.ui.givenNamesEdit.text()))
        dialog.reject()

    when_modal(look_and_close)
    qtbot.mouseClick(page.edit_button, LEFT)
    with database.sessions() as session:
        given = session.get(Person, chosen).given_names
    assert opened == [(chosen, given)]


def test_cancelling_the_likely_duplicate_question_saves_nothing(
    qtbot, database: Database, admin: StaffUser, typist
) -> None:
    with database.unit_of_work(admin) as session:
        people.create_person(
            session, admin, people.PersonInput("Rosa", "Loor", phone="0991234567"), ["registro"]
        )
    form = PersonDialog(database, admin)
    _show(qtbot, form, 900, 700)
    typist(form.ui.givenNamesEdit, "Rosa María")
    typist(form.ui.familyNamesEdit, "Loor Vélez")
    form.ui.documentTypeCombo.setCurrentIndex(form.ui.documentTypeCombo.findData(DocumentType.NONE))
    form.ui.phoneEdit.setText("0991234567")
    asked: list[str] = []

    def cancel(dialog: QWidget) -> None:
        assert isinstance(dialog, DuplicatesDialog)
        asked.append(dialog.list.item(0).text())
        cancel_button = dialog.findChild(QDialogButtonBox).button(
            QDialogButtonBox.StandardButton.Cancel
        )
        qtbot.mouseClick(cancel_button, LEFT)

    when_modal(cancel)
    qtbot.mouseClick(form.save_button, LEFT)
    assert asked and "Rosa Loor" in asked[0]
    assert form.duplicates_dialog.result() == QDialog.DialogCode.Rejected
    assert form.duplicates_dialog.chosen_id is None
    assert form.saved_id is None and form.isVisible()  # back to the form, as typed
    assert form.ui.givenNamesEdit.text() == "Rosa María"
    assert _people(database) == 1


# --- reports --------------------------------------------------------------------------------


def _come_and_go(database: Database, admin: StaffUser, code: str, day: int, hours: int) -> None:
    from coworking.core import visits

    with database.unit_of_work(admin) as session:
        visits.scan(session, 1, code, "Recepción", admin, now=at(day, 9))
    with database.unit_of_work(admin) as session:
        visits.scan(session, 1, code, "Recepción", admin, now=at(day, 9 + hours))


@pytest.mark.date_sensitive
def test_generate_report_then_save_it_as_excel(
    qtbot, monkeypatch, tmp_path: Path, database: Database, admin: StaffUser
) -> None:
    space = build_space(database, admin, desks=2, members=3)
    _come_and_go(database, admin, space.cards[0], 1, 3)
    _come_and_go(database, admin, space.cards[1], 2, 4)
    page = ReportsPage(database, admin, clock=lambda: REPORT_NOW)
    _show(qtbot, page)
    qtbot.waitUntil(lambda: page.form.site_combo.count() == 1)
    form = page.form
    form.period_combo.setCurrentIndex(form.period_combo.findData("this_month"))
    assert not page.excel_button.isEnabled()

    qtbot.mouseClick(page.generate_button, LEFT)
    qtbot.waitUntil(lambda: page.report is not None, timeout=30_000)
    figures = {figure.label: figure.value for figure in page.report.figures}
    assert figures["Visitas"] == "2" and figures["Personas distintas"] == "2"
    assert page.preview.page_count() >= 1
    with database.sessions() as session:
        audited = session.scalars(
            select(AuditEntry.entity).where(AuditEntry.entity == "attendance_report")
        ).all()
    assert len(audited) == 1

    qtbot.waitUntil(lambda: not page.busy() and page.excel_button.isEnabled())
    proposed = _answer_save_as(monkeypatch, tmp_path / "informe")
    qtbot.mouseClick(page.excel_button, LEFT)
    book = tmp_path / "informe.xlsx"
    qtbot.waitUntil(lambda: book.exists() and not page.busy(), timeout=30_000)
    assert proposed[0].endswith(".xlsx")
    assert load_workbook(book).sheetnames[0] == "Resumen"
    assert "informe.xlsx" in page.status.text()


# --- synchronization ------------------------------------------------------------------------


@pytest.mark.date_sensitive
def test_every_kind_of_batch_is_exported_and_one_written_again(
    qtbot, monkeypatch, tmp_path: Path, database: Database, admin: StaffUser
) -> None:
    with database.unit_of_work(admin) as session:
        people.create_person(
            session, admin, people.PersonInput("María José", "Zambrano"), ["registro"]
        )
    usb = tmp_path / "usb"
    usb.mkdir()
    folder = {"chosen": usb}
    monkeypatch.setattr(
        QFileDialog,
        "getExistingDirectory",
        staticmethod(lambda *_args: str(folder["chosen"])),
    )
    page = SyncPage(database, admin)
    _show(qtbot, page, 1280, 760)
    qtbot.waitUntil(lambda: page.pending is not None)

    def written(count: int) -> None:
        qtbot.waitUntil(
            lambda: not page.busy() and len(page.batches) == count and not page.loading.is_running,
            timeout=30_000,
        )

    qtbot.mouseClick(page.export_button, LEFT)
    written(1)
    assert [b.kind for b in page.batches] == ["incremental"]
    assert (Path(page.batches[0].folder) / "manifiesto.json").is_file()
    assert Path(page.batches[0].folder).parent == usb

    warned: list[str] = []

    def answer(button: QMessageBox.StandardButton | None):
        def act(box: QWidget) -> None:
            assert isinstance(box, QMessageBox)
            warned.append(box.text())
            if button is not None:
                qtbot.mouseClick(box.button(button), LEFT)
            else:  # the box's own "Export with identities" button
                [go] = [
                    b
                    for b in box.buttons()
                    if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole
                ]
                qtbot.mouseClick(go, LEFT)

        return act

    when_modal(answer(QMessageBox.StandardButton.Yes))
    qtbot.mouseClick(page.full_button, LEFT)
    written(2)
    assert warned and "exportación completa" in warned[0].lower()
    assert sorted(b.kind for b in page.batches) == ["completo", "incremental"]

    when_modal(answer(None))
    qtbot.mouseClick(page.identified_button, LEFT)
    written(3)
    assert "LOPDP" in warned[1]
    assert sorted(b.kind for b in page.batches) == ["completo", "identificado", "incremental"]

    first = next(b for b in page.batches if b.kind == "incremental")
    again = tmp_path / "otra-usb"
    again.mkdir()
    folder["chosen"] = again
    page.table.selectRow(page.batches.index(first))
    assert page.recreate_button.isEnabled()
    qtbot.mouseClick(page.recreate_button, LEFT)
    qtbot.waitUntil(lambda: not page.busy() and "idéntico" in page.status.text())
    original = Path(first.folder)
    copy = again / original.name
    for made in original.iterdir():
        assert (copy / made.name).read_bytes() == made.read_bytes()
