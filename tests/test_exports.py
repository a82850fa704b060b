"""Municipality export batches, on both engines with real files: replaying every batch gives
the full export, nothing is half-written, two stations cannot double a batch, a batch can be
written again byte for byte, identified batches stay out of the ledger."""

from __future__ import annotations

import csv
import gzip
import hashlib
import io
import json
import os
import shutil
import textwrap
import time
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from sqlalchemy import func, select, text, update

from coworking.core import (
    accounts,
    bookings,
    checkin,
    exports,
    interactions,
    merges,
    outcomes,
    people,
    registrations,
    visits,
)
from coworking.core.errors import PermissionDenied, UserError
from coworking.core.export_schema import ENTITIES
from coworking.core.people import PersonInput
from coworking.core.pseudonyms import person_ref, site_key
from coworking.db import migrate
from coworking.db.database import Database
from coworking.db.engine import make_engine
from coworking.db.enums import AuditAction, OutcomeStatus, Role, Sex
from coworking.db.models import (
    AuditEntry,
    ConsentRecord,
    ExportBatch,
    ExportFile,
    ExportMark,
    Person,
    StaffUser,
)
from tests.cowork_data import TUESDAY, at, build_space
from tests.fair_data import build_fair
from tests.stations import run_together

pytestmark = pytest.mark.date_sensitive

NAMES = [e.name for e in ENTITIES]
State = dict[str, dict[str, dict[str, str]]]


# --- reading batches back ---------------------------------------------------------------------


def manifest(folder: Path) -> dict[str, Any]:
    return json.loads((folder / "manifiesto.json").read_text(encoding="utf-8"))


def with_csv(folder: Path) -> dict[str, list[dict[str, str]]]:
    separator = manifest(folder)["separador"]
    found = {}
    for name in [*NAMES, "bajas"]:
        with (folder / f"{name}.csv").open(encoding="utf-8-sig", newline="") as handle:
            found[name] = list(csv.DictReader(handle, delimiter=separator))
    return found


def with_pandas(folder: Path) -> dict[str, list[dict[str, str]]]:
    separator = manifest(folder)["separador"]
    return {
        name: pd.read_csv(
            folder / f"{name}.csv",
            sep=separator,
            dtype=str,
            keep_default_na=False,
            encoding="utf-8-sig",
        ).to_dict("records")
        for name in [*NAMES, "bajas"]
    }


def replay(folders: list[Path], read) -> State:
    """Apply batches in order: upsert by ``clave``, remove on ``bajas``; refuse a new row that
    is already held, a change or removal of a row that is not: that would be a doubled or a
    lost row."""
    state: State = {name: {} for name in NAMES}
    for folder in folders:
        data, full = read(folder), manifest(folder)["tipo"] != "incremental"
        for name in NAMES:
            keys = [row["clave"] for row in data[name]]
            assert len(keys) == len(set(keys)), f"{folder.name}/{name}: clave repetida"
            for row in data[name]:
                held = row["clave"] in state[name]
                assert full or held == (row["cambio"] == "modificacion"), (folder.name, row)
                state[name][row["clave"]] = {
                    k: v for k, v in row.items() if k not in ("clave", "cambio")
                }
        for row in data["bajas"]:
            assert row["clave"] == f"{row['entidad']}:{row['clave_baja']}"
            del state[row["entidad"]][row["clave_baja"]]
    return state


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """The folder batches go to (the SQLite file lives in ``tmp_path``)."""
    folder = tmp_path / "lotes"
    folder.mkdir()
    return folder


# --- a site that changes ----------------------------------------------------------------------


def new_person(session, actor, given: str, family: str, sex=Sex.WOMAN) -> int:
    data = PersonInput(given, family, nationality="VE", sex=sex, birth_date=date(1996, 3, 9))
    return people.create_person(
        session, actor, data, ["registro", "estadisticas"], not_duplicate_of=frozenset(range(999))
    ).id


def batch(database: Database, actor, out: Path, **options) -> exports.BatchInfo:
    return exports.export_batch(database, actor, out, **options)


