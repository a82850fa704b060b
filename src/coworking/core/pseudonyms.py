"""Pseudonyms of people in exports: an HMAC of the person's UUID under a key kept by the site.

The same person gets the same reference in every batch of a site, so the municipality can
count and follow people over time; without the key the reference cannot be turned back into
a person (LOPDP: pseudonymised sharing).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import secrets
from uuid import UUID

from sqlalchemy.orm import Session

from coworking.core import settings
from coworking.db.models import Setting

KEY_SETTING = "export/clave"
KEY_BYTES = 32
REF_LENGTH = 20


def site_key(session: Session) -> bytes:
    """The site's export key, created on first use inside the caller's transaction (which must
    commit before anything made with a new key leaves the program)."""
    stored = settings.get(session, KEY_SETTING)
    if stored:
        try:
            key = base64.b64decode(stored, validate=True)
        except (binascii.Error, ValueError) as error:
            raise ValueError("La clave de exportación guardada está dañada.") from error
        if len(key) == KEY_BYTES:
            return key
        raise ValueError("La clave de exportación guardada está dañada.")
    key = secrets.token_bytes(KEY_BYTES)
    # Always an INSERT, never settings.put: put reads again and would overwrite a key another
    # station committed in between, after that station exported with it. Two stations making
    # it at once: one fails here on the primary key, before any export, and uses the other's.
    session.add(Setting(key=KEY_SETTING, value=base64.b64encode(key).decode("ascii")))
    session.flush()
    return key


def person_ref(key: bytes, person_uuid: UUID) -> str:
    """The pseudonymous reference of a person: HMAC-SHA256 of the UUID's bytes, 20 hex chars."""
    return hmac.new(key, person_uuid.bytes, hashlib.sha256).hexdigest()[:REF_LENGTH]


class RefMaker:
    """:func:`person_ref` for many people: the keyed hash state is prepared once."""

    def __init__(self, key: bytes) -> None:
        self._base = hmac.new(key, digestmod=hashlib.sha256)

    def __call__(self, person_uuid: UUID) -> str:
        return self.from_hex(person_uuid.hex)

    def from_hex(self, person_uuid_hex: str) -> str:
        """The reference of the person whose UUID is ``person_uuid_hex`` (32 hex digits)."""
        mac = self._base.copy()
        mac.update(bytes.fromhex(person_uuid_hex))
        return mac.hexdigest()[:REF_LENGTH]
