"""Uniform pages: the table of Art. 81 drawn, the annual allocation plan (page and Excel), and
the steps on a person's page — issue what is due, re-issue, hand insignia back — one view each.

The steps are buttons on the person's page: they answer with a redirect back to it, the
refusal or the success as a message.
"""

from __future__ import annotations

import io

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST, require_safe

from thads.core.errors import DomainError
from thads.organization.selectors import access_authority
from thads.people.selectors import access_person
from thads.uniforms import selectors, services
from thads.uniforms.forms import ReissueForm, UniformIssueForm, UniformPlanForm, errors_text
from thads.uniforms.labels import ITEM_LABELS
from thads.uniforms.plan import ITEMS


@login_required
@require_safe
def insignia_table(request):
    rows = selectors.insignia_table(timezone.localdate())
    return render(request, "uniforms/insignia_table.html", {"rows": rows})


def _plan_query(request):
    """The form of the year asked, and the authority (in scope; by default the user's own)."""
    today = timezone.localdate()
    form = UniformPlanForm(request.GET, default_year=today.year + 1, default_on=today)
    if request.GET.get("authority"):
        authority = access_authority(request.user, request.GET["authority"])
    else:
        authority = selectors.own_authority(request.user)
    return form, authority


@login_required
@require_safe
def uniform_plan(request):
    form, authority = _plan_query(request)
    if not form.is_valid():
        return render(request, "uniforms/plan.html", {"errors": form.errors}, status=400)
    year, on = form.cleaned_data["year"], form.cleaned_data["on"]
    plan = selectors.allocation_plan_for(request.user, authority=authority, year=year, on=on)
    context = {
        "authority": authority,
        "year": year,
        "on": on,
        "items": ITEMS,
        "total": [plan["total"].get(i, 0) for i in ITEMS],
        "groups": selectors.plan_groups(plan),
        "staff": plan["staff"],
        "military": plan["military"],
        "choices": selectors.plan_authorities(request.user, on),
    }
    return render(request, "uniforms/plan.html", context)


@login_required
@require_safe
def uniform_plan_xlsx(request):
    import xlsxwriter

    form, authority = _plan_query(request)
    if not form.is_valid():
        return HttpResponse(errors_text(form), status=400, content_type="text/plain; charset=utf-8")
    year, on = form.cleaned_data["year"], form.cleaned_data["on"]
    plan = selectors.allocation_plan_for(request.user, authority=authority, year=year, on=on)
    labels = [str(ITEM_LABELS.get(i, i)) for i in ITEMS]
    out = io.BytesIO()
    book = xlsxwriter.Workbook(out, {"in_memory": True})
    bold = book.add_format({"bold": True})
    sheet = book.add_worksheet("Tong hop")
    title = _("Uniform allocation plan %(year)s") % {"year": year}
    sheet.write(0, 0, f"{title} — {authority.name if authority else _('the whole service')}", bold)
    sheet.write(1, 0, _("As of %(day)s") % {"day": on.strftime("%d/%m/%Y")})
    sheet.write_row(2, 0, [_("Item"), _("Quantity")], bold)
    for row, (label, item) in enumerate(zip(labels, ITEMS, strict=True), start=3):
        sheet.write(row, 0, label)
        sheet.write_number(row, 1, plan["total"].get(item, 0))
    sheet.set_column(0, 0, 40)
    detail = book.add_worksheet("Chi tiet")
    detail.write_row(0, 0, [_("Authority"), *labels], bold)
    for row, group in enumerate(selectors.plan_groups(plan), start=1):
        detail.write(row, 0, group["name"])
        detail.write_row(row, 1, group["counts"])
    detail.set_column(0, 0, 45)
    book.close()
    response = HttpResponse(
        out.getvalue(),
        content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )
    response["Content-Disposition"] = f'attachment; filename="thads-uniform-plan-{year}.xlsx"'
    return response


# ---------------------------------------------------------------- steps on a person's page


def _back(person) -> HttpResponse:
    return redirect(reverse("person-detail", args=[person.pk]) + "#uniform")


def _refused(request, exc: DomainError | ValidationError) -> None:
    if isinstance(exc, DomainError):
        messages.error(request, exc.message + (f" ({exc.citation})" if exc.citation else ""))
    else:
        messages.error(request, " ".join(str(m) for m in exc.messages))


@login_required
@require_POST
def uniform_issue(request, person_pk):
    person = access_person(request.user, person_pk, perm="uniforms.add_uniformissue")
    form = UniformIssueForm(request.POST)
    if not form.is_valid():
        messages.error(request, errors_text(form))
        return _back(person)
    try:
        services.uniform_issue(
            actor=request.user, person=person, on=timezone.localdate(), **form.cleaned_data
        )
    except DomainError as exc:
        _refused(request, exc)
    else:
        messages.success(request, _("Issue recorded."))
    return _back(person)


@login_required
@require_POST
def uniform_reissue(request, person_pk):
    person = access_person(request.user, person_pk, perm="uniforms.add_uniformissue")
    form = ReissueForm(request.POST, approvers=selectors.approvers_for(person))
    if not form.is_valid():
        messages.error(request, errors_text(form))
        return _back(person)
    try:
        services.uniform_reissue(
            actor=request.user, person=person, on=timezone.localdate(), **form.cleaned_data
        )
    except (DomainError, ValidationError) as exc:
        _refused(request, exc)
    else:
        messages.success(request, _("Issue recorded."))
    return _back(person)


@login_required
@require_POST
def insignia_hand_back(request, person_pk):
    person = access_person(request.user, person_pk, perm="uniforms.add_uniformissue")
    try:
        services.insignia_hand_back(actor=request.user, person=person, on=timezone.localdate())
    except DomainError as exc:
        _refused(request, exc)
    else:
        messages.success(request, _("Insignia handed back."))
    return _back(person)
