"""The monthly 5W indicator file: every count checked against pandas counting the raw rows read
with plain SQL, on both engines; the file read back with csv, pandas and libhxl (tags and a
small HXL schema)."""

from __future__ import annotations

import csv
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import hxl
import pandas as pd
import pytest
from sqlalchemy import text

from coworking.core.export_indicators import (
    COLUMNS,
    COWORKING,
    indicator_rows,
    write_indicators,
)
from coworking.core.localtime import local_zone
from coworking.core.setup import current_site
from coworking.db.database import Database
from coworking.db.enums import EventKind, PopulationGroup, RegistrationRole, Sex
from coworking.db.models import Event, Person, Registration, Site, StaffUser, Visit
from tests.consent_data import consenting

pytestmark = pytest.mark.date_sensitive

MONTHS = [date(2027, 1, 1), date(2027, 2, 1)]  # last days: 31 January and 28 February
ZONE = local_zone()
CONTRACT_TAGS = [  # the hashtags the export contract lists, in file order
    *("#country+name", "#adm1+name", "#adm2+name", "#date+month", "#activity+name"),
    *("#reached+total", "#reached+new", "#reached+indestination", "#reached+intransit"),
    *("#reached+host", "#reached+returnees", "#reached+other", "#reached+f+children"),
    *("#reached+f+adults", "#reached+m+children", "#reached+m+adults", "#reached+x+children"),
    *("#reached+x+adults", "#reached+age_unknown"),
]
HEADER = {tag: header for header, tag, _ in COLUMNS}
COUNT_TAGS = CONTRACT_TAGS[5:]
SEX_AGE_TAGS = [t for t in COUNT_TAGS if t.count("+") == 2] + ["#reached+age_unknown"]
PREFIX = {"job_fair": "Feria de empleo", "workshop": "Taller"}

G = PopulationGroup
PEOPLE = {  # sex, birth date, population group
    "ana": (Sex.WOMAN, date(2009, 1, 31), G.MIGRANT_DESTINATION),  # 18 on 31 January
    "beto": (Sex.MAN, date(2009, 2, 1), G.IN_TRANSIT),  # 17 on 31 January, 18 on 28 February
    "caro": (Sex.OTHER, None, G.HOST),
    "dani": (Sex.UNDISCLOSED, date(1990, 5, 5), G.RETURNEE),
    "eli": (None, date(2015, 6, 1), G.OTHER),
    "fede": (Sex.MAN, date(1960, 1, 1), None),
    "gabi": (Sex.WOMAN, date(2009, 3, 1), G.HOST),  # 17 on 28 February
    "hugo": (Sex.MAN, date(1985, 7, 7), G.MIGRANT_DESTINATION),
    "hugo2": (Sex.WOMAN, None, None),  # merged into hugo: counts as hugo, with his facts
    "ines": (Sex.WOMAN, date(2000, 2, 2), G.IN_TRANSIT),  # first visit in February
    "juan": (Sex.MAN, date(1999, 9, 9), G.HOST),  # came in December already
    "kike": (Sex.MAN, date(1995, 1, 1), G.RETURNEE),  # only at the other site
    "lola": (Sex.WOMAN, date(2027, 6, 1), G.HOST),  # a birth date after the month: no age
}
VISITS = [  # person, local check-in (year, month, day, hour, minute), site ("other" or not)
    ("ana", (2027, 1, 5, 10, 0)),
    ("ana", (2027, 1, 6, 9, 0)),
    ("ana", (2027, 2, 10, 9, 0)),
    ("ana", (2027, 3, 1, 9, 0)),  # after the months
    ("beto", (2027, 1, 31, 23, 30)),  # already 1 February in UTC: January here
    ("beto", (2027, 2, 2, 9, 0)),
    ("caro", (2027, 1, 10, 9, 0)),
    ("dani", (2027, 2, 1, 0, 10)),  # 05:10 UTC: February, her first visit
    ("eli", (2027, 1, 15, 9, 0)),
    ("fede", (2027, 1, 20, 9, 0)),
    ("fede", (2027, 1, 21, 9, 0)),
    ("gabi", (2027, 1, 22, 9, 0)),
    ("gabi", (2027, 2, 22, 9, 0)),
    ("hugo", (2027, 1, 3, 9, 0)),
    ("hugo2", (2026, 12, 3, 9, 0)),  # the merged record came first: hugo is not new
    ("hugo2", (2027, 1, 25, 9, 0)),
    ("hugo2", (2027, 2, 5, 9, 0)),
    ("ines", (2027, 2, 14, 9, 0)),
    ("ines", (2027, 1, 14, 9, 0), "other"),  # elsewhere: still new here in February
    ("juan", (2026, 12, 15, 9, 0)),
    ("juan", (2027, 1, 8, 9, 0)),
    ("kike", (2027, 1, 9, 9, 0), "other"),
    ("lola", (2027, 1, 30, 9, 0)),
]
EVENTS = {  # kind, name, first and last day, site ("here", "other" or None)
    "fair": (EventKind.JOB_FAIR, "Feria de Empleo Manta", (1, 20), (1, 21), "here"),
    "cross": (EventKind.JOB_FAIR, "Feria de fin de mes", (1, 31), (2, 1), "here"),
    "workshop": (EventKind.WORKSHOP, "Taller de hoja de vida", (2, 12), (2, 12), None),
    "elsewhere": (EventKind.JOB_FAIR, "Feria en otro cantón", (1, 25), (1, 25), "other"),
    "past": (EventKind.JOB_FAIR, "Feria de diciembre", (-12, 10), (-12, 10), None),
    "later": (EventKind.JOB_FAIR, "Feria de marzo", (3, 5), (3, 5), "here"),
}
REGISTRATIONS = [  # event, person, role, checked in, cancelled
    ("fair", "ana", "candidate", True, False),
    ("fair", "beto", "candidate", True, False),
    ("fair", "caro", "candidate", False, False),  # did not come
    ("fair", "dani", "candidate", True, True),  # cancelled
    ("fair", "fede", "employer_rep", True, False),  # not a candidate
    ("fair", "hugo", "candidate", True, False),
    ("fair", "hugo2", "candidate", True, False),  # the same person as hugo
    ("fair", "juan", "candidate", True, False),  # came to December's fair: not new
    ("fair", "eli", "candidate", True, False),
    ("fair", "lola", "candidate", True, False),
    ("cross", "kike", "candidate", True, False),
    ("cross", "ana", "candidate", True, False),
    ("workshop", "ana", "candidate", True, False),
    ("workshop", "ines", "candidate", True, False),
    ("workshop", "gabi", "candidate", True, False),
    ("elsewhere", "ines", "candidate", True, False),  # another site's fair: ines stays new
    ("past", "juan", "candidate", True, False),
    ("later", "caro", "candidate", True, False),
]


