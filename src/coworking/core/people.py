"""The people registry: validation, duplicates, search in any word order, consent, merges.

Every write goes through a unit of work, so the audit listener records it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

import phonenumbers
from sqlalchemy import Select, and_, delete, func, insert, select
from sqlalchemy.orm import Session
from stdnum.ec import ci

from coworking import clock
from coworking.core import accounts, duplicates, reference
from coworking.core.codes import new_code
from coworking.core.consents import (  # the consent services live there; callers keep these
    CONSENT_VERSION as CONSENT_VERSION,
)
from coworking.core.consents import PURPOSES as PURPOSES
from coworking.core.consents import REQUIRED_PURPOSE as REQUIRED_PURPOSE
from coworking.core.consents import active_purposes as active_purposes
from coworking.core.consents import withdraw_consent as withdraw_consent
from coworking.core.errors import NotFound, UserError
from coworking.core.phones import read_phone
from coworking.core.text import person_search_name, search_key
from coworking.db.enums import DocumentType, PopulationGroup, Sex
from coworking.db.models import (
    ConsentRecord,
    EntrepreneurProfile,
    Person,
    PersonDocument,
    PersonToken,
    StaffUser,
)

TOKEN_LENGTH = 60
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_TOKEN_END = "\U0010ffff"  # above every character: "nun" <= token < "nun\U0010ffff"
# Fields only coordinators and administrators see and edit (LOPDP: special-category data).
SENSITIVE_FIELDS = frozenset({"population_group", "disability", "document_number"})
# What roles without that access neither see, give nor change: the document's type too (a
# refugee document tells a migration status).
RESTRICTED_FIELDS = SENSITIVE_FIELDS | {"document_type"}


@dataclass
class PersonInput:
    given_names: str
    family_names: str
    document_type: DocumentType = DocumentType.NONE
    document_number: str | None = None
    nationality: str | None = None
    sex: Sex | None = None
    birth_date: date | None = None
    population_group: PopulationGroup | None = None
    disability: str | None = None
    phone: str | None = None
    email: str | None = None
    canton_code: str | None = None
    education_level: str | None = None


@dataclass
class DuplicateCandidate:
    person_id: int
    name: str
    reason: str


class DuplicateDocument(UserError):
    """Another person already holds this document; ``existing_id`` links to them."""

    def __init__(self, existing_id: int, name: str) -> None:
        super().__init__(f"Ya está registrada una persona con ese documento: {name}.")
        self.existing_id = existing_id


class LikelyDuplicates(UserError):
    """Similar people exist; staff must open one or confirm this is someone else."""

    def __init__(self, candidates: list[DuplicateCandidate]) -> None:
        names = "; ".join(f"{c.name} ({c.reason})" for c in candidates[:3])
        super().__init__(f"Puede que esta persona ya esté registrada: {names}.")
        self.candidates = candidates


@dataclass
class Problems:
    """Errors by field, which stop a save; and warnings by field, doubts that do not (a phone
    in a block not listed as assigned). Truth is about errors only."""

    by_field: dict[str, str] = field(default_factory=dict)
    warnings: dict[str, str] = field(default_factory=dict)

    def __bool__(self) -> bool:
        return bool(self.by_field)


def normalise_document(kind: DocumentType, raw: str | None) -> str | None:
    if kind == DocumentType.NONE or raw is None:
        return None
    cleaned = "".join(raw.split()).upper()
    if kind == DocumentType.CEDULA:
        cleaned = cleaned.replace("-", "")
    return cleaned or None


def validate(data: PersonInput, today: date | None = None) -> Problems:
    """Problems by field, in Spanish. Normalises phone and document in ``data`` as it goes; a
    phone is read for the person's nationality too (:func:`coworking.core.phones.read_phone`)."""
    problems = Problems()
    found = problems.by_field
    today = today or clock.today()
    if not data.given_names.strip():
        found["given_names"] = "Escriba los nombres."
    if not data.family_names.strip():
        found["family_names"] = "Escriba los apellidos."
    data.document_number = normalise_document(data.document_type, data.document_number)
    if data.document_type != DocumentType.NONE and not data.document_number:
        found["document_number"] = "Escriba el número del documento, o elija «Ninguno»."
    elif data.document_type == DocumentType.CEDULA and not ci.is_valid(data.document_number):
        found["document_number"] = "La cédula no es válida: revise los 10 dígitos."
    if data.nationality and data.nationality not in reference.countries_by_code():
        found["nationality"] = "Elija un país de la lista."
    if data.birth_date is not None and not (date(1900, 1, 1) <= data.birth_date <= today):
        found["birth_date"] = "La fecha de nacimiento no es posible."
    phone = read_phone(data.phone, data.nationality)
    if phone.error:
        found["phone"] = phone.error
    else:
        data.phone = phone.e164
    if phone.warning:
        problems.warnings["phone"] = phone.warning
    data.email = (data.email or "").strip() or None
    if data.email and not _EMAIL.match(data.email):
        found["email"] = "El correo electrónico no es válido."
    if data.canton_code and reference.canton(data.canton_code) is None:
        found["canton_code"] = "Elija un cantón de la lista."
    return problems


