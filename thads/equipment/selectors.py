"""Read-only questions of the equipment app, and its access funnel.

Every page and API endpoint gets a card, a tool, a handover, a plan or a disposal report
through `<entity>_visible_to(user)` or `access_<entity>(user, pk, perm=…)`: outside the user's
scope a record does not exist (404), inside it a role without the permission gets 403.
"""

from __future__ import annotations

import io
from datetime import date

from django.db.models import Q, QuerySet
from django.urls import reverse

from thads.core.access import fetch, scope_path, visible
from thads.equipment.models import (
    Card,
    DisposalReport,
    Handover,
    ToolCondition,
    ToolItem,
    ToolPlan,
    ToolStatus,
    ToolStock,
)
from thads.organization.models import Authority, Level
from thads.organization.selectors import authorities_visible_to

# Art. 74.1: the authorities that hold support tools. The regional offices of the 2025
# reorganisation are equipped like the district offices they replaced (today.md).
EQUIPPED_LEVELS = (Level.PROVINCIAL, Level.DISTRICT, Level.REGIONAL, Level.MILITARY_REGION)

# ---------------------------------------------------------------- cards (Art. 73)


def cards_visible_to(user) -> QuerySet[Card]:
    """Cards whose holder is posted in the user's scope."""
    return visible(Card.objects.select_related("person__authority"), user, "person__authority")


def access_card(user, pk, *, perm: str = "equipment.view_card") -> Card:
    return fetch(cards_visible_to(user), user, pk, perm=perm)


def cards_filter(qs: QuerySet[Card], *, status: str = "") -> QuerySet[Card]:
    return qs.filter(status=status) if status else qs


def card_by_token(token: str) -> Card | None:
    """The card behind a QR code, for the public verification page (no scope: anyone may ask
    whether a card is valid, and learns nothing else)."""
    return Card.objects.select_related("person__authority").filter(token=token).first()


def card_of(person, on: date) -> dict:
    """Art. 73 through `card.kind`."""
    from thads.rules.engine import evaluate

    return evaluate("card.kind", {"grade": person.grade}, on)


def qr_svg(request, card: Card) -> str:
    import segno

    url = request.build_absolute_uri(reverse("card-verify", args=[card.token]))
    out = io.BytesIO()
    segno.make(url, error="m").save(out, kind="svg", scale=3, xmldecl=False, svgns=True)
    return out.getvalue().decode()


def cards_of(request, person) -> list[dict]:
    """The person's cards, each valid one with the QR code of its verification page."""
    cards = cards_visible_to(request.user).filter(person=person)
    return [{"card": c, "qr": qr_svg(request, c) if c.is_valid else ""} for c in cards]


# ---------------------------------------------------------------- support tools (Art. 74–77)


def tool_items_visible_to(user) -> QuerySet[ToolItem]:
    return visible(ToolItem.objects.select_related("authority__parent"), user)


def access_tool_item(user, pk, *, perm: str = "equipment.view_toolitem") -> ToolItem:
    return fetch(tool_items_visible_to(user), user, pk, perm=perm)


def tool_stocks_visible_to(user) -> QuerySet[ToolStock]:
    return visible(ToolStock.objects.select_related("authority"), user)


def access_tool_stock(user, pk, *, perm: str = "equipment.view_toolitem") -> ToolStock:
    return fetch(tool_stocks_visible_to(user), user, pk, perm=perm)


def handovers_visible_to(user) -> QuerySet[Handover]:
    return visible(
        Handover.objects.select_related("authority__parent", "recipient__authority"), user
    )


def access_handover(user, pk, *, perm: str = "equipment.view_handover") -> Handover:
    return fetch(handovers_visible_to(user), user, pk, perm=perm)


def handover_lines(handover: Handover) -> list[dict]:
    """The lines of a handover as the page and the receipt show them."""
    return [
        {
            "kind_label": line.get_kind_display(),
            "serial": line.item.serial if line.item else "",
            "quantity": line.quantity,
            "returned": line.returned_quantity,
        }
        for line in handover.lines.select_related("item")
    ]


