"""The ``coworking`` command: the desktop program by default, subcommands over the services.

Exit codes: 0 done, 1 user error (bad input or refused action, explained on stderr),
2 usage error (argparse). Help, usage and argparse's errors are in Spanish, or in English with
``--lang en`` (before or after the subcommand): see :mod:`coworking.cli_i18n`. The summaries
and error messages of the commands themselves are in Spanish.
"""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from coworking import __version__, cli_i18n
from coworking.cli_argparse import LocalizedParser
from coworking.cli_common import ReportedError
from coworking.cli_i18n import localized, translate
from coworking.core.errors import UserError
from coworking.core.plurals import count_text

Handler = Callable[[argparse.Namespace], dict[str, Any]]


@dataclass(frozen=True)
class Command:
    name: str
    help: str
    configure: Callable[[argparse.ArgumentParser], None]
    run: Handler


def _database(args: argparse.Namespace):
    from coworking.db.database import open_database

    return open_database(args.db)


def _read_new_password(prompt: str) -> str:
    """From the terminal (asked twice) or, when scripted, the first line of standard input."""
    from coworking.core.accounts import validate_new_password

    if sys.stdin is None or not sys.stdin.isatty():
        password = (sys.stdin.readline() if sys.stdin else "").rstrip("\r\n")
        validate_new_password(password)
        return password
    password = getpass.getpass(prompt)
    validate_new_password(password, getpass.getpass("Repita la contraseña: "))
    return password


def _ask(value: str | None, prompt: str, option: str) -> str:
    if value:
        return value
    if sys.stdin is not None and sys.stdin.isatty():
        answer = input(prompt).strip()
        if answer:
            return answer
    raise UserError(f"Falta {option}.")


# --- init -------------------------------------------------------------------------------------


def _configure_init(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--site-name",
        metavar=translate("CommandLine", "NAME"),
        help=translate("CommandLine", "name of the space (first time)"),
    )
    parser.add_argument(
        "--canton",
        metavar=translate("CommandLine", "CODE"),
        help=translate("CommandLine", "INEC code of the canton, e.g. 1308 (Manta)"),
    )
    parser.add_argument(
        "--admin",
        metavar=translate("CommandLine", "USER"),
        help=translate("CommandLine", "user name of the first administrator"),
    )
    parser.add_argument(
        "--admin-name",
        metavar=translate("CommandLine", "NAME"),
        help=translate("CommandLine", "full name of the first administrator"),
    )


def _run_init(args: argparse.Namespace) -> dict[str, Any]:
    from coworking.core import reference
    from coworking.core.setup import FirstRun, needs_setup, run_first_setup, validate

    database = _database(args)
    try:
        with database.sessions() as session:
            if not needs_setup(session):
                return {
                    "message": f"Base de datos al día ({database.label}); ya estaba configurada.",
                    "database": database.label,
                    "created": False,
                }
        if args.canton and reference.canton(args.canton) is None:
            raise UserError(
                f"--canton: «{args.canton}» no es un código de cantón del INEC "
                "(por ejemplo 1308 para Manta, 2301 para Santo Domingo)."
            )
        data = FirstRun(
            site_name=_ask(args.site_name, "Nombre del espacio: ", "--site-name"),
            canton_code=_ask(args.canton, "Código del cantón (p. ej. 1308): ", "--canton"),
            admin_username=_ask(args.admin, "Usuario administrador: ", "--admin"),
            admin_full_name=args.admin_name or (args.admin or "").strip() or "Administrador",
            admin_password="x" * 8,
        )
        problems = validate(data)
        if problems:
            raise UserError(" ".join(problems.values()))
        password = _read_new_password("Contraseña del administrador: ")
        with database.unit_of_work() as session:
            site, admin = run_first_setup(
                session, FirstRun(**{**data.__dict__, "admin_password": password})
            )
        return {
            "message": f"Listo: «{site.name}» (cantón {site.canton_code}) con el administrador "
            f"«{admin.username}», en {database.label}.",
            "database": database.label,
            "created": True,
            "site": site.name,
            "canton": site.canton_code,
            "admin": admin.username,
        }
    finally:
        database.dispose()


