"""Tables that read like the decree: one per rule, each row naming the clause it checks."""

from datetime import date

import pytest

from tests.rules.helpers import outcome
from thads.rules.engine import evaluate

# ---------------------------------------------------------------- salary.category (Đ78.2)


@pytest.mark.parametrize(
    ("grade", "category", "group"),
    [
        pytest.param("officer_junior", "A1", 1, id="Đ78.2 junior officer group 1 of A1"),
        pytest.param(
            "officer_intermediate", "A2", 1, id="Đ78.2 intermediate officer group 1 of A2"
        ),
        pytest.param("officer_senior", "A3", 1, id="Đ78.2 senior officer group 1 of A3"),
        pytest.param("inspector", "A1", 1, id="Đ78.2 inspector group 1 of A1"),
        pytest.param("inspector_principal", "A2", 1, id="Đ78.2 principal inspector A2"),
        pytest.param("inspector_senior", "A3", 1, id="Đ78.2 senior inspector A3"),
        pytest.param("secretary", "A1", None, id="Đ78.2 secretary A1"),
        pytest.param("secretary_intermediate", "B", None, id="Đ78.2 intermediate secretary B"),
        pytest.param("specialist", None, None, id="Đ78.2 specialist not set by this article"),
        pytest.param("other", None, None, id="Đ78.2 other staff not set"),
    ],
)
def test_salary_category(grade, category, group):
    assert outcome("salary.category", {"grade": grade}) == {"category": category, "group": group}


# ---------------------------------------------------------------- exam.eligibility (Đ57, Law Đ18)

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
INTERMEDIATE = {
    **{k: v for k, v in JUNIOR.items() if k not in ("years_legal_work", "enforcement_training")},
    "target_grade": "officer_intermediate",
    "years_in_grade_below": 5,
}


@pytest.mark.parametrize(
    ("base", "change", "unmet"),
    [
        pytest.param(JUNIOR, {}, [], id="Law Đ18.2 junior, every standard met"),
        pytest.param(
            JUNIOR,
            {"years_legal_work": 2.99},
            ["legal_work_under_3_years"],
            id="Law Đ18.2.a 2.99 years",
        ),
        pytest.param(JUNIOR, {"years_legal_work": 3.0}, [], id="Law Đ18.2.a exactly 3 years"),
        pytest.param(
            JUNIOR,
            {"enforcement_training": False},
            ["no_enforcement_training"],
            id="Law Đ18.2.b no training",
        ),
        pytest.param(
            JUNIOR, {"vietnamese_citizen": False}, ["not_citizen"], id="Law Đ18.1 not a citizen"
        ),
        pytest.param(JUNIOR, {"good_character": False}, ["character"], id="Law Đ18.1 character"),
        pytest.param(
            JUNIOR, {"law_degree": False}, ["no_law_degree"], id="Law Đ18.1 no law degree"
        ),
        pytest.param(JUNIOR, {"fit_for_duty": False}, ["not_fit"], id="Law Đ18.1 not fit"),
        pytest.param(
            JUNIOR,
            {"under_criminal_prosecution": True},
            ["criminal_prosecution"],
            id="Đ57.2 prosecuted",
        ),
        pytest.param(
            JUNIOR,
            {"under_disciplinary_review": True},
            ["disciplinary_review"],
            id="Đ57.2 disciplinary review",
        ),
        pytest.param(
            JUNIOR,
            {"law_degree": False, "years_legal_work": 1, "under_disciplinary_review": True},
            ["no_law_degree", "legal_work_under_3_years", "disciplinary_review"],
            id="Đ57 every unmet standard is listed",
        ),
        pytest.param(INTERMEDIATE, {}, [], id="Law Đ18.3.a exactly 5 years as junior"),
        pytest.param(
            INTERMEDIATE,
            {"years_in_grade_below": 4.99},
            ["under_5_years_in_grade_below"],
            id="Law Đ18.3.a 4.99 years",
        ),
        pytest.param(
            INTERMEDIATE,
            {"target_grade": "officer_senior", "years_in_grade_below": 5},
            [],
            id="Law Đ18.4.a exactly 5 years as intermediate",
        ),
        pytest.param(
            INTERMEDIATE,
            {"target_grade": "officer_senior", "years_in_grade_below": 4},
            ["under_5_years_in_grade_below"],
            id="Law Đ18.4.a 4 years",
        ),
    ],
)
def test_exam_eligibility(base, change, unmet):
    result = outcome("exam.eligibility", {**base, **change})
    assert result == {"eligible": not unmet, "unmet": unmet}