def _local(y: int, m: int, d: int, hour: int, minute: int) -> datetime:
    return datetime(y, m, d, hour, minute, tzinfo=ZONE).astimezone(UTC)


def _day(spec: tuple[int, int]) -> date:
    month, day = spec
    return date(2026, -month, day) if month < 0 else date(2027, month, day)


def _fill(database: Database, admin: StaffUser) -> int:
    with database.unit_of_work(admin) as session:
        here = current_site(session).id
        other = Site(name="Coworking Santo Domingo", canton_code="2301")
        session.add(other)
        session.flush()
        ids: dict[str, int] = {}
        for key, (sex, born, group) in PEOPLE.items():
            person = Person(
                given_names=key,
                family_names="Prueba",
                sex=sex,
                birth_date=born,
                population_group=group,
            )
            session.add(person)
            session.flush()
            ids[key] = person.id
        session.get(Person, ids["hugo2"]).merged_into_id = ids["hugo"]
        consenting(session, [pid for key, pid in ids.items() if key != "hugo2"])  # statistics
        for person, moment, *where in VISITS:
            came = _local(*moment)
            session.add(
                Visit(
                    site_id=other.id if where else here,
                    person_id=ids[person],
                    checked_in_at=came,
                    checked_out_at=came + timedelta(hours=2),
                )
            )
        events: dict[str, int] = {}
        for key, (kind, name, first, last, where) in EVENTS.items():
            site = {"here": here, "other": other.id, None: None}[where]
            event = Event(
                kind=kind, name=name, starts_on=_day(first), ends_on=_day(last), site_id=site
            )
            session.add(event)
            session.flush()
            events[key] = event.id
        for n, (event, person, role, came, cancelled) in enumerate(REGISTRATIONS):
            day = session.get(Event, events[event]).starts_on
            moment = _local(day.year, day.month, day.day, 10, 0)
            session.add(
                Registration(
                    event_id=events[event],
                    person_id=ids[person],
                    role=RegistrationRole(role),
                    badge_code=f"B{n:05d}",
                    checked_in_at=moment if came else None,
                    cancelled_at=moment if cancelled else None,
                )
            )
    return here


