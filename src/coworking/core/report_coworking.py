"""The co-working attendance report: a ``CoworkingSummary`` laid out as a ``Report`` in one
language, for the PDF and XLSX writers."""

from __future__ import annotations

from datetime import datetime

from coworking.core.localtime import local_zone
from coworking.core.report_breakdown import breakdown_blocks
from coworking.core.report_model import Block, Chart, Figure, Report, Section, Series, Table
from coworking.core.report_words import Words
from coworking.core.summary_coworking import CoworkingSummary, TrendBucket

HOURS_DECIMALS = 1
HEAT_DECIMALS = 2


def kind_name(words: Words, kind: str) -> str:
    return {
        "desk": words("Escritorio", "Desk"),
        "room": words("Sala", "Room"),
    }.get(kind, words("Otro", "Other"))


def bucket_label(words: Words, unit: str, bucket: TrendBucket) -> str:
    """«01/12–07/12» for a week, «diciembre 2026» for a month."""
    if unit == "month":
        return f"{words.month(bucket.first.month)} {bucket.first.year}"
    return f"{bucket.first:%d/%m}–{bucket.last:%d/%m}"


def hours(value: float) -> float:
    return round(value, HOURS_DECIMALS)


def shown_hours(summary: CoworkingSummary) -> list[int]:
    """Local hours when anyone was present or the site was open; every hour if none."""
    chosen = [
        hour
        for hour in range(24)
        if any(
            summary.heatmap[day][hour] > 0 or summary.open_by_hour[day][hour] for day in range(7)
        )
    ]
    return chosen or list(range(24))


def cover(summary: CoworkingSummary, words: Words) -> tuple[Figure, ...]:
    return (
        Figure(words("Visitas", "Visits"), words.number(summary.visits)),
        Figure(words("Personas distintas", "Different people"), words.number(summary.people)),
        Figure(
            words("Personas nuevas en el espacio", "People new to the space"),
            words.number(summary.first_time_people),
        ),
        Figure(
            words("Personas inscritas en el periodo", "People registered in the period"),
            words.number(summary.registered_people),
        ),
        Figure(words("Horas de uso", "Hours used"), words.number(summary.hours_used, 1)),
        Figure(words("Reservas", "Bookings"), words.number(summary.bookings)),
        Figure(words("Horas reservadas", "Booked hours"), words.number(summary.booked_hours, 1)),
        Figure(words("No se presentaron", "No-shows"), words.number(summary.no_shows)),
        Figure(words("Ocupación", "Occupancy"), words.percent(summary.occupancy)),
    )


def notes(summary: CoworkingSummary, words: Words) -> tuple[str, ...]:
    moment = words.moment(summary.now.astimezone(local_zone()))
    return (
        words(
            "Una visita cuenta en el periodo de su entrada; una visita aún abierta cuenta hasta "
            "el {m}.",
            "A visit counts in the period of its check-in; a visit still open counts until {m}.",
        ).format(m=moment),
        words(
            "Personas: personas distintas; los registros fusionados cuentan como una sola "
            "persona. Nuevas: su primera visita al espacio cae en el periodo. Inscritas: "
            "personas añadidas al registro en el periodo, en cualquier espacio.",
            "People: different people; merged records count as one person. New: their first "
            "visit to the space falls in the period. Registered: people added to the registry "
            "in the period, at any site.",
        ),
        words(
            "Quienes no autorizaron las estadísticas cuentan en los totales pero no en los "
            "desgloses por sexo, edad, grupo, nacionalidad o discapacidad, donde forman la "
            "fila «No autorizó estadísticas».",
            "People who did not authorise statistics count in the totals but not in the "
            "breakdowns by sex, age, group, nationality or disability, where they make the "
            "row “Did not authorise statistics”.",
        ),
        words(
            "Reservas: las que empiezan en el periodo, sin las canceladas. Ocupación: horas "
            "reservadas (sin canceladas ni inasistencias) entre las horas de apertura.",
            "Bookings: those starting in the period, cancelled ones left out. Occupancy: booked "
            "hours (without cancellations or no-shows) over opening hours.",
        ),
    )


def attendance(summary: CoworkingSummary, words: Words) -> Section:
    unit = summary.trend_unit
    labels = tuple(bucket_label(words, unit, b) for b in summary.trend)
    rows: list[tuple] = [
        (label, b.visits, b.people, hours(b.hours), b.bookings, b.no_shows)
        for label, b in zip(labels, summary.trend, strict=True)
    ]
    rows.append(
        (
            words("Total del periodo", "Whole period"),
            summary.visits,
            summary.people,
            hours(summary.hours_used),
            summary.bookings,
            summary.no_shows,
        )
    )
    by_week = unit == "week"
    table = Table(
        "trend",
        words("Asistencia por semana", "Attendance by week")
        if by_week
        else words("Asistencia por mes", "Attendance by month"),
        (
            words("Semana", "Week") if by_week else words("Mes", "Month"),
            words("Visitas", "Visits"),
            words("Personas", "People"),
            words("Horas de uso", "Hours used"),
            words("Reservas", "Bookings"),
            words("No se presentaron", "No-shows"),
        ),
        tuple(rows),
        note=words(
            "En el total cada persona cuenta una vez, aunque haya venido varias semanas o meses.",
            "In the total each person counts once, even if they came in several weeks or months.",
        ),
        total_last=True,
    )
    chart = Chart(
        "trend_chart",
        "line",
        words("Visitas y personas", "Visits and people"),
        labels,
        (
            Series(words("Visitas", "Visits"), tuple(float(b.visits) for b in summary.trend)),
            Series(words("Personas", "People"), tuple(float(b.people) for b in summary.trend)),
        ),
        value_label=words("Cantidad", "Count"),
    )
    return Section(words("Asistencia", "Attendance"), (table, chart))


