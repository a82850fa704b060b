"""Text normalisation for search: lower case, no accents, single spaces."""

from __future__ import annotations

import unicodedata


def search_key(text: str | None) -> str:
    """``"  José  NÚÑEZ "`` → ``"jose nunez"``; ñ becomes n so that "nunez" finds "Núñez"."""
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(stripped.split())


def person_search_name(given_names: str, family_names: str) -> str:
    """Family names first: the people list sorts on this, as lists are read in Ecuador."""
    return search_key(f"{family_names} {given_names}")
