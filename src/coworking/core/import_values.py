"""What a category cell of an imported spreadsheet means: «Migrante en tránsito», «In-transit» and
«Refugiados y migrantes en tránsito» are all ``in_transit``.

Cells are compared by ``value_key``, which ignores case, accents, punctuation, word order, small
Spanish and English words (y, de, en, the, of…) and plural or gender endings, so each list of
synonyms below names a meaning once. The values a person chose in the import wizard for cells
that could not be placed (``ValueMeanings``) are saved with the column mapping and reused."""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable
from functools import cache, lru_cache

from coworking.core import reference
from coworking.core.errors import UserError
from coworking.core.text import search_key
from coworking.db.enums import DocumentType, PopulationGroup, RegistrationRole, Sex

VALUE_FIELDS: dict[str, str] = {
    "sex": "Sexo",
    "population_group": "Grupo poblacional",
    "nationality": "Nacionalidad",
    "document_type": "Tipo de documento",
    "canton_code": "Cantón",
    "education_level": "Nivel de educación",
    "sector": "Sector",
    "role": "Rol",
}
SKIP = ""  # a person's choice: leave the field empty for rows with this value
SKIP_LABEL = "(dejar vacío)"

# -- value_key ------------------------------------------------------------------------------------

_STOP_WORDS = frozenset(
    {"y", "e", "o", "u", "de", "del", "la", "las", "el", "los", "lo", "en", "a", "al", "por"}
    | {"the", "of", "and", "in", "or"}
)
# «Retornado/a», «Retornado(a)», «Retornado-a», «Caminante(s)», «Comunidad(es)»: the word alone.
_ENDING = re.compile(r"(\w{2,})\s*[/(\-]\s*(?:a|o|as|os|es|s)\b\)?")
_LETTERS = re.compile(r"\b(\w)/(?=\w\b)")  # N/A → NA, S/N → SN
_QUIET = re.compile(r"[.'’`´]")  # C.I. → CI, EE.UU. → EEUU, bachelor's → bachelors
_PUNCTUATION = re.compile(r"[\W_]+")


def _stem(word: str) -> str:
    """Plural and gender endings off: retornados, retornada → retornad; mujeres → mujer;
    communities, community → communiti. Words of three letters or fewer stay as they are."""
    if len(word) > 3 and word[-1] == "s":
        word = word[:-1]
    if len(word) > 3 and word[-1] in "aoe":
        word = word[:-1]
    if len(word) > 3 and word[-1] == "y":
        word = word[:-1] + "i"
    return word


@lru_cache(maxsize=65536)
def value_key(text: str) -> str:
    """What matching compares: «Refugiados y Migrantes en TRÁNSITO» and «migrante, refugiado
    (tránsito)» both give ``"migrant refugiad transit"``."""
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    plain = _QUIET.sub("", _LETTERS.sub(r"\1", _ENDING.sub(r"\1 ", plain)))
    words = _PUNCTUATION.sub(" ", plain).split()
    meaningful = [w for w in words if w not in _STOP_WORDS] or words  # «O», «A»: sections
    return " ".join(sorted({_stem(w) for w in meaningful}))


# -- what people write ---------------------------------------------------------------------------

