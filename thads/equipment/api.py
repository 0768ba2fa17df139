"""/api/v1/equipment: cards, support tools and uniforms — the same steps as the pages, scoped."""

from __future__ import annotations

from datetime import date
from typing import Literal

from django.core.exceptions import ValidationError
from django.http import Http404
from django.utils import timezone
from ninja import Field, Query, Router, Schema, Status

from thads.core.access import require
from thads.core.pagination import paginate
from thads.equipment import services as card_services
from thads.equipment import tools
from thads.equipment.models import COUNTED_KINDS, Card, CardStatus, Handover, ToolItem
from thads.organization.selectors import access_authority
from thads.people.selectors import access_person, people_visible_to

router = Router(tags=["cards, tools, uniforms"])

CardStatusName = Literal[tuple(CardStatus.values)]  # type: ignore[valid-type]
CountedKind = Literal[tuple(str(k) for k in COUNTED_KINDS)]  # type: ignore[valid-type]


class CardOut(Schema):
    id: int
    number: str
    kind: str
    status: str
    person_id: int
    issued_on: date
    valid_until: date
    verify_path: str

    @staticmethod
    def resolve_verify_path(obj: Card) -> str:
        return f"/verify/{obj.token}/"


class CardPage(Schema):
    count: int
    page: int
    pages: int
    results: list[CardOut]


class CardFilters(Schema):
    status: CardStatusName | None = None
    page: int = Field(1, ge=1)
    page_size: int = Field(50, ge=1, le=200)


class CardIssueIn(Schema):
    person_id: int


class LossIn(Schema):
    lost_on: date
    police_station: str = Field(..., min_length=1, max_length=200)
    authority_notified_on: date


def _person(user, person_id, perm):
    try:
        return access_person(user, person_id, perm=perm)
    except Http404:
        raise ValidationError({"person_id": ["No such person in your scope."]}) from None


def _card(user, card_id) -> Card:
    card = Card.objects.filter(pk=card_id).first()
    if card is None:
        raise Http404
    access_person(user, card.person_id, perm="equipment.change_card")
    return card


@router.get("/cards", response=CardPage, summary="Cards in scope")
def list_cards(request, filters: Query[CardFilters]):
    require(request.user, "equipment.view_card")
    qs = Card.objects.filter(person__in=people_visible_to(request.user).values("id"))
    if filters.status:
        qs = qs.filter(status=filters.status)
    page = paginate(qs, filters.page, filters.page_size)
    return {
        "count": page.paginator.count,
        "page": page.number,
        "pages": page.paginator.num_pages,
        "results": list(page.object_list),
    }


@router.post("/cards", response={201: CardOut}, summary="Issue a card (kind from card.kind)")
def issue_card(request, payload: CardIssueIn):
    person = _person(request.user, payload.person_id, "equipment.add_card")
    return Status(
        201, card_services.card_issue(actor=request.user, person=person, on=timezone.localdate())
    )


@router.post("/cards/{int:card_id}/return", response=CardOut, summary="Record the return of a card")
def return_card(request, card_id: int):
    return card_services.card_return(
        actor=request.user, card=_card(request.user, card_id), on=timezone.localdate()
    )


@router.post("/cards/{int:card_id}/exchange", response={201: CardOut}, summary="Exchange a card")
def exchange_card(request, card_id: int):
    new = card_services.card_exchange(
        actor=request.user, card=_card(request.user, card_id), on=timezone.localdate()
    )
    return Status(201, new)


@router.post("/cards/{int:card_id}/loss", response=CardOut, summary="Report a lost card")
def report_loss(request, card_id: int, payload: LossIn):
    return card_services.card_report_loss(
        actor=request.user, card=_card(request.user, card_id), **payload.dict()
    )


# ---------------------------------------------------------------- support tools


class ToolOut(Schema):
    id: int
    kind: str
    serial: str
    status: str
    condition: str


class StockOut(Schema):
    items: list[ToolOut]
    counted: dict[str, int]


class HandoverIn(Schema):
    authority_id: int
    recipient_id: int
    purpose: str = Field(..., min_length=1, max_length=255)
    item_ids: list[int] = []
    quantities: dict[CountedKind, int] = {}


