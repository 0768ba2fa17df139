"""Support tool pages (Art. 74–77): stock, receive, hand over with a receipt, take back,
inspect, disposal proposal and report, and the annual plan — one view per step.

Every record comes through the access funnel (`thads.equipment.selectors`); a step that is
refused or badly filled in shows its page again with the reason and status 400.
"""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST, require_safe

from thads.core.access import require
from thads.core.errors import DomainError
from thads.equipment import selectors, tools
from thads.equipment.forms import (
    DisposalReportForm,
    DisposeForm,
    HandoverForm,
    InspectForm,
    PlanDecideForm,
    PlanLineForm,
    ToolReceiveForm,
    errors_text,
)
from thads.equipment.models import COUNTED_KINDS, SERIAL_KINDS, Disposal, ToolCondition, ToolKind
from thads.organization.models import Level
from thads.organization.selectors import access_authority, authorities_visible_to
from thads.people.selectors import people_visible_to


def _refuse(request, exc: DomainError | ValidationError | str) -> None:
    if isinstance(exc, DomainError):
        messages.error(request, exc.message + (f" ({exc.citation})" if exc.citation else ""))
    elif isinstance(exc, ValidationError):
        messages.error(request, " ".join(str(m) for m in exc.messages))
    else:
        messages.error(request, exc)


def _year(value, default: int) -> int:
    """A year of the plan pages: 404 for anything but a year between 2000 and 2100."""
    try:
        year = int(value or default)
    except ValueError:
        raise Http404 from None
    if not 2000 <= year <= 2100:
        raise Http404
    return year


# ---------------------------------------------------------------- stock, receive, hand over


def _stock_page(request, authority, *, status: int = 200) -> HttpResponse:
    context = {
        "authority": authority,
        "choices": selectors.equipped_authorities_visible_to(request.user, timezone.localdate()),
        "kinds": ToolKind.choices,
        "serial_kinds": SERIAL_KINDS,
        "counted_kinds": COUNTED_KINDS,
        "conditions": ToolCondition.choices,
    }
    if authority is not None:
        context.update(selectors.tool_stock_of(request.user, authority))
    return render(request, "equipment/tool_stock.html", context, status=status)


def _back(authority) -> HttpResponse:
    return redirect(f"{reverse('tool-stock')}?authority={authority.pk}")


@login_required
@require_safe
def tool_stock(request):
    require(request.user, "equipment.view_toolitem")
    if request.GET.get("authority"):
        authority = access_authority(request.user, request.GET["authority"])
    else:
        authority = selectors.own_equipped_authority(request.user)
    return _stock_page(request, authority)


@login_required
@require_POST
def tool_receive(request):
    require(request.user, "equipment.add_toolitem")  # the same 403 whatever authority is named
    authority = access_authority(
        request.user, request.POST.get("authority"), perm="equipment.add_toolitem"
    )
    form = ToolReceiveForm(request.POST)
    if not form.is_valid():
        _refuse(request, errors_text(form))
        return _stock_page(request, authority, status=400)
    try:
        tools.tool_receive(actor=request.user, authority=authority, **form.cleaned_data)
    except (DomainError, ValidationError) as exc:
        _refuse(request, exc)
        return _stock_page(request, authority, status=400)
    messages.success(request, _("Received into stock."))
    return _back(authority)


@login_required
@require_POST
def tool_handover(request):
    require(request.user, "equipment.add_handover")  # the same 403 whatever authority is named
    authority = access_authority(
        request.user, request.POST.get("authority"), perm="equipment.add_handover"
    )
    form = HandoverForm(
        request.POST,
        people=people_visible_to(request.user),
        items=selectors.tool_items_visible_to(request.user).filter(authority=authority),
    )
    if not form.is_valid():
        _refuse(request, errors_text(form))
        return _stock_page(request, authority, status=400)
    try:
        handover = tools.tool_handover(
            actor=request.user,
            authority=authority,
            recipient=form.cleaned_data["recipient"],
            on=timezone.localdate(),
            purpose=form.cleaned_data["purpose"],
            items=list(form.cleaned_data["items"]),
            quantities=form.quantities(),
        )
    except (DomainError, ValidationError) as exc:
        _refuse(request, exc)
        return _stock_page(request, authority, status=400)
    messages.success(request, _("Handover %(n)s recorded.") % {"n": handover.number})
    return redirect("tool-handover-detail", pk=handover.pk)


