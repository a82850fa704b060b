"""Pre-registration sheets as partners really send them: saved by Excel on a Spanish Windows PC
(Windows-1252, semicolons, dd/mm/aaaa), Spanish headers, the R4V platform's population types,
phone numbers written every way people write them. Used by the import tests and the benchmark."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from random import Random

from coworking.core.demo import cedula

HEADERS = [
    "Nombres",
    "Apellidos",
    "Tipo de documento",
    "Número de documento",
    "Nacionalidad",
    "Sexo",
    "Fecha de nacimiento",
    "Tipo de población",
    "Teléfono",
    "Correo electrónico",
    "Cantón",
    "Nivel de instrucción",
]
GIVEN = {
    "Mujer": ["María José", "Ana Belén", "Yusmary", "Dayana", "Génesis", "Luz Marina", "Zoraida"],
    "Hombre": ["José Ángel", "Jhonny", "Luis Eduardo", "Yorman", "Andrés", "Wílmer", "Darwin"],
}
FAMILY = ["Núñez", "Peña", "Yánez", "Muñoz", "Pérez", "Rodríguez", "Briceño", "Chávez", "Loor"]
NATIONALITY = {"Ecuador": 50, "Venezolana": 30, "Venezuela": 8, "Colombia": 8, "Perú": 2, "Cuba": 2}
# The R4V platform's own population types, in Spanish and English, as partners copy them.
POPULATION = {
    "Refugiados y migrantes en destino": 30,
    "Migrante en tránsito": 12,
    "Refugiados y migrantes en tránsito": 6,
    "In-transit": 2,
    "Comunidad de acogida": 20,
    "Población de acogida": 10,
    "Retornados": 5,
    "Migrante en destino": 10,
    "": 5,
}
SEX = {"Mujer": 40, "Hombre": 36, "F": 10, "M": 8, "Femenino": 3, "Masculino": 3}
CANTONS = ["Manta", "Portoviejo", "Santo Domingo", "1308", "Guayaquil", "Quito", "Huaquillas"]
EDUCATION = ["Bachillerato", "Primaria", "Superior", "Tercer nivel", "Ninguno", "Secundaria", ""]


def _phone(rng: Random, nationality: str) -> str:
    """A phone written as people write it: spaces, dashes, +593, or the Venezuelan way."""
    if nationality.startswith("Venez") and rng.random() < 0.3:
        return rng.choice(["0412", "0414", "0424", "0416"]) + f"-{rng.randint(1000000, 9999999)}"
    digits = f"9{rng.choice('89')}{rng.randint(1000000, 9999999)}"
    shape = rng.randrange(5)
    if shape == 0:
        return "0" + digits
    if shape == 1:
        return f"0{digits[:2]} {digits[2:5]} {digits[5:]}"
    if shape == 2:
        return f"+593 {digits[:2]} {digits[2:5]} {digits[5:]}"
    if shape == 3:
        return f"593{digits}"
    return ""


def _weighted(rng: Random, weights: dict[str, int]) -> str:
    return rng.choices(list(weights), weights=list(weights.values()))[0]


def rows(count: int, seed: int = 7, start: int = 0) -> Iterator[list[str]]:
    """``count`` people, each different (the row number is part of the names and document)."""
    rng = Random(seed)
    documents: set[str] = set()
    for index in range(start, start + count):
        sex = _weighted(rng, SEX)
        given = rng.choice(GIVEN["Mujer" if sex in ("Mujer", "F", "Femenino") else "Hombre"])
        nationality = _weighted(rng, NATIONALITY)
        if nationality == "Ecuador":
            kind, number = "Cédula", cedula(rng)
            while number in documents:  # each row a different person
                number = cedula(rng)
            documents.add(number)
        else:
            kind, number = rng.choice([("Pasaporte", f"P{index:08d}"), ("", "")])
        born = date(1960, 1, 1) + timedelta(days=rng.randrange(16_000))
        email = f"persona{index}@correo.ec" if rng.random() < 0.4 else ""
        yield [
            f"{given} {index}",
            f"{rng.choice(FAMILY)} {rng.choice(FAMILY)}",
            kind,
            number,
            nationality,
            sex,
            born.strftime("%d/%m/%Y"),
            _weighted(rng, POPULATION),
            _phone(rng, nationality),
            email,
            rng.choice(CANTONS),
            rng.choice(EDUCATION),
        ]


def write_sheet(
    path: Path,
    count: int,
    *,
    seed: int = 7,
    headers: list[str] | None = None,
    encoding: str = "cp1252",
    delimiter: str = ";",
) -> Path:
    """A CSV as Excel on a Spanish Windows PC saves it (CRLF, Windows-1252, semicolons)."""
    with Path(path).open("w", encoding=encoding, newline="") as handle:
        writer = csv.writer(handle, delimiter=delimiter, lineterminator="\r\n")
        writer.writerow(headers or HEADERS)
        for row in rows(count, seed):
            writer.writerow(row)
    return Path(path)
