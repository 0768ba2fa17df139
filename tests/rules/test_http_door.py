"""The HTTP door (thads/rulesweb/api.py) answers as Python and the command line do.

These tests need Django and the test database (the personas of tests/conftest.py); the rule
tests around them do not.
"""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.rules.helpers import run_cli
from tests.rules.test_properties import json_values
from thads.rules.engine import REGISTRY, evaluate, list_rules

CASES = [(r.id, r.example, r.example_on) for r in sorted(REGISTRY.values(), key=lambda r: r.id)]


@pytest.mark.parametrize(("rule_id", "facts", "on"), CASES, ids=[c[0] for c in CASES])
def test_python_cli_and_http_agree(rule_id, facts, on, client, users):
    python = evaluate(rule_id, facts, on)
    code, from_cli = run_cli("eval", rule_id, "--on", on, stdin=json.dumps(facts))
    client.force_login(users.ivan)
    response = client.post(
        f"/api/v1/rules/{rule_id}/evaluate",
        {"on": on, "facts": facts},
        content_type="application/json",
    )
    assert code == 0 and response.status_code == 200
    assert python == from_cli == response.json()


def test_list_agrees_across_doors(client, users):
    client.force_login(users.ivan)
    assert list_rules() == run_cli("list")[1] == client.get("/api/v1/rules").json()


@pytest.mark.parametrize(
    ("url", "body", "status", "error"),
    [
        ("/api/v1/rules/nope/evaluate", {"facts": {}}, 404, {"code": "unknown_rule"}),
        (
            "/api/v1/rules/salary.category/evaluate",
            {"facts": {"grade": "secretary", "rank": 1}},
            400,
            {"code": "invalid_facts", "fields": {"rank": "Extra inputs are not permitted"}},
        ),
        (
            "/api/v1/rules/salary.category/evaluate",
            {"facts": {"grade": "secretary"}, "on": "2021-02-30"},
            400,
            {"code": "invalid_facts", "fields": {"on": "expected a valid date YYYY-MM-DD"}},
        ),
    ],
)
def test_http_errors(client, users, url, body, status, error):
    client.force_login(users.ivan)
    response = client.post(url, body, content_type="application/json")
    assert response.status_code == status
    assert response.json() == {"error": error}


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(body=json_values, rule_id=st.sampled_from([*sorted(REGISTRY), "no.such"]))
def test_random_json_over_http_is_never_a_500(client, users, body, rule_id):
    client.force_login(users.ivan)
    try:
        payload = json.dumps({"facts": body}, allow_nan=True)
    except ValueError:
        payload = "{"
    response = client.post(
        f"/api/v1/rules/{rule_id}/evaluate", payload, content_type="application/json"
    )
    assert response.status_code in (200, 400, 404)
    assert ("error" in response.json()) is (response.status_code != 200)


@pytest.mark.parametrize(
    ("on", "status", "title"),
    [
        pytest.param("2015-08-31", 400, None, id="before the decree: invalid fact on"),
        pytest.param("2025-06-30", 200, "Tổng Cục trưởng Tổng cục Thi hành án dân sự", id="Đ52"),
        pytest.param("2025-07-01", 200, "Cục trưởng Cục Quản lý Thi hành án dân sự", id="QĐ1898"),
    ],
)
def test_http_answers_carry_the_law_and_the_titles(client, users, on, status, title):
    client.force_login(users.ivan)
    facts = {
        "person": {
            "grade": "officer_intermediate",
            "leadership_post": None,
            "post_appointed_by": None,
            "military": False,
        },
        "from_unit": "74",
        "to_unit": "79",
    }
    response = client.post(
        "/api/v1/rules/transfer.authority/evaluate",
        {"on": on, "facts": facts},
        content_type="application/json",
    )
    assert response.status_code == status
    body = response.json()
    if title is None:
        assert list(body["error"]["fields"]) == ["on"]
    else:
        assert body["titles"]["director_general"]["vi"] == title
        assert body["law"] == evaluate("transfer.authority", facts, on)["law"]
