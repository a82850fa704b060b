"""Which buttons and menu actions of the program the GUI tests click.

Every GUI test runs under a :class:`ClickRecorder`, an event filter on the application. A
button (QPushButton, QToolButton, QCommandLinkButton) is *seen* when it is shown, and
*clicked* when its ``clicked`` signal is emitted (a mouse click, its shortcut, ``click()``):
a test that calls the button's slot itself leaves it unclicked. A menu action is seen when it
is added to a menu, a menu bar or a tool bar, and clicked when ``triggered`` is emitted. The
widgets of our own classes that are shown are noted too (dialogs and pages never opened).
With ``COWORKING_CLICK_LOG`` naming a folder, each test process writes what it noted there
(:func:`write_log`); ``tests/gui/test_every_button_clicked.py`` reads all of it after the whole
suite ran and fails on what was seen but never clicked.

The rules that name a button, ``<owner class>:<label>``:

- Ours: a class defined in a ``coworking.gui`` module. The owner is the button's nearest
  ancestor of one of our classes (a page, a dialog, a station, a composite widget); a button
  with no such ancestor is not the program's.
- Qt's own parts are left out: buttons inside a Qt composite widget (``QT_COMPOSITES``:
  calendar, tab bar scroll arrows, line edit clear button, spin box, scroll bar, combo box,
  text edit) met before the owner or being the owner; tool buttons of a tool bar or menu bar
  (the tool bar's action is what counts); everything in a Qt standard dialog
  (``STANDARD_DIALOGS``: message boxes, file, input, progress, colour, font, print dialogs)
  unless its class is ours (``TaskProgressDialog``).
- The label: the dynamic property ``clickGroup`` when the code sets one (buttons made per
  data row: one label for all of them); a button Qt made by its role, not by its text (a
  dialog button box's ``Save``, ``Cancel``; a wizard's ``NextButton``; a progress dialog's
  ``CancelButton``); a deliberate objectName (not empty, not ``qt_``/``__qt__``), where a
  trailing number stands for a series made by one loop (``star1`` ... ``star5`` are
  ``star#``); else the text without ``&`` mnemonic markers, as the source code writes it (the
  translation catalogues read backwards: ``Guardar`` is ``Save``, in a test in English too);
  else the tool tip, else the accessible name.
- A button in a window of a plain Qt class made inside an owner (a ``QDialog`` built in a
  method) has that window's objectName, or else its class, before the label:
  ``PersonDialog:QDialog/Close``.
- Menu actions follow the same rules, the owner found from the action's parent widget (else
  the menu's); separators and the actions that only hold a sub-menu are left out.

The label is the one shown when the button is seen, and again when it is clicked: a button
whose text tells two things (``Deactivate`` / ``Activate``) is two keys, each to be clicked.

The recorder listens to a button's ``clicked`` each time the button is shown or pressed, as a
unique connection (Qt keeps one however often it is asked; the key last computed stays on the
button as a dynamic property ``clickCoverageKey…``): a program that disconnects every slot of
the button (``clicked.disconnect()``) and connects its own again is heard from the next showing
or press on. A test that calls ``click()`` on a button never shown nor pressed is not heard:
show the widget, as a person sees it.
"""

from __future__ import annotations

import functools
import importlib
import inspect
import json
import os
import pkgutil
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from xml.etree import ElementTree

from PySide6.QtCore import QEvent, QObject, Qt, Slot
from PySide6.QtGui import QAction, QActionEvent, QMouseEvent, QShowEvent
from PySide6.QtPrintSupport import QPageSetupDialog, QPrintDialog, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QCalendarWidget,
    QColorDialog,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QErrorMessage,
    QFileDialog,
    QFontDialog,
    QInputDialog,
    QLineEdit,
    QMenu,
    QMenuBar,
    QMessageBox,
    QPlainTextEdit,
    QProgressDialog,
    QPushButton,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QToolBar,
    QToolButton,
    QWidget,
    QWizard,
)
from shiboken6 import Shiboken

from coworking import paths

LOG_ENV = "COWORKING_CLICK_LOG"
CHECK_ENV = "COWORKING_CLICK_LOG_CHECK"
PACKAGE = "coworking.gui"
GROUP_PROPERTY = "clickGroup"

