"""Support tool services (Art. 74–77): receive into stock, hand over to an enforcement officer
with a receipt, take back, inspect and grade every year, propose disposal, record it.

Nothing disappears: a serial-numbered tool is always in stock, handed to someone, or disposed
of; counted tools move between the stock and handovers, and every change is in history.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext_lazy as _

from thads.core.errors import DomainError
from thads.core.history import save_with_history
from thads.core.numbering import next_number
from thads.equipment.errors import EquipmentError
from thads.equipment.models import (
    COUNTED_KINDS,
    SERIAL_KINDS,
    Disposal,
    Handover,
    HandoverLine,
    ToolCondition,
    ToolItem,
    ToolStatus,
    ToolStock,
)
from thads.equipment.selectors import EQUIPPED_LEVELS, acts_for_director_general
from thads.organization.models import Authority, Level
from thads.people.models import Person
from thads.rules.citations import cite
from thads.rules.engine import evaluate

ART_74_1 = cite(74, 1)
ART_77_1 = cite(77, 1)

ERR_NOT_EQUIPPED = _(
    "Only provincial departments, district or regional offices and military-region offices are "
    "equipped."
)
ERR_SERIAL = _("A baton, glove or gun is received with its serial number.")
ERR_QUANTITY = _("Give a quantity of at least 1.")
ERR_NOT_IN_STOCK = _("This tool is not in this authority's stock.")
ERR_SHORT = _("Not enough in stock.")
ERR_RECIPIENT_ELSEWHERE = _("The recipient does not work in this authority.")
ERR_NOTHING = _("Choose at least one tool.")
ERR_RETURNED = _("This handover has already been returned.")
ERR_NOT_BEYOND_REPAIR = _("Only tools graded beyond repair and in stock can be disposed of.")


@transaction.atomic
def tool_receive(
    *, actor, authority: Authority, kind: str, serial: str = "", quantity: int = 1
) -> object:
    if authority.level not in EQUIPPED_LEVELS:
        raise DomainError(EquipmentError.NOT_EQUIPPED, str(ERR_NOT_EQUIPPED), citation=ART_74_1)
    if kind in SERIAL_KINDS:
        if not serial.strip():
            raise ValidationError({"serial": [ERR_SERIAL]})
        item = ToolItem(authority=authority, kind=kind, serial=serial.strip())
        item.full_clean()
        return save_with_history(item, actor)
    if kind not in COUNTED_KINDS:
        raise ValidationError({"kind": [_("Unknown kind of tool.")]})
    if quantity < 1:
        raise ValidationError({"quantity": [ERR_QUANTITY]})
    stock, _created = ToolStock.objects.select_for_update().get_or_create(
        authority=authority, kind=kind
    )
    stock.quantity += quantity
    return save_with_history(stock, actor)


def _receipt_number(authority: Authority, on: date) -> str:
    def highest() -> int:
        return Handover.objects.filter(authority=authority, handed_on__year=on.year).count()

    n = next_number(f"receipt:{authority.code}", period=on.year, start_after=highest)
    return f"{n:03d}/{on.year}/PGN-{authority.code}"


@transaction.atomic
def tool_handover(
    *,
    actor,
    authority: Authority,
    recipient: Person,
    on: date,
    purpose: str,
    items: Sequence[ToolItem] = (),
    quantities: dict[str, int] | None = None,
) -> Handover:
    """Hand tools to an enforcement officer for duty, with a list and a receipt (Art. 75.2)."""
    answer = evaluate("support_tool.recipient", {"grade": recipient.grade}, on)
    if not answer["outcome"]["may_receive"]:
        r = answer["reasons"][0]
        raise DomainError(r["code"], r["vi"], citation=r["citation"], field="recipient")
    if not recipient.authority.path.startswith(authority.path):
        raise DomainError(
            EquipmentError.RECIPIENT_ELSEWHERE, str(ERR_RECIPIENT_ELSEWHERE), field="recipient"
        )
    quantities = {k: v for k, v in (quantities or {}).items() if v}
    if not items and not quantities:
        raise ValidationError({"items": [ERR_NOTHING]})
    handover = save_with_history(
        Handover(
            authority=authority,
            number=_receipt_number(authority, on),
            recipient=recipient,
            handed_on=on,
            purpose=purpose.strip(),
        ),
        actor,
    )
    for item in ToolItem.objects.select_for_update().filter(pk__in=[i.pk for i in items]):
        if item.authority_id != authority.pk or item.status != ToolStatus.IN_STOCK:
            raise DomainError(EquipmentError.NOT_IN_STOCK, str(ERR_NOT_IN_STOCK), field="items")
        item.status = ToolStatus.ISSUED
        save_with_history(item, actor)
        HandoverLine.objects.create(handover=handover, kind=item.kind, item=item, quantity=1)
    for kind, quantity in quantities.items():
        stock = ToolStock.objects.select_for_update().filter(authority=authority, kind=kind).first()
        if stock is None or quantity < 0 or stock.quantity < quantity:
            raise DomainError(EquipmentError.SHORT, str(ERR_SHORT), field=f"quantity_{kind}")
        stock.quantity -= quantity
        save_with_history(stock, actor)
        HandoverLine.objects.create(handover=handover, kind=kind, quantity=quantity)
    return handover


@transaction.atomic
def tool_return(
    *, actor, handover: Handover, on: date, returned: dict[str, int] | None = None
) -> Handover:
    """Take the tools back: serial tools into stock; counted tools as many as come back."""
    handover = Handover.objects.select_for_update().get(pk=handover.pk)
    if handover.returned_on:
        raise DomainError(EquipmentError.ALREADY_RETURNED, str(ERR_RETURNED))
    returned = returned or {}
    for line in handover.lines.select_related("item"):
        if line.item is not None:
            line.item.status = ToolStatus.IN_STOCK
            save_with_history(line.item, actor)
            line.returned_quantity = 1
        else:
            back = min(max(returned.get(line.kind, line.quantity), 0), line.quantity)
            stock = ToolStock.objects.select_for_update().get(
                authority=handover.authority, kind=line.kind
            )
            stock.quantity += back
            save_with_history(stock, actor)
            line.returned_quantity = back
        line.save()
    handover.returned_on = on
    return save_with_history(handover, actor)


@transaction.atomic
def tool_inspect(*, actor, item: ToolItem, condition: str, on: date) -> ToolItem:
    """The annual inspection grades every tool (Art. 77.1)."""
    if condition not in ToolCondition.values:
        raise ValidationError({"condition": [_("Choose a grade.")]})
    item = ToolItem.objects.select_for_update().get(pk=item.pk)
    item.condition = condition
    item.inspected_on = on
    return save_with_history(item, actor)


@transaction.atomic
def tool_dispose(*, actor, item: ToolItem, disposal: str, on: date) -> ToolItem:
    item = ToolItem.objects.select_for_update().get(pk=item.pk)
    if item.condition != ToolCondition.BEYOND_REPAIR or item.status != ToolStatus.IN_STOCK:
        raise DomainError(
            EquipmentError.NOT_BEYOND_REPAIR, str(ERR_NOT_BEYOND_REPAIR), citation=ART_77_1
        )
    if disposal not in Disposal.values:
        raise ValidationError({"disposal": [_("Choose liquidation or destruction.")]})
    item.status = ToolStatus.DISPOSED
    item.disposal = disposal
    item.disposed_on = on
    return save_with_history(item, actor)


# ---------------------------------------------------------------- the annual plan (Art. 75.1)

ART_75_1 = cite(75, 1)
ERR_PLAN_STATE = _("This plan can no longer be changed at this step.")
ERR_NOT_PROVINCE = _(
    "The plan is drawn up by a provincial department for itself and the offices under it."
)
ERR_OUTSIDE_PROVINCE = _("This authority is not in the province.")
ERR_NOT_IN_YEAR = _("This authority does not exist in the plan's year.")
ERR_DIRECTOR_GENERAL = _("Only the Director General decides the quantities and kinds.")
ERR_EMPTY_PLAN = _("The plan has no line.")


@transaction.atomic
def tool_plan_line(
    *, actor, province: Authority, year: int, authority: Authority, kind: str, requested: int
):
    """Add or change a line of the province's draft plan for `year`."""
    from thads.equipment.models import PlanStatus, ToolPlan, ToolPlanLine

    if province.level != Level.PROVINCIAL:
        raise DomainError(EquipmentError.NOT_PROVINCE, str(ERR_NOT_PROVINCE), citation=ART_75_1)
    if not authority.path.startswith(province.path) or authority.level not in EQUIPPED_LEVELS:
        raise ValidationError({"authority": [ERR_OUTSIDE_PROVINCE]})
    if authority.valid_from > date(year, 12, 31) or (
        authority.valid_to is not None and authority.valid_to < date(year, 1, 1)
    ):
        raise ValidationError({"authority": [ERR_NOT_IN_YEAR]})
    if kind not in (*SERIAL_KINDS, *COUNTED_KINDS):
        raise ValidationError({"kind": [_("Unknown kind of tool.")]})
    if requested < 0:
        raise ValidationError({"requested": [ERR_QUANTITY]})
    plan, _created = ToolPlan.objects.select_for_update().get_or_create(
        province=province, year=year
    )
    if plan.status != PlanStatus.DRAFT:
        raise DomainError(EquipmentError.PLAN_STATE, str(ERR_PLAN_STATE), citation=ART_75_1)
    line, _created = ToolPlanLine.objects.get_or_create(
        plan=plan, authority=authority, kind=kind, defaults={"requested": requested}
    )
    line.requested = requested
    return save_with_history(line, actor)