_SEX_WORDS: dict[str, tuple[str, ...]] = {
    Sex.WOMAN: ("Mujer", "Mujeres", "F", "Femenino", "Fem", "Woman", "Women", "Female"),
    Sex.MAN: ("Hombre", "Hombres", "M", "Masculino", "Masc", "Man", "Men", "Male"),
    Sex.OTHER: (
        "Otro",
        "Other",
        "No binario",
        "No binaria",
        "Non-binary",
        "Intersexual",
        "Intersex",
    ),
    Sex.UNDISCLOSED: (
        "Prefiere no decir",
        "Prefiero no decir",
        "Prefiere no responder",
        "Prefers not to say",
        "Prefer not to say",
        "No responde",
        "No contesta",
        "No sabe",
        "No especifica",
        "No aplica",
        "N/A",
        "Undisclosed",
    ),
}
_GROUP_WORDS: dict[str, tuple[str, ...]] = {
    PopulationGroup.HOST: (
        "Población de acogida",
        "Comunidad de acogida",
        "Comunidades de acogida",
        "Host community",
        "Host communities",
        "Host",
        "Acogida",
        "Ecuatoriano/a (comunidad de acogida)",
    ),
    PopulationGroup.MIGRANT_DESTINATION: (
        "Refugiados y migrantes en destino",
        "Refugees and Migrants in destination",
        "In-destination",
        "En destino",
        "Migrante en destino",
        "Migrante o refugiado en destino",
        "Migrante",
        "Refugiado/a",
        "Solicitante de refugio",
        "Solicitante de asilo",
        "Solicitante de refugio/asilo",
        "Asylum seeker",
        "Migrant",
        "Refugee",
    ),
    PopulationGroup.IN_TRANSIT: (
        "Refugiados y migrantes en tránsito",
        "Refugees and migrants in transit",
        "Migrante en tránsito",
        "In-transit",
        "Tránsito",
        "Caminante(s)",
    ),
    PopulationGroup.RETURNEE: (
        "Retornados",
        "Retornado/a",
        "Colombianos retornados",
        "Ecuatorianos retornados",
        "Returnees",
        "Colombian returnees",
        "Ecuadorian returnees",
        "Migrante retornado",
        "Retorno",
    ),
    # Pendular is R4V's own population type, with no group of its own here.
    PopulationGroup.OTHER: ("Pendulares", "Pendulars", "Migrante pendular", "Otro", "Other"),
}
# A word that says the group by itself: «Venezolano en tránsito hacia Perú» is in transit.
_GROUP_MARKERS: dict[str, tuple[str, ...]] = {
    PopulationGroup.HOST: ("acogida", "host"),
    PopulationGroup.MIGRANT_DESTINATION: ("destino", "destination"),
    PopulationGroup.IN_TRANSIT: ("tránsito", "caminante"),
    PopulationGroup.RETURNEE: ("retornado", "returnee"),
    PopulationGroup.OTHER: ("pendular",),
}
_DOCUMENT_WORDS: dict[str, tuple[str, ...]] = {
    DocumentType.CEDULA: (
        "Cédula",
        "CI",
        "Cédula de identidad",
        "Cédula de ciudadanía",
        "Cédula de identidad ecuatoriana",
        "Cédula ecuatoriana",
        "Identity card",
        "National ID",
    ),
    DocumentType.PASSPORT: ("Pasaporte", "Passport"),
    DocumentType.REFUGEE: (
        "Documento de refugiado",
        "Carné de refugiado",
        "Carnet de refugiado",
        "Refugiado",
        "Solicitante de refugio",
        "Solicitante de asilo",
        "Refugee document",
        "Refugee ID",
    ),
    DocumentType.VISA: (
        "Visa",
        "Permiso",
        "Visa VIRTE",
        "VIRTE",
        "Visa humanitaria",
        "Visa de residencia",
        "Residencia temporal",
        "Residencia permanente",
        "Visa or permit",
    ),
    # Colombia's temporary protection permit is an identity document of that country.
    DocumentType.OTHER: (
        "Otro",
        "Other",
        "PPT",
        "Permiso por Protección Temporal",
        "PEP",
        "Permiso Especial de Permanencia",
        "DNI",
        "Cédula extranjera",
    ),
    DocumentType.NONE: (
        "Ninguno",
        "Sin documento",
        "Sin documentos",
        "No tiene",
        "None",
        "No document",
        "Indocumentado",
    ),
}
_EDUCATION_WORDS: dict[str, tuple[str, ...]] = {
    "ninguna": ("Ninguno", "Sin estudios", "Sin instrucción", "None", "No schooling"),
    "primaria": (
        "Primaria",
        "Primaria completa",
        "Primaria incompleta",
        "Básica",
        "Educación básica",
        "Educación general básica",
        "Escuela",
        "EGB",
        "Primary",
        "Primary school",
        "Elementary school",
    ),
    "secundaria": (
        "Secundaria",
        "Secundaria incompleta",
        "Colegio",
        "Básica superior",
        "Educación media",
        "Secondary",
        "Secondary school",
        "Middle school",
    ),
    "bachillerato": (
        "Bachillerato",
        "Bachiller",
        "Secundaria completa",
        "Bachillerato completo",
        "High school",
        "High school diploma",
    ),
    "tecnologia": (
        "Técnico",
        "Tecnológico",
        "Tecnología",
        "Tecnólogo",
        "Técnico superior",
        "Tecnológico superior",
        "Instituto",
        "Technical",
        "Technician",
        "Technologist",
        "Vocational",
    ),
    "tercer_nivel": (
        "Superior",
        "Educación superior",
        "Universidad",
        "Universitario",
        "Tercer nivel",
        "3er nivel",
        "Licenciatura",
        "Licenciado",
        "Ingeniería",
        "Ingeniero",
        "Grado",
        "University",
        "Bachelor",
        "Bachelor's degree",
        "Undergraduate",
        "College",
    ),
    "cuarto_nivel": (
        "Cuarto nivel",
        "4to nivel",
        "Posgrado",
        "Postgrado",
        "Maestría",
        "Magíster",
        "Máster",
        "Doctorado",
        "Especialización",
        "PhD",
        "Postgraduate",
        "Master's degree",
        "Doctorate",
    ),
}
_SECTOR_WORDS: dict[str, tuple[str, ...]] = {
    "A": ("Agricultura", "Agropecuario", "Ganadería"),
    "B": ("Minería",),
    "C": ("Manufactura", "Industria", "Industria manufacturera"),
    "D": ("Energía", "Electricidad"),
    "F": ("Construcción",),
    "G": ("Comercio", "Retail", "Ventas"),
    "H": ("Transporte", "Logística"),
    "I": (
        "Restaurante",
        "Restaurantes",
        "Comida",
        "Comidas",
        "Alimentos y bebidas",
        "Hotelería",
        "Hoteles",
        "Gastronomía",
    ),
    "J": ("Telecomunicaciones", "Tecnologías de la información", "Software"),
    "K": ("Banca", "Finanzas", "Seguros"),
    "P": ("Educación",),
    "Q": ("Salud",),
    "T": ("Servicio doméstico", "Trabajo doméstico"),
}
_ROLE_WORDS: dict[str, tuple[str, ...]] = {
    RegistrationRole.CANDIDATE: (
        "Candidato/a",
        "Candidato(a)",
        "Candidata/o",
        "Postulante",
        "Aspirante",
        "Buscador(a) de empleo",
        "Candidate",
        "Job seeker",
    ),
    RegistrationRole.EMPLOYER_REP: (
        "Empresa",
        "Empleador(a)",
        "Representante",
        "Representante de empresa",
        "Reclutador(a)",
        "Expositor",
        "Employer",
        "Employer representative",
        "Recruiter",
        "Company",
        "Exhibitor",
    ),
    RegistrationRole.STAFF: (
        "Personal",
        "Staff",
        "Voluntario(a)",
        "Volunteer",
        "Organizador(a)",
        "Organizer",
        "Equipo organizador",
    ),
    RegistrationRole.VISITOR: ("Visitante", "Visitor", "Invitado(a)", "Guest", "Público"),
}
_COUNTRY_WORDS: dict[str, tuple[str, ...]] = {
    "AR": ("ARG", "argentino", "argentina", "Argentinian", "Argentine"),
    "BO": ("BOL", "boliviano", "boliviana", "Bolivian", "Bolivia (Estado Plurinacional de)"),
    "BR": ("BRA", "brasileño", "brasileña", "Brazil", "Brazilian"),
    "BZ": ("BLZ", "beliceño", "beliceña", "Belize", "Belizean"),
    "CA": ("CAN", "canadiense", "Canadian"),
    "CL": ("CHL", "chileno", "chilena", "Chilean"),
    "CN": ("CHN", "chino", "china", "Chinese"),
    "CO": ("COL", "colombiano", "colombiana", "Colombian"),
    "CR": ("CRI", "costarricense", "Costa Rican"),
    "CU": ("CUB", "cubano", "cubana", "Cuban"),
    "DE": ("DEU", "alemán", "alemana", "Germany", "German"),
    "DO": (
        "DOM",
        "dominicano",
        "dominicana",
        "Rep. Dominicana",
        "Dominican Republic",
        "Dominican",
    ),
    "EC": ("ECU", "ecuatoriano", "ecuatoriana", "Ecuadorian", "Ecuadorean"),
    "ES": ("ESP", "español", "española", "Spain", "Spanish"),
    "FR": ("FRA", "francés", "francesa", "France", "French"),
    "GB": (
        "GBR",
        "británico",
        "británica",
        "United Kingdom",
        "UK",
        "Great Britain",
        "England",
        "British",
    ),
    "GF": ("French Guiana",),
    "GT": ("GTM", "guatemalteco", "guatemalteca", "Guatemalan"),
    "GY": ("GUY", "guyanés", "guyanesa", "Guyanese"),
    "HN": ("HND", "hondureño", "hondureña", "Honduran"),
    "HT": ("HTI", "haitiano", "haitiana", "Haiti", "Haitian"),
    "IT": ("ITA", "italiano", "italiana", "Italy", "Italian"),
    "JM": ("JAM", "jamaiquino", "jamaiquina", "Jamaican"),
    "MX": ("MEX", "mexicano", "mexicana", "Mexico", "Mexican"),
    "NI": ("NIC", "nicaragüense", "Nicaraguan"),
    "NL": ("Netherlands", "Holanda", "Holland", "neerlandés", "neerlandesa", "Dutch"),
    "PA": ("PAN", "panameño", "panameña", "Panama", "Panamanian"),
    "PE": ("PER", "peruano", "peruana", "Peru", "Peruvian"),
    "PR": ("PRI", "puertorriqueño", "puertorriqueña", "Puerto Rican"),
    "PT": ("PRT", "portugués", "portuguesa", "Portuguese"),
    "PY": ("PRY", "paraguayo", "paraguaya", "Paraguayan"),
    "RU": ("RUS", "ruso", "rusa", "Russia", "Russian"),
    "SV": ("SLV", "salvadoreño", "salvadoreña", "Salvadoran"),
    "TT": ("TTO", "trinitense", "Trinidad and Tobago"),
    "US": (
        "USA",
        "EEUU",
        "EE. UU.",
        "Estados Unidos de América",
        "estadounidense",
        "norteamericano",
        "norteamericana",
        "United States",
        "United States of America",
    ),
    "UY": ("URY", "uruguayo", "uruguaya", "Uruguayan"),
    "VE": (
        "VEN",
        "venezolano",
        "venezolana",
        "Venezuela (República Bolivariana de)",
        "República Bolivariana de Venezuela",
        "Venezuelan",
    ),
}
# Two-letter codes that are also words people leave in a cell: N/A, no, sí.
_CODES_NOT_MATCHED = frozenset({"NA", "NO", "SI"})
_CANTON_WORDS: dict[str, tuple[str, ...]] = {
    "0115": ("Ponce Enríquez",),
    "0403": ("El Ángel",),
    "0405": ("San Gabriel",),
    "0406": ("Huaca",),
    "0920": ("Yaguachi",),
    "1002": ("Atuntaqui",),
    "1006": ("Urcuquí",),
    "1401": ("Macas",),
    "1601": ("Puyo",),
    "1701": ("Distrito Metropolitano de Quito", "DMQ", "Quito D.M."),
    "1703": ("Machachi",),
    "1704": ("Tabacundo",),
    "1705": ("Sangolquí",),
    "1802": ("Baños",),
    "1807": ("Pelileo",),
    "1808": ("Píllaro",),
    "2001": ("Puerto Baquerizo Moreno",),
    "2002": ("Puerto Villamil",),
    "2003": ("Puerto Ayora",),
    "2101": ("Nueva Loja",),
    "2201": ("Francisco de Orellana", "Puerto Francisco de Orellana", "El Coca", "Coca"),
    "2203": ("Joya de los Sachas",),
    # The city is called by its province's name too; the province's other canton is La Concordia.
    "2301": ("Santo Domingo de los Tsáchilas", "Santo Domingo de los Colorados"),
}
_CANTON_CODE = re.compile(r"^\s*(\d{3,4})(?:[.,]0+)?\s*$")  # 1701, 101 (leading 0 lost), 1701.0

