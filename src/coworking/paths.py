"""Where the program's files live, frozen (PyInstaller) or not, on Windows as on Linux.

Resources and migrations sit at the top of the repository in a source checkout, inside the
package (``coworking/resources``, ``coworking/migrations``) once installed, and under
``sys._MEIPASS`` in a frozen build.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from platformdirs import user_data_path

from coworking import APP_AUTHOR, APP_NAME

_PACKAGE_DIR = Path(__file__).resolve().parent


def _locate(name: str) -> Path:
    frozen_root = getattr(sys, "_MEIPASS", None)
    candidates = []
    if frozen_root:
        candidates.append(Path(frozen_root) / name)
    candidates += [_PACKAGE_DIR / name, _PACKAGE_DIR.parent.parent / name]
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"No se encuentra la carpeta «{name}» del programa")


def resources_dir() -> Path:
    return _locate("resources")


def migrations_dir() -> Path:
    return _locate("migrations")


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def data_dir() -> Path:
    """The user's data folder; ``COWORKING_HOME`` overrides it (tests, portable installs)."""
    override = os.environ.get("COWORKING_HOME")
    path = Path(override) if override else user_data_path(APP_NAME, APP_AUTHOR)
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_database_path() -> Path:
    return data_dir() / "coworking.sqlite3"


def backups_dir() -> Path:
    path = data_dir() / "copias"
    path.mkdir(parents=True, exist_ok=True)
    return path
