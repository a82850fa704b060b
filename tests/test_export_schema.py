"""What the municipality export files hold: the schema document, the pseudonyms, and the rows
read from a real database (built through the services) on both engines, pseudonymised and
identified."""

from __future__ import annotations

import base64
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from uuid import UUID, uuid4

import pytest
from sqlalchemy import select

from coworking.core import (
    bookings,
    checkin,
    fairs,
    interactions,
    merges,
    outcomes,
    people,
    registrations,
    settings,
    sites,
    visits,
)
from coworking.core.export_csv import cell_text
from coworking.core.export_schema import DELETIONS, ENTITIES, ExportContext, entity, markdown
from coworking.core.localtime import local_zone
from coworking.core.people import PersonInput
from coworking.core.pseudonyms import KEY_SETTING, RefMaker, person_ref, site_key
from coworking.core.setup import current_site
from coworking.db import enums
from coworking.db.database import Database
from coworking.db.enums import (
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
    Employer,
    EntrepreneurProfile,
    Event,
    Interaction,
    Outcome,
    Person,
    Registration,
    StaffUser,
    Vacancy,
    Visit,
)
from tests.cowork_data import TUESDAY, at
from tests.fair_data import RUCS

DOC = Path(__file__).resolve().parents[1] / "docs" / "export-schema.md"
REGENERATE = (
    'python -c "from pathlib import Path; from coworking.core.export_schema import markdown; '
    "Path('docs/export-schema.md').write_text(markdown(), encoding='utf-8')\""
)
TODAY = date(2026, 12, 15)
KEY = bytes(range(32))
FILES = [
    "personas",
    "perfiles_emprendimiento",
    "visitas",
    "reservas",
    "eventos",
    "inscripciones",
    "entradas",
    "empleadores",
    "vacantes",
    "interacciones",
    "resultados",
]
PURPOSES_ALL = ["registro", "estadisticas", "contacto"]
PEOPLE = {  # name: (input, consented purposes)
    "rosa": (
        PersonInput(
            "Rosa Elvira", "Cedeño Loor", DocumentType.CEDULA, "1710034065", "EC", Sex.WOMAN,
            date(1998, 3, 10), PopulationGroup.HOST, "visual", "0991234567",
            "rosa.cedeno@correo.ec", "1308", "bachillerato",
        ),
        PURPOSES_ALL,
    ),
    "yorgelis": (
        PersonInput(
            "Yorgelis Andreína", "Peña Rojas", DocumentType.PASSPORT, "V0912345", "VE", Sex.WOMAN,
            date(2001, 7, 2), PopulationGroup.MIGRANT_DESTINATION, None, "0998765432",
            "yorgelis.pena@correo.com",
        ),
        ["registro"],
    ),
    "wilmer": (
        PersonInput(
            "Wilmer José", "Urdaneta Sosa", DocumentType.REFUGEE, "REF-2026-0042", "VE", Sex.MAN,
            date(1960, 1, 20), PopulationGroup.IN_TRANSIT, None, "0987651234",
            "wilmer.urdaneta@correo.com",
        ),
        PURPOSES_ALL,
    ),
    "luisa": (
        PersonInput(
            "Luisa Fernanda", "Ortiz Mena", DocumentType.CEDULA, "1713175071", "EC", Sex.WOMAN,
            None, PopulationGroup.RETURNEE, None, "0981112233", "luisa.ortiz@correo.ec",
        ),
        ["registro", "estadisticas"],
    ),
    "luisa_dup": (
        PersonInput(
            "Luisa", "Ortiz", DocumentType.NONE, None, "EC", Sex.WOMAN, phone="0981112244",
            email="lortiz@correo.ec",
        ),
        ["registro", "estadisticas"],
    ),
    "roberto": (
        PersonInput(
            "Roberto Carlos", "Intriago Mero", DocumentType.CEDULA, "1304567892", "EC", Sex.MAN,
            date(1985, 9, 1), phone="0961239876", email="rintriago@atunera.ec",
        ),
        ["registro", "estadisticas"],
    ),
}  # fmt: skip
CONTACT = ("Gloria Mendoza Vélez", "0987654321", "gloria@atunera.ec")
TYPED_STEP = "Llamar a Rosa el lunes"
PRIVATE_TEXTS = [  # written by staff: never in a pseudonymised export
    "Reunión con Gloria Mendoza",
    "Empanadas Doña Rosa",
    "Empanadas de verde en el malecón",
    "Rosa Elvira, muy puntual",
    "Contratada por Gloria Mendoza",
    TYPED_STEP,
]