# -- tables ---------------------------------------------------------------------------------------


def _enum_choices(field: str) -> list[tuple[str, str]]:
    labels = {
        "sex": {
            Sex.WOMAN: "Mujer",
            Sex.MAN: "Hombre",
            Sex.OTHER: "Otro",
            Sex.UNDISCLOSED: "Prefiere no decir",
        },
        "population_group": {
            PopulationGroup.HOST: "Comunidad de acogida",
            PopulationGroup.MIGRANT_DESTINATION: "Migrante o refugiado en destino",
            PopulationGroup.IN_TRANSIT: "En tránsito",
            PopulationGroup.RETURNEE: "Retornado",
            PopulationGroup.OTHER: "Otro",
        },
        "document_type": {
            DocumentType.CEDULA: "Cédula",
            DocumentType.PASSPORT: "Pasaporte",
            DocumentType.REFUGEE: "Documento de refugiado",
            DocumentType.VISA: "Visa o permiso",
            DocumentType.OTHER: "Otro",
            DocumentType.NONE: "Ninguno",
        },
        "role": {
            RegistrationRole.CANDIDATE: "Candidato/a",
            RegistrationRole.EMPLOYER_REP: "Representante de empresa",
            RegistrationRole.STAFF: "Personal",
            RegistrationRole.VISITOR: "Visitante",
        },
    }[field]
    return [(str(value), text) for value, text in labels.items()]


