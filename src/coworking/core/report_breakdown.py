"""The disaggregation tables and charts every report carries, for one or more groups of people
(for example: registered, attended, hired), side by side.

People who did not authorise statistics are a row of their own in every table («No autorizó
estadísticas»), shown when there are any, so each table adds up to the people served; the chart
leaves them out (it has no bar for them) and says so."""

from __future__ import annotations

from collections.abc import Sequence

from coworking.core import reference
from coworking.core.disaggregation import (
    AGE_BRACKETS,
    AGES,
    GROUPS,
    NO_DATA,
    SEXES,
    WITH_DISABILITY,
    YOUTH,
    Breakdown,
)
from coworking.core.report_model import Block, Chart, Series, Table, share
from coworking.core.report_words import Words

TOP_COUNTRIES = 8


def sex_name(words: Words, key: str) -> str:
    return {
        "woman": words("Mujeres", "Women"),
        "man": words("Hombres", "Men"),
        "other": words("Otro", "Other"),
        "undisclosed": words("Prefiere no decir", "Prefers not to say"),
        NO_DATA: words("Sin dato", "No data"),
    }[key]


def age_name(words: Words, key: str) -> str:
    if key == NO_DATA:
        return words("Sin dato", "No data")
    return words("{a} años", "{a} years").format(a=key)


def youth_name(words: Words) -> str:
    return words("de ellos, jóvenes {a}-{b} años", "of whom young people {a}-{b}").format(
        a=YOUTH[0], b=YOUTH[1]
    )


def group_name(words: Words, key: str) -> str:
    return {
        "host": words("Comunidad de acogida", "Host community"),
        "migrant_destination": words("Migrante en destino", "Migrant in destination"),
        "in_transit": words("En tránsito", "In transit"),
        "returnee": words("Retornado", "Returnee"),
        "other": words("Otro", "Other"),
        NO_DATA: words("Sin dato", "No data"),
    }[key]


def not_authorised_name(words: Words) -> str:
    return words("No autorizó estadísticas", "Did not authorise statistics")


def _with_not_authorised(
    words: Words,
    groups: Sequence[tuple[str, Breakdown]],
    rows: Sequence[tuple[str, Sequence[int]]],
) -> list[tuple[str, Sequence[int]]]:
    """``rows``, then the people counted in no category, when any group has some."""
    counts = [g.not_authorised for _, g in groups]
    return [*rows, (not_authorised_name(words), counts)] if any(counts) else list(rows)


def _grouped_table(
    key: str,
    title: str,
    words: Words,
    groups: Sequence[tuple[str, Breakdown]],
    rows: Sequence[tuple[str, Sequence[int]]],
    note: str = "",
) -> Table:
    """Rows of counts per group, each followed by its share of the group's total."""
    rows = _with_not_authorised(words, groups, rows)
    columns: list[str] = [words("Categoría", "Category")]
    percent_columns: list[int] = []
    for name, _ in groups:
        columns.append(name)
        columns.append(words("%", "%"))
        percent_columns.append(len(columns) - 1)
    body: list[tuple] = []
    for label, counts in rows:
        cells: list = [label]
        for (_, group), count in zip(groups, counts, strict=True):
            cells += [count, share(count, group.total)]
        body.append(tuple(cells))
    total: list = [words("Total personas", "Total people")]
    for _, group in groups:
        total += [group.total, share(group.total, group.total)]
    body.append(tuple(total))
    return Table(
        key,
        title,
        tuple(columns),
        tuple(body),
        note=note,
        total_last=True,
        percent_columns=tuple(percent_columns),
    )


def sex_table(words: Words, groups: Sequence[tuple[str, Breakdown]]) -> Table:
    rows = [(sex_name(words, s), [g.sex[s] for _, g in groups]) for s in SEXES]
    return _grouped_table("sex", words("Personas por sexo", "People by sex"), words, groups, rows)


def age_table(words: Words, groups: Sequence[tuple[str, Breakdown]]) -> Table:
    rows = [(age_name(words, a), [g.age[a] for _, g in groups]) for a in AGES]
    rows.append((youth_name(words), [g.youth for _, g in groups]))
    note = words(
        "Edad al último día del periodo. Los jóvenes de {a} a {b} años también cuentan en 18-59.",
        "Age on the last day of the period. Young people {a} to {b} also count in 18-59.",
    ).format(a=YOUTH[0], b=YOUTH[1])
    return _grouped_table(
        "age", words("Personas por edad", "People by age"), words, groups, rows, note
    )


