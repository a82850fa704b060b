"""The rows of each export file, read straight from the database (plain columns, no ORM
objects) so that a whole site's history is read in seconds.

Each reader yields ``(key, values)`` with the values of *every* column its file declares, in
the declared order, identified ones included; :mod:`coworking.core.export_schema` drops the
identified columns before anything leaves a pseudonymised export. Merged records count as the
record they were merged into; people without a current consent for statistics are left out of
``personas`` and their reference is left empty elsewhere (pseudonymised exports); people without
a current consent for contact leave no phone or e-mail, identified exports included (what each
purpose governs: :mod:`coworking.core.consents`).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, String, cast, func, select
from sqlalchemy.orm import Session

from coworking.core import reference
from coworking.core.disaggregation import NO_DATA, age_bracket, is_youth
from coworking.core.export_csv import Cell
from coworking.core.interactions import NEXT_STEPS
from coworking.core.localtime import local_day, local_zone
from coworking.core.people import STAGES
from coworking.core.pseudonyms import RefMaker
from coworking.db.enums import (
    CheckInResult,
    DocumentType,
    EventKind,
    InteractionKind,
    OutcomeStatus,
    PopulationGroup,
    RegistrationRole,
    ResourceKind,
    Sex,
)
from coworking.db.models import (
    Booking,
    CheckIn,
    ConsentRecord,
    Employer,
    EntrepreneurProfile,
    Event,
    Interaction,
    Outcome,
    Person,
    Registration,
    Resource,
    Site,
    Vacancy,
    Visit,
)

if TYPE_CHECKING:
    from coworking.core.export_schema import ExportContext

Rows = Iterator[tuple[str, tuple[Cell, ...]]]

STATISTICS, CONTACT = "estadisticas", "contacto"
NO_AGE = "sin_dato"
OTHER_STEP = "Otro"

# The codes written in the files (Spanish), by stored value.
SEX = {Sex.WOMAN: "mujer", Sex.MAN: "hombre", Sex.OTHER: "otro", Sex.UNDISCLOSED: "no_declara"}
GROUP = {
    PopulationGroup.HOST: "comunidad_acogida",
    PopulationGroup.MIGRANT_DESTINATION: "en_destino",
    PopulationGroup.IN_TRANSIT: "en_transito",
    PopulationGroup.RETURNEE: "retornada",
    PopulationGroup.OTHER: "otro",
}
DOCUMENT = {
    DocumentType.CEDULA: "cedula",
    DocumentType.PASSPORT: "pasaporte",
    DocumentType.REFUGEE: "refugio",
    DocumentType.VISA: "visa",
    DocumentType.OTHER: "otro",
    DocumentType.NONE: "ninguno",
}
RESOURCE = {ResourceKind.DESK: "escritorio", ResourceKind.ROOM: "sala", ResourceKind.OTHER: "otro"}
EVENT = {EventKind.JOB_FAIR: "feria_empleo", EventKind.WORKSHOP: "taller"}
ROLE = {
    RegistrationRole.CANDIDATE: "candidato",
    RegistrationRole.EMPLOYER_REP: "representante_empresa",
    RegistrationRole.STAFF: "personal",
    RegistrationRole.VISITOR: "visitante",
}
SOURCE = {"registry": "registro", "import": "importacion", "door": "puerta"}
SCAN = {
    CheckInResult.OK: "admitida",
    CheckInResult.DUPLICATE: "repetida",
    CheckInResult.UNKNOWN: "desconocida",
    CheckInResult.INVALID: "no_valida",
    CheckInResult.WRONG_EVENT: "otro_evento",
    CheckInResult.CANCELLED: "inscripcion_cancelada",
    CheckInResult.CHECKED_OUT: "salida",
    CheckInResult.NO_CONSENT: "sin_consentimiento",
}
INTERACTION = {
    InteractionKind.BOOTH_VISIT: "visita_stand",
    InteractionKind.INTERVIEW: "entrevista",
    InteractionKind.CV_RECEIVED: "cv_recibido",
}
OUTCOME = {
    OutcomeStatus.INTERVIEWED: "entrevistada",
    OutcomeStatus.OFFERED: "oferta",
    OutcomeStatus.HIRED: "contratada",
    OutcomeStatus.NOT_HIRED: "no_contratada",
}


def _codes(table: dict) -> str:
    return ", ".join(f"`{value}`" for value in table.values())


# The lists of codes as the schema document shows them.
CODES = {
    "SEX": _codes(SEX),
    "GROUP": _codes(GROUP),
    "DOCUMENT": _codes(DOCUMENT),
    "RESOURCE": _codes(RESOURCE),
    "EVENT": _codes(EVENT),
    "ROLE": _codes(ROLE),
    "SOURCE": _codes(SOURCE),
    "SCAN": _codes(SCAN),
    "INTERACTION": _codes(INTERACTION),
    "OUTCOME": _codes(OUTCOME),
    "OTHER_STEP": OTHER_STEP,
    "STAGE": ", ".join(f"`{stage}`" for stage in STAGES),
    "EDUCATION": ", ".join(f"`{level.code}`" for level in reference.education_levels()),
}

_ZONE = local_zone()
_STEPS = {step.casefold(): step for step in NEXT_STEPS}


def code(table: dict, value: object) -> str | None:
    """The exported code of a stored value; an unknown value passes as it is."""
    return None if value is None else table.get(value, str(value))


def _hex(column: Any) -> Any:
    """A UUID column as its 32 hex digits, made by the database (no Python UUID objects: a
    whole site's history is read in seconds)."""
    return func.replace(cast(column, String), "-", "")


def next_step(text: str | None, identified: bool) -> str | None:
    """The next step as typed when identified; otherwise only the program's own choices (a
    step typed by hand can name people), anything else as «Otro»."""
    if text is None or identified:
        return text
    return _STEPS.get(text.strip().casefold(), OTHER_STEP)


def _of(model: Any, names: str) -> list[Any]:
    """Columns of ``model`` by name, in order (``uuid`` as hex): ``_of(Visit, "uuid site_id")``."""
    return [_hex(model.uuid) if name == "uuid" else getattr(model, name) for name in names.split()]


class People:
    """Who each person record counts as (merges folded, chains followed), their consented
    purposes, and the reference written for them (empty without consent when pseudonymised).
    Loaded on first use: a file without rows costs nothing."""

    def __init__(self, connection: Connection, ctx: ExportContext) -> None:
        self._connection = connection
        self.identified = ctx.identified
        self._make = RefMaker(ctx.key)
        self._refs: dict[int, str] = {}
        self._hex: dict[int, str] | None = None
        self.kept: dict[int, int] = {}
        self.purposes: dict[int, tuple[str, ...]] = {}

    def _load(self) -> dict[int, str]:
        query = select(Person.id, _hex(Person.uuid), Person.merged_into_id)
        found = self._connection.execute(query).all()
        into = {pid: target for pid, _, target in found if target is not None}
        for pid, target in into.items():
            seen = {pid, target}
            while into.get(target) is not None and into[target] not in seen:
                target = into[target]
                seen.add(target)
            self.kept[pid] = target
        current = self._connection.execute(
            select(ConsentRecord.person_id, ConsentRecord.purposes)
            .where(ConsentRecord.withdrawn_at.is_(None))
            .order_by(ConsentRecord.id)
        )
        for pid, purposes in current:  # the latest current record wins, as in core.people
            self.purposes[self.kept.get(pid, pid)] = tuple(purposes or ())
        self._hex = {pid: uid for pid, uid, _ in found}
        return self._hex

    def has(self, person_id: int, purpose: str) -> bool:
        if self._hex is None:
            self._load()
        return purpose in self.purposes.get(self.kept.get(person_id, person_id), ())

    def ref(self, person_id: int | None) -> str:
        """The ``persona`` value of a row about ``person_id``."""
        if person_id is None:
            return ""
        found = self._refs.get(person_id)
        if found is None:
            uuids = self._hex if self._hex is not None else self._load()
            kept = self.kept.get(person_id, person_id)
            shown = self.identified or STATISTICS in self.purposes.get(kept, ())
            found = self._refs[person_id] = self._make.from_hex(uuids[kept]) if shown else ""
        return found


def _sites(connection: Connection) -> dict[int, tuple[str, str]]:
    query = select(Site.id, Site.name, Site.canton_code)
    return {sid: (name, canton) for sid, name, canton in connection.execute(query)}


def read_people(session: Session, ctx: ExportContext) -> Rows:
    connection = session.connection()
    people, today = People(connection, ctx), ctx.today
    names = "id uuid given_names family_names document_type document_number birth_date sex"
    more = "nationality population_group disability canton_code education_level phone email"
    query = select(*_of(Person, f"{names} {more} created_at")).where(
        Person.merged_into_id.is_(None)
    )
    for row in connection.execute(query.order_by(Person.id)):
        pid, uid, given, family, doc_type, doc_number, born, sex = row[:8]
        nationality, group, disability, canton, education, phone, email, created = row[8:]
        statistics = people.has(pid, STATISTICS)
        if not (statistics or ctx.identified):
            continue
        bracket = age_bracket(born, today)
        ref = people.ref(pid)
        who = (ref, given, family, code(DOCUMENT, doc_type), doc_number, born, code(SEX, sex))
        age = (NO_AGE if bracket == NO_DATA else bracket, is_youth(born, today))
        facts = (nationality, code(GROUP, group), bool((disability or "").strip()), canton)
        contactable = people.has(pid, CONTACT)  # no phone or e-mail of who said no to contact
        contact = (education, *((phone, email) if contactable else (None, None)))
        contact += (local_day(created),)
        consent = (statistics, contactable)
        yield (uid if ctx.identified else ref), who + age + facts + contact + consent


def read_profiles(session: Session, ctx: ExportContext) -> Rows:
    connection = session.connection()
    people = People(connection, ctx)
    names = "uuid person_id business_name sector stage description created_at"
    query = select(*_of(EntrepreneurProfile, names)).order_by(EntrepreneurProfile.id)
    for uid, pid, business, sector, stage, description, created in connection.execute(query):
        yield uid, (people.ref(pid), business, sector, stage, description, local_day(created))


def read_visits(session: Session, ctx: ExportContext) -> Rows:
    connection = session.connection()
    ref, sites = People(connection, ctx).ref, _sites(connection)
    query = (
        select(
            *_of(Visit, "uuid site_id person_id checked_in_at checked_out_at"), _hex(Booking.uuid)
        )
        .add_columns(Visit.auto_checked_out)
        .outerjoin(Booking, Booking.id == Visit.booking_id)
        .order_by(Visit.id)
    )
    for uid, site_id, pid, arrived, left, booking, automatic in connection.execute(query):
        site, canton = sites[site_id]
        yield uid, (site, canton, ref(pid), arrived, left, booking, bool(automatic))


def read_bookings(session: Session, ctx: ExportContext) -> Rows:
    connection = session.connection()
    ref, sites = People(connection, ctx).ref, _sites(connection)
    times = "starts_at ends_at cancelled_at checked_in_at no_show_at"
    query = (
        select(_hex(Booking.uuid), *_of(Resource, "site_id name kind"), Booking.person_id)
        .add_columns(*_of(Booking, times), _hex(Booking.series_id), Booking.purpose)
        .join(Resource, Resource.id == Booking.resource_id)
        .order_by(Booking.id)
    )
    for row in connection.execute(query):
        uid, site_id, resource, kind, pid, starts, ends, cancelled, arrived, absent = row[:10]
        what = (sites[site_id][0], resource, code(RESOURCE, kind), ref(pid), starts, ends)
        state = (cancelled is not None, arrived is not None, absent is not None)
        yield uid, what + state + (row[10], row[11])


def read_events(session: Session, ctx: ExportContext) -> Rows:
    names = "uuid kind name venue starts_on ends_on capacity"
    query = (
        select(*_of(Event, names), Site.name, Site.canton_code)
        .outerjoin(Site, Site.id == Event.site_id)
        .order_by(Event.id)
    )
    for uid, kind, *values in session.connection().execute(query):
        yield uid, (code(EVENT, kind), *values)


def read_registrations(session: Session, ctx: ExportContext) -> Rows:
    connection = session.connection()
    ref = People(connection, ctx).ref
    query = (
        select(
            _hex(Registration.uuid), _hex(Event.uuid), Registration.person_id, _hex(Employer.uuid)
        )
        .add_columns(*_of(Registration, "role source checked_in_at cancelled_at"))
        .join(Event, Event.id == Registration.event_id)
        .outerjoin(Employer, Employer.id == Registration.employer_id)
        .order_by(Registration.id)
    )
    for uid, event, pid, employer, role, source, arrived, cancelled in connection.execute(query):
        who = (event, ref(pid), employer, code(ROLE, role), code(SOURCE, source))
        yield uid, who + (arrived, cancelled is not None)


def read_check_ins(session: Session, ctx: ExportContext) -> Rows:
    """Every scan at a door or front desk; never the text read (it holds a card's code)."""
    connection = session.connection()
    query = (
        select(_hex(CheckIn.uuid), _hex(Event.uuid), Site.name, _hex(Registration.uuid))
        .add_columns(*_of(CheckIn, "station result scanned_at undone_at"))
        .outerjoin(Event, Event.id == CheckIn.event_id)
        .outerjoin(Site, Site.id == CheckIn.site_id)
        .outerjoin(Registration, Registration.id == CheckIn.registration_id)
        .order_by(CheckIn.id)
    )
    for uid, event, site, registration, station, result, at, undone in connection.execute(query):
        where = (event, site, registration, station)
        yield uid, where + (code(SCAN, result), at, undone is not None)


def read_employers(session: Session, ctx: ExportContext) -> Rows:
    names = "uuid ruc trade_name sector inclusive_commitment active"
    query = select(*_of(Employer, f"{names} contact_name contact_phone contact_email"))
    for uid, *values in session.connection().execute(query.order_by(Employer.id)):
        yield uid, tuple(values)


def read_vacancies(session: Session, ctx: ExportContext) -> Rows:
    names = "title occupation_code positions contract_type foreign_documents_ok requirements"
    query = (
        select(_hex(Vacancy.uuid), _hex(Employer.uuid), *_of(Vacancy, names))
        .join(Employer, Employer.id == Vacancy.employer_id)
        .order_by(Vacancy.id)
    )
    for uid, employer, *values in session.connection().execute(query):
        yield uid, (employer, *values)


def read_interactions(session: Session, ctx: ExportContext) -> Rows:
    connection = session.connection()
    ref = People(connection, ctx).ref
    query = (
        select(
            _hex(Interaction.uuid),
            _hex(Event.uuid),
            _hex(Registration.uuid),
            Registration.person_id,
        )
        .add_columns(_hex(Employer.uuid), _hex(Vacancy.uuid))
        .add_columns(*_of(Interaction, "kind next_step rating created_at notes"))
        .join(Registration, Registration.id == Interaction.registration_id)
        .join(Event, Event.id == Registration.event_id)
        .join(Employer, Employer.id == Interaction.employer_id)
        .outerjoin(Vacancy, Vacancy.id == Interaction.vacancy_id)
        .order_by(Interaction.id)
    )
    for row in connection.execute(query):
        uid, event, registration, pid, employer, vacancy, kind, step, rating, at, notes = row
        who = (event, registration, ref(pid), employer, vacancy)
        what = (code(INTERACTION, kind), next_step(step, ctx.identified), rating, at, notes)
        yield uid, who + what


def read_outcomes(session: Session, ctx: ExportContext) -> Rows:
    connection = session.connection()
    ref = People(connection, ctx).ref
    query = (
        select(
            _hex(Outcome.uuid), _hex(Event.uuid), _hex(Registration.uuid), Registration.person_id
        )
        .add_columns(_hex(Employer.uuid), _hex(Vacancy.uuid))
        .add_columns(*_of(Outcome, "status occurred_on followed_up_30_on followed_up_90_on"))
        .add_columns(Outcome.notes)
        .join(Registration, Registration.id == Outcome.registration_id)
        .join(Event, Event.id == Registration.event_id)
        .outerjoin(Employer, Employer.id == Outcome.employer_id)
        .outerjoin(Vacancy, Vacancy.id == Outcome.vacancy_id)
        .order_by(Outcome.id)
    )
    for row in connection.execute(query):
        uid, event, registration, pid, employer, vacancy, status, on, d30, d90, notes = row
        who = (event, registration, ref(pid), employer, vacancy)
        yield uid, who + (code(OUTCOME, status), on, d30, d90, notes)


def no_rows(session: Session, ctx: ExportContext) -> Rows:
    """Deletions are found by the batch engine (keys it exported that are gone now)."""
    return iter(())


READERS = {  # by file, in the order of the files
    "personas": read_people,
    "perfiles_emprendimiento": read_profiles,
    "visitas": read_visits,
    "reservas": read_bookings,
    "eventos": read_events,
    "inscripciones": read_registrations,
    "entradas": read_check_ins,
    "empleadores": read_employers,
    "vacantes": read_vacancies,
    "interacciones": read_interactions,
    "resultados": read_outcomes,
    "bajas": no_rows,
}
