"""``coworking export``: a real process writes a batch, ``--json`` gives the batch, errors exit 1
naming the folder. The demo database is made once for the module; each test works on a copy."""

from __future__ import annotations

import csv
import json
import sqlite3
from pathlib import Path

import pytest

from coworking.cli import main
from coworking.db.engine import sqlite_url
from coworking.db.migrate import backup_sqlite
from tests.test_cli import INIT, PASSWORD, run

pytestmark = pytest.mark.date_sensitive

FILES = 14  # eleven entity files, bajas, the indicators and the manifest


@pytest.fixture(scope="module")
def demo_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    home = tmp_path_factory.mktemp("export-home")
    assert run(home, *INIT, stdin=PASSWORD + "\n").returncode == 0
    result = run(home, "demo", "--people", "80", "--seed", "2")
    assert result.returncode == 0, result.stderr
    return home


@pytest.fixture
def home(demo_home: Path, tmp_path: Path) -> Path:
    """A copy of the demo database of its own, and an empty ``lotes`` folder beside it."""
    backup_sqlite(demo_home / "coworking.sqlite3", tmp_path / "coworking.sqlite3")
    (tmp_path / "lotes").mkdir()
    return tmp_path


def db(home: Path) -> list[str]:
    return ["--db", sqlite_url(home / "coworking.sqlite3")]


def manifest(folder: Path) -> dict:
    return json.loads((folder / "manifiesto.json").read_text(encoding="utf-8"))


def test_a_real_process_writes_a_batch_and_json_gives_it(home: Path) -> None:
    out = home / "lotes"
    result = run(home, "export", "--out", str(out))
    assert result.returncode == 0, result.stderr
    folder = out / "lote-000001"
    assert len(list(folder.iterdir())) == FILES
    described = manifest(folder)
    rows = sum(f["filas"] for f in described["archivos"] if f["nombre"] != "indicadores_5w.csv")
    assert rows > 100
    assert f"Lote 1 (incremental) escrito en «{folder}»: {rows} filas" in result.stdout
    assert "personas.csv:" in result.stdout and result.stderr == ""
    assert described["generado_por"].startswith("terminal:")

    again = run(home, "--json", "export", "--out", str(out))
    assert again.returncode == 0, again.stderr
    answer = json.loads(again.stdout)
    assert answer["ok"] and answer["number"] == 2 and answer["kind"] == "incremental"
    assert answer["rows"] == 0 and answer["folder"] == str(out / "lote-000002")
    assert len(answer["files"]) == FILES - 1
    assert {"name", "rows", "sha256", "size"} == set(answer["files"][0])
    with sqlite3.connect(home / "coworking.sqlite3") as connection:
        audited = connection.execute(
            "SELECT username FROM audit_entry WHERE action = 'export' ORDER BY id"
        ).fetchall()
    assert len(audited) == 2 and audited[0][0].startswith("terminal:")


def test_full_with_semicolons(home: Path, capsys) -> None:
    out = home / "lotes"
    assert main(["export", *db(home), "--out", str(out), "--full", "--delimiter", ";"]) == 0
    assert "(completo)" in capsys.readouterr().out
    folder = out / "lote-000001"
    assert manifest(folder)["separador"] == ";"
    with (folder / "visitas.csv").open(encoding="utf-8-sig", newline="") as handle:
        header = next(csv.reader(handle, delimiter=";"))
    assert header[:3] == ["clave", "cambio", "sitio"]


def test_identified_warns_about_personal_data(home: Path, capsys) -> None:
    out = home / "lotes"
    assert main(["--json", "export", *db(home), "--out", str(out), "--identified"]) == 0
    captured = capsys.readouterr()
    assert "datos personales" in captured.err
    answer = json.loads(captured.out)
    assert answer["kind"] == "identificado" and answer["folder"].endswith("identificado-000001")
    with sqlite3.connect(home / "coworking.sqlite3") as connection:
        name = connection.execute("SELECT family_names FROM person LIMIT 1").fetchone()[0]
    assert name in (out / "identificado-000001" / "personas.csv").read_text(encoding="utf-8-sig")


def test_recreate_writes_the_same_bytes(home: Path, capsys) -> None:
    out, copy = home / "lotes", home / "copia"
    copy.mkdir()
    assert main(["export", *db(home), "--out", str(out)]) == 0
    assert main(["export", *db(home), "--out", str(copy), "--recreate", "1"]) == 0
    assert "escrito de nuevo, idéntico," in capsys.readouterr().out
    first, second = out / "lote-000001", copy / "lote-000001"
    assert sorted(p.name for p in second.iterdir()) == sorted(p.name for p in first.iterdir())
    for path in first.iterdir():
        assert (second / path.name).read_bytes() == path.read_bytes()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--out", "{home}/no-existe"], "No existe la carpeta «{home}/no-existe»"),
        (["--out", "{home}/coworking.sqlite3"], "«{home}/coworking.sqlite3» no es una carpeta"),
        (["--out", "{home}/lotes", "--recreate", "5"], "No existe el lote 5"),
        (["--out", "{home}/lotes", "--recreate", "1", "--full"], "no admite --full"),
    ],
)
def test_errors_exit_1_naming_the_folder(home: Path, capsys, args, message) -> None:
    filled = [arg.replace("{home}", str(home)) for arg in args]
    assert main(["--json", "export", *db(home), *filled]) == 1
    captured = capsys.readouterr()
    expected = message.replace("{home}", str(home))
    assert expected in captured.err
    assert json.loads(captured.out) == {"ok": False, "error": captured.err[7:].strip()}
    assert list((home / "lotes").iterdir()) == []


def test_usage_and_help(home: Path) -> None:
    assert run(home, "export", "--out", str(home / "lotes"), "--delimiter", "|").returncode == 2
    helped = run(home, "export", "--help")
    assert helped.returncode == 0
    for option in ("--out", "--full", "--identified", "--delimiter", "--recreate"):
        assert option in helped.stdout
