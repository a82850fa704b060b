"""Report writers: a hand-built report with every block kind, long labels, many rows and
accents, written as PDF and XLSX in Spanish and English and read back (pypdf text, pages
rendered by pdftoppm, openpyxl and pandas)."""

from __future__ import annotations

import math
import subprocess
from datetime import date, datetime, timedelta
from pathlib import Path

import openpyxl
import pandas as pd
import pytest
from PIL import Image, ImageStat
from pypdf import PdfReader
from reportlab.pdfbase.pdfmetrics import stringWidth

from coworking.core.report_chart_parts import FONT, SIZE, category_labels
from coworking.core.report_model import Chart, Figure, Report, Section, Series, Table
from coworking.core.report_pdf import write_pdf
from coworking.core.report_words import Words
from coworking.core.report_xlsx import FORBIDDEN, sheet_name, write_xlsx

pytestmark = pytest.mark.date_sensitive

LONG_COUNTRY = "Venezuela (República Bolivariana de)"
LONG_LABEL = "Personas en situación de movilidad humana con necesidades de protección"


OCCUPATIONS = (
    "Vendedores de tiendas y almacenes",
    "Cocineros",
    "Conductores de camiones pesados",
    "Limpiadores y asistentes de oficinas, hoteles y otros establecimientos",
    "Agentes de centros de llamadas",
    "Auxiliares de contabilidad y cálculo de costos",
    "Peluqueros",
    "Albañiles",
    "Cajeros y expendedores de billetes",
    "Técnicos en ingeniería mecánica",
    "Profesionales de enfermería",
    "Guardias de seguridad",
    "Meseros",
    "Costureros, bordadores y afines",
    "Empacadores manuales",
    "Programadores de aplicaciones",
)


def _weeks(words: Words) -> Table:
    rows = []
    for week in range(1, 54):
        visits = 180 + (week * 37) % 120
        rows.append(
            (
                words("Semana {n}", "Week {n}").format(n=week),
                visits,
                visits // 3,
                ((week * 13) % 100) / 100,
                round(1.5 + (week % 7) / 4, 2),
            )
        )
    rows.append((words("Total", "Total"), 12345, 4115, 0.583, None))
    return Table(
        "weeks",
        words("Visitas por semana del año", "Visits per week of the year"),
        (
            words("Semana", "Week"),
            words("Visitas", "Visits"),
            words("Personas distintas", "Different people"),
            words("Mujeres", "Women"),
            words("Promedio de horas por visita registrada", "Average hours per recorded visit"),
        ),
        tuple(rows),
        note=words("Semanas de lunes a domingo; «–» sin dato.", "Weeks Monday to Sunday."),
        total_last=True,
        percent_columns=(3,),
    )


def _groups(words: Words) -> Table:
    """Seven columns, labels that must wrap, one cell without data."""
    rows = [
        (words("Mujeres", "Women"), 620, 0.55, 310, 0.52, 41, 0.6),
        (words("Hombres", "Men"), 480, 0.43, 280, 0.47, 27, 0.4),
        (LONG_LABEL, 25, 0.02, 6, 0.01, 0, None),
        (words("Total personas", "Total people"), 1125, 1.0, 596, 1.0, 68, 1.0),
    ]
    columns = (
        words("Categoría", "Category"),
        words("Inscritas", "Registered"),
        "%",
        words("Asistieron", "Attended"),
        "%",
        words("Contratadas", "Hired"),
        "%",
    )
    return Table(
        "groups",
        words("Personas por grupo", "People by group"),
        columns,
        tuple(rows),
        total_last=True,
        percent_columns=(2, 4, 6),
    )