# ---------------------------------------------------------------- handovers


def _handover_page(request, handover, *, status: int = 200) -> HttpResponse:
    context = {"handover": handover, "lines": selectors.handover_lines(handover)}
    return render(request, "equipment/handover_detail.html", context, status=status)


@login_required
@require_safe
def handover_detail(request, pk):
    return _handover_page(request, selectors.access_handover(request.user, pk))


@login_required
@require_safe
def handover_receipt(request, pk):
    from thads.documents.pdf import render_pdf, vietnamese_date

    handover = selectors.access_handover(request.user, pk)
    context = {
        "authority": handover.authority.name,
        "parent_authority": handover.authority.parent.name if handover.authority.parent else "",
        "number": handover.number,
        "place_date": vietnamese_date(
            handover.authority.province_name.replace("Thành phố ", "").replace("Tỉnh ", "")
            or "Hà Nội",
            handover.handed_on,
        ),
        "handover": handover,
        "lines": selectors.handover_lines(handover),
    }
    response = HttpResponse(
        render_pdf("documents/handover_receipt.html", context), content_type="application/pdf"
    )
    response["Content-Disposition"] = f'inline; filename="phieu-giao-nhan-{handover.pk}.pdf"'
    return response


@login_required
@require_POST
def handover_return(request, pk):
    handover = selectors.access_handover(request.user, pk, perm="equipment.change_handover")
    try:
        tools.tool_return(actor=request.user, handover=handover, on=timezone.localdate())
    except DomainError as exc:
        _refuse(request, exc)
        return _handover_page(request, handover, status=400)
    messages.success(request, _("Tools taken back into stock."))
    return redirect("tool-handover-detail", pk=handover.pk)


# ---------------------------------------------------------------- inspection and disposal


@login_required
@require_POST
def tool_inspect(request, pk):
    item = selectors.access_tool_item(request.user, pk, perm="equipment.change_toolitem")
    form = InspectForm(request.POST)
    if not form.is_valid():
        _refuse(request, errors_text(form))
        return _stock_page(request, item.authority, status=400)
    tools.tool_inspect(
        actor=request.user,
        item=item,
        condition=form.cleaned_data["condition"],
        on=timezone.localdate(),
    )
    return _back(item.authority)


def _disposal_page(request, province, *, status: int = 200) -> HttpResponse:
    context: dict[str, object]
    if province is None or province.level != Level.PROVINCIAL:
        provinces = (
            authorities_visible_to(request.user)
            .filter(level=Level.PROVINCIAL)
            .valid_on(timezone.localdate())
        )
        context = {"provinces": provinces, "province": None}
    else:
        context = {
            "province": province,
            "items": selectors.disposal_proposal(request.user, province),
            "disposals": Disposal.choices,
            "reports": selectors.disposal_reports_visible_to(request.user)
            .filter(province=province)
            .order_by("-year"),
        }
    return render(request, "equipment/disposal.html", context, status=status)


def _disposal_back(province) -> HttpResponse:
    return redirect(f"{reverse('tool-disposal')}?authority={province.pk}")


@login_required
@require_safe
def disposal_proposal(request):
    require(request.user, "equipment.view_toolitem")
    if request.GET.get("authority"):
        province = access_authority(request.user, request.GET["authority"])
    else:
        province = selectors.own_equipped_authority(request.user)
    return _disposal_page(request, province)


@login_required
@require_POST
def tool_dispose(request, pk):
    item = selectors.access_tool_item(request.user, pk, perm="equipment.change_toolitem")
    province = item.authority if item.authority.level == Level.PROVINCIAL else item.authority.parent
    form = DisposeForm(request.POST)
    if not form.is_valid():
        _refuse(request, errors_text(form))
        return _disposal_page(request, province, status=400)
    try:
        tools.tool_dispose(
            actor=request.user,
            item=item,
            disposal=form.cleaned_data["disposal"],
            on=timezone.localdate(),
        )
    except (DomainError, ValidationError) as exc:
        _refuse(request, exc)
        return _disposal_page(request, province, status=400)
    messages.success(request, _("Disposal recorded."))
    return _disposal_back(province)


