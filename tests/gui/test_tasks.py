"""The background-task helper: work off the GUI thread, results by signal, progress, cancel."""

from __future__ import annotations

import threading
import time
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QObject, QThread, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from coworking.core.errors import UserError
from coworking.gui.tasks import (
    SHOW_AFTER_MS,
    Cancelled,
    TaskContext,
    TaskError,
    TaskHandle,
    cancel_all,
    run_with_progress,
    start_task,
)

TIMEOUT_MS = 10_000


class Calls:
    """Records each callback with the thread it ran on."""

    def __init__(self) -> None:
        self.done: list[Any] = []
        self.errors: list[TaskError] = []
        self.cancelled = 0
        self.threads: list[QThread] = []
        self.dialog_visible_in_callback: list[bool] = []
        self.handle: TaskHandle | None = None

    def _note(self) -> None:
        self.threads.append(QThread.currentThread())
        dialog = self.handle.dialog if self.handle else None
        self.dialog_visible_in_callback.append(dialog is not None and dialog.isVisible())

    def on_done(self, result: Any) -> None:
        self._note()
        self.done.append(result)

    def on_error(self, error: TaskError) -> None:
        self._note()
        self.errors.append(error)

    def on_cancel(self) -> None:
        self._note()
        self.cancelled += 1


def run(
    qtbot: QtBot, parent: QWidget | None, fn: Any, calls: Calls, title: str = "Tarea de prueba"
) -> TaskHandle:
    handle = run_with_progress(
        parent,
        title,
        fn,
        on_done=calls.on_done,
        on_error=calls.on_error,
        on_cancel=calls.on_cancel,
    )
    calls.handle = handle
    return handle


@pytest.fixture
def window(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    return widget


@pytest.fixture(autouse=True)
def no_task_left_behind() -> Any:
    yield
    assert cancel_all(TIMEOUT_MS), "a task was still running after its test"


def test_result_arrives_on_gui_thread(qtbot: QtBot, window: QWidget) -> None:
    worker_threads: list[QThread] = []

    def work(ctx: TaskContext) -> int:
        worker_threads.append(QThread.currentThread())
        return 6 * 7

    calls = Calls()
    handle = run(qtbot, window, work, calls)
    with qtbot.waitSignal(handle.finished, timeout=TIMEOUT_MS):
        pass
    main_thread = QApplication.instance().thread()
    assert calls.done == [42]
    assert calls.errors == [] and calls.cancelled == 0
    assert calls.threads == [main_thread]
    assert worker_threads and worker_threads[0] is not main_thread
    assert handle.outcome == "done" and not handle.is_running


def test_quick_task_never_shows_dialog(qtbot: QtBot, window: QWidget) -> None:
    shown: list[QEvent.Type] = []

    class ShowSpy(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
            if event.type() == QEvent.Type.Show:
                shown.append(event.type())
            return False

    calls = Calls()
    handle = run(qtbot, window, lambda ctx: "rápido", calls)
    spy = ShowSpy()
    assert handle.dialog is not None
    handle.dialog.installEventFilter(spy)
    with qtbot.waitSignal(handle.finished, timeout=TIMEOUT_MS):
        pass
    qtbot.wait(SHOW_AFTER_MS + 200)
    assert calls.done == ["rápido"]
    assert shown == []


def test_progress_reaches_dialog(qtbot: QtBot, window: QWidget) -> None:
    release = threading.Event()
    reports: list[tuple[int, int, str]] = []

    def work(ctx: TaskContext) -> str:
        for step in range(1, 4):
            ctx.report(step, 10, f"Paso {step} de 10")
        release.wait(TIMEOUT_MS / 1000)
        return "listo"

    calls = Calls()
    handle = run(qtbot, window, work, calls, title="Imprimiendo credenciales")
    handle.progressed.connect(lambda done, total, text: reports.append((done, total, text)))
    dialog = handle.dialog
    assert dialog is not None
    assert dialog.windowTitle() == "Imprimiendo credenciales"

    qtbot.waitUntil(lambda: dialog.isVisible(), timeout=TIMEOUT_MS)
    qtbot.waitUntil(lambda: (dialog.value(), dialog.maximum()) == (3, 10), timeout=TIMEOUT_MS)
    assert dialog.labelText() == "Paso 3 de 10"
    cancel_button = dialog.findChild(QPushButton)
    assert cancel_button is not None and cancel_button.text() == "Cancelar"
    assert reports[-1] == (3, 10, "Paso 3 de 10")
    assert calls.done == []

    with qtbot.waitSignal(handle.finished, timeout=TIMEOUT_MS):
        release.set()
    assert calls.done == ["listo"]
    assert calls.dialog_visible_in_callback == [False]
    assert handle.dialog is None


def test_many_reports_are_coalesced(qtbot: QtBot) -> None:
    """A task reporting every item does not flood the GUI, and the last report arrives."""
    seen: list[tuple[int, int, str]] = []

    def work(ctx: TaskContext) -> None:
        for step in range(1, 100_001):
            ctx.report(step, 100_000)

    handle = start_task(work, on_done=lambda _: None, on_progress=lambda *a: seen.append(a))
    with qtbot.waitSignal(handle.finished, timeout=TIMEOUT_MS):
        pass
    assert 0 < len(seen) < 100_000
    assert seen[-1] == (100_000, 100_000, "")


def test_cancel_stops_the_work(qtbot: QtBot, window: QWidget) -> None:
    seen_cancel = threading.Event()
    steps: list[int] = []

    def work(ctx: TaskContext) -> None:
        for step in range(1, 1001):
            if ctx.cancelled:
                seen_cancel.set()
                raise Cancelled
            steps.append(step)
            ctx.report(step, 1000, f"Registro {step}")
            time.sleep(0.01)

    calls = Calls()
    handle = run(qtbot, window, work, calls)
    dialog = handle.dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.isVisible() and dialog.value() > 0, timeout=TIMEOUT_MS)
    button = dialog.findChild(QPushButton)
    assert button is not None
    with qtbot.waitSignal(handle.finished, timeout=TIMEOUT_MS):
        button.click()
        assert not button.isEnabled()
        assert dialog.labelText() == "Cancelando…"
        assert dialog.isVisible(), "the dialog stays until the worker has stopped"
    assert seen_cancel.is_set()
    assert calls.cancelled == 1
    assert calls.done == [] and calls.errors == []
    assert len(steps) < 1000
    assert calls.threads == [QApplication.instance().thread()]
    assert calls.dialog_visible_in_callback == [False]
    assert handle.outcome == "cancelled"


def test_closing_the_dialog_cancels(qtbot: QtBot, window: QWidget) -> None:
    def work(ctx: TaskContext) -> None:
        while True:
            ctx.raise_if_cancelled()
            time.sleep(0.01)

    calls = Calls()
    handle = run(qtbot, window, work, calls)
    dialog = handle.dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible, timeout=TIMEOUT_MS)
    with qtbot.waitSignal(handle.finished, timeout=TIMEOUT_MS):
        dialog.close()
        assert dialog.isVisible(), "the dialog stays until the worker has stopped"
    assert calls.cancelled == 1 and calls.done == []


