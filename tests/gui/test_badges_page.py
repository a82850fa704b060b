"""The badges area: what to print (event, role, selection, members), the stock and the offset
per stock, generating in the background (and cancelling), the second-print question, logging
when saved or printed, and true-size printing whose barcodes still scan."""

from __future__ import annotations

import os
import subprocess
import threading
from datetime import UTC, datetime
from pathlib import Path
from random import Random

import pytest
import zxingcpp
from PIL import Image
from pypdf import PdfReader
from PySide6.QtCore import QSettings, Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox, QPushButton, QWidget
from sqlalchemy import select, update

from coworking.core import badges, codes, people
from coworking.core.badge_layout import Badge, group_code
from coworking.core.badge_stock import STOCKS
from coworking.db.database import Database
from coworking.db.enums import RegistrationRole
from coworking.db.models import BadgePrint, StaffUser
from coworking.gui import badge_printing, tasks
from coworking.gui.pages import badges as badges_page
from coworking.gui.pages.badges import BadgesPage
from tests.fair_data import build_fair, make_person
from tests.gui.modal import when_modal


def _shot(widget: QWidget, name: str) -> None:
    """Save a picture of ``widget`` when COWORKING_SHOTS names a folder (to look at it)."""
    folder = os.environ.get("COWORKING_SHOTS")
    if folder:
        QApplication.processEvents()
        widget.grab().save(str(Path(folder) / f"{name}.png"))


def _page(qtbot, database: Database, user: StaffUser, event_id: int | None = None) -> BadgesPage:
    page = BadgesPage(database, user)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    page.activateWindow()
    qtbot.waitExposed(page)
    qtbot.waitUntil(lambda: not page.loading)
    if event_id is not None and page.event_id() != event_id:
        page.event_combo.setCurrentIndex(page.event_combo.findData(event_id))
        qtbot.waitUntil(lambda: not page.loading)
    return page


def _finish(qtbot, handle) -> None:
    assert handle is not None
    qtbot.waitUntil(lambda: not handle.is_running, timeout=20_000)


def _pdf_text(path: Path) -> str:
    return " ".join(page.extract_text() for page in PdfReader(path).pages)


def _prints(database: Database) -> list[BadgePrint]:
    with database.sessions() as session:
        return list(session.scalars(select(BadgePrint).order_by(BadgePrint.id)))


def _listed_ids(page: BadgesPage) -> list[int]:
    return [
        page.model.entry(page.proxy.mapToSource(page.proxy.index(row, 0)).row()).id
        for row in range(page.proxy.rowCount())
    ]


def decode_pages(pdf: Path, dpi: int = 200) -> list[list[tuple[str, int, int, int]]]:
    """Code128 codes read from each page rendered by pdftoppm, with where each barcode sits
    (left, top, right in pixels)."""
    prefix = pdf.with_name(f"{pdf.stem}-{dpi}")
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", str(pdf), str(prefix)], check=True)
    pages = sorted(
        pdf.parent.glob(f"{prefix.name}-*.png"), key=lambda p: int(p.stem.rsplit("-", 1)[1])
    )
    found = []
    for png in pages:
        results = zxingcpp.read_barcodes(
            Image.open(png).convert("L"),
            formats=zxingcpp.BarcodeFormat.Code128,
            try_downscale=False,
        )
        found.append(
            sorted(
                (
                    r.text,
                    r.position.top_left.x,
                    r.position.top_left.y,
                    r.position.bottom_right.x,
                )
                for r in results
            )
        )
    return found


# --- generating -----------------------------------------------------------------------------


