"""The main window: navigation on the left, one page per area, idle lock, status bar."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from coworking import __version__, clock
from coworking.core import reference, settings
from coworking.core.setup import current_site
from coworking.db.database import Database
from coworking.db.models import StaffUser
from coworking.gui import icons
from coworking.gui.compact_sidebar import CompactSidebar
from coworking.gui.i18n import role_label
from coworking.gui.lock import IdleLock, LockScreen
from coworking.gui.pages import (
    ADMINISTRATION,
    BADGES,
    COWORKING,
    HOME,
    JOB_FAIRS,
    PEOPLE,
    REPORTS,
    SYNC,
    PageSpec,
    page_specs,
    refusal_text,
)
from coworking.gui.pages.admin import AdminPage
from coworking.gui.pages.common import LazyPage
from coworking.gui.pages.home import HomePage
from coworking.gui.pages.page_focus import focus_page
from coworking.gui.pages.people import PeoplePage
from coworking.gui.pending_scans import settle_pending
from coworking.gui.station_frame import StationFrame

GEOMETRY_KEY, STATE_KEY, PAGE_KEY = "main_window/geometry", "main_window/state", "main_window/page"


class MainWindow(QMainWindow):
    """One signed-in session. ``idle_timeout_ms`` overrides the configured lock delay (tests)."""

    signed_out = Signal()
    closed = Signal()
    unlocked = Signal()

    def __init__(
        self,
        database: Database,
        user: StaffUser,
        *,
        idle_timeout_ms: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._database = database
        self.user = user
        self._signing_out = False
        with database.unit_of_work(user) as session:
            site = current_site(session)
            minutes = settings.idle_lock_minutes(session)
            self.site_name = site.name if site else ""
            canton = reference.canton(site.canton_code) if site else None
        site_text = self.site_name
        if canton is not None:
            site_text += f" · {canton.name} ({canton.province})"

        self.setWindowTitle(f"{self.site_name} · Coworking" if self.site_name else "Coworking")
        self.setWindowIcon(icons.app_icon())
        self.setMinimumSize(760, 540)
        self.resize(1180, 760)

        self.specs = page_specs()
        self.allowed = {spec.key: spec.allows(user) for spec in self.specs}  # the rest is hidden
        self.pages = QStackedWidget(self)
        self.pages.setObjectName("pages")
        self.page_widgets: dict[str, QWidget] = {}
        for spec in self.specs:
            page = self._make_page(spec, site_text)
            self.page_widgets[spec.key] = page
            self.pages.addWidget(page)
        self.pages.currentChanged.connect(self._page_changed)

        self.content = QWidget(self)
        row = QHBoxLayout(self.content)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self._sidebar())
        row.addWidget(self.pages, 1)
        self.lock_screen = LockScreen(database, user, self)
        self.lock_screen.unlocked.connect(self._unlock)
        self.lock_screen.sign_out_requested.connect(self.sign_out)
        self._outer = QStackedWidget(self)
        self._station: StationFrame | None = None
        self._was_maximized = False
        self._outer.addWidget(self.content)
        self._outer.addWidget(self.lock_screen)
        self.setCentralWidget(self._outer)

        self._build_menus()
        self._build_status_bar(database.label)
        self.idle = IdleLock(idle_timeout_ms or minutes * 60_000, self)
        self.idle.timed_out.connect(self.lock)
        self._restore()
        self.idle.start()

    # -- construction -------------------------------------------------------------------

    def _make_page(self, spec: PageSpec, site_text: str) -> QWidget:
        if spec.key == HOME:
            return HomePage(self._database, self.user, site_text, self)
        if spec.key == ADMINISTRATION:
            page = AdminPage(self._database, self.user, self)
            page.idle_minutes_changed.connect(lambda m: self.idle.set_timeout_ms(m * 60_000))
            return page
        if spec.key == BADGES:
            return LazyPage(self._make_badges_page, self)
        if spec.key == COWORKING:
            return LazyPage(self._make_coworking_page, self)
        if spec.key == REPORTS:
            return LazyPage(self._make_reports_page, self)
        if spec.key == SYNC:
            return LazyPage(self._make_sync_page, self)
        if spec.key == JOB_FAIRS:
            lazy = LazyPage(self._make_fairs_page, self)
            return lazy
        if spec.key != PEOPLE:
            raise ValueError(f"Área sin página: {spec.key}")
        page = PeoplePage(self._database, self.user, self)
        self.unlocked.connect(page.reopen_draft, Qt.ConnectionType.QueuedConnection)
        return page

    def _make_badges_page(self, parent: QWidget) -> QWidget:
        from coworking.gui.pages.badges import BadgesPage  # imported when first opened

        return BadgesPage(self._database, self.user, parent)

    def _make_reports_page(self, parent: QWidget) -> QWidget:
        from coworking.gui.pages.reports import ReportsPage  # imported when first opened

        return ReportsPage(self._database, self.user, parent)

    def _make_sync_page(self, parent: QWidget) -> QWidget:
        from coworking.gui.pages.sync import SyncPage  # imported when first opened

        return SyncPage(self._database, self.user, parent)

    def _make_coworking_page(self, parent: QWidget) -> QWidget:
        from coworking.gui.pages.coworking import CoworkingPage  # imported when first opened

        page = CoworkingPage(self._database, self.user, parent)
        self.unlocked.connect(page.reopen_draft, Qt.ConnectionType.QueuedConnection)
        return page

    def _make_fairs_page(self, parent: QWidget) -> QWidget:
        from coworking.gui.pages.fairs import FairsPage  # imported when first opened

        page = FairsPage(self._database, self.user, parent)
        for tab in (page.events_tab, page.employers_tab):
            self.unlocked.connect(tab.reopen_draft, Qt.ConnectionType.QueuedConnection)
        return page

    def _sidebar(self) -> QWidget:
        sidebar = QFrame(self)
        sidebar.setObjectName("sidebar")
        sidebar.setFixedWidth(236)
        layout = QVBoxLayout(sidebar)
        layout.setContentsMargins(0, 0, 0, 12)
        layout.setSpacing(0)
        brand = QLabel("Coworking", sidebar)
        brand.setObjectName("sidebarTitle")
        site = QLabel(self.site_name, sidebar)
        site.setObjectName("sidebarSubtitle")
        site.setWordWrap(True)
        self.navigation = QListWidget(sidebar)
        self.navigation.setObjectName("navigation")
        self.navigation.setAccessibleName(self.tr("Areas of the program"))
        self.navigation.setIconSize(icons.pixmap("home", 20).size())
        self.navigation.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for spec in self.specs:
            item = QListWidgetItem(icons.icon(spec.icon, icons.SIDEBAR), spec.title)
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            self.navigation.addItem(item)
            item.setHidden(not self.allowed[spec.key])
        self.navigation.currentRowChanged.connect(self._navigation_changed)
        for chosen in (self.navigation.itemClicked, self.navigation.itemActivated):
            chosen.connect(lambda _item: self.go_to_page(self.current_page()))
        layout.addWidget(brand)
        layout.addWidget(site)
        layout.addWidget(self.navigation, 1)
        version = QLabel(self.tr("Version {version}").format(version=__version__), sidebar)
        version.setObjectName("sidebarFooter")
        layout.addWidget(version)
        extras: list[QWidget] = [brand, site, version]
        self.compact_sidebar = CompactSidebar(self, sidebar, self.navigation, extras)
        return sidebar

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.lock_action = QAction(icons.icon("lock"), self.tr("&Lock"), self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(self.lock)
        self.sign_out_action = QAction(self.tr("Sign &out"), self)
        self.sign_out_action.triggered.connect(self.sign_out)
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        quit_action.triggered.connect(self.close)
        file_menu.addActions([self.lock_action, self.sign_out_action])
        file_menu.addSeparator()
        file_menu.addAction(quit_action)

        go_menu = self.menuBar().addMenu(self.tr("&Go"))
        self.page_actions: dict[str, QAction] = {}
        for number, spec in enumerate(self.specs, start=1):
            action = QAction(icons.icon(spec.icon), spec.title, self)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _checked=False, key=spec.key: self.go_to_page(key))
            action.setVisible(self.allowed[spec.key])
            go_menu.addAction(action)
            self.page_actions[spec.key] = action

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About Coworking"), self)
        about.setMenuRole(QAction.MenuRole.AboutRole)
        about.triggered.connect(self.about)
        help_menu.addAction(about)

    def _build_status_bar(self, database_label: str) -> None:
        bar = self.statusBar()
        self.status_site = QLabel(self.site_name, self)
        self.status_user = QLabel(f"{self.user.full_name} · {role_label(self.user.role)}", self)
        self.status_database = QLabel(database_label, self)
        for label in (self.status_site, self.status_user, self.status_database):
            label.setObjectName("statusField")
            bar.addPermanentWidget(label)
        self.status_clock: QLabel | None = None
        if clock.is_moved():  # tests and training: nobody should take it for the real time
            started = clock.local_now().strftime("%d/%m/%Y %H:%M")
            self.status_clock = QLabel(self.tr("Test clock: started at %1").replace("%1", started))
            self.status_clock.setObjectName("statusWarning")
            self.status_clock.setToolTip(
                self.tr("The COWORKING_CLOCK setting moves the program's clock.")
            )
            bar.addPermanentWidget(self.status_clock)

    # -- pages --------------------------------------------------------------------------

    def current_page(self) -> str:
        return self.specs[self.pages.currentIndex()].key

    def show_page(self, key: str) -> bool:
        """Switch to the page ``key``; refused (False) when the user's role may not see it."""
        if not self.allowed.get(key, False) or self.is_locked:
            spec = next((s for s in self.specs if s.key == key), None)
            if not self.is_locked and spec is not None:
                self.statusBar().showMessage(refusal_text(spec), 5000)
            return False
        row = next(i for i, spec in enumerate(self.specs) if spec.key == key)
        self.navigation.setCurrentRow(row)
        self.pages.setCurrentIndex(row)
        return True

    def go_to_page(self, key: str) -> bool:
        """Show the page ``key`` with the keyboard inside it, so that its shortcuts and its
        first field work at once (the Go menu, a click or Enter on the navigation)."""
        if not self.show_page(key):
            return False
        focus_page(self.pages.currentWidget())
        return True

    def _navigation_changed(self, row: int) -> None:
        if 0 <= row < len(self.specs) and not self.show_page(self.specs[row].key):
            self.navigation.setCurrentRow(self.pages.currentIndex())

    def _page_changed(self, index: int) -> None:
        page = self.pages.widget(index)
        if isinstance(page, HomePage):
            page.refresh()

    # -- locking and signing out --------------------------------------------------------

    @property
    def is_locked(self) -> bool:
        return self._outer.currentWidget() is self.lock_screen

    def lock(self) -> None:
        """Hide everything behind the lock screen, closing menus and dialogs left open."""
        if self.is_locked:
            return
        while (popup := QApplication.activePopupWidget()) is not None:
            popup.close()
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                keep = getattr(widget, "keep_draft", None)
                if callable(keep):  # a form with typed data: kept, reopened after unlocking
                    keep()
                widget.reject()
        self.idle.pause()
        self._outer.setCurrentWidget(self.lock_screen)
        for action in [self.lock_action, *self.page_actions.values()]:
            action.setEnabled(False)
        self.lock_screen.reset()

    # -- stations -----------------------------------------------------------------------

    @property
    def station(self) -> StationFrame | None:
        return self._station

    def open_station(self, station: QWidget, title: str) -> StationFrame:
        """Show a door or booth station over the whole screen until it is left.

        The idle lock still applies; after unlocking, the station comes back as it was.
        """
        self.close_station()
        capture = getattr(station, "capture", None)
        if capture is not None:  # scans taken from an open dialog are input too
            capture.scanned.connect(lambda _code: self.idle.note_input())
        frame = StationFrame(station, title, self)
        frame.leave_requested.connect(self.close_station)
        self._station = frame
        self._outer.addWidget(frame)
        if not self.is_locked:
            self._outer.setCurrentWidget(frame)
        self.menuBar().hide()
        self.statusBar().hide()
        self._was_maximized = self.isMaximized()
        self.showFullScreen()
        return frame

    def close_station(self) -> None:
        frame, self._station = self._station, None
        if frame is None:
            return
        settle_pending(frame)  # scans the database made wait: saved, or listed for the operator
        if not self.is_locked:
            self._outer.setCurrentWidget(self.content)
        self._outer.removeWidget(frame)
        frame.hide()
        frame.deleteLater()
        self.menuBar().show()
        self.statusBar().show()
        if self._was_maximized:
            self.showMaximized()
        else:
            self.showNormal()

    def _unlock(self) -> None:
        self._outer.setCurrentWidget(self._station or self.content)
        for action in [self.lock_action, *self.page_actions.values()]:
            action.setEnabled(True)
        self.idle.start()
        if self._station is None:
            self.navigation.setFocus()
        self.unlocked.emit()

    def sign_out(self) -> None:
        self._signing_out = True
        self.close()
        self.signed_out.emit()

    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Coworking"),
            self.tr(
                "<h3>Coworking {version}</h3>"
                "<p>Co-working spaces and job fairs for municipalities in Ecuador: "
                "registration, bookings, check-in, badges, reports and exports.</p>"
                "<p>Personal data is protected as the LOPDP requires: every change is "
                "audited.</p><p>Free software under the GNU GPL, version 3 or later.</p>"
            ).format(version=__version__),
        )

    # -- persistence --------------------------------------------------------------------

    def _restore(self) -> None:
        store = QSettings()
        geometry = store.value(GEOMETRY_KEY)
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        state = store.value(STATE_KEY)
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.restoreState(state)
        page = str(store.value(PAGE_KEY, HOME) or HOME)
        if not self.allowed.get(page, False):
            page = HOME
        self.show_page(page)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.close_station()
        settle_pending(self)  # the front desk's, on the co-working page
        store = QSettings()
        store.setValue(GEOMETRY_KEY, self.saveGeometry())
        store.setValue(STATE_KEY, self.saveState())
        store.setValue(PAGE_KEY, self.current_page())
        self.idle.stop()
        super().closeEvent(event)
        if not self._signing_out:
            self.closed.emit()