@dataclass
class World:
    person: dict[str, int] = field(default_factory=dict)
    registration: dict[str, int] = field(default_factory=dict)
    codes: list[str] = field(default_factory=list)  # member code, then badge codes
    badge: dict[str, str] = field(default_factory=dict)
    site_id: int = 0
    event_id: int = 0
    employer_id: int = 0
    vacancy_id: int = 0
    booking_id: int = 0
    visit: dict[str, int] = field(default_factory=dict)
    interaction: dict[str, int] = field(default_factory=dict)
    outcome_id: int = 0


def _toggle(database: Database, admin: StaffUser, world: World, who: str, moment) -> int:
    with database.unit_of_work(admin) as session:
        answer = visits.toggle(
            session, world.site_id, world.person[who], "Recepción", admin, now=moment
        )
        return answer.visit_id


def build_world(database: Database, admin: StaffUser) -> World:
    """People with and without consent, a withdrawn consent, a merged pair, a visit with its
    booking, a fair with registrations, scans, interactions, an outcome, employer, vacancy."""
    world = World()
    with database.unit_of_work(admin) as session:
        for name, (data, purposes) in PEOPLE.items():
            person = people.create_person(
                session, admin, data, purposes, not_duplicate_of=frozenset(range(100_000))
            )
            world.person[name] = person.id
        people.withdraw_consent(session, admin, world.person["wilmer"], ["estadisticas"])
        world.site_id = current_site(session).id
        desk = sites.save_resource(
            session, admin, world.site_id, sites.ResourceInput(ResourceKind.DESK, "Escritorio 1")
        )
        world.booking_id = bookings.book(
            session, admin, desk.id, world.person["rosa"], at(1, 10), at(1, 12),
            purpose=PRIVATE_TEXTS[0], now=TUESDAY,
        ).id  # fmt: skip
        world.codes.append(
            people.save_profile(
                session, admin, world.person["rosa"], PRIVATE_TEXTS[1], "I", "inicio",
                PRIVATE_TEXTS[2],
            )
        )  # fmt: skip
    world.visit["rosa"] = _toggle(database, admin, world, "rosa", at(1, 9, 50))
    _toggle(database, admin, world, "rosa", at(1, 11, 30))
    world.visit["yorgelis"] = _toggle(database, admin, world, "yorgelis", at(2, 10))
    _toggle(database, admin, world, "yorgelis", at(2, 13))
    world.visit["luisa_dup"] = _toggle(database, admin, world, "luisa_dup", at(3, 9))
    with database.unit_of_work(admin) as session:
        employer = fairs.save_employer(
            session,
            admin,
            fairs.EmployerInput(RUCS[0], "Atunera del Pacífico", "C", *CONTACT, True),
        )
        event = fairs.save_event(
            session, admin,
            fairs.EventInput(
                "Feria de Empleo Manta", EventKind.JOB_FAIR, "Malecón", date(2026, 12, 3),
                date(2026, 12, 3), 200, world.site_id,
            ),
        )  # fmt: skip
        fairs.set_booth(session, admin, event.id, employer.id, "A1")
        vacancy = fairs.save_vacancy(
            session, admin, fairs.VacancyInput(employer.id, "Operario/a de planta", "9329", 10)
        )
        world.event_id, world.employer_id, world.vacancy_id = event.id, employer.id, vacancy.id
        for name in ("rosa", "yorgelis", "luisa", "luisa_dup"):
            reg = registrations.register(session, admin, event.id, world.person[name])
            world.registration[name] = reg.id
            world.badge[name] = reg.badge_code
            world.codes.append(reg.badge_code)
        rep = registrations.register(
            session, admin, event.id, world.person["roberto"], RegistrationRole.EMPLOYER_REP,
            employer_id=employer.id,
        )  # fmt: skip
        world.registration["roberto"] = rep.id
        world.codes.append(rep.badge_code)
    with database.unit_of_work(admin) as session:
        admitted = checkin.scan(session, event.id, world.badge["rosa"], "Puerta 1", admin)
        assert admitted.result == "ok"
        checkin.scan(session, event.id, "ZZ-NO-VALE", "Puerta 1", admin)
        world.interaction["rosa"] = interactions.record(
            session, admin,
            interactions.InteractionInput(
                world.registration["rosa"], employer.id, InteractionKind.INTERVIEW, vacancy.id,
                TYPED_STEP, 4, PRIVATE_TEXTS[3],
            ),
        ).id  # fmt: skip
        world.interaction["yorgelis"] = interactions.record(
            session, admin,
            interactions.InteractionInput(
                world.registration["yorgelis"], employer.id, next_step="Segunda entrevista"
            ),
        ).id  # fmt: skip
        world.outcome_id = outcomes.record(
            session, admin,
            outcomes.OutcomeInput(
                world.registration["rosa"], OutcomeStatus.HIRED, date(2026, 12, 10), vacancy.id,
                notes=PRIVATE_TEXTS[4],
            ),
            today=TODAY,
        ).id  # fmt: skip
        merges.merge(session, admin, world.person["luisa"], world.person["luisa_dup"])
    return world