def is_email(text: str) -> bool:
    """The shape of an e-mail address (something@somewhere.tld), nothing more."""
    return bool(_EMAIL.match(text))


def tokens(person: Person | PersonInput) -> set[str]:
    """Search words: each name word without accents, the document, the phone's digits."""
    return token_set(person.given_names, person.family_names, person.document_number, person.phone)


def token_set(
    given_names: str, family_names: str, document_number: str | None, phone: str | None
) -> set[str]:
    words = set(search_key(f"{given_names} {family_names}").split())
    if document_number:
        words.add(search_key(re.sub(r"[\s\-.]", "", document_number)))
    if phone:
        words.add(phone.lstrip("+"))  # 593991234567
        if phone.startswith("+593"):  # the usual case, without parsing again
            words.add(phone[4:])  # 991234567
            words.add("0" + phone[4:])  # 0991234567, as people say it in Ecuador
        else:
            words |= _foreign_phone_words(phone)
    return {w[:TOKEN_LENGTH] for w in words if w}


def _foreign_phone_words(phone: str) -> set[str]:
    """``+584121234567`` → ``4121234567`` and ``04121234567``, as a Venezuelan says it."""
    try:
        number = phonenumbers.parse(phone)
    except phonenumbers.NumberParseException:
        return set()
    national = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    return {
        phonenumbers.national_significant_number(number),
        re.sub(r"\D", "", national),
    }


def reindex(session: Session, person: Person) -> None:
    """Write ``person``'s search words again, further documents (from merges) included."""
    session.execute(delete(PersonToken).where(PersonToken.person_id == person.id))
    words = tokens(person)
    for number in session.scalars(
        select(PersonDocument.document_number).where(PersonDocument.person_id == person.id)
    ):
        words |= token_set("", "", number, None)
    rows = [{"person_id": person.id, "token": t} for t in sorted(words)]
    if rows:
        session.execute(insert(PersonToken), rows)


def apply_input(person: Person, data: PersonInput) -> None:
    for name in PersonInput.__dataclass_fields__:
        value = getattr(data, name)
        setattr(person, name, value.strip() if isinstance(value, str) else value)
    person.search_name = person_search_name(person.given_names, person.family_names)


def _check_document(session: Session, data: PersonInput, exclude_id: int | None) -> None:
    if not data.document_number:
        return
    query = select(Person).where(
        Person.document_type == data.document_type,
        Person.document_number == data.document_number,
        Person.merged_into_id.is_(None),
    )
    if exclude_id is not None:
        query = query.where(Person.id != exclude_id)
    existing = session.scalar(query.limit(1))
    if existing is None:  # a further document of someone, brought by a merge
        existing = session.scalar(
            select(Person)
            .join(PersonDocument, PersonDocument.person_id == Person.id)
            .where(
                PersonDocument.document_type == data.document_type,
                PersonDocument.document_number == data.document_number,
                Person.id != (exclude_id or 0),
            )
            .limit(1)
        )
    if existing is not None:
        raise DuplicateDocument(existing.id, f"{existing.given_names} {existing.family_names}")


def likely_duplicates(
    session: Session, data: PersonInput, exclude_id: int | None = None
) -> list[DuplicateCandidate]:
    """Registered people who may be the one in ``data``, by the rules of
    :mod:`coworking.core.duplicates` (same document or phone; similar name and the same birth
    date, or with day and month swapped), strongest reason first."""
    return [
        DuplicateCandidate(pair.second.key, pair.second.name, pair.reason)
        for pair in duplicates.candidates_for(session, data, exclude_id)
    ]


def create_person(
    session: Session,
    actor: StaffUser,
    data: PersonInput,
    purposes: list[str],
    *,
    not_duplicate_of: frozenset[int] = frozenset(),
) -> Person:
    """Register a person with their consent. Refuses invalid data (``UserError`` naming the
    fields), a document already registered (:class:`DuplicateDocument`) and, unless confirmed
    in ``not_duplicate_of``, likely duplicates (:class:`LikelyDuplicates`)."""
    accounts.require_role(actor, accounts.ALL_STAFF)
    for name in restricted_fields(actor):  # nothing the role cannot see is stored
        setattr(data, name, DocumentType.NONE if name == "document_type" else None)
    problems = validate(data)
    if problems:
        raise UserError(" ".join(problems.by_field.values()))
    if REQUIRED_PURPOSE not in purposes:
        raise UserError("Sin consentimiento para el registro no se pueden guardar los datos.")
    _check_document(session, data, None)
    candidates = [
        c for c in likely_duplicates(session, data) if c.person_id not in not_duplicate_of
    ]
    if candidates:
        raise LikelyDuplicates(candidates)
    person = Person()
    apply_input(person, data)
    session.add(person)
    session.flush()
    reindex(session, person)
    session.add(
        ConsentRecord(
            person_id=person.id,
            purposes=sorted(set(purposes)),
            text_version=CONSENT_VERSION,
            staff_user_id=actor.id,
        )
    )
    return person


