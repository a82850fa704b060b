"""Badge/member codes and search normalisation."""

from __future__ import annotations

from random import Random

import pytest

from coworking.core.codes import ALPHABET, is_valid_code, new_code, normalise
from coworking.core.text import person_search_name, search_key


def test_codes_carry_a_check_character_that_catches_typos_and_swaps() -> None:
    codes = [new_code(Random(seed)) for seed in range(200)]
    assert all(is_valid_code(code) for code in codes)
    for code in codes:
        for i, char in enumerate(code):
            for other in ALPHABET.replace(char, ""):
                assert not is_valid_code(code[:i] + other + code[i + 1 :])
        for i in range(len(code) - 1):
            if code[i] != code[i + 1]:
                assert not is_valid_code(code[:i] + code[i + 1] + code[i] + code[i + 2 :])


def test_codes_avoid_look_alike_characters_and_accept_what_a_person_types() -> None:
    assert not set("0O1IL") & set(ALPHABET)
    code = new_code()
    assert len(code) == 9 and is_valid_code(f" {code[:4].lower()}-{code[4:]} ")
    assert normalise("ab-cd ef") == "ABCDEF"
    assert not is_valid_code("") and not is_valid_code("0000000000")


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("José Núñez", "jose nunez"),
        ("  MARÍA   JOSÉ  ", "maria jose"),
        ("Ibáñez Peña", "ibanez pena"),
        ("Müller", "muller"),
        (None, ""),
    ],
)
def test_search_key_ignores_case_accents_and_spacing(text: str | None, key: str) -> None:
    assert search_key(text) == key


def test_person_search_name_puts_family_names_first() -> None:
    assert person_search_name("Ángel", "Yánez Muñoz") == "yanez munoz angel"
