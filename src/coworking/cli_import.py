"""``coworking import people|employers|registrations FILE``: rows from CSV or XLSX, each bad
row named by its row and column, listed and saved beside the file."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from coworking.cli_common import ReportedError
from coworking.cli_i18n import translate
from coworking.core.errors import UserError
from coworking.core.plurals import count_text


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "kind",
        choices=["people", "employers", "registrations"],
        help=translate(
            "CommandLine",
            "what is imported (people, employers, or registrations to an event)",
        ),
    )
    parser.add_argument(
        "file",
        type=Path,
        metavar=translate("CommandLine", "FILE"),
        help=translate("CommandLine", "CSV or XLSX file"),
    )
    parser.add_argument(
        "--dry-run",
        action="store_true",
        help=translate(
            "CommandLine", "only check: saves nothing; exits with 1 if any row has errors"
        ),
    )
    parser.add_argument(
        "--strict",
        action="store_true",
        help=translate("CommandLine", "if any row has errors, import none"),
    )
    parser.add_argument(
        "--mapping",
        type=Path,
        metavar=translate("CommandLine", "FILE"),
        help=translate("CommandLine", "column mapping saved from the import wizard (JSON)"),
    )
    parser.add_argument(
        "--errors",
        type=Path,
        metavar=translate("CommandLine", "FILE"),
        help=translate(
            "CommandLine", "where to save the list of errors (beside the file if not given)"
        ),
    )
    parser.add_argument(
        "--event",
        type=int,
        metavar="ID",
        help=translate("CommandLine", "event (for registrations)"),
    )


def _summary(report: Any, dry_run: bool, what: str) -> str:
    """«archivo.csv»: 500 filas; 480 importadas, 12 ya registradas, 8 rechazadas, 30 con
    avisos (importadas), 2 vacías."""
    verb = "se importarían" if dry_run or not report.written else "importadas"
    parts = [
        f"{report.done} {verb}",
        f"{report.already} ya {what}",
        f"{report.refused} rechazadas",
    ]
    if report.warned:
        parts.append(f"{report.warned} con avisos (importadas igual)")
    if report.blank:
        parts.append(count_text(report.blank, "vacía", "vacías"))
    text = f"{count_text(report.rows, 'fila', 'filas')}; " + ", ".join(parts) + "."
    if getattr(report, "resumed_from", 0) > 1:
        text += (
            f" Se retomó una importación cortada: las filas hasta la {report.resumed_from} ya "
            "estaban guardadas."
        )
    return text


def _import_result(
    args: argparse.Namespace, report: Any, result: dict[str, Any], lines: list[str]
) -> dict[str, Any]:
    """The end of every import: likely duplicates listed (first 20; imported all the same),
    problems and warnings listed (first 20) and saved as a CSV beside the file (or at
    --errors); a report with refused rows exits 1."""
    from coworking.core.import_report import errors_file_for, write_problems

    result.update(
        rows=report.rows,
        imported=report.done,
        already=report.already,
        refused=report.refused,
        warned=report.warned,
        blank=report.blank,
        written=report.written,
        problems=[p.__dict__ for p in report.problems],
        warnings=[w.__dict__ for w in report.warnings],
    )
    flagged = getattr(report, "likely_duplicates", [])
    if flagged:
        result["likely_duplicates"] = [d.__dict__ for d in flagged]
        rows = count_text(len({d.row for d in flagged}), "fila", "filas")
        verb = "se importan" if report.written else "se importarían"
        lines.append(
            f"Posibles duplicados ({rows}; {verb} igual, revíselos en Personas › "
            "Posibles duplicados):"
        )
        lines += [f"  fila {d.row}: {d.message}" for d in flagged[:20]]
        if len(flagged) > 20:
            lines.append(f"  … y {len(flagged) - 20} más")
    listed = [*report.problems, *report.warnings]
    if listed:
        target = errors_file_for(args.file, args.errors)
        listed.sort(key=lambda p: p.row)
        lines += [
            f"  fila {p.row}, columna «{p.column}»"
            + (" (aviso)" if p.severity != "error" else "")
            + f": {p.message}"
            for p in listed[:20]
        ]
        if len(listed) > 20:
            lines.append(f"  … y {len(listed) - 20} más")
        write_problems(listed, target)
        result["errors_file"] = str(target)
        lines.append(f"Lista completa de errores y avisos: {target}")
        if not report.written:
            lines.append("No se guardó nada.")
    result["message"] = "\n".join(lines)
    if report.problems:
        raise ReportedError(result)
    return result


def _prepare(args: argparse.Namespace, fields: list[str]) -> Any:
    """What could stop the import, checked before anything is written: the mapping reads and
    names known fields, the list of problems can be saved."""
    from coworking.core.import_mapping import ImportMapping, load_mapping
    from coworking.core.import_report import check_writable, errors_file_for

    mapping = load_mapping(args.mapping) if args.mapping else ImportMapping()
    mapping.check_fields(fields)
    check_writable(errors_file_for(args.file, args.errors))
    return mapping


def _progress() -> Callable[[int, int], None] | None:
    """A percentage on standard error for a terminal; nothing when piped."""
    if not sys.stderr.isatty():
        return None
    shown = [-1]

    def show(done: int, total: int) -> None:
        percent = int(100 * done / total) if total else 100
        if percent != shown[0]:
            shown[0] = percent
            print(f"\r{percent:3d} %", end="" if percent < 100 else "\n", file=sys.stderr)

    return show


def run(args: argparse.Namespace, database_for: Callable[[argparse.Namespace], Any]) -> dict:
    """Import people, employers or an event's registrations from ``args.file``."""
    if args.kind == "registrations":
        return _run_import_registrations(args, database_for)
    if args.kind == "employers":
        return _run_import_employers(args, database_for)
    if args.event is not None:
        raise UserError("--event solo se usa al importar inscripciones (registrations).")
    from coworking.core.importing import import_people
    from coworking.core.person_columns import FIELD_LABELS

    mapping = _prepare(args, [*FIELD_LABELS])
    database = database_for(args)
    try:
        report = import_people(
            database,
            None,
            args.file,
            dry_run=args.dry_run,
            strict=args.strict,
            mapping=mapping,
            progress=_progress(),
        )
    finally:
        database.dispose()
    result: dict[str, Any] = {
        "file": report.file,
        "created": report.created,
        "already_registered": report.already_registered,
        "invalid_rows": report.invalid_rows,
        "columns": report.mapped,
    }
    lines = [f"«{report.file}»: " + _summary(report, args.dry_run, "registradas")]
    return _import_result(args, report, result, lines)