def update_person(session: Session, actor: StaffUser, person_id: int, data: PersonInput) -> Person:
    """Change a person's data; the audit keeps old and new values. Roles without access to
    sensitive fields keep their stored values whatever ``data`` holds."""
    accounts.require_role(actor, accounts.ALL_STAFF)
    person = _get(session, person_id)
    kept = restricted_fields(actor)
    for name in kept:
        setattr(data, name, getattr(person, name))
    problems = {k: v for k, v in validate(data).by_field.items() if k not in kept}
    if problems:
        raise UserError(" ".join(problems.values()))
    for name in kept:  # as stored: not even normalised
        setattr(data, name, getattr(person, name))
    _check_document(session, data, person.id)
    apply_input(person, data)
    session.flush()
    reindex(session, person)
    return person


def _get(session: Session, person_id: int) -> Person:
    person = session.get(Person, person_id)
    if person is None:
        raise NotFound("No existe esa persona.")
    return person


def search(session: Session, text: str, limit: int = 50, offset: int = 0) -> list[Person]:
    """People whose words start with every word typed, in any order, accents and case aside;
    sorted by family names. Merged records are left out."""
    return list(session.scalars(search_statement(text, limit, offset)))


def search_statement(text: str, limit: int = 50, offset: int = 0) -> Select[tuple[Person]]:
    """The SELECT behind :func:`search` (the benchmark runs it through raw sqlite3 too)."""
    return _search_query(text).order_by(Person.search_name, Person.id).limit(limit).offset(offset)


def count(session: Session, text: str) -> int:
    return session.scalar(select(func.count()).select_from(_search_query(text).subquery())) or 0


def _search_query(text: str) -> Select[tuple[Person]]:
    query = select(Person).where(Person.merged_into_id.is_(None))
    for word in sorted(set(search_key(re.sub(r"[\-.]", "", text)).split()), key=len, reverse=True):
        word = word[:TOKEN_LENGTH]
        matching = select(PersonToken.person_id).where(
            and_(PersonToken.token >= word, PersonToken.token < word + _TOKEN_END)
        )
        query = query.where(Person.id.in_(matching))
    return query


def ensure_member_code(session: Session, actor: StaffUser, person_id: int) -> str:
    """Give an entrepreneur a random member code with a check character, once."""
    accounts.require_role(actor, accounts.ALL_STAFF)
    person = _get(session, person_id)
    while person.member_code is None:
        code = new_code()
        if session.scalar(select(Person.id).where(Person.member_code == code)) is None:
            person.member_code = code
    return person.member_code


STAGES = {
    "idea": "Idea",
    "inicio": "Inicio",
    "crecimiento": "Crecimiento",
    "consolidado": "Consolidado",
}


def save_profile(
    session: Session,
    actor: StaffUser,
    person_id: int,
    business_name: str,
    sector: str | None,
    stage: str | None,
    description: str | None,
) -> str:
    """Create or change a person's entrepreneur profile; returns their member code."""
    accounts.require_role(actor, accounts.ALL_STAFF)
    person = _get(session, person_id)
    if not business_name.strip():
        raise UserError("Escriba el nombre del emprendimiento.")
    if sector and sector not in {entry.code for entry in reference.ciiu_sections()}:
        raise UserError("Elija un sector de la lista (CIIU).")
    if stage and stage not in STAGES:
        raise UserError("Elija una etapa de la lista.")
    profile = session.scalar(
        select(EntrepreneurProfile).where(EntrepreneurProfile.person_id == person.id)
    )
    if profile is None:
        profile = EntrepreneurProfile(person_id=person.id, business_name="")
        session.add(profile)
    profile.business_name = business_name.strip()
    profile.sector, profile.stage = sector or None, stage or None
    profile.description = (description or "").strip() or None
    session.flush()
    return ensure_member_code(session, actor, person.id)


def visible_fields(actor: StaffUser) -> frozenset[str]:
    """The person fields this staff user may see and edit (LOPDP minimisation)."""
    return frozenset(PersonInput.__dataclass_fields__) - restricted_fields(actor)


def restricted_fields(actor: StaffUser) -> frozenset[str]:
    """The person fields this staff user neither sees nor sets (empty for coordinators)."""
    return frozenset() if accounts.can(actor, accounts.SENSITIVE_DATA) else RESTRICTED_FIELDS
