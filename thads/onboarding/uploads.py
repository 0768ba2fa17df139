"""An uploaded file carried from the dry-run page to the apply button, without keeping it.

The checked file goes back to the browser inside the page, encrypted (Fernet, with keys derived
from the personal-data keys: a staff list holds ID numbers) and bound to the user and the kind
of import; it expires after an hour. Nothing of it is stored on the server, and applying it
checks every row again.
"""

from __future__ import annotations

import base64
import hashlib
import json
import zlib

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from django.utils.translation import gettext as _

from thads.core.crypto import configured_keys
from thads.onboarding.errors import OnboardingError
from thads.onboarding.tables import TableError

MAX_AGE = 3600


def _fernet() -> MultiFernet:
    return MultiFernet(
        [
            Fernet(
                base64.urlsafe_b64encode(hashlib.sha256(b"thads-onboarding:" + k.encode()).digest())
            )
            for k in configured_keys()
        ]
    )


def seal(*, user_id: int, kind: str, name: str, data: bytes) -> str:
    header = json.dumps({"u": user_id, "k": kind, "n": name}).encode()
    return _fernet().encrypt(zlib.compress(header + b"\n" + data)).decode()


def unseal(token: str, *, user_id: int, kind: str) -> tuple[str, bytes]:
    """(file name, content) of a sealed upload of this user and kind; a TableError when the
    token is expired, altered, or someone else's."""
    try:
        raw = zlib.decompress(_fernet().decrypt(token.encode(), ttl=MAX_AGE))
        header, _sep, data = raw.partition(b"\n")
        meta = json.loads(header)
    except (InvalidToken, zlib.error, ValueError) as exc:
        raise TableError(OnboardingError.EXPIRED_UPLOAD, _("Upload the file again.")) from exc
    if meta.get("u") != user_id or meta.get("k") != kind:
        raise TableError(OnboardingError.EXPIRED_UPLOAD, _("Upload the file again."))
    return str(meta["n"]), data
