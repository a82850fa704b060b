"""What category cells of imported spreadsheets mean, and the meanings a person chose."""

from __future__ import annotations

import json

import pytest

from coworking.core import import_values, reference
from coworking.core.errors import UserError
from coworking.core.import_values import (
    SKIP,
    VALUE_FIELDS,
    ValueMeanings,
    ambiguous,
    choices,
    label,
    match,
    value_key,
)


def _all_match(field: str, value: str, texts: list[str]) -> None:
    wrong = {text: match(field, text) for text in texts if match(field, text) != value}
    assert wrong == {}, f"{field}: expected {value}"


# -- value_key ------------------------------------------------------------------------------------


def test_value_key_ignores_word_order_accents_case_and_punctuation():
    assert value_key("Migrantes y refugiados en tránsito") == value_key(
        "Refugiados y migrantes en tránsito"
    )
    assert value_key("REFUGIADOS, MIGRANTES (TRANSITO)") == value_key(
        "refugiados y migrantes en tránsito"
    )
    assert value_key("  «Migrante»   en   destino. ") == value_key("migrante en destino")
    assert value_key("Población_de-acogida") == value_key("población de acogida")


@pytest.mark.parametrize(
    "spelling",
    ["Retornados", "Retornado", "Retornada", "Retornado/a", "Retornado(a)", "Retornado-a"],
)
def test_value_key_ignores_plural_and_gender_endings(spelling):
    assert value_key(spelling) == value_key("retornado")


def test_value_key_keeps_meaningful_small_words_and_lone_letters():
    assert value_key("C.I.") == value_key("CI")
    assert value_key("N/A") == value_key("NA")
    assert value_key("O") == "o"  # a CIIU section, though «o» is dropped between words
    assert value_key("No binario") != value_key("binario")
    assert value_key("Sin documento") != value_key("documento")
    assert value_key("") == ""


def test_no_two_values_of_a_field_share_a_spelling():
    """Each table maps a key to one value; only a canton name found in two provinces has two."""
    for field in VALUE_FIELDS:
        shared = {
            key: values for key, values in import_values._table(field).items() if len(values) > 1
        }
        if field == "canton_code":
            assert shared == {
                value_key("Bolívar"): ("0402", "1302"),
                value_key("Olmedo"): ("1116", "1318"),
            }
        else:
            assert shared == {}, field


def test_every_synonym_list_means_what_it_says():
    """The hand-written spellings are not undone by a clash with the reference data."""
    for field, words in (
        ("sex", import_values._SEX_WORDS),
        ("population_group", import_values._GROUP_WORDS),
        ("document_type", import_values._DOCUMENT_WORDS),
        ("education_level", import_values._EDUCATION_WORDS),
        ("sector", import_values._SECTOR_WORDS),
        ("role", import_values._ROLE_WORDS),
        ("nationality", import_values._COUNTRY_WORDS),
        ("canton_code", import_values._CANTON_WORDS),
    ):
        for value, texts in words.items():
            _all_match(field, str(value), list(texts))


# -- population group -----------------------------------------------------------------------------


def test_population_groups_as_r4v_and_people_write_them():
    _all_match(
        "population_group",
        "migrant_destination",
        [
            "Refugiados y migrantes en destino",
            "Refugees and Migrants in destination",
            "In-destination",
            "En destino",
            "Migrante en destino",
            "Migrante",
            "Refugiado/a",
            "Refugiada",
            "Solicitante de refugio/asilo",
            "Solicitante de asilo",
            "migrant_destination",
        ],
    )
    _all_match(
        "population_group",
        "in_transit",
        [
            "Refugiados y migrantes en tránsito",
            "Migrantes y refugiados en tránsito",
            "Migrante en tránsito",
            "In-transit",
            "In transit",
            "Tránsito",
            "Caminante",
            "Caminantes",
            "Caminante(s)",
            "Venezolano en tránsito hacia Perú",
        ],
    )
    _all_match(
        "population_group",
        "host",
        [
            "Población de acogida",
            "Comunidad de acogida",
            "Comunidades de acogida",
            "Comunidad(es) de acogida",
            "Host community",
            "Host communities",
            "Host",
            "Acogida",
            "Ecuatoriano/a (comunidad de acogida)",
            "Ecuatoriana (comunidad de acogida)",
        ],
    )
    _all_match(
        "population_group",
        "returnee",
        [
            "Retornados",
            "Retornado/a",
            "Colombianos retornados",
            "Ecuatorianos retornados",
            "Returnees",
            "Colombian returnees",
            "Migrante retornado",
        ],
    )
    _all_match(
        "population_group",
        "other",
        ["Pendulares", "Pendular", "Pendulars", "Otro", "Otra", "Other"],
    )