def bookings(summary: CoworkingSummary, words: Words) -> Section:
    figures = Table(
        "bookings",
        words("Reservas", "Bookings"),
        (words("Concepto", "Item"), words("Valor", "Value")),
        (
            (words("Reservas hechas", "Bookings made"), summary.bookings),
            (words("Canceladas", "Cancelled"), summary.cancelled),
            (words("Con llegada registrada", "Checked in"), summary.checked_in),
            (words("No se presentaron", "No-shows"), summary.no_shows),
            (words("Horas reservadas", "Booked hours"), hours(summary.booked_hours)),
            (words("Horas de apertura del espacio", "Opening hours"), hours(summary.open_hours)),
        ),
        note=words(
            "Las horas reservadas no incluyen canceladas ni inasistencias.",
            "Booked hours leave out cancellations and no-shows.",
        ),
    )
    rows: list[tuple] = [
        (
            r.name,
            kind_name(words, r.kind),
            r.bookings,
            r.no_shows,
            hours(r.booked_hours),
            hours(r.used_hours),
            hours(r.open_hours),
            r.occupancy,
        )
        for r in summary.resources
    ]
    rows.append(
        (
            words("Total", "Total"),
            "",
            sum(r.bookings for r in summary.resources),
            sum(r.no_shows for r in summary.resources),
            hours(summary.booked_hours),
            hours(sum(r.used_hours for r in summary.resources)),
            hours(summary.open_hours * len(summary.resources)),
            summary.occupancy,
        )
    )
    per_resource = Table(
        "resources",
        words("Ocupación por espacio", "Occupancy by resource"),
        (
            words("Espacio", "Resource"),
            words("Tipo", "Kind"),
            words("Reservas", "Bookings"),
            words("No se presentaron", "No-shows"),
            words("Horas reservadas", "Booked hours"),
            words("Horas usadas", "Hours used"),
            words("Horas de apertura", "Opening hours"),
            words("Ocupación", "Occupancy"),
        ),
        tuple(rows),
        note=words(
            "Horas usadas: visitas con entrada registrada sobre una reserva de ese espacio.",
            "Hours used: visits checked in on a booking of that resource.",
        ),
        total_last=True,
        percent_columns=(7,),
    )
    occupancy = Chart(
        "occupancy",
        "bar",
        words("Ocupación por espacio", "Occupancy by resource"),
        tuple(r.name for r in summary.resources),
        (
            Series(
                words("Ocupación", "Occupancy"),
                tuple(round((r.occupancy or 0.0) * 100, 1) for r in summary.resources),
            ),
        ),
        value_label="%",
    )
    return Section(
        words("Reservas y ocupación", "Bookings and occupancy"),
        (figures, per_resource, occupancy, heatmap(summary, words)),
    )


def heatmap(summary: CoworkingSummary, words: Words) -> Chart:
    chosen = shown_hours(summary)
    return Chart(
        "heatmap",
        "heatmap",
        words("Personas presentes por hora de la semana", "People present by hour of the week"),
        tuple(f"{hour:02d}:00" for hour in chosen),
        tuple(
            Series(
                words.short_day(day),
                tuple(round(summary.heatmap[day][hour], HEAT_DECIMALS) for hour in chosen),
            )
            for day in range(7)
        ),
        value_label=words("Personas (promedio)", "People (average)"),
        note=words(
            "Promedio de personas distintas presentes en cada hora, sobre las fechas de ese día "
            "de la semana en el periodo.",
            "Average number of different people present in each hour, over the dates of that "
            "weekday in the period.",
        ),
    )


def coworking_report(
    summary: CoworkingSummary,
    words: Words,
    *,
    site_name: str,
    generated_at: datetime,
    generated_by: str,
) -> Report:
    """The attendance report of one co-working site, in the language of ``words``."""
    people: list[Block] = breakdown_blocks(
        words,
        [(words("Personas", "People"), summary.visitors)],
        words("Personas que visitaron el espacio", "People who visited the space"),
    )
    if generated_at.tzinfo is not None:
        generated_at = generated_at.astimezone(local_zone())
    return Report(
        language=words.language,
        title=words("Resumen de asistencia del coworking", "Co-working attendance summary"),
        subject=site_name,
        period=words.period(summary.first, summary.last),
        generated_at=generated_at,
        generated_by=generated_by,
        figures=cover(summary, words),
        sections=(
            attendance(summary, words),
            bookings(summary, words),
            Section(words("Personas atendidas", "People served"), tuple(people)),
        ),
        notes=notes(summary, words),
    )
