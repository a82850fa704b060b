"""What one station (this computer's door or front desk) remembers between days: how long an
answer stays on screen, and its sounds' volume and mute. Kept in QSettings under
``station/<kind>/…``, like the door's printing choice, so each computer keeps its own."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QPushButton,
    QSlider,
    QSpinBox,
    QWidget,
)

DEFAULT_ANSWER_SECONDS = 6
ANSWER_SECONDS_RANGE = (2, 60)
DEFAULT_VOLUME = 70  # percent


def _int(value: object, default: int, low: int, high: int) -> int:
    try:
        number = int(str(value))
    except (TypeError, ValueError):
        return default
    return max(low, min(high, number))


class StationSettings:
    """The settings of the station of ``kind`` ("door" or "desk") on this computer."""

    def __init__(self, kind: str) -> None:
        self.kind = kind

    def _key(self, name: str) -> str:
        return f"station/{self.kind}/{name}"

    @property
    def answer_seconds(self) -> int:
        """Seconds an answer stays before the station shows «Listo para escanear» again."""
        value = QSettings().value(self._key("answer_seconds"), DEFAULT_ANSWER_SECONDS)
        return _int(value, DEFAULT_ANSWER_SECONDS, *ANSWER_SECONDS_RANGE)

    @answer_seconds.setter
    def answer_seconds(self, seconds: int) -> None:
        low, high = ANSWER_SECONDS_RANGE
        QSettings().setValue(self._key("answer_seconds"), max(low, min(high, int(seconds))))

    @property
    def volume(self) -> int:
        """The sounds' volume, 0 to 100."""
        return _int(QSettings().value(self._key("volume"), DEFAULT_VOLUME), DEFAULT_VOLUME, 0, 100)

    @volume.setter
    def volume(self, percent: int) -> None:
        QSettings().setValue(self._key("volume"), max(0, min(100, int(percent))))

    @property
    def muted(self) -> bool:
        return str(QSettings().value(self._key("muted"), "false")).lower() == "true"

    @muted.setter
    def muted(self, muted: bool) -> None:
        QSettings().setValue(self._key("muted"), "true" if muted else "false")


class StationOptionsDialog(QDialog):
    """The station's options: answer time, volume and mute. ``try_sound`` asks the station to
    play the admission sound at the volume chosen (before saving)."""

    try_sound = Signal(int)

    def __init__(self, settings: StationSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stationOptions")
        self.setWindowTitle(self.tr("Options of this station"))
        self._settings = settings
        self.answer_seconds = QSpinBox(self)
        self.answer_seconds.setObjectName("answerSeconds")
        self.answer_seconds.setRange(*ANSWER_SECONDS_RANGE)
        self.answer_seconds.setSuffix(self.tr(" s"))
        self.answer_seconds.setValue(settings.answer_seconds)
        self.answer_seconds.setToolTip(
            self.tr("Then the station shows “Ready to scan” again. Typing clears it at once.")
        )
        self.volume = QSlider(Qt.Orientation.Horizontal, self)
        self.volume.setObjectName("soundVolume")
        self.volume.setRange(0, 100)
        self.volume.setValue(settings.volume)
        self.try_button = QPushButton(self.tr("&Try"), self)
        self.try_button.clicked.connect(lambda: self.try_sound.emit(self.volume.value()))
        volume_row = QHBoxLayout()
        volume_row.addWidget(self.volume, 1)
        volume_row.addWidget(self.try_button)
        self.muted = QCheckBox(self.tr("&Mute the sounds of this station"), self)
        self.muted.setObjectName("soundMuted")
        self.muted.setChecked(settings.muted)
        self.muted.toggled.connect(lambda on: self.volume.setEnabled(not on))
        self.volume.setEnabled(not settings.muted)
        form = QFormLayout(self)
        form.addRow(self.tr("&Answer stays on screen for:"), self.answer_seconds)
        form.addRow(self.tr("Sound &volume:"), volume_row)
        form.addRow(self.muted)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def accept(self) -> None:  # Qt override: saved only on OK
        self._settings.answer_seconds = self.answer_seconds.value()
        self._settings.volume = self.volume.value()
        self._settings.muted = self.muted.isChecked()
        super().accept()