@transaction.atomic
def tool_plan_submit(*, actor, plan, on: date):
    from thads.equipment.models import PlanStatus, ToolPlan

    plan = ToolPlan.objects.select_for_update().get(pk=plan.pk)
    if plan.status != PlanStatus.DRAFT:
        raise DomainError(EquipmentError.PLAN_STATE, str(ERR_PLAN_STATE), citation=ART_75_1)
    if not plan.lines.exists():
        raise DomainError(EquipmentError.EMPTY_PLAN, str(ERR_EMPTY_PLAN), citation=ART_75_1)
    plan.status, plan.submitted_on = PlanStatus.SUBMITTED, on
    return save_with_history(plan, actor)


@transaction.atomic
def tool_plan_decide(*, actor, plan, on: date, decided: dict[int, int]):
    """The Director General decides quantity and kind line by line (Art. 75.1)."""
    from thads.equipment.models import PlanStatus, ToolPlan

    if not acts_for_director_general(actor):
        raise DomainError(
            EquipmentError.NOT_DIRECTOR_GENERAL, str(ERR_DIRECTOR_GENERAL), citation=ART_75_1
        )
    plan = ToolPlan.objects.select_for_update().get(pk=plan.pk)
    if plan.status != PlanStatus.SUBMITTED:
        raise DomainError(EquipmentError.PLAN_STATE, str(ERR_PLAN_STATE), citation=ART_75_1)
    for line in plan.lines.all():
        quantity = decided.get(line.pk, line.requested)
        if quantity < 0:
            raise ValidationError({f"decided_{line.pk}": [ERR_QUANTITY]})
        line.decided = quantity
        save_with_history(line, actor)
    plan.status, plan.decided_on = PlanStatus.DECIDED, on
    return save_with_history(plan, actor)


