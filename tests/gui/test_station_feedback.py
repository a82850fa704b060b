"""What the door and the front desk say besides the answer itself: the answer going back to
«Listo para escanear», a sound per outcome, namesakes told apart, the next step after
«cancelada» or «otro evento», the date guard, and a scan field that stays wide on small
screens."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QInputDialog, QMessageBox, QPushButton
from sqlalchemy import select

from coworking import clock
from coworking.core import accounts, fairs, registrations
from coworking.db.database import Database
from coworking.db.enums import EventKind, RegistrationRole, Role
from coworking.db.models import Registration, StaffUser
from coworking.gui.desk_station import DeskStation
from coworking.gui.door_station import DoorStation
from coworking.gui.main_window import MainWindow
from coworking.gui.station_settings import DEFAULT_ANSWER_SECONDS, StationOptionsDialog
from coworking.gui.station_sounds import ADMITTED, ALREADY_IN, CHECKED_OUT, ERROR, WARNING
from tests.cowork_data import at, build_space
from tests.fair_data import build_fair, namesakes
from tests.gui.modal import when_modal
from tests.gui.station_helpers import scanner, shown

pytestmark = pytest.mark.date_sensitive

STATION = "Puerta norte"
FAIR_DAY = date(2026, 12, 3)
ZONE = clock.local_zone()


def _door(qtbot, database: Database, user: StaffUser, event_id: int) -> DoorStation:
    station = DoorStation(database, user, event_id, STATION)
    return shown(qtbot, station)


def _user(database: Database, admin: StaffUser, role: Role) -> StaffUser:
    if role == Role.ADMIN:
        return admin
    with database.unit_of_work(admin) as session:
        return accounts.create_user(
            session, admin, role.value, f"Usuario {role}", role, "clave-123"
        )


# -- 1. back to «Listo para escanear» --------------------------------------------------------


def test_the_answer_goes_back_to_ready_after_the_stations_seconds_and_when_typing(
    qtbot, database, admin, typist
):
    fair = build_fair(database, admin, held_on=clock.today())
    station = _door(qtbot, database, admin, fair.event_id)
    panel, field = station.answer_panel, station.scan_field
    assert station.settings.answer_seconds == DEFAULT_ANSWER_SECONDS == 6
    QSettings().setValue("station/door/answer_seconds", 2)  # this computer's door only

    scanner(qtbot, field, fair.codes[0])
    assert panel.state == "ok" and station.answer_reset.timer.interval() == 2000
    qtbot.wait(1000)
    assert panel.state == "ok"  # still there a moment later…
    qtbot.waitUntil(lambda: panel.state == "idle", timeout=3000)  # …gone after 2 s
    assert panel.title.text() == "Listo para escanear"

    scanner(qtbot, field, fair.codes[1])
    assert panel.state == "ok"
    typist(field, "z")  # the next person's name: the green goes at once
    assert panel.state == "idle" and panel.title.text() == "Listo para escanear"
    typist(field, "xyzw nadie")
    qtbot.keyClick(field, Qt.Key.Key_Return)  # nobody: red, never the last green
    assert panel.state == "unknown" and panel.title.text() == "No se encontró a nadie"
    assert "xyzw nadie" in panel.detail.text()


def test_the_options_set_the_answer_time_volume_and_mute(qtbot, database, admin):
    fair = build_fair(database, admin, held_on=clock.today())
    station = _door(qtbot, database, admin, fair.event_id)

    def choose(dialog: StationOptionsDialog) -> None:
        assert isinstance(dialog, StationOptionsDialog)
        assert dialog.windowTitle() == "Opciones de esta estación"
        dialog.answer_seconds.setValue(9)
        dialog.volume.setValue(35)
        dialog.muted.setChecked(True)
        dialog.accept()

    when_modal(choose)
    qtbot.mouseClick(station.options_button, Qt.MouseButton.LeftButton)
    assert (station.settings.answer_seconds, station.settings.volume) == (9, 35)
    assert station.settings.muted
    qtbot.waitUntil(station.scan_field.hasFocus)
    scanner(qtbot, station.scan_field, fair.codes[0])
    assert station.answer_reset.timer.interval() == 9000
    assert station.sounds.asked == ADMITTED and station.sounds.played is None  # muted
    desk_keys = [k for k in QSettings().allKeys() if k.startswith("station/desk/")]
    assert desk_keys == []  # the desk of the same computer keeps its own


def test_the_desk_answer_goes_back_to_ready_unless_a_desk_is_still_offered(
    qtbot, database, admin, typist
):
    space = build_space(database, admin)
    moment = at(1, 10, 5)
    station = DeskStation(database, admin, space.site_id, "Recepción", clock=lambda: moment)
    qtbot.addWidget(station)
    station.resize(1280, 800)
    station.show()
    qtbot.waitExposed(station)
    station.activateWindow()
    qtbot.waitUntil(station.scan_field.hasFocus)
    QSettings().setValue("station/desk/answer_seconds", 2)
    scanner(qtbot, station.scan_field, space.cards[0])  # a walk-in: desks offered
    assert station.answer_panel.state == "ok" and station.offer_panel.pending
    assert station.sounds.played == ADMITTED
    qtbot.wait(2600)
    assert station.answer_panel.state == "ok"  # the person is still choosing a desk
    qtbot.keyClick(station.scan_field, Qt.Key.Key_Escape)  # no desk: the answer may go
    qtbot.waitUntil(lambda: station.answer_panel.state == "idle", timeout=3000)
    scanner(qtbot, station.scan_field, space.cards[1])
    assert station.answer_panel.state == "ok"
    typist(station.scan_field, "q")
    assert station.answer_panel.state == "idle"


# -- 2. sounds ---------------------------------------------------------------------------------


def test_each_answer_plays_its_own_sound_and_mute_plays_none(qtbot, database, admin, caplog):
    fair = build_fair(database, admin, held_on=clock.today())
    with database.unit_of_work(admin) as session:
        registrations.cancel(session, admin, fair.registration_ids[2])
        other = registrations.register(
            session, admin, fair.other_event_id, fair.unregistered_person_id
        ).badge_code
    station = _door(qtbot, database, admin, fair.event_id)
    cases = [
        (fair.codes[0], ADMITTED),
        (fair.codes[0], ALREADY_IN),
        (fair.codes[2], WARNING),  # cancelled
        (other, WARNING),  # another event
        ("7K3M9XQ", ERROR),  # misread
    ]
    for raw, sound in cases:
        scanner(qtbot, station.scan_field, raw)
        assert (station.sounds.asked, station.sounds.played) == (sound, sound), raw
    typist_text = "nadie se llama asi"
    for char in typist_text:
        QTest.sendKeyEvent(
            QTest.KeyAction.Click,
            station.scan_field,
            Qt.Key.Key_unknown,
            char,
            Qt.KeyboardModifier.NoModifier,
        )
    qtbot.keyClick(station.scan_field, Qt.Key.Key_Return)  # not found
    assert station.sounds.played == ERROR
    qtbot.keyClick(station.scan_field, Qt.Key.Key_Escape)

    def visitor(box: QMessageBox) -> None:
        box.buttons()[1].click()

    station.scan_field.setText("walter")  # not registered: a warning, then the question
    station.run_search()
    when_modal(visitor)
    qtbot.keyClick(station.scan_field, Qt.Key.Key_Return)
    assert station.sounds.played == ADMITTED and station.answer_panel.state == "ok"

    station.settings.muted = True
    scanner(qtbot, station.scan_field, fair.codes[1])
    assert station.sounds.asked == ADMITTED and station.sounds.played is None
    # This machine has no audio output: nothing crashed, nothing worse than a warning logged.
    assert not [r for r in caplog.records if r.levelname in ("ERROR", "CRITICAL") or r.exc_info]


def test_the_desk_says_in_and_out_with_different_sounds(qtbot, database, admin):
    space = build_space(database, admin)
    now = {"at": at(1, 10, 5)}
    station = DeskStation(database, admin, space.site_id, "Recepción", clock=lambda: now["at"])
    qtbot.addWidget(station)
    station.show()
    qtbot.waitExposed(station)
    scanner(qtbot, station.scan_field, space.cards[0])
    assert station.sounds.played == ADMITTED
    now["at"] = at(1, 12, 0)
    scanner(qtbot, station.scan_field, space.cards[0])
    assert station.answer_panel.state == "checked_out" and station.sounds.played == CHECKED_OUT
    scanner(qtbot, station.scan_field, "7K3M9XQ")
    assert station.sounds.played == ERROR


# -- 3. namesakes ------------------------------------------------------------------------------


def test_door_search_tells_namesakes_apart(qtbot, database, admin, typist):
    fair = build_fair(database, admin, held_on=clock.today())
    first, second = namesakes(database, admin)
    with database.unit_of_work(admin) as session:
        registrations.register(session, admin, fair.event_id, second)
    station = _door(qtbot, database, admin, fair.event_id)
    typist(station.scan_field, "ramon cedeno")
    qtbot.waitUntil(lambda: len(station.results.hits) == 2)
    table = station.results
    rows = {
        hit.person_id: [table.item(n, c).text() for c in range(table.columnCount())]
        for n, hit in enumerate(table.hits)
    }
    assert rows[first][0] == rows[second][0] == "Ramón Cedeño Vera"
    assert rows[first][table.CLUES] == "1988 · …4065 · Manta"
    assert rows[second][table.CLUES] == "2001 · …7251 · Santo Domingo"
    assert "1710034065" not in " ".join(rows[first])  # never the whole document
    assert table.horizontalHeaderItem(table.CLUES).text() == "Nac. · documento · cantón"
    assert "Vive en: Manta" in table.item(list(rows).index(first), 0).toolTip()


def test_desk_search_tells_namesakes_apart(qtbot, database, admin, typist):
    space = build_space(database, admin)
    first, second = namesakes(database, admin)
    station = DeskStation(database, admin, space.site_id, "Recepción", clock=lambda: at(1, 10))
    qtbot.addWidget(station)
    station.show()
    qtbot.waitExposed(station)
    typist(station.scan_field, "cedeño ramón")
    qtbot.waitUntil(lambda: len(station.results.hits) == 2)
    table = station.results
    clues = {hit.person_id: table.item(n, table.CLUES).text() for n, hit in enumerate(table.hits)}
    assert clues == {first: "1988 · …4065 · Manta", second: "2001 · …7251 · Santo Domingo"}


# -- 4. the next step after «cancelada» or «otro evento» ---------------------------------------


@pytest.mark.parametrize("role", [Role.FRONT_DESK, Role.COORDINATOR, Role.ADMIN])
def test_a_cancelled_registration_is_restored_and_admitted_with_ctrl_i(
    qtbot, database, admin, role
):
    fair = build_fair(database, admin, held_on=clock.today())
    with database.unit_of_work(admin) as session:
        registrations.cancel(session, admin, fair.registration_ids[2])
    station = _door(qtbot, database, _user(database, admin, role), fair.event_id)
    panel = station.answer_panel
    scanner(qtbot, station.scan_field, fair.codes[0])
    assert panel.state == "ok" and not panel.action_offered  # nothing to offer when admitted
    scanner(qtbot, station.scan_field, fair.codes[2])
    assert panel.state == "cancelled" and panel.action_offered
    assert panel.action.text() == "Inscribir en este evento (Ctrl+I)"
    assert station.answer_reset.timer.interval() >= 20_000  # time to decide
    qtbot.keyClick(station.scan_field, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    assert panel.state == "ok" and not panel.action_offered
    assert station.last_answer.person_name == "Ana Lucía Álvarez Mendoza"
    with database.sessions() as session:
        registration = session.get(Registration, fair.registration_ids[2])
        assert registration.cancelled_at is None and registration.checked_in_at is not None
        assert registration.role == RegistrationRole.CANDIDATE


def test_someone_registered_for_another_event_is_registered_here_with_the_button(
    qtbot, database, admin
):
    fair = build_fair(database, admin, held_on=clock.today())
    with database.unit_of_work(admin) as session:
        other = registrations.register(
            session, admin, fair.other_event_id, fair.unregistered_person_id
        ).badge_code
    station = _door(qtbot, database, _user(database, admin, Role.FRONT_DESK), fair.event_id)
    scanner(qtbot, station.scan_field, other)
    panel = station.answer_panel
    assert panel.state == "wrong_event" and panel.action_offered
    assert "inscrito/a" not in panel.detail.text()

    def visitor(box: QMessageBox) -> None:
        assert box.objectName() == "doorRoleBox"
        assert box.defaultButton() is box.buttons()[0]  # a candidate there: candidate here
        box.buttons()[1].click()  # Visitor

    when_modal(visitor)
    qtbot.mouseClick(panel.action, Qt.MouseButton.LeftButton)
    assert panel.state == "ok" and station.sounds.played == ADMITTED
    with database.sessions() as session:
        here = session.scalar(
            select(Registration).where(
                Registration.event_id == fair.event_id,
                Registration.person_id == fair.unregistered_person_id,
            )
        )
        assert here.role == RegistrationRole.VISITOR and here.source == "door"
        assert here.checked_in_at is not None
    qtbot.waitUntil(station.scan_field.hasFocus)
    scanner(qtbot, station.scan_field, "7K3M9XQ")
    assert not panel.action_offered  # only after those two answers
    qtbot.keyClick(station.scan_field, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    assert panel.state == "invalid"  # Ctrl+I does nothing then


# -- 5. the date guard and today's event -------------------------------------------------------


def _window(qtbot, database: Database, admin: StaffUser) -> MainWindow:
    window = MainWindow(database, admin)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.show_page("job_fairs")
    return window


@pytest.mark.parametrize(
    ("day", "said"),
    [
        (date(2026, 12, 6), "Este evento fue el 03/12/2026"),
        (date(2026, 11, 30), "Este evento será el 03/12/2026"),
    ],
)
def test_a_door_for_another_day_asks_once_then_shows_a_banner(
    qtbot, monkeypatch, database, admin, set_clock, day, said
):
    set_clock(datetime(day.year, day.month, day.day, 9, 30, tzinfo=ZONE))
    fair = build_fair(database, admin, held_on=FAIR_DAY)
    window = _window(qtbot, database, admin)
    page = window.page_widgets["job_fairs"].page
    page.choose_event(fair.event_id)
    monkeypatch.setattr(
        QInputDialog, "getText", staticmethod(lambda *a, **k: ("Puerta norte", True))
    )
    asked: list[str] = []

    def answer(button: QMessageBox.StandardButton):
        def reply(box: QMessageBox) -> None:
            asked.append(box.text())
            box.button(button).click()

        return reply

    when_modal(answer(QMessageBox.StandardButton.No))
    page.open_door_station()
    assert window.station is None  # «No»: the door stays closed
    when_modal(answer(QMessageBox.StandardButton.Yes))
    page.open_door_station()
    assert asked == [f"{said}. ¿Abrir la puerta igualmente?"] * 2
    station = window.station.station
    assert station.date_banner.isVisible() and station.date_banner.text() == said
    qtbot.waitUntil(station.scan_field.hasFocus)
    scanner(qtbot, station.scan_field, fair.codes[0])  # the door works all the same…
    assert station.answer_panel.state == "ok"
    station._tick_clock()
    assert station.date_banner.isVisible()  # …and the banner stays
    assert len(asked) == 2  # scanning asks nothing more


def test_a_door_for_today_asks_nothing_and_shows_no_banner(
    qtbot, monkeypatch, database, admin, set_clock
):
    set_clock(datetime(2026, 12, 3, 9, 30, tzinfo=ZONE))
    fair = build_fair(database, admin, held_on=FAIR_DAY)
    window = _window(qtbot, database, admin)
    monkeypatch.setattr(
        QInputDialog, "getText", staticmethod(lambda *a, **k: ("Puerta norte", True))
    )
    page = window.page_widgets["job_fairs"].page
    assert page.event_id() == fair.event_id
    page.open_door_station()  # a question here would hang and fail the test
    assert window.station is not None
    assert window.station.station.date_banner.isHidden()


def test_the_fairs_page_chooses_todays_event_and_again_on_the_next_day(
    qtbot, database, admin, set_clock
):
    set_clock(datetime(2026, 12, 3, 8, 0, tzinfo=ZONE))
    ids = {}
    with database.unit_of_work(admin) as session:
        for name, day in (
            ("Feria pasada", date(2026, 11, 28)),
            ("Feria de hoy", date(2026, 12, 3)),
            ("Taller de mañana", date(2026, 12, 4)),
            ("Feria futura", date(2026, 12, 10)),
        ):
            event = fairs.EventInput(name, EventKind.JOB_FAIR, "Malecón", day, day, 100)
            ids[name] = fairs.save_event(session, admin, event).id
    window = _window(qtbot, database, admin)
    page = window.page_widgets["job_fairs"].page
    assert page.event_id() == ids["Feria de hoy"]
    page.choose_event(ids["Feria futura"])  # chosen by hand: kept the same day
    window.show_page("home")
    window.show_page("job_fairs")
    qtbot.wait(50)  # the page reloads its events when shown again
    assert page.event_id() == ids["Feria futura"]
    set_clock(datetime(2026, 12, 4, 8, 0, tzinfo=ZONE))  # left open overnight
    window.show_page("home")
    window.show_page("job_fairs")
    qtbot.waitUntil(lambda: page.event_id() == ids["Taller de mañana"])


# -- 7. the door on small and large screens ----------------------------------------------------


@pytest.mark.parametrize("size", [(1024, 768), (1366, 768), (1920, 1080)])
def test_the_scan_field_stays_wide_and_nothing_is_cut(
    qtbot, monkeypatch, database, admin, set_clock, tmp_path: Path, size
):
    set_clock(datetime(2026, 12, 5, 9, 30, tzinfo=ZONE))  # two days late: the banner shows
    fair = build_fair(database, admin, held_on=FAIR_DAY)
    with database.unit_of_work(admin) as session:
        registrations.cancel(session, admin, fair.registration_ids[2])
    namesakes(database, admin)
    window = _window(qtbot, database, admin)
    window.page_widgets["job_fairs"].page.choose_event(fair.event_id)
    monkeypatch.setattr(
        QInputDialog, "getText", staticmethod(lambda *a, **k: ("Puerta norte", True))
    )
    when_modal(lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    window.page_widgets["job_fairs"].page.open_door_station()
    qtbot.waitUntil(lambda: window.station is not None)
    window.setWindowState(Qt.WindowState.WindowNoState)  # the station asks for the full screen
    window.resize(*size)
    qtbot.waitUntil(lambda: (window.width(), window.height()) == size)
    station: DoorStation = window.station.station
    qtbot.waitUntil(station.scan_field.hasFocus)
    scanner(qtbot, station.scan_field, fair.codes[2])  # cancelled: the longest answer
    qtbot.wait(50)
    field = station.scan_field
    assert field.width() / station.width() >= 0.40
    margins = field.textMargins()
    room = field.contentsRect().width() - margins.left() - margins.right() - 8
    assert field.fontMetrics().horizontalAdvance(field.placeholderText()) <= room
    for button in window.station.findChildren(QPushButton):
        if button.isVisible():
            assert button.width() >= button.sizeHint().width(), button.text()
    for label in (station.header.event, station.date_banner, station.answer_panel.title):
        assert label.width() >= min(label.sizeHint().width(), label.minimumSizeHint().width())
    shot = tmp_path / f"door-{size[0]}x{size[1]}.png"
    assert window.grab().save(str(shot))
    station.scan_field.setText("ramon")
    station.run_search()
    qtbot.wait(50)
    table = station.results
    assert table.isVisible() and len(table.hits) == 2
    for column in range(table.columnCount()):  # the clues and the status are never cut
        if column != table.NAME:
            header = table.horizontalHeader()
            widest = max(table.sizeHintForColumn(column), header.sectionSizeHint(column))
            assert table.columnWidth(column) >= min(widest, 150), column
    window.grab().save(str(tmp_path / f"door-{size[0]}x{size[1]}-search.png"))
    station.scan_field.setText("nadie se llama asi")
    qtbot.keyClick(station.scan_field, Qt.Key.Key_Return)
    qtbot.wait(50)
    assert station.search_note.width() >= station.search_note.minimumSizeHint().width()
    window.grab().save(str(tmp_path / f"door-{size[0]}x{size[1]}-nobody.png"))