LAW = "Luật Thi hành án dân sự 2008 (sửa đổi 2014)"


@pytest.mark.parametrize(
    "on",
    [
        pytest.param("2026-01-15", id="Law 2008/2014 in force"),
        pytest.param("2026-06-30", id="last day of the Law 2008/2014"),
        pytest.param(
            "2026-07-01", id="Law 106/2025 in force, its text not at hand: answers under 2008/2014"
        ),
    ],
)
def test_exam_eligibility_cites_the_law_it_answers_under(on):
    answer = evaluate("exam.eligibility", {**JUNIOR, "years_legal_work": 1}, on)
    assert "khoản 1 Điều 57 Nghị định số 62/2015/NĐ-CP" in answer["citations"]
    assert f"khoản 1 Điều 18 {LAW}" in answer["citations"]
    assert f"khoản 2 Điều 18 {LAW}" in answer["citations"]
    assert [(r["code"], r["citation"]) for r in answer["reasons"]] == [
        ("legal_work_under_3_years", f"điểm a khoản 2 Điều 18 {LAW}")
    ]


def test_exam_eligibility_cites_the_clause_of_the_target_grade():
    answer = evaluate("exam.eligibility", {**INTERMEDIATE, "years_in_grade_below": 1}, "2026-01-15")
    assert f"khoản 3 Điều 18 {LAW}" in answer["citations"]
    assert answer["reasons"][0]["citation"] == f"điểm a khoản 3 Điều 18 {LAW}"
    answer = evaluate(
        "exam.eligibility",
        {**INTERMEDIATE, "target_grade": "officer_senior", "years_in_grade_below": 1},
        "2026-01-15",
    )
    assert answer["reasons"][0]["citation"] == f"điểm a khoản 4 Điều 18 {LAW}"


def test_facts_a_grade_does_not_use_may_be_null():
    facts = {**INTERMEDIATE, "years_legal_work": None, "enforcement_training": None}
    assert outcome("exam.eligibility", facts) == {"eligible": True, "unmet": []}
    junior = {**JUNIOR, "years_in_grade_below": None}
    assert outcome("exam.eligibility", junior) == {"eligible": True, "unmet": []}


# ---------------------------------------------------------------- designation.without_exam (Đ63)

OFFICE = {
    "level": "district",
    "provincial_capital_unit": False,
    "region_allowance_coefficient": 0.3,
    "special_area": True,
    "on_appendix_list": True,
}


def designation(decision_date="2018-05-02", commitment_years=5, **authority):
    facts = {
        "decision_date": decision_date,
        "authority": {**OFFICE, **authority},
        "commitment_years": commitment_years,
    }
    return outcome("designation.without_exam", facts)


@pytest.mark.parametrize(
    ("kwargs", "unmet"),
    [
        pytest.param({}, [], id="Đ63.1 every condition met"),
        pytest.param({"decision_date": "2015-07-01"}, [], id="Đ63.1 first day 01/07/2015"),
        pytest.param(
            {"decision_date": "2015-06-30"},
            ["outside_window"],
            id="Đ63.1 the day before 30/06/2015",
        ),
        pytest.param({"decision_date": "2020-06-30"}, [], id="Đ63.1 last day 30/06/2020"),
        pytest.param(
            {"decision_date": "2020-07-01"}, ["outside_window"], id="Đ63.1 the day after 01/07/2020"
        ),
        pytest.param({"level": "provincial"}, ["not_district"], id="Đ63.1.a not a district office"),
        pytest.param(
            {"provincial_capital_unit": True},
            ["provincial_capital_unit"],
            id="Đ63.1.a provincial capital",
        ),
        pytest.param(
            {"region_allowance_coefficient": 0.29},
            ["coefficient_below_0_3"],
            id="Đ63.1.a coefficient 0.29",
        ),
        pytest.param(
            {"region_allowance_coefficient": 0.3}, [], id="Đ63.1.a coefficient exactly 0.3"
        ),
        pytest.param(
            {"special_area": False}, ["not_special_area"], id="Đ63.1.a not a special area"
        ),
        pytest.param(
            {"on_appendix_list": False}, ["not_on_appendix_list"], id="Đ63.2 not on the Appendix"
        ),
        pytest.param(
            {"commitment_years": 4.9}, ["commitment_under_5_years"], id="Đ63.1.b 4.9 years"
        ),
        pytest.param({"commitment_years": 5}, [], id="Đ63.1.b exactly 5 years"),
        pytest.param(
            {
                "decision_date": "2021-01-01",
                "level": "provincial",
                "region_allowance_coefficient": 0.1,
                "commitment_years": 2,
            },
            ["outside_window", "not_district", "coefficient_below_0_3", "commitment_under_5_years"],
            id="Đ63 all failing conditions listed",
        ),
    ],
)
def test_designation_without_exam(kwargs, unmet):
    assert designation(**kwargs) == {"allowed": not unmet, "unmet": unmet}