def count(database: Database, model) -> int:
    with database.sessions() as session:
        return session.scalar(select(func.count()).select_from(model))


def history(database: Database) -> list[exports.BatchInfo]:
    with database.sessions() as session:
        return exports.history(session)


def ref_of(database: Database, person_id: int) -> str:
    with database.sessions() as session, session.begin():
        return person_ref(site_key(session), session.get(Person, person_id).uuid)


def test_replaying_every_batch_gives_the_full_export(database, admin, tmp_path) -> None:
    out = tmp_path / "lotes"
    out.mkdir()
    fair = build_fair(database, admin, candidates=4)
    space = build_space(database, admin, desks=2, members=2)
    with database.unit_of_work(admin) as session:
        ana = new_person(session, admin, "Ana Lucía", "Mendoza Vera")
        luis = new_person(session, admin, "Luis", "Cedeño", Sex.MAN)
        dup = new_person(session, admin, "Luis Alberto", "Cedeño Loor", Sex.MAN)
        registrations.register(session, admin, fair.event_id, ana)
        registrations.register(session, admin, fair.event_id, dup)
        interactions.record(
            session,
            admin,
            interactions.InteractionInput(fair.registration_ids[0], fair.employer_ids[0]),
        )
    folders = [Path(batch(database, admin, out).folder)]
    first = with_csv(folders[0])
    assert {row["cambio"] for row in first["personas"]} == {"alta"}
    assert ref_of(database, ana) in {row["clave"] for row in first["personas"]}

    # new and edited people, a visit, bookings (one cancelled), a scan at the door undone
    with database.unit_of_work(admin) as session:
        carla = new_person(session, admin, "Carla", "Intriago")
        people.update_person(
            session, admin, ana, PersonInput("Ana Lucía", "Mendoza Vera", nationality="CO")
        )
        visits.scan(session, space.site_id, space.cards[0], "Recepción", admin, now=at(1, 9))
        kept = bookings.book(session, admin, space.desks[0], space.people[1], at(2, 9), at(2, 10),
                             now=TUESDAY)  # fmt: skip
        gone = bookings.book(session, admin, space.desks[1], space.people[1], at(3, 9),
                             at(3, 10), now=TUESDAY)  # fmt: skip
        bookings.cancel(session, admin, gone.id, now=TUESDAY)
        scanned = checkin.scan(session, fair.event_id, fair.codes[1], "Puerta 1", admin)
        checkin.undo(session, admin, scanned.check_in_id)
    folders.append(Path(batch(database, admin, out).folder))
    second = with_csv(folders[-1])
    changes = {row["clave"]: row["cambio"] for row in second["personas"]}
    assert changes == {ref_of(database, carla): "alta", ref_of(database, ana): "modificacion"}
    assert len(second["visitas"]) == 1 and len(second["reservas"]) == 2
    assert sorted(row["deshecha"] for row in second["entradas"]) == ["no", "si"]  # desk, door

    # consent withdrawn, two records merged, a registration cancelled, a fair outcome
    with database.unit_of_work(admin) as session:
        people.withdraw_consent(session, admin, carla, ["estadisticas"])
        merges.merge(session, admin, luis, dup)
        registrations.cancel(session, admin, fair.registration_ids[2])
        bookings.cancel(session, admin, kept.id, now=TUESDAY)
        outcomes.record(
            session,
            admin,
            outcomes.OutcomeInput(fair.registration_ids[0], OutcomeStatus.INTERVIEWED,
                                  date(2026, 12, 3)),
            today=date(2026, 12, 10),
        )  # fmt: skip
    folders.append(Path(batch(database, admin, out).folder))
    removed = {(row["entidad"], row["clave_baja"]) for row in with_csv(folders[-1])["bajas"]}
    assert removed == {("personas", ref_of(database, carla)), ("personas", ref_of(database, dup))}

    # nothing changed: a new number, no data rows
    empty = batch(database, admin, out)
    assert empty.number == 4 and empty.rows == 0 and empty.kind == "incremental"
    folders.append(Path(empty.folder))
    with database.unit_of_work(admin) as session:
        new_person(session, admin, "Génesis", "Zambrano Loor")
        people.update_person(
            session, admin, luis, PersonInput("Luis", "Cedeño", sex=Sex.MAN, nationality="EC")
        )
    folders.append(Path(batch(database, admin, out).folder))

    full_folder = Path(batch(database, admin, tmp_path, full=True).folder)
    for read in (with_csv, with_pandas):
        assert replay(folders, read) == replay([full_folder], read)
    assert sum(len(rows) for rows in replay([full_folder], with_csv).values()) > 20
    with database.sessions() as session:
        assert exports.pending(session).total == 0
    assert [b.number for b in history(database)] == [6, 5, 4, 3, 2, 1]


