"""Coercive operations: a risk assessment before approval, drawn from incidents with the same
parties or place and from the plan; protection measures required for high risk."""

from datetime import date

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from thads.core.errors import DomainError
from thads.protection import operations, services
from thads.protection.errors import ProtectionError
from thads.protection.incidents import incident_report
from thads.protection.models import Operation, OperationStatus

ON = date(2026, 6, 1)


@pytest.fixture
def cases(service, users):
    party = {
        "kind": "person",
        "name": "Trần Văn Bảo",
        "date_of_birth": date(1960, 3, 4),
        "national_id": "001060000111",
    }
    first = services.case_open(
        actor=users.bob,
        authority=service.d001,
        number="1/2024",
        judgment_ref="BA 1",
        opened_on=date(2024, 1, 1),
        parties=[party],
    )
    second = services.case_open(
        actor=users.bob,
        authority=service.d001,
        number="7/2026",
        judgment_ref="BA 7",
        opened_on=date(2026, 1, 1),
        parties=[{**party, "national_id": ""}],
    )
    return first, second


def test_no_history_is_low_risk(cases, users):
    op = operations.operation_plan(
        actor=users.bob, case=cases[1], planned_on=ON, place="Xã Tân Dân"
    )
    op = operations.operation_assess(actor=users.bob, operation=op, on=ON)
    assert op.risk_level == "low" and [r["code"] for r in op.risk_reasons] == ["no_history"]


def test_incidents_with_the_same_party_in_another_case_raise_the_risk(cases, users, service):
    incident_report(
        actor=users.bob,
        authority=service.d001,
        data={
            "occurred_on": date(2025, 5, 1),
            "place": "Thôn 3",
            "kind": "hazard",
            "case": cases[0],
            "description": "Dây điện thả xuống ao",
            "relatives_affected": True,
        },
    )
    op = operations.operation_plan(
        actor=users.bob, case=cases[1], planned_on=ON, place="Xã Tân Dân", police_officers=1
    )
    op = operations.operation_assess(actor=users.bob, operation=op, on=ON)
    codes = [r["code"] for r in op.risk_reasons]
    assert codes == [
        "incident_same_parties",
        "relatives_threatened",
        "hazard_without_power_company",
    ]
    assert op.risk_level == "high"  # 3 + 1 + 2
    with pytest.raises(ValidationError) as exc:
        operations.operation_approve(actor=users.bob, operation=op, on=ON)
    assert set(exc.value.message_dict) == {"protection_measures", "relatives_protection"}
    op = operations.operation_approve(
        actor=users.bob,
        operation=op,
        on=ON,
        protection_measures="Cắt điện trước, công an đi cùng",
        relatives_protection="Công an xã bảo vệ nhà riêng của Chấp hành viên",
    )
    assert op.status == "approved" and op.approved_by == users.bob


def test_incident_at_the_same_place_counts(cases, users, service):
    incident_report(
        actor=users.bob,
        authority=service.d001,
        data={
            "occurred_on": date(2026, 2, 1),
            "place": "Chợ Tân Dân, xã Tân Dân",
            "kind": "crowd",
            "description": "x",
        },
    )
    op = operations.operation_plan(
        actor=users.bob, case=cases[1], planned_on=ON, place="xa tan dan"
    )
    op = operations.operation_assess(actor=users.bob, operation=op, on=ON)
    assert [r["code"] for r in op.risk_reasons] == ["incident_same_place", "few_police"]
    assert op.risk_level == "medium"


def test_no_approval_without_assessment(cases, users):
    op = operations.operation_plan(actor=users.bob, case=cases[1], planned_on=ON, place="X")
    with pytest.raises(DomainError) as exc:
        operations.operation_approve(actor=users.bob, operation=op, on=ON)
    assert exc.value.code == ProtectionError.NOT_ASSESSED


def test_operation_pages_are_scoped(client, cases, users):
    client.force_login(users.bob)
    r = client.post(
        reverse("operation-new", args=[cases[1].pk]),
        {"planned_on": "2026-06-01", "place": "Xã Tân Dân"},
    )
    url = r["Location"]
    op = Operation.objects.get()
    assert url == reverse("operation-detail", args=[op.pk])
    assert client.post(reverse("operation-assess", args=[op.pk])).status_code == 302
    op.refresh_from_db()
    assert op.status == OperationStatus.ASSESSED
    assert "Xã Tân Dân" in client.get(url).content.decode()
    client.force_login(users.carol)
    assert client.get(url).status_code == 404
