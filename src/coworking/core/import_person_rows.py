"""One spreadsheet row as a person: every cell converted, every doubt told by row and column.

What refuses a row: no names, a document that cannot be right, a category no rule and no
person's choice can place, a date that is no date, a formula with no result. What never does:
a phone or an e-mail that cannot be read (the person comes in without it, and a warning keeps
the original text), a ragged row (it comes in with the cells it has, and says so)."""

from __future__ import annotations

from dataclasses import dataclass

from coworking.core import people
from coworking.core.errors import UserError
from coworking.core.import_mapping import ImportMapping
from coworking.core.import_report import ImportCounts, RowProblem, warning
from coworking.core.people import PersonInput
from coworking.core.person_columns import (
    FIELD_LABELS,
    TEXT_LIMITS,
    convert,
    is_formula,
    map_columns,
)
from coworking.core.phones import read_phone
from coworking.core.tables import MAX_CELL, SheetRow, TableSource
from coworking.db.enums import DocumentType

CONTACT = ("phone", "email")  # fields whose failure never costs the person
REQUIRED = ("given_names", "family_names")


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


@dataclass
class PersonRows:
    """Reads the rows of ``source`` as people, with the columns of ``mapping``."""

    source: TableSource
    mapping: ImportMapping

    def __post_init__(self) -> None:
        self.headers = self.source.headers
        self.columns = map_columns(self.headers, self.mapping.columns)
        self.meanings = self.mapping.values

    def missing(self) -> list[str]:
        """Labels of the required fields no column fills."""
        chosen = {name.split(":")[0] for name in self.columns.values()}
        return [FIELD_LABELS[name] for name in REQUIRED if name not in chosen]

    def column_of(self, field_name: str) -> str:
        for index, name in self.columns.items():
            if name.split(":")[0] == field_name:
                return self.headers[index]
        return FIELD_LABELS.get(field_name, field_name)

    def shape(self, row: SheetRow, report: ImportCounts) -> None:
        """Warn of a ragged row: fewer cells than the header, or cells past its end."""
        width = len(self.headers)
        if 0 < row.width < width:
            report.warnings.append(
                warning(
                    row.number,
                    self.headers[row.width],
                    f"la fila tiene {row.width} de {width} celdas: se importa con lo que tiene "
                    f"(faltan desde «{self.headers[row.width]}»)",
                )
            )
        elif row.width > width and any(row.cells[width:]):
            report.warnings.append(
                warning(
                    row.number,
                    f"columna {width + 1}",
                    f"la fila tiene {row.width} celdas y el encabezado {width}: las celdas sin "
                    "nombre de columna no se importan",
                )
            )

    def person(self, row: SheetRow, report: ImportCounts) -> PersonInput | None:
        """The row as a person, or None with its problems in ``report``."""
        self.shape(row, report)
        values: dict[str, object] = {}
        found: list[RowProblem] = []
        dropped: dict[str, str] = {}  # contact field -> the original text
        for index, target in self.columns.items():
            text = row.cells[index] if index < len(row.cells) else ""
            header = self.headers[index]
            name, _, implied_type = target.partition(":")
            if index in row.no_value:
                found.append(
                    RowProblem(
                        row.number,
                        header,
                        "la celda tiene una fórmula sin resultado guardado: abra el archivo en "
                        "Excel, guárdelo y vuelva a importarlo",
                    )
                )
                continue
            if not text:
                continue
            limit = TEXT_LIMITS.get(name, MAX_CELL)
            problem = None
            if is_formula(text):
                problem = "contiene una fórmula; escriba solo el dato"
            elif len(text) > limit:
                problem = f"el texto tiene {len(text):,} caracteres; el máximo es {limit}".replace(
                    ",", "."
                )
            if problem is not None:
                if name in CONTACT:
                    dropped[name] = text
                    report.warnings.append(
                        warning(row.number, header, f"{problem}; se importa sin este dato")
                    )
                else:
                    found.append(RowProblem(row.number, header, problem))
                continue
            if name in CONTACT:
                values[name] = text
                continue
            try:
                value = convert(name, text, self.meanings)
            except UserError as error:
                found.append(RowProblem(row.number, header, str(error)))
                continue
            if value is not None:
                values[name] = value
            if implied_type and "document_type" not in values:
                values["document_type"] = DocumentType(implied_type)
        if values.get("document_number") and "document_type" not in values:
            values["document_type"] = DocumentType.OTHER
        data = PersonInput(
            given_names=str(values.pop("given_names", "")),
            family_names=str(values.pop("family_names", "")),
        )
        for name, value in values.items():
            setattr(data, name, value)
        if data.document_type == DocumentType.CEDULA and data.document_number:
            digits = str(data.document_number).strip()
            if digits.isdigit() and len(digits) == 9:  # Excel dropped the leading zero
                data.document_number = "0" + digits
        self._contacts(row.number, data, report)
        reported = {problem.column for problem in found}
        phone, data.phone = data.phone, None  # read above: not parsed a second time
        checked = people.validate(data)
        data.phone = phone
        for name, message in checked.by_field.items():
            column = self.column_of(name)
            if column not in reported:  # one problem per cell: the first one found
                found.append(RowProblem(row.number, column, message))
        report.problems.extend(found)
        return None if found else data

    def _contacts(self, number: int, data: PersonInput, report: ImportCounts) -> None:
        """Phone and e-mail read here, so that a failure drops the field with a warning that
        keeps what was written; ``people.validate`` then finds them clean."""
        if data.phone:
            written = data.phone
            reading = read_phone(written, data.nationality)
            if reading.error:
                data.phone = None
                report.warnings.append(
                    warning(
                        number,
                        self.column_of("phone"),
                        f"{reading.error.rstrip('.')}; se importa sin teléfono",
                    )
                )
            else:
                data.phone = reading.e164
                if reading.warning:
                    report.warnings.append(
                        warning(number, self.column_of("phone"), reading.warning)
                    )
        if data.email:
            written = data.email.strip()
            if not people.is_email(written):
                data.email = None
                report.warnings.append(
                    warning(
                        number,
                        self.column_of("email"),
                        f"el correo electrónico no es válido; se importa sin correo (escrito: "
                        f"«{_short(written)}»)",
                    )
                )
            else:
                data.email = written