def test_user_error_reaches_on_error_and_dialog_closes(qtbot: QtBot, window: QWidget) -> None:
    def work(ctx: TaskContext) -> None:
        ctx.report(1, 2, "Leyendo el archivo")
        time.sleep((SHOW_AFTER_MS + 200) / 1000)
        raise UserError("personas.csv, fila 3, campo «documento»: el número no es válido")

    calls = Calls()
    handle = run(qtbot, window, work, calls)
    dialog = handle.dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible, timeout=TIMEOUT_MS)
    with qtbot.waitSignal(handle.finished, timeout=TIMEOUT_MS):
        pass
    assert [e.message for e in calls.errors] == [
        "personas.csv, fila 3, campo «documento»: el número no es válido"
    ]
    assert isinstance(calls.errors[0].exception, UserError)
    assert "UserError" in calls.errors[0].details
    assert calls.done == [] and calls.cancelled == 0
    assert calls.threads == [QApplication.instance().thread()]
    assert calls.dialog_visible_in_callback == [False]
    assert not dialog.isVisible()
    assert handle.outcome == "error"


def test_unexpected_error_gets_general_message_and_details(qtbot: QtBot) -> None:
    def work(ctx: TaskContext) -> None:
        raise ZeroDivisionError("división por cero")

    calls = Calls()
    handle = start_task(work, on_done=calls.on_done, on_error=calls.on_error)
    with qtbot.waitSignal(handle.finished, timeout=TIMEOUT_MS):
        pass
    (error,) = calls.errors
    assert error.message and "ZeroDivisionError" not in error.message
    assert "ZeroDivisionError: división por cero" in error.details
    assert str(error) == error.message


def test_gui_stays_responsive(qtbot: QtBot, window: QWidget) -> None:
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start()

    def work(ctx: TaskContext) -> str:
        deadline = time.monotonic() + 0.6
        while time.monotonic() < deadline:
            time.sleep(0.05)
            ctx.report(0, 0)
        return "hecho"

    calls = Calls()
    handle = run(qtbot, window, work, calls)
    with qtbot.waitSignal(handle.finished, timeout=TIMEOUT_MS):
        pass
    timer.stop()
    assert calls.done == ["hecho"]
    assert len(ticks) >= 10, f"the timer ticked only {len(ticks)} times in 0.6 s"
    gaps = [b - a for a, b in zip(ticks, ticks[1:], strict=False)]
    assert max(gaps) < 0.25, f"the GUI thread was blocked for {max(gaps):.3f} s"


def test_error_without_handler_is_shown_in_a_message_box(qtbot: QtBot, window: QWidget) -> None:
    def work(ctx: TaskContext) -> None:
        raise UserError("No se encontró el archivo «inscritos.csv».")

    handle = run_with_progress(window, "Importando", work, on_done=lambda _: None)
    with qtbot.waitSignal(handle.finished, timeout=TIMEOUT_MS):
        pass
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]
    qtbot.waitUntil(lambda: any(b.isVisible() for b in boxes), timeout=TIMEOUT_MS)
    (box,) = [b for b in boxes if b.isVisible()]
    assert box.text() == "No se encontró el archivo «inscritos.csv»."
    assert box.windowTitle() == "La tarea no terminó"
    assert box.parentWidget() is window
    box.close()