def _charts(words: Words) -> tuple[Chart, ...]:
    weeks = tuple(words.short_date(date(2025, 12, 29) + timedelta(weeks=n)) for n in range(53))
    quarters = tuple(f"{q // 4:02d}:{q % 4 * 15:02d}" for q in range(96))
    hours = tuple(f"{h:02d}" for h in range(24))
    people = words("Personas", "People")
    return (
        Chart(
            "weekly_bar",
            "bar",
            words("Visitas por semana", "Visits per week"),
            weeks,
            (
                Series(
                    words("Visitas", "Visits"),
                    tuple(float(180 + (w * 37) % 120) for w in range(1, 54)),
                ),
            ),
            value_label=words("Visitas", "Visits"),
        ),
        Chart(
            "quarter_line",
            "line",
            words("Personas presentes cada cuarto de hora", "People present every quarter hour"),
            quarters,
            tuple(
                Series(
                    name,
                    tuple(max(0.0, 30 * math.sin((q - 28 - k * 6) / 20)) + k for q in range(96)),
                )
                for k, name in enumerate(
                    (
                        words("Días laborables", "Weekdays"),
                        words("Sábados", "Saturdays"),
                        words("Domingos y feriados", "Sundays, holidays"),
                    )
                )
            ),
            value_label=people,
            note=words("Promedio por día.", "Average per day."),
        ),
        Chart(
            "heat",
            "heatmap",
            words("Entradas por día y hora", "Check-ins by day and hour"),
            hours,
            tuple(
                Series(
                    words.short_day(d),
                    tuple(
                        float((d * 7 + h * 5) % 23 * (h > 6) * (h < 21) * (1 + (d < 5)))
                        for h in range(24)
                    ),
                )
                for d in range(7)
            ),
            value_label=words("Entradas", "Check-ins"),
        ),
        Chart(
            "sex_age",
            "stacked",
            words("Personas por edad y sexo", "People by age and sex"),
            (
                words("0-17 años", "0-17 years"),
                words("18-59 años", "18-59 years"),
                words("60+ años", "60+ years"),
                words("Sin dato", "No data"),
            ),
            tuple(
                Series(name, values)
                for name, values in (
                    (words("Mujeres", "Women"), (40.0, 520.0, 35.0, 25.0)),
                    (words("Hombres", "Men"), (38.0, 400.0, 30.0, 12.0)),
                    (words("Otro", "Other"), (0.0, 9.0, 0.0, 1.0)),
                    (words("Prefiere no decir", "Prefers not to say"), (2.0, 14.0, 1.0, 0.0)),
                    (words("Sin dato", "No data"), (5.0, 30.0, 4.0, 22.0)),
                )
            ),
            value_label=people,
        ),
        Chart(
            "countries",
            "bar",
            words("Personas por nacionalidad", "People by nationality"),
            (
                "Ecuador",
                LONG_COUNTRY,
                "Colombia",
                "Perú",
                words("Otras nacionalidades", "Other nationalities"),
            ),
            (
                Series(words("Inscritas", "Registered"), (510.0, 480.0, 90.0, 12.0, 8.0)),
                Series(words("Asistieron", "Attended"), (300.0, 250.0, 40.0, 4.0, 2.0)),
            ),
            value_label=people,
        ),
        Chart(
            "occupations",
            "bar",
            words("Vacantes por ocupación", "Vacancies by occupation"),
            tuple(f"{name} ({n})" for n, name in enumerate(OCCUPATIONS, start=1)),
            (
                Series(
                    words("Vacantes", "Vacancies"), tuple(float(3 + n * 7 % 40) for n in range(16))
                ),
            ),
            value_label=words("Vacantes", "Vacancies"),
        ),
    )


def sample_report(language: str) -> Report:
    words = Words(language)
    bar, line, heat, stacked, countries, occupations = _charts(words)
    return Report(
        language=language,
        title=words("Informe de asistencia", "Attendance report"),
        subject="Coworking Municipal de Manta «Ñuca Llacta» — Centro de Emprendimiento",
        period=words.period(date(2026, 1, 1), date(2026, 12, 31)),
        generated_at=datetime(2026, 11, 5, 14, 30),
        generated_by="María José Ñáñez Ibáñez",
        figures=(
            Figure(words("Visitas", "Visits"), words.number(12345)),
            Figure(words("Personas distintas", "Different people"), words.number(4115)),
            Figure(words("Mujeres", "Women"), words.percent(0.583)),
            Figure(words("Horas de uso", "Hours of use"), words.number(8765.5, 1)),
            Figure(words("Jóvenes de 18 a 29 años", "Young people 18 to 29"), words.number(1450)),
            Figure(words("Días abiertos", "Days open"), "251"),
        ),
        sections=(
            Section(
                words("Visitas a lo largo del año", "Visits over the year"),
                (_weeks(words), bar),
                intro=words(
                    "Cada visita es una entrada con su salida.",
                    "Each visit is a check-in with its check-out.",
                ),
            ),
            Section(words("Uso por hora", "Use by hour"), (heat, line)),
            Section(
                words("Desagregación", "Disaggregation"),
                (_groups(words), stacked, countries, occupations),
            ),
            Section(
                words("Sin movimiento", "No activity"),
                (
                    Table(
                        "empty",
                        words("Reservas canceladas", "Cancelled bookings"),
                        (words("Sala", "Room"), words("Reservas", "Bookings")),
                        (),
                    ),
                ),
            ),
        ),
        notes=(
            words(
                "Las personas registradas dos veces se cuentan una sola vez.",
                "People registered twice are counted once.",
            ),
            words(
                "Cifras agregadas: ningún dato permite identificar a una persona.",
                "Aggregated figures: no figure identifies a person.",
            ),
        ),
    )


