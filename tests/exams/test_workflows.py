"""The examination's states are guarded in one place: a round and a candidacy move only along
their transition tables, whoever saves them (a service, the admin, the shell)."""

from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError

from tests.exams.conftest import GOOD, ON
from thads.core.errors import CoreError, DomainError
from thads.exams import services
from thads.exams.models import (
    CANDIDACY_WORKFLOW,
    ROUND_WORKFLOW,
    Candidacy,
    CandidacyStatus,
    ExamRound,
    RoundStatus,
)

# The admin's form validates the instance without the fields it does not show.
ADMIN_EXCLUDE = ["created_by", "submitted_by", "decision"]


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


def test_every_status_is_in_its_workflow():
    assert ROUND_WORKFLOW.states() == set(RoundStatus.values)
    assert CANDIDACY_WORKFLOW.states() == set(CandidacyStatus.values)


@pytest.mark.parametrize("refuse", [_refused_by_save, _refused_by_full_clean])
def test_a_round_cannot_report_before_publishing_its_list(exam_round, refuse):
    history = exam_round.history.count()
    refuse(exam_round, RoundStatus.REPORTED)
    exam_round.refresh_from_db()
    assert exam_round.status == RoundStatus.OPEN
    assert exam_round.history.count() == history


@pytest.mark.parametrize("refuse", [_refused_by_save, _refused_by_full_clean])
def test_a_reported_round_does_not_reopen(reported, refuse):
    exam_round = reported["round"]
    refuse(exam_round, RoundStatus.OPEN)
    exam_round.refresh_from_db()
    assert exam_round.status == RoundStatus.REPORTED


def test_a_round_is_not_created_already_published(users):
    exam_round = ExamRound(
        grade="officer_junior", year=2026, opened_on=ON, status=RoundStatus.PUBLISHED
    )
    with pytest.raises(DomainError):
        exam_round.save()
    assert not ExamRound.objects.exists()


def test_a_round_publishes_its_list(exam_round):
    exam_round.status = RoundStatus.PUBLISHED
    exam_round.full_clean(exclude=ADMIN_EXCLUDE)
    exam_round.save()
    exam_round.refresh_from_db()
    assert exam_round.status == RoundStatus.PUBLISHED


@pytest.mark.parametrize("refuse", [_refused_by_save, _refused_by_full_clean])
def test_a_submitted_candidate_is_not_qualified_without_the_steps_between(
    exam_round, candidates, users, refuse
):
    c = services.candidate_submit(
        actor=users.bob, exam_round=exam_round, person=candidates["mai"], facts=GOOD, on=ON
    )
    history = c.history.count()
    refuse(c, CandidacyStatus.QUALIFIED)
    c.refresh_from_db()
    assert c.status == CandidacyStatus.SUBMITTED
    assert c.history.count() == history


@pytest.mark.parametrize("refuse", [_refused_by_save, _refused_by_full_clean])
def test_a_candidate_who_was_not_qualified_does_not_pass(published, refuse):
    nam = published["nam"]
    refuse(nam, CandidacyStatus.PASSED)
    nam.refresh_from_db()
    assert nam.status == CandidacyStatus.NOT_QUALIFIED and nam.score is None


def test_a_candidacy_is_not_created_as_passed(exam_round, candidates, service):
    c = Candidacy(
        round=exam_round,
        person=candidates["mai"],
        authority=service.d001,
        province=service.p01,
        grade_at_submission="secretary",
        submitted_on=ON,
        status=CandidacyStatus.PASSED,
    )
    with pytest.raises(DomainError):
        c.save()
    assert not Candidacy.objects.exists()


def test_the_province_lists_a_submitted_candidate(exam_round, candidates, users):
    c = services.candidate_submit(
        actor=users.bob, exam_round=exam_round, person=candidates["mai"], facts=GOOD, on=ON
    )
    c.status = CandidacyStatus.LISTED
    c.full_clean(exclude=ADMIN_EXCLUDE)
    c.save()
    c.refresh_from_db()
    assert c.status == CandidacyStatus.LISTED
