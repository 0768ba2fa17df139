"""Read-only questions about authorities: the user's scope of the tree, searches, counts."""

from __future__ import annotations

from datetime import date

from django.db.models import Count, Q, QuerySet
from django.utils import timezone

from thads.core.access import fetch, scope_paths, visible
from thads.core.text import fold
from thads.organization.models import Authority, AuthorityCommune, AuthorityQuerySet


def authorities_visible_to(user) -> AuthorityQuerySet:
    """The authorities in the user's scope: their own and those under it."""
    return visible(Authority.objects.select_related("parent"), user, ".")


def access_authority(user, pk, *, perm: str = "organization.view_authority") -> Authority:
    """The authority `pk` if it is in the user's scope (else 404), then 403 without `perm`."""
    return fetch(authorities_visible_to(user), user, pk, perm=perm)


def authorities_current_for(user, on: date | None = None) -> QuerySet[Authority]:
    """The authorities in the user's scope that exist on `on` (today by default): the choices
    of the forms that post a person or pick an authority."""
    return authorities_visible_to(user).valid_on(on or timezone.localdate())


def authority_parent_choices(user, authority: Authority | None = None) -> QuerySet[Authority]:
    """The parents an authority may be given: in the user's scope, never in its own subtree."""
    qs = authorities_visible_to(user)
    if authority is not None:
        qs = qs.exclude(path__startswith=authority.path)
    return qs


def _children_on(on: date) -> Count:
    """The number of children that exist on a day (an abolished office is not a branch)."""
    return Count(
        "children",
        filter=Q(children__valid_from__lte=on)
        & (Q(children__valid_to__isnull=True) | Q(children__valid_to__gte=on)),
    )


def authority_tree_tops(user, *, on: date) -> AuthorityQuerySet:
    """The roots of the tree the user sees on a day: their own authority, or on a day before
    it existed the authorities it succeeds (a THADS tỉnh sees the former Cục of 2024); the
    service's top authorities for the national roles. Each with its number of children."""
    paths = scope_paths(user) or ()
    tops = authorities_visible_to(user).valid_on(on)
    tops = tops.filter(parent__isnull=True) if paths == ("",) else tops.filter(path__in=paths)
    return tops.annotate(n_children=_children_on(on)).order_by("path")


def authority_tree_children(authority: Authority, *, on: date) -> AuthorityQuerySet:
    """The children of a node of the tree that exist on a day, each with its children count."""
    return (
        Authority.objects.filter(parent=authority)
        .valid_on(on)
        .annotate(n_children=_children_on(on))
        .order_by("path")
    )


def authority_subunits(authority: Authority) -> QuerySet[Authority]:
    """Every authority directly under one, past ones included, with its staff count."""
    return authority.children.all().annotate(n_staff=Count("staff")).order_by("valid_to", "code")


def authority_counts_by_level(user, *, on: date) -> dict[str, int]:
    """How many authorities of each level the user's scope holds on a day."""
    return dict(
        authorities_visible_to(user).valid_on(on).values_list("level").annotate(n=Count("id"))
    )


def authorities_filter(
    qs: AuthorityQuerySet,
    *,
    q: str = "",
    level: str = "",
    parent: int | None = None,
    province_code: str = "",
    on: date | None = None,
) -> AuthorityQuerySet:
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


def authority_communes(authority: Authority, *, on: date) -> QuerySet[AuthorityCommune]:
    """The communes (2025 list) an office covers on a day."""
    return (
        AuthorityCommune.objects.filter(authority=authority, valid_from__lte=on)
        .filter(Q(valid_to__isnull=True) | Q(valid_to__gte=on))
        .order_by("commune_name")
    )
