"""Realistic, reproducible demo data: the people, places and events of a municipal co-working.

Names are Ecuadorian, Venezuelan and Colombian with their accents and ñ; cédulas pass their check
digit; nationality, population group, documents and ages follow the mix seen in Manta and Santo
Domingo. Everything is dated from the demo's moment (by default now; ages, fairs, a year of
co-working that ends at that moment, the bookings of the next two weeks) in Ecuador's local
time, and comes from one ``random.Random(seed)``: the same seed and the same moment give the
same data. People are written with bulk inserts (100,000 in seconds), recorded as one audit
entry.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from random import Random
from typing import Any, TypeVar
from uuid import UUID

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from coworking import clock, paths
from coworking.core import accounts, audit, reference
from coworking.core.codes import new_code
from coworking.core.demo_coworking import add_coworking
from coworking.core.demo_fairs import add_fairs
from coworking.core.errors import UserError
from coworking.core.people import token_set
from coworking.core.setup import FirstRun, current_site, run_first_setup
from coworking.core.text import person_search_name, search_key
from coworking.db.enums import (
    AuditAction,
    DocumentType,
    PopulationGroup,
    Role,
    Sex,
)
from coworking.db.models import (
    ConsentRecord,
    EntrepreneurProfile,
    Person,
    PersonToken,
    StaffUser,
)

CONSENT_VERSION = "2026-01"
DEMO_PASSWORD = "demo-2026"
BATCH = 5_000
DAY_TIME = time(10, 30)  # the demo's moment on a day given by date (``coworking demo --today``)
DUPLICATE_EVERY = 150  # one person in this many was registered twice (see _typed_again)
T = TypeVar("T")

NATIONALITIES = {"EC": 55, "VE": 35, "CO": 7, "PE": 2, "CU": 1}
GROUPS = {
    "EC": {PopulationGroup.HOST: 86, PopulationGroup.RETURNEE: 14},
    "VE": {
        PopulationGroup.MIGRANT_DESTINATION: 70,
        PopulationGroup.IN_TRANSIT: 25,
        PopulationGroup.OTHER: 5,
    },
    "CO": {
        PopulationGroup.MIGRANT_DESTINATION: 80,
        PopulationGroup.IN_TRANSIT: 15,
        PopulationGroup.OTHER: 5,
    },
}
FOREIGN_GROUPS = {PopulationGroup.MIGRANT_DESTINATION: 85, PopulationGroup.IN_TRANSIT: 15}
DOCUMENTS = {
    "EC": {DocumentType.CEDULA: 97, DocumentType.NONE: 3},
    "foreign": {
        DocumentType.PASSPORT: 40,
        DocumentType.CEDULA: 20,
        DocumentType.VISA: 14,
        DocumentType.REFUGEE: 12,
        DocumentType.OTHER: 4,
        DocumentType.NONE: 10,
    },
}
SEXES = {Sex.WOMAN: 52, Sex.MAN: 46, Sex.OTHER: 1, Sex.UNDISCLOSED: 1}
EDUCATION = {
    "primaria": 12,
    "secundaria": 18,
    "bachillerato": 38,
    "tecnologia": 12,
    "tercer_nivel": 17,
    "cuarto_nivel": 2,
    "ninguna": 1,
}
DISABILITIES = ["física", "visual", "auditiva", "intelectual", "psicosocial"]
MOBILE_PREFIXES = ["99", "98"]  # every 8-digit number after these is a valid mobile
SECTORS = {"G": 30, "I": 22, "C": 15, "S": 10, "M": 6, "J": 5, "A": 5, "N": 4, "R": 3}
STAGES = {"idea": 25, "inicio": 40, "crecimiento": 28, "consolidado": 7}
BUSINESSES = {
    "G": ["Tienda", "Bazar", "Frutería", "Distribuidora"],
    "I": ["Arepera", "Cevichería", "Panadería", "Comedor", "Dulces"],
    "C": ["Confecciones", "Artesanías", "Calzado", "Mermeladas"],
    "S": ["Peluquería", "Barbería", "Lavandería", "Sastrería"],
    "M": ["Asesoría contable", "Diseño gráfico", "Fotografía"],
    "J": ["Reparación de celulares", "Soluciones web"],
    "A": ["Huerto", "Vivero", "Apícola"],
    "N": ["Limpieza", "Mensajería"],
    "R": ["Academia de baile", "Eventos"],
}
BUSINESS_NAMES = [
    "La Esperanza",
    "Doña Rosa",
    "El Buen Sabor",
    "Manabita",
    "Los Andes",
    "Caribe",
    "Mi Tierra",
    "Ñañito",
]
DESCRIPTIONS = [
    "Venta al por menor en el barrio",
    "Producción artesanal con entrega a domicilio",
    "Servicio por encargo, pedidos por WhatsApp",
    "Emprendimiento familiar",
]


def _weighted(rng: Random, weights: dict[T, int]) -> T:
    return rng.choices(list(weights), weights=list(weights.values()))[0]


def _uuid(rng: Random) -> UUID:
    return UUID(int=rng.getrandbits(128), version=4)


def cedula(rng: Random, province: int | None = None) -> str:
    """A cédula that passes its check digit (``province`` 30 for a foreign resident)."""
    province = province if province is not None else rng.randint(1, 24)
    digits = [int(c) for c in f"{province:02d}"] + [rng.randint(0, 5)]
    digits += [rng.randint(0, 9) for _ in range(6)]
    total = 0
    for index, digit in enumerate(digits):
        product = digit * (2 if index % 2 == 0 else 1)
        total += product - 9 if product > 9 else product
    check = (10 - total % 10) % 10
    return "".join(map(str, digits)) + str(check)


def _document(rng: Random, nationality: str, kind: DocumentType) -> str | None:
    if kind == DocumentType.NONE:
        return None
    if kind == DocumentType.CEDULA:
        return cedula(rng) if nationality == "EC" else cedula(rng, 30)
    prefix = {
        DocumentType.PASSPORT: "",
        DocumentType.VISA: "VR-",
        DocumentType.REFUGEE: "RF-",
        DocumentType.OTHER: "DOC-",
    }[kind]
    return f"{prefix}{rng.randint(100_000_000, 999_999_999)}"


@dataclass(frozen=True)
class _Names:
    given: dict[tuple[str, Sex], list[str]]
    family: list[str]

    @classmethod
    def load(cls) -> _Names:
        folder = paths.resource("data", "demo")
        given: dict[tuple[str, Sex], list[str]] = {}
        with (folder / "nombres.csv").open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                given.setdefault((row["origen"], Sex(row["sexo"])), []).append(row["nombre"])
        with (folder / "apellidos.csv").open(encoding="utf-8", newline="") as handle:
            family = [row["apellido"] for row in csv.DictReader(handle)]
        return cls(given, family)

    def pick_given(self, rng: Random, nationality: str, sex: Sex) -> str:
        origin = nationality if nationality in ("EC", "VE", "CO") else "VE"
        as_sex = sex if sex in (Sex.WOMAN, Sex.MAN) else rng.choice([Sex.WOMAN, Sex.MAN])
        return rng.choice(self.given[(origin, as_sex)])


@dataclass
class DemoSummary:
    people: int = 0
    entrepreneurs: int = 0
    consents: int = 0
    events: int = 0
    resources: int = 0
    bookings: int = 0  # co-working bookings of the past year and the next two weeks
    no_shows: int = 0
    visits: int = 0
    moment: datetime | None = None  # the demo's now: nothing is dated later
    staff: dict[str, str] = field(default_factory=dict)  # username -> password (demo only)


def moment_of(day: date) -> datetime:
    """The demo's moment on ``day``: :data:`DAY_TIME` local time, as an aware UTC datetime."""
    return datetime.combine(day, DAY_TIME, clock.local_zone()).astimezone(UTC)


