"""The CSV writer of the municipality exports: encoding, quoting, formula neutralisation and
the checksum, read back with the ``csv`` module and with pandas."""

from __future__ import annotations

import csv
import hashlib
import io
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pandas as pd
import pytest

from coworking.core.export_csv import DELIMITERS, cell_text, read_csv, safe_text, write_csv
from coworking.db.enums import Sex

HEADERS = ["clave", "cambio", "texto", "numero", "dia", "momento", "si_no"]
TRICKY = [
    "Núñez, María José",
    'Dijo "hola"; y se fue',
    "línea uno\nlínea dos",
    "retorno\r\ncon CRLF",
    "punto y coma; dentro",
    "  espacios  ",
    "",
]


def _rows() -> list[list]:
    moment = datetime(2026, 11, 25, 9, 3, 7, 999_999, tzinfo=timezone(timedelta(hours=-5)))
    return [
        [f"k{n}", "alta", text, n - 3, date(2026, 11, 25), moment, n % 2 == 0]
        for n, text in enumerate(TRICKY)
    ]


def _expected(rows: list[list]) -> list[list[str]]:
    return [[cell_text(value) for value in row] for row in rows]


@pytest.mark.parametrize("delimiter", sorted(DELIMITERS))
def test_values_with_delimiters_quotes_and_newlines_read_back_the_same(tmp_path, delimiter):
    target = tmp_path / "datos.csv"
    rows = _rows()
    count, _digest, _size = write_csv(target, HEADERS, rows, delimiter=delimiter)
    assert count == len(rows)
    expected = _expected(rows)
    assert expected[0][5] == "2026-11-25T14:03:07Z"  # UTC, seconds precision
    assert expected[0][6] == "si" and expected[1][6] == "no" and expected[0][3] == "-3"

    headers, back = read_csv(target)
    assert headers == HEADERS and back == expected

    raw = target.read_bytes()
    with io.StringIO(raw.decode("utf-8-sig"), newline="") as handle:
        parsed = list(csv.reader(handle, delimiter=delimiter))
    assert parsed == [HEADERS, *expected]

    frame = pd.read_csv(
        target, encoding="utf-8-sig", sep=delimiter, dtype=str, keep_default_na=False
    )
    assert list(frame.columns) == HEADERS
    assert frame.values.tolist() == expected


def test_the_file_starts_with_a_bom_uses_the_delimiter_and_crlf(tmp_path):
    target = tmp_path / "puntoycoma.csv"
    write_csv(target, ["clave", "cambio", "nombre"], [["a", "alta", "Peña; Ruiz"]], delimiter=";")
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert raw[3:] == 'clave;cambio;nombre\r\na;alta;"Peña; Ruiz"\r\n'.encode()
    assert read_csv(target) == (["clave", "cambio", "nombre"], [["a", "alta", "Peña; Ruiz"]])
    with pytest.raises(ValueError):
        write_csv(target, ["a"], [], delimiter="\t")


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("=SUM(A1)", "'=SUM(A1)"),
        ("@cmd", "'@cmd"),
        ("+A1", "'+A1"),
        ("-2+3", "'-2+3"),
        ("\t=1+1", "'\t=1+1"),
        ("\r=1", "'\r=1"),
        ('=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'),
        ("-", "'-"),
        ("+593 99 123 4567", "+593 99 123 4567"),
        ("+593991234567", "+593991234567"),
        ("-12", "-12"),
        ("-3.5", "-3.5"),
        ("(05) 262-1234", "(05) 262-1234"),
        ("Manta = puerto", "Manta = puerto"),
        ("", ""),
    ],
)
def test_formula_cells_are_neutralised_and_numbers_kept(tmp_path, text, written):
    assert safe_text(text) == written
    assert cell_text(text) == written
    target = tmp_path / "formulas.csv"
    write_csv(target, ["clave", "cambio", "valor"], [["k", "alta", text]])
    assert read_csv(target)[1] == [["k", "alta", written]]
    frame = pd.read_csv(target, encoding="utf-8-sig", dtype=str, keep_default_na=False)
    assert frame["valor"].tolist() == [written]


def test_headers_are_neutralised_too(tmp_path):
    target = tmp_path / "cabecera.csv"
    write_csv(target, ["=clave", "cambio"], [])
    assert read_csv(target) == (["'=clave", "cambio"], [])


def test_cell_text_of_each_kind_of_value():
    assert cell_text(None) == ""
    assert cell_text(True) == "si" and cell_text(False) == "no"
    assert cell_text(0) == "0" and cell_text(-12) == "-12"  # numbers are not text: no quote
    assert cell_text(-3.5) == "-3.5"
    assert cell_text(date(2026, 1, 5)) == "2026-01-05"
    assert cell_text(datetime(2026, 11, 25, 14, 3, 0, 120, tzinfo=UTC)) == "2026-11-25T14:03:00Z"
    ecuador = timezone(timedelta(hours=-5))
    assert cell_text(datetime(2026, 12, 31, 22, 0, tzinfo=ecuador)) == "2027-01-01T03:00:00Z"
    assert cell_text(Sex.WOMAN) == "woman"
    with pytest.raises(ValueError):
        cell_text(datetime(2026, 11, 25, 14, 3))  # a time without zone is a bug, not UTC
    with pytest.raises(TypeError):
        cell_text(b"bytes")  # type: ignore[arg-type]


def test_checksum_and_size_are_those_of_the_file(tmp_path):
    target = tmp_path / "grande.csv"
    rows = ([f"k{n}", "alta", f"Persona {n}", n, n % 3 == 0] for n in range(5000))
    count, digest, size = write_csv(target, ["clave", "cambio", "texto", "n", "b"], rows)
    data = Path(target).read_bytes()
    assert count == 5000
    assert size == len(data) == target.stat().st_size
    assert digest == hashlib.sha256(data).hexdigest()


def test_an_empty_file_has_its_header_only(tmp_path):
    target = tmp_path / "vacio.csv"
    count, digest, size = write_csv(target, ["clave", "cambio", "persona"], [])
    assert count == 0
    assert target.read_bytes() == b"\xef\xbb\xbfclave,cambio,persona\r\n"
    assert size == 25 and digest == hashlib.sha256(target.read_bytes()).hexdigest()
    assert read_csv(target) == (["clave", "cambio", "persona"], [])