@pytest.fixture
def world(database: Database, admin: StaffUser) -> World:
    return build_world(database, admin)


def read_all(database: Database, identified: bool, key: bytes = KEY) -> dict[str, dict]:
    """Every file's rows by key; fails on a repeated key or a row of the wrong length."""
    found: dict[str, dict] = {}
    with database.sessions() as session, session.begin():
        ctx = ExportContext(key, TODAY, identified)
        for item in ENTITIES:
            rows = list(item.read(session, ctx))
            width = len(item.data_columns(identified))
            assert all(len(values) == width for _, values in rows), item.name
            found[item.name] = dict(rows)
            assert len(found[item.name]) == len(rows), f"repeated key in {item.name}"
    return found


class Ids:
    """UUIDs (hex) and references of the world's rows, read through the ORM."""

    def __init__(self, database: Database, world: World, key: bytes = KEY) -> None:
        with database.sessions() as session:
            self.person_uuid = {n: session.get(Person, i).uuid for n, i in world.person.items()}
            self.reg = {
                n: session.get(Registration, i).uuid.hex for n, i in world.registration.items()
            }
            self.visit = {n: session.get(Visit, i) for n, i in world.visit.items()}
            self.booking = session.get(Booking, world.booking_id)
            self.rosa_reg = session.get(Registration, world.registration["rosa"])
            self.checkins = session.scalars(select(CheckIn).order_by(CheckIn.id)).all()
            self.interaction = {
                n: session.get(Interaction, i) for n, i in world.interaction.items()
            }
            self.profile = session.scalars(select(EntrepreneurProfile)).one()
            self.created = {n: session.get(Person, i).created_at for n, i in world.person.items()}
            self.event = session.get(Event, world.event_id).uuid.hex
            self.employer = session.get(Employer, world.employer_id).uuid.hex
            self.vacancy = session.get(Vacancy, world.vacancy_id).uuid.hex
            self.outcome = session.get(Outcome, world.outcome_id).uuid.hex
        self.key = key

    def ref(self, name: str) -> str:
        return person_ref(self.key, self.person_uuid[name])


def local_day(moment) -> date:
    return moment.astimezone(local_zone()).date()


