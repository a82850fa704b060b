"""The import wizard for an event's registrations (from the events tab) and for employers (from
the employers tab): the same value mapping and accounting as for people; coordinators only."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget, QWizard
from sqlalchemy import func, select

from coworking.db.database import Database
from coworking.db.enums import RegistrationRole
from coworking.db.models import Employer, Person, Registration, StaffUser
from coworking.gui.employers_tab import EmployersTab
from coworking.gui.events_tab import EventsTab
from coworking.gui.import_value_table import NOTE, VALUE
from coworking.gui.import_wizard import ImportWizard
from tests.fair_data import RUCS, build_fair
from tests.gui import mnemonics
from tests.gui.modal import when_modal

LEFT = Qt.MouseButton.LeftButton


def _shown(qtbot, widget: QWidget) -> QWidget:
    qtbot.addWidget(widget)
    widget.resize(1024, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _answer_open(monkeypatch, target: Path) -> None:
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *_args: (str(target), ""))
    )


def _walk(qtbot, steps: Callable[[ImportWizard], None]) -> list[BaseException]:
    """Run ``steps`` on the wizard once it is shown (its ``exec()`` blocks the test); a failed
    step closes it and is handed back."""
    failures: list[BaseException] = []

    def act(widget: QWidget) -> None:
        try:
            assert isinstance(widget, ImportWizard)
            steps(widget)
        except BaseException as error:  # noqa: BLE001 - reported by the test
            failures.append(error)
            widget.done(0)

    when_modal(act)
    return failures


def _next(qtbot, wizard: ImportWizard) -> None:
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), LEFT)
    qtbot.waitUntil(lambda: not wizard.busy, timeout=15_000)
    QApplication.processEvents()
    assert not mnemonics.clashes(wizard), mnemonics.clashes(wizard)


def _import_and_finish(qtbot, wizard: ImportWizard) -> None:
    check = wizard.check_page
    qtbot.mouseClick(check.import_button, LEFT)
    qtbot.waitUntil(lambda: check.imported, timeout=15_000)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), LEFT)


def _count(database: Database, model, *where) -> int:
    with database.sessions() as session:
        return session.scalar(select(func.count()).select_from(model).where(*where)) or 0


def test_registrations_are_imported_into_the_selected_event_from_the_events_tab(
    qtbot, monkeypatch, tmp_path: Path, database: Database, admin: StaffUser
) -> None:
    fair = build_fair(database, admin, candidates=2)
    before = _count(database, Registration, Registration.event_id == fair.event_id)
    source = tmp_path / "inscritos.csv"
    source.write_bytes(
        "Nombres;Apellidos;Sexo;Tipo de participante\r\n"
        "Dayana;Muñoz Vera;Mujer;Candidata\r\n"
        "Darwin;Loor Cedeño;Hombre;Invitado especial\r\n"
        "Yorman;Pérez;Hombre;Candidato\r\n".encode("cp1252")
    )
    _answer_open(monkeypatch, source)
    tab = _shown(qtbot, EventsTab(database, admin))
    assert tab.select_event(fair.event_id) and tab.import_button.isEnabled()
    assert not mnemonics.clashes(tab)
    changed: list[bool] = []
    tab.events_changed.connect(lambda: changed.append(True))
    seen: dict[str, str] = {}

    def steps(wizard: ImportWizard) -> None:
        seen["title"] = wizard.windowTitle()
        qtbot.mouseClick(wizard.file_page.choose_button, LEFT)
        _next(qtbot, wizard)
        _next(qtbot, wizard)
        [roles] = [t for t in wizard.values_page.tables if t.column.field == "role"]
        assert roles.item(0, VALUE).text() == "Invitado especial"
        assert roles.item(0, NOTE).text() == "Sin asignar"
        roles.combos[0].setCurrentIndex(roles.combos[0].findText("Visitante"))
        seen["values"] = wizard.values_page.summary.text()
        _next(qtbot, wizard)
        seen["check"] = wizard.check_page.summary.text()
        seen["extra"] = wizard.check_page.details.text()
        _import_and_finish(qtbot, wizard)

    failures = _walk(qtbot, steps)
    qtbot.mouseClick(tab.import_button, LEFT)
    assert not failures, failures
    assert seen["title"] == "Importar inscripciones: Feria de Empleo Manta"
    assert seen["values"].startswith("Todos los valores tienen significado.")
    assert seen["check"] == (
        "3 filas: 3 se importarán, 0 ya inscritas en el evento, 0 rechazadas, "
        "0 con avisos (se importan igual), 0 vacías."
    )
    assert seen["extra"] == "Se añadirán 3 personas al registro."
    assert _count(database, Registration, Registration.event_id == fair.event_id) == before + 3
    with database.sessions() as session:
        role = session.scalars(
            select(Registration.role)
            .join(Person, Person.id == Registration.person_id)
            .where(Person.given_names == "Darwin")
        ).one()
    assert role == RegistrationRole.VISITOR
    assert changed  # the fairs page reloads its events


def test_employers_are_imported_and_updated_from_the_employers_tab(
    qtbot, monkeypatch, tmp_path: Path, database: Database, admin: StaffUser
) -> None:
    build_fair(database, admin, candidates=1)  # Atunera del Pacífico, RUC RUCS[0], sector C
    source = tmp_path / "empresas.csv"
    source.write_text(
        "RUC;Nombre comercial;Sector\n"
        f"{RUCS[0]};Atunera del Pacífico;Pesca\n"
        f"{RUCS[2]};Estudio Creativo Manabí;Economía naranja\n"
        "123;Sin RUC válido;Comercio\n",
        encoding="utf-8",
    )
    _answer_open(monkeypatch, source)
    tab = _shown(qtbot, EmployersTab(database, admin))
    assert not mnemonics.clashes(tab)
    changed: list[bool] = []
    tab.employers_changed.connect(lambda: changed.append(True))
    seen: dict[str, str] = {}

    def steps(wizard: ImportWizard) -> None:
        seen["title"] = wizard.windowTitle()
        qtbot.mouseClick(wizard.file_page.choose_button, LEFT)
        _next(qtbot, wizard)
        _next(qtbot, wizard)
        [sectors] = wizard.values_page.tables
        assert sectors.item(0, VALUE).text() == "Economía naranja"
        combo = sectors.combos[0]
        combo.setCurrentIndex(combo.findData("M"))
        _next(qtbot, wizard)
        seen["check"] = wizard.check_page.summary.text()
        seen["extra"] = wizard.check_page.details.text()
        seen["problem"] = wizard.check_page.problems.item(0, 1).text()
        _import_and_finish(qtbot, wizard)
        seen["done"] = wizard.check_page.summary.text()

    failures = _walk(qtbot, steps)
    qtbot.mouseClick(tab.import_button, LEFT)
    assert not failures, failures
    assert seen["title"] == "Importar empresas"
    assert seen["check"] == (
        "3 filas: 2 se importarán, 0 ya al día, 1 rechazada, "
        "0 con avisos (se importan igual), 0 vacías."
    )
    assert seen["extra"].startswith("Empresas nuevas: 1; por actualizar: 1.")
    assert seen["problem"] == "RUC"
    assert seen["done"].startswith("3 filas: 2 importadas, 0 ya al día, 1 rechazada")
    with database.sessions() as session:
        sectors = dict(session.execute(select(Employer.ruc, Employer.sector)).all())
    assert sectors[RUCS[0]] == "A" and sectors[RUCS[2]] == "M"
    assert changed and tab.table.rowCount() == 3  # the list shows the new employer


def test_front_desk_sees_no_import_and_no_event_means_no_import(
    qtbot, database: Database, admin: StaffUser, front_desk: StaffUser
) -> None:
    events = _shown(qtbot, EventsTab(database, admin))
    assert events.import_button.isVisibleTo(events) and not events.import_button.isEnabled()
    events = _shown(qtbot, EventsTab(database, front_desk))
    employers = _shown(qtbot, EmployersTab(database, front_desk))
    assert not events.import_button.isVisibleTo(events)
    assert not employers.import_button.isVisibleTo(employers)
