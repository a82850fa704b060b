"""How spreadsheet columns and values become person fields: the usual Spanish and English
column names, Mujer/Hombre, country names in Spanish, dates as dd/mm/aaaa, canton names."""

from __future__ import annotations

import re
from datetime import date, datetime

from coworking.core.errors import UserError
from coworking.core.import_values import SKIP, VALUE_FIELDS, ValueMeanings, ambiguous, label
from coworking.core.text import search_key
from coworking.db.enums import DocumentType, PopulationGroup, Sex

# Column header (without accents, lower case) -> field. "cedula"/"pasaporte" also fix the type.
COLUMN_NAMES: dict[str, tuple[str, ...]] = {
    "given_names": (
        "nombres",
        "nombres completos",
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
        "apellidos completos",
        "apellido",
        "family names",
        "family name",
        "last name",
        "surname",
        "surnames",
    ),
    "document_type": (
        "tipo de documento",
        "tipo documento",
        "tipo doc",
        "tipo de identificacion",
        "document type",
    ),
    "document_number": (
        "documento",
        "numero de documento",
        "numero de identificacion",
        "n de documento",
        "no de documento",
        "nro documento",
        "documento de identidad",
        "no. documento",
        "n documento",
        "identificacion",
        "document",
        "document number",
        "id number",
    ),
    "nationality": (
        "nacionalidad",
        "pais",
        "pais de origen",
        "pais de nacimiento",
        "nationality",
        "country",
        "country of origin",
    ),
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
        "tipo de poblacion",
        "tipo poblacion",
        "grupo",
        "perfil",
        "population type",
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
        "telefono de contacto",
        "celular / whatsapp",
        "numero de telefono",
        "numero de celular",
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
        "nivel de instruccion",
        "escolaridad",
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
TEXT_LIMITS = {  # characters, as the database keeps them
    "given_names": 100,
    "family_names": 100,
    "document_number": 40,
    "disability": 80,
    "email": 120,
}
_DAY_MONTH_YEAR = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$")
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


def is_formula(text: str) -> bool:
    """A cell that a spreadsheet would run as a formula (a phone such as +593… is not)."""
    return bool(_FORMULA.match(text))


def parse_date(text: str) -> date:
    found = _DAY_MONTH_YEAR.match(text.strip())
    if found:  # the usual shape, without strptime's cost
        try:
            return date(int(found[3]), int(found[2]), int(found[1]))
        except ValueError:
            raise UserError(f"fecha no válida: «{text}» (use dd/mm/aaaa)") from None
    for pattern in ("%d-%m-%Y", "%Y-%m-%d", "%d.%m.%Y", "%d/%m/%y", "%Y/%m/%d"):
        try:
            return datetime.strptime(text.strip(), pattern).date()
        except ValueError:
            continue
    raise UserError(f"fecha no válida: «{text}» (use dd/mm/aaaa)")


def convert(field: str, text: str, meanings: ValueMeanings | None = None) -> object:
    """A cell's text as the value of ``field``; raises UserError with the problem. Category
    values go through ``meanings`` (a person's choices first, then the usual words)."""
    if field == "birth_date":
        return parse_date(text)
    if field not in VALUE_FIELDS:
        return text
    value = (meanings or _NO_CHOICES).meaning(field, text)
    if value is None:
        options = ambiguous(field, text)
        what = VALUE_FIELDS[field]
        if options:
            raise UserError(
                f"{what}: «{text}» es ambiguo, puede ser "
                + " o ".join(f"«{label(field, o)}»" for o in options)
                + "; elija cuál en el asistente de importación"
            )
        raise UserError(
            f"{what}: no se reconoce «{text}»; elija qué significa en el asistente de "
            "importación (o en la correspondencia de --mapping)"
        )
    if value == SKIP:
        return None
    return _TYPES[field](value) if field in _TYPES else value


_NO_CHOICES = ValueMeanings()
_TYPES = {"sex": Sex, "population_group": PopulationGroup, "document_type": DocumentType}
