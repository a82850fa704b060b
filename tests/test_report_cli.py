"""``coworking report attendance``: the same report as the Reports page, as PDF or XLSX, with
clear refusals. The demo database is made once for the module (its day is 2 November 2026)."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from coworking.cli import main
from coworking.core.report_words import Words
from coworking.core.summary_coworking import coworking_summary
from coworking.db.database import open_database
from coworking.db.engine import sqlite_url
from tests.test_cli import INIT, PASSWORD, run

pytestmark = pytest.mark.date_sensitive


@pytest.fixture(scope="module")
def demo_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    home = tmp_path_factory.mktemp("report-home")
    assert run(home, *INIT, stdin=PASSWORD + "\n").returncode == 0
    result = run(home, "demo", "--people", "300", "--seed", "4", "--today", "2026-11-02")
    assert result.returncode == 0, result.stderr
    return home


def db_url(home: Path) -> str:
    return sqlite_url(home / "coworking.sqlite3")


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_the_command_writes_the_site_report_as_a_real_process(demo_home: Path, tmp_path: Path):
    out = tmp_path / "octubre.pdf"
    before = _report_entries(demo_home)
    result = run(
        demo_home, "--json", "report", "attendance", "--from", "2026-10-01", "--to",
        "2026-10-31", "--site", "1", "--out", str(out),
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    answer = json.loads(result.stdout)
    assert answer["ok"] and answer["pages"] == len(PdfReader(out).pages) >= 3
    text = pdf_text(out)
    assert "Coworking Santo Domingo" in text
    assert "del 1 de octubre de 2026 al 31 de octubre de 2026" in text
    assert f"Página 2 de {answer['pages']}" in text
    assert "Generado el " in text and "terminal" not in text  # no staff member, no station
    database = open_database(db_url(demo_home))
    try:
        with database.sessions() as session:
            summary = coworking_summary(session, 1, date(2026, 10, 1), date(2026, 10, 31))
    finally:
        database.dispose()
    assert summary.visits > 0
    shown = " ".join(str(value) for value in answer["figures"].values())
    assert f"{summary.visits:,}".replace(",", ".") in shown
    entries = _report_entries(demo_home)[len(before) :]  # the demo is shared by the module
    assert [entry[1:] for entry in entries] == [("attendance_report", "1")]
    assert entries[0][0].startswith("terminal:")


def test_the_report_names_the_staff_member_and_the_station_never_the_os_user(
    demo_home: Path, tmp_path: Path, capsys
) -> None:
    from coworking.core import reports
    from coworking.db.models import StaffUser

    ana = StaffUser(username="ana", full_name="Ana Pérez")
    assert reports.report_author(ana, "Recepción  2") == "Ana Pérez (Recepción 2)"
    assert reports.report_author(ana) == "Ana Pérez"
    assert reports.report_author(None, "Recepción 2") == "Recepción 2"
    assert reports.report_author(None) == ""
    out = tmp_path / "con-estacion.xlsx"
    assert main([
        "--db", db_url(demo_home), "report", "attendance", "--from", "2026-10-01",
        "--to", "2026-10-31", "--out", str(out), "--station", "Recepción 2",
    ]) == 0  # fmt: skip
    capsys.readouterr()
    values = [cell.value for row in load_workbook(out).worksheets[0].iter_rows() for cell in row]
    assert "Recepción 2" in values
    assert not [v for v in values if isinstance(v, str) and "terminal" in v]


def _report_entries(home: Path) -> list[tuple[str, str, str]]:
    with sqlite3.connect(home / "coworking.sqlite3") as connection:
        return connection.execute(
            "SELECT username, entity, entity_id FROM audit_entry WHERE action = 'export' "
            "ORDER BY id"
        ).fetchall()


def test_xlsx_and_english_from_the_same_command(demo_home: Path, tmp_path: Path, capsys) -> None:
    book = tmp_path / "octubre.xlsx"
    code = main([
        "report", "attendance", "--db", db_url(demo_home), "--from", "01/10/2026", "--to",
        "31/10/2026", "--out", str(book), "--lang", "en",
    ])  # fmt: skip
    assert code == 0, capsys.readouterr().err
    assert "libro de Excel" in capsys.readouterr().out
    workbook = load_workbook(book)
    assert workbook.sheetnames[0] == "Summary"
    assert len(workbook.sheetnames) > 5
    english = tmp_path / "october.pdf"
    code = main([
        "report", "attendance", "--db", db_url(demo_home), "--from", "2026-10-01", "--to",
        "2026-10-31", "--out", str(english), "--lang", "en",
    ])  # fmt: skip
    assert code == 0
    text = pdf_text(english)
    assert "1 October 2026 to 31 October 2026" in text and "Page 2 of" in text
    assert "Visitas" not in text


def test_the_fair_report_takes_the_event_dates(demo_home: Path, tmp_path: Path, capsys) -> None:
    with sqlite3.connect(demo_home / "coworking.sqlite3") as connection:
        event_id, name, first, last = connection.execute(
            "SELECT e.id, e.name, e.starts_on, e.ends_on FROM event e "
            "JOIN registration r ON r.event_id = e.id "
            "WHERE r.checked_in_at IS NOT NULL GROUP BY e.id ORDER BY count(*) DESC LIMIT 1"
        ).fetchone()
    out = tmp_path / "feria.pdf"
    code = main(["--json", "report", "attendance", "--db", db_url(demo_home), "--event",
                 str(event_id), "--out", str(out)])  # fmt: skip
    assert code == 0, capsys.readouterr().err
    answer = json.loads(capsys.readouterr().out)
    assert answer["subject"].startswith(name)
    period = Words("es").period(date.fromisoformat(first), date.fromisoformat(last))
    assert answer["period"] == period
    assert name in pdf_text(out).replace("\n", " ")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--from", "2026-10-31", "--to", "2026-10-01"], "antes de empezar"),
        (["--from", "2026-10-01"], "fecha de inicio y la de fin"),
        (["--event", "999"], "No existe el evento 999"),
        (["--site", "999", "--from", "2026-10-01", "--to", "2026-10-02"], "No existe el espacio"),
        (["--from", "2020-01-01", "--to", "2026-10-02"], "más de tres años"),
    ],
)
def test_refusals_exit_1_and_write_nothing(
    demo_home: Path, tmp_path: Path, capsys, args: list[str], message: str
) -> None:
    out = tmp_path / "informe.pdf"
    code = main(["report", "attendance", "--db", db_url(demo_home), *args, "--out", str(out)])
    assert code == 1
    assert message in capsys.readouterr().err
    assert not out.exists()


def test_a_wrong_file_type_or_folder_is_named(demo_home: Path, tmp_path: Path, capsys) -> None:
    period = ["--from", "2026-10-01", "--to", "2026-10-31"]
    base = ["report", "attendance", "--db", db_url(demo_home), *period]
    assert main([*base, "--out", str(tmp_path / "informe.docx")]) == 1
    assert "informe.docx" in capsys.readouterr().err
    assert main([*base, "--out", str(tmp_path / "no-such" / "informe.pdf")]) == 1
    assert "no existe" in capsys.readouterr().err


def test_a_bad_date_is_a_usage_error(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "coworking", "report", "attendance", "--from", "31-31-2026",
         "--to", "2026-10-01", "--out", str(tmp_path / "x.pdf")],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert result.returncode == 2
    assert "fecha no válida" in result.stderr
