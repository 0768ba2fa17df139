"""Designation without examination through the pages and /api/v1/selection: the same steps,
refusals shown with their reasons and clause (400, never 500), scoped by authority (404
outside the scope)."""

from __future__ import annotations

from datetime import date

import pytest
from django.urls import reverse

from tests.selection.conftest import DECIDED_ON, MEETING_ON, MEMBERS, votes
from thads.careers.errors import CareersError
from thads.careers.models import Decision
from thads.organization.models import Authority
from thads.selection.errors import SelectionError
from thads.selection.models import BoardRole, Dossier, Meeting, SelectionBoard

DECREE = "Nghị định số 62/2015/NĐ-CP"


def post(client, url, body):
    return client.post(url, body, content_type="application/json")


def _board_form(members, authority, **extra):
    data = {
        "authority": authority.pk,
        "established_on": "2017-03-01",
        "decision_ref": "123/QĐ-BTP",
        "members-TOTAL_FORMS": str(len(members)),
        "members-INITIAL_FORMS": str(len(members)),
        "members-MIN_NUM_FORMS": "0",
        "members-MAX_NUM_FORMS": "20",
    }
    for i, m in enumerate(members):
        for key, value in m.items():
            data[f"members-{i}-{key}"] = value
    data.update(extra)
    return data


# --- pages -----------------------------------------------------------------------------------


def test_the_whole_procedure_through_the_pages(client, users, service, candidate, minister):
    client.force_login(users.alice)
    assert client.get(reverse("selection-board-new")).status_code == 200
    r = client.post(reverse("selection-board-new"), _board_form(MEMBERS, service.p01))
    board = SelectionBoard.objects.get()
    assert r.status_code == 302 and r.url == reverse("selection-board-detail", args=[board.pk])
    page = client.get(r.url).content.decode()
    assert "Hội Luật gia thành phố Hà Nội" in page and "khoản 4 Điều 63" in page

    r = client.post(
        reverse("selection-dossier-new"),
        {
            "board": board.pk,
            "person": candidate.pk,
            "target_grade": "officer_junior",
            "submitted_on": "2018-03-01",
            "commitment_years": "5",
            "commitment_signed_on": "2018-02-20",
            "documents": "Sơ yếu lý lịch; 2018-02-01\nBằng cử nhân luật",
        },
    )
    dossier = Dossier.objects.get()
    assert r.status_code == 302, r.content
    assert dossier.documents[1] == {"title": "Bằng cử nhân luật", "issued_on": ""}
    url = reverse("selection-dossier-detail", args=[dossier.pk])
    meeting_url = reverse("selection-dossier-meeting", args=[dossier.pk])
    designate_url = reverse("selection-dossier-designate", args=[dossier.pk])

    choices = ["for", "for", "for", "against", "absent", "absent"]
    data = {"held_on": MEETING_ON.isoformat()}
    data |= {f"vote_{m.pk}": c for m, c in zip(board.ordered_members(), choices, strict=True)}
    r = client.post(meeting_url, data)
    assert r.status_code == 302 and r.url == url
    meeting = Meeting.objects.get()
    assert meeting.quorate and not meeting.passed
    page = client.get(url).content.decode()
    assert "3/6" in page and "/law/nd62-2015/63/" in page  # reasons with their clause linked

    data |= {f"vote_{m.pk}": "for" for m in board.ordered_members()[:4]}
    assert client.post(meeting_url, data).status_code == 302
    assert Meeting.objects.filter(passed=True).count() == 1

    client.force_login(minister)
    r = client.post(designate_url, {"signed_on": "2020-07-01"})
    assert r.status_code == 400
    page = r.content.decode()
    assert "01/07/2020" in page and f"khoản 1 Điều 63 {DECREE}" in page
    assert Decision.objects.count() == 0

    r = client.post(designate_url, {"signed_on": DECIDED_ON.isoformat()})
    assert r.status_code == 302 and r.url == url
    decision = Decision.objects.get()
    page = client.get(url).content.decode()
    assert decision.number in page and reverse("decision-pdf", args=[decision.pk]) in page
    r = client.get(reverse("decision-pdf", args=[decision.pk]))
    assert r.status_code == 200 and r["Content-Type"] == "application/pdf"


def test_a_board_with_two_chairs_is_shown_again_with_the_clause(client, users, service):
    client.force_login(users.alice)
    members = [*MEMBERS[:5], {**MEMBERS[0], "name": "Vũ Văn Hai"}]
    r = client.post(reverse("selection-board-new"), _board_form(members, service.p01))

    assert r.status_code == 400
    page = r.content.decode()
    assert f"khoản 4 Điều 63 {DECREE}" in page
    assert "Vũ Văn Hai" in page  # the form is shown again with what was typed
    assert SelectionBoard.objects.count() == 0