@login_required
@require_POST
def disposal_report(request):
    require(
        request.user, "equipment.add_disposalreport"
    )  # the same 403 whatever authority is named
    province = access_authority(
        request.user, request.POST.get("authority"), perm="equipment.add_disposalreport"
    )
    form = DisposalReportForm(request.POST)
    if not form.is_valid():
        _refuse(request, errors_text(form))
        return _disposal_page(request, province, status=400)
    try:
        report = tools.disposal_report(
            actor=request.user,
            province=province,
            year=form.cleaned_data["year"],
            on=timezone.localdate(),
        )
    except DomainError as exc:
        _refuse(request, exc)
        return _disposal_page(request, province, status=400)
    messages.success(
        request,
        _("Reported to the Director General: %(l)s liquidated, %(d)s destroyed.")
        % {"l": report.liquidated, "d": report.destroyed},
    )
    return _disposal_back(province)


# ---------------------------------------------------------------- the annual plan (Art. 75.1)


@login_required
@require_safe
def plan_list(request):
    require(request.user, "equipment.view_toolplan")
    today = timezone.localdate()
    year = _year(request.GET.get("year"), today.year + 1)
    rows = selectors.tool_plan_rows(request.user, year, today)
    return render(request, "equipment/plan_list.html", {"year": year, "rows": rows})


def _plan_province(request, province_pk, year, *, perm: str):
    """The provincial department whose plan is shown (404 outside the scope or for another
    level), and the year."""
    province = access_authority(request.user, province_pk, perm=perm)
    if province.level != Level.PROVINCIAL:
        raise Http404
    return province, _year(year, year)


def _plan_page(request, province, year, *, status: int = 200) -> HttpResponse:
    plan = selectors.tool_plan_of(request.user, province, year)
    context = {
        "province": province,
        "year": year,
        "plan": plan,
        "lines": selectors.tool_plan_lines(plan),
        "authorities": selectors.plan_authorities(request.user, province, year),
        "kinds": ToolKind.choices,
        "can_decide": selectors.acts_for_director_general(request.user),
    }
    return render(request, "equipment/plan_detail.html", context, status=status)


def _plan_back(province, year) -> HttpResponse:
    return redirect("tool-plan-detail", province_pk=province.pk, year=year)


@login_required
@require_safe
def plan_detail(request, province_pk, year):
    province, year = _plan_province(request, province_pk, year, perm="equipment.view_toolplan")
    return _plan_page(request, province, year)


@login_required
@require_POST
def plan_line(request, province_pk, year):
    province, year = _plan_province(request, province_pk, year, perm="equipment.add_toolplan")
    form = PlanLineForm(
        request.POST, authorities=selectors.plan_authorities(request.user, province, year)
    )
    if not form.is_valid():
        _refuse(request, errors_text(form))
        return _plan_page(request, province, year, status=400)
    try:
        tools.tool_plan_line(actor=request.user, province=province, year=year, **form.cleaned_data)
    except (DomainError, ValidationError) as exc:
        _refuse(request, exc)
        return _plan_page(request, province, year, status=400)
    messages.success(request, _("Changes saved."))
    return _plan_back(province, year)


@login_required
@require_POST
def plan_submit(request, province_pk, year):
    province, year = _plan_province(request, province_pk, year, perm="equipment.add_toolplan")
    plan = selectors.tool_plan_of(request.user, province, year)
    if plan is None:
        raise Http404
    try:
        tools.tool_plan_submit(actor=request.user, plan=plan, on=timezone.localdate())
    except DomainError as exc:
        _refuse(request, exc)
        return _plan_page(request, province, year, status=400)
    messages.success(request, _("Changes saved."))
    return _plan_back(province, year)


@login_required
@require_POST
def plan_decide(request, province_pk, year):
    province, year = _plan_province(request, province_pk, year, perm="equipment.change_toolplan")
    plan = selectors.tool_plan_of(request.user, province, year)
    if plan is None:
        raise Http404
    form = PlanDecideForm(request.POST, lines=selectors.tool_plan_lines(plan))
    if not form.is_valid():
        _refuse(request, errors_text(form))
        return _plan_page(request, province, year, status=400)
    try:
        tools.tool_plan_decide(
            actor=request.user, plan=plan, on=timezone.localdate(), decided=form.decided()
        )
    except (DomainError, ValidationError) as exc:
        _refuse(request, exc)
        return _plan_page(request, province, year, status=400)
    messages.success(request, _("Changes saved."))
    return _plan_back(province, year)