def test_a_consent_given_again_brings_the_person_back(database, admin, out) -> None:
    """Withdrawn, the person leaves as a deletion; consenting again (a new record, as the
    registry keeps them), they come back as new, and the replay holds them once."""
    with database.unit_of_work(admin) as session:
        rosa = new_person(session, admin, "Rosa", "Quiñónez")
    folders = [Path(batch(database, admin, out).folder)]
    with database.unit_of_work(admin) as session:
        people.withdraw_consent(session, admin, rosa, ["estadisticas"])
    folders.append(Path(batch(database, admin, out).folder))
    assert [row["clave_baja"] for row in with_csv(folders[-1])["bajas"]] == [ref_of(database, rosa)]
    with database.unit_of_work(admin) as session:
        session.add(
            ConsentRecord(
                person_id=rosa,
                purposes=["registro", "estadisticas"],
                text_version=people.CONSENT_VERSION,
                staff_user_id=admin.id,
            )
        )
    folders.append(Path(batch(database, admin, out).folder))
    back = with_csv(folders[-1])["personas"]
    assert [(row["clave"], row["cambio"]) for row in back] == [(ref_of(database, rosa), "alta")]
    state = replay(folders, with_csv)
    assert list(state["personas"]) == [ref_of(database, rosa)]
    with database.sessions() as session:
        assert exports.pending(session).total == 0


def test_pending_counts_what_the_next_batch_carries(database, admin, out) -> None:
    fair = build_fair(database, admin, candidates=3)
    with database.unit_of_work(admin) as session:
        ana = new_person(session, admin, "Ana", "Vera")
        registrations.register(session, admin, fair.event_id, ana)
    with database.sessions() as session, session.begin():
        waiting = exports.pending(session)
    made = batch(database, None, out)
    assert waiting.changed == {f.name[:-4]: f.rows for f in made.files if f.name[:-4] in NAMES}
    assert waiting.total == made.rows > 0
    with database.unit_of_work(admin) as session:
        people.withdraw_consent(session, admin, ana, ["estadisticas"])
    with database.sessions() as session, session.begin():
        after = exports.pending(session)
    assert after.deleted["personas"] == 1 and after.changed["inscripciones"] == 1


# --- nothing half-written, no batch twice -----------------------------------------------------


class Stop(Exception):
    """A cancel from the progress dialog."""


@pytest.mark.parametrize("stop_at", [4, 13])
def test_an_interrupted_export_leaves_nothing(database, admin, out, stop_at) -> None:
    fair = build_fair(database, admin, candidates=3)
    first = batch(database, admin, out)
    with database.unit_of_work(admin) as session:
        ana = new_person(session, admin, "Ana", "Vera")
        registrations.register(session, admin, fair.event_id, ana)
    seen: list[str] = []

    def progress(done: int, total: int, what: str) -> None:
        seen.append(what)
        if done == stop_at:
            raise Stop

    def ledger() -> list[tuple]:
        with database.sessions() as session:
            return session.execute(select(ExportMark.__table__).order_by("entity", "row_key")).all()

    marks = ledger()
    with pytest.raises(Stop):
        batch(database, admin, out, progress=progress)
    assert len(seen) == stop_at + 1  # files 0..stop_at-1 were written, then the cancel
    assert [p.name for p in out.iterdir()] == ["lote-000001"]
    assert count(database, ExportBatch) == 1 and count(database, ExportFile) == len(first.files) + 1
    assert ledger() == marks
    with database.sessions() as session:
        exported = session.scalars(select(AuditEntry).where(AuditEntry.action == "export")).all()
    assert len(exported) == 1
    made = with_csv(Path(batch(database, admin, out).folder))
    assert [(r["clave"], r["cambio"]) for r in made["personas"]] == [
        (ref_of(database, ana), "alta")
    ]
    assert len(made["inscripciones"]) == 1