# --- the same counts, by pandas, from raw rows -------------------------------------------


def _frame(session, sql: str) -> pd.DataFrame:
    result = session.execute(text(sql))
    return pd.DataFrame(result.all(), columns=list(result.keys()))


def _local_month(values: pd.Series) -> pd.Series:
    moments = pd.to_datetime(values, utc=True, format="mixed")
    return moments.dt.tz_convert("America/Guayaquil").dt.strftime("%Y-%m")


def _expected(database: Database, site_id: int) -> dict[tuple[str, str], dict[str, int]]:
    """(month, activity) → tag → count, from the tables read with plain SQL."""
    with database.unit_of_work() as session:
        people = _frame(
            session,
            "SELECT id, sex, birth_date, population_group, merged_into_id FROM person",
        ).set_index("id")
        visits = _frame(session, "SELECT site_id, person_id, checked_in_at FROM visit")
        events = _frame(session, "SELECT id, site_id, kind, name, starts_on FROM event")
        regs = _frame(
            session,
            "SELECT event_id, person_id, role, checked_in_at, cancelled_at FROM registration",
        )
    kept = people["merged_into_id"].astype("Int64").fillna(pd.Series(people.index, people.index))
    visits = visits[visits["site_id"] == site_id].assign(
        pk=lambda v: v["person_id"].map(kept), month=lambda v: _local_month(v["checked_in_at"])
    )
    events["month"] = pd.to_datetime(events["starts_on"]).dt.strftime("%Y-%m")
    events = events[(events["site_id"] == site_id) | events["site_id"].isna()]
    came = regs[
        (regs["role"] == "candidate")
        & regs["cancelled_at"].isna()
        & regs["checked_in_at"].notna()
        & regs["event_id"].isin(events["id"])
    ].assign(pk=lambda r: r["person_id"].map(kept))
    came = came.merge(events[["id", "month"]], left_on="event_id", right_on="id")
    first_visit = visits.groupby("pk")["month"].min()
    first_event = came.groupby("pk")["month"].min()
    wanted = {m.strftime("%Y-%m") for m in MONTHS}
    result = {}
    for month in sorted(wanted):
        pks = visits.loc[visits["month"] == month, "pk"].unique()
        result[(month, COWORKING)] = _counts(people, pks, first_visit, month)
    for event in events[events["month"].isin(wanted)].itertuples():
        pks = came.loc[came["event_id"] == event.id, "pk"].unique()
        activity = f"{PREFIX[event.kind]}: {event.name}"
        result[(event.month, activity)] = _counts(people, pks, first_event, event.month)
    return result


def _counts(people: pd.DataFrame, pks, firsts: pd.Series, month: str) -> dict[str, int]:
    facts = people.loc[list(pks)]
    last = pd.Timestamp(month + "-01") + pd.offsets.MonthEnd(0)
    born = pd.to_datetime(facts["birth_date"])
    before = (born.dt.month > last.month) | (
        (born.dt.month == last.month) & (born.dt.day > last.day)
    )
    age = last.year - born.dt.year - before.astype("Int64")
    unknown = born.isna() | (born > last)
    letter = facts["sex"].map({"woman": "f", "man": "m"}).fillna("x")
    bracket = pd.Series("adults", index=facts.index).where(age >= 18, "children")
    groups = (
        facts["population_group"]
        .map(
            {
                "migrant_destination": "indestination",
                "in_transit": "intransit",
                "host": "host",
                "returnee": "returnees",
            }
        )
        .fillna("other")
    )
    counts = dict.fromkeys(COUNT_TAGS, 0)
    counts["#reached+total"] = len(facts)
    counts["#reached+new"] = int((firsts.loc[list(pks)] == month).sum())
    for group, n in groups.value_counts().items():
        counts[f"#reached+{group}"] = int(n)
    counts["#reached+age_unknown"] = int(unknown.sum())
    known = (letter + "+" + bracket)[~unknown]
    for cell, n in known.value_counts().items():
        counts[f"#reached+{cell}"] = int(n)
    return counts


# --- tests -----------------------------------------------------------------------------


def test_the_columns_are_the_contracts() -> None:
    assert [tag for _, tag, _ in COLUMNS] == CONTRACT_TAGS
    assert all(header and meaning for header, _, meaning in COLUMNS)


