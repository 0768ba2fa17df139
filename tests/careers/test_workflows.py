"""A transfer's state is guarded in one place: proposed → decided (by the competent authority,
Art. 70) → ended (a secondment's return), whoever saves it (a service, the admin, the shell)."""

from __future__ import annotations

from datetime import date

import pytest
from django.core.exceptions import ValidationError

from thads.careers import services
from thads.careers.models import TRANSFER_WORKFLOW, Transfer, TransferStatus
from thads.core.errors import CoreError, DomainError

ON = date(2026, 9, 1)
# The admin's form validates the instance without the fields it does not show.
ADMIN_EXCLUDE = ["decision", "proposed_by"]


def _refused_by_save(obj, status):
    obj.status = status
    with pytest.raises(DomainError) as exc:
        obj.save()
    assert exc.value.code == CoreError.TRANSITION_NOT_ALLOWED and exc.value.field == "status"


def _refused_by_full_clean(obj, status):
    obj.status = status
    with pytest.raises(ValidationError) as exc:
        obj.full_clean(exclude=ADMIN_EXCLUDE)
    assert "status" in exc.value.message_dict


@pytest.fixture
def proposed(people, service):
    return services.transfer_propose(
        actor=None,
        person=people.d001,
        kind="secondment",
        to_authority=service.d002,
        starts_on=ON,
        ends_on=date(2027, 2, 28),
    )


@pytest.fixture
def ended(proposed, director01):
    services.transfer_decide(actor=director01, transfer=proposed, signed_on=ON)
    return services.transfer_return(actor=None, transfer=proposed)


def test_every_status_is_in_the_workflow():
    assert TRANSFER_WORKFLOW.states() == set(TransferStatus.values)


@pytest.mark.parametrize("refuse", [_refused_by_save, _refused_by_full_clean])
def test_a_proposed_transfer_does_not_end_without_a_decision(proposed, refuse):
    history = proposed.history.count()
    refuse(proposed, TransferStatus.ENDED)
    proposed.refresh_from_db()
    assert proposed.status == TransferStatus.PROPOSED and proposed.decision is None
    assert proposed.history.count() == history


@pytest.mark.parametrize("refuse", [_refused_by_save, _refused_by_full_clean])
def test_an_ended_secondment_is_not_decided_again(ended, refuse):
    history = ended.history.count()
    refuse(ended, TransferStatus.PROPOSED)
    ended.refresh_from_db()
    assert ended.status == TransferStatus.ENDED
    assert ended.history.count() == history


def test_a_transfer_is_not_created_already_decided(people, service):
    transfer = Transfer(
        person=people.d001,
        kind="rotation",
        from_authority=service.d001,
        to_authority=service.d002,
        starts_on=ON,
        decided_by="provincial_director",
        status=TransferStatus.DECIDED,
    )
    with pytest.raises(DomainError):
        transfer.save()
    assert not Transfer.objects.exists()


def test_a_proposed_transfer_is_decided(proposed):
    proposed.status = TransferStatus.DECIDED
    proposed.full_clean(exclude=ADMIN_EXCLUDE)
    proposed.save()
    proposed.refresh_from_db()
    assert proposed.status == TransferStatus.DECIDED


def test_the_services_move_along_the_table(proposed, director01):
    services.transfer_consult(actor=None, transfer=proposed, consulted_on=ON, note="Đồng ý")
    services.transfer_decide(actor=director01, transfer=proposed, signed_on=ON)
    proposed.refresh_from_db()
    assert proposed.status == TransferStatus.DECIDED
    services.transfer_return(actor=None, transfer=proposed)
    proposed.refresh_from_db()
    assert proposed.status == TransferStatus.ENDED
