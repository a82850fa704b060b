"""The three things a spreadsheet can bring in (people, an event's registrations, employers),
each with its fields, its guess of the columns and its import, behind one interface for the
import wizard and the command line."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from coworking.core.employer_import import LABELS as EMPLOYER_LABELS
from coworking.core.employer_import import import_employers, map_employer_columns
from coworking.core.import_batches import Progress, Sessions
from coworking.core.import_mapping import ImportMapping
from coworking.core.importing import import_people
from coworking.core.person_columns import FIELD_LABELS, map_columns
from coworking.core.registration_import import EXTRA_LABELS, extra_columns, import_registrations
from coworking.db.models import StaffUser

DOCUMENT_CHOICES = {
    "document_number:cedula": "Número de cédula",
    "document_number:passport": "Número de pasaporte",
}


@dataclass(frozen=True)
class ImportKind:
    key: str  # "people", "registrations", "employers"
    title: str  # Spanish, for messages
    fields: dict[str, str]  # what a column can fill -> Spanish label, in the order shown
    required: tuple[str, ...]
    _guess: Callable[[list[str], ImportMapping], dict[int, str]]
    _run: Callable[..., Any]

    def guess(self, headers: list[str], mapping: ImportMapping | None = None) -> dict[int, str]:
        """Column index -> field, from a saved mapping and the usual column names."""
        return self._guess(headers, mapping or ImportMapping())

    def run(
        self,
        database: Sessions,
        actor: StaffUser | None,
        path: Path,
        mapping: ImportMapping,
        *,
        dry_run: bool,
        event_id: int | None = None,
        progress: Progress | None = None,
    ) -> Any:
        """Check (``dry_run``) or import; the report of the kind (an ``ImportCounts``)."""
        options: dict[str, Any] = {"dry_run": dry_run, "mapping": mapping, "progress": progress}
        if self.key == "registrations":
            assert event_id is not None
            return self._run(database, actor, path, event_id, **options)
        return self._run(database, actor, path, **options)


def _people_guess(headers: list[str], mapping: ImportMapping) -> dict[int, str]:
    return map_columns(headers, mapping.columns)


def _registration_guess(headers: list[str], mapping: ImportMapping) -> dict[int, str]:
    found = map_columns(headers, mapping.columns)
    for name, index in extra_columns(headers, mapping).items():
        found.setdefault(index, name)
    return found


def _employer_guess(headers: list[str], mapping: ImportMapping) -> dict[int, str]:
    return {index: name for name, index in map_employer_columns(headers, mapping).items()}


PEOPLE = ImportKind(
    "people",
    "personas",
    {**FIELD_LABELS, **DOCUMENT_CHOICES},
    ("given_names", "family_names"),
    _people_guess,
    import_people,
)
REGISTRATIONS = ImportKind(
    "registrations",
    "inscripciones",
    {**FIELD_LABELS, **DOCUMENT_CHOICES, **EXTRA_LABELS},
    ("given_names", "family_names"),
    _registration_guess,
    import_registrations,
)
EMPLOYERS = ImportKind(
    "employers",
    "empresas",
    dict(EMPLOYER_LABELS),
    ("ruc", "trade_name"),
    _employer_guess,
    import_employers,
)
KINDS = {kind.key: kind for kind in (PEOPLE, REGISTRATIONS, EMPLOYERS)}
