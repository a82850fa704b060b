"""The door station: answers in colour, a scan field that keeps the keyboard, typed search,
walk-ins, scanner bursts caught while a dialog is open, undo and live counters."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QMessageBox, QWidget
from sqlalchemy import func, select

from coworking.core import accounts, checkin, codes, people, registrations
from coworking.db.database import Database
from coworking.db.enums import CheckInResult, DocumentType, RegistrationRole, Role
from coworking.db.models import CheckIn, ConsentRecord, Person, Registration, StaffUser
from coworking.gui import scan_capture
from coworking.gui.door_panels import STATES
from coworking.gui.door_search import looks_like_code, near_code
from coworking.gui.door_station import DoorStation
from coworking.gui.duplicates_dialog import DuplicatesDialog
from coworking.gui.scan_capture import ScanCapture
from coworking.gui.walk_in_dialog import WalkInDialog
from tests.fair_data import Fair, build_fair
from tests.gui.modal import when_modal
from tests.gui.station_helpers import scanner, shown

pytestmark = pytest.mark.date_sensitive

STATION = "Puerta norte"


def _station(qtbot, database: Database, user: StaffUser, fair: Fair, name: str = STATION):
    station = DoorStation(database, user, fair.event_id, name)
    return shown(qtbot, station)


def _panel_colour(station: DoorStation) -> str:
    panel = station.answer_panel
    image = panel.grab().toImage()
    return QColor(image.pixel(QPoint(panel.width() - 8, panel.height() // 2))).name()


def _scans(database: Database) -> int:
    with database.sessions() as session:
        return session.scalar(select(func.count()).select_from(CheckIn)) or 0


def _registration(database: Database, registration_id: int) -> Registration:
    with database.sessions() as session:
        return session.get(Registration, registration_id)


def _coordinator(database: Database, admin: StaffUser) -> StaffUser:
    with database.unit_of_work(admin) as session:
        return accounts.create_user(
            session, admin, "coordina", "Pedro Macías", Role.COORDINATOR, "coordina-123"
        )


def test_code_or_search_rule() -> None:
    code = codes.new_code()
    assert looks_like_code(code) and looks_like_code(f" {code[:4].lower()}-{code[4:]}\n")
    assert looks_like_code("2NBXM5FDF")  # a digit: a mistyped code, answered in red
    assert not looks_like_code("Zambrano") and not looks_like_code("maria jose")
    assert not looks_like_code("1710034065")  # a cédula: 0 and 1 are not in the alphabet
    assert near_code("7K3M9XQ") and near_code("7K3M9XQ2RR") and near_code("KGMXCRTDE")
    assert not near_code("1710034065") and not near_code("nunez maria") and not near_code("AB1")


def test_every_answer_is_shown_large_in_its_colour(qtbot, database, admin):
    fair = build_fair(database, admin)
    with database.unit_of_work(admin) as session:
        registrations.cancel(session, admin, fair.registration_ids[2])
        other = registrations.register(
            session, admin, fair.other_event_id, fair.unregistered_person_id
        ).badge_code
    station = _station(qtbot, database, admin, fair)
    assert station.answer_panel.property("state") == "idle"
    code = fair.codes[0]
    typo = code[:3] + ("X" if code[3] != "X" else "Y") + code[4:]
    cases = [
        (code, "ok"),
        (code.lower(), "duplicate"),
        (typo, "invalid"),
        (codes.new_code(), "unknown"),
        (other, "wrong_event"),
        (fair.codes[2], "cancelled"),
        (fair.rep_code, "ok"),
    ]
    for number, (raw, state) in enumerate(cases, start=1):
        scanner(qtbot, station.scan_field, raw)
        assert station.answer_panel.property("state") == state, raw
        assert station.answer_panel.title.text() == station.last_answer.title
        assert station.answer_panel.detail.text() == station.last_answer.detail
        assert _panel_colour(station) == STATES[state][0]
        assert station.scan_field.text() == "" and station.scan_field.hasFocus()
        assert station.recent.rowCount() == number  # every scan logged, this station's list
    assert station.answer_panel.title.font().pointSize() >= 28
    assert station.last_answer.organization == "Atunera del Pacífico"
    assert "Atunera del Pacífico" in station.answer_panel.detail.text()
    assert station.recent.rows[0].result == CheckInResult.OK
    assert [r.result for r in station.recent.rows][-3:] == [
        CheckInResult.INVALID,
        CheckInResult.DUPLICATE,
        CheckInResult.OK,
    ]
    assert _scans(database) == len(cases)


def test_scan_field_keeps_the_keyboard(qtbot, database, admin, typist):
    fair = build_fair(database, admin)
    station = _station(qtbot, database, admin, fair)
    field = station.scan_field
    typist(field, "zambrano")
    qtbot.mouseClick(station.clear_button, Qt.MouseButton.LeftButton)
    assert field.text() == "" and field.hasFocus()
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    qtbot.keyClick(field, Qt.Key.Key_Backtab)
    assert field.hasFocus()
    scanner(qtbot, field, fair.codes[0])
    qtbot.mouseClick(
        station.recent.viewport(),
        Qt.MouseButton.LeftButton,
        pos=station.recent.visualRect(station.recent.model().index(0, 1)).center(),
    )
    assert station.recent.selected_row() is not None and field.hasFocus()
    station.recent.setFocus()  # whatever takes the focus on the station gives it back
    qtbot.waitUntil(field.hasFocus)
    station.counters.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    station.counters.setFocus()
    qtbot.waitUntil(field.hasFocus)
    scanner(qtbot, field, fair.codes[1])
    assert station.answer_panel.property("state") == "ok" and field.text() == ""


def test_typed_search_admits_the_chosen_person(qtbot, database, admin, typist):
    fair = build_fair(database, admin, candidates=6)  # two "Zambrano": Núñez Z. and Z. Loor
    station = _station(qtbot, database, admin, fair)
    field = station.scan_field
    typist(field, "zambrano")
    qtbot.waitUntil(lambda: len(station.results.hits) == 2)
    assert station.results_stack.currentWidget() is station.results
    assert [h.name for h in station.results.hits] == [
        "María José Núñez Zambrano",
        "Génesis Zambrano Loor",
    ]
    qtbot.keyClick(field, Qt.Key.Key_Down)
    assert station.results.selected_hit().name == "Génesis Zambrano Loor"
    qtbot.keyClick(field, Qt.Key.Key_Up)
    qtbot.keyClick(field, Qt.Key.Key_Down)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert station.answer_panel.property("state") == "ok"
    assert station.last_answer.person_name == "Génesis Zambrano Loor"
    assert field.text() == "" and not station.results.hits and field.hasFocus()
    assert _registration(database, fair.registration_ids[5]).checked_in_at is not None
    assert _registration(database, fair.registration_ids[0]).checked_in_at is None
    with database.sessions() as session:
        raw = session.scalar(select(CheckIn.raw_input).order_by(CheckIn.id.desc()))
    assert raw == f"{checkin.SEARCH_PREFIX}{fair.registration_ids[5]}"

    typist(field, "génesis loor")  # again: the status says so, Enter answers amber
    qtbot.waitUntil(lambda: len(station.results.hits) == 1)
    assert station.results.item(0, station.results.STATUS).text() == station.results.tr(
        "Already in"
    )
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert station.answer_panel.property("state") == "duplicate"

    typist(field, "nadie se llama asi")
    qtbot.keyClick(field, Qt.Key.Key_Return)  # nobody: nothing logged, the text stays
    assert field.text() == "nadie se llama asi" and station.search_note.text()
    qtbot.keyClick(field, Qt.Key.Key_Escape)
    assert field.text() == "" and not station.search_note.text()
    before = _scans(database)
    typist(field, "7K3M9XQ")  # a badge code typed short: logged as misread
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert station.answer_panel.property("state") == "invalid"
    typo = "KGMXCRTDE" if not codes.is_valid_code("KGMXCRTDE") else "KGMXCRTDF"
    assert not looks_like_code(typo)  # no digit, wrong check: a name first…
    typist(field, typo.lower())
    qtbot.keyClick(field, Qt.Key.Key_Return)  # …and, as nobody is called so, a misread code
    assert station.answer_panel.property("state") == "invalid" and field.text() == ""
    assert _scans(database) == before + 2


def test_a_person_not_registered_is_registered_at_the_door(qtbot, database, admin, typist):
    fair = build_fair(database, admin)
    station = _station(qtbot, database, admin, fair)
    typist(station.scan_field, "walter")
    qtbot.waitUntil(lambda: len(station.results.hits) == 1)
    assert station.results.hits[0].registration_id is None
    assert station.results.item(0, station.results.STATUS).text() == station.results.tr(
        "Not registered"
    )

    def choose_visitor(box: QMessageBox) -> None:
        assert box.objectName() == "doorRoleBox"
        box.buttons()[1].click()  # Candidate, Visitor, Staff, Cancel

    when_modal(choose_visitor)
    qtbot.keyClick(station.scan_field, Qt.Key.Key_Return)
    assert station.answer_panel.property("state") == "ok"
    with database.sessions() as session:
        registration = session.scalar(
            select(Registration).where(Registration.person_id == fair.unregistered_person_id)
        )
        assert registration.source == "door" and registration.role == RegistrationRole.VISITOR
        assert registration.checked_in_at is not None
    qtbot.waitUntil(station.scan_field.hasFocus)


def _fill_walk_in(qtbot, dialog: WalkInDialog, typist, given: str, family: str) -> None:
    """Type as a person does (the fields get the keys once the typing pauses)."""
    typist(dialog.given_names, given)
    qtbot.waitUntil(lambda: dialog.given_names.text() == given)
    qtbot.keyClick(dialog.given_names, Qt.Key.Key_Return)  # Enter: next field
    assert dialog.focusWidget() is dialog.family_names
    typist(dialog.family_names, family)
    qtbot.waitUntil(lambda: dialog.family_names.text() == family)


def test_walk_in_is_created_registered_and_admitted(qtbot, database, admin, typist):
    fair = build_fair(database, admin)
    station = _station(qtbot, database, admin, fair)
    qtbot.keyClick(station.scan_field, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = station.walk_in_dialog
    assert isinstance(dialog, WalkInDialog) and dialog.isVisible()
    qtbot.waitUntil(dialog.given_names.hasFocus)
    _fill_walk_in(qtbot, dialog, typist, "José Ángel", "Quiñónez Chávez")
    dialog.sex.setCurrentIndex(2)  # Man
    typist(dialog.birth_date, "4-3-1990")
    typist(dialog.nationality.lineEdit(), "Colombia")
    typist(dialog.phone, "0987654321")
    qtbot.waitUntil(lambda: dialog.phone.text() == "0987654321")
    dialog.role.setCurrentIndex(dialog.role.findData(RegistrationRole.EMPLOYER_REP))
    dialog.employer.setCurrentIndex(dialog.employer.findData(fair.employer_ids[1]))
    dialog.consent_contact.setFocus()
    qtbot.keyClick(dialog.consent_contact, Qt.Key.Key_Return)  # no consent: not saved
    assert dialog.isVisible() and dialog.errors.message("consent")
    qtbot.keyClick(dialog.consent_registration, Qt.Key.Key_Space)  # held ~50 ms, like letters
    qtbot.waitUntil(dialog.consent_registration.isChecked)
    dialog.consent_contact.setFocus()
    qtbot.keyClick(dialog.consent_contact, Qt.Key.Key_Return)  # Enter in the last field
    qtbot.waitUntil(lambda: station.walk_in_dialog is None)
    assert station.answer_panel.property("state") == "ok"
    assert station.last_answer.person_name == "José Ángel Quiñónez Chávez"
    assert station.last_answer.organization == "Hotel Oro Verde Manta"
    with database.sessions() as session:
        person = session.scalar(select(Person).where(Person.given_names == "José Ángel"))
        assert person.nationality == "CO" and person.phone == "+593987654321"
        assert person.birth_date.isoformat() == "1990-03-04"
        registration = session.scalar(
            select(Registration).where(Registration.person_id == person.id)
        )
        assert registration.source == "door" and registration.checked_in_at is not None
        assert registration.role == RegistrationRole.EMPLOYER_REP
        assert registration.employer_id == fair.employer_ids[1]
        consent = session.scalar(select(ConsentRecord).where(ConsentRecord.person_id == person.id))
        assert consent.purposes == ["registro"]
    qtbot.waitUntil(station.scan_field.hasFocus)


def test_walk_in_who_is_already_in_the_registry_uses_that_record(qtbot, database, admin, typist):
    fair = build_fair(database, admin)
    station = _station(qtbot, database, admin, fair)
    station.new_walk_in()
    dialog = station.walk_in_dialog
    qtbot.waitUntil(dialog.given_names.hasFocus)
    _fill_walk_in(qtbot, dialog, typist, "Walter", "Sin Inscripcion")
    dialog.birth_date.setText("17/05/1995")
    dialog.consent_registration.setChecked(True)
    with database.sessions() as session:
        people_before = session.scalar(select(func.count()).select_from(Person))

    def use_existing(duplicates: DuplicatesDialog) -> None:
        assert isinstance(duplicates, DuplicatesDialog)
        duplicates.open_button.click()

    when_modal(use_existing)
    qtbot.keyClick(dialog.given_names, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: station.walk_in_dialog is None)
    assert station.last_answer.person_name == "Walter Sin Inscripción"
    with database.sessions() as session:
        assert session.scalar(select(func.count()).select_from(Person)) == people_before
        registration = session.scalar(
            select(Registration).where(Registration.person_id == fair.unregistered_person_id)
        )
        assert registration.source == "door" and registration.checked_in_at is not None


def test_a_burst_while_a_dialog_is_open_is_a_scan_and_typing_still_arrives(
    qtbot, database, admin, typist
):
    fair = build_fair(database, admin)
    station = _station(qtbot, database, admin, fair)
    station.new_walk_in()
    dialog = station.walk_in_dialog
    name = dialog.given_names
    qtbot.waitUntil(name.hasFocus)
    assert station.capture.installed

    scanner(qtbot, name, fair.codes[0])  # the scanner fires into the open form
    assert station.answer_panel.property("state") == "ok"
    assert station.last_answer.person_name == "María José Núñez Zambrano"
    assert station.answer_panel.note.text().count(" · ") == 1  # time · scanned while open
    assert dialog.isVisible()
    qtbot.wait(scan_capture.QUIET_MS * 3)
    assert name.text() == "" and station.capture.holding == ""
    assert _registration(database, fair.registration_ids[0]).checked_in_at is not None

    for char in "Ánx":  # a person typing, slowly, with a correction
        typist(name, char)
        qtbot.wait(80)
    qtbot.keyClick(name, Qt.Key.Key_Backspace)
    typist(name, "a")
    qtbot.waitUntil(lambda: name.text() == "Ána")
    typist(dialog.family_names, "Pérez Loor")  # fast, but no Enter: typing, delivered
    qtbot.waitUntil(lambda: dialog.family_names.text() == "Pérez Loor")
    assert _scans(database) == 1

    station.hide()  # the filter is only there while the station is shown
    assert not station.capture.installed


class _Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.mark.parametrize(
    ("gap", "length", "is_scan"),
    [(10, 9, True), (34, 6, True), (40, 9, False), (10, 5, False)],
)
def test_capture_tells_a_scanner_from_a_person(qtbot, gap, length, is_scan):
    window = QWidget()
    qtbot.addWidget(window)
    scan_field, other = QLineEdit(window), QLineEdit(window)
    clock = _Clock()
    capture = ScanCapture(scan_field, clock=clock, parent=window)
    scans: list[str] = []
    capture.scanned.connect(scans.append)
    entered: list[str] = []
    other.returnPressed.connect(lambda: entered.append(other.text()))
    capture.install()
    try:
        text = "ABCDEFGHJ"[:length]
        for char in text:
            clock.now += gap
            QTest.sendKeyEvent(
                QTest.KeyAction.Click,
                other,
                Qt.Key.Key_unknown,
                char,
                Qt.KeyboardModifier.NoModifier,
            )
        assert other.text() == ""  # held back until it is clear what it was
        clock.now += gap
        qtbot.keyClick(other, Qt.Key.Key_Return)
        if is_scan:
            assert scans == [text] and other.text() == "" and not entered
        else:
            assert scans == [] and entered == [text]  # delivered in order, then the Enter
        qtbot.keyClick(scan_field, Qt.Key.Key_A)  # the scan field is never held back
        assert scan_field.text() == "a"
    finally:
        capture.remove()


def test_coordinator_undoes_an_admission_front_desk_cannot(qtbot, database, admin, front_desk):
    fair = build_fair(database, admin)
    station = _station(qtbot, database, _coordinator(database, admin), fair)
    field = station.scan_field
    scanner(qtbot, field, fair.codes[0])
    scanner(qtbot, field, fair.codes[0])  # the duplicate cannot be undone, the admission can
    assert station.undo_button.isEnabled()
    station.recent.selectRow(0)
    assert station.recent.selected_row().result == CheckInResult.DUPLICATE
    assert not station.undo_button.isEnabled()
    station.recent.selectRow(1)
    assert station.undo_button.isEnabled()
    station.recent.clearSelection()

    when_modal(lambda box: box.button(QMessageBox.StandardButton.No).click())
    qtbot.keyClick(field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _registration(database, fair.registration_ids[0]).checked_in_at is not None
    qtbot.waitUntil(field.hasFocus)  # back to the station once the question is gone

    when_modal(lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    qtbot.keyClick(field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _registration(database, fair.registration_ids[0]).checked_in_at is None
    assert station.answer_panel.property("state") == "undone"
    assert [row.undone for row in station.recent.rows] == [False, True]
    assert not station.undo_button.isEnabled()  # nothing admitted left to undo
    qtbot.waitUntil(field.hasFocus)
    scanner(qtbot, field, fair.codes[0])  # scanned again: in again
    assert station.answer_panel.property("state") == "ok"
    station.close()

    desk = _station(qtbot, database, front_desk, fair, name="Puerta sur")
    scanner(qtbot, desk.scan_field, fair.codes[1])
    assert desk.answer_panel.property("state") == "ok"
    assert not desk.undo_button.isEnabled()
    qtbot.keyClick(desk.scan_field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert desk.search_note.text()  # says why, opens nothing
    assert not desk.undo.undo_selected(confirm=False)
    assert _registration(database, fair.registration_ids[1]).checked_in_at is not None


def test_counters_show_other_stations_check_ins_within_the_timer(qtbot, database, admin):
    fair = build_fair(database, admin)
    station = _station(qtbot, database, admin, fair)
    station.refresh_interval_ms = 100
    total = station.findChild(QLabel, "counterTotal")
    employers = station.findChild(QLabel, "counter_employer_rep")
    candidates = station.findChild(QLabel, "counter_candidate")
    assert (total.text(), candidates.text(), employers.text()) == ("0 / 6", "0 / 5", "0 / 1")
    with database.unit_of_work(admin) as session:  # another entrance checks someone in
        checkin.scan(session, fair.event_id, fair.rep_code, "Puerta 2", admin)
        checkin.scan(session, fair.event_id, fair.codes[3], "Puerta 2", admin)
    qtbot.waitUntil(lambda: total.text() == "2 / 6", timeout=3000)
    assert (candidates.text(), employers.text()) == ("1 / 5", "1 / 1")
    assert station.recent.rowCount() == 0  # the last scans are this station's own
    scanner(qtbot, station.scan_field, fair.codes[3])
    assert station.answer_panel.property("state") == "duplicate"
    assert "Puerta 2" in station.answer_panel.detail.text()
    assert total.text() == "2 / 6" and station.recent.rowCount() == 1


def test_walk_in_with_a_known_document_checks_in_that_person(qtbot, database, admin, typist):
    fair = build_fair(database, admin)
    with database.unit_of_work(admin) as session:
        known = people.create_person(
            session,
            admin,
            people.PersonInput("Luisa", "Cedeño", DocumentType.CEDULA, "1710034065"),
            ["registro"],
        ).id
    station = _station(qtbot, database, admin, fair)
    station.new_walk_in()
    dialog = station.walk_in_dialog
    qtbot.waitUntil(dialog.given_names.hasFocus)
    _fill_walk_in(qtbot, dialog, typist, "Luisa Fernanda", "Cedeño")
    dialog.document_type.setCurrentIndex(dialog.document_type.findData(DocumentType.CEDULA))
    dialog.document_number.setText("171003406-5")
    dialog.consent_registration.setChecked(True)

    def use_existing(box: QMessageBox) -> None:
        assert "Ya está registrada" in box.text()
        box.buttons()[0].click()

    when_modal(use_existing)
    assert dialog.save() is True
    assert dialog.used_existing and dialog.person_id == known
    qtbot.waitUntil(lambda: station.walk_in_dialog is None)
    assert station.last_answer.person_name == "Luisa Cedeño"
    assert station.answer_panel.property("state") == "ok"


def test_front_desk_walk_in_form_leaves_out_sensitive_fields(qtbot, database, admin, front_desk):
    fair = build_fair(database, admin)
    for user, hidden in ((front_desk, True), (admin, False)):
        dialog = WalkInDialog(database, user, fair.event_id, STATION)
        qtbot.addWidget(dialog)
        assert dialog.document_number.isHidden() is hidden
        assert dialog.population_group.isHidden() is hidden
        assert dialog.employer.count() == 2  # the event's booths


def test_capture_keeps_typing_in_order_with_composed_letters(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    scan_field, other = QLineEdit(window), QLineEdit(window)
    capture = ScanCapture(scan_field, parent=window)
    capture.install()
    try:
        QTest.keyClicks(other, "Jos")
        assert capture.holding == "Jos"
        composed = QInputMethodEvent()
        composed.setCommitString("é")  # a dead key or an input method's composition
        QApplication.sendEvent(other, composed)
        assert other.text() == "José" and capture.holding == ""
    finally:
        capture.remove()