def equipped_authorities_visible_to(user, on: date) -> QuerySet[Authority]:
    """The authorities in scope that hold support tools, valid on `on`."""
    return authorities_visible_to(user).filter(level__in=EQUIPPED_LEVELS).valid_on(on)


def own_equipped_authority(user) -> Authority | None:
    """The user's own authority when it holds support tools (the default of the tool pages)."""
    path = scope_path(user)
    if not path:
        return None
    return authorities_visible_to(user).filter(path=path, level__in=EQUIPPED_LEVELS).first()


def tool_stock_of(user, authority: Authority) -> dict:
    """What the stock page shows of one authority: its tools, counted stock, handovers and the
    staff who may be handed tools."""
    from thads.people.models import PROTECTED_FIELDS
    from thads.people.selectors import people_visible_to

    items = tool_items_visible_to(user).filter(authority=authority)
    return {
        "items": items.exclude(status=ToolStatus.DISPOSED),
        "stock": tool_stocks_visible_to(user).filter(authority=authority),
        "handovers": handovers_visible_to(user).filter(authority=authority)[:50],
        "staff": people_visible_to(user)
        .filter(authority=authority)
        .defer(*PROTECTED_FIELDS)
        .order_by("search_name"),
        "in_stock": items.filter(status=ToolStatus.IN_STOCK).exclude(
            condition=ToolCondition.BEYOND_REPAIR
        ),
    }


def disposal_proposal(user, province: Authority) -> QuerySet[ToolItem]:
    """Tools beyond repair in stock, gathered by the provincial department for itself and the
    offices under it (Art. 77.1)."""
    return tool_items_visible_to(user).filter(
        authority__path__startswith=province.path,
        condition=ToolCondition.BEYOND_REPAIR,
        status=ToolStatus.IN_STOCK,
    )


def disposal_reports_visible_to(user) -> QuerySet[DisposalReport]:
    return visible(DisposalReport.objects.select_related("province"), user, "province")


def access_disposal_report(
    user, pk, *, perm: str = "equipment.view_disposalreport"
) -> DisposalReport:
    return fetch(disposal_reports_visible_to(user), user, pk, perm=perm)


# ---------------------------------------------------------------- the annual plan (Art. 75.1)


def tool_plans_visible_to(user) -> QuerySet[ToolPlan]:
    return visible(ToolPlan.objects.select_related("province"), user, "province")


def access_tool_plan(user, pk, *, perm: str = "equipment.view_toolplan") -> ToolPlan:
    return fetch(tool_plans_visible_to(user), user, pk, perm=perm)


def tool_plan_of(user, province: Authority, year: int) -> ToolPlan | None:
    """The province's plan for `year`, if it has been started."""
    return tool_plans_visible_to(user).filter(province=province, year=year).first()


def tool_plan_lines(plan: ToolPlan | None) -> list:
    if plan is None:
        return []
    return list(plan.lines.select_related("authority").order_by("authority__path", "kind"))


def tool_plan_rows(user, year: int, on: date) -> list[dict]:
    """Each provincial department in scope with its plan for `year` (or None)."""
    provinces = (
        authorities_visible_to(user).filter(level=Level.PROVINCIAL).valid_on(on).order_by("path")
    )
    plans = {p.province_id: p for p in tool_plans_visible_to(user).filter(year=year)}
    return [{"province": p, "plan": plans.get(p.pk)} for p in provinces]


def plan_authorities(user, province: Authority, year: int | None = None) -> QuerySet[Authority]:
    """The equipped authorities of the province (itself and the offices under it) a plan line
    may name: those that exist during `year`, when given."""
    qs = authorities_visible_to(user).filter(
        path__startswith=province.path, level__in=EQUIPPED_LEVELS
    )
    if year is not None:
        qs = qs.filter(valid_from__lte=date(year, 12, 31)).filter(
            Q(valid_to__isnull=True) | Q(valid_to__gte=date(year, 1, 1))
        )
    return qs


def acts_for_director_general(user) -> bool:
    """Whether the user decides plans for the Director General (Art. 75.1): a national role or
    a user of the central authority, with the permission to change plans."""
    path = scope_path(user)
    return (
        path is not None
        and (path == "" or path.count("/") == 1)
        and user.has_perm("equipment.change_toolplan")
    )