def test_a_group_text_with_two_groups_is_not_placed():
    assert match("population_group", "Pendular en tránsito") is None
    assert ambiguous("population_group", "Pendular en tránsito") == ("in_transit", "other")
    assert match("population_group", "Migrante (en tránsito)") == "in_transit"


# -- sex, document, education, role, sector -------------------------------------------------------


def test_sexes():
    _all_match("sex", "woman", ["Mujer", "MUJERES", "F", "f", "Femenino", "Woman", "Female"])
    _all_match("sex", "man", ["Hombre", "M", "Masculino", "Man", "Male", "hombres"])
    _all_match("sex", "other", ["Otro", "Otra", "Other", "No binario", "No binaria", "Non-binary"])
    _all_match(
        "sex",
        "undisclosed",
        ["Prefiere no decir", "Prefiero no decir", "No responde", "No contesta", "N/A", "n/a"],
    )
    assert match("sex", "H") is None  # Hombre in a H/M sheet, where M is Mujer: a person decides


def test_document_types():
    _all_match(
        "document_type",
        "cedula",
        [
            "Cédula",
            "CEDULA",
            "CI",
            "C.I.",
            "c.i",
            "Cédula de identidad",
            "Cédula de ciudadanía",
            "Cédula de identidad ecuatoriana",
        ],
    )
    _all_match("document_type", "passport", ["Pasaporte", "Passport", "pasaportes"])
    _all_match(
        "document_type",
        "refugee",
        [
            "Documento de refugiado",
            "Carné de refugiado",
            "Carnet de refugiado",
            "Refugiado",
            "Solicitante de refugio",
        ],
    )
    _all_match(
        "document_type", "visa", ["Visa", "Permiso", "Visa VIRTE", "Visa humanitaria", "visas"]
    )
    _all_match("document_type", "other", ["Otro", "PPT", "Permiso por Protección Temporal"])
    _all_match("document_type", "none", ["Ninguno", "Sin documento", "No tiene", "None"])


def test_education_levels():
    for entry in reference.education_levels():
        assert match("education_level", entry.name) == entry.code
        assert match("education_level", entry.code) == entry.code
    _all_match("education_level", "ninguna", ["Ninguno", "Ninguna", "Sin estudios", "None"])
    _all_match(
        "education_level",
        "primaria",
        ["Primaria", "Básica", "Escuela", "EGB", "Primary", "Educación general básica"],
    )
    _all_match(
        "education_level", "secundaria", ["Secundaria", "Colegio", "Básica superior", "Secondary"]
    )
    _all_match(
        "education_level",
        "bachillerato",
        ["Bachillerato", "Bachiller", "Secundaria completa", "High school"],
    )
    _all_match(
        "education_level",
        "tecnologia",
        ["Técnico", "Tecnológico", "Tecnología", "Tecnólogo", "Technical", "Técnica"],
    )
    _all_match(
        "education_level",
        "tercer_nivel",
        [
            "Superior",
            "Universidad",
            "Universitario",
            "Universitaria",
            "Tercer nivel",
            "Licenciatura",
            "Ingeniería",
            "University",
            "Bachelor",
            "Bachelor's degree",
        ],
    )
    _all_match(
        "education_level",
        "cuarto_nivel",
        ["Cuarto nivel", "Posgrado", "Maestría", "Doctorado", "Master", "Postgraduate"],
    )


