"""The program's tables, as SQLAlchemy 2.x typed models.

Tables start lean; later features add columns through Alembic revisions.
"""

from __future__ import annotations

from datetime import date, datetime, time
from typing import Any
from uuid import UUID

from sqlalchemy import (
    CHAR,
    JSON,
    ForeignKey,
    Index,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
    event,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from coworking.db.base import Base, Exported, utcnow
from coworking.db.enums import (
    AuditAction,
    CheckInResult,
    DocumentType,
    EventKind,
    InteractionKind,
    OutcomeStatus,
    PopulationGroup,
    RegistrationRole,
    ResourceKind,
    Role,
    Sex,
    str_enum,
)


class Site(Exported, Base):
    """A co-working space or venue run by a municipality."""

    __tablename__ = "site"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    canton_code: Mapped[str] = mapped_column(String(4))
    address: Mapped[str | None] = mapped_column(String(200))
    # Booking rules, enforced by the booking services (minutes unless said otherwise).
    slot_minutes: Mapped[int] = mapped_column(default=30)
    max_booking_minutes: Mapped[int] = mapped_column(default=240)
    max_day_minutes: Mapped[int] = mapped_column(default=480)
    max_week_minutes: Mapped[int] = mapped_column(default=1800)
    book_ahead_days: Mapped[int] = mapped_column(default=30)
    cancel_notice_minutes: Mapped[int] = mapped_column(default=60)
    no_show_grace_minutes: Mapped[int] = mapped_column(default=15)
    no_show_alert_count: Mapped[int] = mapped_column(default=3)

    resources: Mapped[list[Resource]] = relationship(back_populates="site")


class OpeningHours(Base):
    """When a site opens on one weekday (0 = Monday); no row means closed that weekday."""

    __tablename__ = "opening_hours"
    __table_args__ = (UniqueConstraint("site_id", "weekday"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("site.id", ondelete="CASCADE"))
    weekday: Mapped[int]
    opens: Mapped[time]
    closes: Mapped[time]


class SiteClosure(Base):
    """A day a site is closed (local holiday, works) or, with ``closed`` false, open in spite
    of a national holiday shipped in the program's data."""

    __tablename__ = "site_closure"
    __table_args__ = (UniqueConstraint("site_id", "day"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("site.id", ondelete="CASCADE"))
    day: Mapped[date]
    reason: Mapped[str] = mapped_column(String(120))
    closed: Mapped[bool] = mapped_column(default=True)


class Resource(Exported, Base):
    """A desk or room that can be booked."""

    __tablename__ = "resource"

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("site.id", ondelete="RESTRICT"), index=True)
    kind: Mapped[ResourceKind] = mapped_column(str_enum(ResourceKind))
    name: Mapped[str] = mapped_column(String(80))
    capacity: Mapped[int] = mapped_column(default=1)
    active: Mapped[bool] = mapped_column(default=True)
    amenities: Mapped[list[str]] = mapped_column(JSON, default=list)
    position: Mapped[int] = mapped_column(default=0)

    site: Mapped[Site] = relationship(back_populates="resources")


class Person(Exported, Base):
    """Anyone who uses the space or comes to a fair. Sensitive data (LOPDP)."""

    __tablename__ = "person"
    __table_args__ = (
        UniqueConstraint("document_type", "document_number"),
        Index("ix_person_search_name", "search_name"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    given_names: Mapped[str] = mapped_column(String(100))
    family_names: Mapped[str] = mapped_column(String(100))
    search_name: Mapped[str] = mapped_column(String(220), default="")
    document_type: Mapped[DocumentType] = mapped_column(
        str_enum(DocumentType), default=DocumentType.NONE
    )
    document_number: Mapped[str | None] = mapped_column(String(40))
    nationality: Mapped[str | None] = mapped_column(String(2))
    sex: Mapped[Sex | None] = mapped_column(str_enum(Sex))
    birth_date: Mapped[date | None] = mapped_column(index=True)  # duplicate checks
    population_group: Mapped[PopulationGroup | None] = mapped_column(str_enum(PopulationGroup))
    disability: Mapped[str | None] = mapped_column(String(80))
    phone: Mapped[str | None] = mapped_column(String(20), index=True)
    email: Mapped[str | None] = mapped_column(String(120))
    canton_code: Mapped[str | None] = mapped_column(String(4))
    education_level: Mapped[str | None] = mapped_column(String(40))
    member_code: Mapped[str | None] = mapped_column(String(16), unique=True)
    merged_into_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"), index=True)

    consents: Mapped[list[ConsentRecord]] = relationship(back_populates="person")
    profile: Mapped[EntrepreneurProfile | None] = relationship(back_populates="person")


class PersonDocument(Base):
    """A further document of a person: the one a merged record brought along (a passport
    beside the cédula). Searched and checked for duplicates like the person's own document;
    unique per type and number, as on ``person``."""

    __tablename__ = "person_document"
    __table_args__ = (UniqueConstraint("document_type", "document_number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    document_type: Mapped[DocumentType] = mapped_column(str_enum(DocumentType))
    document_number: Mapped[str] = mapped_column(String(40))
    merge_id: Mapped[int | None] = mapped_column(ForeignKey("person_merge.id"))


class PersonMerge(Base):
    """One merge of two records of the same person: who, when, and everything it changed
    (``details``), so the kept record's history tells it and the merge can be undone."""

    __tablename__ = "person_merge"

    id: Mapped[int] = mapped_column(primary_key=True)
    kept_id: Mapped[int] = mapped_column(ForeignKey("person.id"), index=True)
    merged_id: Mapped[int] = mapped_column(ForeignKey("person.id"), index=True)
    merged_at: Mapped[datetime] = mapped_column(default=utcnow)
    staff_user_id: Mapped[int | None] = mapped_column(ForeignKey("staff_user.id"))
    undone_at: Mapped[datetime | None]
    undone_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff_user.id"))
    details: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class ConsentRecord(Exported, Base):
    """Consent given (or withdrawn) by a person, for stated purposes and a text version."""

    __tablename__ = "consent_record"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    purposes: Mapped[list[str]] = mapped_column(JSON, default=list)
    text_version: Mapped[str] = mapped_column(String(20))
    given_at: Mapped[datetime] = mapped_column(default=utcnow)
    withdrawn_at: Mapped[datetime | None]
    staff_user_id: Mapped[int | None] = mapped_column(ForeignKey("staff_user.id"))
    withdrawn_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff_user.id"))

    person: Mapped[Person] = relationship(back_populates="consents")


class PersonToken(Base):
    """Search words of a person (names without accents, document, phone), for prefix search
    in any word order through an ordinary index on both engines. Derived data: not exported."""

    __tablename__ = "person_token"
    # SQLite: the rows live in the primary key's own tree (no hidden rowid table beside it),
    # and the index of tokens holds the person: one tree less to write per word, and a
    # search by word reads only that index.
    __table_args__ = {"sqlite_with_rowid": False}

    person_id: Mapped[int] = mapped_column(
        ForeignKey("person.id", ondelete="CASCADE"), primary_key=True
    )
    token: Mapped[str] = mapped_column(String(60), primary_key=True, index=True)


class EntrepreneurProfile(Exported, Base):
    __tablename__ = "entrepreneur_profile"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), unique=True)
    business_name: Mapped[str] = mapped_column(String(120))
    sector: Mapped[str | None] = mapped_column(String(2))
    stage: Mapped[str | None] = mapped_column(String(30))
    description: Mapped[str | None] = mapped_column(Text)

    person: Mapped[Person] = relationship(back_populates="profile")


class Booking(Exported, Base):
    """A resource held for a person. Active while neither cancelled nor a no-show; the active
    bookings of a resource never overlap (see :class:`BookingCell`)."""

    __tablename__ = "booking"
    __table_args__ = (Index("ix_booking_resource_starts", "resource_id", "starts_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    resource_id: Mapped[int] = mapped_column(ForeignKey("resource.id"), index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), index=True)
    starts_at: Mapped[datetime] = mapped_column(index=True)
    ends_at: Mapped[datetime]
    cancelled_at: Mapped[datetime | None]
    checked_in_at: Mapped[datetime | None]
    no_show_at: Mapped[datetime | None]
    series_id: Mapped[UUID | None] = mapped_column(index=True)
    purpose: Mapped[str | None] = mapped_column(String(120))
    booked_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff_user.id"))
    cancelled_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff_user.id"))


class BookingCell(Base):
    """One quarter hour of a resource held by an active booking.

    The primary key (resource, quarter) is what makes double booking impossible on both
    engines: two stations booking the same time at the same moment cannot both insert the
    same cell, whatever the code above does. Derived data: not exported.
    """

    __tablename__ = "booking_cell"

    resource_id: Mapped[int] = mapped_column(ForeignKey("resource.id"), primary_key=True)
    starts_at: Mapped[datetime] = mapped_column(primary_key=True)
    booking_id: Mapped[int] = mapped_column(
        ForeignKey("booking.id", ondelete="CASCADE"), index=True
    )


class Visit(Exported, Base):
    """A co-working check-in and its check-out; at most one open visit per person (a partial
    unique index), so two stations scanning one card at once make one visit."""

    __tablename__ = "visit"
    __table_args__ = (
        Index(
            "uq_visit_open",
            "person_id",
            unique=True,
            sqlite_where=text("checked_out_at IS NULL"),
            postgresql_where=text("checked_out_at IS NULL"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("site.id"), index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), index=True)
    checked_in_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    checked_out_at: Mapped[datetime | None]
    booking_id: Mapped[int | None] = mapped_column(ForeignKey("booking.id"), index=True)
    station: Mapped[str | None] = mapped_column(String(60))
    auto_checked_out: Mapped[bool] = mapped_column(default=False)
    checked_in_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff_user.id"))
    checked_out_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff_user.id"))


class Employer(Exported, Base):
    __tablename__ = "employer"

    id: Mapped[int] = mapped_column(primary_key=True)
    ruc: Mapped[str] = mapped_column(String(13), unique=True)
    trade_name: Mapped[str] = mapped_column(String(150))
    sector: Mapped[str | None] = mapped_column(String(2))
    contact_name: Mapped[str | None] = mapped_column(String(120))
    contact_phone: Mapped[str | None] = mapped_column(String(20))
    contact_email: Mapped[str | None] = mapped_column(String(120))
    inclusive_commitment: Mapped[bool] = mapped_column(default=False)
    active: Mapped[bool] = mapped_column(default=True)


class Vacancy(Exported, Base):
    __tablename__ = "vacancy"

    id: Mapped[int] = mapped_column(primary_key=True)
    employer_id: Mapped[int] = mapped_column(ForeignKey("employer.id"), index=True)
    title: Mapped[str] = mapped_column(String(150))
    occupation_code: Mapped[str | None] = mapped_column(String(4))
    positions: Mapped[int] = mapped_column(default=1)
    contract_type: Mapped[str | None] = mapped_column(String(40))
    requirements: Mapped[str | None] = mapped_column(Text)
    foreign_documents_ok: Mapped[bool] = mapped_column(default=True)


class Event(Exported, Base):
    """A job fair or workshop."""

    __tablename__ = "event"

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int | None] = mapped_column(ForeignKey("site.id"), index=True)
    kind: Mapped[EventKind] = mapped_column(str_enum(EventKind))
    name: Mapped[str] = mapped_column(String(150))
    venue: Mapped[str | None] = mapped_column(String(150))
    starts_on: Mapped[date]
    ends_on: Mapped[date]
    capacity: Mapped[int | None]


class EventEmployer(Exported, Base):
    """An employer taking part in an event, with its booth."""

    __tablename__ = "event_employer"
    __table_args__ = (UniqueConstraint("event_id", "employer_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"))
    employer_id: Mapped[int] = mapped_column(ForeignKey("employer.id"), index=True)
    booth: Mapped[str | None] = mapped_column(String(20))


class Registration(Exported, Base):
    """A person (candidate or employer representative) registered for an event."""

    __tablename__ = "registration"
    __table_args__ = (UniqueConstraint("event_id", "person_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"))
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), index=True)
    employer_id: Mapped[int | None] = mapped_column(ForeignKey("employer.id"))
    role: Mapped[RegistrationRole] = mapped_column(str_enum(RegistrationRole))
    badge_code: Mapped[str] = mapped_column(String(16), unique=True)
    source: Mapped[str] = mapped_column(String(20), default="registry")
    checked_in_at: Mapped[datetime | None]
    cancelled_at: Mapped[datetime | None]
    # Set (with ``cancelled_at``) when a merge folded this registration into the kept person's
    # registration for the same event: its badge answers as that one.
    merged_into_id: Mapped[int | None] = mapped_column(ForeignKey("registration.id"))


class CheckIn(Exported, Base):
    """Every scan at a door, including the failed ones.

    At most one admitted (result ``ok``, not undone) row per registration: a partial unique
    index backs the conditional update that decides which of two stations wins.
    """

    __tablename__ = "check_in"
    __table_args__ = (
        Index(
            "uq_check_in_admitted",
            "registration_id",
            unique=True,
            sqlite_where=text("result = 'ok' AND undone_at IS NULL"),
            postgresql_where=text("result = 'ok' AND undone_at IS NULL"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int | None] = mapped_column(ForeignKey("event.id"), index=True)
    site_id: Mapped[int | None] = mapped_column(ForeignKey("site.id"), index=True)
    registration_id: Mapped[int | None] = mapped_column(ForeignKey("registration.id"), index=True)
    station: Mapped[str] = mapped_column(String(60))
    operator_id: Mapped[int | None] = mapped_column(ForeignKey("staff_user.id"))
    result: Mapped[CheckInResult] = mapped_column(str_enum(CheckInResult))
    raw_input: Mapped[str] = mapped_column(String(200))
    scanned_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    undone_at: Mapped[datetime | None]
    undone_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff_user.id"))


class Interaction(Exported, Base):
    """A booth visit or interview at a fair."""

    __tablename__ = "interaction"

    id: Mapped[int] = mapped_column(primary_key=True)
    registration_id: Mapped[int] = mapped_column(ForeignKey("registration.id"), index=True)
    employer_id: Mapped[int] = mapped_column(ForeignKey("employer.id"), index=True)
    vacancy_id: Mapped[int | None] = mapped_column(ForeignKey("vacancy.id"))
    kind: Mapped[InteractionKind] = mapped_column(str_enum(InteractionKind))
    next_step: Mapped[str | None] = mapped_column(String(120))
    rating: Mapped[int | None]
    notes: Mapped[str | None] = mapped_column(Text)
    recorded_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff_user.id"))


class Outcome(Exported, Base):
    """What came of a candidate's fair: interviewed, offered, hired or not, and the follow-ups."""

    __tablename__ = "outcome"
    __table_args__ = (UniqueConstraint("registration_id", "kind_key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    registration_id: Mapped[int] = mapped_column(ForeignKey("registration.id"), index=True)
    vacancy_id: Mapped[int | None] = mapped_column(ForeignKey("vacancy.id"))
    employer_id: Mapped[int | None] = mapped_column(ForeignKey("employer.id"))
    status: Mapped[OutcomeStatus] = mapped_column(str_enum(OutcomeStatus))
    occurred_on: Mapped[date]
    notes: Mapped[str | None] = mapped_column(Text)
    followed_up_30_on: Mapped[date | None]
    followed_up_90_on: Mapped[date | None]
    recorded_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff_user.id"))
    # ``outcome_kind_key``, stamped on every write: the unique (registration, kind) is what stops
    # two stations from recording the same outcome at the same moment.
    kind_key: Mapped[str] = mapped_column(String(40), default="")


def outcome_kind_key(status: object, vacancy_id: int | None, employer_id: int | None) -> str:
    """What makes two outcomes of one registration the same: status, vacancy and employer."""
    return f"{getattr(status, 'value', status)}:{vacancy_id or 0}:{employer_id or 0}"


@event.listens_for(Outcome, "before_insert")
@event.listens_for(Outcome, "before_update")
def _stamp_outcome_kind(_mapper: Any, _connection: Any, outcome: Outcome) -> None:
    outcome.kind_key = outcome_kind_key(outcome.status, outcome.vacancy_id, outcome.employer_id)


class BadgePrint(Exported, Base):
    __tablename__ = "badge_print"

    id: Mapped[int] = mapped_column(primary_key=True)
    registration_id: Mapped[int | None] = mapped_column(ForeignKey("registration.id"), index=True)
    person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"), index=True)
    stock: Mapped[str] = mapped_column(String(40))
    printed_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff_user.id"))


class StaffUser(Exported, Base):
    __tablename__ = "staff_user"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(60), unique=True)
    full_name: Mapped[str] = mapped_column(String(120))
    role: Mapped[Role] = mapped_column(str_enum(Role))
    password_hash: Mapped[str] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(default=True)
    last_login_at: Mapped[datetime | None]


class ImportRun(Base):
    """One import of a spreadsheet, committed in small batches so that stations keep working.

    ``rows_done`` is the spreadsheet row up to which everything is written, in the same
    transaction as the rows themselves: an import stopped half-way (a crash, a killed process)
    is taken up again from there, so a row is never written twice. ``finished_at`` stays empty
    until the last batch; ``counts`` holds the summary once it ends."""

    __tablename__ = "import_run"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    file_name: Mapped[str] = mapped_column(String(255))
    file_sha256: Mapped[str] = mapped_column(String(64), index=True)
    event_id: Mapped[int | None] = mapped_column(ForeignKey("event.id"))
    staff_user_id: Mapped[int | None] = mapped_column(ForeignKey("staff_user.id"))
    username: Mapped[str | None] = mapped_column(String(60))
    started_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
    finished_at: Mapped[datetime | None]
    rows_done: Mapped[int] = mapped_column(default=1)
    counts: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class ExportBatch(Exported, Base):
    """A numbered batch of municipality export files.

    ``kind`` is the numbering series: ``lote`` (incremental or, with ``full``, complete
    batches, which move the ledger) or ``identificado`` (identified exports, numbered apart).
    The unique (kind, number) is what stops two stations from writing the same batch.
    """

    __tablename__ = "export_batch"
    __table_args__ = (UniqueConstraint("kind", "number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(40))
    number: Mapped[int]
    full: Mapped[bool] = mapped_column(default=False)
    since: Mapped[datetime | None]
    row_counts: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    staff_user_id: Mapped[int | None] = mapped_column(ForeignKey("staff_user.id"))
    site_id: Mapped[int | None] = mapped_column(ForeignKey("site.id"))
    canton_code: Mapped[str | None] = mapped_column(String(4))
    station: Mapped[str] = mapped_column(String(120))
    folder: Mapped[str] = mapped_column(String(500))
    delimiter: Mapped[str] = mapped_column(String(1))
    schema_version: Mapped[str] = mapped_column(String(10))


class ExportFile(Base):
    """The bytes of one file of a batch (gzip-compressed), so the batch can be written again
    exactly as it was sent. Derived data: not exported."""

    __tablename__ = "export_file"
    __table_args__ = (UniqueConstraint("batch_id", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    batch_id: Mapped[int] = mapped_column(ForeignKey("export_batch.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(60))
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column("bytes")
    content: Mapped[bytes] = mapped_column(LargeBinary)


class ExportMark(Base):
    """The ledger: what the municipality holds of each exported row, as a digest of the values
    last sent (deletions sent: entity ``bajas``, key ``entity:key``). Identified exports never
    touch it."""

    __tablename__ = "export_mark"

    entity: Mapped[str] = mapped_column(String(40), primary_key=True)
    row_key: Mapped[str] = mapped_column(String(80), primary_key=True)
    digest: Mapped[str] = mapped_column(CHAR(16))
    batch_id: Mapped[int] = mapped_column(ForeignKey("export_batch.id"), index=True)


class Setting(Base):
    """Database-wide settings shared by every station (site in use, idle lock...)."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Tombstone(Base):
    """What is left of a deleted exported row, so incremental exports can carry the deletion."""

    __tablename__ = "tombstone"

    id: Mapped[int] = mapped_column(primary_key=True)
    table_name: Mapped[str] = mapped_column(String(60))
    row_uuid: Mapped[UUID] = mapped_column(index=True)
    deleted_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    deleted_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff_user.id"))


class AuditEntry(Base):
    """Append-only record of every write: who, when, what entity and what changed.

    The database refuses UPDATE and DELETE on this table (triggers in the migration).
    """

    __tablename__ = "audit_entry"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    staff_user_id: Mapped[int | None] = mapped_column(ForeignKey("staff_user.id"), index=True)
    username: Mapped[str | None] = mapped_column(String(60))
    action: Mapped[AuditAction] = mapped_column(str_enum(AuditAction))
    entity: Mapped[str] = mapped_column(String(60))
    entity_id: Mapped[str | None] = mapped_column(String(40))
    changes: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
