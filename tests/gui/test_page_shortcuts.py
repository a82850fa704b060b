"""Every key printed on a page's buttons, tooltips and labels works right after the page is
reached with its Go-menu key (Ctrl+1 … Ctrl+8), with real key presses on the main window, and
the same key on two pages only ever works on the page shown.

Seen by users: F9 («Estación de entrada (F9)») did nothing after Ctrl+4, because the shortcut
needed the keyboard inside the page and Ctrl+4 left it on the navigation."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time, timedelta

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QInputDialog,
    QMessageBox,
    QStackedWidget,
    QWidget,
)
from sqlalchemy import func, select

from coworking import clock
from coworking.core import reference
from coworking.core.demo import generate
from coworking.db.database import Database
from coworking.db.models import StaffUser, Visit
from coworking.gui.main_window import MainWindow
from coworking.gui.person_form import PersonDialog

pytestmark = pytest.mark.date_sensitive

Key, Mod = Qt.Key, Qt.KeyboardModifier
CTRL = Mod.ControlModifier
DIALOG_WAIT_MS = 10_000


class Dialogs:
    """Answers the next modal dialog (``accept`` or ``reject``) and remembers what it was."""

    def __init__(self, qtbot) -> None:
        self._qtbot = qtbot
        self.seen: list[tuple[type, str]] = []

    def press(
        self, widget: QWidget, key: Qt.Key, modifier=Mod.NoModifier, *, accept: bool = False
    ) -> tuple[type, str]:
        """Press ``key`` and answer the dialog it opens; fails if none opens."""
        count = len(self.seen)
        timer = QTimer()
        timer.setInterval(20)
        waited = [0]

        def answer() -> None:
            waited[0] += 20
            dialog = QApplication.activeModalWidget()
            if dialog is None or not dialog.isVisible():
                if waited[0] > DIALOG_WAIT_MS:
                    timer.stop()
                return
            timer.stop()
            self.seen.append((type(dialog), dialog.windowTitle()))
            if isinstance(dialog, QDialog):
                dialog.accept() if accept else dialog.reject()
            else:
                dialog.close()

        timer.timeout.connect(answer)
        timer.start()
        self._qtbot.keyClick(widget, key, modifier)
        self._qtbot.waitUntil(lambda: len(self.seen) > count, timeout=DIALOG_WAIT_MS + 1000)
        timer.stop()
        _back(self._qtbot, widget.window())
        return self.seen[-1]


def _open_wednesday(before: date) -> date:
    day = before - timedelta(days=(before.weekday() - 2) % 7)
    while day in reference.national_holidays() or (day.month, day.day) in ((12, 25), (1, 1)):
        day -= timedelta(days=7)
    return day


def _inside(database: Database) -> int:
    with database.sessions() as session:
        return session.scalar(
            select(func.count()).select_from(Visit).where(Visit.checked_out_at.is_(None))
        )


@pytest.fixture
def window(qtbot, database: Database, admin: StaffUser, set_clock) -> MainWindow:
    """The administrator's main window (every area) on the demo, a Wednesday at 10:30, the
    keyboard on the navigation as after a click there."""
    wednesday = _open_wednesday(clock.today())
    set_clock(datetime.combine(wednesday, time(10, 30), clock.local_zone()))
    with database.unit_of_work() as session:
        generate(session, people=200, seed=1)
    main = MainWindow(database, admin)
    qtbot.addWidget(main)
    main.resize(1366, 768)
    main.show()
    qtbot.waitExposed(main)
    main.activateWindow()
    assert QTest.qWaitForWindowActive(main)  # shortcuts reach the active window only
    main.navigation.setFocus()
    return main


def _go(qtbot, window: MainWindow, number: int, key: str) -> QWidget:
    qtbot.keyClick(window, getattr(Key, f"Key_{number}"), CTRL)
    assert window.current_page() == key
    page = window.page_widgets[key]
    page = getattr(page, "page", page)  # a LazyPage is built by now
    focus = QApplication.focusWidget()
    assert focus is not None and page.isAncestorOf(focus), f"focus on {focus!r}"
    return page


def _back(qtbot, window: MainWindow) -> None:
    """After a progress dialog: no window manager here gives the window back the keyboard."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def _tr(text: str, context: str) -> str:
    return QApplication.translate(context, text)