def _pdf_pages(pdf: Path) -> list[str]:
    return [" ".join((page.extract_text() or "").split()) for page in PdfReader(pdf).pages]


@pytest.mark.parametrize("language", ["es", "en"])
def test_pdf_text_and_page_numbers(tmp_path: Path, language: str) -> None:
    report = sample_report(language)
    words = Words(language)
    seen: list[tuple[int, int]] = []
    path = tmp_path / "informe.pdf"
    pages = write_pdf(report, path, progress=lambda done, total: seen.append((done, total)))
    texts = _pdf_pages(path)
    assert pages == len(texts) >= 5
    everything = " ".join(texts)
    for table in report.tables():
        assert " ".join(table.title.split()) in everything
    for chart in report.charts():
        assert chart.title in everything
    assert report.title in texts[0] and "María José Ñáñez Ibáñez" in texts[0]
    made = words(
        "Generado el 5 de noviembre de 2026, 14:30 por", "Generated on 5 November 2026, 14:30 by"
    )
    assert made in texts[0]
    assert words.number(12345) in texts[0] and words.percent(0.583) in texts[0]
    # Cells: thousands, percents and the «no data» dash, in the report's language.
    assert words.number(12345) in everything and words.percent(0.55) in everything
    assert words("Sin datos", "No data") in everything
    page_word = words("Página {n} de {t}", "Page {n} of {t}")
    assert page_word.format(n=1, t=pages) not in texts[0]
    for number, text in enumerate(texts[1:], start=2):
        assert page_word.format(n=number, t=pages) in text
        assert words("Confidencial: datos agregados", "Confidential: aggregated data") in text
    if language == "en":
        assert "Página" not in everything and "Visits per week of the year" in everything
    else:
        assert "Page " not in everything
    # Dense category labels are thinned out: whole hours, not every quarter.
    assert "08:00" in everything and "08:15" not in everything
    assert seen[-1] == (len(report.tables()) + len(report.charts()) + 1,) * 2
    assert [done for done, _ in seen] == sorted(done for done, _ in seen)


def test_pdf_pages_are_drawn(tmp_path: Path) -> None:
    path = tmp_path / "informe.pdf"
    pages = write_pdf(sample_report("es"), path)
    subprocess.run(["pdftoppm", "-r", "60", "-png", str(path), str(tmp_path / "p")], check=True)
    images = sorted(tmp_path.glob("p-*.png"))
    assert len(images) == pages
    for image in images:
        with Image.open(image) as picture:
            page = picture.convert("L")
            # Above the footer (the bottom 60 points) something must be drawn.
            body = page.crop((0, 0, page.width, page.height - 50))
            dark = sum(body.histogram()[:160])
            assert dark > 0.002 * body.width * body.height, image.name
            assert ImageStat.Stat(body).stddev[0] > 8, image.name


@pytest.mark.parametrize("language", ["es", "en"])
def test_xlsx_values(tmp_path: Path, language: str) -> None:
    report = sample_report(language)
    path = tmp_path / "informe.xlsx"
    write_xlsx(report, path)
    book = openpyxl.load_workbook(path)
    names = book.sheetnames
    assert names[0] == Words(language)("Resumen", "Summary")
    assert len(names) == 1 + len(report.tables()) + len(report.charts())
    assert len({n.lower() for n in names}) == len(names)
    assert all(len(n) <= 31 and not set(n) & set(FORBIDDEN) for n in names)
    summary = [c for row in book[names[0]].iter_rows(values_only=True) for c in row if c]
    for text in (report.title, report.subject, report.period, report.generated_by, *report.notes):
        assert text in summary
    assert 12345 in summary and 0.583 in summary  # figures as numbers, not text
    assert datetime(2026, 11, 5, 14, 30) in summary
    table_names = names[1 : 1 + len(report.tables())]
    for name, table in zip(table_names, report.tables(), strict=True):
        sheet = book[name]
        assert table.title.startswith(name[:20])
        assert sheet.freeze_panes == "A2"
        assert all(cell.font.bold for cell in sheet[1])
        assert [c.value for c in sheet[1]] == list(table.columns)
        frame = pd.read_excel(path, sheet_name=name, nrows=len(table.rows))
        assert frame.shape == (len(table.rows), len(table.columns))
        for r, row in enumerate(table.rows):
            for c, cell in enumerate(row):
                got = sheet.cell(row=r + 2, column=c + 1)
                if cell is None:
                    assert got.value is None and pd.isna(frame.iat[r, c])
                else:
                    assert got.value == cell and frame.iat[r, c] == cell
                if c in table.percent_columns and cell is not None:
                    assert got.number_format == "0.0%" and 0 <= got.value <= 1
        if table.total_last:
            assert sheet.cell(row=len(table.rows) + 1, column=1).font.bold
    weeks = book[names[1]]
    assert weeks.column_dimensions["E"].width > weeks.column_dimensions["B"].width
    for name, chart in zip(names[1 + len(report.tables()) :], report.charts(), strict=True):
        rows = len(chart.series) if chart.kind == "heatmap" else len(chart.categories)
        frame = pd.read_excel(path, sheet_name=name, index_col=0, nrows=rows)
        if chart.kind == "heatmap":
            assert list(frame.index) == [s.name for s in chart.series]
            assert frame.to_numpy().tolist() == [list(s.values) for s in chart.series]
        else:
            assert [str(c) for c in frame.index] == list(chart.categories)
            assert list(frame.columns) == [s.name for s in chart.series]
            # Excel keeps 15 significant digits.
            expected = [pytest.approx(list(s.values), rel=1e-12) for s in chart.series]
            assert frame.to_numpy().T.tolist() == expected


