"""The catalogue as a whole: citations, dated parameters, closed facts, generated docs."""

from __future__ import annotations

import re
from datetime import date

import pytest

from thads.rules.docs import DEFAULT as DOCS_PATH
from thads.rules.docs import render
from thads.rules.engine import REGISTRY, Citation, cite, evaluate, reason
from thads.rules.messages import MESSAGES
from thads.rules.params import ParameterNotInForce, UnknownParameter, load, param
from thads.rules.vocab import Facts

# The Vietnamese order, smallest unit first (rules.md): điểm b khoản 1 Điều 70 Nghị định số …
FULL_FORM = re.compile(
    r"(điểm [a-zđ] )?(khoản \d+ )?Điều \d+ "
    r"(Nghị định số 62/2015/NĐ-CP|Luật Thi hành án dân sự 2008 \(sửa đổi 2014\)|Quy định 183-QĐ/TW)"
)
# Documents whose articles are not in our sources are cited whole (today.md).
WHOLE_DOCUMENT = re.compile(r"Quyết định số 1898/QĐ-BTP|Luật Thi hành án dân sự số 106/2025/QH15")

# ---------------------------------------------------------------- citations


@pytest.mark.parametrize(
    ("citation", "text"),
    [
        (Citation(63, 1, "a"), "điểm a khoản 1 Điều 63 Nghị định số 62/2015/NĐ-CP"),
        (Citation(63, 4), "khoản 4 Điều 63 Nghị định số 62/2015/NĐ-CP"),
        (Citation(17), "Điều 17 Nghị định số 62/2015/NĐ-CP"),
        (Citation(83, 1, "đ"), "điểm đ khoản 1 Điều 83 Nghị định số 62/2015/NĐ-CP"),
        (Citation(83, point="c"), "điểm c Điều 83 Nghị định số 62/2015/NĐ-CP"),
        (
            Citation(18, 2, "a", "Luật Thi hành án dân sự"),
            "điểm a khoản 2 Điều 18 Luật Thi hành án dân sự",
        ),
    ],
)
def test_citations_render_in_full_form_omitting_parts_that_do_not_apply(citation, text):
    assert str(citation) == text
    assert cite(citation.article, citation.clause, citation.point, citation.document) == text


@pytest.mark.parametrize("rule_id", sorted(REGISTRY))
def test_every_rule_has_citations_in_full_form(rule_id):
    rule = REGISTRY[rule_id]
    assert rule.citations
    for citation in rule.citations:
        assert FULL_FORM.fullmatch(citation), citation


@pytest.mark.parametrize("rule_id", sorted(REGISTRY))
def test_every_reason_of_the_worked_example_has_a_citation_the_answer_lists(rule_id):
    rule = REGISTRY[rule_id]
    answer = evaluate(rule.id, rule.example, rule.example_on)
    assert answer["citations"] and answer["reasons"]
    for r in answer["reasons"]:
        assert r["code"] in MESSAGES
        assert r["vi"] and r["en"]
        assert FULL_FORM.fullmatch(r["citation"]), r["citation"]
        assert r["citation"] in answer["citations"]


def test_reasons_are_worded_from_the_message_table():
    r = reason("coefficient_below_0_3", cite(63, 1, "a"), coefficient=0.29, minimum=0.3)
    assert r.as_dict() == {
        "code": "coefficient_below_0_3",
        "vi": MESSAGES["coefficient_below_0_3"][0].format(coefficient=0.29, minimum=0.3),
        "en": MESSAGES["coefficient_below_0_3"][1].format(coefficient=0.29, minimum=0.3),
        "citation": "điểm a khoản 1 Điều 63 Nghị định số 62/2015/NĐ-CP",
    }


def test_facts_models_are_closed():
    for rule in REGISTRY.values():
        assert issubclass(rule.facts, Facts), rule.id
        assert rule.facts_schema()["additionalProperties"] is False


# ---------------------------------------------------------------- dated parameters


