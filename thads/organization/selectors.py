"""Read-only questions about authorities."""

from __future__ import annotations

from datetime import date

from django.db.models import QuerySet

from thads.core.text import fold
from thads.organization.models import Authority


def authorities_filter(
    qs: QuerySet[Authority],
    *,
    q: str = "",
    level: str = "",
    parent: int | None = None,
    province_code: str = "",
    on: date | None = None,
) -> QuerySet[Authority]:
    if q:
        for word in fold(q).split():
            qs = qs.filter(search_name__contains=word)
    if level:
        qs = qs.filter(level=level)
    if parent:
        qs = qs.filter(parent_id=parent)
    if province_code:
        qs = qs.filter(province_code=province_code)
    if on:
        qs = qs.valid_on(on)
    return qs
