"""The exams' part of the access funnel: a record outside the user's scope and a missing one
get the same 404, in the selectors, the pages and the API; inside the scope, a step the role
may not take is 403. Rounds are scoped by system (civil or military), candidacies by the
authority that submitted them."""

from __future__ import annotations

import pytest
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.urls import reverse

from tests import factories as f
from tests.exams.conftest import GOOD
from thads.careers.models import Decision
from thads.core.errors import CoreError
from thads.exams.models import Candidacy, CandidacyStatus, RoundStatus
from thads.exams.selectors import (
    access_candidacy,
    access_exam_round,
    candidacies_visible_to,
    exam_rounds_visible_to,
)

ROUND_STEPS = ["submit", "compile", "publish", "board", "member", "consolidate"]
CANDIDACY_STEPS = ["preselect", "document", "result", "designate"]
API_ROUND_STEPS = ["candidacies", "compilation", "publication", "board", "report"]
API_CANDIDACY_STEPS = ["preselection", "documents", "result", "designation"]


@pytest.fixture
def soldier(service):
    """The head of a military-region office: the civil rounds are not his."""
    return f.user("qkhead", "district_head", service.qk1)


# --- the selectors ---------------------------------------------------------------------------


def test_access_exam_round_in_scope_gives_the_round(users, exam_round):
    assert access_exam_round(users.carol, exam_round.pk) == exam_round
    assert access_exam_round(users.bob, str(exam_round.pk)) == exam_round


def test_access_exam_round_of_the_other_system_is_404(soldier, exam_round):
    assert not exam_rounds_visible_to(soldier).exists()
    with pytest.raises(Http404):
        access_exam_round(soldier, exam_round.pk)


@pytest.mark.parametrize("pk", [999999, 0, -1, "abc", "1e3", 2**70, None])
def test_access_exam_round_missing_or_absurd_id_is_404(users, exam_round, pk):
    with pytest.raises(Http404):
        access_exam_round(users.admin, pk)


def test_access_exam_round_read_only_role_on_a_step_is_403(users, exam_round):
    with pytest.raises(PermissionDenied):
        access_exam_round(users.audrey, exam_round.pk, perm="exams.change_examround")


def test_access_candidacy_in_scope_gives_the_candidacy(users, published):
    nam = published["nam"]
    for persona in ("bob", "alice", "ivan", "admin", "audrey"):
        assert access_candidacy(getattr(users, persona), nam.pk) == nam, persona


def test_access_candidacy_of_another_province_is_404(users, published):
    assert not candidacies_visible_to(users.carol).exists()
    with pytest.raises(Http404):
        access_candidacy(users.carol, published["nam"].pk)


def test_access_candidacy_missing_is_404(users, published):
    with pytest.raises(Http404):
        access_candidacy(users.admin, 999999)


def test_access_candidacy_read_only_role_on_a_step_is_403(users, published):
    with pytest.raises(PermissionDenied):
        access_candidacy(users.audrey, published["nam"].pk, perm="exams.change_candidacy")


# --- the pages: one URL per step -------------------------------------------------------------


@pytest.mark.parametrize("step", ROUND_STEPS)
def test_round_steps_are_404_outside_the_scope_and_403_for_read_only(
    client, users, soldier, exam_round, step
):
    url = reverse(f"exams-round-{step}", args=[exam_round.pk])
    client.force_login(soldier)
    assert client.post(url).status_code == 404
    client.force_login(users.audrey)
    assert client.post(url).status_code == 403
    client.force_login(users.admin)
    assert client.get(url).status_code == 405
    missing = reverse(f"exams-round-{step}", args=[999999])
    assert client.post(missing).status_code == 404
    exam_round.refresh_from_db()
    assert exam_round.status == RoundStatus.OPEN and not exam_round.board_members.exists()
    assert not Candidacy.objects.exists()


@pytest.mark.parametrize("step", CANDIDACY_STEPS)
def test_candidacy_steps_are_404_in_another_province(client, users, published, step):
    nam = published["nam"]
    client.force_login(users.carol)
    assert client.post(reverse(f"exams-candidacy-{step}", args=[nam.pk])).status_code == 404
    client.force_login(users.admin)
    assert client.post(reverse(f"exams-candidacy-{step}", args=[999999])).status_code == 404
    nam.refresh_from_db()
    assert nam.status == CandidacyStatus.NOT_QUALIFIED and nam.documents.count() == 2


