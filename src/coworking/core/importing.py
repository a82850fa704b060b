"""Importing people from a spreadsheet: every row accounted for (imported, already registered,
refused, imported with a warning, blank), no duplicates on a second run, and the door never
stopped (:mod:`coworking.core.import_batches` writes a batch at a time). Problems name the row
(as the spreadsheet numbers it), the column and what is wrong, and can be saved as a CSV for
whoever fixes the file.

Rows that are likely duplicates (:mod:`coworking.core.duplicates`) of someone registered or
of an earlier row are imported all the same and listed, row by row, for review."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from coworking.core import accounts, duplicates, import_batches
from coworking.core.errors import UserError
from coworking.core.import_batches import Item, Progress, Sessions
from coworking.core.import_mapping import ImportMapping
from coworking.core.import_person_rows import PersonRows
from coworking.core.import_report import (
    ImportCounts,
    RowProblem,
    check_writable,
    write_problems,
)
from coworking.core.people import PersonInput
from coworking.core.person_bulk import NewPerson, insert_people, new_person
from coworking.core.person_columns import FIELD_LABELS
from coworking.core.tables import TableSource, open_table
from coworking.core.text import person_search_name
from coworking.db.enums import DocumentType
from coworking.db.models import Person, PersonDocument, StaffUser

__all__ = ["DuplicateRow", "ImportReport", "RowProblem", "import_people", "write_problems"]
CHUNK = 500  # values per IN (…)
FILE_PEOPLE_LIMIT = 50_000  # a check compares this many rows of the file with each other


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
class ImportReport(ImportCounts):
    likely_duplicates: list[DuplicateRow] = field(default_factory=list)
    mapped: dict[str, str] = field(default_factory=dict)  # column header -> field label

    @property
    def created(self) -> int:
        return self.done

    @property
    def already_registered(self) -> int:
        return self.already


def exact_identity(data: PersonInput) -> tuple[str, object, object] | None:
    """What makes a row without a document the same as a registered person, for certain: the
    same names and birth date, or (without a birth date) the same names and phone."""
    name = person_search_name(data.given_names, data.family_names)
    if data.birth_date:
        return (name, data.birth_date, None)
    if data.phone:
        return (name, None, data.phone)
    return None


def identity_key(data: PersonInput) -> str | None:
    """:func:`exact_identity` as one short string (a file's rows are remembered by it)."""
    identity = exact_identity(data)
    if identity is None:
        return None
    name, born, phone = identity
    return f"{name}|{born or ''}|{phone or ''}"


def registered_documents(session: Session, rows: Sequence[PersonInput]) -> set[tuple]:
    """(type, number) of ``rows`` already held by someone, as their own or further document.
    Asked type by type («type = ? AND number IN (…)»), which SQLite answers from the unique
    index; a row-value «(type, number) IN (…)» would read the whole table for each batch."""
    by_type: dict[DocumentType, set[str]] = {}
    for data in rows:
        if data.document_number:
            by_type.setdefault(data.document_type, set()).add(data.document_number)
    found: set[tuple] = set()
    for kind, numbers in by_type.items():
        ordered = sorted(numbers)
        for start in range(0, len(ordered), CHUNK):
            chunk = ordered[start : start + CHUNK]
            for model in (Person, PersonDocument):  # further documents too, brought by merges
                found |= {
                    (kind, number)
                    for (number,) in session.execute(
                        select(model.document_number).where(
                            model.document_type == kind, model.document_number.in_(chunk)
                        )
                    )
                }
    return found


def registered_identities(session: Session, rows: Sequence[PersonInput]) -> set[tuple]:
    """The exact identities (:func:`exact_identity`) of ``rows`` someone registered has."""
    names = sorted(
        {
            person_search_name(d.given_names, d.family_names)
            for d in rows
            if not d.document_number and exact_identity(d) is not None
        }
    )
    known: set[tuple] = set()
    for start in range(0, len(names), CHUNK):
        for name, born, phone in session.execute(
            select(Person.search_name, Person.birth_date, Person.phone).where(
                Person.search_name.in_(names[start : start + CHUNK])
            )
        ):
            known.add((name, born, None))
            known.add((name, None, phone))
    return known


class PeoplePlan:
    """People from a spreadsheet (see :mod:`coworking.core.import_batches`)."""

    kind = "people"

    def __init__(
        self,
        rows: PersonRows,
        report: ImportReport,
        purposes: tuple[str, ...],
        actor_id: int | None,
    ) -> None:
        self.rows, self.report = rows, report
        self.purposes, self.actor_id = purposes, actor_id
        self.documents: dict[str, int] = {}  # in the file: «type:number» -> first row
        self.identities: dict[str, int] = {}  # :func:`identity_key` -> first row
        self.created_rows: dict[int, int] = {}  # person id -> row, people this run added
        self.file_people = duplicates.Gathered()  # for a check: earlier rows
        self.days: duplicates.RegistryDays | None = None  # read at the first batch
        self.pending: list[DuplicateRow] = []  # flags found by prepare, kept by write
        self.made: dict[int, NewPerson] = {}  # row -> the person as written, by prepare

    def origin(self, number: int) -> dict[str, object]:
        """What the audit keeps of where a person came from."""
        return {"archivo": self.rows.source.name, "fila": number}

    def read(self, row, report: ImportCounts) -> PersonInput | None:
        data = self.rows.person(row, report)
        if data is None:
            return None
        if data.document_number:
            key = f"{data.document_type.value}:{data.document_number}"
            if key in self.documents:
                report.problems.append(
                    RowProblem(
                        row.number,
                        self.rows.column_of("document_number"),
                        f"documento repetido en el archivo (fila {self.documents[key]})",
                    )
                )
                return None
            self.documents[key] = row.number
            return data
        identity = identity_key(data)
        if identity is not None:
            if identity in self.identities:
                report.problems.append(
                    RowProblem(
                        row.number,
                        self.rows.column_of("given_names"),
                        "persona repetida en el archivo (ya está en la fila "
                        f"{self.identities[identity]})",
                    )
                )
                return None
            self.identities[identity] = row.number
        return data

    def _fresh(self, session: Session, items: list[Item[PersonInput]]) -> list[Item[PersonInput]]:
        """The rows of ``items`` nobody registered is, for certain."""
        rows = [item.value for item in items]
        documents = registered_documents(session, rows)
        identities = registered_identities(session, rows)
        fresh = []
        for item in items:
            data = item.value
            known = (
                (data.document_type, data.document_number) in documents
                if data.document_number
                else exact_identity(data) in identities
            )
            if not known:
                fresh.append(item)
        return fresh

    def flags(
        self, session: Session, items: list[Item[PersonInput]], *, check: bool
    ) -> list[DuplicateRow]:
        """List the rows of ``items`` that may be someone registered or an earlier row."""
        new = [duplicates.someone(item.number, item.value) for item in items]
        if self.days is None:
            self.days = duplicates.RegistryDays(session)
        known = duplicates.registered_like(session, new, registry_days=self.days)
        found = []
        for pair in duplicates.pairs_between(new, known):
            other_row = self.created_rows.get(pair.second.key)
            found.append(
                DuplicateRow(
                    pair.first.key,
                    pair.second.name,
                    pair.reason,
                    other_row=other_row,
                    other_id=None if other_row else pair.second.key,
                )
            )
        if check:
            found += [
                DuplicateRow(p.first.key, p.second.name, p.reason, other_row=p.second.key)
                for p in self.file_people.pairs_with(new)
            ]
        found += [  # within the batch, the later row is flagged against the earlier one
            DuplicateRow(p.second.key, p.first.name, p.reason, other_row=p.first.key)
            for p in duplicates.pairs_among(new)
        ]
        if check and self.file_people.count < FILE_PEOPLE_LIMIT:
            self.file_people.add(new)
        found.sort(key=lambda duplicate: duplicate.row)
        return found

    def check(self, session: Session, items: list[Item[PersonInput]], report) -> None:
        fresh = self._fresh(session, items)
        report.already += len(items) - len(fresh)
        self.report.likely_duplicates.extend(self.flags(session, fresh, check=True))
        report.done += len(fresh)

    def prepare(self, session: Session, items: list[Item[PersonInput]]) -> None:
        """Likely duplicates looked for before the write lock is taken, for every row: which
        rows are new is known for certain only under the lock, and :meth:`write` keeps the
        flags of those (a row already registered is not flagged)."""
        self.pending = self.flags(session, items, check=False)
        self.make(items)

    def make(self, items: list[Item[PersonInput]]) -> None:
        """Work out the rows as :func:`insert_people` writes them, before the write lock: the
        less a batch does under it, the larger the batches (see import_batches.BatchSize)."""
        self.made = {item.number: new_person(item.value) for item in items}

    def to_write(self, items: list[Item[PersonInput]]) -> list[NewPerson]:
        """``items`` as :meth:`make` worked them out (or now, for a row it did not see)."""
        return [self.made.get(item.number) or new_person(item.value) for item in items]

    def take_flags(self, rows: set[int]) -> None:
        self.report.likely_duplicates.extend(d for d in self.pending if d.row in rows)

    def write(self, session: Session, items: list[Item[PersonInput]], report) -> None:
        fresh = self._fresh(session, items)
        report.already += len(items) - len(fresh)
        self.take_flags({item.number for item in fresh})
        ids = insert_people(
            session,
            self.to_write(fresh),
            self.purposes,
            self.actor_id,
            [self.origin(item.number) for item in fresh],
        )
        self.remember(fresh, ids)
        report.done += len(ids)

    def remember(self, items: list[Item[PersonInput]], ids: list[int]) -> None:
        """The people just added, for the rows after them."""
        for item, person_id in zip(items, ids, strict=True):
            self.created_rows[person_id] = item.number
            if self.days is not None:
                data = item.value
                name = person_search_name(data.given_names, data.family_names)
                self.days.add(person_id, name, data.birth_date)


def prepare(
    path: Path, mapping: ImportMapping | None, errors_file: Path | None
) -> tuple[TableSource, ImportMapping]:
    """Every check that could stop an import, before anything is read or written: the file
    opens, the mapping is valid, the list of problems can be saved."""
    source = open_table(path)
    mapping = mapping or ImportMapping()
    if errors_file is not None:
        check_writable(errors_file)
    return source, mapping


def import_people(
    database: Sessions,
    actor: StaffUser | None,
    path: Path,
    *,
    dry_run: bool = False,
    strict: bool = False,
    mapping: ImportMapping | None = None,
    purposes: tuple[str, ...] = ("registro",),
    errors_file: Path | None = None,
    progress: Progress | None = None,
) -> ImportReport:
    """Check every row and (unless ``dry_run``, or ``strict`` with any problem) add those not
    registered yet, with their consent, a batch at a time. People already registered (same
    document; or, without one, the same names and birth date, or the same names and phone
    without a birth date) are counted, not added again; an exact repeat within the file is a
    problem of its row.

    A row that is only *likely* the same person as someone registered or an earlier row
    (``report.likely_duplicates``) is imported and flagged, not skipped: unlike an exact
    match it may well be someone else (namesakes, a family sharing one phone), and merging is
    a coordinator's decision, taken in the list of likely duplicates, never the importer's.
    A check compares rows of the file with each other up to :data:`FILE_PEOPLE_LIMIT` rows;
    the import itself compares every row with every earlier one (already written)."""
    if actor is not None:  # None: the command line, audited as the terminal's user
        accounts.require_role(actor, accounts.REPORTS)
    source, mapping = prepare(path, mapping, errors_file)
    rows = PersonRows(source, mapping)
    mapping.check_fields([*FIELD_LABELS, "document_number"])
    report = ImportReport(source.name)
    report.mapped = {
        source.headers[i]: FIELD_LABELS[f.split(":")[0]] for i, f in rows.columns.items()
    }
    missing = rows.missing()
    if missing:
        raise UserError(f"«{source.name}»: falta la columna {', '.join(missing)} (fila 1).")
    actor_id = actor.id if actor else None
    if dry_run or strict:
        import_batches.check_only(
            database,
            source,
            PeoplePlan(rows, report, purposes, actor_id),
            report,
            progress=progress,
        )
        if dry_run or report.problems:
            return report
        report = ImportReport(source.name, mapped=report.mapped)
    import_batches.run(
        database,
        actor,
        source,
        PeoplePlan(rows, report, purposes, actor_id),
        report,
        progress=progress,
    )
    return report
