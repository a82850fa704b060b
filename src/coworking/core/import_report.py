"""What an import tells: every row accounted for (imported, already registered, refused,
imported with a warning, blank), each problem by row and column, and the list of problems as a
CSV for whoever fixes the file. The CSV's place is checked before anything is written."""

from __future__ import annotations

import csv
import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from coworking.core.errors import UserError

ERROR = "error"
WARNING = "aviso"


@dataclass(frozen=True)
class RowProblem:
    """A refused row's reason (``severity`` ERROR), or what was left out of an imported row
    (WARNING): by row, as the spreadsheet numbers it, and column header."""

    row: int
    column: str
    message: str
    severity: str = ERROR


def warning(row: int, column: str, message: str) -> RowProblem:
    return RowProblem(row, column, message, WARNING)


@dataclass
class ImportCounts:
    """Every row of the file in exactly one of: imported (``done``), already there, refused;
    blank rows apart. ``warned`` counts imported rows that left something out."""

    file: str
    rows: int = 0  # rows with something in them
    blank: int = 0
    done: int = 0  # imported (or, in a check, that would be)
    already: int = 0
    problems: list[RowProblem] = field(default_factory=list)
    warnings: list[RowProblem] = field(default_factory=list)
    written: bool = False
    resumed_from: int = 0  # a run stopped half-way and taken up again: rows already done

    @property
    def refused(self) -> int:
        return len({p.row for p in self.problems})

    @property
    def invalid_rows(self) -> int:  # the name the command line and older callers use
        return self.refused

    @property
    def warned(self) -> int:
        refused = {p.row for p in self.problems}
        return len({w.row for w in self.warnings} - refused)

    def accounted(self) -> bool:
        """Whether every non-blank row is imported, already there or refused."""
        return self.done + self.already + self.refused == self.rows


def errors_file_for(source: Path, chosen: Path | None) -> Path:
    """Where the list of problems goes: ``chosen``, or beside the file as «…-errores.csv»;
    a folder given as ``chosen`` gets the file inside it."""
    source = Path(source)
    default = f"{source.stem}-errores.csv"
    if chosen is None:
        return source.with_name(default)
    chosen = Path(chosen)
    return chosen / default if chosen.is_dir() else chosen


def check_writable(target: Path) -> None:
    """Refuse, before anything is imported, a place the list of problems could not be saved."""
    target = Path(target)
    folder = target.parent if str(target.parent) else Path(".")
    if target.is_dir():
        raise UserError(f"«{target}» es una carpeta: indique un archivo para la lista de errores.")
    if not folder.is_dir():
        raise UserError(
            f"No existe la carpeta «{folder}» para guardar la lista de errores «{target.name}»."
        )
    if target.exists():
        writable = os.access(target, os.W_OK)
    else:
        writable = os.access(folder, os.W_OK | os.X_OK)
    if not writable:
        raise UserError(
            f"No se puede escribir la lista de errores en «{target}» (¿está abierta en Excel o "
            "la carpeta es de solo lectura?). Ciérrela o indique otro lugar con --errors."
        )


def _safe(text: str) -> str:
    """A cell a spreadsheet will not run as a formula."""
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def write_problems(problems: Iterable[RowProblem], target: Path) -> Path:
    """The problems and warnings as a CSV a spreadsheet opens (UTF-8 with BOM, semicolons)."""
    target = Path(target)
    try:
        with target.open("w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle, delimiter=";")
            writer.writerow(["fila", "columna", "tipo", "problema"])
            for problem in sorted(problems, key=lambda p: (p.row, p.severity != ERROR)):
                writer.writerow(
                    [problem.row, _safe(problem.column), problem.severity, _safe(problem.message)]
                )
    except OSError as error:
        raise UserError(
            f"No se pudo guardar la lista de errores en «{target}»: "
            f"{error.strerror or error}. Lo importado queda guardado."
        ) from error
    return target