def test_roles():
    spellings_until_now = {  # what the registration import knew before
        "candidato": "candidate",
        "candidata": "candidate",
        "candidato/a": "candidate",
        "postulante": "candidate",
        "buscador de empleo": "candidate",
        "candidate": "candidate",
        "empresa": "employer_rep",
        "empleador": "employer_rep",
        "representante": "employer_rep",
        "reclutador": "employer_rep",
        "employer": "employer_rep",
        "personal": "staff",
        "staff": "staff",
        "voluntario": "staff",
        "voluntaria": "staff",
        "visitante": "visitor",
        "visitor": "visitor",
    }
    assert {t: match("role", t) for t in spellings_until_now} == spellings_until_now
    _all_match(
        "role",
        "candidate",
        ["Candidato(a)", "Candidata/o", "Buscador(a) de empleo", "Postulante", "Job seeker"],
    )
    _all_match(
        "role",
        "employer_rep",
        [
            "Empresa",
            "Empleador",
            "Reclutador(a)",
            "Reclutadora",
            "Representante de empresa",
            "Recruiter",
        ],
    )
    _all_match("role", "staff", ["Personal", "Staff", "Voluntario(a)", "Organizador"])
    _all_match("role", "visitor", ["Visitante", "Visitor"])


def test_sectors():
    for entry in reference.ciiu_sections():
        assert match("sector", entry.code) == entry.code
        assert match("sector", entry.code.lower()) == entry.code
        assert match("sector", entry.name) == entry.code
    assert match("sector", "Alojamiento y servicio de comidas") == "I"  # words of one section
    assert match("sector", "G - Comercio al por menor") == "G"
    common = {
        "Comercio": "G",
        "Restaurante": "I",
        "Restaurantes": "I",
        "Comida": "I",
        "Comidas": "I",
        "Construcción": "F",
        "Agricultura": "A",
        "Manufactura": "C",
        "Transporte": "H",
        "Educación": "P",
        "Salud": "Q",
    }
    assert {text: match("sector", text) for text in common} == common


def test_a_sector_word_found_in_several_sections_is_not_placed():
    assert match("sector", "Servicios") is None
    assert set(ambiguous("sector", "Servicios")) == {"I", "N", "S", "T"}
    assert match("sector", "I - Comercio") is None  # letter and words disagree


# -- nationality ----------------------------------------------------------------------------------


def test_every_country_by_its_spanish_name_and_code():
    for entry in reference.countries():
        assert match("nationality", entry.name) == entry.code, entry.name
        if entry.code not in ("NA", "NO", "SI"):
            assert match("nationality", entry.code) == entry.code
            assert match("nationality", entry.code.lower()) == entry.code


def test_a_two_letter_code_that_is_a_common_word_is_not_a_country():
    assert match("nationality", "N/A") is None
    assert match("nationality", "No") is None
    assert match("nationality", "Namibia") == "NA"


def test_nationalities_as_people_write_them():
    expected = {
        "ECU": "EC",
        "VEN": "VE",
        "COL": "CO",
        "PER": "PE",
        "CUB": "CU",
        "HTI": "HT",
        "ecuatoriana": "EC",
        "Ecuatoriano": "EC",
        "venezolana": "VE",
        "VENEZOLANO": "VE",
        "colombiana": "CO",
        "peruano": "PE",
        "cubana": "CU",
        "haitiano": "HT",
        "chilena": "CL",
        "argentino": "AR",
        "boliviana": "BO",
        "dominicano": "DO",
        "española": "ES",
        "español": "ES",
        "estadounidense": "US",
        "mexicana": "MX",
        "Venezuela (República Bolivariana de)": "VE",
        "Bolivia (Estado Plurinacional de)": "BO",
        "Rep. Dominicana": "DO",
        "República Dominicana": "DO",
        "Dominica": "DM",
        "EEUU": "US",
        "EE.UU.": "US",
        "EE. UU.": "US",
        "USA": "US",
        "Estados Unidos": "US",
        "United States": "US",
        "Venezuelan": "VE",
        "Colombian": "CO",
        "Spain": "ES",
        "Haiti": "HT",
        "Peru": "PE",
        "Brazil": "BR",
    }
    assert {text: match("nationality", text) for text in expected} == expected


