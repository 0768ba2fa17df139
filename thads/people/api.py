"""/api/v1/people: list with filters, detail, create, update, reveal — scoped to the user."""

from __future__ import annotations

from datetime import date
from typing import Literal

from django.core.exceptions import ValidationError
from django.http import Http404
from django.utils import timezone
from ninja import Field, Query, Router, Schema, Status

from thads.core.access import require
from thads.core.pagination import paginate
from thads.organization.selectors import access_authority
from thads.people import services
from thads.people.choices import Gender
from thads.people.models import PROTECTED_FIELDS, Person
from thads.people.selectors import (
    access_person,
    appointment_for,
    delegations_filter,
    mask,
    people_search,
    person_records,
    salary_category,
)
from thads.rules import vocab

router = Router(tags=["people"])

# The protected fields of a person (`PROTECTED_FIELDS`) and the family's records.
RevealField = Literal["date_of_birth", "national_id", "phone", "home_address", "family"]


class PostingAuthorityRef(Schema):
    id: int
    code: str
    name: str


class PersonOut(Schema):
    id: int
    staff_code: str
    full_name: str
    gender: str
    military: bool
    employment: str
    grade: str
    post: str
    authority: PostingAuthorityRef


class PersonMasked(PersonOut):
    protected: dict[str, str] = Field(
        description="Protected personal data, masked. Use POST /reveal with a reason."
    )


class DatedRow(Schema):
    valid_from: date
    valid_to: date | None


class GradeRow(DatedRow):
    grade: str
    decision_ref: str


class PostingRow(DatedRow):
    authority: PostingAuthorityRef
    note: str
    decision_ref: str


class PostRow(DatedRow):
    post: str
    authority: PostingAuthorityRef
    appointed_by: str
    decision_ref: str


class PersonDetail(PersonMasked):
    salary_category: dict
    grades: list[GradeRow]
    postings: list[PostingRow]
    posts: list[PostRow]


class PersonPage(Schema):
    count: int
    page: int
    pages: int
    results: list[PersonOut]


class PeopleFilters(Schema):
    q: str = Field("", max_length=100)
    authority: int | None = None
    grade: vocab.Grade | None = None
    post: vocab.Post | Literal["any", "none"] | None = None
    employment: vocab.Employment | None = None
    military: bool | None = None
    on: date | None = None
    page: int = Field(1, ge=1)
    page_size: int = Field(50, ge=1, le=200)


class PersonIn(Schema):
    full_name: str = Field(..., min_length=2, max_length=120)
    gender: Gender
    employment: vocab.Employment
    military: bool = False
    grade: vocab.Grade
    authority_id: int
    post: vocab.Post | None = None
    appointed_by: vocab.Appointer | None = None
    on: date | None = None
    date_of_birth: date | None = None
    national_id: str = Field("", max_length=12)
    phone: str = Field("", max_length=15)
    home_address: str = Field("", max_length=255)


class PersonPatch(Schema):
    full_name: str | None = Field(None, min_length=2, max_length=120)
    gender: Gender | None = None
    employment: vocab.Employment | None = None
    date_of_birth: date | None = None
    national_id: str | None = Field(None, max_length=12)
    phone: str | None = Field(None, max_length=15)
    home_address: str | None = Field(None, max_length=255)


class RevealIn(Schema):
    fields: list[RevealField] = Field(..., min_length=1)
    reason: str = Field(..., min_length=10, max_length=500)


def _detail(person: Person) -> dict:
    person = person_records(person)
    out = PersonOut.from_orm(person).dict()
    out["protected"] = {f: mask(f, getattr(person, f)) for f in PROTECTED_FIELDS}
    result = salary_category(person.grade, timezone.localdate())
    out["salary_category"] = {**result["outcome"], "citations": result["citations"]}
    out["grades"] = list(person.grades.all())
    out["postings"] = list(person.postings.all())
    out["posts"] = list(person.posts.all())
    return out