def test_whole_event_is_generated_in_the_background_and_previewed_without_logging(
    qtbot, database: Database, admin: StaffUser, front_desk: StaffUser
) -> None:
    fair = build_fair(database, admin, candidates=12)
    page = _page(qtbot, database, front_desk, fair.event_id)
    assert page.model.rowCount() == 13
    assert page.scope() is badges_page.Scope.ALL
    assert "13" in page.summary.text()
    assert not page.preview.print_button.isEnabled()  # nothing to print yet
    _shot(page, "badges-empty")

    page.stock_combo.setCurrentIndex(page.stock_combo.findData("a4"))
    QTest.keyClick(page, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)  # Ctrl+G
    handle = page.handle
    _finish(qtbot, handle)
    assert handle.outcome == "done"
    assert page.batch is not None and page.batch.pages == 2  # 13 badges, 8 per A4 sheet
    assert page.preview.page_count() == 2
    assert page.preview.print_button.isEnabled()
    assert page.preview.path == page.batch.path and page.batch.path.parent == page.work_folder()
    assert sorted(page.batch.registration_ids) == sorted(e.id for e in page.model.entries)
    text = _pdf_text(page.batch.path)
    for code in [*fair.codes, fair.rep_code]:
        assert group_code(code) in text
    assert _prints(database) == []  # a preview is not a print
    qtbot.wait(300)
    _shot(page, "badges-event")

    first = page.batch.path
    page.stock_combo.setCurrentIndex(page.stock_combo.findData("id1"))
    _finish(qtbot, page.generate())
    assert page.preview.page_count() == 13  # one card per page
    assert not first.exists()  # the previous preview's file is not left behind
    page.preview.fit_page()
    qtbot.wait(300)  # QPdfView draws its pages in the background
    _shot(page, "badges-id1")


def test_one_role_lists_and_generates_only_that_role(
    qtbot, database: Database, admin: StaffUser
) -> None:
    fair = build_fair(database, admin)
    page = _page(qtbot, database, admin, fair.event_id)
    page.role_combo.setCurrentIndex(page.role_combo.findData(RegistrationRole.EMPLOYER_REP.value))
    assert page.scope() is badges_page.Scope.ROLE  # choosing a role picks "one role"
    [rep] = _listed_ids(page)
    assert "1" in page.summary.text()
    _finish(qtbot, page.generate())
    assert page.batch is not None and page.batch.registration_ids == (rep,)
    assert page.preview.page_count() == 1
    text = _pdf_text(page.batch.path)
    assert group_code(fair.rep_code) in text and group_code(fair.codes[0]) not in text
    assert "Empresa" in page.preview.caption.text()

    page.role_combo.setCurrentIndex(page.role_combo.findData(RegistrationRole.VISITOR.value))
    assert _listed_ids(page) == []
    shown = []
    when_modal(lambda box: (shown.append(box.text()), box.accept()))
    assert page.generate() is not None  # the service says there is nothing to print
    _finish(qtbot, page.handle)
    qtbot.waitUntil(lambda: bool(shown))
    assert "No hay credenciales" in shown[0]
    assert page.batch.registration_ids == (rep,)  # the preview kept the last good batch


def test_a_selection_is_ticked_from_the_keyboard_and_only_it_is_generated(
    qtbot, database: Database, admin: StaffUser, typist
) -> None:
    fair = build_fair(database, admin)
    nunez, perez, alvarez, rodriguez, vera = fair.registration_ids
    page = _page(qtbot, database, admin, fair.event_id)
    QTest.keyClick(page, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)  # Ctrl+F
    assert page.scope() is badges_page.Scope.SELECTION
    assert page.filter_edit.hasFocus()
    typist(page.filter_edit, "pérez")
    assert _listed_ids(page) == [perez]
    QTest.keyClick(page.filter_edit, Qt.Key.Key_Return)  # the only match is ticked
    page.filter_edit.clear()
    typist(page.filter_edit, "alva")
    QTest.keyClick(page.filter_edit, Qt.Key.Key_Return)
    page.filter_edit.clear()
    assert page.model.checked == {perez, alvarez}
    assert "2" in page.summary.text()
    _shot(page, "badges-selection")

    _finish(qtbot, page.generate())
    assert set(page.batch.registration_ids) == {perez, alvarez}
    text = _pdf_text(page.batch.path)
    assert "Pérez" in text and "Álvarez" in text and "Núñez" not in text

    page.check_none_button.click()
    infos = []
    when_modal(lambda box: (infos.append(box.objectName() or box.text()), box.accept()))
    assert page.generate() is None  # nobody ticked: it says so and makes nothing
    assert infos