# -- canton ---------------------------------------------------------------------------------------


def test_every_canton_by_its_code_and_label():
    for canton in reference.cantons():
        assert match("canton_code", canton.code) == canton.code
        assert match("canton_code", canton.label) == canton.code
        assert match("canton_code", f"{canton.name} ({canton.province})") == canton.code


def test_a_canton_name_found_in_two_provinces_is_ambiguous():
    assert match("canton_code", "Bolívar") is None
    assert ambiguous("canton_code", "bolivar") == ("0402", "1302")
    assert match("canton_code", "Bolívar (Manabí)") == "1302"
    assert match("canton_code", "Olmedo, Loja") == "1116"
    assert ambiguous("canton_code", "Quito") == ()


def test_cantons_as_people_write_them():
    expected = {
        "Quito": "1701",
        "QUITO": "1701",
        "Distrito Metropolitano de Quito": "1701",
        "Santo Domingo": "2301",
        "Santo Domingo de los Tsáchilas": "2301",
        "La Concordia": "2302",
        "Guayaquil": "0901",
        "101": "0101",  # the leading zero a spreadsheet dropped
        "1701.0": "1701",
        "El Coca": "2201",
        "Nueva Loja": "2101",
    }
    assert {text: match("canton_code", text) for text in expected} == expected
    assert match("canton_code", "9999") is None
    assert match("canton_code", "Morona Santiago") is None  # a province with many cantons


# -- unknown --------------------------------------------------------------------------------------


@pytest.mark.parametrize("field", list(VALUE_FIELDS))
def test_unknown_text_is_not_placed(field):
    assert match(field, "Xyzzy") is None
    assert ambiguous(field, "Xyzzy") == ()
    assert match(field, "") is None
    assert match(field, "   ") is None


# -- choices and labels ---------------------------------------------------------------------------


def test_choices_hold_every_stored_value_with_a_spanish_label_and_skip_last():
    assert choices("population_group") == [
        ("host", "Comunidad de acogida"),
        ("migrant_destination", "Migrante o refugiado en destino"),
        ("in_transit", "En tránsito"),
        ("returnee", "Retornado"),
        ("other", "Otro"),
        (SKIP, "(dejar vacío)"),
    ]
    assert [value for value, _ in choices("sex")] == ["woman", "man", "other", "undisclosed", SKIP]
    assert len(choices("canton_code")) == len(reference.cantons()) + 1
    assert ("EC", "Ecuador") in choices("nationality")
    assert label("document_type", "refugee") == "Documento de refugiado"
    assert label("canton_code", "1701") == "Quito (Pichincha) · 1701"
    assert label("sector", "I").startswith("I · Actividades de alojamiento")
    assert label("role", "employer_rep") == "Representante de empresa"
    assert label("sex", SKIP) == "(dejar vacío)"


def test_every_label_and_stored_value_matches_itself():
    for field in VALUE_FIELDS:
        for value, text in choices(field):
            if value != SKIP and (field, value) not in {
                ("nationality", c) for c in ("NA", "NO", "SI")
            }:
                assert match(field, value) == value
            if value != SKIP:
                assert match(field, text) == value, (field, text)


# -- a person's choices ---------------------------------------------------------------------------


