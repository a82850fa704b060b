"""Reference lists shipped in ``resources/data`` (cantons with their INEC codes...)."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache

from coworking import paths


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


def canton(code: str) -> Canton | None:
    return {c.code: c for c in cantons()}.get(code.strip())