def group_table(words: Words, groups: Sequence[tuple[str, Breakdown]]) -> Table:
    rows = [(group_name(words, k), [g.population[k] for _, g in groups]) for k in GROUPS]
    return _grouped_table(
        "population",
        words("Personas por grupo de población", "People by population group"),
        words,
        groups,
        rows,
    )


def nationality_table(words: Words, groups: Sequence[tuple[str, Breakdown]]) -> Table:
    """The commonest nationalities of the first group, then «others» and «no data»."""
    names = reference.countries_by_code()
    first = groups[0][1]
    top, _ = first.top_nationalities(TOP_COUNTRIES)
    codes = [code for code, _ in top]
    rows: list[tuple[str, list[int]]] = []
    for code in codes:
        rows.append((names.get(code, code), [dict(g.nationality).get(code, 0) for _, g in groups]))
    others = [
        sum(n for c, n in g.nationality if c not in codes and c != NO_DATA) for _, g in groups
    ]
    rows.append((words("Otras nacionalidades", "Other nationalities"), others))
    rows.append(
        (words("Sin dato", "No data"), [dict(g.nationality).get(NO_DATA, 0) for _, g in groups])
    )
    return _grouped_table(
        "nationality",
        words("Personas por nacionalidad", "People by nationality"),
        words,
        groups,
        rows,
    )


def disability_table(words: Words, groups: Sequence[tuple[str, Breakdown]]) -> Table:
    rows = [
        (
            words("Con discapacidad", "With a disability"),
            [g.disability[WITH_DISABILITY] for _, g in groups],
        ),
        (
            words("Sin discapacidad registrada", "No disability recorded"),
            [g.disability[NO_DATA] for _, g in groups],
        ),
    ]
    return _grouped_table(
        "disability",
        words("Personas con discapacidad", "People with a disability"),
        words,
        groups,
        rows,
    )


def sex_by_age_table(words: Words, key: str, title: str, group: Breakdown) -> Table:
    """One group as a grid: age brackets down, sexes across (the R4V 5W shape)."""
    columns = (words("Edad", "Age"), *(sex_name(words, s) for s in SEXES), words("Total", "Total"))
    rows: list[tuple] = []
    for bracket in AGES:
        counts = [group.sex_by_age[(bracket, s)] for s in SEXES]
        rows.append((age_name(words, bracket), *counts, sum(counts)))
    youth = [group.youth_by_sex[s] for s in SEXES]
    rows.append((youth_name(words), *youth, sum(youth)))
    if group.not_authorised:  # counted in no sex and no age
        blank = (None,) * len(SEXES)
        rows.append((not_authorised_name(words), *blank, group.not_authorised))
    rows.append((words("Total", "Total"), *(group.sex[s] for s in SEXES), group.total))
    return Table(key, title, columns, tuple(rows), total_last=True)


def sex_by_age_chart(words: Words, key: str, title: str, group: Breakdown) -> Chart:
    """Stacked bars: one bar per age bracket, stacked by sex."""
    return Chart(
        key,
        "stacked",
        title,
        tuple(age_name(words, a) for a in (*AGE_BRACKETS, NO_DATA)),
        tuple(
            Series(sex_name(words, s), tuple(float(group.sex_by_age[(a, s)]) for a in AGES))
            for s in SEXES
        ),
        value_label=words("Personas", "People"),
        note=words(
            "Sin contar a quienes no autorizaron estadísticas ({n}).",
            "Without those who did not authorise statistics ({n}).",
        ).format(n=group.not_authorised)
        if group.not_authorised
        else "",
    )


def breakdown_blocks(
    words: Words, groups: Sequence[tuple[str, Breakdown]], main_title: str
) -> list[Block]:
    """Every disaggregation table for ``groups``; the first group also as a sex × age grid
    and chart."""
    first = groups[0][1]
    return [
        sex_by_age_table(words, "sex_by_age", main_title, first),
        sex_by_age_chart(words, "sex_by_age_chart", main_title, first),
        sex_table(words, groups),
        age_table(words, groups),
        group_table(words, groups),
        nationality_table(words, groups),
        disability_table(words, groups),
    ]
