"""Rotation of the personal-data key: every encrypted value re-encrypted under the newest key.

Run with THADS_DATA_KEYS="NEW,OLD[,OLDER…]"; afterwards the old keys can be dropped.
Values are re-written with queryset updates (not saves), so rotation adds no history rows:
it changes no one's data. Hash columns for exact look-ups are recomputed with the new key.
"""

from __future__ import annotations

from collections.abc import Iterator

from django.apps import apps
from django.db import transaction
from django.db.models import Model

from thads.core.crypto import EncryptedTextField, lookup_hash
from thads.core.text import fold


def encrypted_models() -> Iterator[tuple[type[Model], list[str]]]:
    for model in apps.get_models():
        fields = [f.name for f in model._meta.fields if isinstance(f, EncryptedTextField)]
        if fields:
            yield model, fields


@transaction.atomic
def rotate_all(batch: int = 2000) -> dict[str, int]:
    counts: dict[str, int] = {}
    for model, fields in encrypted_models():
        names = {f.name for f in model._meta.fields}
        has_hash = "national_id_hash" in names
        has_identity = "identity_hash" in names
        pk_name = model._meta.pk.name
        n = 0
        rows = model._default_manager.order_by(pk_name).values_list(pk_name, *fields)
        for row in rows.iterator(chunk_size=batch):
            pk, values = row[0], dict(zip(fields, row[1:], strict=True))
            update = {k: v for k, v in values.items() if v}
            if has_hash:
                update["national_id_hash"] = (
                    lookup_hash(values["national_id"]) if values.get("national_id") else ""
                )
            name = values.get("full_name") or values.get("name")
            if has_identity and name and values.get("date_of_birth"):
                update["identity_hash"] = lookup_hash(f"{fold(name)}|{values['date_of_birth']}")
            if update:
                model._default_manager.filter(**{pk_name: pk}).update(**update)
                n += 1
        counts[model._meta.label] = n
    return counts
