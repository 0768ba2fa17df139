"""Case and inspection pages, scoped by authority; the inspection file by 68.3.e."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from thads.core.access import require, scope_path, visible
from thads.core.errors import DomainError
from thads.core.pagination import paginate
from thads.people.selectors import access_person
from thads.protection import services
from thads.protection.models import Case, Inspection


def _inspection(user, pk) -> Inspection:
    try:
        return visible(Inspection.objects.select_related("authority", "decided_by"), user).get(
            pk=pk
        )
    except (Inspection.DoesNotExist, ValueError):
        raise Http404 from None


@login_required
def case_list(request):
    require(request.user, "protection.view_case")
    qs = visible(Case.objects.select_related("authority", "officer"), request.user)
    page = paginate(qs, request.GET.get("page"))
    return render(request, "protection/case_list.html", {"page": page, "cases": page.object_list})


@login_required
def inspection_list(request):
    require(request.user, "protection.view_inspection")
    qs = visible(Inspection.objects.select_related("authority", "decided_by"), request.user)
    page = paginate(qs, request.GET.get("page"))
    context = {"page": page, "inspections": page.object_list}
    if request.user.has_perm("protection.add_inspection"):
        context["cases"] = visible(Case.objects.select_related("authority"), request.user)[:200]
    return render(request, "protection/inspection_list.html", context)


@login_required
@require_POST
def inspection_order(request):
    """The head records the decision that orders the inspection of cases in their scope."""
    cases = list(
        visible(Case.objects.select_related("authority"), request.user).filter(
            pk__in=request.POST.getlist("cases")
        )
    )
    profile = getattr(request.user, "profile", None)
    authority = profile.authority if profile else (cases[0].authority if cases else None)
    try:
        if authority is None:
            raise ValidationError({"cases": [_("Choose the cases to inspect.")]})
        inspection = services.inspection_order(
            actor=request.user,
            authority=authority,
            decision_ref=request.POST.get("decision_ref", ""),
            decided_on=timezone.localdate(),
            cases=cases,
        )
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
        return redirect("inspection-list")
    return redirect("inspection-detail", pk=inspection.pk)


@login_required
def inspection_detail(request, pk):
    inspection = _inspection(request.user, pk)
    visible = services.file_visible(request.user, inspection)
    from thads.people.models import PROTECTED_FIELDS, Person

    context = {
        "inspection": inspection,
        "cases": inspection.cases.all(),
        "inspectors": inspection.inspectors.all(),
        "file_visible": visible,
        "notes": inspection.notes.select_related("author") if visible else [],
        "works_on_file": services.works_on_file(request.user, inspection),
        "is_decider": inspection.decided_by_id == request.user.pk,
        "candidates": Person.objects.filter(
            authority__path__startswith=scope_path(request.user) or "",
            grade__startswith="inspector",
        ).defer(*PROTECTED_FIELDS)[:200],
    }
    return render(request, "protection/inspection_detail.html", context)


@login_required
@require_POST
def inspection_action(request, pk, action):
    inspection = _inspection(request.user, pk)
    try:
        if action == "assign":
            require(request.user, "protection.change_inspection")
            inspector = access_person(request.user, request.POST.get("inspector"))
            services.inspection_assign(
                actor=request.user, inspection=inspection, inspector=inspector
            )
        elif action == "note":
            services.file_note_add(
                actor=request.user, inspection=inspection, text=request.POST.get("text", "")
            )
        elif action == "conclude":
            services.inspection_conclude(
                actor=request.user,
                inspection=inspection,
                conclusion=request.POST.get("conclusion", ""),
                on=timezone.localdate(),
            )
        else:
            raise Http404
    except DomainError as exc:
        messages.error(request, f"{exc.message} ({exc.citation})" if exc.citation else exc.message)
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    except PermissionDenied:
        messages.error(
            request,
            _("Only the inspectors and the deciding head work on the file before the conclusion."),
        )
    else:
        messages.success(request, _("Changes saved."))
    return redirect("inspection-detail", pk=inspection.pk)


@login_required
def case_detail(request, pk):
    try:
        case = visible(Case.objects.select_related("authority", "officer"), request.user).get(pk=pk)
    except (Case.DoesNotExist, ValueError):
        raise Http404 from None
    return render(
        request,
        "protection/case_detail.html",
        {
            "case": case,
            "parties": case.parties.all(),
            "inspections": case.inspections.all(),
            "operations": case.operations.all(),
            "rules": services.case_rules(case, timezone.localdate()),
            "language": "vi" if request.LANGUAGE_CODE == "vi" else "en",
        },
    )


@login_required
@require_POST
def case_add(request, pk, what):
    from decimal import Decimal, InvalidOperation

    try:
        case = visible(Case.objects.all(), request.user).get(pk=pk)
    except (Case.DoesNotExist, ValueError):
        raise Http404 from None
    require(request.user, "protection.add_case")
    try:
        if what == "asset":
            services.asset_add(
                actor=request.user,
                case=case,
                description=request.POST.get("description", ""),
                value_at_judgment=Decimal(request.POST.get("value_at_judgment") or "0"),
                value_now=Decimal(request.POST.get("value_now") or "-1"),
                party_requested=request.POST.get("party_requested") == "on",
            )
        elif what == "demand":
            from datetime import date

            services.demand_add(
                actor=request.user,
                case=case,
                received_on=date.fromisoformat(request.POST.get("received_on", "")),
                paid_in_full=request.POST.get("paid_in_full") == "on",
            )
        else:
            raise Http404
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    except (ValueError, InvalidOperation):
        messages.error(request, _("Enter a valid number or date."))
    else:
        messages.success(request, _("Changes saved."))
    return redirect("case-detail", pk=case.pk)


# ---------------------------------------------------------------- incidents


@login_required
def incident_list(request):
    from thads.protection.models import Incident, IncidentKind, IncidentStatus

    require(request.user, "protection.view_incident")
    qs = visible(Incident.objects.select_related("authority", "case"), request.user)
    kind, status = request.GET.get("kind", ""), request.GET.get("status", "")
    if kind:
        qs = qs.filter(kind=kind)
    if status:
        qs = qs.filter(status=status)
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
    from thads.protection.incidents import IncidentForm, incident_report

    require(request.user, "protection.add_incident")
    profile = getattr(request.user, "profile", None)
    if profile is None:
        raise PermissionDenied
    cases = visible(Case.objects.all(), request.user)
    form = IncidentForm(request.POST or None, request.FILES or None, cases=cases)
    if request.method == "POST" and form.is_valid():
        data = {k: v for k, v in form.cleaned_data.items() if k != "evidence"}
        people = [profile.person] if profile.person_id else []
        incident = incident_report(
            actor=request.user,
            authority=profile.authority,
            data=data,
            people=people,
            evidence=form.cleaned_data.get("evidence"),
        )
        messages.success(
            request, _("Incident recorded. Thank you: the protection measures follow.")
        )
        return redirect("incident-detail", pk=incident.pk)
    return render(
        request, "protection/incident_form.html", {"form": form}, status=400 if form.errors else 200
    )


def _incident(user, pk):
    from thads.protection.models import Incident

    try:
        return visible(
            Incident.objects.select_related("authority", "case", "reported_by"), user
        ).get(pk=pk)
    except (Incident.DoesNotExist, ValueError):
        raise Http404 from None


@login_required
def incident_detail(request, pk):
    from thads.protection.models import IncidentStatus

    incident = _incident(request.user, pk)
    if request.method == "POST":
        require(request.user, "protection.change_incident")
        status = request.POST.get("status", "")
        if status not in IncidentStatus.values:
            messages.error(request, _("Choose a status."))
        else:
            incident.status = status
            incident.follow_up = request.POST.get("follow_up", incident.follow_up)
            incident.measures = request.POST.get("measures", incident.measures)
            incident._history_user = request.user
            incident.save()
            messages.success(request, _("Changes saved."))
        return redirect("incident-detail", pk=incident.pk)
    from thads.core.history import entries

    return render(
        request,
        "protection/incident_detail.html",
        {
            "incident": incident,
            "evidence": incident.evidence.all(),
            "people": incident.people.all(),
            "statuses": IncidentStatus.choices,
            "history": list(reversed(entries(incident.history.all()))),
        },
    )


@login_required
def evidence_file(request, pk):
    from django.http import FileResponse

    from thads.protection.models import Evidence

    try:
        evidence = Evidence.objects.select_related("incident").get(pk=pk)
    except (Evidence.DoesNotExist, ValueError):
        raise Http404 from None
    _incident(request.user, evidence.incident_id)
    return FileResponse(evidence.file.open("rb"), as_attachment=True)


@login_required
def incident_dashboard(request):
    from django.utils.safestring import mark_safe

    from thads.protection.incidents import COLOURS, chart_svg, dashboard
    from thads.protection.models import Incident, IncidentKind

    require(request.user, "protection.view_incident")
    today = timezone.localdate()
    months = [
        (
            (today.year * 12 + today.month - 1 - i) // 12,
            (today.year * 12 + today.month - 1 - i) % 12 + 1,
        )
        for i in range(11, -1, -1)
    ]
    data = dashboard(visible(Incident.objects.all(), request.user), months)
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
@require_POST
def operation_new(request, case_pk):
    from datetime import date

    from thads.protection import operations

    try:
        case = visible(Case.objects.all(), request.user).get(pk=case_pk)
    except (Case.DoesNotExist, ValueError):
        raise Http404 from None
    require(request.user, "protection.add_operation")
    try:
        op = operations.operation_plan(
            actor=request.user,
            case=case,
            planned_on=date.fromisoformat(request.POST.get("planned_on", "")),
            place=request.POST.get("place", ""),
            police_officers=int(request.POST.get("police_officers") or 0),
            commune_requested=request.POST.get("commune_requested") == "on",
            power_company_requested=request.POST.get("power_company_requested") == "on",
            other_forces=request.POST.get("other_forces", ""),
            tools_planned=request.POST.get("tools_planned", ""),
        )
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
        return redirect("case-detail", pk=case.pk)
    except ValueError:
        messages.error(request, _("Enter a valid number or date."))
        return redirect("case-detail", pk=case.pk)
    return redirect("operation-detail", pk=op.pk)


def _operation(user, pk):
    from thads.protection.models import Operation

    try:
        return visible(
            Operation.objects.select_related("case__authority"), user, "case__authority"
        ).get(pk=pk)
    except (Operation.DoesNotExist, ValueError):
        raise Http404 from None


@login_required
def operation_detail(request, pk):
    from thads.protection import operations

    op = _operation(request.user, pk)
    if request.method == "POST":
        require(request.user, "protection.change_operation")
        try:
            if request.POST.get("action") == "assess":
                operations.operation_assess(
                    actor=request.user, operation=op, on=timezone.localdate()
                )
            else:
                operations.operation_approve(
                    actor=request.user,
                    operation=op,
                    on=timezone.localdate(),
                    protection_measures=request.POST.get("protection_measures", ""),
                    relatives_protection=request.POST.get("relatives_protection", ""),
                )
        except DomainError as exc:
            messages.error(request, exc.message)
        except ValidationError as exc:
            messages.error(request, " ".join(exc.messages))
        else:
            messages.success(request, _("Changes saved."))
        return redirect("operation-detail", pk=op.pk)
    from thads.core.history import entries

    return render(
        request,
        "protection/operation_detail.html",
        {"op": op, "history": list(reversed(entries(op.history.all())))},
    )
