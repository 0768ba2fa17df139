"""The error contract (rules.md): unknown rule, and unknown, missing or ill-typed facts, each
with the exact error document and the dotted path of every field at fault."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from tests.rules.helpers import ON, run_cli
from thads.rules.engine import InvalidFacts, RulesError, UnknownRule, evaluate

OFFICE = {
    "level": "district",
    "provincial_capital_unit": False,
    "region_allowance_coefficient": 0.3,
    "special_area": True,
    "on_appendix_list": True,
}
DESIGNATION = {"decision_date": "2018-05-02", "authority": OFFICE, "commitment_years": 5}
BOARD = {"members": 9, "present": 6, "votes_for": 5}
JUNIOR = {
    "target_grade": "officer_junior",
    "vietnamese_citizen": True,
    "good_character": True,
    "law_degree": True,
    "fit_for_duty": True,
    "years_legal_work": 3,
    "enforcement_training": True,
    "under_criminal_prosecution": False,
    "under_disciplinary_review": False,
}
TRANSFER_PERSON = {
    "grade": "officer_junior",
    "leadership_post": None,
    "post_appointed_by": None,
    "military": False,
}


def error_of(rule_id: str, facts: Any, on: Any = ON) -> dict[str, Any]:
    with pytest.raises(InvalidFacts) as exc:
        evaluate(rule_id, facts, on)
    return exc.value.as_dict()


def assert_invalid(rule_id: str, facts: Any, paths: set[str], on: Any = ON) -> None:
    error = error_of(rule_id, facts, on)
    assert set(error) == {"error"}
    assert set(error["error"]) == {"code", "fields"}
    assert error["error"]["code"] == RulesError.INVALID_FACTS
    assert set(error["error"]["fields"]) == paths
    assert all(isinstance(m, str) and m for m in error["error"]["fields"].values())


def test_unknown_rule_is_the_bare_unknown_rule_error():
    with pytest.raises(UnknownRule) as exc:
        evaluate("no.such.rule", {}, ON)
    assert exc.value.as_dict() == {"error": {"code": "unknown_rule"}}


@pytest.mark.parametrize("rule_id", [None, 7, ["salary.category"], "", "SALARY.CATEGORY"])
def test_anything_but_a_registered_id_is_an_unknown_rule(rule_id):
    with pytest.raises(UnknownRule):
        evaluate(rule_id, {"grade": "secretary"}, ON)


@pytest.mark.parametrize(
    ("rule_id", "facts", "paths"),
    [
        pytest.param(
            "selection_board.decision",
            {"members": 9, "present": 6},
            {"votes_for"},
            id="missing fact",
        ),
        pytest.param(
            "designation.without_exam",
            {**DESIGNATION, "authority": {"level": "district"}},
            {
                "authority.provincial_capital_unit",
                "authority.region_allowance_coefficient",
                "authority.special_area",
                "authority.on_appendix_list",
            },
            id="missing nested facts, each by its path",
        ),
        pytest.param(
            "exam.eligibility",
            {k: v for k, v in JUNIOR.items() if k not in ("years_legal_work",)},
            {"years_legal_work"},
            id="Law Đ18.2 a fact the junior grade uses is required",
        ),
        pytest.param(
            "exam.eligibility",
            {**JUNIOR, "target_grade": "officer_intermediate", "years_in_grade_below": None},
            {"years_in_grade_below"},
            id="Law Đ18.3 years in the grade below required for intermediate",
        ),
        pytest.param(
            "selection_board.decision", {**BOARD, "chair": "x"}, {"chair"}, id="unknown fact"
        ),
        pytest.param(
            "designation.without_exam",
            {**DESIGNATION, "authority": {**OFFICE, "province": "01"}},
            {"authority.province"},
            id="unknown nested fact",
        ),
        pytest.param(
            "selection_board.decision", {**BOARD, "members": "9"}, {"members"}, id="string count"
        ),
        pytest.param(
            "selection_board.decision", {**BOARD, "members": True}, {"members"}, id="bool count"
        ),
        pytest.param(
            "selection_board.decision", {**BOARD, "present": 6.5}, {"present"}, id="fraction"
        ),
        pytest.param(
            "designation.without_exam",
            {**DESIGNATION, "authority": {**OFFICE, "region_allowance_coefficient": "0.3"}},
            {"authority.region_allowance_coefficient"},
            id="string coefficient",
        ),
        pytest.param(
            "designation.without_exam",
            {**DESIGNATION, "authority": {**OFFICE, "special_area": "yes"}},
            {"authority.special_area"},
            id="string for a yes/no fact",
        ),
        pytest.param(
            "designation.without_exam",
            {**DESIGNATION, "authority": {**OFFICE, "on_appendix_list": 1}},
            {"authority.on_appendix_list"},
            id="1 for a yes/no fact",
        ),
        pytest.param(
            "relief.dossier",
            {
                "submitted_on": "2024-08-31",
                "documents": [{"kind": "letter", "issued_on": "2024-08-01"}],
            },
            {"documents.0.kind"},
            id="unknown document kind",
        ),
        pytest.param(
            "relief.dossier",
            {
                "submitted_on": "2024-08-31",
                "documents": [
                    {"kind": "director_proposal", "issued_on": "2024-08-30"},
                    {"kind": "health_certificate", "issued_on": "2024-09-01"},
                ],
            },
            {"documents.1.issued_on"},
            id="Đ64.2.b a certificate issued after the dossier was submitted",
        ),
        pytest.param(
            "relief.dossier",
            {"submitted_on": "2021-02-30", "documents": []},
            {"submitted_on"},
            id="impossible date 30/02",
        ),
        pytest.param(
            "designation.without_exam",
            {**DESIGNATION, "decision_date": "2019-04-31"},
            {"decision_date"},
            id="impossible date 31/04",
        ),
        pytest.param(
            "enforcement.auction_decision",
            {"demand_received_on": "02/01/2026", "paid_in_full": False},
            {"demand_received_on"},
            id="a date not in ISO form",
        ),
        pytest.param(
            "enforcement.auction_decision",
            {"demand_received_on": 1767312000, "paid_in_full": False},
            {"demand_received_on"},
            id="a timestamp for a date",
        ),
        pytest.param(
            "selection_board.decision", {**BOARD, "present": -1}, {"present"}, id="negative count"
        ),
        pytest.param(
            "selection_board.decision",
            {"members": 9, "present": 6, "votes_for": -1},
            {"votes_for"},
            id="negative votes",
        ),
        pytest.param(
            "designation.without_exam",
            {**DESIGNATION, "commitment_years": -5},
            {"commitment_years"},
            id="negative years",
        ),
        pytest.param(
            "exam.eligibility",
            {**JUNIOR, "years_legal_work": -0.5},
            {"years_legal_work"},
            id="negative years of legal work",
        ),
        pytest.param(
            "selection_board.decision",
            {"members": 9, "present": 10, "votes_for": 1},
            {"present"},
            id="Đ63.4 more present than members",
        ),
        pytest.param(
            "selection_board.decision",
            {"members": 9, "present": 6, "votes_for": 7},
            {"votes_for"},
            id="Đ63.4 more votes than present",
        ),
        pytest.param(
            "selection_board.decision",
            {"members": 0, "present": 0, "votes_for": 0},
            {"members"},
            id="a board without members",
        ),
        pytest.param(
            "enforcement.revaluation",
            {"value_at_judgment": 0, "value_now": 1, "party_requested": True},
            {"value_at_judgment"},
            id="Đ17 value at judgment must be positive",
        ),
        pytest.param(
            "enforcement.revaluation",
            {"value_at_judgment": 10, "value_now": -1, "party_requested": True},
            {"value_now"},
            id="Đ17 value now must not be negative",
        ),
        pytest.param(
            "enforcement.revaluation",
            {"value_at_judgment": 10, "value_now": float("nan"), "party_requested": True},
            {"value_now"},
            id="NaN",
        ),
        pytest.param(
            "enforcement.revaluation",
            {"value_at_judgment": float("inf"), "value_now": 1, "party_requested": True},
            {"value_at_judgment"},
            id="infinity",
        ),
        pytest.param(
            "selection_board.decision",
            {"members": 10**40, "present": 6, "votes_for": 5},
            {"members"},
            id="a huge number",
        ),
        pytest.param("inspection.recusal", {"path": ["cousin"]}, {"path.0"}, id="unknown step"),
        pytest.param("inspection.recusal", {"path": "spouse"}, {"path"}, id="a path not a list"),
        pytest.param(
            "transfer.authority",
            {
                "person": {**TRANSFER_PERSON, "leadership_post": "district_head"},
                "from_unit": "01",
                "to_unit": "01",
            },
            {"person.post_appointed_by"},
            id="Đ70.1.c a leadership post needs its appointer",
        ),
        pytest.param(
            "transfer.authority",
            {"person": TRANSFER_PERSON, "from_unit": "Hà Nội", "to_unit": "01"},
            {"from_unit"},
            id="a unit is a province code or central",
        ),
        pytest.param(
            "exam.eligibility",
            {**JUNIOR, "target_grade": "inspector"},
            {"target_grade"},
            id="Đ57 the examination is for officer grades only",
        ),
        pytest.param(
            "leadership.standards",
            {
                "post": "director_general",
                "grade": "officer_senior",
                "integrity": True,
                "experience": True,
                "capacity": True,
            },
            {"post"},
            id="Đ72 posts of clauses 1-2 only",
        ),
        pytest.param(
            "uniform.entitlement",
            {
                "person": {
                    "military": False,
                    "employment": "civil_servant",
                    "cold_region": False,
                    "first_issue_on": "2020-02-30",
                },
                "year": 2021,
            },
            {"person.first_issue_on"},
            id="impossible first issue date",
        ),
        pytest.param(
            "uniform.entitlement",
            {
                "person": {
                    "military": False,
                    "employment": "volunteer",
                    "cold_region": False,
                    "first_issue_on": "2020-02-29",
                },
                "year": "2021",
            },
            {"person.employment", "year"},
            id="every wrong field is reported",
        ),
    ],
)
def test_invalid_facts_name_every_field_at_fault(rule_id, facts, paths):
    assert_invalid(rule_id, facts, paths)


@pytest.mark.parametrize(
    "facts", [None, [], ["grade"], "grade", 1, True], ids=lambda f: f"facts={f!r}"
)
def test_facts_must_be_an_object(facts):
    assert error_of("salary.category", facts) == {
        "error": {"code": "invalid_facts", "fields": {"facts": "expected an object"}}
    }


def test_facts_that_are_not_json_values():
    assert set(error_of("salary.category", {"grade": object()})["error"]["fields"]) == {"facts"}
    nested: list[Any] = []
    for _ in range(5000):
        nested = [nested]
    assert set(error_of("salary.category", {"grade": nested})["error"]["fields"]) <= {
        "facts",
        "grade",
    }


@pytest.mark.parametrize(
    "on",
    ["2021-02-30", "2021-13-01", "2021-W01-1", "20210101", "yesterday", "", 20210101, ["2021"]],
    ids=repr,
)
def test_an_invalid_on_is_an_invalid_fact_on(on):
    assert set(error_of("salary.category", {"grade": "secretary"}, on)["error"]["fields"]) == {"on"}


def test_on_before_the_decree_is_in_force_is_an_invalid_fact_on():
    # Decree 62/2015/NĐ-CP is in force from 01/09/2015.
    assert set(
        error_of("salary.category", {"grade": "secretary"}, "2015-08-31")["error"]["fields"]
    ) == {"on"}
    assert evaluate("salary.category", {"grade": "secretary"}, "2015-09-01")["on"] == "2015-09-01"


def test_on_defaults_to_today_and_accepts_a_date():
    assert evaluate("salary.category", {"grade": "secretary"})["on"] == date.today().isoformat()
    assert (
        evaluate("salary.category", {"grade": "secretary"}, date(2020, 1, 2))["on"] == "2020-01-02"
    )


def test_the_cli_prints_the_same_error_documents_and_exits_2():
    assert run_cli("eval", "no.such") == (2, {"error": {"code": "unknown_rule"}})
    assert run_cli("eval", "no.such", stdin="{oops") == (2, {"error": {"code": "unknown_rule"}})
    assert run_cli("eval", "salary.category", stdin="{oops") == (
        2,
        {"error": {"code": "invalid_facts", "fields": {"facts": "not valid JSON"}}},
    )
    code, body = run_cli(
        "eval", "salary.category", "--on", "2021-02-30", stdin='{"grade": "secretary"}'
    )
    assert (code, set(body["error"]["fields"])) == (2, {"on"})
    code, body = run_cli(
        "eval", "selection_board.decision", stdin='{"members": 9, "present": -1, "votes_for": 0}'
    )
    assert (code, body["error"]["code"], set(body["error"]["fields"])) == (
        2,
        "invalid_facts",
        {"present"},
    )
