"""History of changes (django-simple-history rows): written with the acting user, and read back
as entries a person can read.

Each entry: when, who, what happened (created, changed, deleted), and the fields before and
after. Protected fields show that they changed, never their values.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from typing import Any, TypeVar

from django.db.models import Field, Model, QuerySet
from django.utils.translation import gettext_lazy as _

from thads.core.crypto import EncryptedTextField

ACTIONS = {"+": _("created"), "~": _("changed"), "-": _("deleted")}
HIDDEN = "••••••"
SKIP = {"id", "history_id", "history_date", "history_user", "history_type", "history_change_reason"}

# The instance attribute django-simple-history reads the acting user from, before it looks at
# the request (services also run from commands and tests, where there is no request).
HISTORY_USER_ATTRIBUTE = "_history_user"

_M = TypeVar("_M", bound=Model)


def save_with_history(obj: _M, actor: Any, **save_kwargs: Any) -> _M:
    """Save `obj` (passing `save_kwargs` on to `save()`), its history row naming `actor` as the
    user who made the change; returns `obj`.

    The models do not declare the attribute (django-simple-history reads it when present), so it
    is set by name."""
    setattr(obj, HISTORY_USER_ATTRIBUTE, actor)
    obj.save(**save_kwargs)
    return obj


@dataclass
class Change:
    field: str
    old: str
    new: str


@dataclass
class Entry:
    at: datetime.datetime
    user: object
    action: str
    subject: str
    changes: list[Change] = field(default_factory=list)


def _display(model_field: Field[Any, Any], value: Any, names: dict[Any, str]) -> str:
    if value is None or value == "":
        return "—"
    if model_field.is_relation:
        key = (model_field.related_model, value)
        if key not in names:
            related: Any = model_field.related_model
            obj = related._default_manager.filter(pk=value).first()
            names[key] = str(obj) if obj is not None else f"#{value}"
        return names[key]
    if isinstance(model_field, EncryptedTextField):
        return HIDDEN
    if model_field.choices:
        return str(dict(model_field.flatchoices).get(value, value))
    if isinstance(value, bool):
        return str(_("yes") if value else _("no"))
    if isinstance(value, datetime.date):
        return value.strftime("%d/%m/%Y")
    return str(value)


def _tracked_fields(model: type[Model]) -> list[Field[Any, Any]]:
    """Fields a person reads: not keys, lookup hashes or derived search columns."""
    return [
        f
        for f in model._meta.fields
        if f.attname not in SKIP
        and not f.name.startswith("history_")
        and not f.name.endswith("_hash")
        and f.name not in ("search_name", "path")
    ]


def entries(history_qs: QuerySet[Any], subject: str = "") -> list[Entry]:
    """Entries of one historical queryset, each diffed against the previous row of its object."""
    rows = list(history_qs.select_related("history_user").order_by("history_date", "history_id"))
    out: list[Entry] = []
    previous: dict[Any, Any] = {}
    names: dict[Any, str] = {}
    for row in rows:
        model = row.instance_type
        fields = _tracked_fields(model)
        prev = previous.get(row.id)
        changes: list[Change] = []
        for f in fields:
            new = getattr(row, f.attname, None)
            old = getattr(prev, f.attname, None) if prev is not None else None
            if row.history_type == "+" and new not in (None, "", False):
                changes.append(Change(str(f.verbose_name), "—", _display(f, new, names)))
            elif row.history_type == "~" and prev is not None and old != new:
                changes.append(
                    Change(str(f.verbose_name), _display(f, old, names), _display(f, new, names))
                )
        previous[row.id] = row
        if row.history_type == "~" and not changes:
            continue
        out.append(
            Entry(
                at=row.history_date,
                user=row.history_user,
                action=str(ACTIONS.get(row.history_type, row.history_type)),
                subject=subject or str(model._meta.verbose_name),
                changes=changes,
            )
        )
    return out


def merged(*groups: list[Entry]) -> list[Entry]:
    """Entries of several histories, newest first."""
    return sorted((e for g in groups for e in g), key=lambda e: e.at, reverse=True)
