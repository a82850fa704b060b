"""The greeting a station shows when someone comes in: «Bienvenida, Ana» or «Bienvenido,
Ramón» when the person's sex is recorded as woman or man, a neutral «Hola, Ramón» otherwise
(not recorded, not disclosed, other): a guess would be wrong for some of them."""

from __future__ import annotations

from coworking.db.enums import Sex

GENDERED = {Sex.WOMAN: "Bienvenida", Sex.MAN: "Bienvenido"}
NEUTRAL = "Hola"


def welcome(sex: Sex | None, name: str | None) -> str:
    return f"{GENDERED.get(sex, NEUTRAL) if sex else NEUTRAL}, {name or ''}".rstrip(", ")