def test_the_committed_document_is_the_generated_one():
    assert DOC.read_text(encoding="utf-8") == markdown(), (
        f"docs/export-schema.md is out of date; regenerate it from the repository root:\n"
        f"  .venv/bin/{REGENERATE}"
    )


def test_files_columns_and_codes_are_well_formed():
    assert [item.name for item in ENTITIES] == FILES
    assert DELETIONS.headers(False) == ["clave", "cambio", "entidad", "clave_baja", "detectada"]
    assert entity("visitas") is ENTITIES[2] and entity("bajas") is DELETIONS
    with pytest.raises(KeyError):
        entity("nominas")
    for item in (*ENTITIES, DELETIONS):
        for identified in (False, True):
            headers = item.headers(identified)
            assert len(headers) == len(set(headers)), item.name
            assert all(re.fullmatch(r"[a-z][a-z0-9_]*", name) for name in headers)
        public = item.data_columns(False)
        assert not any(c.identified for c in public)
        assert set(public) <= set(item.data_columns(True)) == set(item.columns)
        assert all(c.es and c.en and c.es != c.en for c in item.columns), item.name
        for column in item.columns:  # the same codes listed in both languages
            listed = [re.findall(r"`([^`]+)`", text) for text in (column.es, column.en)]
            assert column.kind != "codigo" or listed[0] == listed[1], column.name
        assert f"### `{item.name}.csv`" in markdown()
    identified_only = {c.name for c in entity("personas").columns if c.identified}
    assert identified_only == {
        "nombres", "apellidos", "tipo_documento", "numero_documento", "fecha_nacimiento",
        "telefono", "correo",
    }  # fmt: skip
    from coworking.core import export_rows as rows

    for table, enum in [
        (rows.SEX, enums.Sex), (rows.GROUP, enums.PopulationGroup),
        (rows.DOCUMENT, enums.DocumentType), (rows.RESOURCE, enums.ResourceKind),
        (rows.EVENT, enums.EventKind), (rows.ROLE, enums.RegistrationRole),
        (rows.SCAN, enums.CheckInResult), (rows.INTERACTION, enums.InteractionKind),
        (rows.OUTCOME, enums.OutcomeStatus),
    ]:  # fmt: skip
        assert set(table) == set(enum) and len(set(table.values())) == len(enum)


def test_person_references_are_stable_per_key_and_differ_between_keys():
    person = uuid4()
    first = person_ref(KEY, person)
    assert first == person_ref(KEY, UUID(person.hex)) == RefMaker(KEY)(person)
    assert re.fullmatch(r"[0-9a-f]{20}", first)
    assert person_ref(bytes(32), person) != first
    assert person_ref(KEY, uuid4()) != first


def test_the_site_key_is_made_once_and_kept_in_the_settings(database, admin):
    with database.unit_of_work(admin) as session:
        key = site_key(session)
        assert site_key(session) == key
    with database.sessions() as session:
        assert site_key(session) == key and len(key) == 32
        assert base64.b64decode(settings.get(session, KEY_SETTING)) == key