@cache
def _choices(field: str) -> tuple[tuple[str, str], ...]:
    if field in ("sex", "population_group", "document_type", "role"):
        found = _enum_choices(field)
    elif field == "nationality":
        found = [(e.code, e.name) for e in reference.countries()]
    elif field == "canton_code":
        cantons = sorted(reference.cantons(), key=lambda c: (search_key(c.name), c.code))
        found = [(c.code, c.label) for c in cantons]
    elif field == "education_level":
        found = [(e.code, e.name) for e in reference.education_levels()]
    elif field == "sector":
        found = [(e.code, f"{e.code} · {e.name}") for e in reference.ciiu_sections()]
    else:
        raise KeyError(f"unknown value field {field!r}")
    return (*found, (SKIP, SKIP_LABEL))


@cache
def _labels(field: str) -> dict[str, str]:
    return dict(_choices(field))


@cache
def _values(field: str) -> frozenset[str]:
    return frozenset(value for value, _ in _choices(field) if value != SKIP)


def _spellings(field: str) -> Iterable[tuple[str, str]]:
    """(text, stored value) for every spelling the field knows, its own values and labels too."""
    for value, text in _choices(field):
        if value != SKIP:
            yield value, value
            yield text, value
    words = {
        "sex": _SEX_WORDS,
        "population_group": _GROUP_WORDS,
        "document_type": _DOCUMENT_WORDS,
        "education_level": _EDUCATION_WORDS,
        "sector": _SECTOR_WORDS,
        "role": _ROLE_WORDS,
        "nationality": _COUNTRY_WORDS,
        "canton_code": _CANTON_WORDS,
    }[field]
    for value, texts in words.items():
        for text in texts:
            yield text, str(value)
    if field == "nationality":
        for entry in reference.countries():
            yield entry.name, entry.code
    elif field == "canton_code":
        for canton in reference.cantons():
            yield canton.name, canton.code
            # «Bolívar (Carchi)»; not «Morona, Morona Santiago», which reads as the province's name
            with_province = f"{canton.name} {canton.province}"
            if value_key(with_province) != value_key(canton.province):
                yield with_province, canton.code
    elif field == "education_level":
        for entry in reference.education_levels():
            yield entry.name, entry.code
    elif field == "sector":
        for entry in reference.ciiu_sections():
            yield entry.name, entry.code