def test_f9_opens_the_door_station_right_after_ctrl_4(qtbot, window: MainWindow) -> None:
    dialogs = Dialogs(qtbot)
    page = _go(qtbot, window, 4, "job_fairs")
    assert "(F9)" in page.door_button.text()
    kind, _title = dialogs.press(window, Key.Key_F9, accept=True)  # the entrance's name
    assert kind is QInputDialog
    qtbot.waitUntil(lambda: window.station is not None, timeout=10_000)
    window.close_station()
    assert window.station is None


def test_every_printed_shortcut_works_on_arrival(
    qtbot, window: MainWindow, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialogs = Dialogs(qtbot)

    # Inicio and Administración print no key; the keyboard still lands in the page
    _go(qtbot, window, 1, "home")
    _go(qtbot, window, 8, "administration")

    # Personas: the search box has the keyboard; Ctrl+N a new person, Ctrl+F the search
    people = _go(qtbot, window, 2, "people")
    assert people.search.hasFocus()
    assert dialogs.press(window, Key.Key_N, CTRL)[0] is PersonDialog
    people.table.setFocus()
    qtbot.keyClick(window, Key.Key_F, CTRL)
    assert people.search.hasFocus()

    # Coworking, front desk: Ctrl+↓ chooses someone in «Who is in», Ctrl+O checks them out
    coworking = _go(qtbot, window, 3, "coworking")
    desk = coworking.desk
    assert coworking.tabs.currentWidget() is desk and desk.isAncestorOf(QApplication.focusWidget())
    qtbot.waitUntil(lambda: len(desk.inside.rows) >= 1, timeout=10_000)
    inside = _inside(database)
    assert "(Ctrl+O)" in desk.inside.check_out_button.text()
    qtbot.keyClick(window, Key.Key_Down, CTRL)
    assert desk.inside.selected() is not None
    qtbot.keyClick(window, Key.Key_O, CTRL)
    qtbot.waitUntil(lambda: _inside(database) == inside - 1, timeout=10_000)

    # the calendar: Ctrl+Page Down / Up step a week, Ctrl+N books the time under the cursor
    calendar = coworking.calendar
    coworking.tabs.setCurrentWidget(calendar)
    first = calendar.first_day()
    qtbot.keyClick(window, Key.Key_PageDown, CTRL)
    assert calendar.first_day() == first + timedelta(days=7)
    qtbot.keyClick(window, Key.Key_PageUp, CTRL)
    assert calendar.first_day() == first
    assert dialogs.press(window, Key.Key_N, CTRL)[0].__name__ == "BookingDialog"

    # the occupancy board: «Refresh (F5)»; the calendar's own F5 is hidden and keeps still
    occupancy = coworking.occupancy
    coworking.tabs.setCurrentWidget(occupancy)
    loads: list[dict] = []
    load = occupancy._load
    monkeypatch.setattr(occupancy, "_load", lambda **parts: (loads.append(parts), load(**parts)))
    qtbot.keyClick(window, Key.Key_F5)
    qtbot.waitUntil(lambda: bool(loads))  # a button's shortcut clicks it the animated way
    assert loads == [{"live": True, "hourly": True, "daily": True}]
    qtbot.waitUntil(lambda: not occupancy.loading, timeout=10_000)

    # Ferias: F9, printed on the door button, asks for the entrance's name
    fairs = _go(qtbot, window, 4, "job_fairs")
    assert fairs.event_combo.hasFocus()
    kind, title = dialogs.press(window, Key.Key_F9)
    assert kind is QInputDialog and title == _tr("Door station", "FairsPage")
    assert window.station is None  # cancelled

    # Credenciales: Ctrl+G generates the whole event's badges; the preview's Ctrl++ / Ctrl+-,
    # Ctrl+S and Ctrl+P; Ctrl+F goes to the filter (and ticks by hand from then on)
    badges = _go(qtbot, window, 5, "badges")
    qtbot.waitUntil(lambda: not badges.loading and bool(badges.model.entries), timeout=10_000)
    monkeypatch.setattr(badges, "_confirm_reprint", lambda _request: True)
    qtbot.keyClick(window, Key.Key_G, CTRL)
    assert badges.handle is not None
    qtbot.waitUntil(
        lambda: badges.batch is not None and not badges.handle.is_running, timeout=30_000
    )
    preview = badges.preview
    qtbot.waitUntil(preview.save_button.isEnabled, timeout=10_000)
    _back(qtbot, window)
    qtbot.wait(300)  # the page fits the width once laid out
    zoom = preview._current_zoom()
    qtbot.keyClick(window, Key.Key_Plus, CTRL)
    assert preview.view.zoomFactor() == pytest.approx(zoom * 1.25)
    qtbot.keyClick(window, Key.Key_Minus, CTRL)
    assert preview.view.zoomFactor() == pytest.approx(zoom)
    assert dialogs.press(window, Key.Key_S, CTRL)[0] is QFileDialog
    assert dialogs.press(window, Key.Key_P, CTRL)[0] in (QPrintDialog, QMessageBox)
    qtbot.keyClick(window, Key.Key_F, CTRL)
    assert badges.filter_edit.hasFocus() and badges.scope_selection.isChecked()

    # Reportes: Ctrl+G makes the report (not the badges: that page is hidden), Ctrl+E saves
    # it as Excel (not the synchronization's export), Ctrl+S saves this preview's PDF
    reports = _go(qtbot, window, 6, "reports")
    batch = badges.batch
    qtbot.waitUntil(lambda: reports.form.site_combo.count() >= 1, timeout=10_000)
    qtbot.keyClick(window, Key.Key_G, CTRL)
    qtbot.waitUntil(lambda: reports.report is not None and not reports.busy(), timeout=30_000)
    _back(qtbot, window)
    assert badges.batch is batch
    kind, title = dialogs.press(window, Key.Key_E, CTRL)
    assert kind is QFileDialog and title == _tr("Save report as Excel", "ReportsPage")
    kind, title = dialogs.press(window, Key.Key_S, CTRL)
    assert kind is QFileDialog and title == reports.preview._save_title

    # Sincronización: Ctrl+E exports (asks where), F5 reloads the history
    sync = _go(qtbot, window, 7, "sync")
    qtbot.waitUntil(lambda: sync.loading is None or not sync.loading.is_running, timeout=10_000)
    kind, title = dialogs.press(window, Key.Key_E, CTRL)
    assert kind is QFileDialog
    assert title == _tr("Where should the batch be written?", "SyncPage")


def _stack_with_f9(qtbot) -> tuple[QStackedWidget, list[str]]:
    stack = QStackedWidget()
    qtbot.addWidget(stack)
    fired: list[str] = []
    for name in ("first", "second"):
        page = QWidget(stack)
        stack.addWidget(page)
        shortcut = QShortcut(QKeySequence("F9"), page)
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        shortcut.activated.connect(lambda name=name: fired.append(name))
        shortcut.activatedAmbiguously.connect(lambda name=name: fired.append("ambiguous"))
    stack.show()
    qtbot.waitExposed(stack)
    stack.activateWindow()
    assert QTest.qWaitForWindowActive(stack)
    return stack, fired


def test_a_window_shortcut_of_a_hidden_page_never_fires(qtbot) -> None:
    """Qt's rule the pages rely on: a WindowShortcut whose widget is hidden (a page not
    shown in the stack) does not match, so one key on two pages is no clash."""
    stack, fired = _stack_with_f9(qtbot)
    press: Callable[[], None] = lambda: qtbot.keyClick(stack, Key.Key_F9)  # noqa: E731
    press()
    stack.setCurrentIndex(1)
    press()
    stack.setCurrentIndex(0)
    press()
    assert fired == ["first", "second", "first"]
