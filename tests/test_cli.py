"""The ``coworking`` command, run as a real process (and in-process where that is enough)."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from coworking.cli import main
from coworking.db.migrate import head_revision

PASSWORD = "clave-segura-1"
INIT = [
    "init",
    "--site-name",
    "Coworking Santo Domingo",
    "--canton",
    "2301",
    "--admin",
    "admin",
    "--admin-name",
    "Ana Pérez",
]


def run(home: Path, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "COWORKING_HOME": str(home), "PYTHONIOENCODING": "utf-8"}
    env.pop("COWORKING_DB", None)
    return subprocess.run(
        [sys.executable, "-m", "coworking", *args],
        input=stdin,
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )


def test_init_reads_the_password_from_stdin_and_a_second_init_only_upgrades(tmp_path):
    first = run(tmp_path, *INIT, stdin=PASSWORD + "\n")
    assert first.returncode == 0, first.stderr
    assert "Coworking Santo Domingo" in first.stdout
    database = tmp_path / "coworking.sqlite3"
    with sqlite3.connect(database) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == (
            head_revision(),
        )
        assert connection.execute("SELECT name, canton_code FROM site").fetchall() == [
            ("Coworking Santo Domingo", "2301")
        ]
        user = connection.execute("SELECT username, role, password_hash FROM staff_user").fetchone()
    assert user[:2] == ("admin", "admin") and user[2].startswith("scrypt$")
    assert PASSWORD not in database.read_bytes().decode("latin-1")

    second = run(tmp_path, "--json", "init")
    assert second.returncode == 0
    assert json.loads(second.stdout)["created"] is False


def test_init_names_the_wrong_canton_and_exits_1(tmp_path):
    result = run(
        tmp_path,
        "init",
        "--site-name",
        "X",
        "--canton",
        "9999",
        "--admin",
        "admin",
        stdin=PASSWORD + "\n",
    )
    assert result.returncode == 1
    assert "--canton" in result.stderr and "9999" in result.stderr


def test_init_refuses_a_short_password_and_creates_no_account(tmp_path):
    result = run(tmp_path, *INIT, stdin="corta\n")
    assert result.returncode == 1 and "8 caracteres" in result.stderr
    with sqlite3.connect(tmp_path / "coworking.sqlite3") as connection:
        assert connection.execute("SELECT count(*) FROM staff_user").fetchone() == (0,)


def test_usage_errors_exit_2(tmp_path):
    assert run(tmp_path, "no-existe").returncode == 2
    assert run(tmp_path, "demo", "--people", "muchas").returncode == 2


def test_db_option_before_or_after_the_subcommand(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("COWORKING_HOME", str(tmp_path / "home"))
    monkeypatch.setattr(sys, "stdin", open(os.devnull))  # noqa: SIM115
    target = tmp_path / "otra.sqlite3"
    assert main(["--db", f"sqlite:///{target}", "demo", "--people", "3"]) == 0
    assert main(["demo", "--db", f"sqlite:///{target}", "--people", "3"]) == 1
    assert "ya tiene personas" in capsys.readouterr().err
    assert not (tmp_path / "home" / "coworking.sqlite3").exists()


def test_demo_json_summary(tmp_path):
    result = run(tmp_path, "demo", "--people", "120", "--seed", "5", "--json")
    assert result.returncode == 0, result.stderr
    summary = json.loads(result.stdout)
    assert summary["ok"] and summary["people"] == 120
    assert {"admin", "coordinacion", "recepcion"} <= set(summary["staff"])


def test_backup_makes_a_verified_copy_with_the_same_rows(tmp_path):
    assert run(tmp_path, "demo", "--people", "50").returncode == 0
    out = tmp_path / "copias" / "copia.sqlite3"
    out.parent.mkdir()
    result = run(tmp_path, "backup", "--out", str(out), "--json")
    assert result.returncode == 0, result.stderr
    reported = json.loads(result.stdout)["rows"]
    copy = sqlite3.connect(out)
    original = sqlite3.connect(tmp_path / "coworking.sqlite3")
    try:
        assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        for table in ("person", "consent_record", "staff_user", "site"):
            count = copy.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            assert count == original.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            assert count == reported[table]
        assert copy.execute("SELECT count(*) FROM person").fetchone() == (50,)
        action = original.execute("SELECT action FROM audit_entry ORDER BY id DESC").fetchone()
        assert action == ("backup",)
    finally:
        copy.close()
        original.close()
    assert not list(out.parent.glob("*.parcial"))


@pytest.mark.parametrize("where", ["missing-folder", "is-a-folder"])
def test_backup_to_a_bad_place_exits_1_with_a_clear_message(tmp_path, where):
    assert run(tmp_path, "demo", "--people", "5").returncode == 0
    out = tmp_path / "no-existe" / "c.sqlite3" if where == "missing-folder" else tmp_path
    result = run(tmp_path, "backup", "--out", str(out))
    assert result.returncode == 1
    assert str(out if where == "is-a-folder" else out.parent) in result.stderr


def test_help_is_in_spanish_and_quick(tmp_path):
    result = run(tmp_path, "--help")
    assert result.returncode == 0 and "Sin subcomando abre el programa" in result.stdout
    assert "backup" in result.stdout and "demo" in result.stdout


# --- the command's language -------------------------------------------------------------------

ARGPARSE_ENGLISH = (
    "usage:",
    "options:",
    "positional arguments",
    "show this help message",
    "show program's version",
    "the following arguments are required",
    "invalid choice",
    "choose from",
    "unrecognized arguments",
    "invalid int value",
    "expected one argument",
)


def _english_words(text: str) -> list[str]:
    return [word for word in ARGPARSE_ENGLISH if word in text]


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["--help"], ["uso: coworking", "opciones:", "mostrar esta ayuda y salir", "SUBCOMANDO"]),
        (
            ["report", "--help"],
            ["uso: coworking report", "primer día del periodo", "--out ARCHIVO", "opciones:"],
        ),
        (["import", "--help"], ["argumentos posicionales:", "archivo CSV o XLSX"]),
    ],
)
def test_help_is_in_spanish_by_default(tmp_path, args, expected):
    result = run(tmp_path, *args)
    assert result.returncode == 0, result.stderr
    for text in expected:
        assert text in result.stdout, text
    assert _english_words(result.stdout) == []


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (
            ["report", "attendance", "--from", "2026-10-01"],
            "faltan estos argumentos obligatorios: --out",
        ),
        (["import", "nada", "x.csv"], "opción no válida: 'nada' (elija entre 'people', "),
        (["demo", "--people", "muchas"], "argumento --people: valor int no válido: 'muchas'"),
        (["backup", "--out"], "argumento --out: se esperaba un valor"),
        (["backup", "--out", "c", "--sobra"], "argumentos no reconocidos: --sobra"),
        (["checkin", "X", "--event", "1", "--site", "1"], "no se admite junto con el argumento"),
    ],
)
def test_usage_errors_are_in_spanish_and_exit_2(tmp_path, args, expected):
    result = run(tmp_path, *args)
    assert result.returncode == 2
    assert result.stderr.startswith("uso: coworking"), result.stderr
    assert expected in result.stderr
    assert "coworking" in result.stderr and ": error: " in result.stderr
    assert _english_words(result.stderr) == []


@pytest.mark.parametrize(
    "args",
    [
        ["--lang", "en", "--help"],
        ["--lang=en", "report", "--help"],
        ["report", "--help", "--lang", "en"],
    ],
)
def test_help_in_english_with_lang_en(tmp_path, args):
    result = run(tmp_path, *args)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("usage: coworking")
    assert "options:" in result.stdout and "show this help message and exit" in result.stdout
    assert "uso:" not in result.stdout and "opciones" not in result.stdout
    if "report" in args:
        assert "first day of the period" in result.stdout and "--out FILE" in result.stdout
    else:
        assert "Without a subcommand it opens the program." in result.stdout


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["--lang", "en", "report", "attendance"], "the following arguments are required: --out"),
        (
            ["import", "nada", "x.csv", "--lang", "en"],
            "invalid choice: 'nada' (choose from 'people', ",
        ),
    ],
)
def test_usage_errors_in_english_with_lang_en(tmp_path, args, expected):
    result = run(tmp_path, *args)
    assert result.returncode == 2
    assert result.stderr.startswith("usage: coworking")
    assert expected in result.stderr and "uso:" not in result.stderr


def test_argparse_speaks_spanish_only_inside_the_command(capsys):
    """The translation is lent to argparse while the command parses, then given back."""
    import argparse
    import gettext

    with pytest.raises(SystemExit) as exit_info:
        main(["demo", "--people", "muchas"])
    assert exit_info.value.code == 2
    assert "valor int no válido" in capsys.readouterr().err
    assert argparse._ is gettext.gettext and argparse.ngettext is gettext.ngettext
    plain = argparse.ArgumentParser(prog="otro")
    assert plain.format_usage().startswith("usage: otro")
    assert "show this help message and exit" in plain.format_help()
