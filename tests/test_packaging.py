"""`pip install .` must carry every subpackage, the resources and the migrations."""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_every_subpackage_is_declared_in_pyproject() -> None:
    declared = set(
        tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"]
    )
    source = ROOT / "src"
    found = {
        ".".join(init.parent.relative_to(source).parts) for init in source.rglob("__init__.py")
    }
    assert found <= declared, f"faltan en pyproject.toml: {sorted(found - declared)}"
    assert {"coworking.resources", "coworking.migrations"} <= declared