def test_pseudonymised_rows(database, world):
    found = read_all(database, identified=False)
    ids = Ids(database, world)
    ref = ids.ref
    rosa_created = local_day(ids.created["rosa"])
    # only people who consent to statistics, merged-away records folded into the kept one
    assert set(found["personas"]) == {ref("rosa"), ref("luisa"), ref("roberto")}
    assert found["personas"][ref("rosa")] == (
        ref("rosa"), "mujer", "18-59", True, "EC", "comunidad_acogida", True, "1308",
        "bachillerato", rosa_created, True, True,
    )  # fmt: skip
    assert found["personas"][ref("luisa")][:7] == (
        ref("luisa"), "mujer", "sin_dato", False, "EC", "retornada", False,
    )  # fmt: skip
    assert found["personas"][ref("roberto")][1:4] == ("hombre", "18-59", False)
    assert found["perfiles_emprendimiento"] == {
        ids.profile.uuid.hex: (ref("rosa"), "I", "inicio", local_day(ids.profile.created_at))
    }
    visit = ids.visit
    assert found["visitas"] == {
        visit["rosa"].uuid.hex: (
            "Coworking Manta", "1308", ref("rosa"), at(1, 9, 50), at(1, 11, 30),
            ids.booking.uuid.hex, False,
        ),
        visit["yorgelis"].uuid.hex: (
            "Coworking Manta", "1308", "", at(2, 10), at(2, 13), None, False,
        ),
        visit["luisa_dup"].uuid.hex: (
            "Coworking Manta", "1308", ref("luisa"), at(3, 9), None, None, False,
        ),
    }  # fmt: skip
    assert found["reservas"] == {
        ids.booking.uuid.hex: (
            "Coworking Manta", "Escritorio 1", "escritorio", ref("rosa"), at(1, 10),
            ids.booking.ends_at, False, True, False, None,
        )
    }  # fmt: skip
    assert list(found["eventos"].values()) == [
        ("feria_empleo", "Feria de Empleo Manta", "Malecón", date(2026, 12, 3),
         date(2026, 12, 3), 200, "Coworking Manta", "1308"),
    ]  # fmt: skip
    reg, event, employer, vacancy = ids.reg, ids.event, ids.employer, ids.vacancy
    admitted = ids.rosa_reg.checked_in_at
    assert admitted is not None
    assert found["inscripciones"] == {
        reg["rosa"]: (event, ref("rosa"), None, "candidato", "registro", admitted, False),
        reg["yorgelis"]: (event, "", None, "candidato", "registro", None, False),
        reg["luisa"]: (event, ref("luisa"), None, "candidato", "registro", None, False),
        # both records were registered: the merge folded this one into the kept record's,
        # which it cancels; it counts as the kept one
        reg["luisa_dup"]: (event, ref("luisa"), None, "candidato", "registro", None, True),
        reg["roberto"]: (
            event, ref("roberto"), employer, "representante_empresa", "registro", None, False,
        ),
    }  # fmt: skip
    scans = {c.uuid.hex: c for c in ids.checkins}
    assert set(found["entradas"]) == set(scans)
    by_result = sorted(v[4] for v in found["entradas"].values())
    assert by_result == ["admitida", "admitida", "admitida", "admitida", "no_valida", "salida",
                         "salida"]  # fmt: skip
    door = [v for v in found["entradas"].values() if v[0] is not None]
    assert sorted(door, key=lambda v: v[4]) == [
        (event, None, reg["rosa"], "Puerta 1", "admitida", admitted, False),
        (event, None, None, "Puerta 1", "no_valida", door[1][5], False),
    ]
    desk = [v for v in found["entradas"].values() if v[0] is None]
    assert {v[1:4] for v in desk} == {("Coworking Manta", None, "Recepción")}
    assert found["empleadores"] == {employer: (RUCS[0], "Atunera del Pacífico", "C", True, True)}
    assert found["vacantes"] == {
        vacancy: (employer, "Operario/a de planta", "9329", 10, None, True, None)
    }
    rosa_talk, yorgelis_talk = ids.interaction["rosa"], ids.interaction["yorgelis"]
    assert found["interacciones"] == {
        rosa_talk.uuid.hex: (
            event, reg["rosa"], ref("rosa"), employer, vacancy, "entrevista", "Otro", 4,
            rosa_talk.created_at,
        ),
        yorgelis_talk.uuid.hex: (
            event, reg["yorgelis"], "", employer, None, "visita_stand", "Segunda entrevista",
            None, yorgelis_talk.created_at,
        ),
    }  # fmt: skip
    assert found["resultados"] == {
        ids.outcome: (
            event, reg["rosa"], ref("rosa"), employer, vacancy, "contratada", date(2026, 12, 10),
            None, None,
        )
    }  # fmt: skip
    assert list(DELETIONS.read(None, ExportContext(KEY, TODAY))) == []  # type: ignore[arg-type]


