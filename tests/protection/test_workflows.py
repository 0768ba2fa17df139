"""Inspections, incidents and operations move only along their transition tables, whoever saves
them (a service, the admin's `full_clean`, the shell); nothing changes when a move is refused."""

import pytest
from django.core.exceptions import ValidationError

from thads.core.errors import CoreError, DomainError
from thads.protection import operations, services
from thads.protection.errors import ProtectionError
from thads.protection.incidents import incident_follow_up
from thads.protection.models import (
    INCIDENT_WORKFLOW,
    INSPECTION_WORKFLOW,
    OPERATION_WORKFLOW,
    Incident,
    IncidentStatus,
    Inspection,
    InspectionStatus,
    Operation,
    OperationStatus,
)

from .conftest import ON

FORBIDDEN = [
    pytest.param("inspection", "concluded", "open", id="inspection: a conclusion is final"),
    pytest.param("incident", "follow_up", "open", id="incident: follow-up does not reopen"),
    pytest.param("operation", "draft", "approved", id="operation: no approval before assessment"),
    pytest.param(
        "operation", "approved", "assessed", id="operation: no reassessment once approved"
    ),
    pytest.param("operation", "assessed", "draft", id="operation: no way back to the plan"),
]


def _put(record, status):
    """Put the record in `status` in the database, around the guard (test set-up only)."""
    type(record).objects.filter(pk=record.pk).update(status=status)
    record.refresh_from_db()
    return record


@pytest.mark.parametrize(("name", "stored", "wanted"), FORBIDDEN)
def test_a_forbidden_move_is_refused_by_save(records, name, stored, wanted):
    record = _put(getattr(records, name), stored)
    record.status = wanted
    with pytest.raises(DomainError) as exc:
        record.save()
    assert exc.value.code == CoreError.TRANSITION_NOT_ALLOWED and exc.value.field == "status"
    record.refresh_from_db()
    assert record.status == stored


@pytest.mark.parametrize(("name", "stored", "wanted"), FORBIDDEN)
def test_a_forbidden_move_is_refused_by_full_clean(records, name, stored, wanted):
    record = _put(getattr(records, name), stored)
    record.status = wanted
    with pytest.raises(ValidationError) as exc:
        record.full_clean()
    assert "status" in exc.value.message_dict
    record.refresh_from_db()
    assert record.status == stored


@pytest.mark.parametrize(
    ("model", "status"),
    [(Inspection, "concluded"), (Incident, "closed"), (Operation, "assessed")],
)
def test_a_record_is_created_only_in_its_initial_state(records, model, status):
    record = model.objects.first()
    before = model.objects.count()
    record.pk, record.id, record._state.adding, record.status = None, None, True, status
    with pytest.raises(DomainError):
        record.save()
    assert model.objects.count() == before


def test_allowed_moves_pass(records, users):
    services.inspection_conclude(
        actor=users.alice,
        inspection=records.inspection,
        conclusion="Không phát hiện vi phạm",
        on=ON,
    )
    incident_follow_up(
        actor=users.alice, incident=records.incident, status="closed", measures="", follow_up="Xong"
    )
    incident_follow_up(
        actor=users.alice,
        incident=records.incident,
        status="follow_up",
        measures="",
        follow_up="Lại",
    )
    op = operations.operation_assess(actor=users.bob, operation=records.operation, on=ON)
    op = operations.operation_assess(actor=users.bob, operation=op, on=ON)  # again, before approval
    op = operations.operation_approve(actor=users.bob, operation=op, on=ON)
    for record, status in (
        (records.inspection, "concluded"),
        (records.incident, "follow_up"),
        (records.operation, "approved"),
    ):
        record.refresh_from_db()
        assert record.status == status


def test_an_approved_operation_is_not_assessed_again(records, users):
    op = operations.operation_assess(actor=users.bob, operation=records.operation, on=ON)
    op = operations.operation_approve(actor=users.bob, operation=op, on=ON)
    with pytest.raises(DomainError) as exc:
        operations.operation_assess(actor=users.bob, operation=op, on=ON)
    assert exc.value.code == ProtectionError.APPROVED
    op.refresh_from_db()
    assert op.status == "approved"


@pytest.mark.parametrize(
    ("workflow", "choices"),
    [
        pytest.param(INSPECTION_WORKFLOW, InspectionStatus, id="inspection"),
        pytest.param(INCIDENT_WORKFLOW, IncidentStatus, id="incident"),
        pytest.param(OPERATION_WORKFLOW, OperationStatus, id="operation"),
    ],
)
def test_every_state_of_a_table_is_a_choice_of_its_model(workflow, choices):
    assert workflow.states() == set(choices.values)
