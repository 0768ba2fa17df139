"""The one access funnel of protection: every record, on its page and through the API, is found
in the user's scope (404 outside it or when missing — the same answer), then the role's
permission is checked (403)."""

import pytest
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.urls import reverse

from thads.protection import selectors

ENTITIES = [
    pytest.param(selectors.access_case, "case", "protection.add_case", id="case"),
    pytest.param(
        selectors.access_inspection, "inspection", "protection.change_inspection", id="inspection"
    ),
    pytest.param(
        selectors.access_incident, "incident", "protection.change_incident", id="incident"
    ),
    pytest.param(
        selectors.access_evidence, "evidence", "protection.change_incident", id="evidence"
    ),
    pytest.param(
        selectors.access_operation, "operation", "protection.change_operation", id="operation"
    ),
]


@pytest.mark.parametrize(("access", "name", "write"), ENTITIES)
def test_a_record_in_scope_is_returned(records, users, access, name, write):
    record = getattr(records, name)
    assert access(users.alice, record.pk) == record
    assert access(users.alice, str(record.pk), perm=write) == record


@pytest.mark.parametrize(("access", "name", "write"), ENTITIES)
def test_another_provinces_record_is_not_found(records, users, access, name, write):
    with pytest.raises(Http404):
        access(users.carol, getattr(records, name).pk)


@pytest.mark.parametrize(("access", "name", "write"), ENTITIES)
@pytest.mark.parametrize("pk", [999_999, "abc", "", -1, 2**70], ids=repr)
def test_a_missing_or_absurd_id_is_not_found(records, users, access, name, write, pk):
    with pytest.raises(Http404):
        access(users.admin, pk)


@pytest.mark.parametrize(("access", "name", "write"), ENTITIES)
def test_a_read_only_role_is_refused_a_write_permission(records, users, access, name, write):
    record = getattr(records, name)
    assert access(users.audrey, record.pk) == record
    with pytest.raises(PermissionDenied):
        access(users.audrey, record.pk, perm=write)


@pytest.mark.parametrize(("access", "name", "write"), ENTITIES)
def test_scope_is_checked_before_the_permission(records, users, nadia, access, name, write):
    with pytest.raises(PermissionDenied):
        access(nadia, getattr(records, name).pk)
    with pytest.raises(Http404):
        access(nadia, 999_999)


def _pages(records):
    return {
        "case-detail": records.case.pk,
        "inspection-detail": records.inspection.pk,
        "incident-detail": records.incident.pk,
        "operation-detail": records.operation.pk,
        "evidence-file": records.evidence.pk,
    }


@pytest.mark.parametrize(
    "route",
    ["case-detail", "inspection-detail", "incident-detail", "operation-detail", "evidence-file"],
)
@pytest.mark.parametrize(
    ("persona", "status"), [("alice", 200), ("audrey", 200), ("carol", 404), ("nadia", 403)]
)
def test_detail_pages_check_scope_then_the_view_permission(
    client, records, users, nadia, route, persona, status
):
    client.force_login(nadia if persona == "nadia" else getattr(users, persona))
    assert client.get(reverse(route, args=[_pages(records)[route]])).status_code == status
    assert client.get(reverse(route, args=[999_999])).status_code == 404


@pytest.mark.parametrize(
    ("persona", "status"), [("alice", 200), ("carol", 404), ("nadia", 403), ("audrey", 403)]
)
def test_the_api_answers_like_the_pages(client, records, users, nadia, persona, status):
    client.force_login(nadia if persona == "nadia" else getattr(users, persona))
    # audrey sees the inspection but not its file before the conclusion (68.3.e).
    r = client.get(f"/api/v1/protection/inspections/{records.inspection.pk}/file")
    assert r.status_code == status
    assert client.get("/api/v1/protection/inspections/999999/file").status_code == 404


@pytest.mark.parametrize(("persona", "status"), [("carol", 404), ("audrey", 403), ("nadia", 403)])
def test_operation_actions_check_scope_then_the_change_permission(
    client, records, users, nadia, persona, status
):
    client.force_login(nadia if persona == "nadia" else getattr(users, persona))
    pk = records.operation.pk
    assert client.post(reverse("operation-assess", args=[pk])).status_code == status
    assert client.post(f"/api/v1/protection/operations/{pk}/assessment").status_code == status
    records.operation.refresh_from_db()
    assert records.operation.status == "draft"


ACTIONS = [
    ("case-asset-add", "case"),
    ("case-demand-add", "case"),
    ("operation-new", "case"),
    ("inspection-assign", "inspection"),
    ("inspection-note-add", "inspection"),
    ("inspection-conclude", "inspection"),
    ("incident-follow-up", "incident"),
    ("operation-assess", "operation"),
    ("operation-approve", "operation"),
]


@pytest.mark.parametrize(("route", "name"), ACTIONS, ids=[r for r, _n in ACTIONS])
def test_an_action_answers_404_outside_the_scope_whatever_the_method(
    client, records, users, route, name
):
    url = reverse(route, args=[getattr(records, name).pk])
    client.force_login(users.carol)
    assert (client.get(url).status_code, client.post(url).status_code) == (404, 404)
    client.force_login(users.alice)
    assert client.get(url).status_code == 405


@pytest.mark.parametrize(
    "route", ["case-detail", "inspection-detail", "incident-detail", "operation-detail"]
)
def test_a_page_that_reads_refuses_a_post(client, records, users, route):
    client.force_login(users.alice)
    pk = _pages(records)[route]
    assert client.post(reverse(route, args=[pk])).status_code == 405
