"""Icons drawn from the hand-written SVGs in ``resources/icons``, tinted on request.

The SVGs use ``currentColor`` so one file serves the dark sidebar and the light pages.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from coworking import paths

SIDEBAR = "#e8eef5"
ACCENT = "#1d4e89"
_SIZES = (16, 20, 24, 32, 48, 64, 96)


@cache
def _svg(name: str) -> str:
    return paths.resource("icons", f"{name}.svg").read_text(encoding="utf-8")


def pixmap(name: str, size: int, color: str = ACCENT, ratio: float = 1.0) -> QPixmap:
    """The icon ``name`` drawn at ``size`` logical pixels in ``color``."""
    renderer = QSvgRenderer(QByteArray(_svg(name).replace("currentColor", color).encode()))
    side = round(size * ratio)
    image = QPixmap(side, side)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, side, side))
    painter.end()
    image.setDevicePixelRatio(ratio)
    return image


def icon(name: str, color: str = ACCENT) -> QIcon:
    result = QIcon()
    for size in _SIZES:
        result.addPixmap(pixmap(name, size, color))
    return result


def app_icon() -> QIcon:
    return icon("app")
