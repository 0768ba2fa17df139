"""Read-only questions of the import pages."""

from __future__ import annotations

from django.db.models import QuerySet

from thads.core.access import scope_path
from thads.onboarding.models import ImportRun
from thads.organization.models import Authority


def import_scope(user) -> Authority | None:
    """The authority under which the user may import staff; None for the whole service."""
    if not scope_path(user):
        return None
    return user.profile.authority


def imports_of(user, kind: str, limit: int = 10) -> QuerySet[ImportRun]:
    """The user's own latest applied imports of a kind."""
    return ImportRun.objects.filter(user=user, kind=kind).order_by("-at", "-id")[:limit]
