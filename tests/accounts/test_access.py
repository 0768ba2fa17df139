"""The accounts app's access funnel: a user account is reached through `access_user` — in scope
it is returned, outside the scope or missing it is the same 404, and a role without the
permission gets 403 after the scope check.
"""

import pytest
from django.contrib.admin.sites import AdminSite
from django.contrib.auth.models import Permission, User
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.test import RequestFactory
from django.urls import reverse

from thads.accounts.admin import HistoryUserAdmin
from thads.accounts.selectors import access_user, users_search, users_visible_to


def test_an_account_in_scope_is_returned(users):
    assert access_user(users.audrey, users.bob.pk) == users.bob
    assert access_user(users.admin, users.carol.pk, perm="auth.change_user") == users.carol


def test_an_account_of_another_province_is_404(users):
    with pytest.raises(Http404):
        access_user(users.carol, users.bob.pk)


@pytest.mark.parametrize("pk", [0, 999_999, 2**63, "abc", None], ids=repr)
def test_a_missing_or_absurd_id_is_404(users, pk):
    with pytest.raises(Http404):
        access_user(users.admin, pk)


def test_a_read_only_role_is_403_on_a_write(users):
    with pytest.raises(PermissionDenied):
        access_user(users.audrey, users.bob.pk, perm="auth.change_user")


def test_a_role_without_the_permission_is_403_after_the_scope(users):
    with pytest.raises(PermissionDenied):
        access_user(users.alice, users.bob.pk)
    with pytest.raises(Http404):
        access_user(users.alice, users.carol.pk)


def test_the_user_page_is_404_outside_the_scope_and_for_a_bad_id(client, users):
    carol_with_view = users.carol
    carol_with_view.user_permissions.add(
        Permission.objects.get(content_type__app_label="auth", codename="view_user")
    )
    client.force_login(carol_with_view)
    assert client.get(reverse("user-detail", args=[users.bob.pk])).status_code == 404
    assert client.get(reverse("user-detail", args=[2**63])).status_code == 404
    assert client.get(reverse("user-detail", args=[users.carol.pk])).status_code == 200


def test_a_user_without_a_profile_sees_no_account(users):
    nobody = User.objects.create_user(username="noprofile", password="x")
    assert not users_visible_to(nobody).exists()
    with pytest.raises(Http404):
        access_user(nobody, users.bob.pk)


def test_the_users_search_is_scoped(users):
    assert [u.username for u in users_search(users.audrey, q="a")] == [
        "admin",
        "alice",
        "audrey",
        "carol",
        "ivan",
    ]
    assert [u.username for u in users_search(users.carol, q="a")] == ["carol"]


def test_the_admin_lists_only_the_scope(users):
    request = RequestFactory().get("/admin/")
    request.user = users.alice
    listed = HistoryUserAdmin(User, AdminSite()).get_queryset(request)
    assert {u.username for u in listed} == {"alice", "bob", "ivan"}
