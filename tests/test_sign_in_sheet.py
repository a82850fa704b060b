"""The paper sign-in sheet: read back from the PDF, on both engines."""

from __future__ import annotations

import os
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from coworking.core import checkin, registrations
from coworking.core.sign_in_sheet import (
    ROWS_PER_PAGE,
    event_dates,
    group_code,
    write_sign_in_sheet,
)
from coworking.core.text import search_key
from coworking.db.database import Database
from coworking.db.models import StaffUser
from tests.fair_data import NAMES, build_fair, make_person

pytestmark = pytest.mark.date_sensitive


def _lines(pdf: Path) -> tuple[int, list[list[str]]]:
    reader = PdfReader(pdf)
    return len(reader.pages), [page.extract_text().splitlines() for page in reader.pages]


def test_sheet_lists_the_event_alphabetically_with_every_badge_code(
    database: Database, admin: StaffUser, tmp_path: Path
) -> None:
    fair = build_fair(database, admin, candidates=60)
    with database.unit_of_work(admin) as session:
        person = make_person(session, admin, "Ñusta", "Ñauñay Quishpe")
        late = registrations.register(session, admin, fair.event_id, person)
        late_code = late.badge_code
        registrations.cancel(session, admin, fair.registration_ids[7])
        checkin.admit(session, fair.event_id, fair.registration_ids[8], "Puerta 1", admin)
    pdf = tmp_path / "hoja.pdf"
    with database.sessions() as session:
        count = write_sign_in_sheet(session, fair.event_id, pdf, entrance="Puerta norte")
        expected = [
            row.sort_name for row in registrations.registration_rows(session, fair.event_id)
        ]

    # 60 candidates + the representative + the late one - the cancelled one.
    assert count == len(expected) == 61
    pages, lines = _lines(pdf)
    assert pages == -(-61 // ROWS_PER_PAGE) == 3
    everything = [line.strip() for page in lines for line in page]
    text = "\n".join(everything)
    for number in range(1, pages + 1):
        assert f"Página {number} de {pages}" in "\n".join(lines[number - 1])
        assert "Feria de Empleo Manta" in lines[number - 1]
    assert "Jueves 3 de diciembre de 2026 · Malecón" in everything
    assert "Puerta norte" in everything
    assert "Ferias › Entrada en papel." in text

    # Names: accents intact, family names first, in alphabetical order (accents folded, as the
    # search column sorts: "Ñauñay" among the N, before "Núñez").
    known = set(expected)
    names = [line for line in everything if line in known]
    assert names == expected
    assert [search_key(n) for n in names] == sorted(search_key(n) for n in names)
    assert "Núñez Zambrano, María José" in names and "Pérez Ibáñez, Luis Ángel" in names
    position = names.index("Ñauñay Quishpe, Ñusta")
    assert names[position - 1] == "Intriago Mero, Roberto"
    assert names[position + 1] == "Núñez Zambrano, María José"
    assert {f"{family}, {given}" for given, family in NAMES} <= known
    assert "Intriago Mero, Roberto" in names and "Atunera del Pacífico" in everything

    # Every badge code, grouped for legibility, exactly once; not the cancelled one.
    live = [c for i, c in enumerate(fair.codes) if i != 7] + [fair.rep_code, late_code]
    for code in live:
        assert everything.count(group_code(code)) == 1, code
    assert group_code(fair.codes[7]) not in everything
    assert group_code("ABCDEFGHJ") == "ABCD EFGH J"

    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm (poppler-utils) is not installed")
    subprocess.run(
        ["pdftoppm", "-r", "80", "-png", "-f", "1", "-l", "1", str(pdf), str(tmp_path / "sheet")],
        check=True,
    )
    png = next(tmp_path.glob("sheet-*1.png"))
    from PIL import Image

    image = Image.open(png).convert("L")
    width, height = image.size  # A4 at 80 dpi: 661.4 x 935.4 pixels
    assert abs(width - 662) <= 1 and abs(height - 935) <= 1
    dark = sum(image.histogram()[:100])
    assert dark > 5000  # heading band, names and codes were drawn
    if os.environ.get("COWORKING_SHOTS"):
        shutil.copy(png, Path(os.environ["COWORKING_SHOTS"]) / "sheet-1.png")


def test_empty_event_prints_one_page_with_blank_entrance(
    database: Database, admin: StaffUser, tmp_path: Path
) -> None:
    fair = build_fair(database, admin, candidates=0)
    pdf = tmp_path / "vacia.pdf"
    with database.sessions() as session:
        count = write_sign_in_sheet(session, fair.other_event_id, pdf)
    assert count == 0
    pages, lines = _lines(pdf)
    assert pages == 1
    assert "No hay inscripciones en este evento." in [line.strip() for line in lines[0]]
    assert "Página 1 de 1" in "\n".join(lines[0])


def test_event_dates_in_spanish() -> None:
    assert event_dates(date(2026, 12, 3), date(2026, 12, 3)) == "Jueves 3 de diciembre de 2026"
    assert event_dates(date(2026, 12, 3), date(2026, 12, 4)) == "Del 3 al 4 de diciembre de 2026"
    assert event_dates(date(2027, 1, 31), date(2027, 2, 1)) == (
        "Del domingo 31 de enero de 2027 al lunes 1 de febrero de 2027"
    )
