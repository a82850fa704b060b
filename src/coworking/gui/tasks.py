"""The program's one way to run long work off the GUI thread, with progress and cancel.

A task is a plain function ``fn(ctx: TaskContext) -> result`` run on a worker thread of a
``QThreadPool``. It must not touch widgets: it talks to the GUI only through ``ctx.report()``
(progress) and its return value or exception; these cross back to the GUI thread as queued Qt
signals, and every callback (``on_done``, ``on_error``, ``on_cancel``, ``on_progress``) runs on
the GUI thread.

Cancelling is cooperative: the GUI sets a flag, the function looks at ``ctx.cancelled`` (or calls
``ctx.raise_if_cancelled()``) between steps and raises ``Cancelled`` to stop. A function that
returns normally has finished its work, even if someone asked it to stop meanwhile.

``run_with_progress`` adds a ``QProgressDialog`` that appears only if the task lasts more than
``SHOW_AFTER_MS``, so quick tasks don't flash a window::

    def work(ctx: TaskContext) -> int:
        for done, person in enumerate(people, 1):
            ctx.raise_if_cancelled()
            draw_badge(person)
            ctx.report(done, len(people), person.display_name)
        return len(people)

    run_with_progress(self, self.tr("Printing badges"), work, on_done=self.badges_ready)
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QDeadlineTimer,
    QObject,
    QRunnable,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QMessageBox,
    QProgressBar,
    QProgressDialog,
    QPushButton,
    QWidget,
)

from coworking.core.errors import UserError

SHOW_AFTER_MS = 300
"""A task's progress dialog appears only once the task has run this long."""

TaskFunction = Callable[["TaskContext"], Any]


class Cancelled(Exception):
    """Raised by a task function to stop early after ``TaskContext.cancelled`` became true."""


@dataclass(frozen=True)
class TaskError:
    """A task that failed: a message for the person at the desk, and details for support."""

    message: str
    exception: BaseException
    details: str

    def __str__(self) -> str:
        return self.message


def error_message(error: BaseException) -> str:
    """What to tell the user about ``error``: our own ``UserError`` messages are already
    Spanish sentences meant for people; anything else gets a general, translated sentence."""
    if isinstance(error, UserError):
        return str(error)
    if isinstance(error, OSError):
        detail = error.strerror or str(error)
        if error.filename:
            detail = f"{detail}: {error.filename}"
        return QCoreApplication.translate(
            "Tasks", "A file could not be read or written (%1). Check the file and try again."
        ).replace("%1", detail)
    return QCoreApplication.translate(
        "Tasks",
        "Something went wrong and the task did not finish. Try again; if it happens again, "
        "tell the person in charge of the program.",
    )


class TaskContext:
    """What a running task sees: a way to report progress and the cancel flag.

    Safe to use from the worker thread. Progress reports are coalesced: at most one is queued
    for the GUI at a time and the GUI always shows the latest, so a task may report on every
    item without flooding the event loop.
    """

    def __init__(self, notify: Callable[[], None]) -> None:
        self._notify = notify
        self._cancel = threading.Event()
        self._lock = threading.Lock()
        self._latest: tuple[int, int, str] | None = None
        self._pending = False

    @property
    def cancelled(self) -> bool:
        """True once someone asked the task to stop."""
        return self._cancel.is_set()

    def raise_if_cancelled(self) -> None:
        """Raise ``Cancelled`` if someone asked the task to stop."""
        if self._cancel.is_set():
            raise Cancelled

    def report(self, done: int, total: int, message: str = "") -> None:
        """Tell the GUI that ``done`` of ``total`` steps are finished (``total`` 0: unknown)."""
        with self._lock:
            self._latest = (done, total, message)
            if self._pending:
                return
            self._pending = True
        self._notify()

    def request_cancel(self) -> None:
        self._cancel.set()

    def take_progress(self) -> tuple[int, int, str] | None:
        """The latest report, for the GUI thread; allows the next report to be queued."""
        with self._lock:
            self._pending = False
            return self._latest


