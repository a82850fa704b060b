"""``coworking report attendance``: the attendance summary of a site or a job fair, as a PDF (or
an XLSX workbook of the same tables when the file ends in ``.xlsx``)."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import Any

from coworking.cli_i18n import translate
from coworking.core.plurals import count_text


def _day(text: str) -> date:
    for parse in (date.fromisoformat, lambda t: date(*reversed([int(p) for p in t.split("/")]))):
        try:
            return parse(text)
        except (ValueError, TypeError):
            continue
    raise argparse.ArgumentTypeError(
        translate("CommandLine", "invalid date: “%1” (use YYYY-MM-DD or DD/MM/YYYY)").replace(
            "%1", text
        )
    )


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "kind",
        choices=["attendance"],
        help=translate("CommandLine", "attendance: attendance summary"),
    )
    parser.add_argument(
        "--from",
        dest="first",
        type=_day,
        metavar=translate("CommandLine", "DATE"),
        help=translate("CommandLine", "first day of the period"),
    )
    parser.add_argument(
        "--to",
        dest="last",
        type=_day,
        metavar=translate("CommandLine", "DATE"),
        help=translate("CommandLine", "last day of the period (included)"),
    )
    which = parser.add_mutually_exclusive_group()
    which.add_argument(
        "--site",
        type=int,
        metavar="ID",
        help=translate("CommandLine", "co-working space (ID; the current one if not given)"),
    )
    which.add_argument(
        "--event",
        type=int,
        metavar="ID",
        help=translate("CommandLine", "job fair or event (ID); the period is the event's"),
    )
    parser.add_argument(
        "--out",
        type=Path,
        required=True,
        metavar=translate("CommandLine", "FILE"),
        help=translate("CommandLine", "file to write: .pdf, or .xlsx"),
    )
    parser.add_argument(
        "--lang",
        choices=["es", "en"],
        default=argparse.SUPPRESS,
        help=translate(
            "CommandLine", "language of the report and of this help (Spanish if not given)"
        ),
    )
    parser.add_argument(
        "--station",
        metavar=translate("CommandLine", "NAME"),
        help=translate(
            "CommandLine", "name of this station, printed on the report beside the date"
        ),
    )


def run(args: argparse.Namespace, database_for: Any) -> dict[str, Any]:
    from coworking.core import audit, reports

    request = reports.AttendanceRequest(
        site_id=args.site,
        event_id=args.event,
        first=args.first,
        last=args.last,
        language=getattr(args, "lang", None) or "es",
        station=args.station or "",
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
    written = count_text(pages, "página", "páginas") if pages else "libro de Excel"
    return {
        "file": str(args.out),
        "pages": pages,
        "subject": report.subject,
        "period": report.period,
        "figures": {figure.label: figure.value for figure in report.figures},
        "message": f"Informe de asistencia de {report.subject}, {report.period} "
        f"({written}): {args.out}",
    }
