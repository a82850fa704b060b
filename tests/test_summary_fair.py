"""The job fair summary against counts made independently, with pandas, from the raw rows read
back by plain SQL; and its layout carrying the same numbers in Spanish and English."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

import pandas as pd
import pytest
from sqlalchemy import text

from coworking.core.disaggregation import Breakdown
from coworking.core.report_fair import fair_report
from coworking.core.report_model import Report
from coworking.core.report_words import Words
from coworking.core.summary_fair import Attendance, EmployerLine, FairSummary, fair_summary
from coworking.db.database import Database
from coworking.db.enums import InteractionKind, OutcomeStatus, PopulationGroup, RegistrationRole
from coworking.db.enums import Sex as SexEnum
from coworking.db.models import StaffUser
from tests import fair_summary_data as data

pytestmark = pytest.mark.date_sensitive

ZONE = "America/Guayaquil"
NO_DATA = "no_data"


def _read(database: Database, sql: str) -> pd.DataFrame:
    with database.engine.connect() as connection:
        return pd.read_sql(text(sql), connection)


def _moments(column: pd.Series) -> pd.Series:
    return pd.to_datetime(column, utc=True, format="ISO8601")


def _dates(column: pd.Series) -> pd.Series:
    return column.map(lambda v: None if v is None or v != v else pd.Timestamp(v).date())


def raw_rows(database: Database) -> dict[str, pd.DataFrame]:
    person = _read(
        database,
        "SELECT id, merged_into_id, sex, birth_date, population_group, nationality, disability "
        "FROM person",
    )
    person["birth_date"] = _dates(person["birth_date"])
    person["pk"] = person["merged_into_id"].fillna(person["id"]).astype(int)
    reg = _read(
        database,
        "SELECT id, event_id, person_id, employer_id, role, checked_in_at, cancelled_at "
        "FROM registration",
    )
    reg["checked_in_at"] = _moments(reg["checked_in_at"])
    reg["cancelled_at"] = _moments(reg["cancelled_at"])
    reg = reg.merge(person[["id", "pk"]].rename(columns={"id": "person_id"}), on="person_id")
    reg["live"] = reg["cancelled_at"].isna()
    reg["came"] = reg["live"] & reg["checked_in_at"].notna()
    outcome = _read(
        database, "SELECT registration_id, employer_id, status, occurred_on FROM outcome"
    )
    outcome["occurred_on"] = _dates(outcome["occurred_on"])
    return {
        "person": person,
        "reg": reg,
        "booth": _read(database, "SELECT event_id, employer_id, booth FROM event_employer"),
        "employer": _read(database, "SELECT id, trade_name FROM employer"),
        "vacancy": _read(database, "SELECT employer_id, positions FROM vacancy"),
        "interaction": _read(
            database, "SELECT registration_id, employer_id, kind FROM interaction"
        ),
        "outcome": outcome,
    }


def expected_attendance(regs: pd.DataFrame) -> Attendance:
    per_person = regs.groupby("pk")[["live", "came"]].any()
    live, came = int(per_person["live"].sum()), int(per_person["came"].sum())
    return Attendance(live, came, len(per_person) - live)


def expected_arrivals(regs: pd.DataFrame) -> list[tuple[date, list[tuple[time, int]]]]:
    first = regs[regs["came"]].groupby("pk")["checked_in_at"].min()
    quarters = first.dt.tz_convert(ZONE).dt.floor("15min").value_counts()
    days = []
    for day in sorted({moment.date() for moment in quarters.index}):
        on_day = quarters[[moment.date() == day for moment in quarters.index]]
        span = pd.date_range(on_day.index.min(), on_day.index.max(), freq="15min")
        days.append((day, [(moment.time(), int(quarters.get(moment, 0))) for moment in span]))
    return days


def candidate_outcomes(raw: dict[str, pd.DataFrame], event_id: int, upto: date) -> pd.DataFrame:
    reg = raw["reg"]
    candidates = reg[(reg["event_id"] == event_id) & (reg["role"] == "candidate")]
    joined = raw["outcome"].merge(
        candidates[["id", "pk"]], left_on="registration_id", right_on="id"
    )
    return joined[joined["occurred_on"] <= upto]


def expected_employers(raw: dict[str, pd.DataFrame], event_id: int, upto: date) -> list:
    reg = raw["reg"]
    at_event = raw["booth"][raw["booth"]["event_id"] == event_id].merge(
        raw["employer"], left_on="employer_id", right_on="id"
    )
    vacancies = raw["vacancy"].groupby("employer_id")["positions"].agg(["count", "sum"])
    event_regs = reg[reg["event_id"] == event_id]["id"]
    contacts = raw["interaction"][raw["interaction"]["registration_id"].isin(event_regs)]
    kinds = contacts.groupby(["employer_id", "kind"]).size()
    outcomes = candidate_outcomes(raw, event_id, upto)
    reached = outcomes.groupby(["employer_id", "status"])["registration_id"].nunique()
    reps = reg[(reg["event_id"] == event_id) & (reg["role"] == "employer_rep") & reg["came"]]
    lines = []
    for row in at_event.itertuples():
        e = row.employer_id
        lines.append(
            EmployerLine(
                employer_id=e,
                trade_name=row.trade_name,
                booth=row.booth if isinstance(row.booth, str) else None,
                present=e in set(reps["employer_id"]),
                vacancies=int(vacancies["count"].get(e, 0)),
                positions=int(vacancies["sum"].get(e, 0)),
                booth_visits=int(kinds.get((e, "booth_visit"), 0)),
                interviews=int(kinds.get((e, "interview"), 0)),
                cvs_received=int(kinds.get((e, "cv_received"), 0)),
                offered=int(reached.get((e, "offered"), 0)),
                hired=int(reached.get((e, "hired"), 0)),
            )
        )
    return sorted(lines, key=lambda line: (line.trade_name.lower(), line.employer_id))


def expected_breakdown(person: pd.DataFrame, pks: set[int], on: date) -> Breakdown:
    chosen = person[person["id"].isin(pks)].copy()
    assert (chosen["merged_into_id"].isna()).all()

    def age(birth: date | None) -> int | None:
        if birth is None or birth > on:
            return None
        return on.year - birth.year - int((on.month, on.day) < (birth.month, birth.day))

    years = pd.to_numeric(chosen["birth_date"].map(age))
    chosen["age"] = pd.cut(years, [-1, 17, 59, 200], labels=["0-17", "18-59", "60+"])
    chosen["age"] = chosen["age"].astype(object).where(years.notna(), NO_DATA)
    chosen["sex"] = chosen["sex"].fillna(NO_DATA)
    chosen["young"] = years.between(18, 29)
    chosen["nationality"] = chosen["nationality"].fillna(NO_DATA)
    disabled = chosen["disability"].fillna("").str.strip() != ""
    sexes = [s.value for s in SexEnum] + [NO_DATA]
    ages = ["0-17", "18-59", "60+", NO_DATA]
    groups = [g.value for g in PopulationGroup] + [NO_DATA]
    by_sex_age = chosen.groupby(["age", "sex"]).size()
    young_by_sex = chosen[chosen["young"]]["sex"].value_counts()
    population = chosen["population_group"].fillna(NO_DATA).value_counts()
    nationality = chosen["nationality"].value_counts()
    return Breakdown(
        total=len(chosen),
        sex={s: int((chosen["sex"] == s).sum()) for s in sexes},
        age={a: int((chosen["age"] == a).sum()) for a in ages},
        youth=int(chosen["young"].sum()),
        sex_by_age={(a, s): int(by_sex_age.get((a, s), 0)) for a in ages for s in sexes},
        youth_by_sex={s: int(young_by_sex.get(s, 0)) for s in sexes},
        population={g: int(population.get(g, 0)) for g in groups},
        nationality=tuple(
            sorted(((c, int(n)) for c, n in nationality.items()), key=lambda i: (-i[1], i[0]))
        ),
        disability={"yes": int(disabled.sum()), NO_DATA: int((~disabled).sum())},
    )


@pytest.fixture
def fair(database: Database, admin: StaffUser) -> tuple[data.Built, FairSummary]:
    built = data.build(database, admin)
    with database.sessions() as session:
        return built, fair_summary(session, built.event_id, now=data.AS_OF)


def test_every_figure_matches_the_raw_rows(
    database: Database, fair: tuple[data.Built, FairSummary]
) -> None:
    built, summary = fair
    raw = raw_rows(database)
    reg = raw["reg"]
    regs = reg[reg["event_id"] == built.event_id]
    upto = data.AS_OF.astimezone(ZoneInfo(ZONE)).date()
    assert summary.as_of_day == upto == date(2026, 11, 20)
    assert (summary.starts_on, summary.ends_on) == (data.FIRST_DAY, data.LAST_DAY)

    for role in RegistrationRole:
        assert summary.roles[role] == expected_attendance(regs[regs["role"] == role.value]), role
    assert summary.everyone == expected_attendance(regs)

    arrivals = [(day.day, list(day.quarters)) for day in summary.arrivals]
    assert arrivals == expected_arrivals(regs)

    lines = expected_employers(raw, built.event_id, upto)
    assert list(summary.employers) == lines
    assert summary.employers_at_event == len(lines)
    assert summary.employers_present == sum(line.present for line in lines)
    assert summary.vacancies == sum(line.vacancies for line in lines)
    assert summary.positions == sum(line.positions for line in lines)
    assert summary.vacancies_present == sum(x.vacancies for x in lines if x.present)
    assert summary.positions_present == sum(x.positions for x in lines if x.present)
    contacts = raw["interaction"][raw["interaction"]["registration_id"].isin(regs["id"])]
    kinds = contacts["kind"].value_counts()
    assert summary.interactions == {k: int(kinds.get(k.value, 0)) for k in InteractionKind}

    outcomes = candidate_outcomes(raw, built.event_id, upto)
    reached = outcomes.groupby("status")["pk"].nunique()
    assert summary.outcomes == {s: int(reached.get(s.value, 0)) for s in OutcomeStatus}

    candidates = regs[regs["role"] == "candidate"]
    person, last = raw["person"], data.LAST_DAY
    registered = set(candidates[candidates["live"]]["pk"])
    came = set(candidates[candidates["came"]]["pk"])
    hired = set(outcomes[outcomes["status"] == "hired"]["pk"])
    assert summary.registered == expected_breakdown(person, registered, last)
    assert summary.attended == expected_breakdown(person, came, last)
    assert summary.hired == expected_breakdown(person, hired, last)


def test_the_fair_holds_the_cases_it_was_built_for(fair: tuple[data.Built, FairSummary]) -> None:
    """Pinned numbers, so that a mistake shared by the summary and the pandas counts (a day
    cut in UTC, a merged pair counted twice) cannot pass unseen."""
    _, summary = fair
    assert summary.candidates == Attendance(registered=12, attended=10, cancelled=2)
    assert summary.roles[RegistrationRole.EMPLOYER_REP] == Attendance(3, 1, 0)
    assert summary.roles[RegistrationRole.VISITOR] == Attendance(1, 1, 1)
    assert summary.everyone == Attendance(17, 13, 3)
    first, second = summary.arrivals
    assert (first.day, first.quarters[0], first.quarters[-1]) == (
        data.FIRST_DAY,
        (time(7, 45), 1),
        (time(23, 45), 1),
    )
    assert (second.day, second.quarters[0]) == (data.LAST_DAY, (time(0, 0), 1))
    assert dict(first.quarters)[time(9, 0)] == 4  # 09:02, 09:07 twice, 09:14
    assert dict(second.quarters)[time(8, 45)] == 1  # the merged record's own entry: not again
    assert first.total + second.total == summary.everyone.attended
    assert summary.outcomes == {
        OutcomeStatus.INTERVIEWED: 3,
        OutcomeStatus.OFFERED: 2,
        OutcomeStatus.HIRED: 3,  # one hire falls after the report's date
        OutcomeStatus.NOT_HIRED: 1,
    }
    atunera, hotel, loor = (
        next(x for x in summary.employers if x.trade_name == name)
        for name in ("Atunera del Pacífico", "Hotel Oro Verde", "Comercial Loor")
    )
    assert (atunera.present, atunera.offered, atunera.hired, atunera.interviews) == (
        True,
        1,
        1,
        2,
    )
    assert (hotel.present, hotel.hired, hotel.booth_visits) == (False, 2, 3)
    assert (loor.booth, loor.vacancies) == (None, 0)
    assert (summary.vacancies, summary.positions) == (3, 15)
    assert (summary.vacancies_present, summary.positions_present) == (2, 13)
    assert summary.registered.age[NO_DATA] == 2  # no birth date; born after the fair
    assert summary.registered.age["0-17"] == 1 and summary.registered.age["60+"] == 1
    assert summary.registered.youth == 3  # 18 on the last day, 29 (30 the day after), 25
    assert summary.registered.age["18-59"] == 8  # the merged pair once, born 1994 (from DUP)
    assert summary.hired.total == 3


def _numbers(report: Report) -> dict[str, list[tuple]]:
    return {
        table.key: [tuple(c for c in row if not isinstance(c, str)) for row in table.rows]
        for table in report.tables()
    }


def test_the_layout_carries_the_same_numbers(fair: tuple[data.Built, FairSummary]) -> None:
    _, summary = fair
    at = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)
    spanish = fair_report(summary, Words("es"), generated_at=at, generated_by="Ana Pérez")
    english = fair_report(summary, Words("en"), generated_at=at, generated_by="Ana Pérez")

    roles = spanish.table("roles")
    counts = [*summary.roles.values(), summary.everyone]
    assert [row[1:] for row in roles.rows] == [
        (c.registered, c.attended, c.rate, c.cancelled) for c in counts
    ]
    employers = spanish.table("employers")
    for row, line in zip(employers.rows, summary.employers, strict=False):
        assert row[0] == line.trade_name and row[3:] == (
            line.vacancies,
            line.positions,
            line.booth_visits,
            line.interviews,
            line.cvs_received,
            line.offered,
            line.hired,
        )
    assert employers.rows[-1][3:5] == (summary.vacancies, summary.positions)
    assert [row[1] for row in spanish.table("outcomes").rows] == list(summary.outcomes.values())
    *hours, total = spanish.table("arrivals").rows
    quarters = [n for row in hours for n in row[2:6] if n is not None]
    assert quarters == [n for day in summary.arrivals for _, n in day.quarters]
    assert all(row[6] == sum(n or 0 for n in row[2:6]) for row in hours)
    assert total[-1] == summary.everyone.attended
    assert hours[0][1:6] == ("07:00", None, None, None, 1)  # the first arrival at 07:58
    assert hours[-1][1:] == ("10:00", 0, 1, None, None, 1)  # the last at 10:20
    assert ("jue 15/10/2026", "00:00", 1, 0, 0, 0, 1) in hours  # 00:05 on the second day
    chart = next(c for c in spanish.charts() if c.key == "arrivals_chart")
    assert chart.categories[0] == "14/10 07:45" and sum(chart.series[0].values) == total[-1]
    interviews = next(c for c in spanish.charts() if c.key == "employers_chart")
    assert interviews.categories[0] == "Atunera del Pacífico"
    assert spanish.table("sex").rows[-1][1::2] == (
        summary.registered.total,
        summary.attended.total,
        summary.hired.total,
    )
    figures = {f.label: f.value for f in spanish.figures}
    assert figures["Candidatos inscritos"] == "12"
    assert figures["Tasa de asistencia"] == "83,3 %"
    assert figures["Empresas presentes"] == "1 de 3"
    assert spanish.period == "del 14 de octubre de 2026 al 15 de octubre de 2026"

    assert _numbers(english) == _numbers(spanish)
    assert [t.key for t in english.tables()] == [t.key for t in spanish.tables()]
    assert [c.key for c in english.charts()] == [c.key for c in spanish.charts()]
    for table_en, table_es in zip(english.tables(), spanish.tables(), strict=True):
        assert table_en.title != table_es.title and table_en.columns != table_es.columns
    assert [s.title for s in english.sections] == ["Attendance", "Employers", "Outcomes", "People"]
    assert dict((f.label, f.value) for f in english.figures)["Attendance rate"] == "83.3 %"


def test_an_empty_fair_has_zeros_and_still_lays_out(database: Database, admin: StaffUser) -> None:
    with database.unit_of_work(admin) as session:
        event_id = data.new_event(session, admin, "Feria vacía", data.FIRST_DAY, data.FIRST_DAY)
    with database.sessions() as session:
        summary = fair_summary(session, event_id, now=data.AS_OF)
    assert summary.everyone == Attendance(0, 0, 0) and summary.candidates.rate is None
    assert summary.arrivals == () and summary.employers == ()
    assert set(summary.outcomes.values()) == {0} and summary.registered.total == 0
    report = fair_report(summary, Words("es"), generated_at=data.AS_OF, generated_by="x")
    assert report.table("arrivals").rows == (("Total personas", "", None, None, None, None, 0),)
    assert {c.key for c in report.charts()} == {"roles_chart", "sex_by_age_chart"}
