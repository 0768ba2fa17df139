"""Reading boards and dossiers through the authority scope: a board is seen in its province,
a dossier in its district office and above. Outside the scope a record does not exist (404)."""

from __future__ import annotations

from django.db.models import Exists, OuterRef, QuerySet
from django.http import Http404

from thads.core.access import require, visible
from thads.selection.models import Dossier, Meeting, SelectionBoard


def boards_visible_to(user) -> QuerySet[SelectionBoard]:
    return visible(SelectionBoard.objects.select_related("authority"), user, "authority")


def dossiers_visible_to(user) -> QuerySet[Dossier]:
    passed = Meeting.objects.filter(dossier=OuterRef("pk"), passed=True)
    return visible(
        Dossier.objects.select_related(
            "person", "authority", "board__authority", "decision"
        ).annotate(proposal_passed=Exists(passed)),
        user,
        "authority",
    )


def access_board(user, pk, *, perm: str = "selection.view_selectionboard") -> SelectionBoard:
    board = boards_visible_to(user).filter(pk=pk).first() if str(pk).isdigit() else None
    if board is None:
        raise Http404
    require(user, perm)
    return board


def access_dossier(user, pk, *, perm: str = "selection.view_dossier") -> Dossier:
    dossier = dossiers_visible_to(user).filter(pk=pk).first() if str(pk).isdigit() else None
    if dossier is None:
        raise Http404
    require(user, perm)
    return dossier
