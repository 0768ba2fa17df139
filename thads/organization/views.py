"""Authority tree browser, detail, create and edit pages."""

from __future__ import annotations

import copy

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.db.models import Count
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _

from thads.core.access import require, scope_path
from thads.core.errors import DomainError
from thads.core.history import entries
from thads.core.pagination import paginate
from thads.core.web import form_errors_from
from thads.organization import services
from thads.organization.forms import AuthorityForm, AuthoritySearchForm
from thads.organization.selectors import (
    access_authority,
    authorities_filter,
    authorities_visible_to,
)
from thads.organization.services import EDITABLE_FIELDS


@login_required
def authority_list(request):
    require(request.user, "organization.view_authority")
    form = AuthoritySearchForm(request.GET or None)
    q, on = "", None
    if form.is_valid():
        q, on = form.cleaned_data["q"], form.cleaned_data["on"]
    day = on or timezone.localdate()
    visible = authorities_visible_to(request.user)
    if q:
        qs = authorities_filter(visible, q=q, on=day)
        page = paginate(qs, request.GET.get("page"))
        return render(
            request,
            "organization/authority_list.html",
            {
                "form": form,
                "page": page,
                "results": page.object_list,
                "searching": True,
                "day": day,
            },
        )
    # Tree: the top of the user's scope, each node with its children counts.
    path = scope_path(request.user)
    tops = visible.valid_on(day)
    tops = tops.filter(path=path) if path else tops.filter(parent__isnull=True)
    tops = tops.annotate(n_children=Count("children")).order_by("path")
    return render(
        request,
        "organization/authority_list.html",
        {"form": form, "tops": tops, "searching": False, "day": day},
    )


@login_required
def authority_detail(request, pk):
    authority = access_authority(request.user, pk)
    day = timezone.localdate()
    children = (
        authority.children.all().annotate(n_staff=Count("staff")).order_by("valid_to", "code")
    )
    return render(
        request,
        "organization/authority_detail.html",
        {
            "authority": authority,
            "children": children,
            "day": day,
            "staff_count": authority.staff.count(),
            "history": list(reversed(entries(authority.history.all()))),
            "predecessors": authority.predecessors.all(),
            "successors": authority.successors.all(),
            "can_edit": request.user.has_perm("organization.change_authority"),
        },
    )


def _save_form(request, form, authority=None):
    data = {k: v for k, v in form.cleaned_data.items() if k in EDITABLE_FIELDS}
    try:
        if authority is None:
            return services.authority_create(actor=request.user, **data)
        data.pop("code", None)
        return services.authority_update(actor=request.user, authority=authority, **data)
    except (ValidationError, DomainError) as exc:
        form_errors_from(form, exc)
        return None


@login_required
def authority_create(request):
    require(request.user, "organization.add_authority")
    parents = authorities_visible_to(request.user)
    form = AuthorityForm(request.POST or None, parents=parents)
    if request.method == "POST" and form.is_valid():
        authority = _save_form(request, form)
        if authority:
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
    parents = authorities_visible_to(request.user).exclude(path__startswith=authority.path)
    # The form validates a copy, so a refused edit never shows on the record itself.
    form = AuthorityForm(request.POST or None, instance=copy.copy(authority), parents=parents)
    if request.method == "POST" and form.is_valid() and _save_form(request, form, authority):
        messages.success(request, _("Changes saved."))
        return redirect("authority-detail", pk=authority.pk)
    return render(
        request,
        "organization/authority_form.html",
        {"form": form, "authority": authority},
        status=400 if form.errors else 200,
    )


@login_required
def authority_children(request, pk):
    """The children of one node, for the tree browser (htmx partial or plain page)."""
    authority = access_authority(request.user, pk)
    day = timezone.localdate()
    children = (
        authority.children.valid_on(day).annotate(n_children=Count("children")).order_by("path")
    )
    return render(request, "organization/_children.html", {"nodes": children})