QT_COMPOSITES = (
    QCalendarWidget,
    QTabBar,
    QLineEdit,
    QAbstractSpinBox,
    QScrollBar,
    QComboBox,
    QTextEdit,
    QPlainTextEdit,
)
STANDARD_DIALOGS = (
    QMessageBox,
    QFileDialog,
    QInputDialog,
    QProgressDialog,
    QColorDialog,
    QFontDialog,
    QErrorMessage,
    QPrintDialog,
    QPageSetupDialog,
    QPrintPreviewDialog,
)
BUTTONS = (QPushButton, QToolButton)  # QCommandLinkButton is a QPushButton
MENU_HOLDERS = (QMenu, QMenuBar, QToolBar)
WIZARD_BUTTONS = [
    getattr(QWizard.WizardButton, name)
    for name in ("BackButton", "NextButton", "CommitButton", "FinishButton", "CancelButton")
    + ("HelpButton", "CustomButton1", "CustomButton2", "CustomButton3")
]
_TRAILING_NUMBER = re.compile(r"\d+$")
_ACTION_ADDED, _PRESS = QEvent.Type.ActionAdded, QEvent.Type.MouseButtonPress


def without_mnemonics(text: str) -> str:
    """``&Guardar`` → ``Guardar``; ``&&`` is a real ampersand. Spaces and lines are folded."""
    return " ".join(text.replace("&&", "\0").replace("&", "").replace("\0", "&").split())


def english(text: str, context: str) -> str:
    """A label as the program's source writes it: ``Guardar`` → ``Save`` (the catalogues of
    ``resources/translations``, the owner's context first), so a test in English and one in
    Spanish click the same key. A text no catalogue has (made from data) stays as it is."""
    plain = without_mnemonics(text)
    sources = source_texts()
    return sources.get((context, plain)) or sources.get(("", plain)) or plain


@functools.cache
def source_texts() -> dict[tuple[str, str], str]:
    """Each translation of the program's catalogues back to its source, without mnemonics:
    by ``(context, translation)`` and by ``("", translation)``."""
    texts: dict[tuple[str, str], str] = {}
    for path in sorted(paths.resource("translations").glob("coworking_*.ts")):
        for context in ElementTree.parse(path).getroot().iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                source, translation = message.findtext("source"), message.find("translation")
                if message.get("numerus") == "yes" or not source or translation is None:
                    continue
                if translation.get("type") in ("obsolete", "vanished") or not translation.text:
                    continue
                done = without_mnemonics(translation.text)
                texts.setdefault((name, done), without_mnemonics(source))
                texts.setdefault(("", done), without_mnemonics(source))
    return texts


def deliberate_name(name: str) -> str:
    """An objectName given on purpose, a trailing number standing for its series, or ""."""
    if not name or name.startswith(("qt_", "__qt__", "_q_")):
        return ""
    return _TRAILING_NUMBER.sub("#", name)


