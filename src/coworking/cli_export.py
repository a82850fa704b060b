"""``coworking export``: the next batch of CSV files for the municipality (only what changed,
or everything with ``--full``), or an earlier batch written again with ``--recreate N``.

Meant to be run by hand or from a scheduler (cron, Windows Task Scheduler): it needs no
answer from anybody and exits 1, with the reason on stderr, when it cannot write the batch.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import asdict, replace
from pathlib import Path
from typing import Any

from coworking.cli_i18n import translate
from coworking.core.plurals import count_text

IDENTIFIED_WARNING = (
    "Atención: el lote identificado lleva datos personales (nombres, documentos, teléfonos, "
    "correos y fechas de nacimiento), también de personas que no consintieron las "
    "estadísticas. Guárdelo cifrado, no lo envíe por correo ni por chat y bórrelo cuando ya "
    "no haga falta. Queda registrado en la auditoría."
)


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--out",
        type=Path,
        required=True,
        metavar=translate("CommandLine", "FOLDER"),
        help=translate("CommandLine", "folder where the batch is made (lote-000012)"),
    )
    parser.add_argument(
        "--full",
        action="store_true",
        help=translate("CommandLine", "every row, not only what changed"),
    )
    parser.add_argument(
        "--identified",
        action="store_true",
        help=translate(
            "CommandLine",
            "with names, documents and contacts (personal data; recorded in the audit)",
        ),
    )
    parser.add_argument(
        "--delimiter",
        choices=[",", ";"],
        help=translate(
            "CommandLine",
            "field separator (the one chosen in the program if not given; else the comma)",
        ),
    )
    parser.add_argument(
        "--recreate",
        type=int,
        metavar="N",
        help=translate(
            "CommandLine", "write batch N again exactly as it was written the first time"
        ),
    )


def _batch_json(batch: Any) -> dict[str, Any]:
    info = asdict(batch)
    info["created_at"] = batch.created_at.isoformat()
    info["rows"] = batch.rows
    return info


def _message(batch: Any, verb: str) -> str:
    from coworking.core.export_folders import INDICATORS

    name = "identificado " if batch.kind == "identificado" else ""
    kind = "" if batch.kind == "identificado" else f" ({batch.kind})"
    lines = [
        f"Lote {name}{batch.number}{kind} {verb} en «{batch.folder}»: "
        f"{count_text(batch.rows, 'fila', 'filas')} en "
        f"{count_text(len(batch.files), 'archivo', 'archivos')}."
    ]
    if batch.rows == 0 and batch.kind == "incremental":
        lines.append("Nada cambió desde el lote anterior: los archivos van sin filas.")
    for info in batch.files:
        note = " (indicadores mensuales)" if info.name == INDICATORS else ""
        lines.append(f"  {info.name}: {count_text(info.rows, 'fila', 'filas')}{note}")
    return "\n".join(lines)


def run(args: argparse.Namespace, database_for: Any) -> dict[str, Any]:
    from coworking.core import audit, exports
    from coworking.core.errors import UserError
    from coworking.core.export_folders import check_out_dir

    if args.recreate is not None and (args.full or args.delimiter):
        raise UserError("--recreate escribe el lote tal como fue: no admite --full ni --delimiter.")
    check_out_dir(args.out)
    if args.identified:
        print(IDENTIFIED_WARNING, file=sys.stderr)
    database = database_for(args)
    try:
        if args.recreate is not None:
            with database.sessions() as session, session.begin():
                audit.act_as_terminal(session)
                folder = exports.recreate(
                    session, args.recreate, args.out, identified=args.identified
                )
                kind = "identificado" if args.identified else None
                batch = next(
                    b
                    for b in exports.history(session)
                    if b.number == args.recreate and (b.kind == "identificado") == bool(kind)
                )
            batch = replace(batch, folder=str(folder))
            verb = "escrito de nuevo, idéntico,"
        else:
            batch = exports.export_batch(
                database,
                None,
                args.out,
                full=args.full,
                identified=args.identified,
                delimiter=args.delimiter,
            )
            verb = "escrito"
    finally:
        database.dispose()
    return {"message": _message(batch, verb), **_batch_json(batch)}