def test_each_unmet_condition_cites_its_clause():
    facts = {
        "decision_date": "2020-07-01",
        "authority": {
            "level": "provincial",
            "provincial_capital_unit": True,
            "region_allowance_coefficient": 0.2,
            "special_area": False,
            "on_appendix_list": False,
        },
        "commitment_years": 3,
    }
    answer = evaluate("designation.without_exam", facts, "2020-07-01")
    decree = "Nghị định số 62/2015/NĐ-CP"
    assert [(r["code"], r["citation"]) for r in answer["reasons"]] == [
        ("outside_window", f"khoản 1 Điều 63 {decree}"),
        ("not_district", f"điểm a khoản 1 Điều 63 {decree}"),
        ("provincial_capital_unit", f"điểm a khoản 1 Điều 63 {decree}"),
        ("coefficient_below_0_3", f"điểm a khoản 1 Điều 63 {decree}"),
        ("not_special_area", f"điểm a khoản 1 Điều 63 {decree}"),
        ("not_on_appendix_list", f"khoản 2 Điều 63 {decree}"),
        ("commitment_under_5_years", f"điểm b khoản 1 Điều 63 {decree}"),
    ]
    assert answer["outcome"]["unmet"] == [r["code"] for r in answer["reasons"]]


# ---------------------------------------------------------------- selection_board.decision (Đ63.4)


@pytest.mark.parametrize(
    ("members", "present", "votes_for", "quorate", "passed"),
    [
        pytest.param(9, 6, 5, True, True, id="Đ63.4 exactly two thirds present (6/9)"),
        pytest.param(9, 5, 5, False, False, id="Đ63.4 one less than two thirds (5/9)"),
        pytest.param(6, 4, 4, True, True, id="Đ63.4 exactly two thirds (4/6)"),
        pytest.param(6, 3, 3, False, False, id="Đ63.4 half present (3/6)"),
        pytest.param(7, 5, 4, True, True, id="Đ63.4 4 of 7 votes, more than half"),
        pytest.param(8, 6, 4, True, False, id="Đ63.4 exactly half of all members (4/8) fails"),
        pytest.param(8, 6, 5, True, True, id="Đ63.4 5 of 8 passes"),
        pytest.param(7, 7, 3, True, False, id="Đ63.4 3 of 7 votes"),
        pytest.param(7, 5, 5, True, True, id="Đ63.4 7 members, 5 present, all for"),
        pytest.param(3, 2, 2, True, True, id="Đ63.4 2 of 3 present"),
        pytest.param(6, 4, 3, True, False, id="Đ63.4 3 of 6 votes: exactly half fails"),
        pytest.param(6, 6, 4, True, True, id="Đ63.4 4 of 6 votes: more than half"),
        pytest.param(
            9, 6, 4, True, False, id="Đ63.4 4 of 9: a majority of those present is not enough"
        ),
    ],
)
def test_selection_board(members, present, votes_for, quorate, passed):
    result = outcome(
        "selection_board.decision", {"members": members, "present": present, "votes_for": votes_for}
    )
    assert result == {"quorate": quorate, "passed": passed}


# ---------------------------------------------------------------- relief.dossier (Đ64.2)


def relief(submitted_on, *docs):
    return outcome(
        "relief.dossier",
        {"submitted_on": submitted_on, "documents": [{"kind": k, "issued_on": d} for k, d in docs]},
    )