# --- demo -------------------------------------------------------------------------------------


def _demo_day(text: str) -> date:
    try:
        day = date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(
            translate(
                "CommandLine", "invalid date: “%1” (use YYYY-MM-DD, for example 2027-03-01)"
            ).replace("%1", text)
        ) from None
    if not 2000 <= day.year <= 2099:
        raise argparse.ArgumentTypeError(
            translate(
                "CommandLine", "“%1”: the day must be between the years 2000 and 2099"
            ).replace("%1", text)
        )
    return day


def _configure_demo(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--people",
        type=int,
        metavar="N",
        default=500,
        help=translate("CommandLine", "how many people (500 if not given)"),
    )
    parser.add_argument(
        "--seed",
        type=int,
        metavar="N",
        default=1,
        help=translate(
            "CommandLine", "seed: the same one (with the same --today) gives the same data"
        ),
    )
    parser.add_argument(
        "--today",
        type=_demo_day,
        metavar=translate("CommandLine", "YYYY-MM-DD"),
        help=translate(
            "CommandLine",
            "day of the demonstration, at 10:30 (Ecuador time); if not given, right now",
        ),
    )


def _run_demo(args: argparse.Namespace) -> dict[str, Any]:
    from coworking import clock
    from coworking.core.demo import generate, moment_of

    now = moment_of(args.today) if args.today is not None else None
    database = _database(args)
    try:
        with database.unit_of_work() as session:
            summary = generate(session, people=args.people, seed=args.seed, now=now)
    finally:
        database.dispose()
    accounts = ", ".join(f"{user} / {password}" for user, password in summary.staff.items())
    moment = summary.moment.astimezone(clock.local_zone())
    message = (
        f"Datos de demostración al {moment:%d/%m/%Y %H:%M}: {summary.people} personas "
        f"({summary.entrepreneurs} emprendedoras), {summary.resources} espacios, "
        f"{summary.bookings} reservas ({summary.no_shows} sin presentarse), "
        f"{summary.visits} visitas al coworking, {summary.events} eventos."
    )
    if accounts:
        message += f"\nCuentas de demostración (usuario / contraseña): {accounts}"
    return {
        "message": message,
        "moment": moment.isoformat(),
        "people": summary.people,
        "entrepreneurs": summary.entrepreneurs,
        "consents": summary.consents,
        "events": summary.events,
        "resources": summary.resources,
        "bookings": summary.bookings,
        "no_shows": summary.no_shows,
        "visits": summary.visits,
        "staff": sorted(summary.staff),
    }


# --- backup -----------------------------------------------------------------------------------


def _configure_backup(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--out",
        required=True,
        type=Path,
        metavar=translate("CommandLine", "FILE"),
        help=translate("CommandLine", "file of the copy"),
    )


def _run_backup(args: argparse.Namespace) -> dict[str, Any]:
    from coworking.core.backup import backup_database

    database = _database(args)
    try:
        result = backup_database(database, args.out)
    finally:
        database.dispose()
    rows = sum(result.row_counts.values())
    return {
        "message": f"Copia guardada en «{result.path}» ({result.size_bytes // 1024} KiB, "
        f"{count_text(rows, 'fila', 'filas')}, comprobada).",
        "path": str(result.path),
        "bytes": result.size_bytes,
        "rows": result.row_counts,
    }


# --- import ---------------------------------------------------------------------------------


def _configure_import(parser: argparse.ArgumentParser) -> None:
    from coworking import cli_import

    cli_import.configure(parser)


def _run_import(args: argparse.Namespace) -> dict[str, Any]:
    from coworking import cli_import

    return cli_import.run(args, _database)


# --- checkin --------------------------------------------------------------------------------