def test_member_cards_for_everyone_with_a_member_code(
    qtbot, database: Database, admin: StaffUser
) -> None:
    build_fair(database, admin)
    with database.unit_of_work(admin) as session:
        actor = session.get(StaffUser, admin.id)
        member = make_person(session, actor, "Génesis", "Loor Cedeño")
        people.ensure_member_code(session, actor, member)
    page = _page(qtbot, database, admin)
    page.source_members.setChecked(True)
    qtbot.waitUntil(lambda: not page.loading)
    assert not page.event_combo.isEnabled() and not page.scope_role.isEnabled()
    assert _listed_ids(page) == [member]
    _finish(qtbot, page.generate())
    assert page.batch.person_ids == (member,) and page.batch.registration_ids == ()
    assert "Loor" in _pdf_text(page.batch.path)


# --- stock and offset -----------------------------------------------------------------------


def test_the_offset_is_kept_per_stock_and_restored(
    qtbot, database: Database, admin: StaffUser
) -> None:
    build_fair(database, admin)
    page = _page(qtbot, database, admin)
    a4, labels = page.stock_combo.findData("a4"), page.stock_combo.findData("l4785")
    page.stock_combo.setCurrentIndex(a4)
    assert (page.offset_x.minimum(), page.offset_x.maximum()) == (-10, 10)
    assert page.offset_x.singleStep() == 0.5
    page.offset_x.setValue(1.5)
    page.offset_y.setValue(-2)
    page.stock_combo.setCurrentIndex(labels)
    assert (page.offset_x.value(), page.offset_y.value()) == (0, 0)  # not set for this stock
    page.offset_y.setFocus()
    QTest.keyClick(page.offset_y, Qt.Key.Key_Up)  # one step: 0.5 mm
    assert page.offset_y.value() == 0.5
    page.stock_combo.setCurrentIndex(a4)
    assert (page.offset_x.value(), page.offset_y.value()) == (1.5, -2)
    assert badges_page.read_offset("l4785") == (0, 0.5)
    stored = QSettings().value("badges/offset/a4")  # [x, y]: the door station reads it too
    assert [float(v) for v in stored] == [1.5, -2]
    assert page.request().offset == (1.5, -2)

    page.stock_combo.setCurrentIndex(labels)
    again = _page(qtbot, database, admin)  # the next time the page opens on this computer
    assert again.stock().key == "l4785"
    assert (again.offset_x.value(), again.offset_y.value()) == (0, 0.5)


def test_the_offset_moves_the_badges_on_the_sheet(
    qtbot, database: Database, admin: StaffUser
) -> None:
    fair = build_fair(database, admin, candidates=1)
    page = _page(qtbot, database, admin, fair.event_id)
    page.stock_combo.setCurrentIndex(page.stock_combo.findData("id1"))
    _finish(qtbot, page.generate())
    [[(_code, left, _top, _right), *_]] = decode_pages(page.batch.path)[:1]
    page.offset_x.setValue(5)
    _finish(qtbot, page.generate())
    [[(_code, moved, _top, _right), *_]] = decode_pages(page.batch.path)[:1]
    assert moved - left == pytest.approx(5 / 25.4 * 200, abs=3)  # 5 mm at 200 dpi


# --- cancelling -----------------------------------------------------------------------------


def test_cancelling_the_generation_leaves_no_file(
    qtbot, monkeypatch, database: Database, admin: StaffUser
) -> None:
    fair = build_fair(database, admin, candidates=12)
    page = _page(qtbot, database, admin, fair.event_id)
    gate = threading.Event()
    real_write = badges.write_pdf

    def held_write(items, path, stock, **options):
        progress = options["progress"]

        def held(done: int, total: int):
            gate.wait(10)  # the first page is drawn; the person cancels now
            return progress(done, total)

        return real_write(items, path, stock, **{**options, "progress": held})

    monkeypatch.setattr(badges, "write_pdf", held_write)
    handle = page.generate()
    assert handle is not None and not page.generate_button.isEnabled()
    qtbot.waitUntil(lambda: handle.dialog is not None and handle.dialog.isVisible())
    _shot(handle.dialog, "badges-progress")
    [cancel] = [b for b in handle.dialog.findChildren(QPushButton) if b.isVisible()]
    cancel.click()
    gate.set()
    _finish(qtbot, handle)
    assert handle.outcome == "cancelled"
    assert list(page.work_folder().iterdir()) == []  # no PDF and no half-written one
    assert page.batch is None and page.preview.page_count() == 0
    assert page.generate_button.isEnabled()


# --- printing again -------------------------------------------------------------------------


