"""Importing an event's pre-registrations from a spreadsheet, a batch at a time like people
(:mod:`coworking.core.import_batches`): the same value mapping, the same accounting, the same
limits, and the door of the event keeps working while it runs.

Each row is a person (the same columns as the people import) plus, optionally, their role at
the event («Rol»: candidato, empresa, personal, visitante, with the same value mapping as any
category) and, for employer representatives, their employer («RUC» or «Empresa»). People
already in the registry (same document, or same names and birth date, or same names and phone)
are registered, not created again; a second run adds nothing. A new person who is only likely
someone registered, or an earlier row, is created, registered and listed for review."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from coworking.core import accounts, audit, codes, consents, fairs, import_batches
from coworking.core.errors import UserError
from coworking.core.import_batches import Item, Progress, Sessions
from coworking.core.import_mapping import ImportMapping, find_columns
from coworking.core.import_person_rows import PersonRows
from coworking.core.import_report import ImportCounts, RowProblem
from coworking.core.importing import (
    DuplicateRow,
    PeoplePlan,
    exact_identity,
    identity_key,
    prepare,
)
from coworking.core.people import PersonInput
from coworking.core.person_bulk import insert_people, insert_rows
from coworking.core.person_columns import FIELD_LABELS, convert, is_formula
from coworking.core.plurals import count_text
from coworking.core.registrations import count_registered
from coworking.core.text import person_search_name, search_key
from coworking.db.base import utcnow
from coworking.db.enums import AuditAction, DocumentType, RegistrationRole
from coworking.db.models import Employer, Event, Person, PersonDocument, Registration, StaffUser

CHUNK = 500
EXTRA_COLUMNS: dict[str, tuple[str, ...]] = {
    "role": ("rol", "role", "tipo de participante", "participante", "tipo", "perfil en la feria"),
    "employer_ruc": ("ruc", "ruc empresa", "ruc de la empresa"),
    "employer_name": ("empresa", "organizacion", "empleador", "employer", "company"),
}
EXTRA_LABELS = {"role": "Rol", "employer_ruc": "RUC", "employer_name": "Empresa"}
FIELDS = {**FIELD_LABELS, **EXTRA_LABELS}


@dataclass
class RegistrationImportReport(ImportCounts):
    event: str = ""
    people_created: int = 0
    likely_duplicates: list[DuplicateRow] = field(default_factory=list)

    @property
    def registered(self) -> int:
        return self.done

    @property
    def already_registered(self) -> int:
        return self.already


@dataclass
class Entry:
    person: PersonInput
    role: RegistrationRole
    employer_id: int | None


def extra_columns(headers: list[str], mapping: ImportMapping) -> dict[str, int]:
    """Role and employer columns: a saved mapping first, then the usual names."""
    return find_columns(headers, mapping, EXTRA_COLUMNS)


class RegistrationPlan:
    kind = "registrations"

    def __init__(
        self,
        session: Session,
        rows: PersonRows,
        report: RegistrationImportReport,
        event: Event,
        actor_id: int | None,
    ) -> None:
        self.rows, self.report, self.actor_id = rows, report, actor_id
        self.event_id, self.capacity = event.id, event.capacity
        self.extra = extra_columns(rows.headers, rows.mapping)
        self.people = PeoplePlan(rows, report, ("registro",), actor_id)  # type: ignore[arg-type]
        self.employers_by_name = {
            search_key(name): employer_id
            for employer_id, name in session.execute(select(Employer.id, Employer.trade_name))
        }
        self.employers_by_ruc = dict(session.execute(select(Employer.ruc, Employer.id)).all())
        self.seen: dict[str, int] = {}
        self.would_register = 0  # in a check: registrations counted so far, for the capacity
        self.codes: list[str] = []  # badge codes for the batch being written, by prepare

    def _cell(self, row, name: str) -> str:
        index = self.extra.get(name)
        return row.cells[index] if index is not None and index < len(row.cells) else ""

    def _header(self, name: str) -> str:
        index = self.extra.get(name)
        return self.rows.headers[index] if index is not None else EXTRA_LABELS[name]

    def read(self, row, report: ImportCounts) -> Entry | None:
        before = len(report.problems)
        data = self.rows.person(row, report)
        role = RegistrationRole.CANDIDATE
        role_text = self._cell(row, "role")
        if role_text:
            try:
                chosen = convert("role", role_text, self.rows.meanings)
            except UserError as error:
                report.problems.append(RowProblem(row.number, self._header("role"), str(error)))
            else:
                role = RegistrationRole(chosen) if chosen else role
        employer_id = None
        if role == RegistrationRole.EMPLOYER_REP:
            employer_id = self._employer(row, report)
        if data is None or len(report.problems) > before:
            return None
        identity = (  # one short string per row: 200,000 of them are kept
            f"{data.document_type.value}:{data.document_number}"
            if data.document_number
            else identity_key(data) or person_search_name(data.given_names, data.family_names)
        )
        if identity in self.seen:
            report.problems.append(
                RowProblem(
                    row.number,
                    self.rows.column_of("given_names"),
                    f"persona repetida en el archivo (ya está en la fila {self.seen[identity]})",
                )
            )
            return None
        self.seen[identity] = row.number
        return Entry(data, role, employer_id)

    def _employer(self, row, report: ImportCounts) -> int | None:
        ruc_text, name_text = self._cell(row, "employer_ruc"), self._cell(row, "employer_name")
        if ruc_text and not is_formula(ruc_text):
            digits = "".join(c for c in ruc_text if c.isdigit())
            if digits in self.employers_by_ruc:
                return self.employers_by_ruc[digits]
            report.problems.append(
                RowProblem(
                    row.number,
                    self._header("employer_ruc"),
                    f"no hay una empresa registrada con RUC «{ruc_text}»",
                )
            )
            return None
        if name_text:
            employer_id = self.employers_by_name.get(search_key(name_text))
            if employer_id is not None:
                return employer_id
            report.problems.append(
                RowProblem(
                    row.number,
                    self._header("employer_name"),
                    f"no hay una empresa registrada con el nombre «{name_text}» (use el RUC)",
                )
            )
            return None
        report.problems.append(
            RowProblem(
                row.number,
                "RUC",
                "un representante de empresa necesita el RUC o el nombre de su empresa",
            )
        )
        return None

    # -- who is who ---------------------------------------------------------------------------

    def _registered_people(self, session: Session, items: list[Item[Entry]]) -> dict[int, int]:
        """Row -> the registered person (never a merged record) each row is, for certain."""
        rows = [item.value.person for item in items]
        by_type: dict[DocumentType, set[str]] = {}
        for d in rows:
            if d.document_number:
                by_type.setdefault(d.document_type, set()).add(d.document_number)
        by_document: dict[tuple, int] = {}
        for kind, numbers in by_type.items():  # type by type: see importing.registered_documents
            ordered = sorted(numbers)
            for start in range(0, len(ordered), CHUNK):
                chunk = ordered[start : start + CHUNK]
                for number, person_id, merged in session.execute(
                    select(Person.document_number, Person.id, Person.merged_into_id).where(
                        Person.document_type == kind, Person.document_number.in_(chunk)
                    )
                ):
                    if merged is None:
                        by_document[(kind, number)] = person_id
                for number, person_id in session.execute(
                    select(PersonDocument.document_number, PersonDocument.person_id).where(
                        PersonDocument.document_type == kind,
                        PersonDocument.document_number.in_(chunk),
                    )
                ):
                    by_document.setdefault((kind, number), person_id)
        names = sorted(
            {
                person_search_name(d.given_names, d.family_names)
                for d in rows
                if not d.document_number and exact_identity(d) is not None
            }
        )
        by_identity: dict[tuple, int] = {}
        for start in range(0, len(names), CHUNK):
            for person_id, name, born, phone, merged in session.execute(
                select(
                    Person.id,
                    Person.search_name,
                    Person.birth_date,
                    Person.phone,
                    Person.merged_into_id,  # tested here: see duplicates.registered_like
                )
                .where(Person.search_name.in_(names[start : start + CHUNK]))
                .order_by(Person.id)
            ):
                if merged is not None:
                    continue
                by_identity.setdefault((name, born, None), person_id)
                if phone:
                    by_identity.setdefault((name, None, phone), person_id)
        found: dict[int, int] = {}
        for item in items:
            data = item.value.person
            if data.document_number:
                person_id = by_document.get((data.document_type, data.document_number))
            else:
                identity = exact_identity(data)
                person_id = by_identity.get(identity) if identity is not None else None
            if person_id is not None:
                found[item.number] = person_id
        return found

    def _sort(
        self, session: Session, items: list[Item[Entry]]
    ) -> tuple[list[Item[Entry]], dict[int, int], dict[int, Registration]]:
        """The rows to register (with the registered person of those who have one), and the
        cancelled registrations to restore, by person; rows already registered are counted
        and rows without consent refused."""
        people = self._registered_people(session, items)
        known = sorted(set(people.values()))
        held = consents.purposes_by_person(session, known)
        existing: dict[int, Registration] = {}
        for start in range(0, len(known), CHUNK):
            for registration in session.scalars(
                select(Registration).where(
                    Registration.event_id == self.event_id,
                    Registration.person_id.in_(known[start : start + CHUNK]),
                )
            ):
                existing[registration.person_id] = registration
        todo = []
        for item in items:
            person_id = people.get(item.number)
            if person_id is None:
                todo.append(item)
                continue
            registration = existing.get(person_id)
            if registration is not None and registration.cancelled_at is None:
                self.report.already += 1
                continue
            if consents.REGISTRATION not in held[person_id]:
                self.report.problems.append(
                    RowProblem(
                        item.number,
                        self.rows.column_of("given_names"),
                        "la persona ya registrada no tiene consentimiento vigente para el "
                        "registro y los servicios: no se inscribe (si quiere darlo de nuevo, "
                        "regístrelo en su ficha, en Personas)",
                    )
                )
                continue
            todo.append(item)
        return todo, people, existing

    def _within_capacity(
        self, session: Session, items: list[Item[Entry]], registered: int
    ) -> list[Item[Entry]]:
        if not self.capacity:
            return items
        room = max(self.capacity - registered, 0)
        for item in items[room:]:
            self.report.problems.append(
                RowProblem(
                    item.number,
                    self.rows.column_of("given_names"),
                    f"el evento está lleno ({count_text(self.capacity, 'plaza', 'plazas')}): "
                    "no se inscribe",
                )
            )
        return items[:room]

    def prepare(self, session: Session, items: list[Item[Entry]]) -> None:
        """Likely duplicates looked for before the write lock is taken, for every row;
        :meth:`write` keeps those of the rows that make new people (known under the lock)."""
        every = [Item(i.number, i.value.person) for i in items]
        self.people.pending = self.people.flags(session, every, check=False)
        self.people.make(every)
        self.codes = _new_codes(session, len(items))  # checked again by the unique index

    def check(self, session: Session, items: list[Item[Entry]], report) -> None:
        todo, people, _existing = self._sort(session, items)
        if self.capacity:
            start = count_registered(session, self.event_id) + self.would_register
            todo = self._within_capacity(session, todo, start)
        new = [Item(i.number, i.value.person) for i in todo if i.number not in people]
        self.report.likely_duplicates.extend(self.people.flags(session, new, check=True))
        self.report.people_created += len(new)
        self.would_register += len(todo)
        report.done += len(todo)

    def write(self, session: Session, items: list[Item[Entry]], report) -> None:
        todo, people, existing = self._sort(session, items)
        if self.capacity:
            todo = self._within_capacity(session, todo, count_registered(session, self.event_id))
        new = [i for i in todo if i.number not in people]
        self.people.take_flags({i.number for i in new})
        ids = insert_people(
            session,
            self.people.to_write([Item(i.number, i.value.person) for i in new]),
            ("registro",),
            self.actor_id,
            [self.people.origin(i.number) for i in new],
        )
        for item, person_id in zip(new, ids, strict=True):
            people[item.number] = person_id
        self.people.remember([Item(i.number, i.value.person) for i in new], ids)
        self.report.people_created += len(ids)
        restored, added, numbers = [], [], []
        for item in todo:
            person_id = people[item.number]
            entry = item.value
            employer_id = entry.employer_id if entry.role == RegistrationRole.EMPLOYER_REP else None
            if person_id in existing:  # cancelled: restored with the row's role
                restored.append((existing[person_id].id, entry.role, employer_id))
            else:
                added.append((person_id, entry.role, employer_id))
                numbers.append(item.number)
        for registration_id, role, employer_id in restored:
            session.execute(
                update(Registration)
                .where(Registration.id == registration_id)
                .values(cancelled_at=None, role=role, employer_id=employer_id, updated_at=utcnow())
            )
            audit.record(
                session,
                AuditAction.UPDATE,
                "registration",
                str(registration_id),
                cancelled_at=["…", None],
                role=[None, role.value],
                source="import",
            )
        self._insert(session, added, numbers)
        report.done += len(todo)

    def _insert(
        self,
        session: Session,
        added: list[tuple[int, RegistrationRole, int | None]],
        numbers: list[int],
    ) -> None:
        """Add the registrations of ``added`` (the rows ``numbers`` of the file)."""
        if not added:
            return
        # drawn before the lock (prepare), each used once: a batch the database refused is
        # written again row by row, with codes of its own
        badge_codes, self.codes = self.codes[: len(added)], self.codes[len(added) :]
        if len(badge_codes) < len(added):
            badge_codes = _new_codes(session, len(added))
        now = utcnow()
        rows = [
            {
                "event_id": self.event_id,
                "person_id": person_id,
                "employer_id": employer_id,
                "role": role,
                "badge_code": code,
                "source": "import",
                "created_at": now,
                "updated_at": now,
            }
            for (person_id, role, employer_id), code in zip(added, badge_codes, strict=True)
        ]
        ids = insert_rows(session, Registration, rows)
        audit.record(  # one entry for the batch: the rows say the rest (source «import»)
            session,
            AuditAction.CREATE,
            "registration",
            f"{ids[0]}-{ids[-1]}",
            evento=self.event_id,
            archivo=self.rows.source.name,
            inscripciones=ids,
            filas=numbers,
        )


def _new_codes(session: Session, count: int) -> list[str]:
    """``count`` badge codes no registration holds (the unique index guards a rare race)."""
    chosen: set[str] = set()
    while len(chosen) < count:
        wanted = {codes.new_code() for _ in range(count - len(chosen))} - chosen
        taken = set(
            session.scalars(
                select(Registration.badge_code).where(Registration.badge_code.in_(wanted))
            )
        )
        chosen |= wanted - taken
    return sorted(chosen)[:count]


def import_registrations(
    database: Sessions,
    actor: StaffUser | None,
    path: Path,
    event_id: int,
    *,
    dry_run: bool = False,
    strict: bool = False,
    mapping: ImportMapping | None = None,
    errors_file: Path | None = None,
    progress: Progress | None = None,
) -> RegistrationImportReport:
    """Check every row, then (unless ``dry_run``, or ``strict`` with a problem) create the
    people not yet registered and register everyone for the event, a batch at a time.

    A row that is only likely someone registered or an earlier row
    (``report.likely_duplicates``) gets its own new person, registered like the others, and
    is listed: skipping it would leave a person who may well be someone else (a namesake, a
    relative on the same phone) without a badge, and registering the other person instead
    would be a silent merge. A coordinator merges or dismisses the pair afterwards in the
    list of likely duplicates (a merge carries the registration over)."""
    if actor is not None:
        accounts.require_role(actor, accounts.REPORTS)
    source, mapping = prepare(path, mapping, errors_file)
    mapping.check_fields(FIELDS)
    with database.sessions() as session:
        event = fairs.get_event(session, event_id)
        session.expunge(event)
    rows = PersonRows(source, mapping)
    missing = rows.missing()
    if missing:
        raise UserError(f"«{source.name}»: falta la columna {', '.join(missing)} (fila 1).")
    actor_id = actor.id if actor else None

    def plan(report: RegistrationImportReport) -> RegistrationPlan:
        with database.sessions() as session:
            return RegistrationPlan(session, rows, report, event, actor_id)

    report = RegistrationImportReport(source.name, event=event.name)
    if dry_run or strict:
        import_batches.check_only(database, source, plan(report), report, progress=progress)
        if dry_run or report.problems:
            return report
        report = RegistrationImportReport(source.name, event=event.name)
    import_batches.run(
        database, actor, source, plan(report), report, event_id=event_id, progress=progress
    )
    return report