def _configure_checkin(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "code",
        metavar=translate("CommandLine", "CODE"),
        help=translate("CommandLine", "code of the badge or member card, as the scanner reads it"),
    )
    where = parser.add_mutually_exclusive_group(required=True)
    where.add_argument(
        "--event",
        type=int,
        metavar="ID",
        help=translate("CommandLine", "event (ID): check-in at a job fair"),
    )
    where.add_argument(
        "--site",
        type=int,
        metavar="ID",
        help=translate("CommandLine", "space (ID): check-in or check-out at the co-working"),
    )
    parser.add_argument(
        "--station",
        default="línea de comandos",
        metavar=translate("CommandLine", "NAME"),
        help=translate("CommandLine", "name of the station (entrance)"),
    )


def _run_checkin(args: argparse.Namespace) -> dict[str, Any]:
    """The same check-in as the door or front-desk station; refused scans exit 1."""
    if args.site is not None:
        return _run_desk_checkin(args)
    from coworking.core import audit, checkin, fairs

    database = _database(args)
    try:
        with database.sessions() as session, session.begin():
            audit.act_as_terminal(session)
            fairs.get_event(session, args.event)
            answer = checkin.scan(session, args.event, args.code, args.station, None)
    finally:
        database.dispose()
    result: dict[str, Any] = {
        "result": answer.result.value,
        "title": answer.title,
        "detail": answer.detail,
        "code": args.code,
        "station": args.station,
        "person": answer.person_name,
        "role": answer.role.value if answer.role else None,
        "check_in_id": answer.check_in_id,
        "message": f"{answer.title}\n{answer.detail}".strip(),
    }
    if not answer.admitted:
        raise ReportedError(result)
    return result


def _run_desk_checkin(args: argparse.Namespace) -> dict[str, Any]:
    """Co-working: a member outside comes in (checking in the booking they have now), a member
    inside goes out. No-shows and forgotten check-outs are swept first, as a station does."""
    from coworking.core import audit, sites, visits

    database = _database(args)
    try:
        with database.sessions() as session, session.begin():
            audit.act_as_terminal(session)
            sites.get_site(session, args.site)
            visits.sweep(session, args.site)
            answer = visits.scan(session, args.site, args.code, args.station, None)
    finally:
        database.dispose()
    result: dict[str, Any] = {
        "result": answer.result.value,
        "title": answer.title,
        "detail": answer.detail,
        "code": args.code,
        "station": args.station,
        "person": answer.person_name,
        "visit_id": answer.visit_id,
        "booking_id": answer.booking_id,
        "free_desks": [offer.name for offer in answer.offers],
        "message": f"{answer.title}\n{answer.detail}".strip(),
    }
    if not answer.accepted:
        raise ReportedError(result)
    return result


# --- badges ---------------------------------------------------------------------------------


def _configure_badges(parser: argparse.ArgumentParser) -> None:
    which = parser.add_mutually_exclusive_group(required=True)
    which.add_argument(
        "--event",
        type=int,
        metavar="ID",
        help=translate("CommandLine", "badges of the event's registrations"),
    )
    which.add_argument(
        "--people",
        choices=["all"],
        help=translate("CommandLine", "all: member cards of every co-working member"),
    )
    parser.add_argument(
        "--role",
        choices=["candidate", "employer_rep", "staff", "visitor"],
        help=translate("CommandLine", "only one role of the event"),
    )
    parser.add_argument(
        "--out",
        type=Path,
        required=True,
        metavar=translate("CommandLine", "FILE"),
        help=translate("CommandLine", "PDF file to write"),
    )
    parser.add_argument(
        "--stock",
        default="a4",
        metavar=translate("CommandLine", "STOCK"),
        help=translate(
            "CommandLine",
            "stock: a4 (8 per sheet, with crop marks), letter, l4785 (80x50 mm labels), "
            "id1 (85.6x54 mm card), label4x3 (4x3 inch thermal label)",
        ),
    )