@pytest.mark.parametrize(
    ("submitted", "docs", "complete", "missing", "problems"),
    [
        pytest.param(
            "2024-08-31",
            [("director_proposal", "2024-08-30")],
            True,
            [],
            [],
            id="Đ64.2.c only the proposal is required",
        ),
        pytest.param(
            "2024-08-31",
            [("request", "2024-08-01")],
            False,
            ["director_proposal"],
            [],
            id="Đ64.2.c proposal missing",
        ),
        pytest.param(
            "2024-08-31",
            [("director_proposal", "2024-08-30"), ("health_certificate", "2024-02-29")],
            True,
            [],
            [],
            id="Đ64.2.b 6 months to the day, clamped to 29/02",
        ),
        pytest.param(
            "2024-08-31",
            [("director_proposal", "2024-08-30"), ("health_certificate", "2024-02-28")],
            False,
            [],
            ["health_certificate_expired"],
            id="Đ64.2.b one day more than 6 months",
        ),
        pytest.param(
            "2024-09-15",
            [("director_proposal", "2024-09-01"), ("health_certificate", "2024-03-15")],
            True,
            [],
            [],
            id="Đ64.2.b same calendar day 6 months before",
        ),
        pytest.param(
            "2024-09-15",
            [("director_proposal", "2024-09-01"), ("health_certificate", "2024-03-14")],
            False,
            [],
            ["health_certificate_expired"],
            id="Đ64.2.b the day before",
        ),
        pytest.param(
            "2023-08-31",
            [("director_proposal", "2023-08-30"), ("health_certificate", "2023-02-28")],
            True,
            [],
            [],
            id="Đ64.2.b common year: 31/08 clamps to 28/02",
        ),
        pytest.param(
            "2024-08-29",
            [("director_proposal", "2024-08-28"), ("health_certificate", "2024-02-29")],
            True,
            [],
            [],
            id="Đ64.2.b issued 29/02/2024, 6 months to the day",
        ),
        pytest.param(
            "2024-08-29",
            [("director_proposal", "2024-08-28"), ("health_certificate", "2024-02-28")],
            False,
            [],
            ["health_certificate_expired"],
            id="Đ64.2.b issued 28/02/2024, one day more",
        ),
        pytest.param(
            "2023-08-29",
            [("director_proposal", "2023-08-28"), ("health_certificate", "2023-02-28")],
            True,
            [],
            [],
            id="Đ64.2.b no 29/02 in 2023: 28/02 is the last valid day",
        ),
        pytest.param(
            "2023-08-29",
            [("director_proposal", "2023-08-28"), ("health_certificate", "2023-02-27")],
            False,
            [],
            ["health_certificate_expired"],
            id="Đ64.2.b 27/02/2023 is too old",
        ),
        pytest.param(
            "2024-08-31",
            [("health_certificate", "2024-08-30"), ("hardship_certificate", "2024-08-01")],
            False,
            ["director_proposal"],
            [],
            id="Đ64.2.b-c supporting papers do not replace the proposal",
        ),
        pytest.param(
            "2024-08-31",
            [("health_certificate", "2023-08-30")],
            False,
            ["director_proposal"],
            ["health_certificate_expired"],
            id="Đ64.2 missing and expired both reported",
        ),
        pytest.param(
            "2024-08-31",
            [],
            False,
            ["director_proposal"],
            [],
            id="Đ64.2 empty dossier",
        ),
    ],
)
def test_relief_dossier(submitted, docs, complete, missing, problems):
    assert relief(submitted, *docs) == {
        "complete": complete,
        "missing": missing,
        "problems": problems,
    }


# ---------------------------------------------------------------- inspection.recusal (Đ68.4)


@pytest.mark.parametrize(
    ("path", "point"),
    [
        pytest.param(["spouse"], "a", id="Đ68.4.a spouse"),
        pytest.param(["child"], "a", id="Đ68.4.a child"),
        pytest.param(["parent"], "b", id="Đ68.4.b parent"),
        pytest.param(["parent", "parent"], "b", id="Đ68.4.b grandparent"),
        pytest.param(["parent", "sibling"], "b", id="Đ68.4.b uncle or aunt"),
        pytest.param(["sibling"], "b", id="Đ68.4.b sibling"),
        pytest.param(["spouse", "parent"], "b", id="Đ68.4.b spouse's parent"),
        pytest.param(["spouse", "parent", "parent"], "b", id="Đ68.4.b spouse's grandparent"),
        pytest.param(["spouse", "parent", "sibling"], "b", id="Đ68.4.b spouse's uncle or aunt"),
        pytest.param(["spouse", "sibling"], "b", id="Đ68.4.b spouse's sibling"),
        pytest.param(["sibling", "child"], "c", id="Đ68.4.c nephew or niece"),
        pytest.param(["child", "child"], "c", id="Đ68.4.c grandchild"),
        pytest.param(["parent", "sibling", "child"], None, id="Đ68.4 a cousin is not listed"),
        pytest.param(["child", "spouse"], None, id="Đ68.4 a child-in-law is not listed"),
        pytest.param(["spouse", "child"], None, id="Đ68.4 a stepchild not adopted is not listed"),
        pytest.param([], None, id="Đ68.4 empty path"),
        pytest.param(["spouse", "spouse"], None, id="Đ68.4 spouse of spouse"),
    ],
)
def test_recusal(path, point):
    assert outcome("inspection.recusal", {"path": path}) == {
        "must_recuse": point is not None,
        "point": point,
    }


