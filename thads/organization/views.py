"""Authority tree browser, detail, create and edit pages."""

from __future__ import annotations

import copy

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpResponseBadRequest
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from thads.core.access import require
from thads.core.errors import DomainError
from thads.core.history import entries
from thads.core.pagination import paginate
from thads.core.web import form_errors_from
from thads.organization import services
from thads.organization.forms import AsOfForm, AuthorityForm, AuthoritySearchForm
from thads.organization.geography import legacy_province_name
from thads.organization.selectors import (
    access_authority,
    authorities_filter,
    authorities_visible_to,
    authority_communes,
    authority_parent_choices,
    authority_subunits,
    authority_tree_children,
    authority_tree_tops,
)
from thads.organization.services import LAST_THREE_LEVEL_DAY


@require_safe
@login_required
def authority_list(request):
    require(request.user, "organization.view_authority")
    form = AuthoritySearchForm(request.GET or None)
    q, on = "", None
    if form.is_valid():
        q, on = form.cleaned_data["q"], form.cleaned_data["on"]
    today = timezone.localdate()
    day = on or today
    days = {"day": day, "today": today, "last_three_level_day": LAST_THREE_LEVEL_DAY}
    if q:
        qs = authorities_filter(authorities_visible_to(request.user), q=q, on=day)
        page = paginate(qs, request.GET.get("page"))
        return render(
            request,
            "organization/authority_list.html",
            {
                "form": form,
                "page": page,
                "results": page.object_list,
                "searching": True,
                **days,
            },
        )
    tops = authority_tree_tops(request.user, on=day)
    return render(
        request,
        "organization/authority_list.html",
        {"form": form, "tops": tops, "searching": False, **days},
    )


@require_safe
@login_required
def authority_detail(request, pk):
    authority = access_authority(request.user, pk)
    day = timezone.localdate()
    return render(
        request,
        "organization/authority_detail.html",
        {
            "authority": authority,
            "children": authority_subunits(authority),
            "day": day,
            "staff_count": authority.staff.count(),
            "history": list(reversed(entries(authority.history.all()))),
            "legacy_province": legacy_province_name(authority.legacy_province_code),
            "communes": authority_communes(authority, on=day),
            "predecessors": authority.predecessors.all(),
            "successors": authority.successors.all(),
            "can_edit": request.user.has_perm("organization.change_authority"),
        },
    )


SERVICE_ERRORS = (ValidationError, DomainError)


@login_required
def authority_create(request):
    require(request.user, "organization.add_authority")
    form = AuthorityForm(request.POST or None, parents=authority_parent_choices(request.user))
    if request.method == "POST" and form.is_valid():
        try:
            authority = services.authority_create(actor=request.user, **form.cleaned_data)
        except SERVICE_ERRORS as exc:
            form_errors_from(form, exc)
        else:
            messages.success(request, _("Authority created."))
            return redirect("authority-detail", pk=authority.pk)
    return render(
        request,
        "organization/authority_form.html",
        {"form": form},
        status=400 if form.errors else 200,
    )


@login_required
def authority_edit(request, pk):
    authority = access_authority(request.user, pk, perm="organization.change_authority")
    parents = authority_parent_choices(request.user, authority)
    # The form validates a copy, so a refused edit never shows on the record itself.
    form = AuthorityForm(request.POST or None, instance=copy.copy(authority), parents=parents)
    if request.method == "POST" and form.is_valid():
        changes = {k: v for k, v in form.cleaned_data.items() if k != "code"}
        try:
            services.authority_update(actor=request.user, authority=authority, **changes)
        except SERVICE_ERRORS as exc:
            form_errors_from(form, exc)
        else:
            messages.success(request, _("Changes saved."))
            return redirect("authority-detail", pk=authority.pk)
    return render(
        request,
        "organization/authority_form.html",
        {"form": form, "authority": authority},
        status=400 if form.errors else 200,
    )


@require_safe
@login_required
def authority_children(request, pk):
    """The children of one node as of a day (`?on=`, today by default), for the tree browser
    (htmx partial or plain page)."""
    authority = access_authority(request.user, pk)
    form = AsOfForm(request.GET)
    if not form.is_valid():
        return HttpResponseBadRequest(form.errors.as_text())
    day = form.cleaned_data["on"] or timezone.localdate()
    children = authority_tree_children(authority, on=day)
    return render(request, "organization/_children.html", {"nodes": children, "day": day})