def _run_badges(args: argparse.Namespace) -> dict[str, Any]:
    from coworking.core import audit, badges
    from coworking.core.badge_stock import stock as find_stock
    from coworking.db.enums import RegistrationRole

    stock = find_stock(args.stock)
    what = ("credencial", "credenciales") if args.event is not None else ("carné", "carnés")
    database = _database(args)
    try:
        with database.sessions() as session, session.begin():
            audit.act_as_terminal(session)
            if args.event is not None:
                role = RegistrationRole(args.role) if args.role else None
                found = badges.event_badges(session, args.event, role=role)
            else:
                found = badges.member_badges(session)
            pages = badges.write_pdf([badge for _, badge in found], args.out, stock)
            ids = [key for key, _ in found]
            if args.event is not None:
                badges.log_prints(session, None, stock, registration_ids=ids)
            else:
                badges.log_prints(session, None, stock, person_ids=ids)
    finally:
        database.dispose()
    return {
        "file": str(args.out),
        "badges": len(found),
        "pages": pages,
        "stock": stock.key,
        "message": f"{count_text(len(found), *what)} en {count_text(pages, 'página', 'páginas')} "
        f"({stock.label}): {args.out}",
    }


# --- report ---------------------------------------------------------------------------------


def _configure_report(parser: argparse.ArgumentParser) -> None:
    from coworking import cli_report

    cli_report.configure(parser)


def _run_report(args: argparse.Namespace) -> dict[str, Any]:
    from coworking import cli_report

    return cli_report.run(args, _database)


# --- export ---------------------------------------------------------------------------------


def _configure_export(parser: argparse.ArgumentParser) -> None:
    from coworking import cli_export

    cli_export.configure(parser)


def _run_export(args: argparse.Namespace) -> dict[str, Any]:
    from coworking import cli_export

    return cli_export.run(args, _database)


COMMANDS = [
    Command(
        "init",
        QT_TRANSLATE_NOOP("CommandLine", "create or upgrade the database"),
        _configure_init,
        _run_init,
    ),
    Command(
        "demo",
        QT_TRANSLATE_NOOP("CommandLine", "fill with realistic demo data"),
        _configure_demo,
        _run_demo,
    ),
    Command(
        "backup",
        QT_TRANSLATE_NOOP("CommandLine", "verified backup copy"),
        _configure_backup,
        _run_backup,
    ),
    Command(
        "import",
        QT_TRANSLATE_NOOP("CommandLine", "import people or registrations from CSV or Excel"),
        _configure_import,
        _run_import,
    ),
    Command(
        "checkin",
        QT_TRANSLATE_NOOP(
            "CommandLine", "check in at an event, or check in or out at the co-working"
        ),
        _configure_checkin,
        _run_checkin,
    ),
    Command(
        "badges",
        QT_TRANSLATE_NOOP("CommandLine", "badges and member cards as a PDF ready to print"),
        _configure_badges,
        _run_badges,
    ),
    Command(
        "report",
        QT_TRANSLATE_NOOP(
            "CommandLine", "attendance summary of a space or a job fair, as PDF or Excel"
        ),
        _configure_report,
        _run_report,
    ),
    Command(
        "export",
        QT_TRANSLATE_NOOP(
            "CommandLine", "batch of CSV files for the municipality (what changed, or all)"
        ),
        _configure_export,
        _run_export,
    ),
]


def _common_options(defaults: bool) -> argparse.ArgumentParser:
    """``--db`` and ``--json``, accepted before or after the subcommand.

    Subcommands leave them unset unless given, so a value before the subcommand is kept.
    """
    common = LocalizedParser(add_help=False)
    unset = {} if defaults else {"default": argparse.SUPPRESS}
    common.add_argument(
        "--db",
        metavar="URL",
        help=translate(
            "CommandLine", "database (COWORKING_DB or the local SQLite file if not given)"
        ),
        **({"default": None} | unset),
    )
    common.add_argument(
        "--json", action="store_true", help=translate("CommandLine", "result as JSON"), **unset
    )
    return common


