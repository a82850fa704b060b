"""The correspondence a person sets in the import wizard and the command line reuses
(``--mapping``): which field each column fills, and what the values no rule could place mean.

    {"columns": {"Tipo de población": "population_group", "Notas": "ignore"},
     "values": {"population_group": {"Pendulares": "other"}}}

An older file holding only ``columns`` (or a bare ``{"column": "field"}``) still reads."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from coworking.core.errors import UserError
from coworking.core.import_values import ValueMeanings
from coworking.core.text import search_key

IGNORE = "ignore"


@dataclass
class ImportMapping:
    columns: dict[str, str] = field(default_factory=dict)  # header -> field, or IGNORE
    values: ValueMeanings = field(default_factory=ValueMeanings)
    source: str = ""  # the file it was read from, for messages

    def as_json(self) -> dict[str, object]:
        return {"columns": dict(self.columns), "values": self.values.as_json()}

    def save(self, path: Path) -> Path:
        path = Path(path)
        try:
            path.write_text(
                json.dumps(self.as_json(), ensure_ascii=False, indent=2), encoding="utf-8"
            )
        except OSError as error:
            raise UserError(
                f"No se pudo guardar la correspondencia en «{path}»: {error.strerror or error}."
            ) from error
        return path

    def check_fields(self, known: Iterable[str]) -> None:
        """Refuse a column mapped to a field this import does not have, naming both."""
        allowed = set(known) | {IGNORE}
        for header, name in self.columns.items():
            if name.split(":")[0] not in allowed:
                listed = ", ".join(sorted(allowed))
                raise UserError(
                    f"«{self.source or 'correspondencia'}»: la columna «{header}» apunta a "
                    f"«{name}», que no es un campo de esta importación (use: {listed})."
                )


def find_columns(
    headers: list[str], mapping: ImportMapping, usual: dict[str, tuple[str, ...]]
) -> dict[str, int]:
    """Field -> column index for the fields of ``usual`` (field -> usual header names, lower
    case without accents): a column the mapping names wins; one it sets to «ignore» is left
    out; the first column of each field counts."""
    saved = {search_key(header): name for header, name in mapping.columns.items()}
    found: dict[str, int] = {}
    for index, header in enumerate(headers):
        key = search_key(header).rstrip(":").strip()
        name = saved.get(key)
        if name is None and key not in saved:
            name = next((n for n, names in usual.items() if key in names), None)
        if name in usual and name not in found:
            found[name] = index
    return found


def load_mapping(path: Path) -> ImportMapping:
    """Read a saved correspondence; anything malformed is refused naming the file."""
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except FileNotFoundError as error:
        raise UserError(f"No existe el archivo de correspondencia «{path}».") from error
    except (OSError, ValueError) as error:
        raise UserError(
            f"No se puede leer la correspondencia de columnas «{path.name}»: {error}"
        ) from error
    if not isinstance(data, dict):
        raise UserError(f'«{path.name}» debe ser un objeto JSON {{"columns": {{…}}}}.')
    columns = data.get("columns", data if "values" not in data else {})
    if not isinstance(columns, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in columns.items()
    ):
        raise UserError(
            f'«{path.name}»: "columns" debe ser un objeto {{"columna": "campo"}} con textos.'
        )
    values = ValueMeanings.from_json(data.get("values", {}), path.name)
    return ImportMapping(dict(columns), values, path.name)
