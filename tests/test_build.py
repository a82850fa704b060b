"""The packaged program: build.spec builds a one-folder program that starts on a fresh database.

Slow (a PyInstaller build, about 20-60 s); deselect with ``-m "not slow"``.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import PyInstaller  # noqa: F401  (the test extra installs it; a missing one must fail)
import pytest

from coworking.db.migrate import head_revision

ROOT = Path(__file__).resolve().parent.parent
PASSWORD = "clave-segura-1"


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The built program's folder (``dist/coworking``), built once for this module."""
    tmp = tmp_path_factory.mktemp("build")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level",
            "WARN",
            "--distpath",
            str(tmp / "dist"),
            "--workpath",
            str(tmp / "work"),
            str(ROOT / "build.spec"),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert result.returncode == 0, result.stderr[-4000:]
    return tmp / "dist" / "coworking"


def program(folder: Path, name: str = "coworking") -> Path:
    return folder / (f"{name}.exe" if os.name == "nt" else name)


def run(
    folder: Path, home: Path, *args: str, stdin: str = "", name: str = "coworking"
) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "COWORKING_HOME": str(home)}
    env.pop("COWORKING_DB", None)
    return subprocess.run(
        [str(program(folder, name)), *args],
        input=stdin,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def init_bundle(built: Path, home: Path) -> None:
    """``coworking-cli init`` of the bundle, password on standard input."""
    init = run(
        built,
        home,
        "init",
        "--site-name",
        "Coworking Manta",
        "--canton",
        "1308",
        "--admin",
        "admin",
        "--admin-name",
        "Ana Pérez",
        stdin=PASSWORD + "\n",
        name="coworking-cli",
    )
    assert init.returncode == 0, init.stderr


@pytest.mark.slow
def test_bundle_holds_data_files(built: Path) -> None:
    internal = built / "_internal"
    assert program(built).is_file()
    assert program(built, "coworking-cli").is_file()
    assert (internal / "resources" / "translations" / "coworking_es.qm").is_file()
    assert (internal / "resources" / "sounds" / "admitted.wav").is_file()
    assert list(internal.rglob("*Qt6Multimedia*"))  # the stations play their sounds with it
    assert (internal / "migrations" / "env.py").is_file()
    assert list((internal / "migrations" / "versions").glob("*.py"))
    qt_translations = internal / "PySide6" / "Qt" / "translations"
    assert (qt_translations / "qtbase_es.qm").is_file()
    assert (qt_translations / "qtbase_en.qm").is_file()
    assert not (qt_translations / "qtbase_de.qm").exists()
    assert not list(internal.rglob("*WebEngine*"))


@pytest.mark.slow
def test_built_program_sets_up_a_fresh_database(built: Path, tmp_path: Path) -> None:
    result = run(built, tmp_path, "--smoke")
    assert result.returncode == 0, result.stderr
    assert "smoke: setup" in result.stdout
    database = tmp_path / "coworking.sqlite3"
    assert database.is_file()
    with sqlite3.connect(database) as connection:
        versions = connection.execute("SELECT version_num FROM alembic_version").fetchall()
    assert versions == [(head_revision(),)]


@pytest.mark.slow
def test_built_program_signs_in_to_main_window(built: Path, tmp_path: Path) -> None:
    init_bundle(built, tmp_path)
    result = run(built, tmp_path, "--smoke", "--smoke-user", "admin", stdin=PASSWORD + "\n")
    assert result.returncode == 0, result.stderr
    assert "smoke: main" in result.stdout


@pytest.mark.slow
def test_built_cli_writes_a_report_and_an_export(built: Path, tmp_path: Path) -> None:
    """The report's libraries (numpy, pandas, reportlab's charts, openpyxl) and the export's
    are in the bundle."""
    init_bundle(built, tmp_path)
    period = ["--from", "2026-10-01", "--to", "2026-10-31"]
    for out in (tmp_path / "octubre.pdf", tmp_path / "octubre.xlsx"):
        result = run(
            built,
            tmp_path,
            "report",
            "attendance",
            *period,
            "--out",
            str(out),
            name="coworking-cli",
        )
        assert result.returncode == 0, result.stderr
        assert out.stat().st_size > 1000
    batches = tmp_path / "lotes"
    batches.mkdir()
    result = run(built, tmp_path, "export", "--out", str(batches), name="coworking-cli")
    assert result.returncode == 0, result.stderr
    assert (batches / "lote-000001" / "manifiesto.json").is_file()
