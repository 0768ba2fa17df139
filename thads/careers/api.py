"""/api/v1/careers: the register of decisions (with the PDF), transfers (Art. 70), leadership
posts (Art. 72), relief (Art. 64), removal (Art. 65), inspectors (Art. 69) and secretaries
(Art. 71) — the same services as the pages, through the same access funnel (a record missing
or out of scope is 404), refusals as 400."""

from __future__ import annotations

from datetime import date
from typing import Literal

from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponse
from ninja import Field, Query, Router, Schema, Status

from thads.careers import selectors, services
from thads.careers.decisions import decision_pdf
from thads.careers.models import (
    Decision,
    DecisionKind,
    ReliefDocumentKind,
    TransferKind,
    TransferStatus,
)
from thads.core.access import require
from thads.core.pagination import paginate
from thads.people.selectors import access_person
from thads.rules import vocab

router = Router(tags=["careers"])

# The decisions on a leadership post (`LEADERSHIP_KINDS`).
PostDecision = Literal[
    "appointment", "reappointment", "post_relief", "resignation", "demotion", "post_removal"
]
# The posts checked by Art. 72 (`ART72_POSTS`, the rule leadership.standards).
Art72Post = Literal[
    "provincial_director", "deputy_provincial_director", "district_head", "deputy_district_head"
]


class DecisionOut(Schema):
    id: int
    number: str
    kind: str
    signer: str
    signer_name: str
    person_id: int
    authority_id: int
    signed_on: date
    effective_on: date
    summary: str
    bases: list[str]
    articles: list[str]
    citations: list[str]
    rule_answers: list[dict]
    effect: dict
    pdf: str

    @staticmethod
    def resolve_pdf(obj: Decision) -> str:
        return f"/api/v1/careers/decisions/{obj.pk}/pdf"


class DecisionPage(Schema):
    count: int
    page: int
    pages: int
    results: list[DecisionOut]


class DecisionFilters(Schema):
    kind: DecisionKind | None = None
    year: int | None = Field(None, ge=1945, le=2200)
    person_id: int | None = None
    page: int = Field(1, ge=1)
    page_size: int = Field(50, ge=1, le=200)


class TransferIn(Schema):
    person_id: int
    kind: TransferKind
    to_authority_id: int
    starts_on: date
    ends_on: date | None = None
    reason: str = Field("", max_length=2000)


class TransferOut(Schema):
    id: int
    person_id: int
    kind: str
    from_authority_id: int
    to_authority_id: int
    starts_on: date
    ends_on: date | None
    status: str
    decided_by: str
    must_consult: str
    consulted_on: date | None
    rule_answer: dict
    decision_id: int | None


class ConsultIn(Schema):
    consulted_on: date
    note: str = Field(..., min_length=1, max_length=2000)


class DecideIn(Schema):
    signed_on: date
    signer_name: str = Field("", max_length=120)


class LeadershipIn(DecideIn):
    kind: PostDecision
    post: Art72Post
    integrity: bool = False
    experience: bool = False
    capacity: bool = False
    reason: str = Field("", max_length=300)


class DocumentIn(Schema):
    kind: ReliefDocumentKind
    issued_on: date


class ReliefDossierIn(Schema):
    submitted_on: date
    documents: list[DocumentIn] = Field(..., max_length=100)


class ReliefDossierOut(Schema):
    id: int
    person_id: int
    submitted_on: date
    documents: list[dict]
    rule_answer: dict
    decision_id: int | None


class RemovalIn(DecideIn):
    ground: vocab.RemovalGround
    facts: str = Field(..., min_length=1, max_length=2000)


class GradeIn(DecideIn):
    grade: str


def _person_named(user, person_id):
    """The person a request body names: a field error when missing or out of scope (the same
    answer for both)."""
    try:
        return access_person(user, person_id, perm=selectors.RECORD_CAREER)
    except Http404:
        raise ValidationError({"person_id": ["No such person in your scope."]}) from None


def _person(user, person_id):
    """The person of the path: 404 when missing or out of scope."""
    return access_person(user, person_id, perm=selectors.RECORD_CAREER)


@router.get("/decisions", response=DecisionPage, summary="The register of decisions in scope")
def list_decisions(request, filters: Query[DecisionFilters]):
    require(request.user, "careers.view_decision")
    qs = selectors.decisions_filter(
        selectors.decisions_visible_to(request.user),
        kind=filters.kind,
        year=filters.year,
        person_id=filters.person_id,
    )
    page = paginate(qs, filters.page, filters.page_size)
    return {
        "count": page.paginator.count,
        "page": page.number,
        "pages": page.paginator.num_pages,
        "results": list(page.object_list),
    }


@router.get("/decisions/{int:pk}", response=DecisionOut, summary="A decision")
def get_decision(request, pk: int):
    return selectors.access_decision(request.user, pk)