# ---------------------------------------------------------------- transfer.authority (Đ70)


def transfer(grade, post=None, appointer=None, from_unit="01", to_unit="01", military=False):
    facts = {
        "person": {
            "grade": grade,
            "leadership_post": post,
            "post_appointed_by": appointer,
            "military": military,
        },
        "from_unit": from_unit,
        "to_unit": to_unit,
    }
    return outcome("transfer.authority", facts)


@pytest.mark.parametrize(
    ("kwargs", "decided_by", "must_consult", "point"),
    [
        pytest.param(
            {"grade": "officer_junior", "military": True},
            "ministry_of_defence_rules",
            None,
            None,
            id="Đ70.2 military",
        ),
        pytest.param(
            {"grade": "inspector_senior"},
            "minister_of_justice",
            None,
            "a",
            id="Đ70.1.a senior inspector without post",
        ),
        pytest.param(
            {
                "grade": "inspector_senior",
                "post": "head_provincial_unit",
                "appointer": "provincial_director",
            },
            "provincial_director",
            "provincial_director",
            "c",
            id="Đ70.1.c senior inspector with a post appointed in the province",
        ),
        pytest.param(
            {
                "grade": "officer_senior",
                "post": "provincial_director",
                "appointer": "minister_of_justice",
            },
            "minister_of_justice",
            None,
            "a",
            id="Đ70.1.a post appointed by the Minister",
        ),
        pytest.param(
            {"grade": "officer_junior", "from_unit": "01", "to_unit": "79"},
            "director_general",
            None,
            "b",
            id="Đ70.1.b from one province to another",
        ),
        pytest.param(
            {
                "grade": "officer_intermediate",
                "post": "deputy_provincial_director",
                "appointer": "director_general",
            },
            "director_general",
            None,
            "b",
            id="Đ70.1.b officer who is a Deputy Provincial Director",
        ),
        pytest.param(
            {
                "grade": "inspector_principal",
                "post": "deputy_head_central_unit",
                "appointer": "director_general",
                "from_unit": "central",
                "to_unit": "central",
            },
            "director_general",
            None,
            "b",
            id="Đ70.1.b inspector who is a deputy head of a central unit",
        ),
        pytest.param(
            {"grade": "officer_junior"},
            "provincial_director",
            None,
            "c",
            id="Đ70.1.c within the province",
        ),
        pytest.param(
            {
                "grade": "officer_intermediate",
                "post": "district_head",
                "appointer": "director_general",
            },
            "provincial_director",
            "director_general",
            "c",
            id="Đ70.1.c leader: consult the appointer first",
        ),
        pytest.param(
            {
                "grade": "officer_intermediate",
                "post": "district_head",
                "appointer": "director_general",
                "to_unit": "02",
            },
            "director_general",
            None,
            "b",
            id="Đ70.1.c except case b: no consultation between provinces",
        ),
    ],
)
def test_transfer_authority(kwargs, decided_by, must_consult, point):
    assert transfer(**kwargs) == {
        "decided_by": decided_by,
        "must_consult": must_consult,
        "point": point,
    }


# ---------------------------------------------------------------- leadership.standards (Đ72)


def leadership(post, grade, integrity=True, experience=True, capacity=True):
    facts = {
        "post": post,
        "grade": grade,
        "integrity": integrity,
        "experience": experience,
        "capacity": capacity,
    }
    return outcome("leadership.standards", facts)


