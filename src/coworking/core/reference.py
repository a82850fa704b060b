"""Reference lists shipped in ``resources/data`` (cantons with their INEC codes, CIUO-08...)."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from datetime import date
from functools import cache

from coworking import paths
from coworking.core.text import search_key


@dataclass(frozen=True)
class Canton:
    code: str
    name: str
    province_code: str
    province: str

    @property
    def label(self) -> str:
        return f"{self.name} ({self.province}) · {self.code}"


@cache
def cantons() -> tuple[Canton, ...]:
    with paths.resource("data", "cantones.csv").open(encoding="utf-8", newline="") as handle:
        return tuple(
            Canton(row["codigo"], row["canton"], row["codigo_provincia"], row["provincia"])
            for row in csv.DictReader(handle)
        )


@cache
def _cantons_by_code() -> dict[str, Canton]:
    return {c.code: c for c in cantons()}


def canton(code: str) -> Canton | None:
    return _cantons_by_code().get(code.strip())


@dataclass(frozen=True)
class Entry:
    """A code and its Spanish name (countries, CIIU sections, education levels)."""

    code: str
    name: str


def _code_list(file_name: str) -> tuple[Entry, ...]:
    with paths.resource("data", file_name).open(encoding="utf-8", newline="") as handle:
        return tuple(Entry(row["codigo"], row["nombre"]) for row in csv.DictReader(handle))


@cache
def countries() -> tuple[Entry, ...]:
    """ISO 3166-1 countries with their Spanish names, sorted by name for a combo box."""
    return tuple(sorted(_code_list("paises.csv"), key=lambda e: search_key(e.name)))


@cache
def countries_by_code() -> dict[str, str]:
    return {entry.code: entry.name for entry in countries()}


@cache
def ciiu_sections() -> tuple[Entry, ...]:
    return _code_list("ciiu_secciones.csv")


@cache
def education_levels() -> tuple[Entry, ...]:
    return _code_list("niveles_educacion.csv")


@cache
def _ciuo08() -> tuple[tuple[Entry, int], ...]:
    """CIUO-08 (the ILO's Spanish ISCO-08), each code with its level: 1 major ... 4 unit group."""
    with paths.resource("data", "ciuo08.csv").open(encoding="utf-8", newline="") as handle:
        return tuple(
            (Entry(row["codigo"], row["nombre"]), int(row["nivel"]))
            for row in csv.DictReader(handle)
        )


@cache
def occupations() -> tuple[Entry, ...]:
    """The 436 CIUO-08 unit groups (4 digits, leading zeros kept), in code order."""
    return tuple(sorted((e for e, level in _ciuo08() if level == 4), key=lambda e: e.code))


@cache
def _occupations_by_code() -> dict[str, str]:
    return {entry.code: entry.name for entry in occupations()}


def occupation_name(code: str) -> str | None:
    """The Spanish title of a CIUO-08 unit group, or None for an unknown code."""
    return _occupations_by_code().get(code.strip())


@cache
def occupation_groups() -> dict[str, str]:
    """Every CIUO-08 major, sub-major and minor group (1 to 3 digits) to its name."""
    groups = sorted((entry for entry, level in _ciuo08() if level < 4), key=lambda e: e.code)
    return {entry.code: entry.name for entry in groups}


@dataclass(frozen=True)
class Holiday:
    day: date
    name: str
    confirmed: bool  # False: moved by the law's rule, not yet in a government decree


@cache
def national_holidays() -> dict[date, Holiday]:
    """Ecuador's national holidays on the day they are observed (after the legal moves)."""
    with paths.resource("data", "feriados_ec.csv").open(encoding="utf-8", newline="") as handle:
        return {
            (day := date.fromisoformat(row["fecha"])): Holiday(
                day, row["nombre"], row["confirmado"] == "si"
            )
            for row in csv.DictReader(handle)
        }
