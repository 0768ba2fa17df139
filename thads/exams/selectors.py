"""Who sees which round and which candidacy: the exams' part of the access funnel.

Rounds are national: every user with a scope sees the civil rounds, and military staff (and
the national roles) the military ones. A candidacy is seen within the scope of the authority
the candidate worked at when submitted: the district head their office's, the provincial
department its province's, the General Department all. Outside the scope it does not exist
(404).
"""

from __future__ import annotations

from django.db.models import QuerySet
from django.http import Http404

from thads.core.access import require, scope_path
from thads.exams.models import Candidacy, ExamRound


def rounds_visible_to(user) -> QuerySet[ExamRound]:
    path = scope_path(user)
    qs = ExamRound.objects.all()
    if path is None:
        return qs.none()
    if path == "":
        return qs
    return qs.filter(military=user.profile.authority.military)


def candidacies_visible_to(user) -> QuerySet[Candidacy]:
    path = scope_path(user)
    qs = Candidacy.objects.select_related("person", "authority", "province", "round", "decision")
    if path is None:
        return qs.none()
    return qs.filter(authority__path__startswith=path) if path else qs


def access_round(user, pk, *, perm: str = "exams.view_examround") -> ExamRound:
    round_ = rounds_visible_to(user).filter(pk=pk).first() if str(pk).isdigit() else None
    if round_ is None:
        raise Http404
    require(user, perm)
    return round_


def access_candidacy(user, pk, *, perm: str = "exams.view_candidacy") -> Candidacy:
    candidacy = candidacies_visible_to(user).filter(pk=pk).first() if str(pk).isdigit() else None
    if candidacy is None:
        raise Http404
    require(user, perm)
    return candidacy
