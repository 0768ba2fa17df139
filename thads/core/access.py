"""The one access funnel: every view and API endpoint gets records through here.

A user sees and changes only records of their own authority and the authorities under it
(the materialized `path` of the authority tree), except the national roles. Outside the scope
a record does not exist for the user (404, never 403: existence is not confirmed). Inside the
scope, an action the role does not allow is refused with 403.
"""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.db.models import Q, QuerySet
from django.http import Http404

from thads.accounts.roles import NATIONAL_ROLES
from thads.organization.models import Authority
from thads.people.models import Person


def scope_path(user) -> str | None:
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
    return profile.authority.path


def scoped(qs: QuerySet, user, *authority_fields: str) -> QuerySet:
    """Rows whose authority (any of the named authority relations, default `authority`) lies
    in the user's scope; none for a user without one."""
    path = scope_path(user)
    if path is None:
        return qs.none()
    if not path:
        return qs
    q = Q()
    for field in authority_fields or ("authority",):
        q |= Q(**{f"{field}__path__startswith": path})
    return qs.filter(q)


def require(user, perm: str) -> None:
    if not user.has_perm(perm):
        raise PermissionDenied


def authorities_visible_to(user) -> QuerySet[Authority]:
    path = scope_path(user)
    qs = Authority.objects.select_related("parent")
    if path is None:
        return qs.none()
    return qs.filter(path__startswith=path) if path else qs


def people_visible_to(user) -> QuerySet[Person]:
    path = scope_path(user)
    qs = Person.objects.select_related("authority")
    if path is None:
        return qs.none()
    return qs.filter(authority__path__startswith=path) if path else qs


def in_scope(user, authority: Authority) -> bool:
    path = scope_path(user)
    return path is not None and authority.path.startswith(path)


def access_authority(user, pk, *, perm: str = "organization.view_authority") -> Authority:
    try:
        authority = authorities_visible_to(user).get(pk=pk)
    except (Authority.DoesNotExist, ValueError, TypeError):
        raise Http404 from None
    require(user, perm)
    return authority


def access_person(user, pk, *, perm: str = "people.view_person") -> Person:
    try:
        person = people_visible_to(user).get(pk=pk)
    except (Person.DoesNotExist, ValueError, TypeError):
        raise Http404 from None
    require(user, perm)
    return person
