"""The people app's access funnel: a person is reached through `access_person` and the reveal
log through `reveal_logs_visible_to` — in scope the record is returned, outside the scope or
missing it is the same 404, and a role without the permission gets 403 after the scope check.
"""

import pytest
from django.contrib.admin.sites import AdminSite
from django.contrib.auth.models import Permission, User
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.test import RequestFactory
from django.urls import reverse

from thads.people import services
from thads.people.admin import PersonAdmin, RevealLogAdmin
from thads.people.models import Person, RevealLog
from thads.people.selectors import access_person, people_search, reveal_logs_visible_to

REASON = "Đối chiếu hồ sơ cán bộ"


def test_a_person_in_scope_is_returned(people, users):
    assert access_person(users.alice, people.d001.pk) == people.d001
    assert access_person(users.alice, str(people.d001.pk)) == people.d001
    assert access_person(users.bob, people.d001.pk, perm="people.change_person") == people.d001


def test_a_person_of_another_province_is_404(people, users):
    with pytest.raises(Http404):
        access_person(users.carol, people.d001.pk)


@pytest.mark.parametrize("pk", [0, -1, 2**63, "abc", "1.5", "", None], ids=repr)
def test_a_missing_or_absurd_id_is_404(people, users, pk):
    with pytest.raises(Http404):
        access_person(users.admin, pk)


def test_a_missing_id_is_404_even_for_the_permission_a_role_lacks(people, users):
    with pytest.raises(Http404):
        access_person(users.audrey, 999_999, perm="people.change_person")


@pytest.mark.parametrize(
    "perm", ["people.change_person", "people.reveal_personal_data"], ids=lambda p: p
)
def test_a_read_only_role_is_403_on_a_write(people, users, perm):
    with pytest.raises(PermissionDenied):
        access_person(users.audrey, people.d001.pk, perm=perm)


@pytest.mark.parametrize(
    ("url", "method"),
    [
        ("person-detail", "get"),
        ("person-edit", "get"),
        ("person-grade", "post"),
        ("person-posting", "post"),
        ("person-appoint", "post"),
        ("person-relative", "post"),
        ("person-reveal", "post"),
    ],
)
def test_every_person_page_is_404_outside_the_scope_and_for_a_bad_id(
    client, people, users, url, method
):
    client.force_login(users.carol)
    call = getattr(client, method)
    assert call(reverse(url, args=[people.d001.pk])).status_code == 404
    assert call(reverse(url, args=[999_999])).status_code == 404
    assert call(reverse(url, args=[2**63])).status_code == 404


def test_the_api_answers_404_outside_the_scope_and_for_an_absurd_id(client, people, users):
    client.force_login(users.carol)
    assert client.get(f"/api/v1/people/{people.d001.pk}").status_code == 404
    assert client.get(f"/api/v1/people/{2**63}").status_code == 404
    r = client.post(
        f"/api/v1/people/{people.d001.pk}/reveal",
        {"fields": ["phone"], "reason": REASON},
        content_type="application/json",
    )
    assert r.status_code == 404 and not RevealLog.objects.exists()


def _reveal(actor, person):
    services.person_reveal(actor=actor, person=person, fields=["phone"], reason=REASON)


def test_reveal_logs_are_scoped_like_the_people(people, users):
    _reveal(users.alice, people.d001)
    _reveal(users.carol, people.d760)
    assert {r.person for r in reveal_logs_visible_to(users.alice)} == {people.d001}
    assert {r.person for r in reveal_logs_visible_to(users.carol)} == {people.d760}
    assert {r.person for r in reveal_logs_visible_to(users.audrey)} == {people.d001, people.d760}


def _without_profile(*perms: str) -> User:
    account = User.objects.create_user(username="noprofile", password="x")
    for perm in perms:
        app_label, codename = perm.split(".")
        account.user_permissions.add(
            Permission.objects.get(content_type__app_label=app_label, codename=codename)
        )
    return User.objects.get(pk=account.pk)


def test_a_user_without_a_profile_sees_no_reveal_and_no_person(people, users):
    _reveal(users.alice, people.d001)
    nobody = _without_profile("people.view_reveallog", "people.view_person")
    assert not reveal_logs_visible_to(nobody).exists()
    assert not people_search(nobody).exists()
    with pytest.raises(Http404):
        access_person(nobody, people.d001.pk)


def test_the_reveal_log_page_shows_nothing_to_a_user_without_a_profile(client, people, users):
    _reveal(users.alice, people.d001)
    client.force_login(_without_profile("people.view_reveallog"))
    response = client.get(reverse("reveal-log"))
    assert response.status_code == 200
    assert list(response.context["rows"]) == []
    assert REASON not in response.content.decode()


def test_the_reveal_log_page_shows_the_scope_only(client, people, users):
    _reveal(users.alice, people.d001)
    _reveal(users.carol, people.d760)
    client.force_login(users.audrey)
    rows = client.get(reverse("reveal-log")).context["rows"]
    assert {r.person for r in rows} == {people.d001, people.d760}
    assert client.get(f"/api/v1/people/{people.qk1.pk}").status_code == 404


def test_the_admin_lists_only_the_scope(people, users):
    _reveal(users.alice, people.d001)
    _reveal(users.carol, people.d760)
    request = RequestFactory().get("/admin/")
    request.user = users.carol
    site = AdminSite()
    assert set(PersonAdmin(Person, site).get_queryset(request)) == {people.p79, people.d760}
    assert {r.person for r in RevealLogAdmin(RevealLog, site).get_queryset(request)} == {
        people.d760
    }
