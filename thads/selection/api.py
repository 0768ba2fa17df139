"""/api/v1/selection: designation without examination (Art. 63) — the board with its members,
the dossier, the meetings with their votes, and the Minister's designation. The same services
as the pages, scoped the same way; refusals are 400 with their clause."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Literal

from django.core.exceptions import ValidationError
from django.http import Http404
from django.urls import reverse
from ninja import Field, Router, Schema, Status

from thads.core.access import require
from thads.organization.selectors import access_authority
from thads.people.selectors import access_person
from thads.rules import vocab
from thads.selection import services
from thads.selection.models import Dossier, Meeting, SelectionBoard
from thads.selection.selectors import (
    access_dossier,
    access_selection_board,
    dossier_meetings,
    dossiers_visible_to,
    selection_boards_visible_to,
)

router = Router(tags=["selection"])
Choice = Literal["for", "against", "absent"]


class MemberIn(Schema):
    name: str = Field(..., min_length=1, max_length=120)
    organisation: str = Field(..., min_length=1, max_length=255)
    role: vocab.BoardRole


class MemberOut(Schema):
    id: int
    name: str
    organisation: str
    role: str


class BoardIn(Schema):
    authority_id: int
    established_on: date
    decision_ref: str = Field("", max_length=60)
    members: list[MemberIn] = Field(..., min_length=1, max_length=20)


class BoardOut(Schema):
    id: int
    authority_id: int
    established_on: date
    decision_ref: str
    members: list[MemberOut]

    @staticmethod
    def resolve_members(obj: SelectionBoard) -> list:
        return obj.ordered_members()


class SelectionDocumentIn(Schema):
    title: str = Field(..., min_length=1, max_length=300)
    issued_on: date | None = None


class DossierIn(Schema):
    board_id: int
    person_id: int
    target_grade: vocab.OfficerGrade = "officer_junior"
    submitted_on: date
    commitment_years: Decimal = Field(..., ge=0, lt=100, decimal_places=1)
    commitment_signed_on: date
    documents: list[SelectionDocumentIn] = Field([], max_length=50)


class DossierOut(Schema):
    id: int
    board_id: int
    person_id: int
    authority_id: int
    target_grade: str
    submitted_on: date
    commitment_years: float
    commitment_signed_on: date
    documents: list[dict]
    status: str
    decision_id: int | None

    @staticmethod
    def resolve_status(obj: Dossier) -> str:
        return services.dossier_status(obj)


class VoteIn(Schema):
    member_id: int
    vote: Choice


class MeetingIn(Schema):
    held_on: date
    votes: list[VoteIn] = Field(..., min_length=1, max_length=20)


class MeetingOut(Schema):
    id: int
    dossier_id: int
    held_on: date
    members_count: int
    present_count: int
    votes_for: int
    quorate: bool
    passed: bool
    rule_answer: dict
    votes: list[dict]

    @staticmethod
    def resolve_votes(obj: Meeting) -> list[dict]:
        return [{"member_id": v.member_id, "vote": v.choice} for v in obj.votes.all()]


class DesignationIn(Schema):
    signed_on: date
    signer_name: str = Field("", max_length=120)


class DesignationOut(Schema):
    decision_id: int
    number: str
    signed_on: date
    pdf: str
    rule_answers: list[dict]


@router.get("/boards", response=list[BoardOut], summary="Selection boards in scope")
def list_boards(request):
    require(request.user, "selection.view_selectionboard")
    return list(selection_boards_visible_to(request.user).prefetch_related("members")[:500])


@router.post(
    "/boards",
    response={201: BoardOut},
    summary="Record a provincial selection board with its members (Art. 63.4)",
)
def establish_board(request, payload: BoardIn):
    require(request.user, "selection.add_selectionboard")
    try:
        authority = access_authority(request.user, payload.authority_id)
    except Http404:
        raise ValidationError({"authority_id": ["No such authority in your scope."]}) from None
    board = services.board_establish(
        actor=request.user,
        authority=authority,
        established_on=payload.established_on,
        decision_ref=payload.decision_ref,
        members=[m.dict() for m in payload.members],
    )
    return Status(201, board)


@router.get("/boards/{int:pk}", response=BoardOut, summary="A board and its members")
def get_board(request, pk: int):
    return access_selection_board(request.user, pk)


@router.get("/dossiers", response=list[DossierOut], summary="Designation dossiers in scope")
def list_dossiers(request):
    require(request.user, "selection.view_dossier")
    return list(dossiers_visible_to(request.user).prefetch_related("meetings")[:500])


@router.post("/dossiers", response={201: DossierOut}, summary="Record a dossier (Art. 62.2, 63.1)")
def submit_dossier(request, payload: DossierIn):
    require(request.user, "selection.add_dossier")
    try:
        board = access_selection_board(request.user, payload.board_id)
    except Http404:
        raise ValidationError({"board_id": ["No such board in your scope."]}) from None
    try:
        person = access_person(request.user, payload.person_id)
    except Http404:
        raise ValidationError({"person_id": ["No such person in your scope."]}) from None
    dossier = services.dossier_submit(
        actor=request.user,
        board=board,
        person=person,
        target_grade=payload.target_grade,
        submitted_on=payload.submitted_on,
        commitment_years=payload.commitment_years,
        commitment_signed_on=payload.commitment_signed_on,
        documents=[d.dict() for d in payload.documents],
    )
    return Status(201, dossier)


@router.get("/dossiers/{int:pk}", response=DossierOut, summary="A dossier")
def get_dossier(request, pk: int):
    return access_dossier(request.user, pk)


@router.get(
    "/dossiers/{int:pk}/meetings", response=list[MeetingOut], summary="The board's meetings"
)
def list_meetings(request, pk: int):
    return list(dossier_meetings(access_dossier(request.user, pk)))


@router.post(
    "/dossiers/{int:pk}/meetings",
    response={201: MeetingOut},
    summary="Record a meeting with every member's vote (quorum and majority, Art. 63.4)",
)
def record_meeting(request, pk: int, payload: MeetingIn):
    dossier = access_dossier(request.user, pk, perm="selection.add_meeting")
    votes: dict[int, str] = {}
    for v in payload.votes:
        if v.member_id in votes:
            raise ValidationError({"votes": [str(services.ERR_VOTES)]})
        votes[v.member_id] = v.vote
    meeting = services.meeting_record(
        actor=request.user, dossier=dossier, held_on=payload.held_on, votes=votes
    )
    return Status(201, meeting)


@router.post(
    "/dossiers/{int:pk}/designation",
    response={201: DesignationOut},
    summary="The Minister's designation on the board's proposal (Art. 63.1–63.3)",
)
def designate(request, pk: int, payload: DesignationIn):
    dossier = access_dossier(request.user, pk, perm="selection.change_dossier")
    decision = services.designation_decide(
        actor=request.user,
        dossier=dossier,
        signed_on=payload.signed_on,
        signer_name=payload.signer_name,
    )
    return Status(
        201,
        {
            "decision_id": decision.pk,
            "number": decision.number,
            "signed_on": decision.signed_on,
            "pdf": reverse("decision-pdf", args=[decision.pk]),
            "rule_answers": decision.rule_answers,
        },
    )
