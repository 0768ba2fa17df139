"""Case, inspection, incident and operation pages: one view per action, each record through
its `access_<entity>` (404 outside the scope, then 403 without the permission).

An action on a record is POST only, and its 405 comes after the access funnel: outside the
scope every method gets the same 404. A refused input or service re-renders the page, 400."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import FileResponse, Http404, HttpResponseNotAllowed
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST, require_safe

from thads.core.access import require
from thads.core.errors import DomainError
from thads.core.history import entries
from thads.core.pagination import paginate
from thads.people.selectors import people_visible_to
from thads.protection import incidents, operations, services
from thads.protection.charts import COLOURS, chart_svg
from thads.protection.forms import (
    ApprovalForm,
    AssetForm,
    AssignInspectorForm,
    ConclusionForm,
    DemandForm,
    FileNoteForm,
    IncidentFollowUpForm,
    IncidentForm,
    InspectionOrderForm,
    OperationForm,
    add_refusal,
)
from thads.protection.models import IncidentKind, IncidentStatus
from thads.protection.selectors import (
    access_case,
    access_evidence,
    access_incident,
    access_inspection,
    access_inspection_file,
    access_operation,
    acting_authority,
    cases_visible_to,
    incident_counts,
    incidents_filter,
    incidents_visible_to,
    inspection_file,
    inspections_visible_to,
    inspector_candidates,
    works_on_file,
)


def _perform(form: forms.Form, service, /, **kwargs):
    """Call the service with the form's data when it is valid; a refusal lands on the form.

    Returns what the service returns, or None when the input or the service refused."""
    if not form.is_valid():
        return None
    try:
        return service(**kwargs, **form.cleaned_data)
    except (DomainError, ValidationError) as exc:
        add_refusal(form, exc)
        return None


def _saved(request, route: str, pk: int):
    messages.success(request, _("Changes saved."))
    return redirect(route, pk=pk)


# ---------------------------------------------------------------- cases


@login_required
@require_safe
def case_list(request):
    require(request.user, "protection.view_case")
    page = paginate(cases_visible_to(request.user), request.GET.get("page"))
    return render(request, "protection/case_list.html", {"page": page, "cases": page.object_list})


def _case_page(request, case, *, status: int = 200, **bound):
    context = {
        "case": case,
        "parties": case.parties.all(),
        "inspections": case.inspections.all(),
        "operations": case.operations.all(),
        "rules": services.case_rules(case, timezone.localdate()),
        "language": "vi" if request.LANGUAGE_CODE == "vi" else "en",
        "asset_form": AssetForm(),
        "demand_form": DemandForm(),
        "operation_form": OperationForm(),
        **bound,
    }
    return render(request, "protection/case_detail.html", context, status=status)


@login_required
@require_safe
def case_detail(request, pk):
    return _case_page(request, access_case(request.user, pk))


@login_required
def case_asset_add(request, pk):
    case = access_case(request.user, pk, perm="protection.add_case")
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    form = AssetForm(request.POST)
    if _perform(form, services.asset_add, actor=request.user, case=case):
        return _saved(request, "case-detail", case.pk)
    return _case_page(request, case, asset_form=form, status=400)


@login_required
def case_demand_add(request, pk):
    case = access_case(request.user, pk, perm="protection.add_case")
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    form = DemandForm(request.POST)
    if _perform(form, services.demand_add, actor=request.user, case=case):
        return _saved(request, "case-detail", case.pk)
    return _case_page(request, case, demand_form=form, status=400)


# ---------------------------------------------------------------- inspections


def _inspection_list_page(request, *, order_form=None, status: int = 200):
    require(request.user, "protection.view_inspection")
    page = paginate(inspections_visible_to(request.user), request.GET.get("page"))
    context = {"page": page, "inspections": page.object_list, "order_form": order_form}
    if request.user.has_perm("protection.add_inspection"):
        context["cases"] = cases_visible_to(request.user)[:200]
    return render(request, "protection/inspection_list.html", context, status=status)


@login_required
@require_safe
def inspection_list(request):
    return _inspection_list_page(request)


@login_required
@require_POST
def inspection_order(request):
    """The head records the decision that orders the inspection of cases in their scope."""
    require(request.user, "protection.add_inspection")
    form = InspectionOrderForm(request.POST, cases=cases_visible_to(request.user))
    if form.is_valid():
        try:
            inspection = services.inspection_order(
                actor=request.user,
                authority=acting_authority(request.user, cases=form.cleaned_data["cases"]),
                decided_on=timezone.localdate(),
                **form.cleaned_data,
            )
        except ValidationError as exc:
            add_refusal(form, exc)
        else:
            return redirect("inspection-detail", pk=inspection.pk)
    return _inspection_list_page(request, order_form=form, status=400)


def _inspection_page(request, inspection, *, status: int = 200, **bound):
    user = request.user
    try:
        notes = inspection_file(user, inspection)
    except PermissionDenied:
        notes = None
    context = {
        "inspection": inspection,
        "cases": inspection.cases.all(),
        "inspectors": inspection.inspectors.all(),
        "file_visible": notes is not None,
        "notes": notes or [],
        "works_on_file": works_on_file(user, inspection),
        "is_decider": inspection.decided_by_id == user.pk,
        "candidates": inspector_candidates(user)[:200],
        **bound,
    }
    return render(request, "protection/inspection_detail.html", context, status=status)


@login_required
@require_safe
def inspection_detail(request, pk):
    return _inspection_page(request, access_inspection(request.user, pk))


@login_required
def inspection_assign(request, pk):
    """Assign an inspector, the recusal checked (Art. 68.4)."""
    inspection = access_inspection(request.user, pk, perm="protection.change_inspection")
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    form = AssignInspectorForm(request.POST, people=people_visible_to(request.user))
    if _perform(form, services.inspection_assign, actor=request.user, inspection=inspection):
        return _saved(request, "inspection-detail", inspection.pk)
    return _inspection_page(request, inspection, assign_form=form, status=400)


@login_required
def inspection_note_add(request, pk):
    """A note in the file, by its inspectors or the deciding head (403 for anyone else)."""
    inspection = access_inspection_file(request.user, pk, write=True)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    form = FileNoteForm(request.POST)
    if _perform(form, services.file_note_add, actor=request.user, inspection=inspection):
        return _saved(request, "inspection-detail", inspection.pk)
    return _inspection_page(request, inspection, note_form=form, status=400)


@login_required
def inspection_conclude(request, pk):
    """The deciding head records the conclusion, which publishes the file (403 for others)."""
    inspection = access_inspection_file(request.user, pk, write=True)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    form = ConclusionForm(request.POST)
    if _perform(
        form,
        services.inspection_conclude,
        actor=request.user,
        inspection=inspection,
        on=timezone.localdate(),
    ):
        return _saved(request, "inspection-detail", inspection.pk)
    return _inspection_page(request, inspection, conclusion_form=form, status=400)


# ---------------------------------------------------------------- incidents


@login_required
@require_safe
def incident_list(request):
    require(request.user, "protection.view_incident")
    kind, status = request.GET.get("kind", ""), request.GET.get("status", "")
    qs = incidents_filter(incidents_visible_to(request.user), kind=kind, status=status)
    page = paginate(qs, request.GET.get("page"))
    return render(
        request,
        "protection/incident_list.html",
        {
            "page": page,
            "incidents": page.object_list,
            "kinds": IncidentKind.choices,
            "statuses": IncidentStatus.choices,
            "kind": kind,
            "status": status,
            "query": f"kind={kind}&status={status}",
        },
    )


@login_required
def incident_new(request):
    require(request.user, "protection.add_incident")
    profile = getattr(request.user, "profile", None)
    if profile is None:
        raise PermissionDenied
    form = IncidentForm(
        request.POST or None, request.FILES or None, cases=cases_visible_to(request.user)
    )
    if request.method == "POST" and form.is_valid():
        data = {k: v for k, v in form.cleaned_data.items() if k != "evidence"}
        incident = incidents.incident_report(
            actor=request.user,
            authority=profile.authority,
            data=data,
            people=[profile.person] if profile.person_id else [],
            evidence=form.cleaned_data.get("evidence"),
        )
        messages.success(
            request, _("Incident recorded. Thank you: the protection measures follow.")
        )
        return redirect("incident-detail", pk=incident.pk)
    return render(
        request, "protection/incident_form.html", {"form": form}, status=400 if form.errors else 200
    )


def _incident_page(request, incident, *, follow_up_form=None, status: int = 200):
    context = {
        "incident": incident,
        "evidence": incident.evidence.all(),
        "people": incident.people.all(),
        "form": follow_up_form or IncidentFollowUpForm(incident=incident),
        "history": list(reversed(entries(incident.history.all()))),
    }
    return render(request, "protection/incident_detail.html", context, status=status)


@login_required
@require_safe
def incident_detail(request, pk):
    return _incident_page(request, access_incident(request.user, pk))


@login_required
def incident_follow_up(request, pk):
    incident = access_incident(request.user, pk, perm="protection.change_incident")
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    form = IncidentFollowUpForm(request.POST, incident=incident)
    if _perform(form, incidents.incident_follow_up, actor=request.user, incident=incident):
        return _saved(request, "incident-detail", incident.pk)
    return _incident_page(request, incident, follow_up_form=form, status=400)


@login_required
@require_safe
def evidence_file(request, pk):
    evidence = access_evidence(request.user, pk)
    try:
        return FileResponse(evidence.file.open("rb"), as_attachment=True)
    except FileNotFoundError:
        raise Http404 from None


@login_required
@require_safe
def incident_dashboard(request):
    require(request.user, "protection.view_incident")
    today = timezone.localdate()
    months = [
        (
            (today.year * 12 + today.month - 1 - i) // 12,
            (today.year * 12 + today.month - 1 - i) % 12 + 1,
        )
        for i in range(11, -1, -1)
    ]
    data = incident_counts(incidents_visible_to(request.user), months)
    kinds = IncidentKind.choices
    return render(
        request,
        "protection/incident_dashboard.html",
        {
            "chart": mark_safe(chart_svg(data["by_month"])),  # noqa: S308 - built from counts
            "kinds": [(k, label, COLOURS[k]) for k, label in kinds],
            "provinces": [
                (p, [c.get(k, 0) for k, _l in kinds], sum(c.values()))
                for p, c in data["by_province"].items()
            ],
        },
    )


# ---------------------------------------------------------------- coercive operations


@login_required
def operation_new(request, case_pk):
    case = access_case(request.user, case_pk, perm="protection.add_operation")
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    form = OperationForm(request.POST)
    operation = _perform(form, operations.operation_plan, actor=request.user, case=case)
    if operation:
        return redirect("operation-detail", pk=operation.pk)
    return _case_page(request, case, operation_form=form, status=400)


def _operation_page(request, op, *, status: int = 200, **bound):
    context = {
        "op": op,
        "history": list(reversed(entries(op.history.all()))),
        "assess_form": forms.Form(),
        "approval_form": ApprovalForm(
            initial={
                "protection_measures": op.protection_measures,
                "relatives_protection": op.relatives_protection,
            }
        ),
        **bound,
    }
    return render(request, "protection/operation_detail.html", context, status=status)


@login_required
@require_safe
def operation_detail(request, pk):
    return _operation_page(request, access_operation(request.user, pk))


@login_required
def operation_assess(request, pk):
    op = access_operation(request.user, pk, perm="protection.change_operation")
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    form = forms.Form(request.POST)
    if _perform(
        form, operations.operation_assess, actor=request.user, operation=op, on=timezone.localdate()
    ):
        return _saved(request, "operation-detail", op.pk)
    return _operation_page(request, op, assess_form=form, status=400)


@login_required
def operation_approve(request, pk):
    op = access_operation(request.user, pk, perm="protection.change_operation")
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    form = ApprovalForm(request.POST)
    if _perform(
        form,
        operations.operation_approve,
        actor=request.user,
        operation=op,
        on=timezone.localdate(),
    ):
        return _saved(request, "operation-detail", op.pk)
    return _operation_page(request, op, approval_form=form, status=400)
