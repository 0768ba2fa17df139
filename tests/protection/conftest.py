"""Records of every protection entity under D001 (cases, incidents, operations) and P01
(the inspection), and a P01 user whose role gives no permission at all."""

from dataclasses import dataclass
from datetime import date

import pytest
from django.contrib.auth.models import User
from django.core.files.uploadedfile import SimpleUploadedFile

from tests import factories as f
from thads.accounts.models import Profile
from thads.protection import operations, services
from thads.protection.incidents import incident_report

ON = date(2026, 6, 1)


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


@dataclass
class Records:
    case: object
    inspection: object
    incident: object
    evidence: object
    operation: object


@pytest.fixture
def records(service, users) -> Records:
    case = services.case_open(
        actor=users.bob,
        authority=service.d001,
        number="123/QĐ-CCTHADS",
        judgment_ref="Bản án 45/2025/DS-ST",
        opened_on=date(2026, 1, 10),
        parties=[{"kind": "person", "name": "Trần Văn Bảo", "date_of_birth": date(1960, 3, 4)}],
    )
    inspection = services.inspection_order(
        actor=users.alice,
        authority=service.p01,
        decision_ref="12/QĐ-KT",
        decided_on=ON,
        cases=[case],
    )
    photo = SimpleUploadedFile("ao.jpg", b"\xff\xd8\xff" + b"0" * 100, content_type="image/jpeg")
    incident = incident_report(
        actor=users.bob,
        authority=service.d001,
        data={
            "occurred_on": date(2026, 3, 1),
            "place": "Thôn 3",
            "kind": "threat",
            "description": "x",
        },
        evidence=photo,
    )
    operation = operations.operation_plan(
        actor=users.bob, case=case, planned_on=ON, place="Xã Tân Dân", police_officers=2
    )
    return Records(case, inspection, incident, incident.evidence.get(), operation)


@pytest.fixture
def nadia(service):
    """A P01 user whose role grants nothing: in scope, without any permission."""
    user = User.objects.create_user(username="nadia", password=f.PASSWORD)
    Profile.objects.create(user=user, role="inspector", authority=service.p01)
    return User.objects.get(pk=user.pk)