@transaction.atomic
def disposal_report(*, actor, province: Authority, year: int, on: date):
    """Report the year's liquidations and destructions to the Director General (Art. 77.1)."""
    from thads.equipment.models import DisposalReport

    if province.level != Level.PROVINCIAL:
        raise DomainError(EquipmentError.NOT_PROVINCE, str(ERR_NOT_PROVINCE), citation=ART_77_1)
    done = ToolItem.objects.filter(
        authority__path__startswith=province.path,
        status=ToolStatus.DISPOSED,
        disposed_on__year=year,
    )
    report, _created = DisposalReport.objects.get_or_create(
        province=province,
        year=year,
        defaults={"reported_on": on, "liquidated": 0, "destroyed": 0},
    )
    report.reported_on = on
    report.liquidated = done.filter(disposal=Disposal.LIQUIDATION).count()
    report.destroyed = done.filter(disposal=Disposal.DESTRUCTION).count()
    return save_with_history(report, actor)


@transaction.atomic
def tools_pass_to_successor(
    *, actor, from_authority: Authority, to_authority: Authority
) -> list[str]:
    """A reorganisation: the tools of an abolished authority pass to its successor. Serial
    tools not disposed of change authority; counted stock is added to the successor's. Past
    handovers and disposals stay with the authority that made them. Returns what moved."""
    moved = []
    items = ToolItem.objects.select_for_update().filter(authority=from_authority)
    for item in items.exclude(status=ToolStatus.DISPOSED):
        item.authority = to_authority
        save_with_history(item, actor)
        moved.append(str(item))
    for stock in ToolStock.objects.select_for_update().filter(
        authority=from_authority, quantity__gt=0
    ):
        target, _created = ToolStock.objects.select_for_update().get_or_create(
            authority=to_authority, kind=stock.kind
        )
        target.quantity += stock.quantity
        save_with_history(target, actor)
        moved.append(str(stock))
        stock.quantity = 0
        save_with_history(stock, actor)
    return moved


# ---------------------------------------------------------------- reorganisation (2025)


@transaction.atomic
def equipment_move_to_successor(
    *, actor, from_authority: Authority, to_authority: Authority, reason: str = ""
) -> dict[str, int]:
    """Hand an abolished authority's support tools to its successor (the 2025 reorganisation:
    a district office's to its regional office, a provincial department's to the provincial
    agency). Serial tools in stock or out on duty change authority; counted stock is added to
    the successor's; handovers not yet returned follow, so that tools come back to the
    successor's stock. Disposed tools stay where they were disposed of. Every row keeps its
    history, with `reason` (the act's reference) as the change reason.

    Returns how many rows moved: {"items", "stock", "handovers"}."""
    if to_authority.level not in EQUIPPED_LEVELS:
        raise DomainError(EquipmentError.NOT_EQUIPPED, str(ERR_NOT_EQUIPPED), citation=ART_74_1)

    def save(obj: Any) -> None:
        obj._change_reason = reason[:100]  # read by django-simple-history
        save_with_history(obj, actor)

    moved = {"items": 0, "stock": 0, "handovers": 0}
    items = ToolItem.objects.select_for_update().filter(authority=from_authority)
    for item in items.exclude(status=ToolStatus.DISPOSED):
        item.authority = to_authority
        save(item)
        moved["items"] += 1
    for stock in ToolStock.objects.select_for_update().filter(authority=from_authority):
        if stock.quantity == 0:
            continue
        target, _created = ToolStock.objects.select_for_update().get_or_create(
            authority=to_authority, kind=stock.kind
        )
        target.quantity += stock.quantity
        stock.quantity = 0
        save(stock)
        save(target)
        moved["stock"] += 1
    open_handovers = Handover.objects.select_for_update().filter(
        authority=from_authority, returned_on__isnull=True
    )
    for handover in open_handovers:
        handover.authority = to_authority
        save(handover)
        moved["handovers"] += 1
    return moved