@router.get("/decisions/{int:pk}/pdf", summary="The decision as the official PDF")
def get_decision_pdf(request, pk: int):
    decision = selectors.access_decision(request.user, pk)
    response = HttpResponse(decision_pdf(decision), content_type="application/pdf")
    response["Content-Disposition"] = (
        f'inline; filename="QD-{decision.number.replace("/", "-")}.pdf"'
    )
    return response


@router.get("/transfers", response=list[TransferOut], summary="Transfers in scope")
def list_transfers(request, status: TransferStatus | None = None):
    require(request.user, "careers.view_transfer")
    qs = selectors.transfers_filter(selectors.transfers_visible_to(request.user), status=status)
    return list(qs[:500])


@router.post(
    "/transfers", response={201: TransferOut}, summary="Propose a transfer (who decides: Art. 70)"
)
def propose_transfer(request, payload: TransferIn):
    person = _person_named(request.user, payload.person_id)
    to = selectors.transfer_destination(payload.to_authority_id)
    if to is None:
        raise ValidationError({"to_authority_id": ["No such authority."]})
    transfer = services.transfer_propose(
        actor=request.user,
        person=person,
        kind=payload.kind,
        to_authority=to,
        starts_on=payload.starts_on,
        ends_on=payload.ends_on,
        reason=payload.reason,
    )
    return Status(201, transfer)


@router.post(
    "/transfers/{int:pk}/consultation",
    response=TransferOut,
    summary="Record the consultation (70.1.c)",
)
def consult(request, pk: int, payload: ConsultIn):
    return services.transfer_consult(
        actor=request.user,
        transfer=selectors.access_transfer(request.user, pk, perm=selectors.CHANGE_TRANSFER),
        consulted_on=payload.consulted_on,
        note=payload.note,
    )


@router.post(
    "/transfers/{int:pk}/decision", response={201: DecisionOut}, summary="Record the decision"
)
def decide_transfer(request, pk: int, payload: DecideIn):
    transfer = selectors.access_transfer(request.user, pk, perm=selectors.CHANGE_TRANSFER)
    decision = services.transfer_decide(actor=request.user, transfer=transfer, **payload.dict())
    return Status(201, decision)


@router.post("/transfers/{int:pk}/return", response=TransferOut, summary="End a secondment")
def end_secondment(request, pk: int):
    transfer = selectors.access_transfer(request.user, pk, perm=selectors.CHANGE_TRANSFER)
    return services.transfer_return(actor=request.user, transfer=transfer)


@router.post(
    "/people/{int:person_id}/leadership",
    response={201: DecisionOut},
    summary="Appoint, re-appoint, relieve, accept resignation, demote, remove (Art. 72)",
)
def leadership(request, person_id: int, payload: LeadershipIn):
    person = _person(request.user, person_id)
    return Status(
        201, services.leadership_decide(actor=request.user, person=person, **payload.dict())
    )


@router.post(
    "/people/{int:person_id}/relief-dossiers",
    response={201: ReliefDossierOut},
    summary="Record a relief dossier (checked by relief.dossier)",
)
def relief_dossier(request, person_id: int, payload: ReliefDossierIn):
    person = access_person(request.user, person_id, perm=selectors.RECORD_RELIEF)
    dossier = services.relief_dossier_submit(
        actor=request.user,
        person=person,
        submitted_on=payload.submitted_on,
        documents=[d.dict() for d in payload.documents],
    )
    return Status(201, dossier)


@router.post(
    "/relief-dossiers/{int:pk}/decision",
    response={201: DecisionOut},
    summary="The Minister's relief decision (Art. 64)",
)
def relief_decide(request, pk: int, payload: DecideIn):
    dossier = selectors.access_relief_dossier(request.user, pk, perm=selectors.RECORD_RELIEF)
    return Status(
        201, services.relief_decide(actor=request.user, dossier=dossier, **payload.dict())
    )


@router.post(
    "/people/{int:person_id}/removal",
    response={201: DecisionOut},
    summary="Removal from the post of enforcement officer (Art. 65)",
)
def removal(request, person_id: int, payload: RemovalIn):
    person = _person(request.user, person_id)
    return Status(201, services.removal_decide(actor=request.user, person=person, **payload.dict()))


@router.post(
    "/people/{int:person_id}/inspector",
    response={201: DecisionOut},
    summary="Designation or promotion of an inspector (Art. 69)",
)
def inspector(request, person_id: int, payload: GradeIn):
    person = _person(request.user, person_id)
    return Status(
        201, services.inspector_decide(actor=request.user, person=person, **payload.dict())
    )


@router.post(
    "/people/{int:person_id}/secretary",
    response={201: DecisionOut},
    summary="Designation of an enforcement secretary (Art. 71)",
)
def secretary(request, person_id: int, payload: GradeIn):
    person = _person(request.user, person_id)
    return Status(
        201, services.secretary_decide(actor=request.user, person=person, **payload.dict())
    )
