"""The API's closed lists (levels, kinds, statuses …) are the models' choices: the OpenAPI
schema lists exactly their values, an unknown value is a 400 naming the field, and a known one
is stored and answered as the plain value. (The lists the rules share are in
tests/rules/test_vocabulary_agreement.py.)"""

from __future__ import annotations

import importlib

import pytest

from tests.rules.test_vocabulary_agreement import enum_values
from thads.careers.models import (
    LEADERSHIP_KINDS,
    DecisionKind,
    ReliefDocumentKind,
    TransferKind,
    TransferStatus,
)
from thads.core.errors import CoreError
from thads.equipment.models import COUNTED_KINDS, CardStatus
from thads.exams.models import TARGET_GRADES, BoardRole, DocumentKind
from thads.organization.models import Authority, Level
from thads.people.choices import Gender
from thads.people.models import PROTECTED_FIELDS, Person
from thads.protection.models import IncidentKind


@pytest.fixture
def admin_client(client, users):
    client.force_login(users.admin)
    return client


@pytest.mark.parametrize(
    ("module", "schema", "path", "values"),
    [
        pytest.param("organization", "AuthorityIn", ("level",), Level.values, id="level"),
        pytest.param(
            "organization", "AuthorityFilters", ("level",), Level.values, id="level filter"
        ),
        pytest.param("people", "PersonIn", ("gender",), Gender.values, id="gender"),
        pytest.param("people", "PersonPatch", ("gender",), Gender.values, id="gender patch"),
        pytest.param(
            "people",
            "RevealIn",
            ("fields",),
            [*PROTECTED_FIELDS, "family"],
            id="revealed fields",
        ),
        pytest.param(
            "careers", "DecisionFilters", ("kind",), DecisionKind.values, id="decision kind"
        ),
        pytest.param("careers", "TransferIn", ("kind",), TransferKind.values, id="transfer kind"),
        pytest.param(
            "careers",
            "LeadershipIn",
            ("kind",),
            [str(k) for k in LEADERSHIP_KINDS],
            id="leadership decision",
        ),
        pytest.param(
            "careers",
            "ReliefDossierIn",
            ("documents", "kind"),
            ReliefDocumentKind.values,
            id="relief document kind",
        ),
        pytest.param("equipment", "CardFilters", ("status",), CardStatus.values, id="card status"),
        pytest.param(
            "exams", "RoundIn", ("grade",), [g for g, _label in TARGET_GRADES], id="exam grade"
        ),
        pytest.param(
            "exams", "CandidacyDocumentIn", ("kind",), DocumentKind.values, id="exam document"
        ),
        pytest.param(
            "exams", "ExamBoardIn", ("members", "role"), BoardRole.values, id="exam board role"
        ),
    ],
)
def test_the_schema_lists_the_models_values(module, schema, path, values):
    model = getattr(importlib.import_module(f"thads.{module}.api"), schema)
    assert enum_values(model.model_json_schema(), *path) == list(values)


def test_the_counted_tools_of_a_handover_are_the_counted_kinds():
    from thads.equipment.api import HandoverIn

    quantities = HandoverIn.model_json_schema()["properties"]["quantities"]
    assert quantities["propertyNames"]["enum"] == [str(k) for k in COUNTED_KINDS]


@pytest.mark.parametrize(
    ("path", "parameter", "values"),
    [
        pytest.param("/careers/transfers", "status", TransferStatus.values, id="transfer status"),
        pytest.param("/exams/rounds", "grade", [g for g, _label in TARGET_GRADES], id="exam grade"),
        pytest.param("/protection/incidents", "kind", IncidentKind.values, id="incident kind"),
    ],
)
def test_the_query_parameters_list_the_models_values(path, parameter, values):
    from thads.api import api

    schema = api.get_openapi_schema()
    (operation,) = (ops["get"] for p, ops in schema["paths"].items() if p.endswith(f"/v1{path}"))
    (param,) = (p for p in operation["parameters"] if p["name"] == parameter)
    document = {"$defs": schema["components"]["schemas"], "properties": {"p": param["schema"]}}
    assert enum_values(_local_refs(document), "p") == list(values)


def _local_refs(node):
    """The OpenAPI document's `#/components/schemas/X` references as `#/$defs/X`."""
    if isinstance(node, dict):
        return {
            k: (v.replace("#/components/schemas/", "#/$defs/") if k == "$ref" else _local_refs(v))
            for k, v in node.items()
        }
    if isinstance(node, list):
        return [_local_refs(v) for v in node]
    return node


@pytest.mark.parametrize(
    ("method", "url", "data", "field"),
    [
        pytest.param("get", "/api/v1/authorities", {"level": "county"}, "level", id="level"),
        pytest.param("get", "/api/v1/careers/decisions", {"kind": "pardon"}, "kind", id="kind"),
        pytest.param(
            "get", "/api/v1/careers/transfers", {"status": "pending"}, "status", id="status"
        ),
        pytest.param(
            "get", "/api/v1/equipment/cards", {"status": "stolen"}, "status", id="card status"
        ),
        pytest.param(
            "post",
            "/api/v1/careers/transfers",
            {
                "person_id": 1,
                "kind": "exile",
                "to_authority_id": 1,
                "starts_on": "2026-08-01",
            },
            "kind",
            id="transfer kind",
        ),
        pytest.param(
            "post",
            "/api/v1/careers/people/1/relief-dossiers",
            {"submitted_on": "2026-08-01", "documents": [{"kind": "x", "issued_on": "2026-07-01"}]},
            "documents.0.kind",
            id="relief document kind",
        ),
    ],
)
def test_an_unknown_value_is_400_naming_the_field(admin_client, service, method, url, data, field):
    if method == "get":
        r = admin_client.get(url, data)
    else:
        r = admin_client.post(url, data, content_type="application/json")
    assert r.status_code == 400, r.content
    error = r.json()["error"]
    assert error["code"] == CoreError.INVALID
    assert list(error["fields"]) == [field]


def test_an_unknown_gender_is_refused_and_nothing_is_saved(admin_client, service):
    payload = {
        "full_name": "Bùi Thị Ngọc",
        "gender": "X",
        "employment": "civil_servant",
        "grade": "secretary",
        "authority_id": service.d002.pk,
    }
    r = admin_client.post("/api/v1/people", payload, content_type="application/json")
    assert r.status_code == 400
    assert "gender" in r.json()["error"]["fields"]
    assert not Person.objects.filter(full_name="Bùi Thị Ngọc").exists()


def test_a_known_value_is_stored_and_answered_as_the_plain_value(admin_client, service):
    payload = {
        "code": "D998",
        "name": "Chi cục mới",
        "level": "district",
        "parent_id": service.p01.pk,
        "valid_from": "2020-01-01",
    }
    r = admin_client.post("/api/v1/authorities", payload, content_type="application/json")
    assert r.status_code == 201, r.content
    assert r.json()["level"] == "district"
    assert Authority.objects.filter(code="D998").values_list("level", flat=True).get() == (
        "district"
    )
    r = admin_client.get("/api/v1/authorities", {"level": "district", "q": "moi"})
    assert [a["code"] for a in r.json()["results"]] == ["D998"]
