"""Badge and member codes: random, with a check character, no personal data.

Alphabet without look-alikes (no 0/O, 1/I/L) so a code can be typed from a badge when the
scanner fails. The check character is a pure-system check over the prime modulus 31 (the size
of the alphabet, in the manner of ISO 7064): any one wrong character and any swap of two
neighbours is caught.
"""

from __future__ import annotations

import secrets
from random import Random

ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
BODY_LENGTH = 8
_MOD = len(ALPHABET)


def check_character(body: str) -> str:
    """The character that makes the weighted sum of the code zero modulo 31."""
    total = 0
    for char in body:
        total = (total + ALPHABET.index(char)) * 2 % _MOD
    return ALPHABET[(_MOD + 1 - total) % _MOD]


_FAIR_BYTES = 256 - 256 % _MOD  # bytes below this map evenly onto the alphabet


def _secret_body() -> str:
    """BODY_LENGTH characters from one call to the system's random source (not one per
    character: an import of 200,000 registrations asks for 200,000 codes)."""
    chosen: list[str] = []
    while len(chosen) < BODY_LENGTH:
        chosen += [
            ALPHABET[b % _MOD] for b in secrets.token_bytes(2 * BODY_LENGTH) if b < _FAIR_BYTES
        ]
    return "".join(chosen[:BODY_LENGTH])


def new_code(rng: Random | None = None) -> str:
    if rng is None:
        body = _secret_body()
    else:
        body = "".join(rng.choice(ALPHABET) for _ in range(BODY_LENGTH))
    return body + check_character(body)


def normalise(raw: str) -> str:
    """What a scanner or a person typed, upper-cased, without spaces, line ends or dashes."""
    return "".join(c for c in raw.upper() if not c.isspace() and c != "-")


def is_valid_code(raw: str) -> bool:
    code = normalise(raw)
    if len(code) != BODY_LENGTH + 1 or any(c not in ALPHABET for c in code):
        return False
    return check_character(code[:-1]) == code[-1]
