"""The organization app's access funnel: an authority is reached through `access_authority` —
in scope it is returned, outside the scope or missing it is the same 404, and a role without
the permission gets 403 after the scope check. The same answers through pages and API.
"""

import pytest
from django.contrib.admin.sites import AdminSite
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.test import RequestFactory
from django.urls import reverse

from thads.core.errors import CoreError
from thads.organization.admin import AuthorityAdmin
from thads.organization.models import Authority
from thads.organization.selectors import (
    access_authority,
    authority_parent_choices,
    authority_tree_tops,
)


def test_an_authority_in_scope_is_returned(service, users):
    assert access_authority(users.alice, service.d001.pk) == service.d001
    assert access_authority(users.alice, service.p01.pk) == service.p01
    assert (
        access_authority(users.admin, service.qk1.pk, perm="organization.change_authority")
        == service.qk1
    )


@pytest.mark.parametrize(
    ("persona", "code"),
    [("carol", "D001"), ("carol", "P01"), ("bob", "P01"), ("bob", "D002"), ("audrey", "QK1")],
)
def test_an_authority_outside_the_scope_is_404(service, users, persona, code):
    with pytest.raises(Http404):
        access_authority(getattr(users, persona), Authority.objects.get(code=code).pk)


@pytest.mark.parametrize("pk", [0, -1, 999_999, 2**63, "abc", None], ids=repr)
def test_a_missing_or_absurd_id_is_404(service, users, pk):
    with pytest.raises(Http404):
        access_authority(users.admin, pk)


@pytest.mark.parametrize("persona", ["audrey", "alice", "bob"])
def test_a_role_without_the_permission_is_403_on_a_write(service, users, persona):
    with pytest.raises(PermissionDenied):
        access_authority(
            getattr(users, persona), service.d001.pk, perm="organization.change_authority"
        )


@pytest.mark.parametrize("url", ["authority-detail", "authority-edit", "authority-children"])
def test_every_authority_page_is_404_outside_the_scope_and_for_a_bad_id(
    client, service, users, url
):
    client.force_login(users.carol)
    assert client.get(reverse(url, args=[service.d001.pk])).status_code == 404
    assert client.get(reverse(url, args=[2**63])).status_code == 404
    client.force_login(users.audrey)
    assert client.get(reverse("authority-edit", args=[service.d001.pk])).status_code == 403


def test_the_api_answers_404_outside_the_scope_then_403_without_the_role(client, service, users):
    client.force_login(users.carol)
    r = client.patch(
        f"/api/v1/authorities/{service.d001.pk}", {"phone": "1"}, content_type="application/json"
    )
    assert r.status_code == 404 and r.json()["error"]["code"] == CoreError.NOT_FOUND
    client.force_login(users.audrey)
    r = client.patch(
        f"/api/v1/authorities/{service.d001.pk}", {"phone": "1"}, content_type="application/json"
    )
    assert r.status_code == 403 and r.json()["error"]["code"] == CoreError.FORBIDDEN
    service.d001.refresh_from_db()
    assert service.d001.phone == ""


def test_a_parent_is_chosen_in_scope_and_never_in_the_own_subtree(service, users):
    choices = set(authority_parent_choices(users.alice, service.p01))
    assert choices == set()
    choices = {a.code for a in authority_parent_choices(users.admin, service.p01)}
    assert "P01" not in choices and "D001" not in choices and "TCTHADS" in choices


def test_the_tree_starts_at_the_users_authority(service, users):
    from datetime import date

    day = date(2026, 1, 5)
    assert [a.code for a in authority_tree_tops(users.bob, on=day)] == ["D001"]
    assert [a.code for a in authority_tree_tops(users.admin, on=day)] == ["CTHA-BQP", "TCTHADS"]


def test_the_admin_lists_only_the_scope(service, users):
    request = RequestFactory().get("/admin/")
    request.user = users.carol
    listed = AuthorityAdmin(Authority, AdminSite()).get_queryset(request)
    assert {a.code for a in listed} == {"P79", "D760"}
