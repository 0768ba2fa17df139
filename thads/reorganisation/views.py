"""The reorganisation act's pages: the preview (what the act would do and what stops it), the
confirmation that records it, and the recorded act with its changes. Central administrators."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST, require_safe

from thads.core.access import require
from thads.core.errors import DomainError
from thads.core.pagination import paginate
from thads.reorganisation.forms import ReorganisationForm
from thads.reorganisation.selectors import (
    LEGAL_BASES,
    access_act,
    act_changes,
    act_on,
    reorganisation_plan,
    summary_rows,
)
from thads.reorganisation.services import ReorganisationRefused, reorganise

PERM = "reorganisation.add_reorganisationact"


@login_required
def reorganisation_preview(request):
    """The form (GET), then what the act of that day would carry across (POST: nothing is
    written; the page offers the confirmation when there is no problem)."""
    require(request.user, PERM)
    posted = request.method == "POST"
    form = ReorganisationForm(request.POST if posted else None, request.FILES or None)
    context = {"form": form, "legal_bases": LEGAL_BASES}
    if posted and form.is_valid():
        day = form.cleaned_data["effective_on"]
        done = act_on(day)
        if done is not None:
            return redirect("reorganisation-act", pk=done.pk)
        context["plan"] = plan = reorganisation_plan(day, form.cleaned_data["named"])
        context["summary"] = summary_rows(plan.summary())
        context["confirm"] = ReorganisationForm(
            initial={"effective_on": day, "heads": form.cleaned_data["heads"]}
        )
    return render(
        request, "reorganisation/preview.html", context, status=400 if form.errors else 200
    )


@require_POST
@login_required
def reorganisation_apply(request):
    require(request.user, PERM)
    form = ReorganisationForm(request.POST)
    if not form.is_valid():
        return render(
            request,
            "reorganisation/preview.html",
            {"form": form, "legal_bases": LEGAL_BASES},
            status=400,
        )
    day = form.cleaned_data["effective_on"]
    try:
        _plan, act = reorganise(
            actor=request.user, effective_on=day, heads=form.cleaned_data["named"], apply=True
        )
    except ReorganisationRefused as exc:
        plan = reorganisation_plan(day, form.cleaned_data["named"])
        context = {
            "form": form,
            "legal_bases": LEGAL_BASES,
            "plan": plan,
            "summary": summary_rows(plan.summary()),
            "refused": exc,
        }
        return render(request, "reorganisation/preview.html", context, status=400)
    except DomainError as exc:
        messages.error(request, exc.message)
        done = act_on(day)
        return (
            redirect("reorganisation-act", pk=done.pk)
            if done
            else redirect("reorganisation-preview")
        )
    assert act is not None
    messages.success(request, _("The reorganisation act is recorded."))
    return redirect("reorganisation-act", pk=act.pk)


@require_safe
@login_required
def act_detail(request, pk):
    act = access_act(request.user, pk)
    page = paginate(act_changes(act, request.user), request.GET.get("page"))
    return render(
        request,
        "reorganisation/act_detail.html",
        {"act": act, "page": page, "changes": page, "summary": summary_rows(act.summary)},
    )