def test_a_persons_choice_wins_over_the_match():
    meanings = ValueMeanings()
    assert meanings.meaning("population_group", "Pendulares") == "other"
    meanings.choose("population_group", "Pendulares", "in_transit")
    assert meanings.chosen("population_group", "PENDULARES") == "in_transit"
    assert meanings.meaning("population_group", "pendular") == "in_transit"
    assert meanings.meaning("population_group", "Migrante") == "migrant_destination"
    assert meanings.chosen("population_group", "Migrante") is None
    assert meanings.meaning("sex", "Pendulares") is None  # another field


def test_a_choice_to_leave_the_field_empty_is_skip_not_unknown():
    meanings = ValueMeanings({"nationality": {"Apátrida": SKIP}})
    assert meanings.meaning("nationality", "apatrida") == SKIP
    assert meanings.meaning("nationality", "Marte") is None
    meanings.choose("nationality", "Marte", SKIP)
    assert meanings.meaning("nationality", "Marte") == SKIP


def test_choosing_again_keeps_the_first_spelling_and_the_last_value():
    meanings = ValueMeanings()
    meanings.choose("sex", "H", "man")
    meanings.choose("sex", "h", "other")
    assert meanings.as_json() == {"sex": {"H": "other"}}
    assert meanings.meaning("sex", "H") == "other"


def test_a_choice_must_be_a_value_of_the_field():
    with pytest.raises(ValueError):
        ValueMeanings().choose("sex", "H", "host")


def test_meanings_round_trip_through_json():
    meanings = ValueMeanings()
    meanings.choose("population_group", "Pendulares", "host")
    meanings.choose("population_group", "Caminantes de paso", "in_transit")
    meanings.choose("canton_code", "Bolívar", "0402")
    meanings.choose("sex", "H", "man")
    meanings.choose("nationality", "Apátrida", SKIP)
    saved = meanings.as_json()
    assert list(saved) == ["sex", "population_group", "nationality", "canton_code"]  # form order
    assert list(saved["population_group"]) == ["Caminantes de paso", "Pendulares"]  # sorted
    text = json.dumps({"values": saved}, ensure_ascii=False, indent=2)
    again = ValueMeanings.from_json(json.loads(text)["values"], "columnas.json")
    assert again.as_json() == saved
    assert again.meaning("canton_code", "BOLIVAR") == "0402"
    assert again.meaning("nationality", "Apátrida") == SKIP
    assert ValueMeanings.from_json(None, "columnas.json").as_json() == {}


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (
            {"population_group": {"Pendulares": "xyz"}},
            [
                "«columnas.json»",
                '"values" › "population_group"',
                "«Pendulares» → «xyz» no es un valor válido",
                "host, migrant_destination, in_transit, returnee, other",
            ],
        ),
        (
            {"nationality": {"Venezolana": "VEN"}},
            ["«columnas.json»", '"nationality"', "«Venezolana» → «VEN»", "dos letras"],
        ),
        ({"sex": {"H": 1}}, ["«columnas.json»", '"sex"', "«H» → «1» no es un valor válido"]),
        ({"colour": {"Rojo": "red"}}, ["«columnas.json»", "«colour» no es un campo"]),
        ({"sex": ["H", "man"]}, ["«columnas.json»", '"sex" debe ser un objeto JSON']),
        (["sex"], ["«columnas.json»", '"values" debe ser un objeto JSON']),
        (
            {"sex": {"H": "man", "h": "woman"}},
            ["«columnas.json»", '"sex"', "«H» y «h» se leen igual"],
        ),
    ],
)
def test_from_json_refuses_bad_values_naming_file_field_and_value(data, words):
    with pytest.raises(UserError) as raised:
        ValueMeanings.from_json(data, "columnas.json")
    message = str(raised.value)
    assert [w for w in words if w not in message] == [], message


def test_a_choice_made_after_a_meaning_was_read_is_seen():
    meanings = ValueMeanings()
    assert meanings.meaning("role", "Ponente") is None
    meanings.choose("role", "Ponente", "staff")
    assert meanings.meaning("role", "Ponente") == "staff"
