"""Importing employers from a spreadsheet (the municipality's list of inclusive employers), a
batch at a time like people (:mod:`coworking.core.import_batches`): the same value mapping for
the sector, the same accounting, the same limits.

Columns: RUC and trade name (required), sector (CIIU section letter or name), contact name,
phone, e-mail, inclusive-hiring commitment (sí/no). An employer whose RUC is already
registered is updated, not duplicated. A contact phone or e-mail that cannot be read never
refuses the employer: it comes in without it, with a warning that keeps what was written."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from coworking.core import accounts, audit, fairs, import_batches, people
from coworking.core.errors import UserError
from coworking.core.import_batches import Item, Progress, Sessions
from coworking.core.import_mapping import ImportMapping, find_columns
from coworking.core.import_report import ImportCounts, RowProblem, warning
from coworking.core.importing import prepare
from coworking.core.person_bulk import insert_rows
from coworking.core.person_columns import convert, is_formula
from coworking.core.phones import read_phone
from coworking.core.tables import MAX_CELL, SheetRow
from coworking.core.text import search_key
from coworking.db.base import utcnow
from coworking.db.models import Employer, StaffUser

CHUNK = 500
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
    "sector": ("sector", "ciiu", "actividad", "seccion ciiu", "actividad economica"),
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
LIMITS = {"trade_name": 150, "contact_name": 120, "contact_phone": 20, "contact_email": 120}
YES = {"si", "s", "x", "yes", "y", "1", "true", "verdadero"}
NO = {"no", "n", "0", "false", "falso", ""}


@dataclass
class EmployerImportReport(ImportCounts):
    created: int = 0
    updated: int = 0


def map_employer_columns(headers: list[str], mapping: ImportMapping) -> dict[str, int]:
    """Field -> column index: a saved mapping first, then the usual names."""
    return find_columns(headers, mapping, COLUMNS)


class EmployerPlan:
    kind = "employers"

    def __init__(self, headers: list[str], mapping: ImportMapping, report: EmployerImportReport):
        self.headers, self.mapping, self.report = headers, mapping, report
        self.columns = map_employer_columns(headers, mapping)
        self.seen: dict[str, int] = {}

    def header(self, name: str) -> str:
        return self.headers[self.columns[name]] if name in self.columns else LABELS[name]

    def read(self, row: SheetRow, report: ImportCounts) -> fairs.EmployerInput | None:
        values: dict[str, str] = {}
        found: list[RowProblem] = []
        for name, index in self.columns.items():
            text = row.cells[index] if index < len(row.cells) else ""
            if index in row.no_value:
                found.append(
                    RowProblem(
                        row.number,
                        self.headers[index],
                        "la celda tiene una fórmula sin resultado guardado: abra el archivo en "
                        "Excel, guárdelo y vuelva a importarlo",
                    )
                )
                continue
            limit = LIMITS.get(name, MAX_CELL)
            problem = None
            if text and is_formula(text):
                problem = "contiene una fórmula; escriba solo el dato"
            elif len(text) > limit:
                problem = f"el texto tiene {len(text)} caracteres; el máximo es {limit}"
            if problem and name in ("contact_phone", "contact_email"):
                report.warnings.append(
                    warning(row.number, self.headers[index], f"{problem}; se importa sin él")
                )
                continue
            if problem:
                found.append(RowProblem(row.number, self.headers[index], problem))
                continue
            values[name] = text
        data = fairs.EmployerInput(values.get("ruc", ""), values.get("trade_name", ""))
        if values.get("ruc"):
            try:
                data.ruc = fairs.normalise_ruc(values["ruc"])
            except UserError as error:
                found.append(RowProblem(row.number, self.header("ruc"), str(error)))
        elif not any(p.column == self.header("ruc") for p in found):
            found.append(RowProblem(row.number, self.header("ruc"), "falta el RUC"))
        if values.get("sector"):
            try:
                data.sector = convert("sector", values["sector"], self.mapping.values) or None
            except UserError as error:
                found.append(RowProblem(row.number, self.header("sector"), str(error)))
        if not values.get("trade_name") and not any(
            p.column == self.header("trade_name") for p in found
        ):
            found.append(
                RowProblem(row.number, self.header("trade_name"), "falta el nombre comercial")
            )
        commitment = search_key(values.get("inclusive_commitment", ""))
        if commitment in YES:
            data.inclusive_commitment = True
        elif commitment not in NO:
            found.append(
                RowProblem(
                    row.number,
                    self.header("inclusive_commitment"),
                    f"escriba sí o no: «{values['inclusive_commitment']}»",
                )
            )
        data.contact_name = values.get("contact_name") or None
        data.contact_phone = self._phone(row.number, values.get("contact_phone", ""), report)
        data.contact_email = self._email(row.number, values.get("contact_email", ""), report)
        if not found and data.ruc in self.seen:
            found.append(
                RowProblem(
                    row.number, self.header("ruc"), f"RUC repetido (fila {self.seen[data.ruc]})"
                )
            )
        if found:
            report.problems.extend(found)
            return None
        self.seen[data.ruc] = row.number
        return data

    def _phone(self, number: int, text: str, report: ImportCounts) -> str | None:
        if not text:
            return None
        reading = read_phone(text)
        if reading.error:
            report.warnings.append(
                warning(
                    number,
                    self.header("contact_phone"),
                    f"{reading.error.rstrip('.')}; se importa sin teléfono",
                )
            )
            return None
        if reading.warning:
            report.warnings.append(warning(number, self.header("contact_phone"), reading.warning))
        return text

    def _email(self, number: int, text: str, report: ImportCounts) -> str | None:
        if not text:
            return None
        if people.is_email(text):
            return text
        report.warnings.append(
            warning(
                number,
                self.header("contact_email"),
                f"el correo electrónico no es válido; se importa sin correo (escrito: "
                f"«{text[:60]}»)",
            )
        )
        return None

    def _existing(self, session: Session, items: list[Item[fairs.EmployerInput]]) -> dict:
        rucs = sorted({item.value.ruc for item in items})
        found: dict[str, Employer] = {}
        for start in range(0, len(rucs), CHUNK):
            for employer in session.scalars(
                select(Employer).where(Employer.ruc.in_(rucs[start : start + CHUNK]))
            ):
                found[employer.ruc] = employer
        return found

    def prepare(self, session: Session, items: list[Item[fairs.EmployerInput]]) -> None:
        """Nothing to read before the write lock."""

    def check(self, session: Session, items: list[Item[fairs.EmployerInput]], report) -> None:
        existing = self._existing(session, items)
        for item in items:
            if item.value.ruc in existing:
                self.report.updated += 1
            else:
                self.report.created += 1
        report.done += len(items)

    def write(self, session: Session, items: list[Item[fairs.EmployerInput]], report) -> None:
        existing = self._existing(session, items)
        now = utcnow()
        new = []
        for item in items:
            data = item.value
            employer = existing.get(data.ruc)
            if employer is not None:
                data.active = employer.active  # a deactivated employer stays so
                fairs.save_employer(session, None, data, employer.id)
                self.report.updated += 1
                continue
            new.append(
                {
                    "ruc": data.ruc,
                    "trade_name": data.trade_name.strip(),
                    "sector": data.sector,
                    "contact_name": (data.contact_name or "").strip() or None,
                    "contact_phone": data.contact_phone,
                    "contact_email": data.contact_email,
                    "inclusive_commitment": data.inclusive_commitment,
                    "active": True,
                    "created_at": now,
                    "updated_at": now,
                }
            )
        insert_rows(session, Employer, new)
        audit.record_created(session, "employer", new)
        self.report.created += len(new)
        report.done += len(items)


def import_employers(
    database: Sessions,
    actor: StaffUser | None,
    path: Path,
    *,
    dry_run: bool = False,
    mapping: ImportMapping | None = None,
    errors_file: Path | None = None,
    progress: Progress | None = None,
) -> EmployerImportReport:
    """Check every row and (unless ``dry_run``) add or update the employers, a batch at a time."""
    if actor is not None:
        accounts.require_role(actor, accounts.REPORTS)
    source, mapping = prepare(path, mapping, errors_file)
    mapping.check_fields(LABELS)
    report = EmployerImportReport(source.name)
    plan = EmployerPlan(source.headers, mapping, report)
    missing = [LABELS[n] for n in ("ruc", "trade_name") if n not in plan.columns]
    if missing:
        raise UserError(f"«{source.name}»: falta la columna {', '.join(missing)} (fila 1).")
    if dry_run:
        import_batches.check_only(database, source, plan, report, progress=progress)
    else:
        import_batches.run(database, actor, source, plan, report, progress=progress)
    return report