class ClickRecorder(QObject):
    """Notes the buttons and actions of our classes that are seen and those that are clicked,
    each with the test that did it first. ``packages`` says which modules are ours."""

    def __init__(self, packages: Iterable[str] = (PACKAGE,)) -> None:
        super().__init__()
        self.packages = tuple(packages)
        self.test = ""  # the node id of the running test
        self.seen: dict[str, str] = {}
        self.clicked: dict[str, str] = {}
        self.owners: dict[str, str] = {}  # owner class name → its module
        self.shown: dict[str, str] = {}  # "module.Class" of our shown widgets → test
        self._ours: dict[type, bool] = {}
        # the key this recorder last gave an object, for a button gone from its owner
        self._last_key = f"clickCoverageKey{id(self)}"

    # -- what is ours -------------------------------------------------------------------

    def is_ours(self, cls: type) -> bool:
        known = self._ours.get(cls)
        if known is None:
            module = cls.__module__
            known = any(module == p or module.startswith(p + ".") for p in self.packages)
            self._ours[cls] = known
        return known

    def _owner(self, start: QObject | None) -> tuple[QObject | None, QWidget | None]:
        """The nearest object of ours from ``start`` up (``None`` inside a Qt composite), and
        the first plain Qt window met on the way."""
        plain_window: QWidget | None = None
        node = start
        while node is not None:
            if isinstance(node, QT_COMPOSITES):
                return None, None
            if self.is_ours(type(node)):
                return node, plain_window
            # a pop-up menu is no window of its own
            if plain_window is None and isinstance(node, QWidget) and not isinstance(node, QMenu):
                plain_window = node if node.isWindow() else None
            node = node.parent()
        return None, None

    def _standard_dialog(self, window: QWidget) -> bool:
        return isinstance(window, STANDARD_DIALOGS) and not self.is_ours(type(window))

    # -- keys ---------------------------------------------------------------------------

    def button_key(self, button: QAbstractButton) -> str | None:
        """``Owner:label`` of a button, or ``None`` when the button is not ours to click."""
        parent = button.parentWidget()
        window = button.window()
        if isinstance(parent, (QToolBar, QMenuBar)) or self._standard_dialog(window):
            return None
        owner, plain_window = self._owner(parent)
        if owner is None:
            return None
        label = self._group(button) or self._role(button, parent, window)
        if not label:
            context = type(owner).__name__
            label = (
                deliberate_name(button.objectName())
                or english(button.text(), context)
                or english(button.toolTip(), context)
                or english(button.accessibleName(), context)
                or f"({type(button).__name__})"
            )
        return self._key(owner, plain_window, label)

    def action_key(self, action: QAction, holder: QWidget) -> str | None:
        """``Owner:label`` of a menu or tool bar action, or ``None`` for separators, sub-menu
        holders and actions that are not ours."""
        if action.isSeparator() or action.menu() is not None:
            return None
        parent = action.parent()
        start = parent if isinstance(parent, QWidget) else holder
        if self._standard_dialog(start.window()):
            return None
        owner, plain_window = self._owner(start)
        if owner is None:
            return None
        context = type(owner).__name__
        label = (
            self._group(action)
            or deliberate_name(action.objectName())
            or english(action.text(), context)
            or english(action.toolTip(), context)
            or "?"
        )
        return self._key(owner, plain_window, label)

    def _key(self, owner: QObject, window: QWidget | None, label: str) -> str:
        cls = type(owner)
        self.owners[cls.__name__] = cls.__module__
        if window is not None and window is not owner:
            label = f"{window.objectName() or type(window).__name__}/{label}"
        return f"{cls.__name__}:{label}"

    @staticmethod
    def _group(item: QObject) -> str:
        group = item.property(GROUP_PROPERTY)
        return str(group) if group else ""

    @staticmethod
    def _role(button: QAbstractButton, parent: QWidget | None, window: QWidget) -> str:
        """The role of a button Qt made, whatever its text says: a button box's standard
        button, a wizard's own button, a progress dialog's cancel button; else ""."""
        if isinstance(parent, QDialogButtonBox) and isinstance(button, QPushButton):
            standard = parent.standardButton(button)
            if standard != QDialogButtonBox.StandardButton.NoButton:
                return standard.name
        if isinstance(window, QWizard):
            for which in WIZARD_BUTTONS:
                if window.button(which) is button:
                    return which.name
        if isinstance(parent, QProgressDialog):
            return "CancelButton"
        return ""

    # -- listening ----------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        # Called for every event of the program: the event's class sorts them at little cost
        # (``event.type()`` alone would cost more than the rest).
        kind = type(event)
        if kind is QShowEvent:
            if isinstance(watched, BUTTONS):
                self._button_shown(watched)
            elif self.is_ours(type(watched)):
                cls = type(watched)
                self.shown.setdefault(f"{cls.__module__}.{cls.__qualname__}", self.test)
        elif kind is QActionEvent:
            if isinstance(watched, MENU_HOLDERS) and event.type() is _ACTION_ADDED:
                self._action_added(event.action(), watched)
        elif kind is QMouseEvent and isinstance(watched, BUTTONS) and event.type() is _PRESS:
            self._listen(watched)  # a test may click a button it never showed
        return False

    def _button_shown(self, button: QAbstractButton) -> None:
        key = self.button_key(button)
        if key is not None:
            button.setProperty(self._last_key, key)
            self.seen.setdefault(key, self.test)
            self._listen(button)

    def _listen(self, button: QAbstractButton) -> None:
        button.clicked.connect(self._button_clicked, Qt.ConnectionType.UniqueConnection)

    def _action_added(self, action: QAction, holder: QWidget) -> None:
        key = self.action_key(action, holder)
        if key is None:
            return
        action.setProperty(self._last_key, key)
        self.seen.setdefault(key, self.test)
        action.triggered.connect(self._action_triggered, Qt.ConnectionType.UniqueConnection)

    @Slot()
    def _button_clicked(self) -> None:
        button = self.sender()
        if isinstance(button, QAbstractButton) and Shiboken.isValid(button):
            self._note_click(self.button_key(button) or button.property(self._last_key))

    @Slot()
    def _action_triggered(self) -> None:
        action = self.sender()
        if isinstance(action, QAction) and Shiboken.isValid(action):
            self._note_click(action.property(self._last_key))

    def _note_click(self, key: object) -> None:
        if isinstance(key, str) and key:
            self.clicked.setdefault(key, self.test)

    # -- the log ------------------------------------------------------------------------

    def as_json(self) -> dict[str, dict[str, str]]:
        return {
            "seen": dict(self.seen),
            "clicked": dict(self.clicked),
            "owners": dict(self.owners),
            "shown": dict(self.shown),
        }


