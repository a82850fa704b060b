"""Importing an event's pre-registrations from a spreadsheet.

Each row is a person (the same columns as the people import) plus, optionally, their role at
the event («Rol»: candidato, empresa, personal, visitante) and, for employer representatives,
their employer («RUC» or «Empresa»). People already in the registry (same document, or same
names and birth date, or same names and phone) are registered, not created again; a second run
adds nothing. A new person who is only likely someone registered, or an earlier row, is
created, registered and listed for review (see :func:`import_registrations`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from coworking.core import accounts, consents, fairs, registrations
from coworking.core.errors import UserError
from coworking.core.importing import (
    DuplicateRow,
    RowProblem,
    add_people,
    column_label,
    exact_identity,
    likely_duplicate_rows,
    row_input,
)
from coworking.core.people import PersonInput
from coworking.core.person_columns import FIELD_LABELS, is_formula, map_columns
from coworking.core.tables import read_table
from coworking.core.text import person_search_name, search_key
from coworking.db.enums import RegistrationRole
from coworking.db.models import Employer, Person, Registration, StaffUser

ROLE_COLUMNS = ("rol", "role", "tipo de participante", "participante", "tipo")
RUC_COLUMNS = ("ruc", "ruc empresa", "ruc de la empresa")
EMPLOYER_COLUMNS = ("empresa", "organizacion", "empleador", "employer", "company")

ROLES = {
    "candidato": RegistrationRole.CANDIDATE,
    "candidata": RegistrationRole.CANDIDATE,
    "candidato/a": RegistrationRole.CANDIDATE,
    "postulante": RegistrationRole.CANDIDATE,
    "buscador de empleo": RegistrationRole.CANDIDATE,
    "candidate": RegistrationRole.CANDIDATE,
    "empresa": RegistrationRole.EMPLOYER_REP,
    "empleador": RegistrationRole.EMPLOYER_REP,
    "representante": RegistrationRole.EMPLOYER_REP,
    "reclutador": RegistrationRole.EMPLOYER_REP,
    "employer": RegistrationRole.EMPLOYER_REP,
    "personal": RegistrationRole.STAFF,
    "staff": RegistrationRole.STAFF,
    "voluntario": RegistrationRole.STAFF,
    "voluntaria": RegistrationRole.STAFF,
    "visitante": RegistrationRole.VISITOR,
    "visitor": RegistrationRole.VISITOR,
}


@dataclass
class RegistrationImportReport:
    file: str
    event: str = ""
    rows: int = 0
    people_created: int = 0
    registered: int = 0
    already_registered: int = 0
    problems: list[RowProblem] = field(default_factory=list)
    likely_duplicates: list[DuplicateRow] = field(default_factory=list)
    written: bool = False

    @property
    def invalid_rows(self) -> int:
        return len({p.row for p in self.problems})


@dataclass
class _Row:
    number: int
    person: PersonInput
    role: RegistrationRole
    employer_id: int | None
    person_id: int | None = None


def _find_column(headers: list[str], names: tuple[str, ...]) -> int | None:
    for index, header in enumerate(headers):
        if search_key(header).rstrip(":").strip() in names:
            return index
    return None


def _cell(cells: list[str], index: int | None) -> str:
    return cells[index].strip() if index is not None and index < len(cells) else ""


def _existing_person(session: Session, data: PersonInput) -> int | None:
    query = select(Person.id).where(Person.merged_into_id.is_(None))
    if data.document_number:
        query = query.where(
            Person.document_type == data.document_type,
            Person.document_number == data.document_number,
        )
    elif (identity := exact_identity(data)) is not None:
        name, born, phone = identity
        query = query.where(Person.search_name == name)
        query = query.where(Person.birth_date == born if born else Person.phone == phone)
    else:
        return None
    return session.scalars(query.order_by(Person.id).limit(1)).first()


def import_registrations(
    session: Session,
    actor: StaffUser | None,
    path: Path,
    event_id: int,
    *,
    dry_run: bool = False,
    strict: bool = False,
    mapping: dict[str, str] | None = None,
) -> RegistrationImportReport:
    """Check every row, then (unless ``dry_run``, or ``strict`` with a problem) create the
    people not yet registered and register everyone for the event, in the caller's unit of
    work. Problems name the row, the column and what is wrong.

    A row that is only likely someone registered or an earlier row
    (``report.likely_duplicates``) gets its own new person, registered like the others, and
    is listed: skipping it would leave a person who may well be someone else (a namesake, a
    relative on the same phone) without a badge, and registering the other person instead
    would be a silent merge. A coordinator merges or dismisses the pair afterwards in the
    list of likely duplicates (a merge carries the registration over)."""
    if actor is not None:
        accounts.require_role(actor, accounts.REPORTS)
    event = fairs.get_event(session, event_id)
    table = read_table(path)
    report = RegistrationImportReport(Path(path).name, event.name, rows=len(table.rows))
    columns = map_columns(table.headers, mapping)
    missing = {"given_names", "family_names"} - set(columns.values())
    if missing:
        names = ", ".join(FIELD_LABELS[m] for m in sorted(missing))
        raise UserError(f"«{report.file}»: falta la columna {names} (fila 1).")
    role_col = _find_column(table.headers, ROLE_COLUMNS)
    ruc_col = _find_column(table.headers, RUC_COLUMNS)
    employer_col = _find_column(table.headers, EMPLOYER_COLUMNS)
    employers_by_name = {
        search_key(e.trade_name): e.id for e in session.scalars(select(Employer)).all()
    }
    rows: list[_Row] = []
    seen: dict[tuple, int] = {}
    for number, cells in table.rows:
        before = len(report.problems)
        data = row_input(table, columns, number, cells, report.problems)
        role_text = _cell(cells, role_col)
        role = RegistrationRole.CANDIDATE
        if role_text:
            found = ROLES.get(search_key(role_text))
            if found is None:
                report.problems.append(
                    RowProblem(
                        number,
                        table.headers[role_col],  # type: ignore[index]
                        f"rol no reconocido: «{role_text}» (candidato, empresa, personal o "
                        "visitante)",
                    )
                )
            else:
                role = found
        employer_id = None
        if role == RegistrationRole.EMPLOYER_REP:
            employer_id = _employer(
                session,
                table.headers,
                cells,
                number,
                ruc_col,
                employer_col,
                employers_by_name,
                report.problems,
            )
        if data is None or len(report.problems) > before:
            continue
        identity = (
            (data.document_type.value, data.document_number)
            if data.document_number
            else exact_identity(data)
            or (person_search_name(data.given_names, data.family_names), None, None)
        )
        if identity in seen:
            report.problems.append(
                RowProblem(
                    number,
                    column_label(table, columns, "given_names"),
                    f"persona repetida en el archivo (ya está en la fila {seen[identity]})",
                )
            )
            continue
        seen[identity] = number
        rows.append(_Row(number, data, role, employer_id, _existing_person(session, data)))
    registered_ids = set(
        session.scalars(
            select(Registration.person_id).where(
                Registration.event_id == event_id, Registration.cancelled_at.is_(None)
            )
        )
    )
    to_register = []
    for row in rows:
        if row.person_id is not None and row.person_id in registered_ids:
            report.already_registered += 1
        else:
            to_register.append(row)
    name_column = column_label(table, columns, "given_names")
    to_register = _with_consent(session, to_register, name_column, report.problems)
    report.likely_duplicates = likely_duplicate_rows(
        session, [(r.number, r.person) for r in to_register if r.person_id is None]
    )
    if dry_run or (strict and report.problems):
        report.people_created = sum(1 for r in to_register if r.person_id is None)
        report.registered = len(to_register)
        return report
    new_rows = [r for r in to_register if r.person_id is None]
    created = add_people(session, actor, [r.person for r in new_rows], ("registro",))
    for row, person in zip(new_rows, created, strict=True):
        row.person_id = person.id
    report.people_created = len(created)
    for row in to_register:
        assert row.person_id is not None
        try:
            registrations.register(
                session,
                actor,
                event_id,
                row.person_id,
                row.role,
                employer_id=row.employer_id,
                source="import",
            )
        except UserError as error:
            report.problems.append(RowProblem(row.number, "Rol", str(error)))
            continue
        report.registered += 1
    report.written = True
    return report


def _with_consent(
    session: Session, rows: list[_Row], column: str, problems: list[RowProblem]
) -> list[_Row]:
    """The rows that may be registered: new people (they consent to «registro» as they are
    created) and registered people with a current consent for it; the others become problems."""
    known = [row.person_id for row in rows if row.person_id is not None]
    held = consents.purposes_by_person(session, known)
    kept = []
    for row in rows:
        if row.person_id is None or consents.REGISTRATION in held[row.person_id]:
            kept.append(row)
            continue
        problems.append(
            RowProblem(
                row.number,
                column,
                "la persona ya registrada no tiene consentimiento vigente para el registro y los "
                "servicios: no se inscribe (si quiere darlo de nuevo, regístrelo en su ficha, "
                "en Personas)",
            )
        )
    return kept


def _employer(
    session: Session,
    headers: list[str],
    cells: list[str],
    number: int,
    ruc_col: int | None,
    employer_col: int | None,
    by_name: dict[str, int],
    problems: list[RowProblem],
) -> int | None:
    ruc_text, name_text = _cell(cells, ruc_col), _cell(cells, employer_col)
    if ruc_text and not is_formula(ruc_text):
        employer = fairs.employer_by_ruc(session, ruc_text)
        if employer is not None:
            return employer.id
        problems.append(
            RowProblem(
                number, headers[ruc_col], f"no hay una empresa registrada con RUC «{ruc_text}»"
            )  # type: ignore[index]
        )
        return None
    if name_text:
        employer_id = by_name.get(search_key(name_text))
        if employer_id is not None:
            return employer_id
        problems.append(
            RowProblem(number, headers[employer_col], f"empresa no registrada: «{name_text}»")  # type: ignore[index]
        )
        return None
    problems.append(
        RowProblem(
            number, "RUC", "un representante de empresa necesita el RUC o el nombre de su empresa"
        )
    )
    return None