def test_a_second_print_is_confirmed_and_no_prints_nothing(
    qtbot, database: Database, admin: StaffUser
) -> None:
    fair = build_fair(database, admin)
    nunez, perez, alvarez, rodriguez, vera = fair.registration_ids
    with database.unit_of_work(admin) as session:
        badges.log_prints(session, admin, STOCKS["a4"], registration_ids=[perez, alvarez])
        session.execute(
            update(BadgePrint).values(created_at=datetime(2026, 12, 3, 14, 15, tzinfo=UTC))
        )
    page = _page(qtbot, database, admin, fair.event_id)
    page.scope_selection.setChecked(True)
    page.set_checked_ids({nunez, perez, alvarez})
    printed_column = [
        page.proxy.index(row, badges_page.PRINTED).data() for row in range(page.proxy.rowCount())
    ]
    assert sum("03/12/26 09:15" in text for text in printed_column) == 2  # Ecuador's time

    asked: list[QMessageBox] = []

    def answer(button: QMessageBox.StandardButton):
        def act(box: QMessageBox) -> None:
            asked.append((box.objectName(), box.text(), box.informativeText()))
            _shot(box, "badges-reprint-question")
            box.button(button).click()

        return act

    when_modal(answer(QMessageBox.StandardButton.No))
    assert page.generate() is None
    [(name, text, details)] = asked
    assert name == "reprintQuestion"
    assert "2" in text and "3" in text and "03/12/2026 09:15" in text
    assert "Pérez Ibáñez" in details and "Núñez" not in details
    assert page.batch is None and list(page.work_folder().iterdir()) == []
    assert len(_prints(database)) == 2  # nothing printed or logged

    when_modal(answer(QMessageBox.StandardButton.Yes))
    _finish(qtbot, page.generate())
    assert len(asked) == 2
    assert set(page.batch.registration_ids) == {nunez, perez, alvarez}

    # The whole role of candidates holds printed badges too: asked again.
    page.role_combo.setCurrentIndex(page.role_combo.findData(RegistrationRole.CANDIDATE.value))
    when_modal(answer(QMessageBox.StandardButton.No))
    assert page.generate() is None
    assert len(asked) == 3 and "2" in asked[2][1] and "5" in asked[2][1]

    # A role never printed is not asked about.
    page.role_combo.setCurrentIndex(page.role_combo.findData(RegistrationRole.EMPLOYER_REP.value))
    _finish(qtbot, page.generate())
    assert len(asked) == 3


# --- saving and printing --------------------------------------------------------------------


def test_save_as_pdf_copies_the_file_and_logs_every_badge(
    qtbot, monkeypatch, tmp_path: Path, database: Database, admin: StaffUser, front_desk
) -> None:
    fair = build_fair(database, admin)
    page = _page(qtbot, database, front_desk, fair.event_id)
    page.stock_combo.setCurrentIndex(page.stock_combo.findData("l4785"))
    _finish(qtbot, page.generate())
    assert page.batch.file_name == "credenciales-feria-de-empleo-manta.pdf"
    chosen = tmp_path / "out" / "credenciales"
    chosen.parent.mkdir()
    suggested = []

    def choose(parent, title, proposed, filters):
        suggested.append(proposed)
        return str(chosen), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(choose))
    QTest.keyClick(page, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # Ctrl+S
    saved = chosen.with_name("credenciales.pdf")
    assert saved.read_bytes() == page.batch.path.read_bytes()
    assert suggested[0].endswith("credenciales-feria-de-empleo-manta.pdf")
    prints = _prints(database)
    assert sorted(p.registration_id for p in prints) == sorted(page.batch.registration_ids)
    assert {p.stock for p in prints} == {"l4785"}
    assert {p.printed_by_id for p in prints} == {front_desk.id}
    assert all(p.person_id is None for p in prints)
    qtbot.waitUntil(lambda: not page.loading)
    printed_column = [
        page.proxy.index(row, badges_page.PRINTED).data() for row in range(page.proxy.rowCount())
    ]
    assert all(printed_column)  # the list now says when each was printed

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a: ("", "")))
    page.preview.save_button.click()  # the person cancelled the file dialog
    assert len(_prints(database)) == len(prints)


