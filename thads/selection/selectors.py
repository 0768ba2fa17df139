"""Reading boards and dossiers through the authority scope: a board is seen in its province,
a dossier in its district office and above. Outside the scope a record does not exist (404).
Also the selection pages' read queries (filters, the people a dossier may be for, meetings)."""

from __future__ import annotations

from django.db.models import Exists, OuterRef, Prefetch, Q, QuerySet

from thads.core.access import fetch, visible
from thads.core.text import fold
from thads.people.choices import OFFICER_GRADES
from thads.people.models import PROTECTED_FIELDS, Person
from thads.people.selectors import people_visible_to
from thads.selection.models import Dossier, Meeting, SelectionBoard, Vote

# The dossier's place in the procedure: before the board, proposed by it, decided.
DOSSIER_STATUSES = ("open", "proposed", "decided")


def selection_boards_visible_to(user) -> QuerySet[SelectionBoard]:
    return visible(SelectionBoard.objects.select_related("authority"), user, "authority")


def access_selection_board(
    user, pk, *, perm: str = "selection.view_selectionboard"
) -> SelectionBoard:
    return fetch(selection_boards_visible_to(user), user, pk, perm=perm)


def _proposal_passed() -> Exists:
    """A meeting of the board passed the proposal on the dossier."""
    return Exists(Meeting.objects.filter(dossier=OuterRef("pk"), passed=True))


def dossiers_visible_to(user) -> QuerySet[Dossier]:
    """The dossiers in the user's scope, each with `proposal_passed`."""
    return visible(
        Dossier.objects.select_related(
            "person", "authority", "board__authority", "decision"
        ).annotate(proposal_passed=_proposal_passed()),
        user,
        "authority",
    )


def access_dossier(user, pk, *, perm: str = "selection.view_dossier") -> Dossier:
    return fetch(dossiers_visible_to(user), user, pk, perm=perm)


def selection_boards_filter(
    qs: QuerySet[SelectionBoard], *, q: str = "", year: int | None = None
) -> QuerySet[SelectionBoard]:
    """Boards whose province or a member's name matches `q`, established in `year`."""
    if q:
        qs = qs.filter(
            Q(authority__search_name__contains=fold(q)) | Q(members__name__icontains=q)
        ).distinct()
    if year:
        qs = qs.filter(established_on__year=year)
    return qs


def dossiers_filter(qs: QuerySet[Dossier], *, q: str = "", status: str = "") -> QuerySet[Dossier]:
    """Dossiers whose person or office matches `q`, at the step `status` (DOSSIER_STATUSES)."""
    if q:
        qs = qs.filter(
            Q(person__search_name__contains=fold(q)) | Q(authority__search_name__contains=fold(q))
        )
    if status == "decided":
        qs = qs.filter(decision__isnull=False)
    elif status == "proposed":
        qs = qs.filter(_proposal_passed(), decision__isnull=True)
    elif status == "open":
        qs = qs.filter(~_proposal_passed(), decision__isnull=True)
    return qs


def people_proposable_by(user) -> QuerySet[Person]:
    """Staff of the district offices in the user's scope who hold no officer grade yet: those
    a dossier may be for (63.1)."""
    return (
        people_visible_to(user)
        .filter(authority__level="district")
        .exclude(grade__in=OFFICER_GRADES)
        .defer(*PROTECTED_FIELDS)
    )


def dossier_meetings(dossier: Dossier) -> QuerySet[Meeting]:
    """The board's meetings on the dossier with every member's vote."""
    return dossier.meetings.prefetch_related(
        Prefetch("votes", queryset=Vote.objects.select_related("member").order_by("member_id"))
    )
