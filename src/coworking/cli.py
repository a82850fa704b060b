"""The ``coworking`` command: the desktop program by default, subcommands over the services.

Exit codes: 0 done, 1 user error (bad input or refused action, explained on stderr),
2 usage error (argparse).
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

from coworking import __version__
from coworking.cli_common import ReportedError
from coworking.core.errors import UserError

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
    parser.add_argument("--site-name", help="nombre del espacio (primera vez)")
    parser.add_argument("--canton", help="código INEC del cantón, p. ej. 1308 (Manta)")
    parser.add_argument("--admin", help="usuario del primer administrador")
    parser.add_argument("--admin-name", help="nombre completo del primer administrador")


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
            f"fecha no válida: «{text}» (use AAAA-MM-DD, por ejemplo 2027-03-01)"
        ) from None
    if not 2000 <= day.year <= 2099:
        raise argparse.ArgumentTypeError(f"«{text}»: el día debe estar entre los años 2000 y 2099")
    return day


def _configure_demo(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--people", type=int, default=500, help="personas (por defecto 500)")
    parser.add_argument(
        "--seed",
        type=int,
        default=1,
        help="semilla: la misma (con el mismo --today) da los mismos datos",
    )
    parser.add_argument(
        "--today",
        type=_demo_day,
        metavar="AAAA-MM-DD",
        help="día de la demostración, a las 10:30 (hora de Ecuador); por defecto, ahora mismo",
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
    parser.add_argument("--out", required=True, type=Path, help="archivo de la copia")


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
        f"{rows} filas, comprobada).",
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
    parser.add_argument("code", help="código de la credencial o del carné, como lo lee el escáner")
    where = parser.add_mutually_exclusive_group(required=True)
    where.add_argument("--event", type=int, help="evento (ID): entrada a una feria")
    where.add_argument("--site", type=int, help="espacio (ID): entrada o salida del coworking")
    parser.add_argument(
        "--station", default="línea de comandos", help="nombre de la estación (entrada)"
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
    which.add_argument("--event", type=int, help="credenciales de las inscripciones del evento")
    which.add_argument(
        "--people", choices=["all"], help="all: carnés de todas las personas del coworking"
    )
    parser.add_argument(
        "--role",
        choices=["candidate", "employer_rep", "staff", "visitor"],
        help="solo un rol del evento",
    )
    parser.add_argument("--out", type=Path, required=True, help="archivo PDF que se escribe")
    parser.add_argument(
        "--stock",
        default="a4",
        help="formato: a4 (8 por hoja, con marcas de corte), letter, l4785 (etiquetas 80x50 mm), "
        "id1 (tarjeta 85,6x54 mm), label4x3 (etiqueta térmica de 4x3 pulgadas)",
    )


def _run_badges(args: argparse.Namespace) -> dict[str, Any]:
    from coworking.core import audit, badges
    from coworking.core.badge_stock import stock as find_stock
    from coworking.db.enums import RegistrationRole

    stock = find_stock(args.stock)
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
        "message": f"{len(found)} credenciales en {pages} páginas ({stock.label}): {args.out}",
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
    Command("init", "crear o actualizar la base de datos", _configure_init, _run_init),
    Command("demo", "llenar con datos de demostración realistas", _configure_demo, _run_demo),
    Command("backup", "copia de seguridad comprobada", _configure_backup, _run_backup),
    Command(
        "import",
        "importar personas o inscripciones desde CSV o Excel",
        _configure_import,
        _run_import,
    ),
    Command(
        "checkin",
        "registrar una entrada a un evento, o una entrada o salida del coworking",
        _configure_checkin,
        _run_checkin,
    ),
    Command("badges", "credenciales en PDF listas para imprimir", _configure_badges, _run_badges),
    Command(
        "report",
        "resumen de asistencia de un espacio o una feria, en PDF o Excel",
        _configure_report,
        _run_report,
    ),
    Command(
        "export",
        "lote de archivos CSV para el municipio (lo que cambió, o todo)",
        _configure_export,
        _run_export,
    ),
]


def _common_options(defaults: bool) -> argparse.ArgumentParser:
    """``--db`` and ``--json``, accepted before or after the subcommand.

    Subcommands leave them unset unless given, so a value before the subcommand is kept.
    """
    common = argparse.ArgumentParser(add_help=False)
    unset = {} if defaults else {"default": argparse.SUPPRESS}
    common.add_argument(
        "--db",
        metavar="URL",
        help="base de datos (por defecto COWORKING_DB o el archivo SQLite local)",
        **({"default": None} | unset),
    )
    common.add_argument("--json", action="store_true", help="resultado en JSON", **unset)
    return common


def build_parser() -> argparse.ArgumentParser:
    common = _common_options(defaults=True)
    parser = argparse.ArgumentParser(
        prog="coworking",
        parents=[common],
        description="Coworking y ferias de empleo. Sin subcomando abre el programa.",
    )
    parser.add_argument("--version", action="version", version=f"coworking {__version__}")
    parser.add_argument("--lang", choices=["es", "en"], help="idioma de la interfaz")
    parser.add_argument(
        "--smoke", action="store_true", help="prueba de arranque: abre la primera ventana y termina"
    )
    parser.add_argument(
        "--smoke-user",
        metavar="USUARIO",
        help="con --smoke: inicia sesión (contraseña por la entrada estándar)",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="SUBCOMANDO")
    sub_common = _common_options(defaults=False)
    for command in COMMANDS:
        sub = subparsers.add_parser(
            command.name, help=command.help, parents=[sub_common], description=command.help
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
    parser = build_parser()
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
    return 0