def test_identified_rows_carry_everybody_and_their_contact_data(database, world):
    found = read_all(database, identified=True)
    ids = Ids(database, world)
    ref, uid = ids.ref, ids.person_uuid
    people_rows = found["personas"]
    assert set(people_rows) == {
        uid[name].hex for name in ("rosa", "yorgelis", "wilmer", "luisa", "roberto")
    }
    assert people_rows[uid["wilmer"].hex] == (
        ref("wilmer"), "Wilmer José", "Urdaneta Sosa", "refugio", "REF-2026-0042",
        date(1960, 1, 20), "hombre", "60+", False, "VE", "en_transito", False, None, None,
        "+593987651234", "wilmer.urdaneta@correo.com", local_day(ids.created["wilmer"]),
        False, True,  # statistics withdrawn, contact kept
    )  # fmt: skip
    rosa = people_rows[uid["rosa"].hex]
    assert rosa[1:6] == ("Rosa Elvira", "Cedeño Loor", "cedula", "1710034065", date(1998, 3, 10))
    assert rosa[14:16] == ("+593991234567", "rosa.cedeno@correo.ec")
    assert people_rows[uid["yorgelis"].hex][-2:] == (False, False)
    assert found["visitas"][ids.visit["yorgelis"].uuid.hex][2] == ref("yorgelis")
    assert found["reservas"][ids.booking.uuid.hex][-1] == PRIVATE_TEXTS[0]
    assert list(found["perfiles_emprendimiento"].values())[0][:2] == (ref("rosa"), PRIVATE_TEXTS[1])
    assert found["empleadores"][ids.employer][-3:] == ("Gloria Mendoza Vélez", *CONTACT[1:])
    talk = found["interacciones"][ids.interaction["rosa"].uuid.hex]
    assert (talk[6], talk[-1]) == (TYPED_STEP, PRIVATE_TEXTS[3])
    assert found["resultados"][ids.outcome][-1] == PRIVATE_TEXTS[4]
    assert found["inscripciones"][ids.reg["yorgelis"]][1] == ref("yorgelis")


def _sensitive(database: Database, world: World) -> list[str]:
    """Names (whole and word by word), documents, phones as stored and as typed, e-mails,
    card codes and the texts staff wrote: of every person and the employer's contact."""
    found = [*CONTACT, *CONTACT[0].split(), *world.codes, *PRIVATE_TEXTS]
    with database.sessions() as session:
        for person in session.scalars(select(Person)):
            names = f"{person.given_names} {person.family_names}"
            found += [person.given_names, person.family_names, names]
            found += [word for word in names.split() if len(word) >= 4]
            found += [person.document_number or "", person.email or "", person.phone or ""]
            if person.phone:
                found += [person.phone.removeprefix("+593"), "0" + person.phone[4:]]
            if person.member_code:
                found.append(person.member_code)
    return [text.casefold() for text in found if text]


def test_pseudonymised_rows_hold_no_personal_data_of_anybody(database, world):
    sensitive = _sensitive(database, world)
    assert "rosa elvira" in sensitive and "0991234567" in sensitive and "gloria" in sensitive
    found = read_all(database, identified=False)
    leaks = [
        (name, key, text)
        for name, rows in found.items()
        for key, values in rows.items()
        for text in (key, *(cell_text(value).casefold() for value in values))
        for secret in sensitive
        if secret in text
    ]
    assert leaks == []
    # and the same database, identified, does carry them: the search above can find them
    identified = read_all(database, identified=True)
    texts = {
        cell_text(v).casefold() for rows in identified.values() for r in rows.values() for v in r
    }
    assert {"rosa elvira", "+593991234567", "rosa.cedeno@correo.ec", "1710034065"} <= texts


def test_references_change_with_the_key_and_stay_with_it(database, world):
    first = read_all(database, identified=False)
    again = read_all(database, identified=False)
    other = read_all(database, identified=False, key=bytes(32))
    assert first == again
    assert set(first["personas"]).isdisjoint(other["personas"])
    assert len(other["personas"]) == len(first["personas"]) == 3
