"""Badge stock: the paper or label a badge is printed on, and where each badge goes.

Measures are in millimetres, as on the label maker's sheet. A station can move every badge by
an offset to make up for its printer's margins (saved per station by the program).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import inch, mm

from coworking.core.errors import UserError


@dataclass(frozen=True)
class Stock:
    key: str
    label: str
    page_width: float  # points
    page_height: float
    badge_width_mm: float
    badge_height_mm: float
    columns: int = 1
    rows: int = 1
    left_mm: float | None = None  # None: centred on the page
    top_mm: float | None = None
    pitch_x_mm: float | None = None  # distance between the left edges of two columns
    pitch_y_mm: float | None = None
    cut_marks: bool = False

    @property
    def per_page(self) -> int:
        return self.columns * self.rows

    @property
    def badge_size(self) -> tuple[float, float]:
        return self.badge_width_mm * mm, self.badge_height_mm * mm

    def slots(
        self, offset_x_mm: float = 0.0, offset_y_mm: float = 0.0
    ) -> Iterator[tuple[float, float]]:
        """Lower-left corner (points, PDF coordinates) of each badge on a page, row by row."""
        width, height = self.badge_size
        pitch_x = (self.pitch_x_mm or self.badge_width_mm) * mm
        pitch_y = (self.pitch_y_mm or self.badge_height_mm) * mm
        block_w = pitch_x * (self.columns - 1) + width
        block_h = pitch_y * (self.rows - 1) + height
        left = self.left_mm * mm if self.left_mm is not None else (self.page_width - block_w) / 2
        top = self.top_mm * mm if self.top_mm is not None else (self.page_height - block_h) / 2
        for row in range(self.rows):
            for column in range(self.columns):
                x = left + column * pitch_x + offset_x_mm * mm
                y = self.page_height - top - row * pitch_y - height - offset_y_mm * mm
                yield x, y


STOCKS: dict[str, Stock] = {
    stock.key: stock
    for stock in (
        Stock(
            "a4",
            "A4, 8 credenciales de 90 × 60 mm con marcas de corte",
            *A4,
            90,
            60,
            columns=2,
            rows=4,
            pitch_x_mm=96,
            pitch_y_mm=66,
            cut_marks=True,
        ),
        Stock(
            "letter",
            "Carta (US Letter), 8 credenciales de 90 × 60 mm con marcas de corte",
            *LETTER,
            90,
            60,
            columns=2,
            rows=4,
            pitch_x_mm=96,
            pitch_y_mm=66,
            cut_marks=True,
        ),
        Stock(
            "l4785",
            "Etiquetas 80 × 50 mm, 10 por hoja A4 (Avery L4785)",
            *A4,
            80,
            50,
            columns=2,
            rows=5,
            left_mm=17,
            top_mm=13.5,
            pitch_x_mm=96,
            pitch_y_mm=55,
        ),
        Stock("id1", "Tarjeta ID-1 (85,6 × 54 mm), una por página", 85.6 * mm, 54 * mm, 85.6, 54),
        Stock(
            "label4x3",
            "Etiqueta térmica de 4 × 3 pulgadas, una por página",
            4 * inch,
            3 * inch,
            101.6,
            76.2,
        ),
    )
}
DEFAULT_STOCK = "a4"


def stock(key: str) -> Stock:
    found = STOCKS.get(key)
    if found is None:
        names = ", ".join(STOCKS)
        raise UserError(f"No existe el formato de credencial «{key}». Formatos: {names}.")
    return found