def test_a_station_that_saved_the_same_number_first_wins(database, admin, out) -> None:
    """The other station commits batch 1 while this one is writing it: this one keeps nothing
    and the next batch carries nothing twice."""
    build_fair(database, admin, candidates=3)
    other: list[exports.BatchInfo] = []

    def progress(done: int, total: int, what: str) -> None:
        if what.startswith("Guardando") and not other:
            other.append(batch(database, None, out))

    with pytest.raises(UserError, match="Otra estación guardó el lote 1") as refused:
        batch(database, admin, out, progress=progress)
    assert str(out) in str(refused.value)
    assert sorted(p.name for p in out.iterdir()) == ["lote-000001"]
    assert count(database, ExportBatch) == 1
    assert batch(database, admin, out).rows == 0


def test_a_batch_reads_one_snapshot_and_the_next_carries_what_changed_meanwhile(
    database, admin, out
) -> None:
    fair = build_fair(database, admin, candidates=2)
    late: list[str] = []

    def progress(done: int, total: int, what: str) -> None:
        if done == 2:  # people read, registrations not yet: a front desk registers someone
            with database.unit_of_work(admin) as session:
                person = new_person(session, admin, "Wilmer", "Quiñónez")
                late.append(registrations.register(session, admin, fair.event_id, person).uuid.hex)

    first = with_csv(Path(batch(database, admin, out, progress=progress).folder))
    assert late and late[0] not in {row["clave"] for row in first["inscripciones"]}
    second = with_csv(Path(batch(database, admin, out).folder))
    assert [(row["clave"], row["cambio"]) for row in second["inscripciones"]] == [(late[0], "alta")]
    assert len(second["personas"]) == 1


def test_a_folder_already_named_like_the_batch_is_refused(database, admin, out) -> None:
    (out / "lote-000001").mkdir()
    with pytest.raises(UserError, match="lote-000001"):
        batch(database, admin, out)
    assert count(database, ExportBatch) == 0
    assert sorted(p.name for p in out.iterdir()) == ["lote-000001"]


def test_left_over_temporary_folders_are_removed(database, admin, out) -> None:
    stale, fresh = out / ".lote-000001.0a1b2c3d.partial", out / ".lote-000001.ff.partial"
    for folder in (stale, fresh):
        folder.mkdir()
        (folder / "personas.csv").write_text("clave\r\n")
    hour_ago = time.time() - 3600  # noqa: TID251 (file times are the system's)
    os.utime(stale, (hour_ago, hour_ago))
    batch(database, admin, out)
    assert not stale.exists()
    assert fresh.exists()  # perhaps another station's export, running now


EXPORTER = textwrap.dedent(
    """
    import json, sys
    from pathlib import Path
    from coworking.core import exports
    from coworking.core.errors import UserError
    from coworking.db.database import open_database

    db = open_database(sys.argv[1])
    print("ready", flush=True)
    sys.stdin.readline()
    try:
        made = exports.export_batch(db, None, Path(sys.argv[2]))
        answer = {"number": made.number, "rows": made.rows, "folder": made.folder}
    except UserError as error:
        answer = {"error": str(error)}
    db.dispose()
    print(json.dumps(answer), flush=True)
    """
)


