"""/api/v1/protection: cases, inspections (with recusal and confidentiality), incidents and
coercive operations — the same services as the pages, scoped the same way."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Literal

from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.utils import timezone
from ninja import Field, Router, Schema, Status

from thads.core.access import require
from thads.people.selectors import access_person
from thads.protection import operations, services
from thads.protection.incidents import incident_report
from thads.protection.models import Inspection
from thads.protection.selectors import (
    access_case,
    access_inspection,
    access_inspection_file,
    access_operation,
    acting_authority,
    cases_visible_to,
    incidents_filter,
    incidents_visible_to,
)
from thads.protection.services import ERR_NO_CASES
from thads.rules import vocab

router = Router(tags=["protection"])


class PartyIn(Schema):
    kind: Literal["person", "organisation"] = "person"
    name: str = Field(..., min_length=1, max_length=200)
    date_of_birth: date | None = None
    national_id: str = Field("", pattern=r"^(\d{9}|\d{12})?$")


class CaseIn(Schema):
    number: str = Field(..., min_length=1, max_length=40)
    judgment_ref: str = Field(..., min_length=1, max_length=120)
    opened_on: date
    officer_id: int | None = None
    parties: list[PartyIn] = []


class CaseOut(Schema):
    id: int
    number: str
    judgment_ref: str
    authority_id: int
    officer_id: int | None
    opened_on: date


Key = Annotated[int, Field(gt=0, lt=2**63)]


class InspectionIn(Schema):
    decision_ref: str = Field(..., min_length=1, max_length=60)
    case_ids: list[Key]


class InspectionOut(Schema):
    id: int
    decision_ref: str
    status: str
    authority_id: int
    inspector_ids: list[int]

    @staticmethod
    def resolve_inspector_ids(obj: Inspection) -> list[int]:
        return list(obj.inspectors.values_list("id", flat=True))


class AssignIn(Schema):
    inspector_id: int


class TextIn(Schema):
    text: str = Field(..., min_length=1, max_length=10000)


class IncidentIn(Schema):
    occurred_on: date
    place: str = Field(..., min_length=1, max_length=255)
    kind: vocab.IncidentKind
    case_id: int | None = None
    description: str = Field(..., min_length=1)
    relatives_affected: bool = False
    reported_police: bool = False
    reported_commune: bool = False
    measures: str = ""


class IncidentOut(Schema):
    id: int
    occurred_on: date
    place: str
    kind: str
    status: str
    authority_id: int


class OperationIn(Schema):
    planned_on: date
    place: str = Field(..., min_length=1, max_length=255)
    police_officers: int = Field(0, ge=0, le=500)
    commune_requested: bool = False
    power_company_requested: bool = False
    other_forces: str = ""
    tools_planned: str = ""


class OperationOut(Schema):
    id: int
    case_id: int
    status: str
    risk_level: str
    risk_reasons: list[dict]


class ApproveIn(Schema):
    protection_measures: str = ""
    relatives_protection: str = ""


@router.get("/cases", response=list[CaseOut], summary="Cases in scope")
def list_cases(request):
    require(request.user, "protection.view_case")
    return list(cases_visible_to(request.user)[:500])


@router.post("/cases", response={201: CaseOut}, summary="Open a case with its parties")
def open_case(request, payload: CaseIn):
    require(request.user, "protection.add_case")
    officer = None
    if payload.officer_id is not None:
        try:
            officer = access_person(request.user, payload.officer_id)
        except Http404:
            raise ValidationError({"officer_id": ["No such person in your scope."]}) from None
    case = services.case_open(
        actor=request.user,
        authority=acting_authority(request.user),
        number=payload.number,
        judgment_ref=payload.judgment_ref,
        opened_on=payload.opened_on,
        officer=officer,
        parties=[p.dict() for p in payload.parties],
    )
    return Status(201, case)


@router.post(
    "/inspections",
    response={201: InspectionOut},
    summary="Record the decision ordering an inspection",
)
def order_inspection(request, payload: InspectionIn):
    require(request.user, "protection.add_inspection")
    if not payload.case_ids:
        raise ValidationError({"case_ids": [ERR_NO_CASES]})
    cases = list(cases_visible_to(request.user).filter(pk__in=payload.case_ids))
    if len(cases) != len(set(payload.case_ids)):
        raise ValidationError({"case_ids": ["No such case in your scope."]})
    inspection = services.inspection_order(
        actor=request.user,
        authority=acting_authority(request.user, cases=cases),
        decision_ref=payload.decision_ref,
        decided_on=timezone.localdate(),
        cases=cases,
    )
    return Status(201, inspection)


@router.post(
    "/inspections/{int:pk}/inspectors",
    response=InspectionOut,
    summary="Assign an inspector (recusal, Art. 68.4)",
)
def assign(request, pk: int, payload: AssignIn):
    inspection = access_inspection(request.user, pk, perm="protection.change_inspection")
    try:
        inspector = access_person(request.user, payload.inspector_id)
    except Http404:
        raise ValidationError({"inspector_id": ["No such person in your scope."]}) from None
    return services.inspection_assign(
        actor=request.user, inspection=inspection, inspector=inspector
    )


@router.get(
    "/inspections/{int:pk}/file", summary="The inspection file (confidential until the conclusion)"
)
def inspection_file(request, pk: int):
    inspection = access_inspection_file(request.user, pk)
    return {
        "status": inspection.status,
        "conclusion": inspection.conclusion,
        "notes": [
            {"at": n.created_at.isoformat(), "author": n.author.username, "text": n.text}
            for n in inspection.notes.select_related("author")
        ],
    }


@router.post("/inspections/{int:pk}/notes", response={201: dict}, summary="Add a note to the file")
def add_note(request, pk: int, payload: TextIn):
    note = services.file_note_add(
        actor=request.user,
        inspection=access_inspection_file(request.user, pk, write=True),
        text=payload.text,
    )
    return Status(201, {"id": note.pk})


@router.post(
    "/inspections/{int:pk}/conclusion",
    response=InspectionOut,
    summary="Record and publish the conclusion",
)
def conclude(request, pk: int, payload: TextIn):
    return services.inspection_conclude(
        actor=request.user,
        inspection=access_inspection_file(request.user, pk, write=True),
        conclusion=payload.text,
        on=timezone.localdate(),
    )


@router.get("/incidents", response=list[IncidentOut], summary="Incidents in scope")
def list_incidents(request, kind: vocab.IncidentKind | None = None):
    require(request.user, "protection.view_incident")
    return list(incidents_filter(incidents_visible_to(request.user), kind=kind or "")[:500])


@router.post("/incidents", response={201: IncidentOut}, summary="Report an incident")
def report_incident(request, payload: IncidentIn):
    require(request.user, "protection.add_incident")
    data = payload.dict()
    case_id = data.pop("case_id")
    if data["occurred_on"] > timezone.localdate():
        raise ValidationError({"occurred_on": ["An incident cannot be in the future."]})
    if case_id is not None:
        data["case"] = access_case(request.user, case_id)
    profile = getattr(request.user, "profile", None)
    if profile is None:
        raise PermissionDenied
    people = [profile.person] if profile.person_id else []
    return Status(
        201,
        incident_report(actor=request.user, authority=profile.authority, data=data, people=people),
    )


@router.post(
    "/cases/{int:case_id}/operations",
    response={201: OperationOut},
    summary="Plan a coercive operation",
)
def plan_operation(request, case_id: int, payload: OperationIn):
    case = access_case(request.user, case_id, perm="protection.add_operation")
    return Status(201, operations.operation_plan(actor=request.user, case=case, **payload.dict()))


@router.post("/operations/{int:pk}/assessment", response=OperationOut, summary="Assess the risk")
def assess(request, pk: int):
    return operations.operation_assess(
        actor=request.user,
        operation=access_operation(request.user, pk, perm="protection.change_operation"),
        on=timezone.localdate(),
    )


@router.post(
    "/operations/{int:pk}/approval", response=OperationOut, summary="Approve after the assessment"
)
def approve(request, pk: int, payload: ApproveIn):
    return operations.operation_approve(
        actor=request.user,
        operation=access_operation(request.user, pk, perm="protection.change_operation"),
        on=timezone.localdate(),
        **payload.dict(),
    )