def _person_rows(rng: Random, count: int, home_canton: str, now: datetime) -> Iterator[dict]:
    names = _Names.load()
    today = now.astimezone(clock.local_zone()).date()
    canton_codes = [c.code for c in reference.cantons()]
    used_documents: set[tuple[DocumentType, str]] = set()
    earlier: list[dict] = []
    for index in range(count):
        nationality = _weighted(rng, NATIONALITIES)
        sex = _weighted(rng, SEXES)
        given = names.pick_given(rng, nationality, sex)
        family = f"{rng.choice(names.family)} {rng.choice(names.family)}"
        kind = _weighted(rng, DOCUMENTS["EC" if nationality == "EC" else "foreign"])
        number = _document(rng, nationality, kind)
        while number is not None and (kind, number) in used_documents:
            number = _document(rng, nationality, kind)
        if number is not None:
            used_documents.add((kind, number))
        age_days = int(rng.triangular(18, 66, 26) * 365.25)
        row = {
            "uuid": _uuid(rng),
            "created_at": now,
            "updated_at": now,
            "given_names": given,
            "family_names": family,
            "search_name": person_search_name(given, family),
            "document_type": kind,
            "document_number": number,
            "nationality": nationality,
            "sex": sex,
            "birth_date": today - timedelta(days=age_days),
            "population_group": _weighted(rng, GROUPS.get(nationality, FOREIGN_GROUPS)),
            "disability": rng.choice(DISABILITIES) if rng.random() < 0.03 else None,
            "phone": f"+593{rng.choice(MOBILE_PREFIXES)}{rng.randint(0, 9_999_999):07d}"
            if rng.random() < 0.92
            else None,
            "email": _email(rng, given, family) if rng.random() < 0.35 else None,
            "canton_code": home_canton if rng.random() < 0.8 else rng.choice(canton_codes),
            "education_level": _weighted(rng, EDUCATION),
            "member_code": None,
        }
        if index % DUPLICATE_EVERY == DUPLICATE_EVERY // 2:
            _typed_again(row, earlier[index - DUPLICATE_EVERY // 3])
        earlier.append(row)
        yield row


def _typed_again(row: dict, first: dict) -> None:
    """Make ``row`` a second record of ``first``, as front desks make them: the names typed
    without accents, no document, another phone. The demo's «Posibles duplicados» list has
    something to show. ``row`` keeps its own randomness, so the rest of the demo stays the
    same (and the birth date moves with the demo's day, as everyone's does)."""

    def plain(text: str) -> str:
        return " ".join(word.capitalize() for word in search_key(text).split())

    row["given_names"], row["family_names"] = (
        plain(first["given_names"]),
        plain(first["family_names"]),
    )
    row["search_name"] = person_search_name(row["given_names"], row["family_names"])
    row["birth_date"] = first["birth_date"]
    row["document_type"], row["document_number"] = DocumentType.NONE, None
    row["sex"], row["nationality"] = first["sex"], first["nationality"]


def _email(rng: Random, given: str, family: str) -> str:
    first, last = search_key(given).split()[0], search_key(family).split()[0]
    return f"{first}.{last}{rng.randint(1, 99)}@correo.ejemplo.ec"


def _batches(items: Iterator[dict], size: int) -> Iterator[list[dict]]:
    batch: list[dict] = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def _ensure_setup(session: Session, summary: DemoSummary) -> StaffUser:
    admin = session.scalar(select(StaffUser).where(StaffUser.role == Role.ADMIN).limit(1))
    if admin is None:
        _site, admin = run_first_setup(
            session,
            FirstRun(
                "Coworking Municipal de Manta",
                "1308",
                "admin",
                "Administración (demo)",
                DEMO_PASSWORD,
            ),
        )
        summary.staff["admin"] = DEMO_PASSWORD
    audit.act_as(session, admin)
    for username, full_name, role in (
        ("coordinacion", "Carmen Zambrano Loor", Role.COORDINATOR),
        ("recepcion", "Luis Peña Macías", Role.FRONT_DESK),
    ):
        if session.scalar(select(StaffUser).where(StaffUser.username == username)) is None:
            accounts.create_user(session, admin, username, full_name, role, DEMO_PASSWORD)
            summary.staff[username] = DEMO_PASSWORD
    return admin


def _entrepreneur(rng: Random, person_id: int, now: datetime) -> dict[str, Any]:
    sector = _weighted(rng, SECTORS)
    business = f"{rng.choice(BUSINESSES[sector])} {rng.choice(BUSINESS_NAMES)}"
    return {
        "uuid": _uuid(rng),
        "created_at": now,
        "updated_at": now,
        "person_id": person_id,
        "business_name": business,
        "sector": sector,
        "stage": _weighted(rng, STAGES),
        "description": rng.choice(DESCRIPTIONS),
    }


def _insert_people(session: Session, rows: list[dict]) -> list[int]:
    """Core executemany (fast on both engines), then the new ids in the order of ``rows``."""
    connection = session.connection()
    connection.execute(insert(Person.__table__), rows)
    by_uuid = dict(
        connection.execute(
            select(Person.uuid, Person.id).where(Person.uuid.in_([r["uuid"] for r in rows]))
        ).all()
    )
    return [by_uuid[row["uuid"]] for row in rows]


def _consent(rng: Random, person_id: int, staff_id: int, now: datetime) -> dict[str, Any]:
    purposes = ["registro"]
    if rng.random() < 0.7:
        purposes.append("estadisticas")
    if rng.random() < 0.5:
        purposes.append("contacto")
    return {
        "uuid": _uuid(rng),
        "created_at": now,
        "updated_at": now,
        "person_id": person_id,
        "purposes": purposes,
        "text_version": CONSENT_VERSION,
        "given_at": now,
        "staff_user_id": staff_id,
    }


def generate(
    session: Session,
    people: int = 500,
    seed: int = 1,
    progress: Callable[[int, int], None] | None = None,
    *,
    now: datetime | None = None,
) -> DemoSummary:
    """Fill an empty database with demo data around ``now`` (an aware moment; by default the
    program's clock): nothing is dated later. The caller owns the transaction."""
    if people < 0:
        raise UserError("El número de personas no puede ser negativo.")
    if session.scalar(select(func.count()).select_from(Person)):
        raise UserError(
            "La base de datos ya tiene personas registradas: los datos de "
            "demostración solo se cargan en una base de datos nueva (use --db)."
        )
    if now is not None and now.tzinfo is None:
        raise ValueError("now must be an aware datetime")
    rng = Random(seed)
    summary = DemoSummary()
    admin = _ensure_setup(session, summary)
    now = (now or clock.now()).astimezone(UTC)  # read after the accounts: none is later
    summary.moment = now
    site = current_site(session)
    home = site.canton_code if site else "1308"
    member_codes: set[str] = set()
    person_ids: list[int] = []
    done = 0
    for batch in _batches(_person_rows(rng, people, home, now), BATCH):
        entrepreneurs = [rng.random() < 0.25 for _ in batch]
        for row, is_entrepreneur in zip(batch, entrepreneurs, strict=True):
            if is_entrepreneur:
                code = new_code(rng)
                while code in member_codes:
                    code = new_code(rng)
                member_codes.add(code)
                row["member_code"] = code
        ids = _insert_people(session, batch)
        person_ids += ids
        consents = [_consent(rng, person_id, admin.id, now) for person_id in ids]
        profiles = [
            _entrepreneur(rng, person_id, now)
            for person_id, flag in zip(ids, entrepreneurs, strict=True)
            if flag
        ]
        connection = session.connection()
        search_words = [
            {"person_id": person_id, "token": token}
            for person_id, row in zip(ids, batch, strict=True)
            for token in token_set(
                row["given_names"], row["family_names"], row["document_number"], row["phone"]
            )
        ]
        connection.execute(insert(PersonToken.__table__), search_words)
        connection.execute(insert(ConsentRecord.__table__), consents)
        if profiles:
            connection.execute(insert(EntrepreneurProfile.__table__), profiles)
        summary.consents += len(consents)
        summary.entrepreneurs += len(profiles)
        done += len(batch)
        if progress:
            progress(done, people)
    summary.people = done
    fair_counts = add_fairs(session, rng, admin, person_ids, now)
    summary.events = fair_counts["events"]
    space_counts = add_coworking(session, rng, admin, now)
    summary.resources = space_counts["resources"]
    summary.bookings = space_counts["bookings"]
    summary.no_shows = space_counts["no_shows"]
    summary.visits = space_counts["visits"]
    audit.record(
        session,
        AuditAction.CREATE,
        "demo",
        None,
        people=people,
        seed=seed,
        moment=now.isoformat(),
        entrepreneurs=summary.entrepreneurs,
        **fair_counts,
        **space_counts,
    )
    return summary