def _run_import_employers(args: argparse.Namespace, database_for: Callable) -> dict[str, Any]:
    from coworking.core.employer_import import LABELS, import_employers

    mapping = _prepare(args, [*LABELS])
    database = database_for(args)
    try:
        report = import_employers(
            database, None, args.file, dry_run=args.dry_run, mapping=mapping, progress=_progress()
        )
    finally:
        database.dispose()
    result: dict[str, Any] = {
        "file": report.file,
        "created": report.created,
        "updated": report.updated,
        "invalid_rows": report.invalid_rows,
    }
    lines = [
        f"«{report.file}»: "
        + _summary(report, args.dry_run, "al día")
        + f" Empresas nuevas: {report.created}; actualizadas: {report.updated}."
    ]
    return _import_result(args, report, result, lines)


def _run_import_registrations(args: argparse.Namespace, database_for: Callable) -> dict[str, Any]:
    from coworking.core.registration_import import FIELDS, import_registrations

    if args.event is None:
        raise UserError("Indique el evento con --event ID para importar inscripciones.")
    mapping = _prepare(args, [*FIELDS])
    database = database_for(args)
    try:
        report = import_registrations(
            database,
            None,
            args.file,
            args.event,
            dry_run=args.dry_run,
            strict=args.strict,
            mapping=mapping,
            progress=_progress(),
        )
    finally:
        database.dispose()
    result: dict[str, Any] = {
        "file": report.file,
        "event": report.event,
        "people_created": report.people_created,
        "registered": report.registered,
        "already_registered": report.already_registered,
        "invalid_rows": report.invalid_rows,
    }
    lines = [
        f"«{report.file}» → «{report.event}»: "
        + _summary(report, args.dry_run, "inscritas")
        + f" Personas nuevas: {report.people_created}."
    ]
    return _import_result(args, report, result, lines)