def test_the_refusal_names_every_unmet_condition_on_the_page(
    client, proposed, minister, office, settings
):
    Authority.objects.filter(pk=office.pk).update(provincial_capital_unit=True)
    client.force_login(minister)
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    r = client.post(
        reverse("selection-dossier-designate", args=[proposed.pk]),
        {"signed_on": "2018-05-10"},
    )
    assert r.status_code == 400
    page = r.content.decode()
    assert "provincial capital" in page and f"điểm a khoản 1 Điều 63 {DECREE}" in page


def test_the_wrong_signer_is_told_who_decides(client, users, proposed):
    client.force_login(users.alice)
    r = client.post(
        reverse("selection-dossier-designate", args=[proposed.pk]),
        {"signed_on": "2018-05-10"},
    )
    assert r.status_code == 400
    assert f"khoản 3 Điều 63 {DECREE}" in r.content.decode()
    assert Decision.objects.count() == 0


@pytest.mark.parametrize(
    ("persona", "sees"),
    [("alice", True), ("admin", True), ("audrey", True), ("carol", False), ("bob", False)],
)
def test_boards_and_dossiers_are_seen_in_scope_only(client, users, proposed, persona, sees):
    client.force_login(getattr(users, persona))
    board_page = client.get(reverse("selection-board-detail", args=[proposed.board_id]))
    dossier_page = client.get(reverse("selection-dossier-detail", args=[proposed.pk]))
    boards = client.get(reverse("selection-board-list")).content.decode()
    dossiers = client.get(reverse("selection-dossier-list")).content.decode()

    # bob's district office is not the candidate's: he sees neither (the board is provincial).
    assert board_page.status_code == (200 if sees else 404)
    assert dossier_page.status_code == (200 if sees else 404)
    assert ("Nguyễn Thị Hằng Nga" in dossiers) is sees
    assert (reverse("selection-board-detail", args=[proposed.board_id]) in boards) is sees


def test_lists_filter_and_stay_within_a_few_queries(
    client, users, proposed, django_assert_max_num_queries
):
    client.force_login(users.alice)
    with django_assert_max_num_queries(15):
        page = client.get(reverse("selection-dossier-list"), {"status": "proposed"})
    assert "Nguyễn Thị Hằng Nga" in page.content.decode()
    page = client.get(reverse("selection-dossier-list"), {"status": "decided"})
    assert "Nguyễn Thị Hằng Nga" not in page.content.decode()
    page = client.get(reverse("selection-dossier-list"), {"q": "hang nga"})
    assert "Nguyễn Thị Hằng Nga" in page.content.decode()
    with django_assert_max_num_queries(15):
        page = client.get(reverse("selection-board-list"), {"q": "Hoàng Thị Luật"})
    assert reverse("selection-board-detail", args=[proposed.board_id]) in page.content.decode()


def test_read_only_users_cannot_record(client, users, proposed, board):
    client.force_login(users.audrey)
    assert client.get(reverse("selection-board-new")).status_code == 403
    r = client.post(
        reverse("selection-dossier-meeting", args=[proposed.pk]),
        {"held_on": "2018-04-02"},
    )
    assert r.status_code == 403
    r = client.post(
        reverse("selection-dossier-designate", args=[proposed.pk]),
        {"signed_on": "2018-05-10"},
    )
    assert r.status_code == 403
    assert Meeting.objects.filter(dossier=proposed).count() == 1
    assert Decision.objects.count() == 0


# --- API -------------------------------------------------------------------------------------


def test_the_whole_procedure_through_the_api(client, users, service, candidate, minister):
    client.force_login(users.alice)
    r = post(
        client,
        "/api/v1/selection/boards",
        {"authority_id": service.p01.pk, "established_on": "2017-03-01", "members": MEMBERS},
    )
    assert r.status_code == 201, r.content
    board = r.json()
    assert [m["role"] for m in board["members"]] == list(BoardRole.values)

    r = post(
        client,
        "/api/v1/selection/dossiers",
        {
            "board_id": board["id"],
            "person_id": candidate.pk,
            "submitted_on": "2018-03-01",
            "commitment_years": 5,
            "commitment_signed_on": "2018-02-20",
            "documents": [{"title": "Sơ yếu lý lịch"}],
        },
    )
    assert r.status_code == 201, r.content
    dossier = r.json()
    assert dossier["status"] == "open" and dossier["authority_id"] == candidate.authority_id

    ids = [m["id"] for m in board["members"]]
    r = post(
        client,
        f"/api/v1/selection/dossiers/{dossier['id']}/meetings",
        {
            "held_on": "2018-04-02",
            "votes": [
                {"member_id": i, "vote": "for" if n < 4 else "absent"} for n, i in enumerate(ids)
            ],
        },
    )
    assert r.status_code == 201, r.content
    meeting = r.json()
    assert meeting["quorate"] and meeting["passed"] and meeting["present_count"] == 4
    assert meeting["rule_answer"]["citations"] == [f"khoản 4 Điều 63 {DECREE}"]

    r = post(
        client,
        f"/api/v1/selection/dossiers/{dossier['id']}/designation",
        {"signed_on": "2018-05-10"},
    )
    assert r.status_code == 400 and r.json()["error"]["code"] == CareersError.WRONG_SIGNER

    client.force_login(minister)
    r = post(
        client,
        f"/api/v1/selection/dossiers/{dossier['id']}/designation",
        {"signed_on": "2020-07-01"},
    )
    assert r.status_code == 400
    error = r.json()["error"]
    assert error["code"] == SelectionError.NOT_ALLOWED
    assert error["citation"] == f"khoản 1 Điều 63 {DECREE}"
    assert "30/06/2020" in error["message"]

    r = post(
        client,
        f"/api/v1/selection/dossiers/{dossier['id']}/designation",
        {"signed_on": "2020-06-30"},
    )
    assert r.status_code == 201, r.content
    body = r.json()
    assert body["pdf"] == f"/decisions/{body['decision_id']}/pdf/"
    candidate.refresh_from_db()
    assert candidate.grade == "officer_junior"
    assert client.get(f"/api/v1/selection/dossiers/{dossier['id']}").json()["status"] == "decided"


