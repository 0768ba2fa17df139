"""The public contract: errors, three doors with one answer, dated parameters, coverage, docs."""

import io
import json
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from thads.rules import cli
from thads.rules.docs import DEFAULT as DOCS_PATH
from thads.rules.docs import render
from thads.rules.engine import REGISTRY, InvalidFacts, UnknownRule, evaluate, list_rules
from thads.rules.params import ParameterNotInForce, load, param
from thads.rules.vocab import Facts


def run_cli(*argv, stdin=""):
    out = io.StringIO()
    code = cli.main(list(argv), io.StringIO(stdin), out)
    return code, json.loads(out.getvalue())


# ---------------------------------------------------------------- errors


@pytest.mark.parametrize(
    ("rule_id", "facts", "on", "fields"),
    [
        ("selection_board.decision", {"members": 5, "present": 4}, None, {"votes_for"}),
        (
            "selection_board.decision",
            {"members": 5, "present": 4, "votes_for": 3, "chair": 1},
            None,
            {"chair"},
        ),
        (
            "selection_board.decision",
            {"members": "5", "present": 4, "votes_for": 3},
            None,
            {"members"},
        ),
        (
            "selection_board.decision",
            {"members": 5, "present": -1, "votes_for": 0},
            None,
            {"present"},
        ),
        (
            "selection_board.decision",
            {"members": 5, "present": 4, "votes_for": 5},
            None,
            {"votes_for"},
        ),
        (
            "selection_board.decision",
            {"members": 5, "present": 6, "votes_for": 1},
            None,
            {"present"},
        ),
        (
            "selection_board.decision",
            {"members": True, "present": 1, "votes_for": 1},
            None,
            {"members"},
        ),
        ("relief.dossier", {"submitted_on": "2021-02-30", "documents": []}, None, {"submitted_on"}),
        (
            "relief.dossier",
            {"submitted_on": "2021-02-10", "documents": [{"kind": "x", "issued_on": "2021-01-01"}]},
            None,
            {"documents.0.kind"},
        ),
        (
            "relief.dossier",
            {
                "submitted_on": "2021-02-10",
                "documents": [{"kind": "request", "issued_on": "2021-03-01"}],
            },
            None,
            {"documents.0.issued_on"},
        ),
        (
            "designation.without_exam",
            {
                "decision_date": "2018-01-01",
                "authority": {"level": "district"},
                "commitment_years": 5,
            },
            None,
            {
                "authority.provincial_capital_unit",
                "authority.region_allowance_coefficient",
                "authority.special_area",
                "authority.on_appendix_list",
            },
        ),
        ("salary.category", {"grade": "general"}, None, {"grade"}),
        ("salary.category", [], None, {"facts"}),
        ("salary.category", {"grade": "secretary"}, "2021-13-01", {"on"}),
        ("salary.category", {"grade": "secretary"}, "2015-08-31", {"on"}),
        (
            "exam.eligibility",
            {
                "target_grade": "officer_junior",
                "vietnamese_citizen": True,
                "good_character": True,
                "law_degree": True,
                "fit_for_duty": True,
                "under_criminal_prosecution": False,
                "under_disciplinary_review": False,
            },
            None,
            {"years_legal_work", "enforcement_training"},
        ),
        (
            "transfer.authority",
            {
                "person": {
                    "grade": "officer_junior",
                    "leadership_post": "district_head",
                    "post_appointed_by": None,
                    "military": False,
                },
                "from_unit": "01",
                "to_unit": "01",
            },
            None,
            {"person.post_appointed_by"},
        ),
        (
            "enforcement.revaluation",
            {"value_at_judgment": 0, "value_now": 1, "party_requested": True},
            None,
            {"value_at_judgment"},
        ),
        (
            "enforcement.revaluation",
            {"value_at_judgment": 10, "value_now": -1, "party_requested": True},
            None,
            {"value_now"},
        ),
        ("inspection.recusal", {"path": ["cousin"]}, None, {"path.0"}),
    ],
)
def test_invalid_facts_name_their_fields(rule_id, facts, on, fields):
    with pytest.raises(InvalidFacts) as exc:
        evaluate(rule_id, facts, on)
    assert set(exc.value.fields) == fields
    assert exc.value.as_dict()["error"]["code"] == "invalid_facts"


def test_unknown_rule():
    with pytest.raises(UnknownRule) as exc:
        evaluate("no.such.rule", {}, "2026-01-01")
    assert exc.value.as_dict() == {"error": {"code": "unknown_rule"}}


