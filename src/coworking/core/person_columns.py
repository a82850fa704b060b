"""How spreadsheet columns and values become person fields: the usual Spanish and English
column names, Mujer/Hombre, country names in Spanish, dates as dd/mm/aaaa, canton names."""

from __future__ import annotations

import json
import re
from datetime import date, datetime
from functools import cache
from pathlib import Path

from coworking.core import reference
from coworking.core.errors import UserError
from coworking.core.text import search_key
from coworking.db.enums import DocumentType, PopulationGroup, Sex

# Column header (without accents, lower case) -> field. "cedula"/"pasaporte" also fix the type.
COLUMN_NAMES: dict[str, tuple[str, ...]] = {
    "given_names": (
        "nombres",
        "nombre",
        "primer nombre",
        "given names",
        "given name",
        "first name",
        "first names",
        "name",
    ),
    "family_names": (
        "apellidos",
        "apellido",
        "family names",
        "family name",
        "last name",
        "surname",
        "surnames",
    ),
    "document_type": ("tipo de documento", "tipo documento", "tipo doc", "document type"),
    "document_number": (
        "documento",
        "numero de documento",
        "no. documento",
        "n documento",
        "identificacion",
        "document",
        "document number",
        "id number",
    ),
    "nationality": ("nacionalidad", "pais", "pais de origen", "nationality", "country"),
    "sex": ("sexo", "genero", "sex", "gender"),
    "birth_date": (
        "fecha de nacimiento",
        "fecha nacimiento",
        "nacimiento",
        "f. nacimiento",
        "birth date",
        "date of birth",
        "birthdate",
        "dob",
    ),
    "population_group": (
        "grupo poblacional",
        "grupo de poblacion",
        "poblacion",
        "condicion migratoria",
        "population group",
    ),
    "disability": ("discapacidad", "disability"),
    "phone": (
        "telefono",
        "celular",
        "movil",
        "telefono celular",
        "whatsapp",
        "phone",
        "mobile",
        "phone number",
    ),
    "email": ("correo", "correo electronico", "email", "e-mail", "mail"),
    "canton_code": ("canton", "canton de residencia", "ciudad", "canton code"),
    "education_level": (
        "nivel de educacion",
        "nivel educativo",
        "educacion",
        "instruccion",
        "education",
        "education level",
    ),
}
DOCUMENT_COLUMNS = {
    "cedula": DocumentType.CEDULA,
    "cedula de identidad": DocumentType.CEDULA,
    "pasaporte": DocumentType.PASSPORT,
    "passport": DocumentType.PASSPORT,
}
FIELD_LABELS = {
    "given_names": "Nombres",
    "family_names": "Apellidos",
    "document_type": "Tipo de documento",
    "document_number": "Documento",
    "nationality": "Nacionalidad",
    "sex": "Sexo",
    "birth_date": "Fecha de nacimiento",
    "population_group": "Grupo poblacional",
    "disability": "Discapacidad",
    "phone": "Teléfono",
    "email": "Correo electrónico",
    "canton_code": "Cantón",
    "education_level": "Nivel de educación",
}
SEXES = {
    "mujer": Sex.WOMAN,
    "femenino": Sex.WOMAN,
    "f": Sex.WOMAN,
    "woman": Sex.WOMAN,
    "female": Sex.WOMAN,
    "hombre": Sex.MAN,
    "masculino": Sex.MAN,
    "m": Sex.MAN,
    "man": Sex.MAN,
    "male": Sex.MAN,
    "otro": Sex.OTHER,
    "other": Sex.OTHER,
    "prefiere no decir": Sex.UNDISCLOSED,
    "no responde": Sex.UNDISCLOSED,
}
GROUPS = {
    "comunidad de acogida": PopulationGroup.HOST,
    "acogida": PopulationGroup.HOST,
    "host": PopulationGroup.HOST,
    "host community": PopulationGroup.HOST,
    "migrante": PopulationGroup.MIGRANT_DESTINATION,
    "refugiado": PopulationGroup.MIGRANT_DESTINATION,
    "refugiada": PopulationGroup.MIGRANT_DESTINATION,
    "migrante en destino": PopulationGroup.MIGRANT_DESTINATION,
    "migrante o refugiado en destino": PopulationGroup.MIGRANT_DESTINATION,
    "en transito": PopulationGroup.IN_TRANSIT,
    "transito": PopulationGroup.IN_TRANSIT,
    "in transit": PopulationGroup.IN_TRANSIT,
    "retornado": PopulationGroup.RETURNEE,
    "retornada": PopulationGroup.RETURNEE,
    "returnee": PopulationGroup.RETURNEE,
    "otro": PopulationGroup.OTHER,
    "other": PopulationGroup.OTHER,
}
DOCUMENT_TYPES = {
    "cedula": DocumentType.CEDULA,
    "ci": DocumentType.CEDULA,
    "pasaporte": DocumentType.PASSPORT,
    "passport": DocumentType.PASSPORT,
    "refugiado": DocumentType.REFUGEE,
    "documento de refugiado": DocumentType.REFUGEE,
    "visa": DocumentType.VISA,
    "permiso": DocumentType.VISA,
    "otro": DocumentType.OTHER,
    "other": DocumentType.OTHER,
    "ninguno": DocumentType.NONE,
    "none": DocumentType.NONE,
}
DEMONYMS = {
    "ecuatoriana": "EC",
    "ecuatoriano": "EC",
    "venezolana": "VE",
    "venezolano": "VE",
    "colombiana": "CO",
    "colombiano": "CO",
    "peruana": "PE",
    "peruano": "PE",
    "cubana": "CU",
    "cubano": "CU",
    "haitiana": "HT",
    "haitiano": "HT",
}
_FORMULA = re.compile(r"^[=@]|^[+\-](?![\d\s()]+$)")