@pytest.mark.parametrize(
    ("post", "grade", "flags", "unmet", "appointed_by"),
    [
        pytest.param(
            "district_head",
            "officer_junior",
            {},
            [],
            "as_delegated_by_minister",
            id="Đ72.1.a junior officer suffices",
        ),
        pytest.param(
            "deputy_district_head",
            "secretary",
            {},
            ["grade_too_low"],
            "as_delegated_by_minister",
            id="Đ72.1.a secretary below",
        ),
        pytest.param(
            "district_head",
            "inspector_senior",
            {},
            ["grade_too_low"],
            "as_delegated_by_minister",
            id="Đ72.1.a inspector is not an officer",
        ),
        pytest.param(
            "provincial_director",
            "officer_intermediate",
            {},
            [],
            "minister_of_justice",
            id="Đ72.2.a intermediate officer suffices; Đ72.3 Minister",
        ),
        pytest.param(
            "provincial_director",
            "officer_junior",
            {},
            ["grade_too_low"],
            "minister_of_justice",
            id="Đ72.2.a junior below (not 'intermediate junior')",
        ),
        pytest.param(
            "deputy_provincial_director",
            "officer_senior",
            {},
            [],
            "as_delegated_by_minister",
            id="Đ72.3 deputy as delegated",
        ),
        pytest.param(
            "district_head",
            "officer_junior",
            {"integrity": False, "experience": False, "capacity": False},
            ["integrity", "experience", "capacity"],
            "as_delegated_by_minister",
            id="Đ72.1.b-d every unmet standard",
        ),
    ],
)
def test_leadership_standards(post, grade, flags, unmet, appointed_by):
    assert leadership(post, grade, **flags) == {
        "meets": not unmet,
        "unmet": unmet,
        "appointed_by": appointed_by,
    }


def test_the_decree_version_of_a_rule_is_chosen_by_on():
    # The Art. 63 window stays a fact of the decree: asked in 2026 about a 2018 decision.
    assert (
        evaluate(
            "designation.without_exam",
            {
                "decision_date": "2018-05-02",
                "authority": OFFICE,
                "commitment_years": 5,
            },
            date(2026, 11, 22),
        )["outcome"]["allowed"]
        is True
    )


# ---------------------------------------------------------------- selection_board.composition (Đ63.4)

SEATS = ["chair", "vice_chair", "home_affairs", "justice", "jurists", "secretary"]


@pytest.mark.parametrize(
    ("roles", "problems"),
    [
        pytest.param(SEATS, [], id="Đ63.4 every seat held once"),
        pytest.param(list(reversed(SEATS)), [], id="Đ63.4 the order of the list does not matter"),
        pytest.param(
            SEATS[1:],
            [{"code": "role_missing", "role": "chair", "count": 0}],
            id="Đ63.4 no chair (President or Vice-President of the People's Committee)",
        ),
        pytest.param(
            [s for s in SEATS if s != "vice_chair"],
            [{"code": "role_missing", "role": "vice_chair", "count": 0}],
            id="Đ63.4 no vice-chair (the provincial director)",
        ),
        pytest.param(
            [s for s in SEATS if s != "jurists"],
            [{"code": "role_missing", "role": "jurists", "count": 0}],
            id="Đ63.4 no member from the Jurists' Association",
        ),
        pytest.param(
            SEATS[:-1],
            [{"code": "role_missing", "role": "secretary", "count": 0}],
            id="Đ63.4 no secretary (head of personnel)",
        ),
        pytest.param(
            [*SEATS, "chair"],
            [{"code": "role_duplicated", "role": "chair", "count": 2}],
            id="Đ63.4 two chairs",
        ),
        pytest.param(
            [*SEATS, "justice", "justice"],
            [{"code": "role_duplicated", "role": "justice", "count": 3}],
            id="Đ63.4 three members from the Department of Justice",
        ),
        pytest.param(
            [],
            [{"code": "role_missing", "role": seat, "count": 0} for seat in SEATS],
            id="Đ63.4 an empty board misses every seat, in the clause's order",
        ),
        pytest.param(
            ["home_affairs", "home_affairs", "chair", "vice_chair", "justice", "jurists"],
            [
                {"code": "role_duplicated", "role": "home_affairs", "count": 2},
                {"code": "role_missing", "role": "secretary", "count": 0},
            ],
            id="Đ63.4 every problem is listed",
        ),
    ],
)
def test_selection_board_composition(roles, problems):
    answer = evaluate("selection_board.composition", {"roles": roles}, "2018-05-02")
    assert answer["outcome"] == {"valid": not problems, "problems": problems}
    assert answer["citations"] == ["khoản 4 Điều 63 Nghị định số 62/2015/NĐ-CP"]
    codes = [r["code"] for r in answer["reasons"]]
    assert codes == ([p["code"] for p in problems] or ["composition_valid"])
