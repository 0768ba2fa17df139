"""Scoped access: each role sees and changes only its authority's subtree, in pages and API.

Outside the scope a record does not exist (404); inside it, an action the role lacks is 403.
"""

import pytest
from django.urls import reverse

# Which of the `people` fixture each persona sees.
VISIBLE = {
    "admin": {"central", "p01", "d001", "d002", "p79", "d760", "qk1"},
    "alice": {"p01", "d001", "d002"},
    "bob": {"d001"},
    "ivan": {"p01", "d001", "d002"},
    "audrey": {"central", "p01", "d001", "d002", "p79", "d760"},
    "carol": {"p79", "d760"},
}
ALL = ["central", "p01", "d001", "d002", "p79", "d760", "qk1"]
CAN_CHANGE = {"admin", "alice", "bob", "carol"}


def _login(client, users, name):
    client.force_login(getattr(users, name))
    return client


@pytest.mark.parametrize("persona", sorted(VISIBLE))
def test_people_list_page_shows_only_the_scope(client, users, people, persona):
    _login(client, users, persona)
    response = client.get(reverse("person-list"))
    assert response.status_code == 200
    shown = {key for key in ALL if getattr(people, key).full_name in response.content.decode()}
    assert shown == VISIBLE[persona]


@pytest.mark.parametrize("persona", sorted(VISIBLE))
def test_people_api_list_shows_only_the_scope(client, users, people, persona):
    _login(client, users, persona)
    response = client.get("/api/v1/people?page_size=200")
    assert response.status_code == 200
    ids = {row["id"] for row in response.json()["results"]}
    assert ids == {getattr(people, key).pk for key in VISIBLE[persona]}


@pytest.mark.parametrize("persona", sorted(VISIBLE))
@pytest.mark.parametrize("target", ALL)
def test_person_page_and_api_detail_404_outside_scope(client, users, people, persona, target):
    _login(client, users, persona)
    pk = getattr(people, target).pk
    expected = 200 if target in VISIBLE[persona] else 404
    assert client.get(reverse("person-detail", args=[pk])).status_code == expected
    assert client.get(f"/api/v1/people/{pk}").status_code == expected


@pytest.mark.parametrize("persona", sorted(VISIBLE))
def test_changing_a_person_in_scope_needs_the_role(client, users, people, persona):
    _login(client, users, persona)
    target = people.d001
    response = client.patch(
        f"/api/v1/people/{target.pk}", {"phone": "0987654321"}, content_type="application/json"
    )
    if persona not in VISIBLE or "d001" not in VISIBLE[persona]:
        assert response.status_code == 404
    elif persona in CAN_CHANGE:
        assert response.status_code == 200
        target.refresh_from_db()
        assert target.phone == "0987654321"
        assert target.history.latest("history_date").history_user == getattr(users, persona)
    else:
        assert response.status_code == 403
        target.refresh_from_db()
        assert target.phone == ""


@pytest.mark.parametrize(
    ("persona", "status"),
    [("carol", 404), ("bob", 404), ("ivan", 403), ("audrey", 403), ("alice", 200)],
)
def test_edit_page_of_a_person(client, users, people, persona, status):
    _login(client, users, persona)
    assert client.get(reverse("person-edit", args=[people.d002.pk])).status_code == status


@pytest.mark.parametrize(
    ("persona", "code", "status"),
    [
        ("alice", "D001", 200),
        ("alice", "D760", 404),
        ("bob", "D001", 200),
        ("bob", "D002", 404),
        ("bob", "P01", 404),
        ("carol", "P01", 404),
        ("audrey", "D760", 200),
        ("audrey", "QK1", 404),
        ("admin", "QK1", 200),
    ],
)
def test_authority_page_and_api_are_scoped(client, users, service, persona, code, status):
    from thads.organization.models import Authority

    _login(client, users, persona)
    pk = Authority.objects.get(code=code).pk
    assert client.get(reverse("authority-detail", args=[pk])).status_code == status
    assert client.get(f"/api/v1/authorities/{pk}").status_code == status