def test_every_count_matches_pandas_on_the_raw_rows(database: Database, admin: StaffUser) -> None:
    site_id = _fill(database, admin)
    with database.unit_of_work() as session:
        rows = indicator_rows(session, site_id, MONTHS)
    got = {(row[HEADER["#date+month"]], row[HEADER["#activity+name"]]): row for row in rows}
    expected = _expected(database, site_id)
    assert list(got) == [
        ("2027-01", COWORKING),
        ("2027-01", "Feria de empleo: Feria de Empleo Manta"),
        ("2027-01", "Feria de empleo: Feria de fin de mes"),
        ("2027-02", COWORKING),
        ("2027-02", "Taller: Taller de hoja de vida"),
    ]
    assert set(got) == set(expected)
    for key, counts in expected.items():
        row = got[key]
        assert {tag: row[HEADER[tag]] for tag in COUNT_TAGS} == counts, key
        assert row[HEADER["#country+name"]] == "Ecuador"
        assert row[HEADER["#adm1+name"]] == "Manabí"
        assert row[HEADER["#adm2+name"]] == "Manta"
        assert sum(row[HEADER[tag]] for tag in SEX_AGE_TAGS) == row[HEADER["#reached+total"]]
        assert sum(row[HEADER[tag]] for tag in COUNT_TAGS[2:7]) == row[HEADER["#reached+total"]]

    # a few figures by hand, so that pandas and the program cannot be wrong together
    january, february = got[("2027-01", COWORKING)], got[("2027-02", COWORKING)]
    assert january[HEADER["#reached+total"]] == 9  # ana beto caro eli fede gabi hugo juan lola
    assert january[HEADER["#reached+new"]] == 7  # not hugo (merged record in December), juan
    assert january[HEADER["#reached+m+children"]] == 1  # beto, 17 on 31 January
    assert january[HEADER["#reached+f+adults"]] == 1  # ana, 18 on 31 January
    assert january[HEADER["#reached+age_unknown"]] == 2  # caro (no birth date), lola
    assert february[HEADER["#reached+total"]] == 6  # ana beto dani gabi hugo ines
    assert february[HEADER["#reached+new"]] == 2  # dani, ines
    assert february[HEADER["#reached+m+adults"]] == 2  # beto, now 18, and hugo
    fair = got[("2027-01", "Feria de empleo: Feria de Empleo Manta")]
    assert fair[HEADER["#reached+total"]] == 6  # ana beto hugo juan eli lola
    assert fair[HEADER["#reached+new"]] == 5  # not juan
    workshop = got[("2027-02", "Taller: Taller de hoja de vida")]
    assert workshop[HEADER["#reached+new"]] == 2  # ines and gabi; ana came in January


def test_months_are_first_days(database: Database, admin: StaffUser) -> None:
    with database.unit_of_work(admin) as session:
        site_id = current_site(session).id
        assert indicator_rows(session, site_id, []) == []
        with pytest.raises(ValueError):
            indicator_rows(session, site_id, [date(2027, 1, 15)])
        rows = indicator_rows(session, site_id, [MONTHS[1], MONTHS[0], MONTHS[1]])
    assert [row[HEADER["#date+month"]] for row in rows] == ["2027-01", "2027-02"]
    assert all(row[HEADER["#reached+total"]] == 0 for row in rows)


# --- the file --------------------------------------------------------------------------

SCHEMA = [
    ["Columna", "Obligatoria", "Tipo", "Mínimo", "Forma"],
    ["#valid_tag", "#valid_required", "#valid_datatype", "#valid_value+min", "#valid_value+regex"],
    *([tag, "true", "", "", ""] for tag in CONTRACT_TAGS[:5]),
    *([tag, "true", "number", "0", ""] for tag in COUNT_TAGS),
    ["#date+month", "", "", "", r"^\d{4}-(0[1-9]|1[0-2])$"],
]


def _rows() -> list[dict[str, object]]:
    """Rows of the shape ``indicator_rows`` gives, without a database."""
    rows = []
    for month, activity, people in (
        ("2027-01", COWORKING, (3, 1, 0, 2)),
        ("2027-01", "Feria de empleo: Feria «Uno», con coma", (1, 0, 1, 0)),
        ("2027-02", COWORKING, (0, 0, 0, 0)),
    ):
        row: dict[str, object] = dict.fromkeys((header for header, _, _ in COLUMNS), 0)
        row |= {HEADER["#country+name"]: "Ecuador", HEADER["#adm1+name"]: "Manabí"}
        row |= {HEADER["#adm2+name"]: "Manta", HEADER["#date+month"]: month}
        row[HEADER["#activity+name"]] = activity
        for tag, n in zip(SEX_AGE_TAGS[:3] + ["#reached+age_unknown"], people, strict=True):
            row[HEADER[tag]] = n
        row[HEADER["#reached+total"]] = row[HEADER["#reached+other"]] = sum(people)
        rows.append(row)
    return rows


