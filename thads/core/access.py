"""The one access funnel: the helpers every `<entity>_visible_to` and `access_<entity>` uses.

A user sees and changes only records of their own authority and the authorities under it
(the materialized `path` of the authority tree), except the national roles. Outside the scope
a record does not exist for the user (404, never 403: existence is not confirmed). Inside the
scope, an action the role does not allow is refused with 403.

Each app's `selectors.py` builds its entity functions on `visible()` and `fetch()`:

    def cases_visible_to(user):
        return visible(Case.objects.select_related("authority"), user)

    def access_case(user, pk, *, perm="protection.view_case"):
        return fetch(cases_visible_to(user), user, pk, perm=perm)

Pages, APIs, exports, search and admin all get records through those functions.

A successor keeps the records of the authorities it succeeds: the scope of a user posted to
an authority also covers the paths of its predecessors, and theirs (a THADS tỉnh sees what
was filed under the former Cục of the provinces merged into it, a regional office what its
former Chi cục filed).
"""

from __future__ import annotations

import logging
from typing import Any, TypeVar

from django.core.exceptions import PermissionDenied
from django.db.models import Model, Q, QuerySet
from django.http import Http404

from thads.core.roles import NATIONAL_ROLES

log = logging.getLogger("thads.security")

M = TypeVar("M", bound=Model)
# A queryset of any model, kept as its own class (a custom queryset keeps its methods).
QS = TypeVar("QS", bound=QuerySet[Any])


def scope_path(user: Any) -> str | None:
    """The path of the user's own authority; "" for the whole service; None for nothing (the
    scope also covers the predecessors' paths: `scope_paths`)."""
    if not user.is_authenticated or not user.is_active:
        return None
    if user.is_superuser:
        return ""
    profile = getattr(user, "profile", None)
    if profile is None:
        return None
    if profile.role in NATIONAL_ROLES:
        return ""
    return str(profile.authority.path)


# The attribute of the user object the scope's paths are kept on, for the rest of the request.
SCOPE_CACHE = "_thads_scope_paths"


def scope_paths(user: Any) -> tuple[str, ...] | None:
    """The path prefixes the user may see: their authority's and those of every authority it
    succeeds, directly or through others; `("",)` for the whole service; None for nothing.

    The predecessors are read through the authority's own `predecessors` relation (one query
    per generation), then kept on the user object for the rest of the request."""
    path = scope_path(user)
    if path is None:
        return None
    if not path:
        return ("",)
    cached = getattr(user, SCOPE_CACHE, None)
    if cached is not None and cached[0] == path:
        return tuple(cached[1])
    authority = user.profile.authority
    manager = type(authority)._default_manager
    paths, seen, generation = {path}, {authority.pk}, [authority.pk]
    while generation:
        found = manager.filter(successors__pk__in=generation).values_list("pk", "path").distinct()
        generation = []
        for pk, predecessor_path in found:
            if pk not in seen:
                seen.add(pk)
                paths.add(str(predecessor_path))
                generation.append(pk)
    # A path under another one adds nothing.
    kept = tuple(sorted(p for p in paths if not any(p != q and p.startswith(q) for q in paths)))
    setattr(user, SCOPE_CACHE, (path, kept))
    return kept


def visible(qs: QS, user: Any, *authority_fields: str) -> QS:
    """Rows whose authority lies in the user's scope; none for a user without one.

    `authority_fields` name the authority relations to test (any one in scope is enough),
    default `authority`; `"."` means the row is itself an authority.
    """
    paths = scope_paths(user)
    if paths is None:
        return qs.none()
    if paths == ("",):
        return qs
    q = Q()
    for field in authority_fields or ("authority",):
        lookup = "path__startswith" if field == "." else f"{field}__path__startswith"
        for path in paths:
            q |= Q(**{lookup: path})
    return qs.filter(q)


def require(user: Any, perm: str) -> None:
    """403 unless the user's role has the permission."""
    if not user.has_perm(perm):
        log.warning("refused: user=%s perm=%s", getattr(user, "pk", None), perm)
        raise PermissionDenied


def fetch(qs: QuerySet[M], user: Any, pk: object, *, perm: str | None) -> M:
    """The record `pk` of an already scoped queryset: 404 when it is missing or outside the
    scope (the same answer), then 403 when the role lacks `perm`."""
    try:
        key = int(str(pk))
    except ValueError:
        raise Http404 from None
    if not 0 < key < 2**63:
        raise Http404
    obj = qs.filter(pk=key).first()
    if obj is None:
        raise Http404
    if perm:
        require(user, perm)
    return obj


def in_scope(user: Any, authority: Any) -> bool:
    paths = scope_paths(user)
    return paths is not None and any(str(authority.path).startswith(p) for p in paths)