@cache
def _table(field: str) -> dict[str, tuple[str, ...]]:
    """value_key → the stored values it may mean (more than one only for a canton name found in
    two provinces)."""
    found: dict[str, list[str]] = {}
    for text, value in _spellings(field):
        if field == "nationality" and text in _CODES_NOT_MATCHED:
            continue
        key = value_key(text)
        values = found.setdefault(key, [])
        if value not in values:
            values.append(value)
    return {key: tuple(values) for key, values in found.items()}


@cache
def _markers() -> dict[str, str]:
    return {
        value_key(word): str(group) for group, words in _GROUP_MARKERS.items() for word in words
    }


@cache
def _section_words() -> dict[str, frozenset[str]]:
    return {e.code: frozenset(value_key(e.name).split()) for e in reference.ciiu_sections()}


# -- matching -------------------------------------------------------------------------------------


def _by_words(field: str, key: str) -> tuple[str, ...]:
    """What a spelling not in the table still says by its words."""
    words = key.split()
    if field == "population_group":
        markers = _markers()
        return tuple(dict.fromkeys(markers[w] for w in words if w in markers))
    if field == "canton_code":
        codes = _values(field)
        return tuple(dict.fromkeys(w for w in words if w in codes))
    if field == "sector":
        # «Alojamiento y servicio de comidas»: the words of exactly one section's name;
        # «G - Comercio»: its letter and words of its name.
        sections = _section_words()
        letters = [w.upper() for w in words if len(w) == 1 and w.upper() in sections]
        rest = {w for w in words if not (len(w) == 1 and w.upper() in sections)}
        if len(letters) == 1:
            return (letters[0],) if rest <= sections[letters[0]] else ()
        if letters or not rest:
            return ()
        return tuple(code for code, names in sections.items() if rest <= names)
    return ()


