"""Importing people from a spreadsheet: every row validated, nothing half-imported, no
duplicates on a second run. Problems name the row (as the spreadsheet numbers it), the column
and what is wrong, and can be saved as a CSV for whoever fixes the file.

Rows that are likely duplicates (:mod:`coworking.core.duplicates`) of someone registered or
of an earlier row are imported all the same and listed, row by row, for review: see
:func:`likely_duplicate_rows`."""

from __future__ import annotations

import csv
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import insert, select, tuple_
from sqlalchemy.orm import Session

from coworking.core import accounts, duplicates, people
from coworking.core.errors import UserError
from coworking.core.people import CONSENT_VERSION, PersonInput
from coworking.core.person_columns import FIELD_LABELS, convert, is_formula, map_columns
from coworking.core.tables import Table, read_table
from coworking.core.text import person_search_name
from coworking.db.enums import DocumentType
from coworking.db.models import ConsentRecord, Person, PersonDocument, PersonToken, StaffUser

BATCH = 1000


@dataclass(frozen=True)
class RowProblem:
    row: int
    column: str
    message: str


@dataclass(frozen=True)
class DuplicateRow:
    """A row that may be the same person as someone registered (``other_id``) or as an
    earlier row of the file (``other_row``): imported, never merged, listed for review."""

    row: int
    other_name: str
    reason: str  # in Spanish: «mismo teléfono», …
    other_row: int | None = None
    other_id: int | None = None

    @property
    def message(self) -> str:
        """«posible duplicado de «Ana Loor» (fila 3 del archivo): mismo teléfono»."""
        where = f"fila {self.other_row} del archivo" if self.other_row else "ya registrada"
        return f"posible duplicado de «{self.other_name}» ({where}): {self.reason}"


@dataclass
class ImportReport:
    file: str
    rows: int = 0
    created: int = 0
    already_registered: int = 0
    problems: list[RowProblem] = field(default_factory=list)
    likely_duplicates: list[DuplicateRow] = field(default_factory=list)
    mapped: dict[str, str] = field(default_factory=dict)  # column header -> field label
    written: bool = False

    @property
    def invalid_rows(self) -> int:
        return len({p.row for p in self.problems})


def column_label(table: Table, mapping: dict[int, str], field_name: str) -> str:
    for index, name in mapping.items():
        if name.split(":")[0] == field_name:
            return table.headers[index]
    return FIELD_LABELS.get(field_name, field_name)


def row_input(
    table: Table, mapping: dict[int, str], number: int, cells: list[str], problems: list[RowProblem]
) -> PersonInput | None:
    values: dict[str, object] = {}
    found: list[RowProblem] = []
    for index, target in mapping.items():
        text = cells[index].strip() if index < len(cells) else ""
        if not text:
            continue
        header = table.headers[index]
        if is_formula(text):
            found.append(RowProblem(number, header, "contiene una fórmula; escriba solo el dato"))
            continue
        name, _, implied_type = target.partition(":")
        try:
            values[name] = convert(name, text)
        except UserError as error:
            found.append(RowProblem(number, header, str(error)))
            continue
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
    reported = {problem.column for problem in found}
    for name, message in people.validate(data).by_field.items():
        column = column_label(table, mapping, name)
        if column not in reported:  # one problem per cell: the first one found
            found.append(RowProblem(number, column, message))
    problems.extend(found)
    return None if found else data


def import_people(
    session: Session,
    actor: StaffUser,
    path: Path,
    *,
    dry_run: bool = False,
    strict: bool = False,
    mapping: dict[str, str] | None = None,
    purposes: tuple[str, ...] = ("registro",),
) -> ImportReport:
    """Read, check every row, then (unless ``dry_run``, or ``strict`` with any problem) add
    the valid rows that are not registered yet, with their consent, in the caller's unit of
    work. People already registered (same document; or, without one, the same names and birth
    date, or the same names and phone without a birth date) are counted, not added again; an
    exact repeat within the file is a problem of its row.

    A row that is only *likely* the same person as someone registered or an earlier row
    (``report.likely_duplicates``) is imported and flagged, not skipped: unlike an exact
    match it may well be someone else (namesakes, a family sharing one phone), a skipped row
    could never come in through the file, and merging is a coordinator's decision, taken in
    the list of likely duplicates, never the importer's. The check shows these rows before
    anything is written, so the file can still be corrected first."""
    if actor is not None:  # None: the command line, audited as the terminal's user
        accounts.require_role(actor, accounts.REPORTS)
    table = read_table(path)
    columns = map_columns(table.headers, mapping)
    report = ImportReport(Path(path).name, rows=len(table.rows))
    report.mapped = {table.headers[i]: FIELD_LABELS[f.split(":")[0]] for i, f in columns.items()}
    missing = {"given_names", "family_names"} - {f for f in columns.values()}
    if missing:
        names = ", ".join(FIELD_LABELS[m] for m in sorted(missing))
        raise UserError(f"«{report.file}»: falta la columna {names} (fila 1).")
    candidates: list[tuple[int, PersonInput]] = []
    seen_documents: dict[tuple[str, str], int] = {}
    seen_people: dict[tuple[str, object, object], int] = {}
    for number, cells in table.rows:
        data = row_input(table, columns, number, cells, report.problems)
        if data is None:
            continue
        if data.document_number:
            key = (data.document_type.value, data.document_number)
            if key in seen_documents:
                report.problems.append(
                    RowProblem(
                        number,
                        column_label(table, columns, "document_number"),
                        f"documento repetido en el archivo (fila {seen_documents[key]})",
                    )
                )
                continue
            seen_documents[key] = number
        identity = exact_identity(data)
        if not data.document_number and identity is not None and identity in seen_people:
            report.problems.append(
                RowProblem(
                    number,
                    column_label(table, columns, "given_names"),
                    f"persona repetida en el archivo (ya está en la fila {seen_people[identity]})",
                )
            )
            continue
        if identity is not None:
            seen_people.setdefault(identity, number)
        candidates.append((number, data))
    new = _not_registered(session, candidates, report)
    report.likely_duplicates = likely_duplicate_rows(session, new)
    if dry_run or (strict and report.problems):
        return report
    add_people(session, actor, [data for _, data in new], purposes)
    report.created, report.written = len(new), True
    return report