def test_a_parameter_with_two_dated_versions_answers_by_on(tmp_path):
    (tmp_path / "threshold.yaml").write_text(
        "description: Minimum region allowance coefficient\n"
        "values:\n"
        "  2015-09-01:\n"
        "    value: 0.3\n"
        "    reference: điểm a khoản 1 Điều 63 Nghị định số 62/2015/NĐ-CP\n"
        "  2026-07-01:\n"
        "    value: 0.5\n"
        "    reference: Điều 99 Luật 106/2025/QH15\n"
        "  2030-01-01:\n"
        "    value: null\n",
        encoding="utf-8",
    )
    before = param("threshold", date(2026, 6, 30), tmp_path)
    after = param("threshold", date(2026, 7, 1), tmp_path)
    assert (before.value, before.reference) == (
        0.3,
        "điểm a khoản 1 Điều 63 Nghị định số 62/2015/NĐ-CP",
    )
    assert (after.value, after.reference) == (0.5, "Điều 99 Luật 106/2025/QH15")
    with pytest.raises(ParameterNotInForce, match="threshold is not in force on 2030-01-01"):
        param("threshold", date(2030, 1, 1), tmp_path)
    with pytest.raises(ParameterNotInForce, match="in force from 2015-09-01"):
        param("threshold", date(2015, 8, 31), tmp_path)
    with pytest.raises(UnknownParameter):
        param("no_such", date(2020, 1, 1), tmp_path)


def test_a_node_file_holds_several_parameters(tmp_path):
    (tmp_path / "board.yaml").write_text(
        "quorum:\n  values:\n    2015-09-01: {value: 2/3, reference: khoản 4 Điều 63}\n"
        "majority:\n  values:\n    2015-09-01: {value: 1/2, reference: khoản 4 Điều 63}\n",
        encoding="utf-8",
    )
    assert param("board.quorum", date(2020, 1, 1), tmp_path).value == "2/3"
    assert param("board.majority", date(2020, 1, 1), tmp_path).value == "1/2"


def test_every_parameter_value_has_a_reference_to_a_clause():
    params = load()
    assert params
    for name, parameter in params.items():
        assert parameter.description, name
        for version in parameter.versions:
            if version.value is not None:
                reference = version.reference
                assert FULL_FORM.fullmatch(reference) or WHOLE_DOCUMENT.fullmatch(reference), (
                    name,
                    reference,
                )


def test_the_old_order_is_retired_from_every_reference():
    # rules.md: "Điều 70 khoản 1 điểm b Nghị định 62/2015/NĐ-CP" is the retired form.
    for name, parameter in load().items():
        for version in parameter.versions:
            assert not re.search(r"Điều \d+ (khoản|điểm)", version.reference), name
            assert "Nghị định 62/2015" not in version.reference, name


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("designation_without_exam.window_start", date(2015, 7, 1)),
        ("designation_without_exam.window_end", date(2020, 6, 30)),
        ("designation_without_exam.min_region_coefficient", 0.3),
        ("designation_without_exam.min_commitment_years", 5),
        ("selection_board.quorum_fraction", "2/3"),
        ("selection_board.majority_fraction", "1/2"),
        ("relief.health_certificate_months", 6),
        ("exam.junior_min_years_legal_work", 3),
        ("exam.intermediate_min_years_in_grade_below", 5),
        ("exam.senior_min_years_in_grade_below", 5),
        ("enforcement.revaluation_threshold", 0.2),
        ("enforcement.payment_period_days", 30),
    ],
)
def test_the_thresholds_of_the_text_stay_in_force_in_2026(name, expected):
    # Chapter III of the decree is the law this product implements: nothing ends it yet.
    assert param(name, date(2026, 11, 22)).value == expected


# ---------------------------------------------------------------- generated documentation


def test_docs_rules_md_is_up_to_date():
    assert DOCS_PATH.read_text(encoding="utf-8") == render(), "run: python -m thads.rules.docs"


def test_the_docs_show_every_rule_with_its_worked_example():
    text = render()
    for rule_id, rule in REGISTRY.items():
        assert f"## `{rule_id}`" in text
        assert f"thads rules eval {rule_id} --on {rule.example_on}" in text