def _hxl(path: Path) -> hxl.model.Dataset:
    return hxl.data(str(path), hxl.InputOptions(allow_local=True, encoding="utf-8-sig"))


@pytest.mark.parametrize("delimiter", [",", ";"])
def test_the_file_reads_back_with_csv_pandas_and_libhxl(tmp_path: Path, delimiter: str) -> None:
    rows = _rows()
    path = tmp_path / "indicadores_5w.csv"
    assert write_indicators(path, rows, delimiter=delimiter) == 3
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and raw.count(b"\r\n") == 5
    assert b"\n" not in raw.replace(b"\r\n", b"")

    with path.open(encoding="utf-8-sig", newline="") as handle:
        table = list(csv.reader(handle, delimiter=delimiter))
    assert table[0] == [header for header, _, _ in COLUMNS]
    assert table[1] == CONTRACT_TAGS
    assert [line[4] for line in table[2:]] == [row[HEADER["#activity+name"]] for row in rows]

    frame = pd.read_csv(path, sep=delimiter, encoding="utf-8-sig", skiprows=[1])
    assert list(frame.columns) == [header for header, _, _ in COLUMNS]
    totals = frame[HEADER["#reached+total"]]
    assert totals.tolist() == [6, 2, 0]
    assert (frame[[HEADER[t] for t in SEX_AGE_TAGS]].sum(axis=1) == totals).all()
    assert frame[HEADER["#date+month"]].tolist() == ["2027-01", "2027-01", "2027-02"]

    data = _hxl(path)
    assert data.display_tags == CONTRACT_TAGS
    assert data.headers == [header for header, _, _ in COLUMNS]
    read = list(data)
    assert [r.get("#activity+name") for r in read] == [r[HEADER["#activity+name"]] for r in rows]
    assert [int(r.get("#reached+total")) for r in read] == [6, 2, 0]
    report = hxl.validate(_hxl(path), hxl.data(SCHEMA))
    assert report["is_valid"], report["issues"]


def test_the_schema_catches_a_bad_file(tmp_path: Path) -> None:
    rows = _rows()
    rows[0][HEADER["#reached+total"]] = -1
    rows[1][HEADER["#date+month"]] = "2027-13"
    rows[2][HEADER["#reached+new"]] = "muchos"
    path = tmp_path / "malo.csv"
    write_indicators(path, rows)
    report = hxl.validate(_hxl(path), hxl.data(SCHEMA))
    assert not report["is_valid"]
    found = {
        (place["row"], place["hashtag"], place["location_value"])
        for issue in report["issues"]
        for place in issue["locations"]
    }
    assert found == {
        (0, "#reached+total", "-1"),
        (1, "#date+month", "2027-13"),
        (2, "#reached+new", "muchos"),
    }


def test_without_hxl_there_is_no_hashtag_row(tmp_path: Path) -> None:
    path = tmp_path / "sin_hxl.csv"
    assert write_indicators(path, _rows(), hxl=False) == 3
    with path.open(encoding="utf-8-sig", newline="") as handle:
        table = list(csv.reader(handle))
    assert len(table) == 4
    assert not any(cell.startswith("#") for line in table for cell in line)
    frame = pd.read_csv(path, encoding="utf-8-sig")
    assert frame[HEADER["#reached+total"]].tolist() == [6, 2, 0]


def test_formula_text_is_neutralised_and_delimiters_checked(tmp_path: Path) -> None:
    rows = _rows()
    rows[0][HEADER["#activity+name"]] = '=HYPERLINK("http://x")'
    path = tmp_path / "f.csv"
    write_indicators(path, rows)
    with path.open(encoding="utf-8-sig", newline="") as handle:
        table = list(csv.reader(handle))
    assert table[2][4] == '\'=HYPERLINK("http://x")'
    assert table[2][5] == "6"
    with pytest.raises(ValueError):
        write_indicators(path, rows, delimiter="|")
