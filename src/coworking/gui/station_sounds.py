"""The short sound of each answer at a station, played with Qt Multimedia.

Sounds are a help, never a condition: with no audio device, no Qt Multimedia (a Linux system
without PulseAudio's library) or a missing file, the station stays silent and says so once in
the log. The station remembers which sound it asked for (:attr:`StationSounds.asked`) and which
one went to the speakers (:attr:`StationSounds.played`, None when muted).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QUrl

from coworking import paths
from coworking.db.enums import CheckInResult
from coworking.gui.station_settings import StationSettings

log = logging.getLogger(__name__)

ADMITTED = "admitted"
ALREADY_IN = "already_in"
WARNING = "warning"
ERROR = "error"
CHECKED_OUT = "checked_out"
KINDS = (ADMITTED, ALREADY_IN, WARNING, ERROR, CHECKED_OUT)

RESULT_SOUNDS = {
    CheckInResult.OK: ADMITTED,
    CheckInResult.DUPLICATE: ALREADY_IN,
    CheckInResult.CANCELLED: WARNING,
    CheckInResult.WRONG_EVENT: WARNING,
    CheckInResult.NO_CONSENT: WARNING,
    CheckInResult.INVALID: ERROR,
    CheckInResult.UNKNOWN: ERROR,
    CheckInResult.CHECKED_OUT: CHECKED_OUT,
}

_multimedia: Any = None  # the QtMultimedia module once imported; False if it cannot be
_said: set[str] = set()  # problems already logged (once per process is enough)


def sound_for(result: CheckInResult) -> str:
    """The sound of a scan's answer."""
    return RESULT_SOUNDS.get(result, ERROR)


def sound_path(kind: str) -> Path:
    return paths.resource("sounds", f"{kind}.wav")


def _say_once(key: str, message: str, *args: object) -> None:
    if key not in _said:
        _said.add(key)
        log.warning(message, *args)


def _qt_multimedia() -> Any:
    """QtMultimedia, or None where it cannot load (logged once)."""
    global _multimedia
    if _multimedia is None:
        try:
            from PySide6 import QtMultimedia

            _multimedia = QtMultimedia
        except ImportError as error:  # a missing system library (libpulse on Linux)
            _multimedia = False
            _say_once("import", "Sin sonidos en la estación: Qt Multimedia no carga (%s)", error)
    return _multimedia or None


class StationSounds(QObject):
    """Plays the station's sounds at the volume of its :class:`StationSettings`."""

    def __init__(self, settings: StationSettings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.asked: str | None = None
        self.played: str | None = None
        self._effects: dict[str, Any] = {}

    def play(self, kind: str, volume: int | None = None) -> bool:
        """Play ``kind`` unless the station is muted; True if it went to the speakers' queue.
        ``volume`` (0-100) overrides the saved one (the options' «Probar»)."""
        self.asked = kind
        level = self.settings.volume if volume is None else volume
        if (volume is None and self.settings.muted) or level <= 0:
            self.played = None
            return False
        self.played = kind
        effect = self._effect(kind)
        if effect is None:
            return False
        effect.setVolume(level / 100)
        effect.play()
        return True

    def _effect(self, kind: str) -> Any:
        multimedia = _qt_multimedia()
        if multimedia is None:
            return None
        if multimedia.QMediaDevices.defaultAudioOutput().isNull():
            _say_once("device", "Sin sonidos en la estación: no hay salida de audio")
            return None
        effect = self._effects.get(kind)
        if effect is None:
            path = sound_path(kind)
            if not path.is_file():
                _say_once(f"file {kind}", "Falta el sonido %s", path)
                return None
            effect = multimedia.QSoundEffect(self)
            effect.statusChanged.connect(lambda: self._check(kind, effect))
            effect.setSource(QUrl.fromLocalFile(str(path)))
            self._effects[kind] = effect
        return effect

    def _check(self, kind: str, effect: Any) -> None:
        if effect.status() == effect.Status.Error:
            _say_once(f"play {kind}", "No se pudo reproducir el sonido «%s» en esta salida", kind)
