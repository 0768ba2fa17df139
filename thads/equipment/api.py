"""/api/v1/equipment: cards and support tools — the same steps as the pages, scoped.

(The uniform endpoints under the same prefix are `thads.uniforms.api`.)
"""

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
from thads.equipment.models import Card, CardStatus, Handover
from thads.equipment.selectors import (
    access_card,
    access_handover,
    cards_filter,
    cards_visible_to,
    tool_items_visible_to,
    tool_stocks_visible_to,
)
from thads.organization.selectors import access_authority
from thads.people.selectors import access_person

router = Router(tags=["cards, tools, uniforms"])

# The support tools counted by quantity, not by serial number (`COUNTED_KINDS`, Art. 74.2).
CountedKind = Literal["pepper_spray", "anaesthetic_spray", "ammunition"]


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
    status: CardStatus | None = None
    page: int = Field(1, ge=1)
    page_size: int = Field(50, ge=1, le=200)


class CardIssueIn(Schema):
    person_id: int


class LossIn(Schema):
    lost_on: date
    police_station: str = Field(..., min_length=1, max_length=200)
    authority_notified_on: date


def _person(user, person_id, perm):
    """A person named in the request body: missing and out of scope are the same field error
    (existence is not confirmed); a role without `perm` gets 403."""
    try:
        return access_person(user, person_id, perm=perm)
    except Http404:
        raise ValidationError({"person_id": ["No such person in your scope."]}) from None


def _authority(user, authority_id, perm):
    try:
        return access_authority(user, authority_id, perm=perm)
    except Http404:
        raise ValidationError({"authority_id": ["No such authority in your scope."]}) from None


@router.get("/cards", response=CardPage, summary="Cards in scope")
def list_cards(request, filters: Query[CardFilters]):
    require(request.user, "equipment.view_card")
    qs = cards_filter(cards_visible_to(request.user), status=filters.status or "")
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
    card = access_card(request.user, card_id, perm="equipment.change_card")
    return card_services.card_return(actor=request.user, card=card, on=timezone.localdate())


@router.post("/cards/{int:card_id}/exchange", response={201: CardOut}, summary="Exchange a card")
def exchange_card(request, card_id: int):
    card = access_card(request.user, card_id, perm="equipment.change_card")
    new = card_services.card_exchange(actor=request.user, card=card, on=timezone.localdate())
    return Status(201, new)


@router.post("/cards/{int:card_id}/loss", response=CardOut, summary="Report a lost card")
def report_loss(request, card_id: int, payload: LossIn):
    card = access_card(request.user, card_id, perm="equipment.change_card")
    return card_services.card_report_loss(actor=request.user, card=card, **payload.dict())


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


@router.get("/tools", response=StockOut, summary="Support tools in an authority's stock")
def stock(request, authority_id: int):
    authority = access_authority(request.user, authority_id, perm="equipment.view_toolitem")
    items = tool_items_visible_to(request.user).filter(authority=authority)
    return {
        "items": list(items.exclude(status="disposed")),
        "counted": {
            s.kind: s.quantity
            for s in tool_stocks_visible_to(request.user).filter(authority=authority)
        },
    }


@router.post(
    "/tools/handovers", response={201: HandoverOut}, summary="Hand tools to an enforcement officer"
)
def handover(request, payload: HandoverIn):
    authority = _authority(request.user, payload.authority_id, "equipment.add_handover")
    recipient = _person(request.user, payload.recipient_id, "people.view_person")
    items = list(
        tool_items_visible_to(request.user).filter(pk__in=payload.item_ids, authority=authority)
    )
    if len(items) != len(set(payload.item_ids)):
        raise ValidationError({"item_ids": ["Some tools are not in this authority's stock."]})
    record = tools.tool_handover(
        actor=request.user,
        authority=authority,
        recipient=recipient,
        on=timezone.localdate(),
        purpose=payload.purpose,
        items=items,
        quantities=dict(payload.quantities.items()),
    )
    return Status(201, record)


@router.post(
    "/tools/handovers/{int:handover_id}/return", response=HandoverOut, summary="Take tools back"
)
def handover_return(request, handover_id: int):
    record = access_handover(request.user, handover_id, perm="equipment.change_handover")
    return tools.tool_return(actor=request.user, handover=record, on=timezone.localdate())
