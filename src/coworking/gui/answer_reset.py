"""Brings a station's answer back to «Listo para escanear» after the seconds set for the
station, so that an old green answer is never read as the next person's."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

from coworking.gui.station_settings import StationSettings

LONGER = 3  # an answer that offers a next step stays this many times longer…
LONGER_MIN_S = 20  # …and at least this long: the operator needs time to decide


class AnswerReset(QObject):
    """Call :meth:`answered` after each answer shown and :meth:`now` when someone starts
    typing; ``reset`` shows the neutral state. While ``hold()`` is true (a desk still offered
    to the person at the counter) the answer waits another round."""

    def __init__(
        self,
        settings: StationSettings,
        reset: Callable[[], None],
        parent: QObject | None = None,
        hold: Callable[[], bool] | None = None,
    ) -> None:
        super().__init__(parent)
        self._settings, self._reset, self._hold = settings, reset, hold
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._expired)

    def answered(self, longer: bool = False) -> None:
        seconds = self._settings.answer_seconds
        if longer:
            seconds = max(seconds * LONGER, LONGER_MIN_S)
        self.timer.start(seconds * 1000)

    def now(self) -> None:
        self.timer.stop()
        self._reset()

    def _expired(self) -> None:
        if self._hold is not None and self._hold():
            self.timer.start()
            return
        self._reset()