@pytest.mark.parametrize("persona", ["alice", "bob", "ivan", "audrey", "carol"])
def test_only_the_central_admin_changes_authorities(client, users, service, persona):
    _login(client, users, persona)
    response = client.patch(
        f"/api/v1/authorities/{service.d001.pk}",
        {"phone": "024 1234"},
        content_type="application/json",
    )
    assert response.status_code in (403, 404)
    service.d001.refresh_from_db()
    assert service.d001.phone == ""


def test_central_admin_changes_an_authority(client, users, service):
    _login(client, users, "admin")
    response = client.patch(
        f"/api/v1/authorities/{service.d001.pk}",
        {"phone": "024 1234"},
        content_type="application/json",
    )
    assert response.status_code == 200
    service.d001.refresh_from_db()
    assert service.d001.phone == "024 1234"
    assert service.d001.history.latest("history_date").history_user == users.admin


@pytest.mark.parametrize(
    ("persona", "status"),
    [("alice", 200), ("bob", 200), ("ivan", 403), ("audrey", 403), ("carol", 404)],
)
def test_reveal_needs_permission_and_scope(client, users, people, persona, status):
    from thads.people.models import RevealLog

    _login(client, users, persona)
    response = client.post(
        f"/api/v1/people/{people.d001.pk}/reveal",
        {"fields": ["home_address"], "reason": "Kiểm tra hồ sơ cán bộ"},
        content_type="application/json",
    )
    assert response.status_code == status
    assert RevealLog.objects.filter(user=getattr(users, persona)).exists() is (status == 200)


def test_reveal_log_page_is_for_auditors_and_admins_and_is_scoped(client, users, people):
    from thads.people import services

    services.person_reveal(
        actor=users.carol, person=people.p79, fields=["phone"], reason="Lý do kiểm tra hồ sơ"
    )
    _login(client, users, "audrey")
    page = client.get(reverse("reveal-log"))
    assert page.status_code == 200 and "Lý do kiểm tra hồ sơ" in page.content.decode()
    _login(client, users, "ivan")
    assert client.get(reverse("reveal-log")).status_code == 403


def test_anonymous_users_are_sent_to_login_and_the_api_answers_401(client, people):
    response = client.get(reverse("person-list"))
    assert response.status_code == 302 and reverse("login") in response["Location"]
    assert client.get("/api/v1/people").status_code == 401


@pytest.mark.parametrize(
    ("persona", "visible"),
    [
        ("admin", {"admin", "alice", "bob", "ivan", "audrey", "carol"}),
        ("audrey", {"admin", "alice", "bob", "ivan", "audrey", "carol"}),
        ("alice", None),
        ("bob", None),
    ],
)
def test_users_page_is_for_admins_and_auditors(client, users, persona, visible):
    _login(client, users, persona)
    response = client.get(reverse("user-list"))
    if visible is None:
        assert response.status_code == 403
    else:
        assert {u.username for u in response.context["rows"]} == visible


def test_user_page_shows_the_history_of_the_account(client, users):
    from thads.accounts.models import Profile

    profile = Profile.objects.get(user=users.bob)
    profile.role = "inspector"
    profile._history_user = users.admin
    profile.save()
    _login(client, users, "admin")
    response = client.get(reverse("user-detail", args=[users.bob.pk]))
    changes = [(e.user, c.field, c.new) for e in response.context["history"] for c in e.changes]
    assert (users.admin, "vai trò", "Thẩm tra viên") in changes


@pytest.mark.parametrize("persona", sorted(VISIBLE))
def test_csv_export_is_scoped_and_leaves_protected_data_out(client, users, people, persona):
    _login(client, users, persona)
    response = client.get(reverse("person-export"))
    assert response.status_code == 200
    body = b"".join(response.streaming_content).decode("utf-8-sig")
    shown = {key for key in ALL if getattr(people, key).full_name in body}
    assert shown == VISIBLE[persona]
    assert "0912345678" not in body and "001090012345" not in body


def test_csv_export_follows_the_filters(client, users, people):
    _login(client, users, "admin")
    body = b"".join(client.get(reverse("person-export"), {"q": "binh"}).streaming_content).decode(
        "utf-8-sig"
    )
    assert body.count("\n") == 2 and "Trần Đức Bình" in body
