"""Every button and menu action of the program is clicked by some GUI test, every dialog and
every area of the main window is shown (``tests/gui/click_coverage.py`` has the rules).

The three checks read the notes a whole run left in the folder ``COWORKING_CLICK_LOG_CHECK``
names, so they are skipped without it: ``scripts/test`` runs the suite with
``COWORKING_CLICK_LOG`` set, then these checks. By hand::

    COWORKING_CLICK_LOG=/tmp/clicks pytest -n 2 tests/gui
    COWORKING_CLICK_LOG_CHECK=/tmp/clicks pytest -p no:xdist tests/gui/test_every_button_clicked.py

The recorder itself is tried in ``tests/gui/test_click_coverage.py``.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from coworking.db.database import Database
from coworking.db.models import StaffUser
from tests.gui.click_coverage import (
    CHECK_ENV,
    Coverage,
    dialog_classes,
    grouped_by_owner,
    read_logs,
    source_file,
)

ALLOWED_UNCLICKED: dict[str, str] = {
    # "Owner:label": "why no test can click it",
}
"""Buttons no test can click, each with its reason. Keep it tiny."""


@pytest.fixture(scope="module")
def run_notes() -> Coverage:
    folder = os.environ.get(CHECK_ENV)
    if not folder:
        pytest.skip(f"{CHECK_ENV} is not set: only meaningful after the whole GUI suite ran")
    coverage = read_logs(Path(folder))
    assert coverage.seen, f"no notes of a run in {folder}: was COWORKING_CLICK_LOG set?"
    return coverage


def test_every_button_seen_was_clicked(run_notes: Coverage) -> None:
    unclicked = run_notes.unclicked(ALLOWED_UNCLICKED)
    assert not unclicked, (
        f"{len(unclicked)} buttons or menu actions are shown by the tests but never clicked "
        "(through the signal: qtbot.mouseClick, button.click(), action.trigger()):\n"
        + "\n".join(grouped_by_owner(unclicked, run_notes.owners))
    )
    stale = sorted(set(ALLOWED_UNCLICKED) - set(run_notes.seen))
    assert not stale, f"allowed to stay unclicked, but no longer seen: {stale}"


def test_every_dialog_was_shown(run_notes: Coverage) -> None:
    never = [cls for cls in dialog_classes() if not run_notes.was_shown(cls)]
    assert not never, "dialogs no test shows:\n" + "\n".join(
        f"    {cls.__qualname__} ({source_file(cls.__module__)})" for cls in never
    )


def test_every_area_of_the_main_window_was_shown(
    run_notes: Coverage, qtbot, database: Database, admin: StaffUser
) -> None:
    from coworking.gui.main_window import MainWindow
    from coworking.gui.pages.common import LazyPage

    window = MainWindow(database, admin)  # an administrator has every area
    qtbot.addWidget(window)
    pages = {
        key: widget.page if isinstance(widget, LazyPage) else widget
        for key, widget in window.page_widgets.items()
    }
    never = {key: type(page) for key, page in pages.items() if not run_notes.was_shown(type(page))}
    assert not never, "areas of the main window no test shows:\n" + "\n".join(
        f"    {key}: {cls.__qualname__} ({source_file(cls.__module__)})"
        for key, cls in never.items()
    )
