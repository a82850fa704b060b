"""``coworking report attendance``: the attendance summary of a site or a job fair, as a PDF (or
an XLSX workbook of the same tables when the file ends in ``.xlsx``)."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import Any


def _day(text: str) -> date:
    for parse in (date.fromisoformat, lambda t: date(*reversed([int(p) for p in t.split("/")]))):
        try:
            return parse(text)
        except (ValueError, TypeError):
            continue
    raise argparse.ArgumentTypeError(f"fecha no válida: «{text}» (use AAAA-MM-DD o DD/MM/AAAA)")


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("kind", choices=["attendance"], help="attendance: resumen de asistencia")
    parser.add_argument("--from", dest="first", type=_day, help="primer día del periodo")
    parser.add_argument("--to", dest="last", type=_day, help="último día del periodo (incluido)")
    which = parser.add_mutually_exclusive_group()
    which.add_argument("--site", type=int, help="espacio de coworking (ID; por defecto el actual)")
    which.add_argument("--event", type=int, help="feria o evento (ID); el periodo es el del evento")
    parser.add_argument(
        "--out", type=Path, required=True, help="archivo que se escribe: .pdf, o .xlsx"
    )
    parser.add_argument(
        "--lang",
        choices=["es", "en"],
        default=argparse.SUPPRESS,
        help="idioma del informe (por defecto español)",
    )


def run(args: argparse.Namespace, database_for: Any) -> dict[str, Any]:
    from coworking.core import audit, reports

    request = reports.AttendanceRequest(
        site_id=args.site,
        event_id=args.event,
        first=args.first,
        last=args.last,
        language=getattr(args, "lang", None) or "es",
    )
    reports.check_request(request)
    reports.check_output(args.out)
    database = database_for(args)
    try:
        with database.sessions() as session, session.begin():
            audit.act_as_terminal(session)
            report = reports.attendance_report(session, None, request)
            pages = reports.write_report(report, args.out)
    finally:
        database.dispose()
    written = f"{pages} páginas" if pages else "libro de Excel"
    return {
        "file": str(args.out),
        "pages": pages,
        "subject": report.subject,
        "period": report.period,
        "figures": {figure.label: figure.value for figure in report.figures},
        "message": f"Informe de asistencia de {report.subject}, {report.period} "
        f"({written}): {args.out}",
    }