def test_two_stations_exporting_at_once_never_double_a_row(database, admin, tmp_path) -> None:
    from coworking.core.demo import generate

    with database.unit_of_work() as session:
        generate(session, people=120, seed=3)
    out = tmp_path / "compartida"
    out.mkdir()
    answers = run_together([[EXPORTER, database.url, str(out)] for _ in range(2)])
    done = [a for a in answers if "number" in a]
    assert done, answers
    for refused in (a for a in answers if "error" in a):
        assert "Otra estación" in refused["error"] or "ocupada" in refused["error"]
    assert sorted(a["number"] for a in done) == list(range(1, len(done) + 1))
    assert sorted(p.name for p in out.iterdir()) == [
        f"lote-{n:06d}" for n in range(1, len(done) + 1)
    ]
    assert count(database, ExportBatch) == len(done)
    full = Path(batch(database, admin, tmp_path, full=True).folder)
    folders = sorted(out.iterdir())
    assert replay(folders, with_csv) == replay([full], with_csv)
    assert sum(a["rows"] for a in done) == sum(len(v) for v in with_csv(full).values())


# --- manifest, recreate, identified, settings -------------------------------------------------


def test_the_manifest_matches_the_files_and_recreate_is_identical(database, admin, out):
    build_fair(database, admin, candidates=3)
    with database.unit_of_work(admin) as session:
        ana = new_person(session, admin, "Ana", "Vera")
    made = batch(database, admin, out, delimiter=";")  # the first batch makes the key
    folder = Path(made.folder)
    assert [row["clave"] for row in with_csv(folder)["personas"]] == [ref_of(database, ana)]
    described = manifest(folder)
    assert described["lote"] == 1 and described["tipo"] == "incremental"
    assert described["desde"] is None and described["hasta"].endswith("Z")
    assert (described["separador"], described["codificacion"]) == (";", "utf-8-sig")
    assert (described["sitio"], described["canton"]) == ("Coworking Manta", "1308")
    files = {f["nombre"]: f for f in described["archivos"]}
    assert set(files) | {"manifiesto.json"} == {p.name for p in folder.iterdir()}
    assert len(files) == len(NAMES) + 2
    for name, info in files.items():
        data = (folder / name).read_bytes()
        assert data.startswith(b"\xef\xbb\xbf")
        assert info["sha256"] == hashlib.sha256(data).hexdigest() and info["bytes"] == len(data)
        lines = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline=""), delimiter=";"))
        assert info["filas"] == len(lines) - (2 if name == "indicadores_5w.csv" else 1)
    assert [(f.name, f.rows, f.sha256) for f in made.files] == [
        (f["nombre"], f["filas"], f["sha256"]) for f in described["archivos"]
    ]
    assert manifest(Path(batch(database, admin, out).folder))["desde"] == described["hasta"]

    copy = out / "copia"
    shutil.copytree(folder, copy)
    shutil.rmtree(folder)  # the USB stick was lost
    with database.unit_of_work(admin) as session:
        again = exports.recreate(session, 1, out)
    assert again == folder
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == {
        p.name: p.read_bytes() for p in copy.iterdir()
    }
    with pytest.raises(UserError, match="Ya existe"), database.unit_of_work(admin) as session:
        exports.recreate(session, 1, out)
    with pytest.raises(UserError, match="No existe el lote 7"), database.sessions() as session:
        exports.recreate(session, 7, out)
    with database.unit_of_work() as session:
        session.execute(
            update(ExportFile)
            .where(ExportFile.name == "personas.csv")
            .values(content=gzip.compress(b"otra cosa"))
        )
    shutil.rmtree(folder)
    with pytest.raises(UserError, match="SHA-256"), database.unit_of_work(admin) as session:
        exports.recreate(session, 1, out)
    assert not folder.exists() and not list(out.glob(".*"))


def _user(database: Database, admin: StaffUser, name: str, role: Role) -> StaffUser:
    with database.unit_of_work(admin) as session:
        return accounts.create_user(session, admin, name, name.title(), role, "clave-segura-2")