def build_parser(language: str = cli_i18n.DEFAULT_LANGUAGE) -> argparse.ArgumentParser:
    """The command's parser, speaking ``language`` (``es`` or ``en``)."""
    cli_i18n.use_language(language)
    common = _common_options(defaults=True)
    parser = LocalizedParser(
        prog="coworking",
        parents=[common],
        description=translate(
            "CommandLine",
            "Co-working and job fairs. Without a subcommand it opens the program.",
        ),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"coworking {__version__}",
        help=cli_i18n.catalogue().gettext("show program's version number and exit"),
    )
    parser.add_argument(
        "--lang",
        choices=["es", "en"],
        help=translate(
            "CommandLine",
            "language of the program and of this help (Spanish if not given); "
            "also that of a report",
        ),
    )
    parser.add_argument(
        "--smoke",
        action="store_true",
        help=translate("CommandLine", "start-up test: opens the first window and quits"),
    )
    parser.add_argument(
        "--smoke-user",
        metavar=translate("CommandLine", "USER"),
        help=translate("CommandLine", "with --smoke: signs in (password on standard input)"),
    )
    subparsers = parser.add_subparsers(
        dest="command", metavar=translate("CommandLine", "SUBCOMMAND")
    )
    sub_common = _common_options(defaults=False)
    for command in COMMANDS:
        about = localized("CommandLine", command.help)
        sub = subparsers.add_parser(
            command.name, help=about, parents=[sub_common], description=about
        )
        command.configure(sub)
        sub.set_defaults(handler=command.run)
    return parser


def _emit(args: argparse.Namespace, result: dict[str, Any]) -> None:
    if args.json:
        print(json.dumps({"ok": True, **result}, ensure_ascii=False, default=str))
    else:
        print(result["message"])


def main(argv: list[str] | None = None) -> int:
    if argv is None:
        argv = sys.argv[1:]
    parser = build_parser(cli_i18n.language_from(argv))
    args = parser.parse_args(argv)
    if args.command is None:
        from coworking.gui.app import run_gui

        return run_gui(args.db, smoke=args.smoke, smoke_user=args.smoke_user, language=args.lang)
    try:
        _emit(args, args.handler(args))
    except ReportedError as error:
        if args.json:
            print(json.dumps({"ok": False, **error.result}, ensure_ascii=False, default=str))
        else:
            print(error.result["message"])
        return 1
    except UserError as error:
        if args.json:
            print(json.dumps({"ok": False, "error": str(error)}, ensure_ascii=False))
        print(f"Error: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("Cancelado.", file=sys.stderr)
        return 1
    except Exception as error:  # noqa: BLE001 - the last net: a message, never a traceback
        return _unexpected(args, error)
    return 0


def _unexpected(args: argparse.Namespace, error: Exception) -> int:
    """Tell what failed in Spanish; the traceback goes to the log."""
    from sqlalchemy.exc import OperationalError, SQLAlchemyError

    from coworking import error_log

    logged = error_log.record(error)
    if isinstance(error, OperationalError) and "locked" in str(error):
        text = (
            "La base de datos está ocupada por otro programa desde hace demasiado tiempo. "
            "Vuelva a intentarlo en un momento."
        )
    elif isinstance(error, SQLAlchemyError):
        text = "La base de datos no respondió como se esperaba; no se guardó lo que faltaba."
    elif isinstance(error, OSError):
        where = f" «{error.filename}»" if error.filename else ""
        text = f"No se pudo leer o escribir{where}: {error.strerror or error}."
    else:
        text = "Algo falló de forma inesperada; lo ya guardado se conserva."
    if logged is not None:
        text += f" Detalles para soporte en «{logged}»."
    if args.json:
        print(json.dumps({"ok": False, "error": text}, ensure_ascii=False))
    print(f"Error: {text}", file=sys.stderr)
    return 1