def _lookup(field: str, text: str) -> tuple[str, ...]:
    key = value_key(text)
    if not key:
        return ()
    found = _table(field).get(key)
    if found:
        return found
    if field == "canton_code" and (number := _CANTON_CODE.match(text)):
        code = number.group(1).zfill(4)
        return (code,) if code in _values(field) else ()
    return _by_words(field, key)


@cache
def _positions(field: str) -> dict[str, int]:
    return {value: index for index, (value, _) in enumerate(_choices(field))}


@lru_cache(maxsize=65536)
def _candidates(field: str, text: str) -> tuple[str, ...]:
    """The stored values ``text`` may mean, in the order of ``choices``."""
    found = _lookup(field, text)
    if not found and "(" in text:
        # «Venezuela (República Bolivariana de)», «Cédula (Ecuador)»: what the parts say.
        outside = re.sub(r"\([^)]*\)?", " ", text)
        inside = " ".join(re.findall(r"\(([^)]*)\)?", text))
        found = tuple(dict.fromkeys((*_lookup(field, outside), *_lookup(field, inside))))
    return tuple(sorted(found, key=_positions(field).__getitem__)) if len(found) > 1 else found


def choices(field: str) -> list[tuple[str, str]]:
    """(stored value, Spanish label) in the order a combo shows them, «(dejar vacío)» last."""
    return list(_choices(field))


def label(field: str, value: str) -> str:
    """The Spanish label of a stored value; an unknown value is shown as it is."""
    return _labels(field).get(value, value)


def match(field: str, text: str) -> str | None:
    """The stored value ``text`` means, or None when it is unknown or could mean several."""
    found = _candidates(field, text)
    return found[0] if len(found) == 1 else None


def ambiguous(field: str, text: str) -> tuple[str, ...]:
    """The stored values ``text`` could mean when it could mean more than one, else ()."""
    found = _candidates(field, text)
    return found if len(found) > 1 else ()


# -- a person's choices ---------------------------------------------------------------------------


def _hint(field: str) -> str:
    if field == "nationality":
        return 'el código ISO de dos letras, p. ej. EC, VE, CO, o "" para dejarlo vacío'
    if field == "canton_code":
        return 'el código INEC de cuatro dígitos, p. ej. 1701, o "" para dejarlo vacío'
    if field == "sector":
        return 'la letra de la sección CIIU, de A a U, o "" para dejarlo vacío'
    values = [value for value, _ in _choices(field) if value != SKIP]
    return f'{", ".join(values)}, o "" para dejarlo vacío'


