"""/api/v1/equipment (uniform part): entitlement, issue and plan through the API, scoped."""

import pytest
from django.urls import reverse

from thads.uniforms.errors import UniformsError


@pytest.fixture
def bob(client, users):
    client.force_login(users.bob)
    return client


def post(client, url, body):
    return client.post(url, body, content_type="application/json")


def test_uniform_entitlement_issue_and_plan(bob, people):
    due = bob.get(f"/api/v1/equipment/people/{people.d001.pk}/uniform?year=2015").json()
    assert {i["item"] for i in due["outcome"]["items"]} >= {"autumn_winter_uniform", "name_tag"}
    # First issued on 01/09/2015: the name tag is not due again; shoes fall due every year.
    r = post(
        bob,
        f"/api/v1/equipment/people/{people.d001.pk}/uniform-issues",
        {"item": "name_tag", "quantity": 1},
    )
    assert r.status_code == 400 and r.json()["error"]["code"] == UniformsError.NOT_DUE
    r = post(
        bob,
        f"/api/v1/equipment/people/{people.d001.pk}/uniform-issues",
        {"item": "leather_shoes", "quantity": 1},
    )
    assert r.status_code == 201 and r.json()["due_on"].endswith("-09-01")
    plan = bob.get("/api/v1/equipment/uniforms/plan?year=2027").json()
    assert plan["staff"] == 1 and set(plan["total"]) >= {"leather_shoes"}
    assert bob.get("/api/v1/equipment/uniforms/plan?year=1800").status_code == 400


def test_plan_of_an_authority_outside_the_scope_or_missing_is_the_same_404(client, users, service):
    client.force_login(users.carol)
    outside = client.get(f"/api/v1/equipment/uniforms/plan?year=2027&authority_id={service.p01.pk}")
    missing = client.get("/api/v1/equipment/uniforms/plan?year=2027&authority_id=999999")
    assert outside.status_code == missing.status_code == 404
    assert outside.json() == missing.json()
    for url in ("uniform-plan", "uniform-plan-xlsx"):
        assert (
            client.get(reverse(url), {"year": 2027, "authority": service.p01.pk}).status_code == 404
        )
        assert client.get(reverse(url), {"year": 2027, "authority": "abc"}).status_code == 404
        assert client.get(reverse(url), {"year": "abc"}).status_code == 400


def test_page_and_api_give_the_same_plan(client, users, people, service):
    client.force_login(users.alice)
    page = client.get(reverse("uniform-plan"), {"year": 2027}).context  # her own authority
    api = client.get(f"/api/v1/equipment/uniforms/plan?year=2027&authority_id={service.p01.pk}")
    api = api.json()
    assert page["staff"] == api["staff"] == 3  # P01, D001, D002
    assert page["total"] == list(api["total"].values())
    assert sorted(g["name"] for g in page["groups"]) == sorted(
        a.name for a in [people.p01.authority, people.d001.authority, people.d002.authority]
    )
    assert set(api["by_authority"]) == {"P01", "D001", "D002"}


def test_a_person_outside_the_scope_is_404(client, users, people):
    client.force_login(users.carol)
    assert client.get(f"/api/v1/equipment/people/{people.d001.pk}/uniform").status_code == 404
    r = post(
        client,
        f"/api/v1/equipment/people/{people.d001.pk}/uniform-issues",
        {"item": "leather_shoes", "quantity": 1},
    )
    assert r.status_code == 404
    client.force_login(users.audrey)
    r = post(
        client,
        f"/api/v1/equipment/people/{people.d001.pk}/uniform-issues",
        {"item": "leather_shoes", "quantity": 1},
    )
    assert r.status_code == 403
