"""Encryption at rest for the personal data of staff and their relatives.

Values are encrypted with a MultiFernet built from THADS_DATA_KEYS (newest first), never from
SECRET_KEY. Decryption with a wrong key fails loudly (`PersonalDataKeyError`), it never
returns ciphertext. Exact look-ups (an ID number) go through an HMAC column computed with a
key derived from the newest data key; rotating keys recomputes it (`thads rotate-data-key`).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import logging
import os
from functools import lru_cache
from pathlib import Path

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.db import models

log = logging.getLogger("thads.ops")


class PersonalDataKeyError(RuntimeError):
    """Stored personal data cannot be decrypted with the configured keys."""


def configured_keys() -> tuple[str, ...]:
    keys = tuple(settings.THADS_DATA_KEYS)
    if keys:
        return keys
    if not settings.DEBUG:
        raise ImproperlyConfigured("THADS_DATA_KEYS must be set when THADS_DEBUG is off")
    return (_development_key(settings.THADS_DATA_KEY_FILE),)


@lru_cache(maxsize=4)
def _development_key(path: Path) -> str:
    """The key of a development set-up: made once into var/, read once per process."""
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w") as fh:
            fh.write(Fernet.generate_key().decode())
    return path.read_text().strip()


@lru_cache(maxsize=8)
def _fernet(keys: tuple[str, ...]) -> MultiFernet:
    try:
        return MultiFernet([Fernet(k.encode()) for k in keys])
    except ValueError as exc:
        raise ImproperlyConfigured(f"THADS_DATA_KEYS holds an invalid Fernet key: {exc}") from exc


@lru_cache(maxsize=8)
def _lookup_key(primary: str) -> bytes:
    return hashlib.sha256(b"thads-lookup:" + base64.urlsafe_b64decode(primary)).digest()


def encrypt(value: str, keys: tuple[str, ...] | None = None) -> str:
    return _fernet(keys or configured_keys()).encrypt(value.encode()).decode()


def decrypt(token: str, keys: tuple[str, ...] | None = None) -> str:
    try:
        return _fernet(keys or configured_keys()).decrypt(token.encode()).decode()
    except InvalidToken as exc:
        log.error("personal data key error: a stored value does not decrypt with THADS_DATA_KEYS")
        raise PersonalDataKeyError(
            "personal data cannot be decrypted with the configured THADS_DATA_KEYS"
        ) from exc


def rotate(token: str, keys: tuple[str, ...]) -> str:
    """Re-encrypt a token under the newest of `keys` (it must decrypt with one of them)."""
    try:
        return _fernet(keys).rotate(token.encode()).decode()
    except InvalidToken as exc:
        log.error("personal data key error: a stored value does not decrypt with any given key")
        raise PersonalDataKeyError("a stored value does not decrypt with any given key") from exc


def lookup_hash(value: str, keys: tuple[str, ...] | None = None) -> str:
    """Keyed hash of a normalised value, for exact look-ups without decrypting."""
    primary = (keys or configured_keys())[0]
    normalised = "".join(value.split()).upper()
    return hmac.new(_lookup_key(primary), normalised.encode(), hashlib.sha256).hexdigest()


# Field is generic only in django-stubs (subscripting it fails at runtime), hence the ignore.
class EncryptedTextField(models.TextField):  # type: ignore[type-arg]
    """A text column stored as a Fernet token. Empty stays empty; None stays None."""

    def from_db_value(
        self, value: str | None, expression: object, connection: object
    ) -> str | None:
        if value is None or value == "":
            return value
        return decrypt(value)

    def get_prep_value(self, value: object) -> object:
        value = super().get_prep_value(value)
        if value is None or value == "":
            return value
        return encrypt(str(value))