def test_identified_batches_hold_names_are_audited_and_stay_out_of_the_ledger(
    database, admin, out
) -> None:
    build_fair(database, admin, candidates=3)  # candidates consent to registration only
    with database.unit_of_work(admin) as session:
        new_person(session, admin, "Ana Lucía", "Mendoza Vera")
    coordinator = _user(database, admin, "coordina", Role.COORDINATOR)
    desk = _user(database, admin, "recepcion", Role.FRONT_DESK)
    with pytest.raises(PermissionDenied):
        batch(database, coordinator, out, identified=True)
    with pytest.raises(PermissionDenied):
        batch(database, desk, out)
    made = batch(database, admin, out, identified=True)
    assert made.kind == "identificado" and made.number == 1
    assert Path(made.folder).name == "identificado-000001"
    listed = with_csv(Path(made.folder))["personas"]
    assert {"Ana Lucía", "María José"} <= {row["nombres"] for row in listed}
    assert count(database, ExportMark) == 0
    with database.sessions() as session:
        entry = session.scalars(
            select(AuditEntry).where(AuditEntry.action == AuditAction.EXPORT)
        ).one()
    assert entry.username == "admin" and entry.changes["identificado"] is True
    assert entry.changes["carpeta"] == made.folder
    plain = batch(database, coordinator, out)
    assert Path(plain.folder).name == "lote-000001"
    names = {row.get("nombres") for row in with_csv(Path(plain.folder))["personas"]}
    assert names == {None}  # no names column in a pseudonymised batch
    assert len(with_csv(Path(plain.folder))["personas"]) == 1  # only who consented
    assert [b.kind for b in history(database)] == ["incremental", "identificado"]
    with pytest.raises(PermissionDenied), database.unit_of_work(coordinator) as session:
        exports.recreate(session, 1, out, identified=True)


def test_the_delimiter_is_a_shared_setting(database, admin, out) -> None:
    coordinator = _user(database, admin, "coordina", Role.COORDINATOR)
    desk = _user(database, admin, "recepcion", Role.FRONT_DESK)
    with database.unit_of_work(coordinator) as session:
        assert exports.delimiter(session) == ","
        exports.set_delimiter(session, coordinator, ";")
    with pytest.raises(UserError, match="separador"), database.unit_of_work(admin) as session:
        exports.set_delimiter(session, admin, "|")
    with pytest.raises(PermissionDenied), database.unit_of_work(desk) as session:
        exports.set_delimiter(session, desk, ",")
    folder = Path(batch(database, None, out).folder)
    assert manifest(folder)["separador"] == ";"
    assert (folder / "personas.csv").read_text(encoding="utf-8-sig").startswith("clave;cambio;")


def test_the_out_folder_must_exist_and_be_a_folder(database, admin, tmp_path) -> None:
    with pytest.raises(UserError, match="No existe la carpeta") as missing:
        batch(database, admin, tmp_path / "falta")
    assert str(tmp_path / "falta") in str(missing.value)
    (tmp_path / "archivo.txt").write_text("x")
    with pytest.raises(UserError, match="no es una carpeta"):
        batch(database, admin, tmp_path / "archivo.txt")
    assert count(database, ExportBatch) == 0


def test_upgrade_from_0005_numbers_the_batches_already_there(db_url: str) -> None:
    engine = make_engine(db_url)
    migrate.upgrade(engine, "0005")
    stamp = datetime(2026, 11, 1, 12, tzinfo=None).isoformat(" ")
    with engine.begin() as connection:
        for n in (1, 2):
            connection.execute(
                text(
                    'INSERT INTO export_batch (id, uuid, created_at, updated_at, kind, "full",'
                    " row_counts) VALUES (:id, :u, :t, :t, 'municipio', :f, '{}')"
                ),
                {"id": n, "u": f"{n:032x}", "t": stamp, "f": False},
            )
    migrate.upgrade(engine)
    with engine.connect() as connection:
        rows = connection.execute(
            text("SELECT number, station, folder, delimiter, schema_version FROM export_batch"
                 " ORDER BY id")
        ).all()  # fmt: skip
    engine.dispose()
    assert [tuple(r) for r in rows] == [(1, "", "", ",", "1"), (2, "", "", ",", "1")]