def test_printing_through_the_dialog_logs_the_batch(
    qtbot, monkeypatch, tmp_path: Path, database: Database, admin: StaffUser
) -> None:
    fair = build_fair(database, admin, candidates=2)
    page = _page(qtbot, database, admin, fair.event_id)
    page.stock_combo.setCurrentIndex(page.stock_combo.findData("id1"))
    _finish(qtbot, page.generate())
    out = tmp_path / "printer.pdf"

    def accept(dialog: QPrintDialog) -> int:
        printer = dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    busy = []
    page.preview.printing.connect(
        lambda on: busy.append((on, page.generate_button.isEnabled(), page.generate()))
    )
    QTest.keyClick(page, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)  # Ctrl+P
    assert busy[0] == (True, False, None)  # no new batch while this one is printing
    assert out.exists()
    assert len(PdfReader(out).pages) == 3
    assert len(_prints(database)) == 3

    again_out = tmp_path / "printed-again.pdf"  # its own file: the first printer is gone

    def second_sheet_only(dialog: QPrintDialog) -> int:  # the sheet that jammed
        printer = dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(again_out))
        printer.setPrintRange(QPrinter.PrintRange.PageRange)
        printer.setFromTo(2, 2)
        return QDialog.DialogCode.Accepted

    task_problems: list[str] = []  # a failed print task says why (it once failed under load)
    show_error = tasks.TaskHandle._show_error
    monkeypatch.setattr(
        tasks.TaskHandle,
        "_show_error",
        lambda handle, error: (task_problems.append(error.details), show_error(handle, error)),
    )
    monkeypatch.setattr(QPrintDialog, "exec", second_sheet_only)
    qtbot.waitUntil(page.preview.print_button.isEnabled)  # a reload after the print may run
    assert page.preview.print_document(), task_problems
    assert len(PdfReader(again_out).pages) == 1
    [again] = _prints(database)[3:]
    assert again.registration_id == page.batch.registration_ids[1]  # one card per page

    monkeypatch.setattr(QPrintDialog, "exec", lambda dialog: QDialog.DialogCode.Rejected)
    assert page.preview.print_document() is False
    assert len(_prints(database)) == 4  # a cancelled print dialog logs nothing


def test_painting_stops_when_asked(qapp, tmp_path: Path) -> None:
    source = tmp_path / "badges.pdf"
    items = [
        Badge("candidate", "Feria", "Ana", "Li", None, codes.new_code(Random(seed)))
        for seed in range(3)
    ]
    badges.write_pdf(items, source, STOCKS["id1"])
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    document = badge_printing.load_document(source)
    assert badge_printing.paint_pages(document, printer, progress=lambda done, total: done < 2) == 2


@pytest.mark.parametrize("stock_key", ["a4", "id1"])
def test_pages_are_painted_at_true_size_and_their_barcodes_scan(
    qapp, tmp_path: Path, database: Database, admin: StaffUser, stock_key: str
) -> None:
    fair = build_fair(database, admin, candidates=9)
    with database.sessions() as session:
        items = [badge for _id, badge in badges.event_badges(session, fair.event_id)]
    stock = STOCKS[stock_key]
    source = tmp_path / "badges.pdf"
    pages = badges.write_pdf(items, source, stock)

    document = badge_printing.load_document(source)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printed = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(printed))
    assert badge_printing.paint_pages(document, printer) == pages

    for original, copy in zip(
        PdfReader(source).pages, PdfReader(printed).pages, strict=True
    ):  # same paper, within rounding to whole points
        assert float(copy.mediabox.width) == pytest.approx(float(original.mediabox.width), abs=1)
        assert float(copy.mediabox.height) == pytest.approx(float(original.mediabox.height), abs=1)
    want, got = decode_pages(source), decode_pages(printed)
    assert [[c[0] for c in page] for page in got] == [[c[0] for c in page] for page in want]
    assert sorted(c[0] for page in got for c in page) == sorted(b.code for b in items)
    for page_want, page_got in zip(want, got, strict=True):
        for (_c, left, top, right), (_c2, left2, top2, right2) in zip(
            page_want, page_got, strict=True
        ):  # each barcode where it was and as wide: nothing shrunk to fit the page
            assert abs(left2 - left) <= 3 and abs(top2 - top) <= 4 and abs(right2 - right) <= 3


