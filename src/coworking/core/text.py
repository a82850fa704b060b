"""Text normalisation for search: lower case, no accents, single spaces."""

from __future__ import annotations

import unicodedata
from functools import lru_cache

_SPANISH = str.maketrans("áéíóúüñàèìòùâêîôûäëïöçý", "aeiouunaeiouaeiouaeiocy")


def search_key(text: str | None) -> str:
    """``"  José  NÚÑEZ "`` → ``"jose nunez"``; ñ becomes n so that "nunez" finds "Núñez"."""
    if not text:
        return ""
    if text.isascii():  # the usual cell: no accent to take off
        return " ".join(text.lower().split())
    folded = text.casefold().translate(_SPANISH)
    if folded.isascii():  # accents of Spanish, the next most usual
        return " ".join(folded.split())
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(stripped.split())


@lru_cache(maxsize=4096)  # an import asks for each row's name several times in a row
def person_search_name(given_names: str, family_names: str) -> str:
    """Family names first: the people list sorts on this, as lists are read in Ecuador."""
    return search_key(f"{family_names} {given_names}")
