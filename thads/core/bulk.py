"""Writing many rows of an audited model at once, each change with its history row.

django-simple-history's `bulk_update_with_history` goes through Django's `bulk_update` (one
`CASE WHEN` per row and field) and builds every history row in Python: for the ten thousand
postings and people an act carries, that is most of its time, and for a person it decrypts
and re-encrypts the protected fields only to copy them. Here the rows are updated with one
`UPDATE` per distinct new value, and their history rows are copied from the table by
`INSERT … SELECT`, as stored (ciphertext stays ciphertext): the history row is exactly the
row after the change, as `save()` would have recorded it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Any

from django.db import connection
from django.db.models import Model
from django.utils import timezone

CHUNK = 500  # keys per statement (well under SQLite's limit on parameters)
HISTORY_OWN = {
    "history_id",
    "history_date",
    "history_change_reason",
    "history_type",
    "history_user",
}


def _chunks(items: Sequence[int]) -> Iterable[Sequence[int]]:
    for start in range(0, len(items), CHUNK):
        yield items[start : start + CHUNK]


def update_with_history(
    model: type[Model], changes: dict[int, dict[str, Any]], *, actor: Any, reason: str
) -> int:
    """Set `changes` ({pk: {field: value}}) and record a history row ("~") for each row."""
    groups: dict[tuple[tuple[str, Any], ...], list[int]] = defaultdict(list)
    for pk, values in changes.items():
        groups[tuple(sorted(values.items()))].append(pk)
    manager = model._default_manager
    for key, pks in groups.items():
        for chunk in _chunks(pks):
            manager.filter(pk__in=chunk).update(**dict(key))
    copy_to_history(model, list(changes), actor=actor, reason=reason)
    return len(changes)


def copy_to_history(
    model: type[Model], pks: Sequence[int], *, actor: Any, reason: str, kind: str = "~"
) -> None:
    """One history row per row of `pks`, copied from the table as it now stands."""
    history: Any = model.history.model  # type: ignore[attr-defined]
    quote = connection.ops.quote_name
    target, source = [], []
    for field in history._meta.concrete_fields:
        if field.name in HISTORY_OWN:
            continue
        own: Any = model._meta.get_field(field.name)
        target.append(quote(field.column))
        source.append(quote(own.column))
    target += [quote(c) for c in ("history_date", "history_change_reason", "history_type")]
    target.append(quote(history._meta.get_field("history_user").column))
    user_id = getattr(actor, "pk", None)
    now = history._meta.get_field("history_date").get_db_prep_value(
        timezone.now(), connection, prepared=False
    )
    table, pk_column = quote(model._meta.db_table), quote(model._meta.pk.column)
    with connection.cursor() as cursor:
        for chunk in _chunks(list(pks)):
            marks = ", ".join(["%s"] * len(chunk))
            cursor.execute(
                f"INSERT INTO {quote(history._meta.db_table)} ({', '.join(target)}) "  # noqa: S608
                f"SELECT {', '.join(source)}, %s, %s, %s, %s FROM {table} "
                f"WHERE {pk_column} IN ({marks}) ORDER BY {pk_column}",
                [now, reason, kind, user_id, *chunk],
            )
