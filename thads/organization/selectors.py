"""Read-only questions about authorities."""

from __future__ import annotations

from datetime import date

from django.db.models import QuerySet

from thads.core.access import fetch, visible
from thads.core.text import fold
from thads.organization.models import Authority


def authorities_visible_to(user) -> QuerySet[Authority]:
    """The authorities in the user's scope: their own and those under it."""
    return visible(Authority.objects.select_related("parent"), user, ".")


def access_authority(user, pk, *, perm: str = "organization.view_authority") -> Authority:
    return fetch(authorities_visible_to(user), user, pk, perm=perm)


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
