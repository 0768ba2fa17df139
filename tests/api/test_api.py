"""The REST API: filters, create and update, bad input as 400 with field paths, tokens."""

import pytest

from thads.accounts.models import ApiToken
from thads.core.errors import CoreError
from thads.people.errors import PeopleError
from thads.people.models import Person


@pytest.fixture
def admin_client(client, users):
    client.force_login(users.admin)
    return client


@pytest.fixture
def alice_client(client, users):
    client.force_login(users.alice)
    return client


def test_people_filters(alice_client, people, service):
    def names(**query):
        r = alice_client.get("/api/v1/people", query)
        assert r.status_code == 200
        return {row["full_name"] for row in r.json()["results"]}

    assert names(q="nguyen van") == {"Nguyễn Văn An"}
    assert names(q="BINH") == {"Trần Đức Bình"}
    assert names(grade="secretary") == {"Phạm Thu Hà"}
    assert names(authority=service.d002.pk) == {"Phạm Thu Hà"}
    assert names(employment="fixed_term_contract") == set()


def test_people_list_is_paginated(alice_client, people):
    r = alice_client.get("/api/v1/people", {"page_size": 2, "page": 2})
    body = r.json()
    assert (body["count"], body["page"], body["pages"], len(body["results"])) == (3, 2, 2, 1)


def test_protected_data_is_masked_in_the_api(alice_client, people):
    body = alice_client.get(f"/api/v1/people/{people.p01.pk}").json()
    assert body["protected"]["national_id"] == "•••••••••345"
    assert "001090012345" not in str(body)


def test_person_detail_carries_salary_category_from_the_rules(alice_client, people):
    body = alice_client.get(f"/api/v1/people/{people.p01.pk}").json()
    assert body["salary_category"]["category"] == "A2"
    assert any("Điều 78" in c for c in body["salary_category"]["citations"])


def test_create_person(alice_client, service):
    payload = {
        "full_name": "Bùi Thị Ngọc",
        "gender": "F",
        "employment": "civil_servant",
        "grade": "secretary",
        "authority_id": service.d002.pk,
        "national_id": "001190099999",
        "on": "2024-01-15",
    }
    r = alice_client.post("/api/v1/people", payload, content_type="application/json")
    assert r.status_code == 201, r.content
    person = Person.objects.get(full_name="Bùi Thị Ngọc")
    assert person.authority == service.d002 and person.national_id == "001190099999"
    assert r.json()["grades"][0]["valid_from"] == "2024-01-15"


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"grade": "general"}, "grade"),
        ({"full_name": ""}, "full_name"),
        ({"on": "2021-02-30"}, "on"),
        ({"authority_id": "abc"}, "authority_id"),
        ({"national_id": "123"}, "national_id"),
        ({"gender": None}, "gender"),
    ],
)
def test_bad_person_input_is_400_with_the_field(alice_client, service, change, field):
    payload = {
        "full_name": "Bùi Thị Ngọc",
        "gender": "F",
        "employment": "civil_servant",
        "grade": "secretary",
        "authority_id": service.d002.pk,
        **change,
    }
    r = alice_client.post("/api/v1/people", payload, content_type="application/json")
    assert r.status_code == 400
    body = r.json()
    assert body["error"]["code"] == CoreError.INVALID
    assert field in body["error"]["fields"]
    assert not Person.objects.filter(full_name="Bùi Thị Ngọc").exists()


def test_authority_outside_scope_is_a_field_error_not_a_leak(alice_client, service):
    payload = {
        "full_name": "Bùi Thị Ngọc",
        "gender": "F",
        "employment": "civil_servant",
        "grade": "secretary",
        "authority_id": service.d760.pk,
    }
    r = alice_client.post("/api/v1/people", payload, content_type="application/json")
    assert r.status_code == 400
    assert "authority_id" in r.json()["error"]["fields"]


def test_art_72_refusal_carries_its_citation(alice_client, service):
    payload = {
        "full_name": "Bùi Thị Ngọc",
        "gender": "F",
        "employment": "civil_servant",
        "grade": "secretary",
        "authority_id": service.d002.pk,
        "post": "district_head",
    }
    r = alice_client.post("/api/v1/people", payload, content_type="application/json")
    assert r.status_code == 400
    error = r.json()["error"]
    assert error["code"] == PeopleError.GRADE_TOO_LOW and "Điều 72" in error["citation"]


@pytest.mark.parametrize("body", ["not json", "[]", '{"full_name": 5}', "{}"])
def test_malformed_bodies_are_400(alice_client, body):
    r = alice_client.post("/api/v1/people", body, content_type="application/json")
    assert r.status_code == 400


@pytest.mark.parametrize(
    "query",
    [
        {"page": "0"},
        {"page_size": "1000"},
        {"grade": "x"},
        {"authority": "z"},
        {"military": "maybe"},
    ],
)
def test_bad_filters_are_400(alice_client, people, query):
    r = alice_client.get("/api/v1/people", query)
    assert r.status_code == 400
    assert r.json()["error"]["fields"]


def test_authorities_filters(admin_client, service):
    r = admin_client.get("/api/v1/authorities", {"level": "district", "q": "ba dinh"})
    assert [a["code"] for a in r.json()["results"]] == ["D001"]
    r = admin_client.get("/api/v1/authorities", {"parent": service.p01.pk})
    assert {a["code"] for a in r.json()["results"]} == {"D001", "D002"}


def test_create_authority_enforces_parent_rules(admin_client, service):
    payload = {
        "code": "D999",
        "name": "Chi cục mới",
        "level": "district",
        "parent_id": service.central.pk,
        "valid_from": "2020-01-01",
    }
    r = admin_client.post("/api/v1/authorities", payload, content_type="application/json")
    assert r.status_code == 400 and "parent" in r.json()["error"]["fields"]
    payload["parent_id"] = service.p01.pk
    r = admin_client.post("/api/v1/authorities", payload, content_type="application/json")
    assert r.status_code == 201
    assert r.json()["path"] == "TCTHADS/P01/D999/"
    assert r.json()["province_code"] == service.p01.province_code


def test_bearer_token_authenticates_and_is_scoped(client, users, people):
    _token, raw = ApiToken.issue(user=users.carol, name="test")
    r = client.get("/api/v1/people", HTTP_AUTHORIZATION=f"Bearer {raw}")
    assert r.status_code == 200
    assert {row["full_name"] for row in r.json()["results"]} == {"Võ Minh Tuấn", "Đặng Ngọc Lan"}
    assert client.get("/api/v1/people", HTTP_AUTHORIZATION="Bearer wrong").status_code == 401


def test_revoked_token_is_refused(client, users):
    token, raw = ApiToken.issue(user=users.carol, name="test")
    from django.utils import timezone

    token.revoked_at = timezone.now()
    token.save()
    assert client.get("/api/v1/people", HTTP_AUTHORIZATION=f"Bearer {raw}").status_code == 401


def test_openapi_schema_and_docs(admin_client):
    schema = admin_client.get("/api/openapi.json").json()
    assert "/api/v1/people" in schema["paths"] and "/api/v1/authorities" in schema["paths"]
    docs = admin_client.get("/api/docs")
    assert docs.status_code == 200


def test_people_list_query_count_does_not_grow_with_rows(
    alice_client, people, django_assert_max_num_queries
):
    # 9: one of them reads the predecessors of alice's authority (her scope covers them).
    with django_assert_max_num_queries(9):
        alice_client.get("/api/v1/people?page_size=200")
