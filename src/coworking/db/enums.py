"""Closed vocabularies stored as short strings (portable across SQLite and PostgreSQL)."""

from __future__ import annotations

from enum import StrEnum

from sqlalchemy import Enum


class Role(StrEnum):
    ADMIN = "admin"
    COORDINATOR = "coordinator"
    FRONT_DESK = "front_desk"


class DocumentType(StrEnum):
    CEDULA = "cedula"
    PASSPORT = "passport"
    REFUGEE = "refugee"
    VISA = "visa"
    OTHER = "other"
    NONE = "none"


class Sex(StrEnum):
    WOMAN = "woman"
    MAN = "man"
    OTHER = "other"
    UNDISCLOSED = "undisclosed"


class PopulationGroup(StrEnum):
    HOST = "host"
    MIGRANT_DESTINATION = "migrant_destination"
    IN_TRANSIT = "in_transit"
    RETURNEE = "returnee"
    OTHER = "other"


class ResourceKind(StrEnum):
    DESK = "desk"
    ROOM = "room"
    OTHER = "other"


class EventKind(StrEnum):
    JOB_FAIR = "job_fair"
    WORKSHOP = "workshop"


class RegistrationRole(StrEnum):
    CANDIDATE = "candidate"
    EMPLOYER_REP = "employer_rep"
    STAFF = "staff"
    VISITOR = "visitor"


class CheckInResult(StrEnum):
    OK = "ok"
    DUPLICATE = "duplicate"
    UNKNOWN = "unknown"
    INVALID = "invalid"
    WRONG_EVENT = "wrong_event"
    CANCELLED = "cancelled"
    CHECKED_OUT = "checked_out"
    NO_CONSENT = "no_consent"  # refused: no current consent for «registro»


class InteractionKind(StrEnum):
    BOOTH_VISIT = "booth_visit"
    INTERVIEW = "interview"
    CV_RECEIVED = "cv_received"


class OutcomeStatus(StrEnum):
    INTERVIEWED = "interviewed"
    OFFERED = "offered"
    HIRED = "hired"
    NOT_HIRED = "not_hired"


class AuditAction(StrEnum):
    CREATE = "create"
    UPDATE = "update"
    DELETE = "delete"
    LOGIN = "login"
    LOGIN_FAILED = "login_failed"
    EXPORT = "export"
    UNDO = "undo"
    BACKUP = "backup"


def str_enum(enum_cls: type[StrEnum]) -> Enum:
    """A VARCHAR column holding the enum's values (not its names), with no native DB type."""
    return Enum(
        enum_cls,
        native_enum=False,
        create_constraint=False,
        length=32,
        values_callable=lambda cls: [m.value for m in cls],
        validate_strings=True,
    )
