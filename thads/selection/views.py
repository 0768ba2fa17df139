"""Selection pages (Art. 63): boards, dossiers, meetings and votes, the Minister's designation.
Every record comes through the selectors' scope; every refusal is shown with its clause."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.db.models import Prefetch, Q
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _

from thads.core.access import require
from thads.core.errors import DomainError
from thads.core.pagination import paginate
from thads.core.text import fold
from thads.organization.selectors import authorities_visible_to
from thads.people.choices import OFFICER_GRADES
from thads.people.models import PROTECTED_FIELDS
from thads.people.selectors import people_visible_to
from thads.selection import forms, services
from thads.selection.models import Vote
from thads.selection.selectors import (
    access_board,
    access_dossier,
    boards_visible_to,
    dossiers_visible_to,
)

STATUSES = ("open", "proposed", "decided")


def _refusal(form, exc: DomainError) -> None:
    text = f"{exc.message} ({exc.citation})" if exc.citation else exc.message
    form.add_error(exc.field if exc.field in form.fields else None, text)


def _validation(form, exc: ValidationError) -> None:
    for field, errors in exc.message_dict.items():
        form.add_error(field if field in form.fields else None, errors)


def _language(request) -> str:
    return "vi" if (request.LANGUAGE_CODE or "vi").startswith("vi") else "en"


# --- boards ----------------------------------------------------------------------------------


@login_required
def board_list(request):
    require(request.user, "selection.view_selectionboard")
    qs = boards_visible_to(request.user)
    q = (request.GET.get("q") or "").strip()
    year = (request.GET.get("year") or "").strip()
    if q:
        qs = qs.filter(
            Q(authority__search_name__contains=fold(q)) | Q(members__name__icontains=q)
        ).distinct()
    if year.isdigit():
        qs = qs.filter(established_on__year=int(year))
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
        if form.is_valid() and formset.is_valid():
            try:
                board = services.board_establish(
                    actor=request.user,
                    members=forms.members_of(formset),
                    **form.cleaned_data,
                )
            except DomainError as exc:
                _refusal(form, exc)
            except ValidationError as exc:
                _validation(form, exc)
            else:
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
def board_detail(request, pk):
    board = access_board(request.user, pk)
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
def dossier_list(request):
    require(request.user, "selection.view_dossier")
    qs = dossiers_visible_to(request.user)
    q = (request.GET.get("q") or "").strip()
    status = request.GET.get("status") or ""
    if q:
        qs = qs.filter(
            Q(person__search_name__contains=fold(q)) | Q(authority__search_name__contains=fold(q))
        )
    if status == "decided":
        qs = qs.filter(decision__isnull=False)
    elif status == "proposed":
        qs = qs.filter(decision__isnull=True, proposal_passed=True)
    elif status == "open":
        qs = qs.filter(decision__isnull=True, proposal_passed=False)
    page = paginate(qs, request.GET.get("page"))
    return render(
        request,
        "selection/dossier_list.html",
        {
            "page": page,
            "dossiers": page.object_list,
            "statuses": STATUSES,
            "filters": {"q": q, "status": status},
            "query": f"q={q}&status={status}",
        },
    )


def _dossier_form(request, data=None):
    people = (
        people_visible_to(request.user)
        .filter(authority__level="district")
        .exclude(grade__in=OFFICER_GRADES)
        .defer(*PROTECTED_FIELDS)
    )
    initial = {"submitted_on": timezone.localdate(), "commitment_years": 5}
    if (board := request.GET.get("board")) and board.isdigit():
        initial["board"] = int(board)
    return forms.DossierForm(
        data, boards=boards_visible_to(request.user), people=people, initial=initial
    )


@login_required
def dossier_new(request):
    require(request.user, "selection.add_dossier")
    form = _dossier_form(request, request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        try:
            dossier = services.dossier_submit(actor=request.user, **form.cleaned_data)
        except DomainError as exc:
            _refusal(form, exc)
        except ValidationError as exc:
            _validation(form, exc)
        else:
            messages.success(request, _("The dossier is recorded."))
            return redirect("selection-dossier-detail", pk=dossier.pk)
    return render(
        request,
        "selection/dossier_form.html",
        {"form": form},
        status=400 if request.method == "POST" else 200,
    )


def _meetings(dossier):
    return dossier.meetings.prefetch_related(
        Prefetch("votes", queryset=Vote.objects.select_related("member").order_by("member_id"))
    )


@login_required
def dossier_detail(request, pk):
    """The dossier, the office's facts, the board's meetings with their outcome, the votes form
    and the designation form; a refusal is shown in the form with its reasons and clause."""
    dossier = access_dossier(request.user, pk)
    members = dossier.board.ordered_members()
    today = timezone.localdate()
    meeting_form = forms.MeetingForm(members=members, initial={"held_on": today})
    designate_form = forms.DesignateForm(initial={"signed_on": today})
    action = request.POST.get("action") if request.method == "POST" else None
    if action is not None:
        try:
            if action == "meeting":
                require(request.user, "selection.add_meeting")
                meeting_form = forms.MeetingForm(request.POST, members=members)
                if meeting_form.is_valid():
                    meeting = services.meeting_record(
                        actor=request.user,
                        dossier=dossier,
                        held_on=meeting_form.cleaned_data["held_on"],
                        votes=meeting_form.votes(),
                    )
                    if meeting.passed:
                        messages.success(request, _("The board passed the proposal."))
                    else:
                        messages.warning(request, _("The proposal did not pass."))
                    return redirect("selection-dossier-detail", pk=dossier.pk)
            elif action == "designate":
                require(request.user, "selection.change_dossier")
                designate_form = forms.DesignateForm(request.POST)
                if designate_form.is_valid():
                    decision = services.designation_decide(
                        actor=request.user, dossier=dossier, **designate_form.cleaned_data
                    )
                    messages.success(
                        request, _("Decision %(n)s recorded.") % {"n": decision.number}
                    )
                    return redirect("selection-dossier-detail", pk=dossier.pk)
            else:
                raise Http404
        except DomainError as exc:
            _refusal(meeting_form if action == "meeting" else designate_form, exc)
        except ValidationError as exc:
            _validation(meeting_form if action == "meeting" else designate_form, exc)
    meetings = list(_meetings(dossier))
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
            "meeting_form": meeting_form,
            "designate_form": designate_form,
            "language": _language(request),
            "records_for": getattr(getattr(request.user, "profile", None), "signs_for", ""),
        },
        status=400 if action else 200,
    )