class ValueMeanings:
    """Meanings a person chose in the import wizard, saved in the mapping JSON under "values"
    and reused by the command line."""

    def __init__(self, chosen: dict[str, dict[str, str]] | None = None) -> None:
        # field → value_key → (the text as first chosen, stored value)
        self._chosen: dict[str, dict[str, tuple[str, str]]] = {}
        self._meanings: dict[tuple[str, str], str | None] = {}
        for field, texts in (chosen or {}).items():
            for text, value in texts.items():
                self.choose(field, text, value)

    def choose(self, field: str, text: str, value: str) -> None:
        """``text`` in ``field`` means ``value`` (SKIP: leave the field empty)."""
        value = str(value)
        if value != SKIP and value not in _values(field):
            raise ValueError(f"{value!r} is not a value of {field!r}")
        chosen = self._chosen.setdefault(field, {})
        key = value_key(text)
        first = chosen[key][0] if key in chosen else text
        chosen[key] = (first, value)
        self._meanings.clear()

    def chosen(self, field: str, text: str) -> str | None:
        entry = self._chosen.get(field, {}).get(value_key(text))
        return None if entry is None else entry[1]

    def meaning(self, field: str, text: str) -> str | None:
        """A person's choice first, else ``match``; SKIP when the person chose to leave it empty."""
        try:
            return self._meanings[(field, text)]
        except KeyError:
            pass
        found = self.chosen(field, text)
        if found is None:
            found = match(field, text)
        if len(self._meanings) > 200_000:  # free text in a category column: keep memory flat
            self._meanings.clear()
        self._meanings[(field, text)] = found
        return found

    def as_json(self) -> dict[str, dict[str, str]]:
        """field → {text as first chosen: stored value}, fields in form order, texts sorted."""
        result: dict[str, dict[str, str]] = {}
        for field in VALUE_FIELDS:
            entries = sorted(
                self._chosen.get(field, {}).values(), key=lambda e: (search_key(e[0]), e[0])
            )
            if entries:
                result[field] = dict(entries)
        return result

    def __bool__(self) -> bool:
        return any(self._chosen.values())

    def __eq__(self, other: object) -> bool:
        return isinstance(other, ValueMeanings) and self.as_json() == other.as_json()

    __hash__ = None  # type: ignore[assignment]

    @classmethod
    def from_json(cls, data: object, source: str) -> ValueMeanings:
        """The meanings saved under "values" in the mapping file ``source``; None is none."""
        if data is None:
            return cls()
        where = f'«{source}»: en "values"'
        if not isinstance(data, dict):
            raise UserError(
                f'«{source}»: "values" debe ser un objeto JSON {{"campo": {{"texto": "valor"}}}}.'
            )
        meanings = cls()
        for field, texts in data.items():
            if field not in VALUE_FIELDS:
                raise UserError(
                    f"{where}, «{field}» no es un campo con valores a elegir "
                    f"(use: {', '.join(VALUE_FIELDS)})."
                )
            if not isinstance(texts, dict):
                raise UserError(
                    f'{where} › "{field}" debe ser un objeto JSON {{"texto": "valor"}}.'
                )
            for text, value in texts.items():
                if not isinstance(value, str) or (value != SKIP and value not in _values(field)):
                    shown = value if isinstance(value, str) else json.dumps(value)
                    raise UserError(
                        f'{where} › "{field}", «{text}» → «{shown}» no es un valor válido '
                        f"(use: {_hint(field)})."
                    )
                earlier = meanings._chosen.get(field, {}).get(value_key(text))
                if earlier is not None and earlier[1] != value:
                    raise UserError(
                        f'{where} › "{field}", «{earlier[0]}» y «{text}» se leen igual pero '
                        f"tienen valores distintos («{earlier[1]}» y «{value}»): deje uno."
                    )
                meanings.choose(field, text, value)
        return meanings
