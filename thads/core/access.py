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


def scope_path(user: Any) -> str | None:
    """The path prefix the user may see; "" for the whole service; None for nothing."""
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


def visible(qs: QuerySet[M], user: Any, *authority_fields: str) -> QuerySet[M]:
    """Rows whose authority lies in the user's scope; none for a user without one.

    `authority_fields` name the authority relations to test (any one in scope is enough),
    default `authority`; `"."` means the row is itself an authority.
    """
    path = scope_path(user)
    if path is None:
        return qs.none()
    if not path:
        return qs
    q = Q()
    for field in authority_fields or ("authority",):
        lookup = "path__startswith" if field == "." else f"{field}__path__startswith"
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
    path = scope_path(user)
    return path is not None and str(authority.path).startswith(path)