class _WorkerSignals(QObject):
    """Emitted from the worker thread, received (queued) by a ``TaskHandle`` in the GUI thread."""

    progress = Signal()
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()


class _Runnable(QRunnable):
    def __init__(self, fn: TaskFunction, context: TaskContext, signals: _WorkerSignals) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._fn = fn
        self._context = context
        self._signals = signals

    def run(self) -> None:  # worker thread: no widgets here
        try:
            result = self._fn(self._context)
        except Cancelled:
            self._signals.cancelled.emit()
        except BaseException as error:  # every end must reach the GUI, or its dialog stays
            details = "".join(traceback.format_exception(error))
            self._signals.failed.emit(TaskError(error_message(error), error, details))
        else:
            self._signals.succeeded.emit(result)


_pool: QThreadPool | None = None
_running: set[TaskHandle] = set()


def thread_pool() -> QThreadPool:
    """The pool that runs the program's tasks (not Qt's global one)."""
    global _pool
    if _pool is None:
        _pool = QThreadPool()
        _pool.setMaxThreadCount(max(2, min(4, QThreadPool.globalInstance().maxThreadCount())))
    return _pool


class TaskHandle(QObject):
    """A started task, owned by the GUI thread. ``finished`` is emitted after the callbacks."""

    progressed = Signal(int, int, str)
    finished = Signal()

    def __init__(
        self,
        *,
        on_done: Callable[[Any], None],
        on_error: Callable[[TaskError], None] | None,
        on_cancel: Callable[[], None] | None,
        on_progress: Callable[[int, int, str], None] | None,
    ) -> None:
        super().__init__()
        self._on_done = on_done
        self._on_error = on_error
        self._on_cancel = on_cancel
        self._on_progress = on_progress
        # A child of the handle: destroyed with it, on the GUI thread, never by the worker.
        self._signals = _WorkerSignals(self)
        self.context = TaskContext(lambda: self._signals.progress.emit())
        self.dialog: TaskProgressDialog | None = None
        self.outcome: str | None = None
        """None while running, then "done", "error" or "cancelled"."""
        self._error_parent: QWidget | None = None
        queued = Qt.ConnectionType.QueuedConnection
        self._signals.progress.connect(self._progress, queued)
        self._signals.succeeded.connect(self._succeeded, queued)
        self._signals.failed.connect(self._failed, queued)
        self._signals.cancelled.connect(self._cancelled, queued)

    @property
    def is_running(self) -> bool:
        return self.outcome is None

    def cancel(self) -> None:
        """Ask the task to stop; ``on_cancel`` runs once it has."""
        if self.is_running:
            self.context.request_cancel()
            if self.dialog is not None:
                self.dialog.show_cancelling()

    def _start(self, fn: TaskFunction) -> None:
        _running.add(self)
        thread_pool().start(_Runnable(fn, self.context, self._signals))

    @Slot()
    def _progress(self) -> None:
        latest = self.context.take_progress()
        if latest is None or not self.is_running:
            return
        if self.dialog is not None:
            self.dialog.show_progress(*latest)
        self.progressed.emit(*latest)
        if self._on_progress is not None:
            self._on_progress(*latest)

    @Slot(object)
    def _succeeded(self, result: object) -> None:
        self._finish("done", self._on_done, result)

    @Slot(object)
    def _failed(self, error: TaskError) -> None:
        self._finish("error", self._on_error or self._show_error, error)

    @Slot()
    def _cancelled(self) -> None:
        self._finish("cancelled", self._on_cancel)

    def _finish(self, outcome: str, callback: Callable[..., None] | None, *args: object) -> None:
        self.outcome = outcome
        self._error_parent = self._close_dialog()
        try:
            if callback is not None:
                callback(*args)
        finally:
            self.finished.emit()
            # Let go of the handle later, not while Qt is still delivering this event to it.
            QTimer.singleShot(0, lambda: _running.discard(self))

    def _close_dialog(self) -> QWidget | None:
        dialog, self.dialog = self.dialog, None
        if dialog is None:
            return None
        parent = dialog.parentWidget()
        dialog.finish()
        dialog.deleteLater()
        return parent

    def _show_error(self, error: TaskError) -> None:
        """The default ``on_error``: a message box (not blocking) with the details for support."""
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            QCoreApplication.translate("Tasks", "The task did not finish"),
            error.message,
            QMessageBox.StandardButton.Ok,
            self._error_parent,
        )
        box.setDetailedText(error.details)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        box.open()