@pytest.mark.parametrize("step", CANDIDACY_STEPS)
def test_candidacy_steps_are_403_for_read_only(client, users, published, step):
    mai = published["mai"]
    client.force_login(users.audrey)
    r = client.post(reverse(f"exams-candidacy-{step}", args=[mai.pk]), {"score": "90"})
    assert r.status_code == 403
    mai.refresh_from_db()
    assert mai.status == CandidacyStatus.QUALIFIED and mai.score is None


@pytest.mark.parametrize("name", ["exams-round", "exams-report", "exams-report-xlsx"])
def test_round_pages_only_read(client, users, exam_round, name):
    client.force_login(users.admin)
    assert client.post(reverse(name, args=[exam_round.pk])).status_code == 405


def test_candidacy_page_only_reads(client, users, published):
    client.force_login(users.admin)
    r = client.post(reverse("exams-candidacy", args=[published["mai"].pk]))
    assert r.status_code == 405


def test_old_dispatcher_urls_are_gone(client, users, exam_round):
    client.force_login(users.admin)
    assert client.post(f"/examinations/{exam_round.pk}/nonsense/").status_code == 404


# --- the API ---------------------------------------------------------------------------------


@pytest.mark.parametrize("step", API_ROUND_STEPS)
def test_api_round_steps_are_404_outside_the_scope_and_403_for_read_only(
    client, users, soldier, exam_round, candidates, step
):
    url = f"/api/v1/exams/rounds/{exam_round.pk}/{step}"
    body = {
        "candidacies": {"person_id": candidates["mai"].pk, "facts": GOOD},
        "board": {"decision_ref": "1/QĐ-BTP", "decided_on": "2026-05-20"},
    }.get(step, {})
    client.force_login(soldier)
    r = client.post(url, body, content_type="application/json")
    assert r.status_code == 404 and r.json()["error"]["code"] == CoreError.NOT_FOUND
    r = client.post(f"/api/v1/exams/rounds/999999/{step}", body, content_type="application/json")
    assert r.status_code == 404
    client.force_login(users.audrey)
    r = client.post(url, body, content_type="application/json")
    assert r.status_code == 403 and r.json()["error"]["code"] == CoreError.FORBIDDEN
    exam_round.refresh_from_db()
    assert exam_round.status == RoundStatus.OPEN and not exam_round.board_decision_ref
    assert not Candidacy.objects.exists()


def test_api_round_of_the_other_system_is_404(client, soldier, exam_round):
    client.force_login(soldier)
    assert client.get(f"/api/v1/exams/rounds/{exam_round.pk}").status_code == 404
    assert client.get(f"/api/v1/exams/rounds/{exam_round.pk}/report").status_code == 404
    assert client.get("/api/v1/exams/rounds").json() == []


def test_api_result_and_designation_are_403_for_read_only(client, users, reported):
    client.force_login(users.audrey)
    mai = reported["mai"]
    for step, body in (("result", {"score": 90, "passed": True}), ("designation", {})):
        r = client.post(
            f"/api/v1/exams/candidacies/{mai.pk}/{step}", body, content_type="application/json"
        )
        assert r.status_code == 403, step
    mai.refresh_from_db()
    assert mai.score == 82.5 and mai.status == CandidacyStatus.PASSED
    assert not Decision.objects.exists()


@pytest.mark.parametrize("step", API_CANDIDACY_STEPS)
def test_api_candidacy_steps_are_404_in_another_province(client, users, published, step):
    client.force_login(users.carol)
    nam = published["nam"]
    body = {
        "preselection": {"selected": True},
        "documents": {"kind": "application", "reference": "x", "dated_on": "2026-05-02"},
        "result": {"score": 90, "passed": True},
        "designation": {"signer_name": ""},
    }[step]
    r = client.post(
        f"/api/v1/exams/candidacies/{nam.pk}/{step}", body, content_type="application/json"
    )
    assert r.status_code == 404
    r = client.post(
        f"/api/v1/exams/candidacies/999999/{step}", body, content_type="application/json"
    )
    assert r.status_code == 404
    nam.refresh_from_db()
    assert nam.status == CandidacyStatus.NOT_QUALIFIED