def test_a_board_missing_a_seat_is_400_with_the_clause(client, users, service):
    client.force_login(users.alice)
    r = post(
        client,
        "/api/v1/selection/boards",
        {"authority_id": service.p01.pk, "established_on": "2017-03-01", "members": MEMBERS[:5]},
    )
    assert r.status_code == 400
    error = r.json()["error"]
    assert error["code"] == SelectionError.BOARD_COMPOSITION
    assert error["citation"] == f"khoản 4 Điều 63 {DECREE}"
    assert "members" in error["fields"]
    assert SelectionBoard.objects.count() == 0


@pytest.mark.parametrize(
    ("url", "body", "field"),
    [
        (
            "/api/v1/selection/boards",
            {"authority_id": 1, "established_on": "x", "members": []},
            "established_on",
        ),
        (
            "/api/v1/selection/boards",
            {
                "authority_id": 1,
                "established_on": "2017-03-01",
                "members": [{**MEMBERS[0], "role": "bar"}],
            },
            "members.0.role",
        ),
        (
            "/api/v1/selection/dossiers",
            {
                "board_id": 0,
                "person_id": 0,
                "submitted_on": "2018-03-01",
                "commitment_years": -1,
                "commitment_signed_on": "2018-03-01",
            },
            "commitment_years",
        ),
    ],
)
def test_bad_input_is_400_with_fields(client, users, url, body, field):
    client.force_login(users.alice)
    r = post(client, url, body)
    assert r.status_code == 400
    assert field in r.json()["error"]["fields"]


def test_votes_of_strangers_are_400_and_nothing_is_saved(client, users, dossier, board):
    client.force_login(users.alice)
    choices = votes(board, *("for",) * 6)
    body = {
        "held_on": "2018-04-02",
        "votes": [{"member_id": k, "vote": v} for k, v in choices.items()],
    }
    body["votes"][0]["member_id"] = 999999
    r = post(client, f"/api/v1/selection/dossiers/{dossier.pk}/meetings", body)
    assert r.status_code == 400 and "votes" in r.json()["error"]["fields"]
    body["votes"][0]["member_id"] = body["votes"][1]["member_id"]
    r = post(client, f"/api/v1/selection/dossiers/{dossier.pk}/meetings", body)
    assert r.status_code == 400
    assert Meeting.objects.count() == 0


def test_the_api_is_scoped(client, users, proposed, service, candidate):
    client.force_login(users.carol)
    assert client.get(f"/api/v1/selection/dossiers/{proposed.pk}").status_code == 404
    assert client.get(f"/api/v1/selection/boards/{proposed.board_id}").status_code == 404
    assert client.get("/api/v1/selection/dossiers").json() == []
    assert client.get("/api/v1/selection/boards").json() == []
    r = post(
        client,
        f"/api/v1/selection/dossiers/{proposed.pk}/meetings",
        {"held_on": "2018-04-02", "votes": [{"member_id": 1, "vote": "for"}]},
    )
    assert r.status_code == 404
    r = post(
        client,
        "/api/v1/selection/dossiers",
        {
            "board_id": proposed.board_id,
            "person_id": candidate.pk,
            "submitted_on": "2018-03-01",
            "commitment_years": 5,
            "commitment_signed_on": "2018-03-01",
        },
    )
    assert r.status_code == 400 and "board_id" in r.json()["error"]["fields"]
    r = post(
        client,
        "/api/v1/selection/boards",
        {"authority_id": service.p01.pk, "established_on": "2017-03-01", "members": MEMBERS},
    )
    assert r.status_code == 400 and "authority_id" in r.json()["error"]["fields"]

    client.force_login(users.alice)
    ids = [d["id"] for d in client.get("/api/v1/selection/dossiers").json()]
    assert ids == [proposed.pk]
    assert client.get(f"/api/v1/selection/dossiers/{proposed.pk}/meetings").status_code == 200
    assert (
        date.fromisoformat(
            client.get(f"/api/v1/selection/dossiers/{proposed.pk}/meetings").json()[0]["held_on"]
        )
        == MEETING_ON
    )
