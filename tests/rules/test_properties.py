"""Properties that hold for every input, checked with hypothesis."""

from __future__ import annotations

import json
import re
from datetime import date, timedelta
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.rules.helpers import outcome, run_cli
from thads.rules.engine import REGISTRY, InvalidFacts, evaluate

# ---------------------------------------------------------------- any JSON: an answer or a clean error

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(10**30), max_value=10**30)
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=12)
    | st.dates().map(date.isoformat)
    | st.sampled_from(["officer_junior", "district", "spouse", "health_certificate", "2020-02-29"]),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=5)
    ),
    max_leaves=12,
)
RULES = sorted(REGISTRY.values(), key=lambda r: r.id)


def _from_schema(node: dict[str, Any], defs: dict[str, Any]) -> st.SearchStrategy[Any]:
    """Values of the shape a JSON Schema describes, edges included (negative numbers, 29/02,
    a province code or `central`), so that many random facts are valid and reach the rule."""
    if "$ref" in node:
        return _from_schema(defs[node["$ref"].split("/")[-1]], defs)
    if "anyOf" in node:
        return st.one_of([_from_schema(option, defs) for option in node["anyOf"]])
    if "enum" in node:
        return st.sampled_from(node["enum"])
    kind = node.get("type")
    if kind == "object":
        props = node.get("properties", {})
        required = set(node.get("required", []))
        return st.fixed_dictionaries(
            {k: _from_schema(v, defs) for k, v in props.items() if k in required},
            optional={k: _from_schema(v, defs) for k, v in props.items() if k not in required},
        )
    if kind == "array":
        return st.lists(_from_schema(node["items"], defs), max_size=5)
    if kind == "boolean":
        return st.booleans()
    if kind == "integer":
        return st.integers(-1, 40) | st.integers(1990, 2060)
    if kind == "number":
        return st.integers(-1, 40) | st.floats(-1, 1e12, allow_nan=False)
    if kind == "null":
        return st.none()
    if node.get("format") == "date":
        return st.dates(date(2010, 1, 1), date(2035, 12, 31)).map(date.isoformat) | st.sampled_from(
            ["2020-02-29", "2021-02-29"]
        )
    if "pattern" in node:
        return st.sampled_from(["central", "01", "79", "1", "Hà Nội"])
    return st.text(max_size=8)


def _facts_like(rule: Any) -> st.SearchStrategy[Any]:
    """Facts shaped by the rule's schema, or its worked example with random values swapped in."""
    schema = rule.facts_schema()
    keys = list(rule.facts.model_fields)
    return _from_schema(schema, schema.get("$defs", {})) | st.builds(
        lambda changes: {**rule.example, **changes},
        st.dictionaries(st.sampled_from([*keys, "extra"]), json_values, max_size=3),
    )


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_any_json_to_any_rule_gives_an_answer_or_invalid_facts(data):
    rule = data.draw(st.sampled_from(RULES))
    facts = data.draw(st.one_of(json_values, _facts_like(rule)))
    on = data.draw(
        st.one_of(
            st.none(),
            st.dates(min_value=date(2000, 1, 1), max_value=date(2100, 1, 1)).map(date.isoformat),
            st.text(max_size=12),
            json_values,
        )
    )
    try:
        answer = evaluate(rule.id, facts, on)
    except InvalidFacts as exc:
        assert exc.fields
        assert all(isinstance(k, str) and isinstance(v, str) for k, v in exc.fields.items())
    else:
        assert set(answer) == {
            "rule",
            "on",
            "outcome",
            "citations",
            "reasons",
            "law",
            "titles",
        }
        assert answer["on"] >= "2015-09-01"
        assert set(answer["law"]) == {"organisation", "instruments", "caveat"}
        assert (answer["law"]["caveat"] is None) is (answer["on"] < "2025-07-01")
        for role, title in answer["titles"].items():
            assert role in answer["outcome"].values() or role in answer["outcome"].get(
                "signers", []
            )
            assert set(title) == {"vi", "en"} and title["vi"] and title["en"]
        assert answer["citations"] and answer["reasons"]
        for r in answer["reasons"]:
            assert set(r) == {"code", "vi", "en", "citation"}
            assert " Điều " in f" {r['citation']}" and r["citation"] in answer["citations"]
            assert re.match(r"(điểm [a-zđ] )?(khoản \d+ )?Điều \d+ ", r["citation"])
        json.dumps(answer, allow_nan=False)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_the_cli_exits_0_with_an_answer_or_2_with_an_error(data):
    rule = data.draw(st.sampled_from(RULES))
    facts = data.draw(st.one_of(json_values, _facts_like(rule)))
    stdin = data.draw(st.one_of(st.just(json.dumps(facts, allow_nan=True)), st.text(max_size=20)))
    argv = [
        "eval",
        rule.id,
        *data.draw(st.sampled_from([[], ["--on", "2020-01-01"], ["--on", "x"]])),
    ]
    code, body = run_cli(*argv, stdin=stdin)
    assert code in (0, 2)
    assert ("error" in body) is (code == 2)


# ---------------------------------------------------------------- Đ63.4 a passed decision is quorate


