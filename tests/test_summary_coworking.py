"""The co-working attendance summary, checked figure by figure against pandas computing the same
things from the raw rows (read back with plain SQL), on SQLite and PostgreSQL; then its layout."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import numpy as np
import pandas as pd
import pytest

from coworking.core import reference
from coworking.core.disaggregation import AGES, GROUPS, NO_DATA, SEXES
from coworking.core.errors import UserError
from coworking.core.report_coworking import coworking_report
from coworking.core.report_words import Words
from coworking.core.summary_coworking import coworking_summary
from coworking.db.models import Visit
from tests.cowork_data import at, build_space
from tests.summary_data import (
    FIRST,
    LAST,
    NOW,
    ZONE,
    Raw,
    actual,
    build_history,
    local_date,
    read_raw,
)

pytestmark = pytest.mark.date_sensitive

PERIODS = [
    (FIRST, LAST),  # weeks, the first and last clipped
    (date(2026, 12, 3), date(2026, 12, 20)),  # starts on a Thursday
    (date(2026, 9, 1), LAST),  # 122 days: months
]


def report_of(summary, language: str):
    return coworking_report(
        summary,
        Words(language),
        site_name="Coworking Manta",
        generated_at=NOW,
        generated_by="Ana Pérez",
    )


def hours_of(resource) -> tuple[float, float, float]:
    return resource.booked_hours, resource.used_hours, resource.open_hours


def _hours(delta: pd.Series) -> float:
    return float(delta.dt.total_seconds().clip(lower=0).sum() / 3600)


def _minutes(value) -> int:
    hh, mm = str(value)[:5].split(":")
    return int(hh) * 60 + int(mm)


def _open_minutes(raw: Raw, site_id: int, day: date) -> tuple[int, int] | None:
    weekly = raw.hours[(raw.hours.site_id == site_id) & (raw.hours.weekday == day.weekday())]
    own = raw.closures[
        (raw.closures.site_id == site_id) & (raw.closures.day.astype(str) == str(day))
    ]
    if weekly.empty or (not own.empty and bool(own.closed.iloc[0])):
        return None
    if own.empty and day in reference.national_holidays():
        return None
    return _minutes(weekly.opens.iloc[0]), _minutes(weekly.closes.iloc[0])


def _bucket(day: date, first: date, monthly: bool) -> date:
    start = date(day.year, day.month, 1) if monthly else day - timedelta(days=day.weekday())
    return max(start, first)


def expected(raw: Raw, site_id: int, first: date, last: date, now: datetime) -> dict:
    """Every figure of the summary, computed another way: local dates through pandas'
    time-zone conversion, presence by testing every visit against every hour."""
    now_ts = pd.Timestamp(now).tz_convert("UTC")
    dates = [first + timedelta(days=n) for n in range((last - first).days + 1)]
    at_site = raw.visits[raw.visits.site_id == site_id].copy()
    at_site["day"] = local_date(at_site.checked_in_at)
    at_site["left"] = at_site.checked_out_at.fillna(now_ts)
    visits = at_site[(at_site.day >= first) & (at_site.day <= last)]
    firsts = at_site.groupby("key").checked_in_at.min().pipe(local_date)
    people = raw.people
    created = local_date(people.created_at)
    bookings = raw.bookings.merge(
        raw.resources[["id", "site_id"]].rename(columns={"id": "resource_id"}), on="resource_id"
    )
    bookings["day"] = local_date(bookings.starts_at)
    bookings = bookings[
        (bookings.site_id == site_id) & (bookings.day >= first) & (bookings.day <= last)
    ]
    made = bookings[bookings.cancelled_at.isna()]
    kept = made[made.no_show_at.isna()]
    spans = {day: _open_minutes(raw, site_id, day) for day in dates}
    open_hours = sum((b - a) / 60 for a, b in filter(None, spans.values()))

    listed = raw.resources[
        (raw.resources.site_id == site_id)
        & (raw.resources.active.astype(bool) | raw.resources.id.isin(bookings.resource_id))
    ].sort_values(["position", "id"])
    linked = visits.merge(
        raw.bookings[["id", "resource_id"]].rename(columns={"id": "booking_id"}), on="booking_id"
    )
    resources = {}
    for row in listed.itertuples():
        mine, used = kept[kept.resource_id == row.id], linked[linked.resource_id == row.id]
        booked = _hours(mine.ends_at - mine.starts_at)
        resources[row.id] = {
            "name": row.name,
            "kind": row.kind,
            "bookings": int((made.resource_id == row.id).sum()),
            "no_shows": int(((made.resource_id == row.id) & made.no_show_at.notna()).sum()),
            "booked_hours": pytest.approx(booked),
            "used_hours": pytest.approx(_hours(used.left - used.checked_in_at)),
            "open_hours": pytest.approx(open_hours),
            "occupancy": pytest.approx(booked / open_hours) if open_hours else None,
        }

    slots = pd.date_range(pd.Timestamp(first, tz=ZONE), periods=len(dates) * 24, freq="h")
    came = at_site.checked_in_at.dt.tz_convert(None).to_numpy()
    left = at_site.left.dt.tz_convert(None).to_numpy()
    starts = slots.tz_convert(None).to_numpy()
    inside = (came[None, :] < (starts + np.timedelta64(1, "h"))[:, None]) & (
        left[None, :] > starts[:, None]
    )
    slot, visit = np.nonzero(inside)
    pairs = pd.DataFrame({"slot": slot, "key": at_site.key.to_numpy()[visit]}).drop_duplicates()
    present = pairs.groupby("slot").size().reindex(range(len(slots)), fill_value=0)
    grid = pd.DataFrame({"weekday": slots.day_of_week, "hour": slots.hour, "n": present.to_numpy()})
    means = grid.groupby(["weekday", "hour"]).n.mean()
    heatmap = [[means.get((w, h), 0.0) for h in range(24)] for w in range(7)]
    open_by_hour = [[False] * 24 for _ in range(7)]
    for day, span in spans.items():
        for hour in range(24):
            if span and hour * 60 < span[1] and (hour + 1) * 60 > span[0]:
                open_by_hour[day.weekday()][hour] = True

    monthly = len(dates) > 92
    visits = visits.assign(bucket=[_bucket(d, first, monthly) for d in visits.day])
    made = made.assign(bucket=[_bucket(d, first, monthly) for d in made.day])
    trend = []
    for start in sorted({_bucket(d, first, monthly) for d in dates}):
        these = visits[visits.bucket == start]
        booked_here = made[made.bucket == start]
        trend.append(
            (
                start,
                max(d for d in dates if _bucket(d, first, monthly) == start),
                len(these),
                these.key.nunique(),
                pytest.approx(_hours(these.left - these.checked_in_at)),
                len(booked_here),
                int(booked_here.no_show_at.notna().sum()),
            )
        )

    booked_hours = _hours(kept.ends_at - kept.starts_at)
    return {
        "visits": len(visits),
        "people": visits.key.nunique(),
        "first_time_people": int(((firsts >= first) & (firsts <= last)).sum()),
        "registered_people": int(
            ((created >= first) & (created <= last) & people.merged_into_id.isna()).sum()
        ),
        "hours_used": pytest.approx(_hours(visits.left - visits.checked_in_at)),
        "bookings": len(made),
        "cancelled": int(bookings.cancelled_at.notna().sum()),
        "checked_in": int(made.checked_in_at.notna().sum()),
        "no_shows": int(made.no_show_at.notna().sum()),
        "booked_hours": pytest.approx(booked_hours),
        "open_hours": pytest.approx(open_hours),
        "occupancy": pytest.approx(booked_hours / (open_hours * len(listed))),
        "resources": resources,
        "heatmap": [pytest.approx(row) for row in heatmap],
        "open_by_hour": open_by_hour,
        "trend_unit": "month" if monthly else "week",
        "trend": trend,
        "visitors": expected_breakdown(people[people.id.isin(visits.key)], last),
    }


def expected_breakdown(people: pd.DataFrame, on: date) -> dict:
    def age(birth: date | None) -> int | None:
        if birth is None or birth > on:
            return None
        return on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))

    ages = people.birth_date.map(age)
    bracket = ages.map(
        lambda a: NO_DATA if pd.isna(a) else "0-17" if a < 18 else "18-59" if a < 60 else "60+"
    )
    sex = people.sex.fillna(NO_DATA)
    youth = ages.map(lambda a: not pd.isna(a) and 18 <= a <= 29).astype(bool)
    nationality = people.nationality.fillna(NO_DATA).value_counts()
    return {
        "total": len(people),
        "sex": {s: int((sex == s).sum()) for s in SEXES},
        "age": {a: int((bracket == a).sum()) for a in AGES},
        "youth": int(youth.sum()),
        "sex_by_age": {
            (a, s): int(((bracket == a) & (sex == s)).sum()) for a in AGES for s in SEXES
        },
        "youth_by_sex": {s: int((youth & (sex == s)).sum()) for s in SEXES},
        "population": {
            g: int((people.population_group.fillna(NO_DATA) == g).sum()) for g in GROUPS
        },
        "nationality": tuple(
            sorted(((c, int(n)) for c, n in nationality.items()), key=lambda i: (-i[1], i[0]))
        ),
        "disability": {
            "yes": int(people.disability.fillna("").str.strip().ne("").sum()),
            NO_DATA: int(people.disability.fillna("").str.strip().eq("").sum()),
        },
    }


def test_every_figure_matches_pandas_on_the_raw_rows(database, admin):
    history = build_history(database, admin)
    with database.unit_of_work() as session:
        raw = read_raw(session)
        for first, last in PERIODS:
            summary = coworking_summary(session, history.site_id, first, last, NOW)
            want, got = expected(raw, history.site_id, first, last, NOW), actual(summary)
            for name in want:
                assert got[name] == want[name], (first, last, name)
            assert list(got["resources"]) == list(want["resources"])  # in the site's order
        other = coworking_summary(session, history.other_site_id, FIRST, LAST, NOW)
        assert actual(other) == expected(raw, history.other_site_id, FIRST, LAST, NOW)


def test_known_people_of_december(database, admin):
    """The figures the data set was built to give, written out by hand."""
    history = build_history(database, admin)
    with database.unit_of_work() as session:
        december = coworking_summary(session, history.site_id, FIRST, LAST, NOW)
        raw = read_raw(session)
    p = history.people
    came = raw.visits[(raw.visits.site_id == history.site_id)]
    came = came[
        (local_date(came.checked_in_at) >= FIRST) & (local_date(came.checked_in_at) <= LAST)
    ]
    regulars = {"nodata", "eighteen", "seventeen", "sixty", "fiftynine", "youth", "undisclosed"}
    assert {p[k] for k in regulars | {"keep", "gone"}} <= set(came.person_id)  # the data holds
    assert p["november"] not in set(came.person_id)
    # 7 regulars, the merged pair once, the newcomer, the edge person and the open visit.
    assert december.people == 11
    assert len(came[came.person_id.isin([p["keep"], p["gone"]])]) > 1
    v = december.visitors
    assert v.age == {"0-17": 1, "18-59": 8, "60+": 1, NO_DATA: 1}  # 17, 59, 18, 60 on 31/12
    assert v.youth == 3  # 18, 26, 27
    assert v.sex == {"woman": 5, "man": 3, "other": 1, "undisclosed": 1, NO_DATA: 1}
    assert v.population[NO_DATA] == 6  # nodata, undisclosed, keep, newcomer, edge, open
    assert v.disability == {"yes": 1, NO_DATA: 10}
    # Registered in December and not merged: newcomer, edge (at 00:00) and elsewhere; not
    # «late» (23:59 on 30 November, already 1 December in UTC) nor «gone» (merged).
    assert december.registered_people == 3
    assert december.first_time_people >= 2  # newcomer and open; edge came on 30 November
    resources = {r.name: r for r in december.resources}
    assert "Escritorio guardado" not in resources  # inactive and never booked
    assert resources["Escritorio viejo"].bookings == 1  # inactive now, booked then
    assert resources["Escritorio viejo"].booked_hours == pytest.approx(2)


def test_the_edges_of_the_period(database, admin):
    """One person's visits around both local midnights, each on the «wrong» UTC date."""
    space = build_space(database, admin, desks=1, members=2)
    edge, other = space.people
    with database.unit_of_work() as session:
        for person, came, minutes in (
            (edge, at(30, 23, 30, month=11), 50),  # before the period, runs past midnight
            (edge, at(1, 0, 0), 40),  # the first local minute: in
            (edge, at(31, 23, 50), 40),  # 04:50 UTC on 1 January: in
            (edge, at(1, 0, 5, month=1, year=2027), 30),  # 05:05 UTC on 1 January: out
            (other, at(31, 17, 0), None),  # still in
        ):
            left = None if minutes is None else came + timedelta(minutes=minutes)
            session.add(
                Visit(
                    site_id=space.site_id, person_id=person, checked_in_at=came, checked_out_at=left
                )
            )
    with database.unit_of_work() as session:
        summary = coworking_summary(session, space.site_id, FIRST, LAST, NOW)
    assert (summary.visits, summary.people, summary.first_time_people) == (3, 2, 1)
    assert summary.hours_used == pytest.approx((40 + 40 + 150) / 60)
    tuesdays, thursdays = 5, 5  # 1, 8, 15, 22, 29 and 3, 10, 17, 24, 31 December
    assert summary.heatmap[1][0] == pytest.approx(1 / tuesdays)  # two visits, one person
    assert summary.heatmap[1][1] == 0
    assert summary.heatmap[3][23] == pytest.approx(1 / thursdays)  # 23:50 clipped at midnight
    assert [summary.heatmap[3][h] for h in (17, 18, 19)] == [pytest.approx(1 / thursdays)] * 3
    assert summary.heatmap[3][20] == 0  # NOW is 19:30
    assert sum(map(sum, summary.heatmap)) == pytest.approx(5 / 5)  # nothing else anywhere
    assert [(b.first, b.last, b.visits) for b in summary.trend] == [
        (FIRST, date(2026, 12, 6), 1),
        (date(2026, 12, 7), date(2026, 12, 13), 0),
        (date(2026, 12, 14), date(2026, 12, 20), 0),
        (date(2026, 12, 21), date(2026, 12, 27), 0),
        (date(2026, 12, 28), date(2026, 12, 31), 2),
    ]
    with database.unit_of_work() as session:
        january = coworking_summary(session, space.site_id, date(2027, 1, 1), date(2027, 1, 1), NOW)
        assert (january.visits, january.first_time_people) == (1, 0)
        with pytest.raises(UserError):
            coworking_summary(session, space.site_id, LAST, FIRST, NOW)