@router.get("", response=PersonPage, summary="List people")
def list_people(request, filters: Query[PeopleFilters]):
    require(request.user, "people.view_person")
    authority = None
    if filters.authority is not None:
        try:
            authority = access_authority(request.user, filters.authority)
        except Http404:
            raise ValidationError({"authority": ["No such authority in your scope."]}) from None
    qs = people_search(
        request.user,
        q=filters.q,
        authority=authority,
        grade=filters.grade or "",
        post=filters.post or "",
        employment=filters.employment or "",
        military=filters.military,
        on=None if filters.on in (None, timezone.localdate()) else filters.on,
    )
    page = paginate(qs, filters.page, filters.page_size)
    return {
        "count": page.paginator.count,
        "page": page.number,
        "pages": page.paginator.num_pages,
        "results": list(page.object_list),
    }


@router.get("/{int:person_id}", response=PersonDetail, summary="One person")
def get_person(request, person_id: int):
    return _detail(access_person(request.user, person_id))


@router.post("", response={201: PersonDetail}, summary="Create a person")
def create_person(request, payload: PersonIn):
    require(request.user, "people.add_person")
    data = payload.dict()
    try:
        authority = access_authority(request.user, data.pop("authority_id"))
    except Http404:
        raise ValidationError({"authority_id": ["No such authority in your scope."]}) from None
    data["post"] = data["post"] or ""
    data["appointed_by"] = data["appointed_by"] or ""
    person = services.person_create(actor=request.user, authority=authority, **data)
    return Status(201, _detail(person))


@router.patch("/{int:person_id}", response=PersonDetail, summary="Update a person's identity")
def update_person(request, person_id: int, payload: PersonPatch):
    person = access_person(request.user, person_id, perm="people.change_person")
    data = {k: v for k, v in payload.dict(exclude_unset=True).items() if v is not None}
    services.person_update(actor=request.user, person=person, **data)
    return _detail(person)


@router.post("/{int:person_id}/reveal", response=dict, summary="Reveal protected data (logged)")
def reveal(request, person_id: int, payload: RevealIn):
    person = access_person(request.user, person_id, perm="people.reveal_personal_data")
    return services.person_reveal(
        actor=request.user,
        person=person,
        fields=list(payload.fields),
        reason=payload.reason,
        ip_address=request.META.get("REMOTE_ADDR"),
    )


# ---------------------------------------------------------------- delegation of appointments


class DelegationOut(Schema):
    id: int
    post: str
    appointer: str
    valid_from: date
    valid_to: date | None
    source: str
    note: str


class DelegationIn(Schema):
    post: vocab.Post
    appointer: vocab.Appointer
    valid_from: date
    source: str = Field(..., min_length=5, max_length=255)
    note: str = Field("", max_length=255)


class AppointmentOut(Schema):
    post: str
    on: date
    appointed_by: str
    source: str
    valid_from: date | None = Field(
        description="Start of the table's row; null when the decree's default answers."
    )
    note: str


@router.get(
    "/delegations",
    response=list[DelegationOut],
    summary="The delegation of appointments (Art. 52.3, 72.3), every dated row",
)
def list_delegations(request, post: vocab.Post | None = None):
    require(request.user, "people.view_delegation")
    return list(delegations_filter(post=post or ""))


@router.get(
    "/delegations/appointer",
    response=AppointmentOut,
    summary="Who appoints to a post on a day, and the act that says so",
)
def delegation_appointer(request, post: vocab.Post, on: date | None = None):
    require(request.user, "people.view_delegation")
    day = on or timezone.localdate()
    found = appointment_for(post, day)
    return {
        "post": post,
        "on": day,
        "appointed_by": found.appointer,
        "source": found.source,
        "valid_from": found.valid_from,
        "note": found.note,
    }


@router.post(
    "/delegations",
    response={201: DelegationOut},
    summary="Record a new delegation for a post (the row in force ends the day before)",
)
def add_delegation(request, payload: DelegationIn):
    require(request.user, "people.change_delegation")
    row = services.delegation_add(actor=request.user, **payload.dict())
    return Status(201, row)
