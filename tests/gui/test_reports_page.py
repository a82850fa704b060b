"""The Reports page: choices, a report computed off the GUI thread and previewed, saved as Excel,
and refused to front desk."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QDate
from sqlalchemy import select

from coworking.core import visits
from coworking.db.database import Database
from coworking.db.models import AuditEntry, StaffUser
from coworking.gui.pages.reports import ReportsPage
from coworking.gui.report_form import month_bounds, quick_period
from tests.cowork_data import at, build_space
from tests.gui.modal import when_modal

pytestmark = pytest.mark.date_sensitive

NOW = datetime(2026, 12, 15, 15, tzinfo=UTC)  # 10:00 in Ecuador


def come_and_go(database: Database, admin: StaffUser, code: str, day: int, hours: int) -> None:
    with database.unit_of_work(admin) as session:
        visits.scan(session, 1, code, "Recepción", admin, now=at(day, 9))
    with database.unit_of_work(admin) as session:
        visits.scan(session, 1, code, "Recepción", admin, now=at(day, 9 + hours))


@pytest.fixture
def page(qtbot, database: Database, admin: StaffUser) -> ReportsPage:
    space = build_space(database, admin, desks=2, members=3)
    come_and_go(database, admin, space.cards[0], 1, 3)
    come_and_go(database, admin, space.cards[0], 2, 2)
    come_and_go(database, admin, space.cards[1], 2, 4)
    widget = ReportsPage(database, admin, clock=lambda: NOW)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    qtbot.waitUntil(lambda: widget.form.site_combo.count() == 1)
    return widget


def test_quick_periods() -> None:
    assert month_bounds(date(2026, 3, 15)) == (date(2026, 3, 1), date(2026, 3, 31))
    assert month_bounds(date(2026, 1, 15), 1) == (date(2025, 12, 1), date(2025, 12, 31))
    assert quick_period("last_year", date(2026, 3, 1)) == (date(2025, 1, 1), date(2025, 12, 31))
    assert quick_period("last_30", date(2026, 3, 30)) == (date(2026, 3, 1), date(2026, 3, 30))


def test_generate_shows_the_report_and_saves_the_same_tables_as_excel(
    qtbot, page: ReportsPage, tmp_path: Path
) -> None:
    form = page.form
    assert form.period_combo.currentData() == "last_month"
    assert form.from_edit.date() == QDate(2026, 11, 1)
    form.period_combo.setCurrentIndex(form.period_combo.findData("this_month"))
    assert (form.from_edit.date(), form.to_edit.date()) == (QDate(2026, 12, 1), QDate(2026, 12, 31))
    assert not page.excel_button.isEnabled()
    handle = page.generate()
    assert handle is not None
    qtbot.waitUntil(lambda: page.report is not None, timeout=30_000)
    assert page.preview.page_count() >= 3
    assert "Coworking Manta" in page.preview.caption.text()
    figures = {figure.label: figure.value for figure in page.report.figures}
    assert figures["Visitas"] == "3" and figures["Personas distintas"] == "2"
    assert figures["Horas de uso"] == "9,0"
    assert page.excel_button.isEnabled()
    with page._database.sessions() as session:
        made = session.execute(
            select(AuditEntry.username, AuditEntry.entity_id).where(
                AuditEntry.entity == "attendance_report"
            )
        ).all()
    assert made == [("admin", "1")]  # recorded once the PDF was written

    book = tmp_path / "informe"
    qtbot.waitUntil(lambda: not page.busy())
    page.save_excel(book)
    qtbot.waitUntil(lambda: (tmp_path / "informe.xlsx").exists() and not page.busy())
    sheets = load_workbook(tmp_path / "informe.xlsx").sheetnames
    assert sheets[0] == "Resumen" and len(sheets) > 5
    assert "informe.xlsx" in page.status.text()

    form.to_edit.setDate(QDate(2026, 12, 2))
    assert form.period_combo.currentData() == "custom"
    assert "Generar" in page.status.text()


def test_a_backwards_period_is_refused_with_a_message(qtbot, page: ReportsPage) -> None:
    page.form.from_edit.setDate(QDate(2026, 12, 10))
    page.form.to_edit.setDate(QDate(2026, 12, 1))
    seen: list[str] = []
    when_modal(lambda box: (seen.append(box.text()), box.accept()))
    assert page.generate() is None
    assert "antes de empezar" in seen[0]
    assert page.report is None


def test_front_desk_sees_why_there_is_nothing(qtbot, database: Database, front_desk) -> None:
    widget = ReportsPage(database, front_desk, clock=lambda: NOW)
    qtbot.addWidget(widget)
    assert not widget.allowed
    assert not hasattr(widget, "form")