def write_log(recorder: ClickRecorder, folder: Path) -> Path:
    """This test process's notes, as ``<worker>-<pid>.json`` in ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    worker = os.environ.get("PYTEST_XDIST_WORKER", "main")
    path = folder / f"{worker}-{os.getpid()}.json"
    path.write_text(json.dumps(recorder.as_json(), indent=1, sort_keys=True), encoding="utf-8")
    return path


@dataclass
class Coverage:
    """The notes of every process of a run, merged."""

    seen: dict[str, str] = field(default_factory=dict)
    clicked: dict[str, str] = field(default_factory=dict)
    owners: dict[str, str] = field(default_factory=dict)
    shown: dict[str, str] = field(default_factory=dict)

    def add(self, notes: dict[str, dict[str, str]]) -> None:
        for name in ("seen", "clicked", "owners", "shown"):
            mine: dict[str, str] = getattr(self, name)
            for key, value in notes.get(name, {}).items():
                mine.setdefault(key, value)

    def unclicked(self, allowed: Iterable[str] = ()) -> list[str]:
        """The keys seen and never clicked, but for ``allowed``."""
        return sorted(set(self.seen) - set(self.clicked) - set(allowed))

    def was_shown(self, cls: type) -> bool:
        """Whether a widget of ``cls``, or of a class made from it, was shown."""
        return any(
            issubclass(shown, cls) for shown in map(_class_named, self.shown) if shown is not None
        )


def read_logs(folder: Path) -> Coverage:
    coverage = Coverage()
    for path in sorted(folder.glob("*.json")):
        coverage.add(json.loads(path.read_text(encoding="utf-8")))
    return coverage


def _class_named(qualified: str) -> type | None:
    module_name, _, name = qualified.rpartition(".")
    try:
        module = importlib.import_module(module_name)
    except ImportError:
        return None
    found = getattr(module, name, None)
    return found if isinstance(found, type) else None


def gui_modules() -> list[str]:
    """Every module of ``coworking.gui``, imported."""
    package = importlib.import_module(PACKAGE)
    names = [PACKAGE]
    for info in pkgutil.walk_packages(package.__path__, PACKAGE + "."):
        importlib.import_module(info.name)
        names.append(info.name)
    return names


def dialog_classes() -> list[type[QDialog]]:
    """Every QDialog (and QWizard) class defined in a ``coworking.gui`` module."""
    found: list[type[QDialog]] = []
    for name in gui_modules():
        module = importlib.import_module(name)
        for _, cls in inspect.getmembers(module, inspect.isclass):
            if cls.__module__ == name and issubclass(cls, QDialog):
                found.append(cls)
    return sorted(found, key=lambda cls: f"{cls.__module__}.{cls.__qualname__}")


def source_file(module_name: str) -> str:
    """The file of a module, relative to the repository when it lies inside it."""
    module = importlib.import_module(module_name)
    path = Path(inspect.getfile(module)).resolve()
    root = Path(__file__).resolve().parents[2]
    return str(path.relative_to(root)) if path.is_relative_to(root) else str(path)


def grouped_by_owner(keys: Iterable[str], owners: dict[str, str]) -> list[str]:
    """``keys`` under a line per owner naming the owner's source file."""
    by_owner: dict[str, list[str]] = {}
    for key in keys:
        by_owner.setdefault(key.split(":", 1)[0], []).append(key)
    lines: list[str] = []
    for owner in sorted(by_owner):
        module = owners.get(owner)
        lines.append(f"{owner} ({source_file(module) if module else '?'})")
        lines.extend(f"    {key}" for key in sorted(by_owner[owner]))
    return lines