def map_columns(headers: list[str], saved: dict[str, str] | None = None) -> dict[int, str]:
    """Column index -> field. A saved mapping (header -> field) wins over the usual names."""
    known = {name: field for field, names in COLUMN_NAMES.items() for name in names}
    saved_keys = {search_key(k): v for k, v in (saved or {}).items()}
    mapping: dict[int, str] = {}
    for index, header in enumerate(headers):
        key = search_key(header).rstrip(":").strip()
        field = saved_keys.get(key) or known.get(key)
        if field is None and key in DOCUMENT_COLUMNS:
            field = f"document_number:{DOCUMENT_COLUMNS[key].value}"
        if field and field != "ignore" and field not in mapping.values():
            mapping[index] = field
    return mapping


def load_mapping(path: Path) -> dict[str, str]:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise UserError(
            f"No se puede leer la correspondencia de columnas «{path}»: {error}"
        ) from error
    columns = data.get("columns", data) if isinstance(data, dict) else None
    if not isinstance(columns, dict):
        raise UserError(f'«{path}» debe ser un objeto JSON {{"columna": "campo"}}.')
    return {str(k): str(v) for k, v in columns.items()}


def is_formula(text: str) -> bool:
    """A cell that a spreadsheet would run as a formula (a phone such as +593… is not)."""
    return bool(_FORMULA.match(text))


def parse_date(text: str) -> date:
    for pattern in ("%d/%m/%Y", "%d-%m-%Y", "%Y-%m-%d", "%d.%m.%Y", "%d/%m/%y"):
        try:
            return datetime.strptime(text.strip(), pattern).date()
        except ValueError:
            continue
    raise UserError("fecha no válida: use dd/mm/aaaa")


@cache
def _countries_by_key() -> dict[str, str]:
    found = {search_key(e.name): e.code for e in reference.countries()}
    found.update({search_key(e.code): e.code for e in reference.countries()})
    found.update(DEMONYMS)
    return found


@cache
def _cantons_by_key() -> dict[str, str | None]:
    found: dict[str, str | None] = {}
    for canton in reference.cantons():
        key = search_key(canton.name)
        found[key] = None if key in found else canton.code  # same name twice: ambiguous
        found[canton.code] = canton.code
    return found


def _lookup(table: dict, text: str, what: str):
    value = table.get(search_key(text))
    if value is None:
        raise UserError(f"{what} no reconocido: «{text}»")
    return value


def convert(field: str, text: str):
    """A cell's text as the value of ``field``; raises UserError with the problem."""
    if field == "sex":
        return _lookup(SEXES, text, "sexo")
    if field == "population_group":
        return _lookup(GROUPS, text, "grupo poblacional")
    if field == "document_type":
        return _lookup(DOCUMENT_TYPES, text, "tipo de documento")
    if field == "nationality":
        return _lookup(_countries_by_key(), text, "país")
    if field == "birth_date":
        return parse_date(text)
    if field == "canton_code":
        key = search_key(text)
        code = _cantons_by_key().get(key)
        if code is None:
            raise UserError(
                f"cantón ambiguo, use el código INEC: «{text}»"
                if key in _cantons_by_key()
                else f"cantón no reconocido: «{text}»"
            )
        return code
    if field == "education_level":
        levels = {search_key(e.name): e.code for e in reference.education_levels()}
        levels.update({e.code: e.code for e in reference.education_levels()})
        return _lookup(levels, text, "nivel de educación")
    return text
