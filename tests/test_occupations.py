"""CIUO-08 (ISCO-08 in Spanish) shipped as reference data for classifying vacancies."""

from __future__ import annotations

import csv
import re

import pytest

from coworking import paths
from coworking.core.reference import occupation_groups, occupation_name, occupations

# Letters (Spanish accents included), spaces and the punctuation the official titles use.
TITLE = re.compile(r"[A-Za-zÁÉÍÓÚÜÑáéíóúüñ ,()\-/.;]+")


def _rows() -> list[dict[str, str]]:
    with paths.resource("data", "ciuo08.csv").open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_the_file_is_plain_utf8_with_the_expected_header() -> None:
    raw = paths.resource("data", "ciuo08.csv").read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    assert raw.decode("utf-8").splitlines()[0] == "codigo,nombre,nivel"
    rows = _rows()
    assert all(set(row) == {"codigo", "nombre", "nivel"} for row in rows)
    assert all(row["nivel"] == str(len(row["codigo"])) for row in rows)
    codes = [row["codigo"] for row in rows]
    assert len(codes) == len(set(codes)) == 10 + 43 + 130 + 436


def test_there_are_436_unique_four_digit_unit_groups_in_code_order() -> None:
    codes = [entry.code for entry in occupations()]
    assert len(codes) == 436
    assert len(set(codes)) == 436
    assert all(len(code) == 4 and code.isdigit() for code in codes)
    assert codes == sorted(codes)
    assert codes[:3] == ["0110", "0210", "0310"]
    assert codes[-1] == "9629"


def test_group_counts_by_level() -> None:
    groups = occupation_groups()
    by_level = {level: [c for c in groups if len(c) == level] for level in (1, 2, 3)}
    assert sorted(by_level[1]) == [str(d) for d in range(10)]
    assert len(by_level[2]) == 43
    assert len(by_level[3]) == 130
    assert len(groups) == 10 + 43 + 130
    assert all(code.isdigit() for code in groups)
    assert list(groups) == sorted(groups)


def test_every_unit_group_hangs_from_existing_groups() -> None:
    groups = occupation_groups()
    for entry in occupations():
        for prefix in (entry.code[:1], entry.code[:2], entry.code[:3]):
            assert prefix in groups, f"{entry.code} sin grupo {prefix}"
    # ...and no group is left empty.
    units = {entry.code for entry in occupations()}
    for code in groups:
        assert any(unit.startswith(code) for unit in units), f"grupo {code} vacío"


@pytest.mark.parametrize(
    ("code", "name"),
    [
        ("2512", "Desarrolladores de software"),
        ("1120", "Directores generales y gerentes generales"),
        ("0110", "Oficiales de las fuerzas armadas"),
        ("5223", "Asistentes de venta de tiendas y almacenes"),
        ("9112", "Limpiadores y asistentes de oficinas, hoteles y otros establecimientos"),
    ],
)
def test_known_titles(code: str, name: str) -> None:
    assert occupation_name(code) == name
    assert occupation_name(f" {code} ") == name


def test_known_group_titles_and_unknown_codes() -> None:
    groups = occupation_groups()
    assert groups["0"] == "Ocupaciones militares"
    assert groups["2"] == "Profesionales científicos e intelectuales"
    assert groups["25"] == "Profesionales de tecnología de la información y las comunicaciones"
    assert groups["251"] == "Desarrolladores y analistas de software y multimedia"
    assert occupation_name("110") is None  # leading zero dropped: not a code
    assert occupation_name("25") is None  # a group, not a unit group
    assert occupation_name("9999") is None
    assert occupation_name("") is None


def test_titles_are_clean_spanish() -> None:
    titles = [row["nombre"] for row in _rows()]
    for title in titles:
        assert title, "título vacío"
        assert title == title.strip(), repr(title)
        assert "  " not in title, repr(title)
        assert TITLE.fullmatch(title), repr(title)
        assert title[0].isupper(), repr(title)
    # Accents are really there, not stripped by an ASCII export.
    joined = " ".join(titles)
    for word in ("Técnicos", "Médicos", "información", "Albañiles", "Peluqueros", "públicas"):
        assert word in joined