def test_cli_exit_codes_and_error_documents():
    assert run_cli("eval", "no.such") == (2, {"error": {"code": "unknown_rule"}})
    code, body = run_cli("eval", "salary.category", stdin="{not json")
    assert code == 2 and body["error"]["code"] == "invalid_facts"
    code, body = run_cli(
        "eval", "salary.category", "--on", "2021-02-30", stdin='{"grade": "secretary"}'
    )
    assert code == 2 and body["error"]["fields"] == {"on": "expected a valid date YYYY-MM-DD"}
    code, body = run_cli("frobnicate")
    assert code == 2 and body["error"]["code"] == "usage"


# ---------------------------------------------------------------- three doors, one answer

CASES = [
    (rule.id, rule.example, rule.example_on)
    for rule in sorted(REGISTRY.values(), key=lambda r: r.id)
] + [
    (
        "designation.without_exam",
        {
            "decision_date": "2020-07-01",
            "authority": {
                "level": "district",
                "provincial_capital_unit": True,
                "region_allowance_coefficient": 0.29,
                "special_area": False,
                "on_appendix_list": False,
            },
            "commitment_years": 4,
        },
        "2020-07-01",
    ),
    ("selection_board.decision", {"members": 8, "present": 6, "votes_for": 4}, "2019-03-01"),
]


@pytest.mark.parametrize(
    ("rule_id", "facts", "on"), CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)]
)
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
    code, from_cli = run_cli("list")
    client.force_login(users.ivan)
    assert code == 0
    assert list_rules() == from_cli == client.get("/api/v1/rules").json()
    assert {r["id"] for r in from_cli} == {
        "salary.category",
        "exam.eligibility",
        "designation.without_exam",
        "selection_board.decision",
        "relief.dossier",
        "inspection.recusal",
        "transfer.authority",
        "leadership.standards",
        "insignia.for",
        "uniform.entitlement",
        "support_tool.recipient",
        "card.kind",
        "enforcement.revaluation",
        "enforcement.auction_decision",
    }


@pytest.mark.parametrize(
    ("url", "body", "status", "code"),
    [
        ("/api/v1/rules/nope/evaluate", {"facts": {}}, 404, "unknown_rule"),
        ("/api/v1/rules/salary.category/evaluate", {"facts": {"grade": 1}}, 400, "invalid_facts"),
        (
            "/api/v1/rules/salary.category/evaluate",
            {"facts": {"grade": "secretary"}, "on": "2021-02-30"},
            400,
            "invalid_facts",
        ),
        (
            "/api/v1/rules/salary.category/evaluate",
            {"facts": {"grade": "secretary"}, "extra": 1},
            400,
            "invalid_facts",
        ),
        ("/api/v1/rules/salary.category/evaluate", [1, 2], 400, "invalid_facts"),
    ],
)
def test_http_errors(client, users, url, body, status, code):
    client.force_login(users.ivan)
    response = client.post(url, body, content_type="application/json")
    assert response.status_code == status
    assert response.json()["error"]["code"] == code


# ---------------------------------------------------------------- random JSON never crashes

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(10**30), max_value=10**30)
    | st.floats(allow_nan=True)
    | st.text(max_size=12)
    | st.dates().map(date.isoformat),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=5)
    ),
    max_leaves=12,
)


def _facts_like(rule):
    """Random values under the rule's own field names, so validation goes deep."""
    keys = list(rule.facts.model_fields)
    return st.dictionaries(st.sampled_from(keys), json_values, max_size=len(keys) + 1)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_random_facts_give_an_answer_or_a_clean_error(data):
    rule = data.draw(st.sampled_from(sorted(REGISTRY.values(), key=lambda r: r.id)))
    facts = data.draw(st.one_of(json_values, _facts_like(rule)))
    on = data.draw(
        st.one_of(
            st.none(),
            st.dates(min_value=date(2015, 9, 1)).map(date.isoformat),
            st.text(max_size=12),
        )
    )
    try:
        answer = evaluate(rule.id, facts, on)
    except InvalidFacts as exc:
        assert exc.fields and all(isinstance(v, str) for v in exc.fields.values())
    else:
        assert set(answer) == {"rule", "on", "outcome", "citations", "reasons"}


@settings(max_examples=25, deadline=None)
@given(facts=json_values, rule_id=st.sampled_from(sorted(REGISTRY)))
def test_random_json_to_the_cli_exits_0_or_2_without_traceback(facts, rule_id):
    try:
        stdin = json.dumps(facts, allow_nan=True)
    except ValueError:
        stdin = "null"
    code, body = run_cli("eval", rule_id, stdin=stdin)
    assert code in (0, 2)
    assert ("error" in body) is (code == 2)


