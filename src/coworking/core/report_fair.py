"""The job fair attendance report: a ``FairSummary`` laid out as a ``Report`` in one language.

Sections: attendance (by role, arrivals by quarter hour), employers, outcomes and the people
(candidates) disaggregated. Table and chart keys are stable across languages.
"""

from __future__ import annotations

from datetime import datetime

from coworking.core.report_breakdown import breakdown_blocks
from coworking.core.report_model import Block, Chart, Figure, Report, Section, Series, Table
from coworking.core.report_words import Words
from coworking.core.summary_fair import ArrivalDay, FairSummary
from coworking.db.enums import EventKind, InteractionKind, OutcomeStatus, RegistrationRole

TOP_EMPLOYERS = 15


def role_name(words: Words, role: RegistrationRole) -> str:
    return {
        RegistrationRole.CANDIDATE: words("Candidatos/as", "Candidates"),
        RegistrationRole.EMPLOYER_REP: words("Representantes de empresas", "Employer staff"),
        RegistrationRole.STAFF: words("Personal de la feria", "Fair staff"),
        RegistrationRole.VISITOR: words("Visitantes", "Visitors"),
    }[role]


def status_name(words: Words, status: OutcomeStatus) -> str:
    return {
        OutcomeStatus.INTERVIEWED: words("Entrevistados/as", "Interviewed"),
        OutcomeStatus.OFFERED: words("Con oferta de empleo", "Offered a job"),
        OutcomeStatus.HIRED: words("Contratados/as", "Hired"),
        OutcomeStatus.NOT_HIRED: words("No contratados/as", "Not hired"),
    }[status]


def kind_name(words: Words, kind: InteractionKind) -> str:
    return {
        InteractionKind.BOOTH_VISIT: words("Visitas al stand", "Booth visits"),
        InteractionKind.INTERVIEW: words("Entrevistas", "Interviews"),
        InteractionKind.CV_RECEIVED: words("CV recibidos", "CVs received"),
    }[kind]


# --- cover ----------------------------------------------------------------------------------


def _figures(summary: FairSummary, words: Words) -> tuple[Figure, ...]:
    n = words.number
    candidates = summary.candidates
    return (
        Figure(words("Candidatos inscritos", "Registered candidates"), n(candidates.registered)),
        Figure(words("Candidatos que asistieron", "Candidates who came"), n(candidates.attended)),
        Figure(words("Tasa de asistencia", "Attendance rate"), words.percent(candidates.rate)),
        Figure(
            words("Empresas presentes", "Employers present"),
            words("{a} de {b}", "{a} of {b}").format(
                a=n(summary.employers_present), b=n(summary.employers_at_event)
            ),
        ),
        Figure(
            words("Vacantes / puestos", "Vacancies / positions"),
            f"{n(summary.vacancies)} / {n(summary.positions)}",
        ),
        Figure(
            words("Entrevistas", "Interviews"), n(summary.interactions[InteractionKind.INTERVIEW])
        ),
        Figure(
            words("Personas contratadas", "People hired"),
            n(summary.outcomes[OutcomeStatus.HIRED]),
        ),
    )


# --- attendance -----------------------------------------------------------------------------


def _roles_table(summary: FairSummary, words: Words) -> Table:
    rows: list[tuple] = []
    for role, counts in summary.roles.items():
        rows.append(
            (
                role_name(words, role),
                counts.registered,
                counts.attended,
                counts.rate,
                counts.cancelled,
            )
        )
    everyone = summary.everyone
    rows.append(
        (
            words("Total personas", "Total people"),
            everyone.registered,
            everyone.attended,
            everyone.rate,
            everyone.cancelled,
        )
    )
    return Table(
        "roles",
        words("Inscripción y asistencia por función", "Registration and attendance by role"),
        (
            words("Función", "Role"),
            words("Inscritos", "Registered"),
            words("Asistieron", "Attended"),
            words("% asistencia", "% attended"),
            words("Cancelados", "Cancelled"),
        ),
        tuple(rows),
        note=words(
            "Personas distintas. «Cancelados»: personas cuya inscripción se canceló y que no "
            "tienen otra vigente. El total cuenta una sola vez a quien tuvo dos funciones.",
            "Different people. “Cancelled”: people whose registration was cancelled and who "
            "hold no other. The total counts once anyone who had two roles.",
        ),
        total_last=True,
        percent_columns=(3,),
    )


def _roles_chart(summary: FairSummary, words: Words) -> Chart:
    roles = list(summary.roles)
    return Chart(
        "roles_chart",
        "bar",
        words("Inscritos y asistentes por función", "Registered and attended by role"),
        tuple(role_name(words, role) for role in roles),
        (
            Series(
                words("Inscritos", "Registered"),
                tuple(float(summary.roles[r].registered) for r in roles),
            ),
            Series(
                words("Asistieron", "Attended"),
                tuple(float(summary.roles[r].attended) for r in roles),
            ),
        ),
        value_label=words("Personas", "People"),
    )


