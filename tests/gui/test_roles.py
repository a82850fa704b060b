"""Every role can do its job: each one walks its main tasks through the real main window, on a
real SQLite database, and the outcome is read back from the database.

Screenshots of the sidebar of each role and of the person form as front desk are written into
the test's temporary folder (``tmp_path``), for a person to look at.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFrame, QWidget
from sqlalchemy import select

from coworking.core import accounts, people, visits
from coworking.core.localtime import local_zone
from coworking.db.database import Database
from coworking.db.enums import CheckInResult, DocumentType, PopulationGroup, Role, Sex
from coworking.db.models import AuditEntry, ConsentRecord, ExportBatch, Person, StaffUser, Visit
from coworking.gui.main_window import MainWindow
from coworking.gui.pages.admin import AdminPage
from coworking.gui.pages.people import PeoplePage
from coworking.gui.pages.user_dialog import UserDialog
from coworking.gui.person_form import PersonDialog
from tests.cowork_data import at, build_space
from tests.gui.modal import when_modal
from tests.gui.test_main_window import SPANISH_AREAS, activate, nav_titles, open_window

CEDULA = "1710034065"
TUESDAY_10 = datetime(2026, 12, 15, 10, tzinfo=local_zone())  # the desk is open


def shoot(widget: QWidget, folder: Path, name: str) -> Path:
    path = folder / f"{name}.png"
    QApplication.sendPostedEvents()  # layouts settle first, as they do before a paint
    assert widget.grab().save(str(path))
    return path


def sidebar(window: MainWindow) -> QWidget:
    found = window.findChild(QFrame, "sidebar")
    assert found is not None
    return found


def staff(database: Database, admin: StaffUser, username: str, role: Role) -> StaffUser:
    with database.unit_of_work(admin) as session:
        return accounts.create_user(
            session,
            session.get(StaffUser, admin.id),
            username,
            username.title(),
            role,
            "clave-1234",
        )


def person_named(database: Database, given: str) -> Person:
    with database.sessions() as session:
        return session.scalars(select(Person).where(Person.given_names == given)).one()


def test_front_desk_registers_finds_edits_and_checks_in_walk_ins(
    qtbot, set_clock, database: Database, admin: StaffUser, front_desk: StaffUser, typist, tmp_path
) -> None:
    set_clock(TUESDAY_10)
    build_space(database, admin, desks=2, members=0)
    with database.unit_of_work(admin) as session:
        known = people.create_person(
            session,
            admin,
            people.PersonInput(
                "Carmen",
                "Loor Vera",
                DocumentType.CEDULA,
                CEDULA,
                population_group=PopulationGroup.RETURNEE,
            ),
            ["registro"],
        ).id
    window = open_window(qtbot, database, front_desk)
    window.resize(1180, 760)
    assert nav_titles(window, visible_only=True) == SPANISH_AREAS[:5]
    shoot(sidebar(window), tmp_path, "sidebar-recepcion")

    # Personas: a new person, first saved empty (errors beside the fields), then complete.
    assert window.show_page("people")
    page = window.page_widgets["people"]
    assert isinstance(page, PeoplePage)
    seen: dict[str, object] = {}

    def register(dialog: QWidget) -> None:
        assert isinstance(dialog, PersonDialog)
        ui = dialog.ui
        assert not ui.documentTypeCombo.isVisibleTo(dialog)
        assert dialog.save() is False
        seen["names"] = ui.givenNamesEditError.isVisibleTo(dialog)
        seen["document"] = ui.documentNumberEditError.isVisibleTo(dialog)
        # a loose error label would sit at the top left of the group, over its title
        seen["loose"] = [
            label.objectName()
            for label in ui.identityGroup.findChildren(QWidget)
            if label.objectName().endswith("Error")
            and label.isVisibleTo(dialog)
            and label.geometry().top() < ui.givenNamesEdit.geometry().top()
        ]
        shoot(dialog, tmp_path, "person-form-recepcion-errors")
        typist(ui.givenNamesEdit, "Yuleisy")  # typing clears each field's error
        typist(ui.familyNamesEdit, "Rondón Pérez")
        ui.birthDateEdit.setText("12/05/1994")
        ui.nationalityCombo.setCurrentIndex(ui.nationalityCombo.findData("VE"))
        ui.sexCombo.setCurrentIndex(ui.sexCombo.findData(Sex.WOMAN))
        ui.phoneEdit.setText("0991234567")
        ui.purposeStatistics.setChecked(True)
        shoot(dialog, tmp_path, "person-form-recepcion")
        dialog.save_button.click()

    when_modal(register)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)  # runs the modal form
    assert seen == {"names": True, "document": False, "loose": []}
    new = person_named(database, "Yuleisy")
    assert (new.document_type, new.document_number) == (DocumentType.NONE, None)
    assert (new.nationality, new.phone, new.population_group) == ("VE", "+593991234567", None)
    with database.sessions() as session:
        consent = session.scalars(select(ConsentRecord).where(ConsentRecord.person_id == new.id))
        assert [(c.purposes, c.staff_user_id) for c in consent] == [
            (["estadisticas", "registro"], front_desk.id)
        ]

    # Found by search, in any word order and without accents.
    page.search.setText("rondon yuleisy")
    qtbot.waitUntil(lambda: page.model.total == 1)
    assert page.model.person_id(0) == new.id

    # Editing someone with a document: the hidden fields are neither shown nor overwritten.
    page.search.setText("carmen loor")
    qtbot.waitUntil(lambda: page.model.total == 1 and page.model.person_id(0) == known)

    def edit(dialog: QWidget) -> None:
        assert isinstance(dialog, PersonDialog)
        seen["number shown"] = dialog.ui.documentNumberEdit.text()
        dialog.ui.phoneEdit.setText("0987654321")
        dialog.save_button.click()

    when_modal(edit)
    page.edit_selected()
    assert seen["number shown"] == ""
    with database.sessions() as session:
        carmen = session.get(Person, known)
        assert carmen.phone == "+593987654321"
        assert (carmen.document_type, carmen.document_number) == (DocumentType.CEDULA, CEDULA)
        assert carmen.population_group == PopulationGroup.RETURNEE

    # Coworking: F2 at the desk registers a walk-in, and saving checks them in.
    assert window.show_page("coworking")
    desk = window.page_widgets["coworking"].page.desk
    activate(window)
    qtbot.waitUntil(desk.scan_field.hasFocus)
    assert desk.enrolment.button.text() == "Nueva persona (F2)"
    shoot(desk, tmp_path, "desk-recepcion")
    qtbot.keyClick(desk.scan_field, Qt.Key.Key_F2)
    dialog = desk.enrolment.dialog
    assert isinstance(dialog, PersonDialog) and dialog.isVisible()
    assert dialog.save_button.text() == "Guardar y registrar entrada"
    dialog.ui.givenNamesEdit.setText("Jhonny")
    dialog.ui.familyNamesEdit.setText("Castillo Mora")
    dialog.save_button.click()
    assert desk.enrolment.dialog is None
    walk_in = person_named(database, "Jhonny")
    assert (walk_in.document_type, walk_in.document_number) == (DocumentType.NONE, None)
    answer = desk.last_answer
    assert answer is not None and answer.result == CheckInResult.OK
    assert answer.person_id == walk_in.id and answer.offers  # free desks offered
    shoot(desk, tmp_path, "desk-recepcion-walk-in")
    with database.sessions() as session:
        visit = session.scalars(select(Visit).where(Visit.person_id == walk_in.id)).one()
        assert visit.checked_out_at is None and visit.checked_in_by_id == front_desk.id

    # The registered person checks in by name too.
    desk.scan_field.setText("yuleisy")
    desk.submit()
    assert desk.last_answer is not None and desk.last_answer.person_id == new.id
    with database.sessions() as session:
        assert session.scalar(select(Visit.id).where(Visit.person_id == new.id)) is not None

    # The areas the role cannot use stay shut, with a clear word.
    assert not window.show_page("reports")
    assert "coordinadores" in window.statusBar().currentMessage()


def test_coordinator_sees_people_makes_a_report_and_an_export(
    qtbot, set_clock, database: Database, admin: StaffUser, tmp_path
) -> None:
    set_clock(TUESDAY_10)
    space = build_space(database, admin, desks=2, members=3)
    for day, card in ((1, space.cards[0]), (2, space.cards[1])):
        for hour in (9, 12):
            with database.unit_of_work(admin) as session:
                visits.scan(session, space.site_id, card, "Recepción", admin, now=at(day, hour))
    coordinator = staff(database, admin, "coordinacion", Role.COORDINATOR)
    window = open_window(qtbot, database, coordinator)
    window.resize(1180, 760)
    assert nav_titles(window, visible_only=True) == SPANISH_AREAS[:7]
    assert not window.page_actions["administration"].isVisible()
    shoot(sidebar(window), tmp_path, "sidebar-coordinacion")

    assert window.show_page("people")
    people_page = window.page_widgets["people"]
    assert people_page.model.total == 3 and people_page.merge_button.isVisibleTo(people_page)

    assert window.show_page("reports")
    reports = window.page_widgets["reports"].page
    assert reports.allowed
    qtbot.waitUntil(lambda: reports.form.site_combo.count() == 1)
    reports.form.period_combo.setCurrentIndex(reports.form.period_combo.findData("this_month"))
    assert reports.generate() is not None
    qtbot.waitUntil(lambda: reports.report is not None, timeout=30_000)
    figures = {figure.label: figure.value for figure in reports.report.figures}
    assert figures["Visitas"] == "2" and figures["Personas distintas"] == "2"
    with database.sessions() as session:
        made_by = session.scalars(
            select(AuditEntry.username).where(AuditEntry.entity == "attendance_report")
        ).all()
    assert made_by == ["coordinacion"]

    out = tmp_path / "usb"
    out.mkdir()
    assert window.show_page("sync")
    sync = window.page_widgets["sync"].page
    sync._choose_folder = lambda _title: str(out)
    qtbot.waitUntil(lambda: sync.pending is not None)
    assert sync.export() is not None
    qtbot.waitUntil(lambda: len(sync.batches) == 1 and not sync.busy(), timeout=30_000)
    with database.sessions() as session:
        batch = session.scalars(select(ExportBatch)).one()
    assert batch.staff_user_id == coordinator.id and Path(batch.folder).parent == out

    assert not window.show_page("administration")
    assert window.current_page() == "sync"


def test_admin_reaches_every_area_and_creates_a_front_desk_account(
    qtbot, database: Database, admin: StaffUser, tmp_path
) -> None:
    window = open_window(qtbot, database, admin)
    window.resize(1180, 760)
    assert nav_titles(window, visible_only=True) == SPANISH_AREAS
    assert all(action.isVisible() for action in window.page_actions.values())
    shoot(sidebar(window), tmp_path, "sidebar-administracion")
    for key in ("reports", "sync", "badges"):
        assert window.show_page(key)

    activate(window)
    qtbot.keyClick(window, Qt.Key.Key_8, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() == "administration"
    page = window.page_widgets["administration"]
    assert isinstance(page, AdminPage) and page.allowed

    def create(dialog: QWidget) -> None:
        assert isinstance(dialog, UserDialog)
        ui = dialog.ui
        ui.usernameEdit.setText("recepcion2")
        ui.fullNameEdit.setText("Luis Cedeño")
        dialog.set_role(Role.FRONT_DESK)
        ui.passwordEdit.setText("recepcion-2026")
        ui.confirmEdit.setText("recepcion-2026")
        ui.createButton.click()

    when_modal(create)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    with database.sessions() as session:
        created = session.scalars(select(StaffUser).where(StaffUser.username == "recepcion2")).one()
    assert (created.role, created.active) == (Role.FRONT_DESK, True)

    # The new account sees the front desk's areas only.
    theirs = open_window(qtbot, database, created)
    assert nav_titles(theirs, visible_only=True) == SPANISH_AREAS[:5]
