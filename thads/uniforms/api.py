"""/api/v1/equipment (uniform part): what a person is due, recording an issue, and the annual
allocation plan — the same steps as the pages, scoped.

Registered at the same prefix as `thads.equipment.api`, so the paths are those of one API.
"""

from __future__ import annotations

from datetime import date

from django.core.exceptions import ValidationError
from django.utils import timezone
from ninja import Field, Router, Schema, Status

from thads.organization.selectors import access_authority
from thads.people.selectors import access_person
from thads.rules.citations import DECREE_IN_FORCE
from thads.uniforms import services
from thads.uniforms.forms import ERR_ON, ERR_YEAR
from thads.uniforms.plan import ITEMS
from thads.uniforms.selectors import allocation_plan_for, entitlement_on, plan_groups

router = Router(tags=["cards, tools, uniforms"])


def _check_year(year: int | None) -> None:
    if year is not None and not 2000 <= year <= 2100:
        raise ValidationError({"year": [str(ERR_YEAR)]})


class UniformIssueIn(Schema):
    item: str = Field(..., min_length=1, max_length=32)
    quantity: int = Field(..., ge=1, le=10)


@router.get(
    "/people/{int:person_id}/uniform",
    summary="Items due to a person in a year (uniform.entitlement)",
)
def person_uniform(request, person_id: int, year: int | None = None):
    _check_year(year)
    person = access_person(request.user, person_id)
    today = timezone.localdate()
    return entitlement_on(person, year or today.year, today)


@router.post(
    "/people/{int:person_id}/uniform-issues", response={201: dict}, summary="Record an issue"
)
def issue_uniform(request, person_id: int, payload: UniformIssueIn):
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
            "due_on": record.due_on,
            "issued_on": record.issued_on,
        },
    )


@router.get(
    "/uniforms/plan", summary="Annual uniform allocation plan (totals per item and per authority)"
)
def uniform_plan(request, year: int, authority_id: int | None = None, on: date | None = None):
    """`on` (default today): the day the plan is drawn up on; the structure and postings of
    that day are counted."""
    _check_year(year)
    if on is not None and on < DECREE_IN_FORCE:
        raise ValidationError({"on": [str(ERR_ON)]})
    authority = access_authority(request.user, authority_id) if authority_id else None
    day = on or timezone.localdate()
    plan = allocation_plan_for(request.user, authority=authority, year=year, on=day)
    return {
        "year": year,
        "on": day,
        "staff": plan["staff"],
        "military_not_counted": plan["military"],
        "total": {i: plan["total"].get(i, 0) for i in ITEMS},
        "by_authority": {g["code"]: g["by_item"] for g in plan_groups(plan)},
    }
