"""/api/v1/authorities: list with filters, detail, create, update — scoped to the user."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.http import Http404
from django.utils import timezone
from ninja import Field, Query, Router, Schema, Status

from thads.core.access import require
from thads.core.pagination import paginate
from thads.organization import services
from thads.organization.models import Authority, Level
from thads.organization.selectors import (
    access_authority,
    authorities_filter,
    authorities_visible_to,
)

router = Router(tags=["authorities"])


class AuthorityRef(Schema):
    id: int
    code: str
    name: str


class AuthorityOut(Schema):
    id: int
    code: str
    name: str
    name_en: str
    level: str
    parent: AuthorityRef | None
    path: str
    province_code: str
    province_name: str
    legacy_province_code: str
    admin_unit_code: str
    provincial_capital_unit: bool
    region_allowance_coefficient: Decimal
    special_area: bool
    on_appendix_list: bool
    cold_region: bool
    military: bool
    seal_description: str
    office_address: str
    phone: str
    treasury_account: str
    treasury_name: str
    valid_from: date
    valid_to: date | None
    change_note: str
    demo: bool


class AuthorityPage(Schema):
    count: int
    page: int
    pages: int
    results: list[AuthorityOut]


class AuthorityFilters(Schema):
    q: str = ""
    level: Level | None = None
    parent: int | None = None
    province_code: str = Field("", max_length=2)
    on: date | None = None
    page: int = Field(1, ge=1)
    page_size: int = Field(50, ge=1, le=200)


class AuthorityIn(Schema):
    code: str = Field(..., min_length=1, max_length=31)
    name: str = Field(..., min_length=1, max_length=255)
    name_en: str = ""
    level: Level
    parent_id: int | None = None
    province_code: str = Field("", max_length=2)
    province_name: str = ""
    legacy_province_code: str = Field("", max_length=2)
    admin_unit_code: str = Field("", max_length=5)
    provincial_capital_unit: bool = False
    region_allowance_coefficient: Decimal = Field(Decimal("0"), ge=0, le=1, decimal_places=2)
    special_area: bool = False
    on_appendix_list: bool = False
    seal_description: str = ""
    office_address: str = ""
    phone: str = ""
    treasury_account: str = ""
    treasury_name: str = ""
    valid_from: date
    valid_to: date | None = None
    change_note: str = ""


class AuthorityPatch(Schema):
    name: str | None = Field(None, min_length=1, max_length=255)
    name_en: str | None = None
    parent_id: int | None = None
    legacy_province_code: str | None = Field(None, max_length=2)
    provincial_capital_unit: bool | None = None
    region_allowance_coefficient: Decimal | None = Field(None, ge=0, le=1, decimal_places=2)
    special_area: bool | None = None
    on_appendix_list: bool | None = None
    seal_description: str | None = None
    office_address: str | None = None
    phone: str | None = None
    treasury_account: str | None = None
    treasury_name: str | None = None
    valid_from: date | None = None
    valid_to: date | None = None
    change_note: str | None = None


def _parent(user, parent_id: int | None) -> Authority | None:
    if parent_id is None:
        return None
    try:
        return access_authority(user, parent_id)
    except Http404:
        raise ValidationError({"parent_id": ["No such authority in your scope."]}) from None


@router.get("", response=AuthorityPage, summary="List authorities")
def list_authorities(request, filters: Query[AuthorityFilters]):
    """The authorities in the caller's scope that exist on `on` (today by default)."""
    require(request.user, "organization.view_authority")
    qs = authorities_filter(
        authorities_visible_to(request.user),
        q=filters.q,
        level=filters.level or "",
        parent=filters.parent,
        province_code=filters.province_code,
        on=filters.on or timezone.localdate(),
    )
    page = paginate(qs, filters.page, filters.page_size)
    return {
        "count": page.paginator.count,
        "page": page.number,
        "pages": page.paginator.num_pages,
        "results": list(page.object_list),
    }


@router.get("/{int:authority_id}", response=AuthorityOut, summary="One authority")
def get_authority(request, authority_id: int):
    return access_authority(request.user, authority_id)


@router.post("", response={201: AuthorityOut}, summary="Create an authority")
def create_authority(request, payload: AuthorityIn):
    require(request.user, "organization.add_authority")
    data = payload.dict()
    parent = _parent(request.user, data.pop("parent_id"))
    authority = services.authority_create(actor=request.user, parent=parent, **data)
    return Status(201, authority)


@router.patch("/{int:authority_id}", response=AuthorityOut, summary="Update an authority")
def update_authority(request, authority_id: int, payload: AuthorityPatch):
    authority = access_authority(request.user, authority_id, perm="organization.change_authority")
    data = payload.dict(exclude_unset=True)
    if "parent_id" in data:
        data["parent"] = _parent(request.user, data.pop("parent_id"))
    return services.authority_update(actor=request.user, authority=authority, **data)