def test_an_empty_period(database, admin):
    space = build_space(database, admin, desks=2, members=1)
    with database.unit_of_work() as session:
        summary = coworking_summary(session, space.site_id, FIRST, LAST, NOW)
    assert (summary.visits, summary.people, summary.bookings, summary.hours_used) == (0, 0, 0, 0)
    assert summary.occupancy == 0
    assert summary.open_hours > 0 and len(summary.resources) == 3
    assert summary.visitors.total == 0
    assert [b.visits for b in summary.trend] == [0] * 5
    report = report_of(summary, "es")
    assert report.table("trend").rows[-1][1:] == (0, 0, 0.0, 0, 0)


def test_the_report_carries_the_summary(database, admin):
    history = build_history(database, admin)
    with database.unit_of_work() as session:
        summary = coworking_summary(session, history.site_id, FIRST, LAST, NOW)
        months = coworking_summary(session, history.site_id, date(2026, 9, 1), LAST, NOW)
    es = report_of(summary, "es")
    en = report_of(summary, "en")
    assert es.period == "del 1 de diciembre de 2026 al 31 de diciembre de 2026"
    assert en.period == "1 December 2026 to 31 December 2026"
    assert es.generated_at.utcoffset() == timedelta(hours=-5)
    for report, words in ((es, Words("es")), (en, Words("en"))):
        figures = {f.label: f.value for f in report.figures}
        assert figures[words("Visitas", "Visits")] == words.number(summary.visits)
        assert figures[words("Personas distintas", "Different people")] == words.number(
            summary.people
        )
        assert figures[words("Ocupación", "Occupancy")] == words.percent(summary.occupancy)
        trend = report.table("trend")
        assert [row[1:] for row in trend.rows[:-1]] == [
            (b.visits, b.people, round(b.hours, 1), b.bookings, b.no_shows) for b in summary.trend
        ]
        assert trend.rows[-1][1:3] == (summary.visits, summary.people) and trend.total_last
        assert [row[1] for row in report.table("bookings").rows[:4]] == [
            summary.bookings,
            summary.cancelled,
            summary.checked_in,
            summary.no_shows,
        ]
        resources = report.table("resources")
        assert [row[2:] for row in resources.rows[:-1]] == [
            (r.bookings, r.no_shows, *(round(h, 1) for h in hours_of(r)), r.occupancy)
            for r in summary.resources
        ]
        assert (
            resources.rows[-1][2] == summary.bookings and resources.rows[-1][7] == summary.occupancy
        )
        charts = {chart.key: chart for chart in report.charts()}
        assert charts["trend_chart"].series[0].values == tuple(b.visits for b in summary.trend)
        heat = charts["heatmap"]
        assert len(heat.series) == 7 and heat.series[0].name == words.short_day(0)
        hours = [int(c[:2]) for c in heat.categories]
        assert hours == sorted(hours) and {8, 17, 23} <= set(hours)  # opening hours, 23:50 visit
        assert 3 not in hours  # nobody in at 03:00 and the site closed
        assert heat.series[3].values[hours.index(23)] == round(summary.heatmap[3][23], 2)
        assert charts["occupancy"].categories == tuple(r.name for r in summary.resources)
        people = report.table("sex_by_age")
        assert people.rows[-1][-1] == summary.visitors.total == summary.people
    assert [t.key for t in es.tables()] == [t.key for t in en.tables()]
    assert [c.key for c in es.charts()] == [c.key for c in en.charts()]
    for mine, theirs in zip(es.tables() + es.charts(), en.tables() + en.charts(), strict=True):
        assert mine.title != theirs.title, mine.key
    assert [s.title for s in es.sections] == [
        "Asistencia",
        "Reservas y ocupación",
        "Personas atendidas",
    ]
    by_month = report_of(months, "es")
    assert [row[0] for row in by_month.table("trend").rows] == [
        "septiembre 2026",
        "octubre 2026",
        "noviembre 2026",
        "diciembre 2026",
        "Total del periodo",
    ]