class HandoverOut(Schema):
    id: int
    number: str
    recipient_id: int
    handed_on: date
    returned_on: date | None
    receipt_pdf: str

    @staticmethod
    def resolve_receipt_pdf(obj: Handover) -> str:
        return f"/tools/handovers/{obj.pk}/receipt.pdf"


def _authority(user, authority_id, perm):
    try:
        return access_authority(user, authority_id, perm=perm)
    except Http404:
        raise ValidationError({"authority_id": ["No such authority in your scope."]}) from None


@router.get("/tools", response=StockOut, summary="Support tools in an authority's stock")
def stock(request, authority_id: int):
    authority = access_authority(request.user, authority_id, perm="equipment.view_toolitem")
    return {
        "items": list(authority.tools.exclude(status="disposed")),
        "counted": {s.kind: s.quantity for s in authority.tool_stock.all()},
    }


@router.post(
    "/tools/handovers", response={201: HandoverOut}, summary="Hand tools to an enforcement officer"
)
def handover(request, payload: HandoverIn):
    authority = _authority(request.user, payload.authority_id, "equipment.add_handover")
    recipient = _person(request.user, payload.recipient_id, "people.view_person")
    items = list(ToolItem.objects.filter(pk__in=payload.item_ids, authority=authority))
    if len(items) != len(set(payload.item_ids)):
        raise ValidationError({"item_ids": ["Some tools are not in this authority's stock."]})
    record = tools.tool_handover(
        actor=request.user,
        authority=authority,
        recipient=recipient,
        on=timezone.localdate(),
        purpose=payload.purpose,
        items=items,
        quantities=dict(payload.quantities),
    )
    return Status(201, record)


@router.post(
    "/tools/handovers/{int:handover_id}/return", response=HandoverOut, summary="Take tools back"
)
def handover_return(request, handover_id: int):
    record = Handover.objects.filter(pk=handover_id).first()
    if record is None:
        raise Http404
    access_authority(request.user, record.authority_id, perm="equipment.change_handover")
    return tools.tool_return(actor=request.user, handover=record, on=timezone.localdate())


# ---------------------------------------------------------------- uniforms


def _check_year(year: int | None) -> None:
    if year is not None and not 2000 <= year <= 2100:
        raise ValidationError({"year": ["Enter a year between 2000 and 2100."]})


class UniformIssueIn(Schema):
    item: str = Field(..., min_length=1, max_length=32)
    quantity: int = Field(..., ge=1, le=10)


@router.get(
    "/people/{int:person_id}/uniform",
    summary="Items due to a person in a year (uniform.entitlement)",
)
def person_uniform(request, person_id: int, year: int | None = None):
    from thads.uniforms.plan import entitlement_of

    _check_year(year)
    person = access_person(request.user, person_id)
    today = timezone.localdate()
    return entitlement_of(person, year or today.year, today)


@router.post(
    "/people/{int:person_id}/uniform-issues", response={201: dict}, summary="Record an issue"
)
def issue_uniform(request, person_id: int, payload: UniformIssueIn):
    from thads.uniforms import services

    person = access_person(request.user, person_id, perm="uniforms.add_uniformissue")
    record = services.uniform_issue(
        actor=request.user,
        person=person,
        item=payload.item,
        quantity=payload.quantity,
        on=timezone.localdate(),
    )
    return Status(
        201,
        {
            "id": record.pk,
            "item": record.item,
            "quantity": record.quantity,
            "due_on": record.due_on.isoformat(),
            "issued_on": record.issued_on.isoformat(),
        },
    )


@router.get(
    "/uniforms/plan", summary="Annual uniform allocation plan (totals per item and per authority)"
)
def uniform_plan(request, year: int, authority_id: int | None = None):
    from thads.organization.models import Authority
    from thads.uniforms.plan import ITEMS
    from thads.uniforms.views import _plan

    _check_year(year)
    authority = access_authority(request.user, authority_id) if authority_id else None
    plan = _plan(request, authority, year)
    names = dict(
        Authority.objects.filter(path__in=list(plan["groups"])).values_list("path", "code")
    )
    return {
        "year": year,
        "staff": plan["staff"],
        "military_not_counted": plan["military"],
        "total": {i: plan["total"].get(i, 0) for i in ITEMS},
        "by_authority": {names.get(p, p): dict(c) for p, c in plan["groups"].items()},
    }