# ---------------------------------------------------------------- recusal depends only on the path


@settings(max_examples=60, deadline=None)
@given(
    path=st.lists(st.sampled_from(["spouse", "parent", "child", "sibling"]), max_size=4),
    on=st.dates(min_value=date(2015, 9, 1)),
)
def test_recusal_depends_only_on_the_path(path, on):
    assert (
        evaluate("inspection.recusal", {"path": path}, on)["outcome"]
        == evaluate("inspection.recusal", {"path": path}, "2026-01-01")["outcome"]
    )


@settings(max_examples=100, deadline=None)
@given(members=st.integers(1, 40), data=st.data())
def test_a_passed_decision_is_quorate(members, data):
    present = data.draw(st.integers(0, members))
    votes = data.draw(st.integers(0, present))
    result = evaluate(
        "selection_board.decision",
        {"members": members, "present": present, "votes_for": votes},
        "2018-01-01",
    )["outcome"]
    if result["passed"]:
        assert result["quorate"]
    assert result["quorate"] == (3 * present >= 2 * members)
    assert result["passed"] == (result["quorate"] and 2 * votes > members)


# ---------------------------------------------------------------- citations


def test_every_rule_and_reason_has_a_citation():
    for rule in REGISTRY.values():
        assert rule.citations, rule.id
        answer = evaluate(rule.id, rule.example, rule.example_on)
        assert answer["citations"], rule.id
        for r in answer["reasons"]:
            assert r["citation"] and r["vi"] and r["en"], (rule.id, r)
            assert r["citation"].startswith("Điều "), r["citation"]


# ---------------------------------------------------------------- dated parameters


def test_a_parameter_with_two_dated_versions_answers_by_on(tmp_path):
    (tmp_path / "demo.yaml").write_text(
        "threshold:\n  values:\n"
        "    2015-09-01: {value: 0.3, reference: Điều 63 khoản 1 điểm a Nghị định 62/2015/NĐ-CP}\n"
        "    2026-07-01: {value: 0.5, reference: Điều 99 Luật 106/2025/QH15}\n"
        "    2030-01-01: {value: null}\n",
        encoding="utf-8",
    )
    assert param("demo.threshold", date(2026, 6, 30), tmp_path).value == 0.3
    assert param("demo.threshold", date(2026, 7, 1), tmp_path).value == 0.5
    assert (
        param("demo.threshold", date(2026, 7, 1), tmp_path).reference
        == "Điều 99 Luật 106/2025/QH15"
    )
    with pytest.raises(ParameterNotInForce):
        param("demo.threshold", date(2030, 1, 1), tmp_path)
    with pytest.raises(ParameterNotInForce):
        param("demo.threshold", date(2015, 8, 31), tmp_path)


def test_every_parameter_value_has_a_reference():
    for name, parameter in load().items():
        for version in parameter.versions:
            if version.value is not None:
                assert "Điều" in version.reference, name


def test_facts_models_are_closed():
    assert all(issubclass(rule.facts, Facts) for rule in REGISTRY.values())


# ---------------------------------------------------------------- generated documentation


def test_docs_rules_md_is_up_to_date():
    assert DOCS_PATH.read_text(encoding="utf-8") == render(), "run: python -m thads.rules.docs"


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(body=json_values, rule_id=st.sampled_from(sorted(REGISTRY) + ["no.such"]))
def test_random_json_over_http_is_never_a_500(client, users, body, rule_id):
    client.force_login(users.ivan)
    try:
        payload = json.dumps(body, allow_nan=True)
    except ValueError:
        payload = "{"
    response = client.post(
        f"/api/v1/rules/{rule_id}/evaluate", payload, content_type="application/json"
    )
    assert response.status_code in (200, 400, 404)
    assert "error" in response.json() or response.status_code == 200


def test_the_thads_command_answers_from_the_shell():
    import shutil
    import subprocess
    import sys
    from pathlib import Path

    thads = shutil.which("thads") or str(Path(sys.executable).parent / "thads")
    ok = subprocess.run(
        [thads, "rules", "eval", "card.kind", "--on", "2026-01-15"],
        input='{"grade": "inspector"}',
        capture_output=True,
        text=True,
        check=False,
    )
    assert ok.returncode == 0 and json.loads(ok.stdout)["outcome"] == {"card": "inspector"}
    bad = subprocess.run(
        [thads, "rules", "eval", "card.kind"],
        input='{"grade": 7}',
        capture_output=True,
        text=True,
        check=False,
    )
    assert bad.returncode == 2 and set(json.loads(bad.stdout)["error"]["fields"]) == {"grade"}
    assert "Traceback" not in bad.stderr
