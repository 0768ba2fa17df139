"""Selection pages (Art. 63): boards, dossiers, meetings and votes, the Minister's designation.
Every record comes through the selectors' scope; every refusal is shown with its clause; one
view per action."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST, require_safe

from thads.core.access import require
from thads.core.errors import DomainError
from thads.core.pagination import paginate
from thads.core.web import form_errors_from
from thads.organization.selectors import authorities_visible_to
from thads.selection import forms, services
from thads.selection.selectors import (
    DOSSIER_STATUSES,
    access_dossier,
    access_selection_board,
    dossier_meetings,
    dossiers_filter,
    dossiers_visible_to,
    people_proposable_by,
    selection_boards_filter,
    selection_boards_visible_to,
)


def _done(form, call):
    """Run the service with the form's data: its result, or None when the form or the service
    refuses (the refusal is then on the form, which the page shows again)."""
    if not form.is_valid():
        return None
    try:
        return call(form.cleaned_data)
    except (DomainError, ValidationError) as exc:
        form_errors_from(form, exc)
        return None


def _language(request) -> str:
    return "vi" if (request.LANGUAGE_CODE or "vi").startswith("vi") else "en"


# --- boards ----------------------------------------------------------------------------------


@login_required
@require_safe
def board_list(request):
    require(request.user, "selection.view_selectionboard")
    q = (request.GET.get("q") or "").strip()
    year = (request.GET.get("year") or "").strip()
    qs = selection_boards_filter(
        selection_boards_visible_to(request.user),
        q=q,
        year=int(year) if year.isdigit() else None,
    )
    page = paginate(qs, request.GET.get("page"))
    return render(
        request,
        "selection/board_list.html",
        {
            "page": page,
            "boards": page.object_list,
            "filters": {"q": q, "year": year},
            "query": f"q={q}&year={year}",
        },
    )


@login_required
def board_new(request):
    require(request.user, "selection.add_selectionboard")
    authorities = authorities_visible_to(request.user).filter(level="provincial")
    if request.method == "POST":
        form = forms.BoardForm(request.POST, authorities=authorities)
        formset = forms.member_formset(request.POST)
        board = formset.is_valid() and _done(
            form,
            lambda data: services.board_establish(
                actor=request.user, members=forms.members_of(formset), **data
            ),
        )
        if board:
            messages.success(request, _("The selection board is recorded."))
            return redirect("selection-board-detail", pk=board.pk)
        status = 400
    else:
        form = forms.BoardForm(
            authorities=authorities, initial={"established_on": timezone.localdate()}
        )
        formset = forms.member_formset()
        status = 200
    return render(
        request, "selection/board_form.html", {"form": form, "formset": formset}, status=status
    )


@login_required
@require_safe
def board_detail(request, pk):
    board = access_selection_board(request.user, pk)
    members = board.ordered_members()
    return render(
        request,
        "selection/board_detail.html",
        {
            "board": board,
            "members": members,
            "problems": services.board_composition([m.role for m in members]),
            "citation": services.CITE_BOARD,
            "dossiers": dossiers_visible_to(request.user).filter(board=board),
        },
    )


# --- dossiers --------------------------------------------------------------------------------


@login_required
@require_safe
def dossier_list(request):
    require(request.user, "selection.view_dossier")
    q = (request.GET.get("q") or "").strip()
    status = request.GET.get("status") or ""
    qs = dossiers_filter(dossiers_visible_to(request.user), q=q, status=status)
    page = paginate(qs, request.GET.get("page"))
    return render(
        request,
        "selection/dossier_list.html",
        {
            "page": page,
            "dossiers": page.object_list,
            "statuses": DOSSIER_STATUSES,
            "filters": {"q": q, "status": status},
            "query": f"q={q}&status={status}",
        },
    )


@login_required
def dossier_new(request):
    require(request.user, "selection.add_dossier")
    initial = {"submitted_on": timezone.localdate(), "commitment_years": 5}
    if (board := request.GET.get("board")) and board.isdigit():
        initial["board"] = int(board)
    form = forms.DossierForm(
        request.POST if request.method == "POST" else None,
        boards=selection_boards_visible_to(request.user),
        people=people_proposable_by(request.user),
        initial=initial,
    )
    if request.method == "POST":
        dossier = _done(form, lambda data: services.dossier_submit(actor=request.user, **data))
        if dossier is not None:
            messages.success(request, _("The dossier is recorded."))
            return redirect("selection-dossier-detail", pk=dossier.pk)
    return render(
        request,
        "selection/dossier_form.html",
        {"form": form},
        status=400 if request.method == "POST" else 200,
    )


def _dossier_page(request, dossier, *, meeting_form=None, designate_form=None, status=200):
    """The dossier, the office's facts, the board's meetings with their outcome, the votes form
    and the designation form; a refused form is shown again with its reasons and clause."""
    members = dossier.board.ordered_members()
    today = timezone.localdate()
    meetings = list(dossier_meetings(dossier))
    return render(
        request,
        "selection/dossier_detail.html",
        {
            "dossier": dossier,
            "status": services.dossier_status(dossier),
            "members": members,
            "facts": services.office_facts(dossier.authority),
            "meetings": meetings,
            "passed": next((m for m in reversed(meetings) if m.passed), None),
            "meeting_form": meeting_form
            or forms.MeetingForm(members=members, initial={"held_on": today}),
            "designate_form": designate_form or forms.DesignateForm(initial={"signed_on": today}),
            "language": _language(request),
            "records_for": getattr(getattr(request.user, "profile", None), "signs_for", ""),
        },
        status=status,
    )


@login_required
@require_safe
def dossier_detail(request, pk):
    return _dossier_page(request, access_dossier(request.user, pk))


@login_required
@require_POST
def dossier_meeting(request, pk):
    """63.4: record a meeting of the board on the dossier with every member's vote."""
    dossier = access_dossier(request.user, pk, perm="selection.add_meeting")
    form = forms.MeetingForm(request.POST, members=dossier.board.ordered_members())
    meeting = _done(
        form,
        lambda data: services.meeting_record(
            actor=request.user, dossier=dossier, held_on=data["held_on"], votes=form.votes()
        ),
    )
    if meeting is None:
        return _dossier_page(request, dossier, meeting_form=form, status=400)
    if meeting.passed:
        messages.success(request, _("The board passed the proposal."))
    else:
        messages.warning(request, _("The proposal did not pass."))
    return redirect("selection-dossier-detail", pk=dossier.pk)


@login_required
@require_POST
def dossier_designate(request, pk):
    """63.3: record the Minister's decision on the board's passed proposal."""
    dossier = access_dossier(request.user, pk, perm="selection.change_dossier")
    form = forms.DesignateForm(request.POST)
    decision = _done(
        form,
        lambda data: services.designation_decide(actor=request.user, dossier=dossier, **data),
    )
    if decision is None:
        return _dossier_page(request, dossier, designate_form=form, status=400)
    messages.success(request, _("Decision %(n)s recorded.") % {"n": decision.number})
    return redirect("selection-dossier-detail", pk=dossier.pk)
