"""Importing employers from a spreadsheet (the municipality's list of inclusive employers).

Columns: RUC and trade name (required), sector (CIIU section letter or name), contact name,
phone, e-mail, inclusive-hiring commitment (sí/no). An employer whose RUC is already
registered is updated, not duplicated.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.orm import Session

from coworking.core import accounts, fairs, reference
from coworking.core.errors import UserError
from coworking.core.importing import RowProblem
from coworking.core.person_columns import is_formula
from coworking.core.tables import read_table
from coworking.core.text import search_key
from coworking.db.models import StaffUser

COLUMNS: dict[str, tuple[str, ...]] = {
    "ruc": ("ruc", "ruc empresa", "numero de ruc"),
    "trade_name": (
        "nombre comercial",
        "empresa",
        "razon social",
        "nombre",
        "employer",
        "trade name",
    ),
    "sector": ("sector", "ciiu", "actividad", "seccion ciiu"),
    "contact_name": ("contacto", "persona de contacto", "nombre de contacto", "contact"),
    "contact_phone": ("telefono", "celular", "telefono de contacto", "phone"),
    "contact_email": ("correo", "correo electronico", "email", "e-mail"),
    "inclusive_commitment": (
        "compromiso",
        "compromiso inclusivo",
        "contratacion inclusiva",
        "inclusive",
    ),
}
LABELS = {
    "ruc": "RUC",
    "trade_name": "Nombre comercial",
    "sector": "Sector",
    "contact_name": "Contacto",
    "contact_phone": "Teléfono",
    "contact_email": "Correo",
    "inclusive_commitment": "Compromiso inclusivo",
}
YES = {"si", "sí", "s", "x", "yes", "y", "1", "true", "verdadero"}
NO = {"no", "n", "0", "false", "falso", ""}


@dataclass
class EmployerImportReport:
    file: str
    rows: int = 0
    created: int = 0
    updated: int = 0
    problems: list[RowProblem] = field(default_factory=list)
    written: bool = False

    @property
    def invalid_rows(self) -> int:
        return len({p.row for p in self.problems})


def _sector(text: str) -> str:
    sections = reference.ciiu_sections()
    by_key = {search_key(e.code): e.code for e in sections}
    by_key.update({search_key(e.name): e.code for e in sections})
    code = by_key.get(search_key(text))
    if code is None:  # the words of a shortened name, e.g. «Alojamiento y servicio de comidas»
        words = set(search_key(text).split())
        matches = [e.code for e in sections if words <= set(search_key(e.name).split())]
        code = matches[0] if len(matches) == 1 else None
    if code is None:
        raise UserError(f"sector no reconocido: «{text}» (use la letra de la sección CIIU)")
    return code


def import_employers(
    session: Session, actor: StaffUser | None, path: Path, *, dry_run: bool = False
) -> EmployerImportReport:
    if actor is not None:
        accounts.require_role(actor, accounts.REPORTS)
    table = read_table(path)
    report = EmployerImportReport(Path(path).name, rows=len(table.rows))
    columns: dict[str, int] = {}
    for index, header in enumerate(table.headers):
        key = search_key(header).rstrip(":").strip()
        for name, aliases in COLUMNS.items():
            if key in aliases and name not in columns:
                columns[name] = index
    missing = [LABELS[n] for n in ("ruc", "trade_name") if n not in columns]
    if missing:
        raise UserError(f"«{report.file}»: falta la columna {', '.join(missing)} (fila 1).")
    valid: list[tuple[int, fairs.EmployerInput]] = []
    seen: dict[str, int] = {}
    for number, cells in table.rows:
        values: dict[str, str] = {}
        found: list[RowProblem] = []
        for name, index in columns.items():
            text = cells[index].strip() if index < len(cells) else ""
            if text and is_formula(text):
                found.append(
                    RowProblem(
                        number, table.headers[index], "contiene una fórmula; escriba solo el dato"
                    )
                )
            values[name] = text
        data = fairs.EmployerInput(values["ruc"], values["trade_name"])
        for name, convert in (
            ("ruc", fairs.normalise_ruc),
            ("sector", _sector),
        ):
            if values.get(name) and not any(
                p.column == table.headers[columns[name]] for p in found
            ):
                try:
                    setattr(data, name, convert(values[name]))
                except UserError as error:
                    found.append(RowProblem(number, table.headers[columns[name]], str(error)))
        if not values["trade_name"]:
            found.append(
                RowProblem(
                    number, table.headers[columns["trade_name"]], "falta el nombre comercial"
                )
            )
        commitment = search_key(values.get("inclusive_commitment", ""))
        if commitment in YES:
            data.inclusive_commitment = True
        elif commitment not in NO:
            found.append(
                RowProblem(
                    number,
                    table.headers[columns["inclusive_commitment"]],
                    f"escriba sí o no: «{values['inclusive_commitment']}»",
                )
            )
        data.contact_name = values.get("contact_name") or None
        data.contact_phone = values.get("contact_phone") or None
        data.contact_email = values.get("contact_email") or None
        if not found and data.ruc in seen:
            found.append(
                RowProblem(
                    number, table.headers[columns["ruc"]], f"RUC repetido (fila {seen[data.ruc]})"
                )
            )
        if found:
            report.problems.extend(found)
            continue
        seen[data.ruc] = number
        valid.append((number, data))
    for _number, data in valid:
        existing = fairs.employer_by_ruc(session, data.ruc)
        if existing is None:
            report.created += 1
        else:
            report.updated += 1
            data.active = existing.active  # a deactivated employer stays so
        if not dry_run:
            fairs.save_employer(session, actor, data, existing.id if existing else None)
    report.written = not dry_run
    return report
