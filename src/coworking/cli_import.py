"""``coworking import people|employers|registrations FILE``: rows from CSV or XLSX, each bad
row named by its row and column, listed and saved beside the file."""

from __future__ import annotations

import argparse
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


def _import_result(
    args: argparse.Namespace, report: Any, result: dict[str, Any], lines: list[str]
) -> dict[str, Any]:
    """The end of every import: likely duplicates listed (first 20; imported all the same),
    problems listed (first 20) and saved as a CSV beside the file (or at --errors); a report
    with problems exits 1."""
    from coworking.core.importing import write_problems

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
    problems = report.problems
    if problems:
        target = args.errors or args.file.with_name(f"{args.file.stem}-errores.csv")
        write_problems(problems, target)
        result["errors_file"] = str(target)
        lines += [f"  fila {p.row}, columna «{p.column}»: {p.message}" for p in problems[:20]]
        if len(problems) > 20:
            lines.append(f"  … y {len(problems) - 20} más")
        lines.append(f"Lista completa de errores: {target}")
        if not report.written:
            lines.append("No se guardó nada.")
    result["message"] = "\n".join(lines)
    if problems:
        raise ReportedError(result)
    return result


def run(args: argparse.Namespace, database_for: Callable[[argparse.Namespace], Any]) -> dict:
    """Import people, employers or an event's registrations from ``args.file``."""
    if args.kind == "registrations":
        return _run_import_registrations(args, database_for)
    if args.kind == "employers":
        return _run_import_employers(args, database_for)
    if args.event is not None:
        raise UserError("--event solo se usa al importar inscripciones (registrations).")
    from coworking.core import audit
    from coworking.core.importing import import_people
    from coworking.core.person_columns import load_mapping

    mapping = load_mapping(args.mapping) if args.mapping else None
    database = database_for(args)
    try:
        with database.sessions() as session, session.begin():
            audit.act_as_terminal(session)
            report = import_people(
                session, None, args.file, dry_run=args.dry_run, strict=args.strict, mapping=mapping
            )
    finally:
        database.dispose()
    result: dict[str, Any] = {
        "file": report.file,
        "rows": report.rows,
        "created": report.created,
        "already_registered": report.already_registered,
        "invalid_rows": report.invalid_rows,
        "written": report.written,
        "columns": report.mapped,
        "problems": [p.__dict__ for p in report.problems],
    }
    if args.dry_run:
        verb = "se importarían"
        count = report.rows - report.invalid_rows - report.already_registered
    else:
        verb, count = "importadas", report.created
    lines = [
        f"«{report.file}»: {count_text(report.rows, 'fila', 'filas')}; {count} {verb}, "
        f"{report.already_registered} ya registradas, {report.invalid_rows} con errores."
    ]
    return _import_result(args, report, result, lines)


def _run_import_employers(args: argparse.Namespace, database_for: Callable) -> dict[str, Any]:
    from coworking.core import audit
    from coworking.core.employer_import import import_employers

    database = database_for(args)
    try:
        with database.sessions() as session, session.begin():
            audit.act_as_terminal(session)
            report = import_employers(session, None, args.file, dry_run=args.dry_run)
    finally:
        database.dispose()
    result: dict[str, Any] = {
        "file": report.file,
        "rows": report.rows,
        "created": report.created,
        "updated": report.updated,
        "invalid_rows": report.invalid_rows,
        "written": report.written,
        "problems": [p.__dict__ for p in report.problems],
    }
    verb = "se guardarían" if args.dry_run else "guardadas"
    lines = [
        f"«{report.file}»: {count_text(report.rows, 'fila', 'filas')}; "
        f"{count_text(report.created + report.updated, 'empresa', 'empresas')} "
        f"{verb} ({report.created} nuevas, {report.updated} actualizadas), "
        f"{report.invalid_rows} con errores."
    ]
    return _import_result(args, report, result, lines)


def _run_import_registrations(args: argparse.Namespace, database_for: Callable) -> dict[str, Any]:
    from coworking.core import audit
    from coworking.core.person_columns import load_mapping
    from coworking.core.registration_import import import_registrations

    if args.event is None:
        raise UserError("Indique el evento con --event ID para importar inscripciones.")
    mapping = load_mapping(args.mapping) if args.mapping else None
    database = database_for(args)
    try:
        with database.sessions() as session, session.begin():
            audit.act_as_terminal(session)
            report = import_registrations(
                session,
                None,
                args.file,
                args.event,
                dry_run=args.dry_run,
                strict=args.strict,
                mapping=mapping,
            )
    finally:
        database.dispose()
    result: dict[str, Any] = {
        "file": report.file,
        "event": report.event,
        "rows": report.rows,
        "people_created": report.people_created,
        "registered": report.registered,
        "already_registered": report.already_registered,
        "invalid_rows": report.invalid_rows,
        "written": report.written,
        "problems": [p.__dict__ for p in report.problems],
    }
    verb = "se inscribirían" if args.dry_run or not report.written else "inscritas"
    lines = [
        f"«{report.file}» → «{report.event}»: {count_text(report.rows, 'fila', 'filas')}; "
        f"{report.registered} {verb} "
        f"({count_text(report.people_created, 'persona nueva', 'personas nuevas')}), "
        f"{report.already_registered} ya "
        f"inscritas, {report.invalid_rows} con errores."
    ]
    return _import_result(args, report, result, lines)