def _broken(report: Report) -> Report:
    bad = Table("bad", "Fila incompleta", ("A", "B"), (("x", 1), ("y",)))
    section = Section("Rota", (bad,))
    return Report(**{**report.__dict__, "sections": (*report.sections, section)})


@pytest.mark.parametrize("suffix", ["pdf", "xlsx"])
def test_failed_write_leaves_no_file(tmp_path: Path, suffix: str) -> None:
    writer = write_pdf if suffix == "pdf" else write_xlsx
    path = tmp_path / f"informe.{suffix}"
    with pytest.raises(ValueError, match="Fila incompleta"):
        writer(_broken(sample_report("es")), path)
    assert list(tmp_path.iterdir()) == []
    # An earlier file at the same place is left whole.
    path.write_bytes(b"anterior")
    with pytest.raises(ValueError):
        writer(_broken(sample_report("es")), path)
    assert path.read_bytes() == b"anterior" and list(tmp_path.iterdir()) == [path]


def test_cancelled_pdf_leaves_no_file(tmp_path: Path) -> None:
    def cancel(done: int, total: int) -> None:
        if done == 3:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        write_pdf(sample_report("es"), tmp_path / "informe.pdf", progress=cancel)
    assert list(tmp_path.iterdir()) == []


def test_sheet_names_are_valid_and_unique() -> None:
    taken = ["Resumen"]
    title = "Personas por grupo de población y nacionalidad: 2026"
    first, second = sheet_name(title, taken), sheet_name(title, taken)
    assert first == "Personas por grupo de población" and len(first) == 31
    assert second.endswith(" (2)") and len(second) <= 31
    assert sheet_name("[resumen]", taken) == "resumen (2)"  # Excel ignores case
    assert sheet_name("'Altas/bajas: ¿cuántas?*'", taken) == "Altas bajas ¿cuántas"
    assert sheet_name("History", taken) == "History (2)"  # kept by Excel
    assert sheet_name("Visitas", taken) == "Visitas"
    assert sheet_name("Visitas", taken, "gráf.") == "Visitas (gráf.)"
    # cut between words, with an ellipsis
    long_title = "Inscripción y asistencia por función"
    assert sheet_name(long_title, taken) == "Inscripción y asistencia por…"
    assert len({name.lower() for name in taken}) == len(taken)


def test_dense_category_labels_are_thinned_without_overlap() -> None:
    quarters = [f"{q // 4:02d}:{q % 4 * 15:02d}" for q in range(96)]
    spacing = 450 / len(quarters)
    labels, angle, _ = category_labels(quarters, spacing)
    shown = [i for i, label in enumerate(labels) if label]
    step = shown[1] - shown[0]
    assert angle == 0 and 6 <= len(shown) <= 24 and labels[32] == "08:00"
    assert all(b - a == step for a, b in zip(shown, shown[1:], strict=False))
    assert all(stringWidth(labels[i], FONT, SIZE) + 4 <= step * spacing for i in shown)
    # Few long names wrap on up to three lines, each within its category's width.
    names = [LONG_COUNTRY, "Colombia", LONG_LABEL[:40], "Perú"]
    wrapped, angle, _ = category_labels(names, 110)
    assert angle == 0 and "\n" in wrapped[0]
    lines = [line for label in wrapped for line in label.split("\n")]
    assert all(stringWidth(line, FONT, SIZE) <= 110 for line in lines)
    assert " ".join(wrapped[0].split()) == LONG_COUNTRY
