"""Support tool pages (Art. 74–77): stock, receive, hand over with a receipt, return, inspect,
disposal proposal. Every page goes through the access funnel."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from thads.core.access import require, scope_path
from thads.core.errors import DomainError
from thads.equipment import tools
from thads.equipment.models import (
    COUNTED_KINDS,
    SERIAL_KINDS,
    Disposal,
    Handover,
    ToolCondition,
    ToolItem,
    ToolKind,
)
from thads.organization.models import Authority
from thads.organization.selectors import access_authority, authorities_visible_to
from thads.people.selectors import access_person


def _authority(request) -> Authority | None:
    if request.GET.get("authority") or request.POST.get("authority"):
        return access_authority(
            request.user, request.GET.get("authority") or request.POST.get("authority")
        )
    path = scope_path(request.user)
    if path:
        own = Authority.objects.get(path=path)
        if own.level in tools.EQUIPPED_LEVELS:
            return own
    return None


def _refuse(request, exc) -> None:
    if isinstance(exc, DomainError):
        messages.error(request, exc.message + (f" ({exc.citation})" if exc.citation else ""))
    else:
        messages.error(request, " ".join(str(m) for m in exc.messages))


def _back(authority) -> HttpResponse:
    return redirect(f"{reverse('tool-stock')}?authority={authority.pk}")


@login_required
def tool_stock(request):
    require(request.user, "equipment.view_toolitem")
    authority = _authority(request)
    choices = (
        authorities_visible_to(request.user)
        .filter(level__in=tools.EQUIPPED_LEVELS)
        .valid_on(timezone.localdate())
    )
    context = {
        "authority": authority,
        "choices": choices,
        "kinds": ToolKind.choices,
        "serial_kinds": SERIAL_KINDS,
        "counted_kinds": COUNTED_KINDS,
        "conditions": ToolCondition.choices,
    }
    if authority is not None:
        from thads.people.models import PROTECTED_FIELDS, Person

        context.update(
            items=authority.tools.exclude(status="disposed").select_related("authority"),
            stock=authority.tool_stock.all(),
            handovers=authority.handovers.select_related("recipient")[:50],
            staff=Person.objects.filter(authority=authority)
            .defer(*PROTECTED_FIELDS)
            .order_by("search_name"),
            in_stock=authority.tools.filter(status="in_stock").exclude(condition="beyond_repair"),
        )
    return render(request, "equipment/tool_stock.html", context)


@login_required
@require_POST
def tool_receive(request):
    authority = access_authority(
        request.user, request.POST.get("authority"), perm="equipment.add_toolitem"
    )
    try:
        tools.tool_receive(
            actor=request.user,
            authority=authority,
            kind=request.POST.get("kind", ""),
            serial=request.POST.get("serial", ""),
            quantity=int(request.POST.get("quantity") or 1),
        )
    except (DomainError, ValidationError) as exc:
        _refuse(request, exc)
    except ValueError:
        messages.error(request, _("Give a quantity of at least 1."))
    else:
        messages.success(request, _("Received into stock."))
    return _back(authority)


@login_required
@require_POST
def tool_handover(request):
    authority = access_authority(
        request.user, request.POST.get("authority"), perm="equipment.add_handover"
    )
    try:
        recipient = access_person(request.user, request.POST.get("recipient"))
        items = list(
            ToolItem.objects.filter(pk__in=request.POST.getlist("items"), authority=authority)
        )
        quantities = {k: int(request.POST.get(f"quantity_{k}") or 0) for k in COUNTED_KINDS}
        handover = tools.tool_handover(
            actor=request.user,
            authority=authority,
            recipient=recipient,
            on=timezone.localdate(),
            purpose=request.POST.get("purpose", ""),
            items=items,
            quantities=quantities,
        )
    except Http404:
        messages.error(request, _("Choose the recipient."))
    except (DomainError, ValidationError) as exc:
        _refuse(request, exc)
    except ValueError:
        messages.error(request, _("Give a quantity of at least 1."))
    else:
        messages.success(request, _("Handover %(n)s recorded.") % {"n": handover.number})
        return redirect("tool-handover-detail", pk=handover.pk)
    return _back(authority)


def _handover(request, pk, perm="equipment.view_handover") -> Handover:
    try:
        handover = Handover.objects.select_related("authority", "recipient__authority").get(pk=pk)
    except (Handover.DoesNotExist, ValueError):
        raise Http404 from None
    access_authority(request.user, handover.authority_id, perm=perm)
    return handover


def _lines(handover):
    return [
        {
            "kind_label": line.get_kind_display(),
            "serial": line.item.serial if line.item else "",
            "quantity": line.quantity,
            "returned": line.returned_quantity,
        }
        for line in handover.lines.select_related("item")
    ]


@login_required
def handover_detail(request, pk):
    handover = _handover(request, pk)
    return render(
        request, "equipment/handover_detail.html", {"handover": handover, "lines": _lines(handover)}
    )


@login_required
def handover_receipt(request, pk):
    from thads.documents.pdf import render_pdf, vietnamese_date

    handover = _handover(request, pk)
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
        "lines": _lines(handover),
    }
    response = HttpResponse(
        render_pdf("documents/handover_receipt.html", context), content_type="application/pdf"
    )
    response["Content-Disposition"] = f'inline; filename="phieu-giao-nhan-{handover.pk}.pdf"'
    return response


@login_required
@require_POST
def handover_return(request, pk):
    handover = _handover(request, pk, perm="equipment.change_handover")
    try:
        tools.tool_return(actor=request.user, handover=handover, on=timezone.localdate())
    except DomainError as exc:
        _refuse(request, exc)
    else:
        messages.success(request, _("Tools taken back into stock."))
    return redirect("tool-handover-detail", pk=handover.pk)


def _item(request, pk) -> ToolItem:
    try:
        item = ToolItem.objects.get(pk=pk)
    except (ToolItem.DoesNotExist, ValueError):
        raise Http404 from None
    access_authority(request.user, item.authority_id, perm="equipment.change_toolitem")
    return item


@login_required
@require_POST
def tool_inspect(request, pk):
    item = _item(request, pk)
    try:
        tools.tool_inspect(
            actor=request.user,
            item=item,
            condition=request.POST.get("condition", ""),
            on=timezone.localdate(),
        )
    except ValidationError as exc:
        _refuse(request, exc)
    return _back(item.authority)


@login_required
def disposal_proposal(request):
    require(request.user, "equipment.view_toolitem")
    province = _authority(request)
    if province is None or province.level != "provincial":
        provinces = authorities_visible_to(request.user).filter(level="provincial")
        return render(
            request, "equipment/disposal.html", {"provinces": provinces, "province": None}
        )
    return render(
        request,
        "equipment/disposal.html",
        {
            "province": province,
            "items": tools.disposal_proposal(province),
            "disposals": Disposal.choices,
            "reports": province.disposal_reports.order_by("-year"),
        },
    )


@login_required
@require_POST
def tool_dispose(request, pk):
    item = _item(request, pk)
    try:
        tools.tool_dispose(
            actor=request.user,
            item=item,
            disposal=request.POST.get("disposal", ""),
            on=timezone.localdate(),
        )
    except (DomainError, ValidationError) as exc:
        _refuse(request, exc)
    else:
        messages.success(request, _("Disposal recorded."))
    province = item.authority if item.authority.level == "provincial" else item.authority.parent
    return redirect(f"{reverse('tool-disposal')}?authority={province.pk}")


# ---------------------------------------------------------------- the annual plan (Art. 75.1)


@login_required
def plan_list(request):
    from thads.equipment.models import ToolPlan

    require(request.user, "equipment.view_toolplan")
    year = _year(request)
    provinces = (
        authorities_visible_to(request.user)
        .filter(level="provincial")
        .valid_on(timezone.localdate())
    )
    plans = {p.province_id: p for p in ToolPlan.objects.filter(year=year, province__in=provinces)}
    rows = [{"province": p, "plan": plans.get(p.pk)} for p in provinces.order_by("path")]
    return render(request, "equipment/plan_list.html", {"year": year, "rows": rows})


def _year(request) -> int:
    try:
        year = int(
            request.GET.get("year") or request.POST.get("year") or timezone.localdate().year + 1
        )
    except ValueError:
        raise Http404 from None
    if not 2000 <= year <= 2100:
        raise Http404
    return year


@login_required
def plan_detail(request, province_pk, year):
    from thads.equipment.models import ToolPlan

    province = access_authority(request.user, province_pk, perm="equipment.view_toolplan")
    if province.level != "provincial":
        raise Http404
    plan = ToolPlan.objects.filter(province=province, year=year).first()
    lines = (
        plan.lines.select_related("authority").order_by("authority__path", "kind") if plan else []
    )
    if request.method == "POST":
        action = request.POST.get("action")
        try:
            if action == "line":
                require(request.user, "equipment.add_toolplan")
                tools.tool_plan_line(
                    actor=request.user,
                    province=province,
                    year=year,
                    authority=access_authority(request.user, request.POST.get("authority")),
                    kind=request.POST.get("kind", ""),
                    requested=int(request.POST.get("requested") or 0),
                )
            elif action == "submit" and plan:
                require(request.user, "equipment.add_toolplan")
                tools.tool_plan_submit(actor=request.user, plan=plan, on=timezone.localdate())
            elif action == "decide" and plan:
                decided = {
                    line.pk: int(request.POST.get(f"decided_{line.pk}") or line.requested)
                    for line in lines
                }
                tools.tool_plan_decide(
                    actor=request.user, plan=plan, on=timezone.localdate(), decided=decided
                )
            else:
                raise Http404
        except (DomainError, ValidationError) as exc:
            _refuse(request, exc)
        except ValueError:
            messages.error(request, _("Give a quantity of at least 1."))
        else:
            messages.success(request, _("Changes saved."))
        return redirect("tool-plan-detail", province_pk=province.pk, year=year)
    return render(
        request,
        "equipment/plan_detail.html",
        {
            "province": province,
            "year": year,
            "plan": plan,
            "lines": lines,
            "authorities": authorities_visible_to(request.user).filter(
                path__startswith=province.path, level__in=tools.EQUIPPED_LEVELS
            ),
            "kinds": ToolKind.choices,
            "can_decide": tools._acts_for_central(request.user),
        },
    )


@login_required
@require_POST
def disposal_report_view(request):
    province = access_authority(
        request.user, request.POST.get("authority"), perm="equipment.add_disposalreport"
    )
    try:
        report = tools.disposal_report(
            actor=request.user, province=province, year=_year(request), on=timezone.localdate()
        )
    except DomainError as exc:
        _refuse(request, exc)
    else:
        messages.success(
            request,
            _("Reported to the Director General: %(l)s liquidated, %(d)s destroyed.")
            % {"l": report.liquidated, "d": report.destroyed},
        )
    return redirect(f"{reverse('tool-disposal')}?authority={province.pk}")
