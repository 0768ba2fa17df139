"""The selection's part of the access funnel: a board is seen in its province, a dossier in
its district office and above; outside the scope and missing give the same 404 (selectors,
pages, API); inside the scope a step the role may not take is 403."""

from __future__ import annotations

import pytest
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.urls import reverse

from tests.selection.conftest import MEETING_ON
from thads.careers.models import Decision
from thads.core.errors import CoreError
from thads.selection.models import Meeting
from thads.selection.selectors import (
    access_dossier,
    access_selection_board,
    dossiers_visible_to,
    selection_boards_visible_to,
)

STEPS = {
    "meeting": {"held_on": MEETING_ON.isoformat()},
    "designate": {"signed_on": "2018-05-10"},
}


# --- the selectors ---------------------------------------------------------------------------


def test_access_selection_board_in_scope_gives_the_board(users, board):
    for persona in ("alice", "ivan", "admin", "audrey"):
        assert access_selection_board(getattr(users, persona), board.pk) == board, persona


def test_access_selection_board_of_another_province_is_404(users, board):
    assert not selection_boards_visible_to(users.carol).exists()
    with pytest.raises(Http404):
        access_selection_board(users.carol, board.pk)


@pytest.mark.parametrize("pk", [999999, "x", -3, 2**64])
def test_access_selection_board_missing_or_absurd_id_is_404(users, board, pk):
    with pytest.raises(Http404):
        access_selection_board(users.admin, pk)


def test_access_selection_board_read_only_role_on_a_write_is_403(users, board):
    with pytest.raises(PermissionDenied):
        access_selection_board(users.audrey, board.pk, perm="selection.add_selectionboard")


def test_access_dossier_in_scope_gives_the_dossier(users, dossier):
    for persona in ("alice", "admin", "audrey"):
        assert access_dossier(getattr(users, persona), dossier.pk) == dossier, persona


@pytest.mark.parametrize("persona", ["carol", "bob"])
def test_access_dossier_outside_the_scope_is_404(users, dossier, persona):
    """carol is another province; bob another district office of the same province."""
    user = getattr(users, persona)
    assert not dossiers_visible_to(user).exists()
    with pytest.raises(Http404):
        access_dossier(user, dossier.pk)


def test_access_dossier_missing_is_404(users, dossier):
    with pytest.raises(Http404):
        access_dossier(users.admin, dossier.pk + 1000)


def test_access_dossier_read_only_role_on_a_step_is_403(users, dossier):
    with pytest.raises(PermissionDenied):
        access_dossier(users.audrey, dossier.pk, perm="selection.add_meeting")


# --- the pages: one URL per step -------------------------------------------------------------


@pytest.mark.parametrize("step", list(STEPS))
def test_dossier_steps_are_404_outside_the_scope(client, users, proposed, step):
    client.force_login(users.carol)
    r = client.post(reverse(f"selection-dossier-{step}", args=[proposed.pk]), STEPS[step])
    assert r.status_code == 404
    client.force_login(users.alice)
    r = client.post(reverse(f"selection-dossier-{step}", args=[proposed.pk + 1000]), STEPS[step])
    assert r.status_code == 404
    assert client.get(reverse(f"selection-dossier-{step}", args=[proposed.pk])).status_code == 405
    assert Meeting.objects.count() == 1 and not Decision.objects.exists()


def test_a_refused_meeting_is_shown_again_with_its_errors(client, users, dossier):
    client.force_login(users.alice)
    r = client.post(reverse("selection-dossier-meeting", args=[dossier.pk]), {"held_on": ""})
    assert r.status_code == 400
    assert r.context["meeting_form"].errors["held_on"]
    assert not Meeting.objects.exists()


def test_a_proposal_already_passed_is_refused_on_the_form(client, users, proposed, board):
    client.force_login(users.alice)
    data = {"held_on": MEETING_ON.isoformat()}
    data |= {f"vote_{m.pk}": "for" for m in board.ordered_members()}
    r = client.post(reverse("selection-dossier-meeting", args=[proposed.pk]), data)
    assert r.status_code == 400
    (refusal,) = r.context["meeting_form"].non_field_errors()
    assert "khoản 4 Điều 63" in refusal
    assert Meeting.objects.count() == 1


@pytest.mark.parametrize("name", ["selection-board-detail", "selection-dossier-detail"])
def test_detail_pages_only_read(client, users, proposed, name):
    client.force_login(users.audrey)
    pk = proposed.board_id if name == "selection-board-detail" else proposed.pk
    assert client.post(reverse(name, args=[pk]), STEPS["meeting"]).status_code == 405
    assert Meeting.objects.count() == 1


# --- the API ---------------------------------------------------------------------------------


def test_api_designation_is_404_outside_the_scope_and_403_for_read_only(client, users, proposed):
    url = f"/api/v1/selection/dossiers/{proposed.pk}/designation"
    body = {"signed_on": "2018-05-10"}
    client.force_login(users.carol)
    r = client.post(url, body, content_type="application/json")
    assert r.status_code == 404 and r.json()["error"]["code"] == CoreError.NOT_FOUND
    client.force_login(users.audrey)
    r = client.post(url, body, content_type="application/json")
    assert r.status_code == 403 and r.json()["error"]["code"] == CoreError.FORBIDDEN
    r = client.post(
        f"/api/v1/selection/dossiers/{proposed.pk}/meetings",
        {"held_on": "2018-04-02", "votes": [{"member_id": 1, "vote": "for"}]},
        content_type="application/json",
    )
    assert r.status_code == 403
    assert not Decision.objects.exists() and Meeting.objects.count() == 1
