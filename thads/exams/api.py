"""/api/v1/exams: the recruitment examination (Art. 56–62) step by step — the same services as
the pages, scoped the same way; refusals are 400 with their clause, never 500."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Literal

from django.core.exceptions import ValidationError
from django.db import transaction
from django.http import Http404
from django.urls import reverse
from django.utils import timezone
from ninja import Field, Router, Schema, Status

from thads.core.access import require
from thads.exams import services
from thads.exams.models import BoardRole, Candidacy, DocumentKind, ExamRound
from thads.exams.selectors import (
    REPORT_COLUMNS,
    access_candidacy,
    access_exam_round,
    exam_round_report,
    exam_rounds_filter,
    exam_rounds_visible_to,
    round_candidacies,
)
from thads.people.selectors import access_person
from thads.rules import vocab

router = Router(tags=["exams"])
# The grades an examination leads to (`TARGET_GRADES`).
TargetGrade = Literal[vocab.OfficerGrade, vocab.InspectorGrade]


class RoundIn(Schema):
    grade: TargetGrade
    year: int = Field(..., ge=2015, le=2100)
    military: bool = False
    submissions_close_on: date | None = None
    exam_on: date | None = None


class ExamBoardMemberOut(Schema):
    full_name: str
    role: str
    position: str


class RoundOut(Schema):
    id: int
    grade: str
    year: int
    military: bool
    status: str
    opened_on: date
    published_on: date | None
    reported_on: date | None
    board_decision_ref: str
    board_decided_on: date | None
    board_members: list[ExamBoardMemberOut]

    @staticmethod
    def resolve_board_members(obj: ExamRound) -> list[dict]:
        return [
            {"full_name": m.full_name, "role": m.role, "position": m.position}
            for m in obj.board_members.all()
        ]


class FactsIn(Schema):
    """The standards the candidate declares (Art. 18 of the Law, Art. 57)."""

    vietnamese_citizen: bool
    good_character: bool
    law_degree: bool
    fit_for_duty: bool
    years_legal_work: float | None = Field(None, ge=0, le=60)
    enforcement_training: bool | None = None
    under_criminal_prosecution: bool
    under_disciplinary_review: bool


class CandidateIn(Schema):
    person_id: int
    facts: FactsIn


class DocumentOut(Schema):
    kind: str
    reference: str
    dated_on: date


class CandidacyOut(Schema):
    id: int
    round_id: int
    person_id: int
    full_name: str
    authority_id: int
    province_id: int
    status: str
    preselected: bool | None
    preselection_note: str
    eligibility: dict
    dossier_missing: list[str]
    score: Decimal | None
    decision_id: int | None
    documents: list[DocumentOut]

    @staticmethod
    def resolve_full_name(obj: Candidacy) -> str:
        return obj.person.full_name

    @staticmethod
    def resolve_documents(obj: Candidacy) -> list[dict]:
        return [
            {"kind": d.kind, "reference": d.reference, "dated_on": d.dated_on}
            for d in obj.documents.all()
        ]


class PreselectIn(Schema):
    selected: bool
    note: str = Field("", max_length=2000)


class CandidacyDocumentIn(Schema):
    kind: DocumentKind
    reference: str = Field(..., max_length=60)
    dated_on: date
    note: str = Field("", max_length=255)


class ExamBoardMemberIn(Schema):
    full_name: str = Field(..., max_length=120)
    role: BoardRole
    position: str = Field("", max_length=255)


class ExamBoardIn(Schema):
    decision_ref: str = Field(..., max_length=60)
    decided_on: date
    proposal_ref: str = Field("", max_length=60)
    members: list[ExamBoardMemberIn] = []


class ResultIn(Schema):
    score: Decimal = Field(..., ge=0, le=100, max_digits=5, decimal_places=2)
    passed: bool


class DesignateIn(Schema):
    signer_name: str = Field("", max_length=120)


class DesignationDecisionOut(Schema):
    id: int
    number: str
    person_id: int
    signed_on: date
    effect: dict
    pdf: str


class CompiledOut(Schema):
    listed: int


def _today() -> date:
    return timezone.localdate()


@router.get("/rounds", response=list[RoundOut], summary="Examination rounds")
def list_rounds(request, year: int | None = None, grade: TargetGrade | None = None):
    require(request.user, "exams.view_examround")
    qs = exam_rounds_filter(exam_rounds_visible_to(request.user), year=year, grade=grade or "")
    return list(qs.prefetch_related("board_members")[:200])


@router.post("/rounds", response={201: RoundOut}, summary="Open a round (Art. 56.2, 60)")
def open_round(request, payload: RoundIn):
    return Status(201, services.round_open(actor=request.user, on=_today(), **payload.dict()))


@router.get("/rounds/{int:pk}", response=RoundOut, summary="A round and its board")
def get_round(request, pk: int):
    return access_exam_round(request.user, pk)


@router.get(
    "/rounds/{int:pk}/candidacies", response=list[CandidacyOut], summary="Candidates in scope"
)
def list_candidacies(request, pk: int, status: str | None = None):
    exam_round = access_exam_round(request.user, pk)
    require(request.user, "exams.view_candidacy")
    qs = round_candidacies(request.user, exam_round)
    if status:
        qs = qs.filter(status=status)
    return list(qs.prefetch_related("documents")[:1000])


@router.post(
    "/rounds/{int:pk}/candidacies",
    response={201: CandidacyOut},
    summary="Submit a candidate of your office (Art. 58.1)",
)
def submit_candidate(request, pk: int, payload: CandidateIn):
    exam_round = access_exam_round(request.user, pk, perm="exams.add_candidacy")
    try:
        person = access_person(request.user, payload.person_id)
    except Http404:
        raise ValidationError({"person_id": ["No such person in your scope."]}) from None
    candidacy = services.candidate_submit(
        actor=request.user,
        exam_round=exam_round,
        person=person,
        facts=payload.facts.dict(),
        on=_today(),
    )
    return Status(201, candidacy)


@router.post(
    "/rounds/{int:pk}/compilation",
    response=CompiledOut,
    summary="Compile the province's list (Art. 58.2)",
)
def compile_list(request, pk: int):
    exam_round = access_exam_round(request.user, pk, perm="exams.change_candidacy")
    count = services.province_list_compile(actor=request.user, exam_round=exam_round, on=_today())
    return {"listed": count}


@router.get("/candidacies/{int:pk}", response=CandidacyOut, summary="A candidacy")
def get_candidacy(request, pk: int):
    return access_candidacy(request.user, pk)


@router.post(
    "/candidacies/{int:pk}/preselection",
    response=CandidacyOut,
    summary="Record the pre-selection (Art. 58.3)",
)
def preselect(request, pk: int, payload: PreselectIn):
    candidacy = access_candidacy(request.user, pk, perm="exams.change_candidacy")
    return services.candidate_preselect(
        actor=request.user, candidacy=candidacy, on=_today(), **payload.dict()
    )


@router.post(
    "/candidacies/{int:pk}/documents",
    response={201: CandidacyOut},
    summary="Add a document to the dossier (Art. 59)",
)
def add_document(request, pk: int, payload: CandidacyDocumentIn):
    candidacy = access_candidacy(request.user, pk, perm="exams.change_candidacy")
    services.dossier_document_add(
        actor=request.user, candidacy=candidacy, on=_today(), **payload.dict()
    )
    return Status(201, access_candidacy(request.user, pk))


@router.post(
    "/rounds/{int:pk}/publication",
    response=list[CandidacyOut],
    summary="Check the dossiers and publish the list of qualified candidates (Art. 60)",
)
def publish(request, pk: int):
    exam_round = access_exam_round(request.user, pk, perm="exams.change_examround")
    rows = services.qualified_list_publish(actor=request.user, exam_round=exam_round, on=_today())
    return list(
        round_candidacies(request.user, exam_round)
        .filter(pk__in=[c.pk for c in rows])
        .prefetch_related("documents")
    )


@router.post(
    "/rounds/{int:pk}/board",
    response=RoundOut,
    summary="Record the board of examiners established by the Minister (Art. 61)",
)
def record_board(request, pk: int, payload: ExamBoardIn):
    exam_round = access_exam_round(request.user, pk, perm="exams.change_examround")
    with transaction.atomic():
        services.board_establish(
            actor=request.user,
            exam_round=exam_round,
            decision_ref=payload.decision_ref,
            decided_on=payload.decided_on,
            proposal_ref=payload.proposal_ref,
            on=_today(),
        )
        for member in payload.members:
            services.board_member_add(actor=request.user, exam_round=exam_round, **member.dict())
    return access_exam_round(request.user, pk)


@router.post(
    "/candidacies/{int:pk}/result",
    response=CandidacyOut,
    summary="Record the result of a qualified candidate (Art. 61.2.c)",
)
def record_result(request, pk: int, payload: ResultIn):
    candidacy = access_candidacy(request.user, pk, perm="exams.change_examround")
    return services.result_record(
        actor=request.user, candidacy=candidacy, on=_today(), **payload.dict()
    )


@router.post(
    "/rounds/{int:pk}/report",
    response=RoundOut,
    summary="Consolidate the results and report to the Minister (Art. 62.1)",
)
def report(request, pk: int):
    exam_round = access_exam_round(request.user, pk, perm="exams.change_examround")
    return services.results_report(actor=request.user, exam_round=exam_round, on=_today())


@router.get("/rounds/{int:pk}/report", summary="The consolidated report (Art. 62.1)")
def get_report(request, pk: int):
    exam_round = access_exam_round(request.user, pk)
    data = exam_round_report(request.user, exam_round)
    keys = [k for k, _label in REPORT_COLUMNS]
    return {
        "round": exam_round.pk,
        "provinces": [
            {"province_id": r["province"].pk, "province": r["province"].name}
            | {k: r[k] for k in keys}
            for r in data["rows"]
        ],
        "totals": {k: data["totals"][k] for k in keys},
        "passed": [
            {
                "candidacy_id": c.pk,
                "person_id": c.person_id,
                "full_name": c.person.full_name,
                "score": str(c.score),
                "decision_id": c.decision_id,
            }
            for c in data["passed"]
        ],
    }


@router.post(
    "/candidacies/{int:pk}/designation",
    response={201: DesignationDecisionOut},
    summary="Record the Minister's designation decision (Art. 62.1)",
)
def designate(request, pk: int, payload: DesignateIn):
    decision = services.candidate_designate(
        actor=request.user,
        candidacy=access_candidacy(request.user, pk, perm="exams.change_candidacy"),
        on=_today(),
        signer_name=payload.signer_name,
    )
    return Status(
        201,
        {
            "id": decision.pk,
            "number": decision.number,
            "person_id": decision.person_id,
            "signed_on": decision.signed_on,
            "effect": decision.effect,
            "pdf": reverse("decision-pdf", args=[decision.pk]),
        },
    )