@settings(max_examples=200, deadline=None)
@given(members=st.integers(1, 60), data=st.data())
def test_a_passed_decision_is_always_quorate(members, data):
    present = data.draw(st.integers(0, members))
    votes = data.draw(st.integers(0, present))
    result = outcome(
        "selection_board.decision", {"members": members, "present": present, "votes_for": votes}
    )
    assert not result["passed"] or result["quorate"]


@settings(max_examples=200, deadline=None)
@given(members=st.integers(1, 60), data=st.data())
def test_one_more_vote_or_member_present_never_undoes_a_decision(members, data):
    present = data.draw(st.integers(0, members - 1))
    votes = data.draw(st.integers(0, present))
    before = outcome(
        "selection_board.decision", {"members": members, "present": present, "votes_for": votes}
    )
    more = outcome(
        "selection_board.decision",
        {"members": members, "present": present + 1, "votes_for": votes + 1},
    )
    assert more["quorate"] >= before["quorate"] and more["passed"] >= before["passed"]


# ---------------------------------------------------------------- Đ68.4 recusal depends only on the path

steps = st.lists(st.sampled_from(["spouse", "parent", "child", "sibling"]), max_size=5)


@settings(max_examples=100, deadline=None)
@given(path=steps, on=st.dates(min_value=date(2015, 9, 1), max_value=date(2100, 1, 1)))
def test_recusal_depends_only_on_the_path(path, on):
    first = evaluate("inspection.recusal", {"path": path}, on)
    again = evaluate("inspection.recusal", {"path": list(path)}, "2015-09-01")
    assert first["outcome"] == again["outcome"]
    assert first["reasons"] == again["reasons"]


@settings(max_examples=100, deadline=None)
@given(path=steps)
def test_a_recusal_point_names_its_clause(path):
    answer = evaluate("inspection.recusal", {"path": path}, "2026-01-15")
    point = answer["outcome"]["point"]
    assert answer["outcome"]["must_recuse"] is (point is not None)
    if point:
        assert f"điểm {point} khoản 4 Điều 68 Nghị định số 62/2015/NĐ-CP" in answer["citations"]


# ---------------------------------------------------------------- Đ83 entitlements add up over 30 years

# Đ83.1 (quantity per period, period in years), Đ83.2.a / Đ83.3 first issue.
PERIODS = {
    "autumn_winter_uniform": (1, 3, 2),
    "winter_overcoat": (1, 3, 1),
    "winter_jacket": (1, 3, 1),
    "spring_summer_uniform": (2, 2, 2),
    "long_sleeved_shirt": (1, 1, 2),
    "winter_ceremonial_uniform": (1, 5, 1),
    "summer_ceremonial_uniform": (1, 3, 1),
    "leather_shoes": (1, 1, 1),
    "leather_belt": (1, 1, 1),
    "leather_sandals": (1, 1, 1),
    "socks": (2, 1, 2),
    "tie": (2, 2, 2),
    "raincoat": (1, 1, 1),
    "peaked_cap": (1, 2, 1),
    "helmet": (1, 2, 1),
    "document_case": (1, 2, 1),
    "insignia_set": (1, 3, 2),
}


@settings(max_examples=40, deadline=None)
@given(
    first=st.dates(min_value=date(2015, 9, 1), max_value=date(2040, 12, 31)),
    cold=st.booleans(),
    employment=st.sampled_from(
        ["civil_servant", "public_employee", "indefinite_contract", "fixed_term_contract"]
    ),
)
def test_over_30_years_entitlements_add_up_to_the_periods(first, cold, employment):
    totals: dict[str, int] = {}
    issues: dict[str, list[date]] = {}
    for year in range(first.year, first.year + 30):
        facts = {
            "person": {
                "military": False,
                "employment": employment,
                "cold_region": cold,
                "first_issue_on": first.isoformat(),
            },
            "year": year,
        }
        for entry in outcome("uniform.entitlement", facts)["items"]:
            due = date.fromisoformat(entry["due_on"])
            assert due.year == year
            assert entry["first_issue"] is (due == first)
            totals[entry["item"]] = totals.get(entry["item"], 0) + entry["quantity"]
            issues.setdefault(entry["item"], []).append(due)
    jacket = cold and employment != "fixed_term_contract"
    expected = {
        item: first_issue + quantity * (29 // period)
        for item, (quantity, period, first_issue) in PERIODS.items()
        if item != "winter_jacket" or jacket
    }
    expected["name_tag"] = 1
    assert totals == expected
    for item, days in issues.items():
        # Consecutive issues are whole periods apart, never more than a day short of one.
        for a, b in zip(days, days[1:], strict=False):
            assert b.year - a.year == PERIODS[item][1]
            assert b - a >= timedelta(days=365 * PERIODS[item][1] - 1)


@settings(max_examples=30, deadline=None)
@given(
    first=st.dates(min_value=date(2015, 9, 1), max_value=date(2040, 12, 31)),
    year=st.integers(1900, 2200),
)
def test_military_staff_get_no_civil_schedule(first, year):
    facts = {
        "person": {
            "military": True,
            "employment": "civil_servant",
            "cold_region": True,
            "first_issue_on": first.isoformat(),
        },
        "year": year,
    }
    assert outcome("uniform.entitlement", facts) == {"items": [], "governed_by": "mod"}