class TaskProgressDialog(QProgressDialog):
    """Progress for one task: the window stays until the task has really stopped, and closing
    it or pressing Escape asks the task to cancel."""

    def __init__(self, parent: QWidget | None, title: str, handle: TaskHandle) -> None:
        super().__init__(parent)
        self._handle = handle
        self._done = False
        self.setWindowTitle(title)
        self.setLabelText(title)
        self._bar = QProgressBar(self)
        self.setBar(self._bar)
        self.setAutoReset(False)
        self.setAutoClose(False)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        # Qt's own cancel() slot would hide the dialog at once; it closes when the worker stops.
        self.canceled.disconnect()
        self.canceled.connect(handle.cancel)
        self.setRange(0, 0)  # busy until the first report
        self.setMinimumDuration(SHOW_AFTER_MS)
        self.setValue(0)  # (re)starts Qt's timer that shows the dialog after SHOW_AFTER_MS

    def show_progress(self, done: int, total: int, message: str) -> None:
        """Update the bar directly: ``QProgressDialog.setValue`` would re-enter the event loop."""
        if total > 0:
            self._bar.setRange(0, total)
            self._bar.setValue(max(0, min(done, total)))
        else:
            self._bar.setRange(0, 0)
        if message and not self._handle.context.cancelled:
            self.setLabelText(message)

    def show_cancelling(self) -> None:
        self.setLabelText(QCoreApplication.translate("Tasks", "Cancelling…"))
        button = self.findChild(QPushButton)
        if button is not None:
            button.setEnabled(False)

    def finish(self) -> None:
        """Close for good (the task has stopped)."""
        self._done = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:  # Qt override
        if self._done:
            super().closeEvent(event)
        else:
            event.ignore()
            self._handle.cancel()

    def reject(self) -> None:  # Escape
        if self._done:
            super().reject()
        else:
            self._handle.cancel()


def start_task(
    fn: TaskFunction,
    *,
    on_done: Callable[[Any], None],
    on_error: Callable[[TaskError], None] | None = None,
    on_cancel: Callable[[], None] | None = None,
    on_progress: Callable[[int, int, str], None] | None = None,
) -> TaskHandle:
    """Run ``fn`` on a worker thread without a dialog; callbacks run on the GUI thread.

    Without ``on_error`` a failure is shown in a message box.
    """
    handle = TaskHandle(
        on_done=on_done, on_error=on_error, on_cancel=on_cancel, on_progress=on_progress
    )
    handle._start(fn)
    return handle


def run_with_progress(
    parent: QWidget | None,
    title: str,
    fn: TaskFunction,
    *,
    on_done: Callable[[Any], None],
    on_error: Callable[[TaskError], None] | None = None,
    on_cancel: Callable[[], None] | None = None,
) -> TaskHandle:
    """Run ``fn`` on a worker thread behind a progress dialog titled ``title`` (already
    translated) with a cancel button. The dialog is window-modal to ``parent`` and appears only
    if the task lasts more than ``SHOW_AFTER_MS``; it closes before any callback runs."""
    handle = TaskHandle(on_done=on_done, on_error=on_error, on_cancel=on_cancel, on_progress=None)
    handle.dialog = TaskProgressDialog(parent, title, handle)
    handle._start(fn)
    return handle


def cancel_all(timeout_ms: int = 5000) -> bool:
    """Ask every running task to stop and wait for the workers (for closing the program).
    Returns False if some worker was still busy after ``timeout_ms``."""
    for handle in list(_running):
        handle.cancel()
    if _pool is None:
        return True
    return _pool.waitForDone(QDeadlineTimer(timeout_ms))
