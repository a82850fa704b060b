"""Badges: every stock, longest and shortest names, barcodes decoded from the rendered pages
at 200 and 150 dpi, text read back, nothing sensitive printed, prints logged."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image
from pypdf import PdfReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from sqlalchemy import func, select

from coworking.core import badges, codes
from coworking.core.badge_layout import NAME_FONT, Badge, group_code
from coworking.core.badge_stock import STOCKS
from coworking.db.database import Database
from coworking.db.models import BadgePrint, Person, StaffUser
from tests.fair_data import build_fair

LONGEST = ("María de los Ángeles Guadalupe", "Fernández de Córdova Zambrano-Íñiguez Villavicencio")
SHORTEST = ("Ana", "Li")


def _badges() -> list[Badge]:
    people = [
        (*LONGEST, "Compañía Azucarera Valdez S.A. — Talento Humano", "employer_rep"),
        (*SHORTEST, None, "candidate"),
        ("Yorgelis Nazareth", "Rodríguez Peña", None, "candidate"),
        ("Luis", "Ñauñay Quishpe", "Logística", "staff"),
        ("Génesis", "Mendoza", None, "visitor"),
        ("José Ángel", "Núñez Ibáñez", "Coworking municipal", "member"),
    ]
    return [
        Badge(kind, "Feria de Empleo Inclusiva Manta 2026", given, family, org, code)
        for (given, family, org, kind), code in zip(people, TRICKY_CODES, strict=True)
    ]


def _code(body: str) -> str:
    return body + codes.check_character(body)


# Codes that begin with «99» or with a run of digits: python-barcode's own start in set C
# dropped a leading «99»; every one of these must read back whole.
TRICKY_CODES = [
    _code("99TYYQWZ"),
    _code("9999ABCD"),
    _code("23456789"),
    _code("K7M2P9QX"),
    _code("22ZZ3333"),
    _code("HHHHHHHH"),
]


def decode_pages(pdf: Path, dpi: int) -> list[list[str]]:
    """The Code128 codes read from each page rendered by pdftoppm."""
    prefix = pdf.with_name(f"{pdf.stem}-{dpi}")
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", str(pdf), str(prefix)], check=True)
    pages = sorted(
        pdf.parent.glob(f"{prefix.name}-*.png"), key=lambda p: int(p.stem.rsplit("-", 1)[1])
    )
    found = []
    for page in pages:
        image = Image.open(page).convert("L")
        results = zxingcpp.read_barcodes(
            image, formats=zxingcpp.BarcodeFormat.Code128, try_downscale=False
        )
        found.append(sorted(r.text for r in results))
    return found


@pytest.mark.parametrize("stock_key", sorted(STOCKS))
def test_every_badge_of_every_stock_scans_at_200_and_150_dpi(
    tmp_path: Path, stock_key: str
) -> None:
    stock = STOCKS[stock_key]
    items = _badges()
    pdf = tmp_path / f"{stock_key}.pdf"
    pages = badges.write_pdf(items, pdf, stock)
    assert pages == -(-len(items) // stock.per_page)
    expected = [
        sorted(b.code for b in items[start : start + stock.per_page])
        for start in range(0, len(items), stock.per_page)
    ]
    for dpi in (200, 150):
        assert decode_pages(pdf, dpi) == expected, f"{stock_key} at {dpi} dpi"
    text = " ".join(page.extract_text() for page in PdfReader(pdf).pages)
    for badge in items:
        assert group_code(badge.code) in text
    for word in ("Íñiguez", "Ñauñay", "Núñez", "Villavicencio", "Ana", "CANDIDATO/A", "EMPRESA"):
        assert word in text


def test_long_names_shrink_inside_the_badge(tmp_path: Path) -> None:
    """Every word of the longest name is drawn inside its badge's box."""
    stock = STOCKS["l4785"]
    items = _badges()[:2]
    pdf = tmp_path / "names.pdf"
    badges.write_pdf(items, pdf, stock)
    x0, _y0 = next(stock.slots())
    width = stock.badge_size[0]
    spans: list[tuple[str, float, float]] = []

    def visitor(text, _cm, tm, font_dict, font_size):
        if text.strip():
            spans.append((text.strip(), tm[4], font_size))

    PdfReader(pdf).pages[0].extract_text(visitor_text=visitor)
    longest = [s for s in spans if "Villavicencio" in s[0] or "Guadalupe" in s[0]]
    assert longest, spans
    for text, x, size in longest:
        assert x0 < x and x + stringWidth(text, NAME_FONT, size) < x0 + width, text
    assert max(size for t, _x, size in spans if t == "Ana") > max(s for _t, _x, s in longest)


def test_event_badges_carry_no_sensitive_data_and_prints_are_logged(
    database: Database, admin: StaffUser, tmp_path: Path
) -> None:
    fair = build_fair(database, admin, candidates=9)
    with database.unit_of_work(admin) as session:
        person = session.scalars(select(Person).order_by(Person.id)).first()
        person.document_number = "1710034065"
        person.document_type = "cedula"
    out = tmp_path / "feria.pdf"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "coworking",
            "--json",
            "badges",
            "--event",
            str(fair.event_id),
            "--out",
            str(out),
            "--stock",
            "a4",
            "--db",
            database.url,
        ],
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    summary = json.loads(result.stdout)
    assert (summary["badges"], summary["pages"]) == (10, 2)
    decoded = sorted(code for page in decode_pages(out, 150) for code in page)
    assert decoded == sorted([*fair.codes, fair.rep_code])
    text = " ".join(page.extract_text() for page in PdfReader(out).pages)
    for secret in ("1710034065", "Venezuela", "Migrante", "Refugiad"):
        assert secret not in text
    assert "Atunera del Pacífico" in text
    with database.sessions() as session:
        assert session.scalar(select(func.count()).select_from(BadgePrint)) == 10
        first = badges.first_print(session, registration_id=fair.registration_ids[0])
    assert first is not None

    bad = subprocess.run(
        [
            sys.executable,
            "-m",
            "coworking",
            "badges",
            "--event",
            str(fair.event_id),
            "--out",
            str(tmp_path / "x.pdf"),
            "--stock",
            "a5",
            "--db",
            database.url,
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert bad.returncode == 1 and "a5" in bad.stderr and not (tmp_path / "x.pdf").exists()