def _not_registered(
    session: Session, candidates: list[tuple[int, PersonInput]], report: ImportReport
) -> list[tuple[int, PersonInput]]:
    documents = {(d.document_type, d.document_number) for _, d in candidates if d.document_number}
    registered: set[tuple] = set()
    items = sorted(documents)
    for start in range(0, len(items), 500):
        chunk = items[start : start + 500]
        for model in (Person, PersonDocument):  # further documents too, brought by merges
            registered |= set(
                session.execute(
                    select(model.document_type, model.document_number).where(
                        tuple_(model.document_type, model.document_number).in_(chunk)
                    )
                ).all()
            )
    names = {
        person_search_name(d.given_names, d.family_names)
        for _, d in candidates
        if not d.document_number and exact_identity(d) is not None
    }
    known: set[tuple[str, object, object]] = set()
    name_list = sorted(names)
    for start in range(0, len(name_list), 500):
        for name, born, phone in session.execute(
            select(Person.search_name, Person.birth_date, Person.phone).where(
                Person.search_name.in_(name_list[start : start + 500])
            )
        ):
            known.add((name, born, None))
            known.add((name, None, phone))
    fresh = []
    for number, data in candidates:
        if (
            data.document_number
            and (data.document_type, data.document_number) in registered
            or (not data.document_number and exact_identity(data) in known)
        ):
            report.already_registered += 1
        else:
            fresh.append((number, data))
    return fresh


def exact_identity(data: PersonInput) -> tuple[str, object, object] | None:
    """What makes a row without a document the same as a registered person, for certain: the
    same names and birth date, or (without a birth date) the same names and phone."""
    name = person_search_name(data.given_names, data.family_names)
    if data.birth_date:
        return (name, data.birth_date, None)
    if data.phone:
        return (name, None, data.phone)
    return None


def likely_duplicate_rows(
    session: Session, rows: list[tuple[int, PersonInput]]
) -> list[DuplicateRow]:
    """The rows (numbered as the spreadsheet numbers them) that may be someone registered or
    an earlier one of ``rows``, with the other person's name and the reason, by row."""
    new = [duplicates.someone(number, data) for number, data in rows]
    found = [
        DuplicateRow(pair.first.key, pair.second.name, pair.reason, other_id=pair.second.key)
        for pair in duplicates.pairs_between(new, duplicates.registered_like(session, new))
    ]
    found += [  # within the file, the later row is flagged against the earlier one
        DuplicateRow(pair.second.key, pair.first.name, pair.reason, other_row=pair.first.key)
        for pair in duplicates.pairs_among(new)
    ]
    found.sort(key=lambda duplicate: duplicate.row)
    return found


def add_people(
    session: Session, actor: StaffUser | None, rows: list[PersonInput], purposes: tuple[str, ...]
) -> list[Person]:
    """ORM inserts (so the audit records each person), search words in bulk; the new people
    in the order of ``rows``."""
    created: list[Person] = []
    for start in range(0, len(rows), BATCH):
        batch = [Person() for _ in rows[start : start + BATCH]]
        for person, data in zip(batch, rows[start : start + BATCH], strict=True):
            people.apply_input(person, data)
        session.add_all(batch)
        session.flush()
        session.add_all(
            [
                ConsentRecord(
                    person_id=p.id,
                    purposes=sorted(purposes),
                    text_version=CONSENT_VERSION,
                    staff_user_id=actor.id if actor else None,
                )
                for p in batch
            ]
        )
        words = [{"person_id": p.id, "token": t} for p in batch for t in people.tokens(p)]
        if words:
            session.execute(insert(PersonToken), words)
        session.flush()
        created.extend(batch)
    return created


def write_problems(problems: Iterable[RowProblem], target: Path) -> Path:
    """The problems as a CSV a spreadsheet opens (UTF-8 with BOM, semicolons)."""
    with Path(target).open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(["fila", "columna", "problema"])
        for problem in problems:
            writer.writerow(
                [
                    problem.row,
                    "'" + problem.column if is_formula(problem.column) else problem.column,
                    problem.message,
                ]
            )
    return Path(target)
