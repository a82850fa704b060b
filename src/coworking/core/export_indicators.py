"""The monthly indicator file of the municipality exports, in the shape of the R4V 5W template
(the Inter-Agency Coordination Platform for Refugees and Migrants from Venezuela).

One row per month and activity: the co-working space (every month asked for, even without
visits) and each job fair or workshop held that month. Definitions:

- Beneficiaries are different people: a record merged into another counts as the kept record
  (``disaggregation.person_key``), with the kept record's sex, birth date and group.
- Only people whose current consent holds «estadisticas» are counted, in every column: the file
  counts people by sex, age and population group for the municipality, which is what that
  purpose is (:mod:`coworking.core.consents`).
- Co-working: people with a visit at the site checked in during the local month.
- Events: job fairs and workshops at the site or without a site, in the month of their first
  day; people registered as candidates, not cancelled, who checked in.
- New: the person's first visit at the site ever, or the first day of the first event they
  attended ever, falls in the month.
- Ages on the month's last day: under 18, 18 or over, and no age (no birth date, or one after
  that day) in a column of its own. Sex «other» gathers other, undisclosed and not recorded;
  population «other» gathers other and not recorded. So the sex-by-age columns plus «sin edad»
  and the population columns each add up to the total.

People are counted by the database, which hands back one row per month, activity and combination
of categories, never one per visit; only the new people at events are matched here, on the few
person-and-event pairs.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from itertools import chain
from pathlib import Path

from sqlalchemy import (
    ColumnElement,
    Select,
    String,
    and_,
    case,
    func,
    literal_column,
    or_,
    select,
    type_coerce,
)
from sqlalchemy.orm import Session

from coworking.core import reference, sites
from coworking.core.consents import STATISTICS, holders
from coworking.core.disaggregation import person_key, years_before
from coworking.core.export_csv import write_csv
from coworking.core.localtime import local_midnight
from coworking.db.enums import EventKind, PopulationGroup, RegistrationRole, Sex
from coworking.db.models import Event, Person, Registration, Visit

COUNTRY = "Ecuador"
COWORKING = "Coworking: uso del espacio"
EVENT_PREFIX = {EventKind.JOB_FAIR: "Feria de empleo", EventKind.WORKSHOP: "Taller"}

COLUMNS: tuple[tuple[str, str, str], ...] = (
    ("País", "#country+name", "País donde se realizó la actividad: Ecuador."),
    ("Provincia", "#adm1+name", "Provincia (Admin1) del espacio, según el INEC."),
    ("Cantón", "#adm2+name", "Cantón (Admin2) del espacio, según el INEC."),
    ("Mes", "#date+month", "Mes informado, AAAA-MM."),
    (
        "Actividad",
        "#activity+name",
        "Uso del espacio de coworking, o la feria de empleo o el taller que empezó ese mes.",
    ),
    (
        "Total de beneficiarios",
        "#reached+total",
        "Personas distintas atendidas en el mes que consintieron las estadísticas (registros "
        "fusionados cuentan una vez).",
    ),
    (
        "Nuevos beneficiarios",
        "#reached+new",
        "Personas cuya primera visita al espacio, o primer evento, fue en este mes.",
    ),
    ("Refugiados y migrantes en destino", "#reached+indestination", "Población en destino."),
    ("Refugiados y migrantes en tránsito", "#reached+intransit", "Población en tránsito."),
    ("Comunidad de acogida", "#reached+host", "Comunidad de acogida."),
    ("Retornados", "#reached+returnees", "Personas retornadas."),
    ("Otros o sin dato", "#reached+other", "Otra población o sin dato registrado."),
    ("Mujeres menores de 18", "#reached+f+children", "Mujeres de 0 a 17 años."),
    ("Mujeres de 18 o más", "#reached+f+adults", "Mujeres de 18 años o más."),
    ("Hombres menores de 18", "#reached+m+children", "Hombres de 0 a 17 años."),
    ("Hombres de 18 o más", "#reached+m+adults", "Hombres de 18 años o más."),
    (
        "Otro o sin dato menores de 18",
        "#reached+x+children",
        "Otro sexo, no declarado o sin dato, de 0 a 17 años.",
    ),
    (
        "Otro o sin dato de 18 o más",
        "#reached+x+adults",
        "Otro sexo, no declarado o sin dato, de 18 años o más.",
    ),
    (
        "Sin edad",
        "#reached+age_unknown",
        "Sin fecha de nacimiento (o con una posterior al último día del mes), de cualquier sexo.",
    ),
)
HEADERS = tuple(column[0] for column in COLUMNS)
TAGS = tuple(column[1] for column in COLUMNS)
_BY_TAG = {tag: header for header, tag, _ in COLUMNS}
COUNT_HEADERS = HEADERS[5:]
_NEW = _BY_TAG["#reached+new"]

_GROUP_TAG = {
    PopulationGroup.MIGRANT_DESTINATION.value: "#reached+indestination",
    PopulationGroup.IN_TRANSIT.value: "#reached+intransit",
    PopulationGroup.HOST.value: "#reached+host",
    PopulationGroup.RETURNEE.value: "#reached+returnees",
}
_SEX_LETTER = {Sex.WOMAN.value: "f", Sex.MAN.value: "m"}  # anything else: x
_CHILD, _ADULT, _UNKNOWN = "child", "adult", "unknown"


def _next_month(first: date) -> date:
    return date(first.year + first.month // 12, first.month % 12 + 1, 1)


def _month_of(column, spans: Sequence[tuple[object, object]]) -> ColumnElement:
    """The index of the span [start, end) holding ``column``, NULL outside them all."""
    return case(*((and_(column >= a, column < b), i) for i, (a, b) in enumerate(spans)))


def _age(month: ColumnElement, months: Sequence[date]) -> ColumnElement:
    """Under 18, 18 or over, or unknown, on the last day of the month at index ``month``."""
    born = Person.birth_date
    whens = []
    for i, first in enumerate(months):
        last = _next_month(first) - timedelta(days=1)
        whens.append((and_(month == i, or_(born.is_(None), born > last)), _UNKNOWN))
        whens.append((and_(month == i, born > years_before(last, 18)), _CHILD))
    return case(*whens, else_=_ADULT)


def _grouped(session: Session, pairs: Select, months: Sequence[date]) -> list[tuple]:
    """(activity, month, sex, group, age, people) from ``pairs`` (activity, month, pk: one row
    per person, activity and month), joined to the person by primary key only."""
    p = pairs.subquery()
    facts = (
        select(
            p.c.activity,
            p.c.month,
            type_coerce(Person.sex, String).label("sex"),
            type_coerce(Person.population_group, String).label("grp"),
            _age(p.c.month, months).label("age"),
        )
        .select_from(p)
        .join(Person, Person.id == p.c.pk)
        .where(p.c.month.is_not(None))
        .subquery()
    )
    keys = (facts.c.activity, facts.c.month, facts.c.sex, facts.c.grp, facts.c.age)
    return list(session.execute(select(*keys, func.count()).group_by(*keys)))


def _visits(
    session: Session, site_id: int, months: Sequence[date]
) -> tuple[list[tuple], dict[tuple[int, int], int]]:
    """The co-working people grouped by category, and the new ones per (month, 0)."""
    spans = [(local_midnight(m), local_midnight(_next_month(m))) for m in months]
    came = Visit.checked_in_at
    pk = person_key()
    at_site = (
        select()
        .select_from(Visit)
        .join(Person, Person.id == Visit.person_id)
        .where(Visit.site_id == site_id, pk.in_(holders(STATISTICS)))
    )
    pairs = (
        at_site.add_columns(
            literal_column("0").label("activity"),
            _month_of(came, spans).label("month"),
            pk.label("pk"),
        )
        .where(came >= spans[0][0], came < spans[-1][1])
        .distinct()
    )
    # whoever's first visit falls in a month also visited in that month: no join needed
    firsts = (
        at_site.add_columns(func.min(came).label("first"))
        .where(came < spans[-1][1])
        .group_by(pk)
        .subquery()
    )
    first_month = select(_month_of(firsts.c.first, spans).label("month")).subquery()
    new = session.execute(
        select(first_month.c.month, func.count())
        .where(first_month.c.month.is_not(None))
        .group_by(first_month.c.month)
    )
    return _grouped(session, pairs, months), {(int(m), 0): int(n) for m, n in new}


def _events(
    session: Session, site_id: int, months: Sequence[date], event_ids: list[int]
) -> tuple[list[tuple], dict[tuple[int, int], int]]:
    """The candidates who came to each event grouped by category, and the new ones per
    (month, event). The pairs are few (people at events), so «new» is matched here."""
    if not event_ids:
        return [], {}
    spans = [(m, _next_month(m)) for m in months]
    pk = person_key()
    attended = (
        select()
        .select_from(Registration)
        .join(Event, Event.id == Registration.event_id)
        .join(Person, Person.id == Registration.person_id)
        .where(
            Registration.role == RegistrationRole.CANDIDATE,
            Registration.cancelled_at.is_(None),
            Registration.checked_in_at.is_not(None),
            pk.in_(holders(STATISTICS)),
        )
    )
    pairs = (
        attended.add_columns(
            Registration.event_id.label("activity"),
            _month_of(Event.starts_on, spans).label("month"),
            pk.label("pk"),
        )
        .where(Registration.event_id.in_(event_ids))
        .distinct()
    )
    firsts = dict(
        session.execute(
            attended.add_columns(pk, func.min(Event.starts_on))
            .where(_in_scope(site_id))
            .group_by(pk)
        ).all()
    )
    new: dict[tuple[int, int], int] = {}
    for activity, month, person in session.execute(pairs):
        first = firsts.get(person)
        if first is not None and spans[month][0] <= first < spans[month][1]:
            new[(month, activity)] = new.get((month, activity), 0) + 1
    return _grouped(session, pairs, months), new


def _in_scope(site_id: int) -> ColumnElement[bool]:
    """Events of the site, and those of the installation without a site."""
    return or_(Event.site_id == site_id, Event.site_id.is_(None))


def indicator_rows(session: Session, site_id: int, months: list[date]) -> list[dict[str, object]]:
    """The indicator rows of ``site_id`` for ``months`` (first days of months), keyed by the
    headers of ``COLUMNS``, in month order: co-working first, then the events by date."""
    for month in months:
        if month.day != 1:
            raise ValueError(f"{month} no es el primer día de un mes")
    months = sorted(set(months))
    if not months:
        return []
    site = sites.get_site(session, site_id)
    canton = reference.canton(site.canton_code)
    place = {
        _BY_TAG["#country+name"]: COUNTRY,
        _BY_TAG["#adm1+name"]: canton.province if canton else "",
        _BY_TAG["#adm2+name"]: canton.name if canton else site.canton_code,
    }
    events = session.execute(
        select(Event.id, Event.kind, Event.name, Event.starts_on)
        .where(
            _in_scope(site_id),
            Event.starts_on >= months[0],
            Event.starts_on < _next_month(months[-1]),
        )
        .order_by(Event.starts_on, Event.name, Event.id)
    ).all()
    table: dict[tuple[int, int], dict[str, object]] = {}

    def add(index: int, activity_id: int, activity: str) -> None:
        row = {**place, _BY_TAG["#date+month"]: months[index].strftime("%Y-%m")}
        row[_BY_TAG["#activity+name"]] = activity
        table[(index, activity_id)] = row | dict.fromkeys(COUNT_HEADERS, 0)

    for index in range(len(months)):
        add(index, 0, COWORKING)
    wanted = []
    for event_id, kind, name, starts_on in events:
        index = next((i for i, m in enumerate(months) if m <= starts_on < _next_month(m)), None)
        if index is not None:
            add(index, event_id, f"{EVENT_PREFIX.get(kind, 'Evento')}: {name}")
            wanted.append(event_id)
    visits, new = _visits(session, site_id, months)
    attended, new_at_events = _events(session, site_id, months, wanted)
    for activity, month, sex, group, age, people in visits + attended:
        _add_people(table[(int(month), int(activity))], sex, group, age, int(people))
    for key, people in (new | new_at_events).items():
        table[key][_NEW] = people
    return [table[key] for key in sorted(table, key=lambda key: key[0])]


def _add_people(
    row: dict[str, object], sex: str | None, group: str | None, age: str, people: int
) -> None:
    tags = ["#reached+total", _GROUP_TAG.get(group or "", "#reached+other")]
    if age == _UNKNOWN:
        tags.append("#reached+age_unknown")
    else:
        letter = _SEX_LETTER.get(sex or "", "x")
        tags.append(f"#reached+{letter}+{'children' if age == _CHILD else 'adults'}")
    for tag in tags:
        header = _BY_TAG[tag]
        row[header] = int(row[header]) + people  # type: ignore[call-overload]


def write_indicators(
    path: Path, rows: list[dict[str, object]], *, delimiter: str = ",", hxl: bool = True
) -> int:
    """Write ``rows`` as the indicator CSV in the exports' format (``export_csv``: UTF-8 with
    BOM, RFC 4180, CRLF, no formulas): the Spanish headers, the HXL hashtag row when ``hxl``,
    then the rows; returns the data rows written."""
    lines = ([row[header] for header in HEADERS] for row in rows)
    count, _, _ = write_csv(path, HEADERS, chain([TAGS] if hxl else [], lines), delimiter=delimiter)
    return count - (1 if hxl else 0)