def _day_name(words: Words, arrivals: ArrivalDay) -> str:
    return f"{words.short_day(arrivals.day.weekday())} {words.short_date(arrivals.day)}"


def _hour_rows(words: Words, arrivals: ArrivalDay) -> list[tuple]:
    """One row per local hour: its four quarters (– outside the day's first to last arrival)
    and the hour's people."""
    by_hour: dict[int, list[int | None]] = {}
    for start, people in arrivals.quarters:
        by_hour.setdefault(start.hour, [None] * 4)[start.minute // 15] = people
    day = _day_name(words, arrivals)
    return [
        (day, f"{hour:02d}:00", *quarters, sum(q or 0 for q in quarters))
        for hour, quarters in by_hour.items()
    ]


def _arrival_blocks(summary: FairSummary, words: Words) -> list[Block]:
    several = len(summary.arrivals) > 1
    rows: list[tuple] = []
    categories: list[str] = []
    values: list[float] = []
    for arrivals in summary.arrivals:
        rows += _hour_rows(words, arrivals)
        for start, people in arrivals.quarters:
            label = f"{start:%H:%M}"
            categories.append(f"{arrivals.day:%d/%m} {label}" if several else label)
            values.append(float(people))
    total = sum(day.total for day in summary.arrivals)
    rows.append((words("Total personas", "Total people"), "", None, None, None, None, total))
    title = words("Llegadas por cuarto de hora", "Arrivals by quarter hour")
    minutes = words("min {a}–{b}", "min {a}–{b}")
    table = Table(
        "arrivals",
        title,
        (
            words("Día", "Day"),
            words("Hora", "Hour"),
            *(minutes.format(a=f"{a:02d}", b=a + 15) for a in (0, 15, 30, 45)),
            words("Personas", "People"),
        ),
        tuple(rows),
        note=words(
            "Cada persona cuenta una vez, a la hora local de su primera entrada; se muestran "
            "los cuartos de hora entre la primera y la última llegada de cada día.",
            "Each person counts once, at the local time of their first check-in; shown are the "
            "quarter hours between the first and the last arrival of each day.",
        )
        if total
        else words("Nadie registró su entrada.", "Nobody checked in."),
        total_last=True,
    )
    if not categories:
        return [table]
    chart = Chart(
        "arrivals_chart",
        "bar",
        title,
        tuple(categories),
        (Series(words("Personas", "People"), tuple(values)),),
        value_label=words("Personas", "People"),
    )
    return [chart, table]


# --- employers ------------------------------------------------------------------------------


def _employer_totals(summary: FairSummary, words: Words) -> Table:
    rows = [
        (words("Empresas en la feria", "Employers at the fair"), summary.employers_at_event),
        (
            words("Empresas presentes (entró un representante)", "Employers present (staff in)"),
            summary.employers_present,
        ),
        (words("Vacantes de las empresas en la feria", "Vacancies offered"), summary.vacancies),
        (words("Puestos de esas vacantes", "Positions offered"), summary.positions),
        (
            words("Vacantes de las empresas presentes", "Vacancies of employers present"),
            summary.vacancies_present,
        ),
        (
            words("Puestos de las empresas presentes", "Positions of employers present"),
            summary.positions_present,
        ),
        *((kind_name(words, kind), count) for kind, count in summary.interactions.items()),
    ]
    return Table(
        "employer_totals",
        words("Empresas, vacantes y contactos", "Employers, vacancies and contacts"),
        (words("Concepto", "Item"), words("Cantidad", "Count")),
        tuple(rows),
    )


def _employers_table(summary: FairSummary, words: Words) -> Table:
    yes, no = words("Sí", "Yes"), words("No", "No")
    rows: list[tuple] = [
        (
            line.trade_name,
            line.booth or "–",
            yes if line.present else no,
            line.vacancies,
            line.positions,
            line.booth_visits,
            line.interviews,
            line.cvs_received,
            line.offered,
            line.hired,
        )
        for line in summary.employers
    ]
    totals = [sum(row[i] for row in rows) for i in range(3, 10)]
    present = words("{a} de {b}", "{a} of {b}").format(
        a=words.number(summary.employers_present), b=words.number(summary.employers_at_event)
    )
    rows.append((words("Total", "Total"), "", present, *totals))
    return Table(
        "employers",
        words("Resultados por empresa", "Results by employer"),
        (
            words("Empresa", "Employer"),
            words("Stand", "Booth"),
            words("Presente", "Present"),
            words("Vacantes", "Vacancies"),
            words("Puestos", "Positions"),
            words("Visitas al stand", "Booth visits"),
            words("Entrevistas", "Interviews"),
            words("CV recibidos", "CVs received"),
            words("Con oferta", "Offered"),
            words("Contratados", "Hired"),
        ),
        tuple(rows),
        note=words(
            "«Con oferta» y «Contratados» cuentan personas distintas de cada empresa; quien "
            "recibió ofertas de dos empresas cuenta en ambas.",
            "“Offered” and “Hired” count different people for each employer; someone "
            "offered jobs by two employers counts in both.",
        ),
        total_last=True,
    )


def _employers_chart(summary: FairSummary, words: Words) -> Chart:
    ranked = sorted(summary.employers, key=lambda line: (-line.interviews, line.trade_name))
    top = ranked[:TOP_EMPLOYERS]
    title = words("Entrevistas por empresa", "Interviews by employer")
    if len(ranked) > TOP_EMPLOYERS:
        title += words(" (las {n} con más)", " (top {n})").format(n=TOP_EMPLOYERS)
    return Chart(
        "employers_chart",
        "bar",
        title,
        tuple(line.trade_name for line in top),
        (Series(words("Entrevistas", "Interviews"), tuple(float(x.interviews) for x in top)),),
        value_label=words("Entrevistas", "Interviews"),
    )


# --- outcomes and people --------------------------------------------------------------------


def _outcomes_table(summary: FairSummary, words: Words) -> Table:
    return Table(
        "outcomes",
        words("Resultados de los candidatos", "Outcomes for candidates"),
        (
            words("Resultado", "Outcome"),
            words("Personas", "People"),
            words("Registros", "Records"),
        ),
        tuple(
            (status_name(words, s), people, summary.outcomes_recorded[s])
            for s, people in summary.outcomes.items()
        ),
        note=words(
            "Resultados de candidatos con fecha hasta el {d}. «Personas»: personas distintas "
            "que llegaron a ese resultado; quien pasó por varios (con oferta y luego contratado) "
            "cuenta en cada uno. «Registros»: resultados anotados; quien fue contratado para dos "
            "vacantes suma dos registros y una persona.",
            "Candidates' outcomes dated up to {d}. “People”: different people who reached "
            "that outcome; anyone who went through several (offered, then hired) counts in "
            "each. “Records”: outcomes recorded; someone hired for two vacancies adds two "
            "records and one person.",
        ).format(d=words.date(summary.as_of_day)),
    )


def _people_section(summary: FairSummary, words: Words) -> Section:
    groups = [
        (words("Inscritos", "Registered"), summary.registered),
        (words("Asistieron", "Attended"), summary.attended),
        (words("Contratados", "Hired"), summary.hired),
    ]
    title = words("Candidatos inscritos por edad y sexo", "Registered candidates by age and sex")
    return Section(
        words("Personas", "People"),
        tuple(breakdown_blocks(words, groups, title)),
        intro=words(
            "Candidatos y candidatas: personas distintas, con la edad que tenían el {d}.",
            "Candidates: different people, with their age on {d}.",
        ).format(d=words.date(summary.ends_on)),
    )


def fair_report(
    summary: FairSummary, words: Words, *, generated_at: datetime, generated_by: str
) -> Report:
    """The job fair's attendance report in ``words``' language; ``generated_at`` is local."""
    attendance: list[Block] = [_roles_table(summary, words), _roles_chart(summary, words)]
    attendance += _arrival_blocks(summary, words)
    employers: list[Block] = [_employer_totals(summary, words), _employers_table(summary, words)]
    if summary.employers:
        employers.append(_employers_chart(summary, words))
    subject = summary.event_name + (f" · {summary.venue}" if summary.venue else "")
    return Report(
        language=words.language,
        title=words("Resumen de la feria de empleo", "Job fair summary")
        if summary.kind is EventKind.JOB_FAIR
        else words("Resumen del taller", "Workshop summary"),
        subject=subject,
        period=words.period(summary.starts_on, summary.ends_on),
        generated_at=generated_at,
        generated_by=generated_by,
        figures=_figures(summary, words),
        sections=(
            Section(words("Asistencia", "Attendance"), tuple(attendance)),
            Section(words("Empleadores", "Employers"), tuple(employers)),
            Section(words("Resultados", "Outcomes"), (_outcomes_table(summary, words),)),
            _people_section(summary, words),
        ),
        notes=(
            words(
                "Se cuentan personas distintas: un registro unido a otro cuenta como la persona "
                "a la que se unió.",
                "Different people are counted: a record merged into another counts as the "
                "person it was merged into.",
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
                "Horas en la hora de Ecuador continental.",
                "Times in Ecuador's mainland time.",
            ),
        ),
    )