def test_render_resolution_divides_the_printers() -> None:
    assert badge_printing.render_dpi(1200) == 600
    assert badge_printing.render_dpi(600) == 600
    assert badge_printing.render_dpi(300) == 300
    assert badge_printing.render_dpi(720) == 360
    assert badge_printing.render_dpi(203) == 203  # thermal label printers


# --- keyboard and preview -------------------------------------------------------------------


def _focus_walk(page: BadgesPage, key: Qt.Key, steps: int) -> list[str]:
    names = []
    for _ in range(steps):
        widget = QApplication.focusWidget()
        names.append(widget.objectName())
        QTest.keyClick(widget, key)
    return names


def test_keyboard_order_mnemonics_and_zoom(qtbot, database: Database, admin: StaffUser) -> None:
    fair = build_fair(database, admin)
    page = _page(qtbot, database, admin, fair.event_id)
    qtbot.waitUntil(page.isActiveWindow)
    QTest.keyClick(page, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)  # Se&lección
    qtbot.waitUntil(lambda: page.scope() is badges_page.Scope.SELECTION)  # an animated click
    page.set_checked_ids({fair.registration_ids[0]})
    _finish(qtbot, page.generate())
    page.source_event.setFocus(Qt.FocusReason.TabFocusReason)
    assert _focus_walk(page, Qt.Key.Key_Tab, 19) == [
        "sourceEvent",
        "eventCombo",
        "scopeSelection",  # a group of radio buttons is entered on its checked one
        "roleCombo",
        "stockCombo",
        "offsetX",
        "offsetY",
        "generateBadges",
        "badgeFilter",
        "checkAll",
        "checkNone",
        "badgeList",  # Tab leaves the list (arrows move in it)
        "fitWidth",
        "fitPage",
        "zoomOut",
        "zoomIn",
        "saveBadges",
        "printBadges",
        "pdfView",
    ]
    QTest.keyClick(page, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)  # &Papel
    assert page.stock_combo.hasFocus()

    preview = page.preview
    assert preview.fit_width_button.isChecked()
    width_zoom = preview._current_zoom()
    preview.zoom_in_button.click()
    assert not preview.fit_width_button.isChecked()
    assert preview.view.zoomFactor() == pytest.approx(width_zoom * 1.25)
    QTest.keyClick(page, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert preview.view.zoomFactor() == pytest.approx(width_zoom)
    QTest.keyClick(page, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)  # Página &completa
    qtbot.waitUntil(preview.fit_page_button.isChecked)
    assert preview._current_zoom() < width_zoom  # a whole A4 page is narrower than the width


def test_the_page_fits_inside_the_main_window(qtbot, database: Database, admin: StaffUser) -> None:
    """Beside the navigation bar the page has about 1,000 pixels: nothing is cut."""
    fair = build_fair(database, admin, candidates=30)
    page = _page(qtbot, database, admin, fair.event_id)
    page.resize(1010, 720)
    page.scope_selection.setChecked(True)
    page.set_checked_ids(set(fair.registration_ids[:4]))
    _finish(qtbot, page.generate())
    qtbot.wait(300)
    for widget in (page.generate_button, page.offset_y, page.preview.print_button):
        assert widget.visibleRegion().boundingRect().width() == widget.width()
    _shot(page, "badges-narrow")
    assert page.table.horizontalScrollBar().maximum() == 0  # no sideways scrolling


def test_the_shown_pdf_is_not_printed_while_its_replacement_is_made(
    qtbot, database: Database, admin: StaffUser
) -> None:
    """A new batch deletes the file of the one shown when it arrives: printing or saving the
    shown one meanwhile would read a file about to go (seen as «No se pudo abrir el PDF»)."""
    fair = build_fair(database, admin, candidates=2)
    page = _page(qtbot, database, admin, fair.event_id)
    _finish(qtbot, page.generate())
    shown = page.batch.path
    assert page.preview.print_button.isEnabled() and page.preview.save_button.isEnabled()
    handle = page.generate()
    assert handle is not None and handle.is_running
    assert not page.preview.print_button.isEnabled()
    assert not page.preview.save_button.isEnabled()
    assert page.preview.print_document() is False  # Ctrl+P does nothing meanwhile
    assert page.preview.zoom_in_button.isEnabled()  # the shown one can still be looked at
    _finish(qtbot, handle)
    qtbot.waitUntil(page.preview.print_button.isEnabled)
    assert page.batch.path != shown and not shown.exists()
