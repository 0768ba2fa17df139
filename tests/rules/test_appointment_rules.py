"""Removal (Đ65), inspector grades (Đ69), secretaries (Đ71, Đ52.3) and who appoints to each
leadership post (Đ72.3, Đ52.3): tables that read like the decree."""

import pytest

from tests.rules.helpers import outcome
from thads.rules.engine import cite, evaluate

# ---------------------------------------------------------------- removal.grounds (Đ65)


@pytest.mark.parametrize(
    ("grade", "ground", "removable", "unmet", "citations"),
    [
        pytest.param(
            "officer_junior",
            "violation_in_enforcement",
            True,
            [],
            [cite(65, 1)],
            id="Đ65.1 violation in enforcement, junior officer",
        ),
        pytest.param(
            "officer_senior",
            "serious_breach_art21",
            True,
            [],
            [cite(65, 2)],
            id="Đ65.2 serious breach of Law Đ21, senior officer",
        ),
        pytest.param(
            "officer_intermediate",
            None,
            False,
            ["removal_ground_missing"],
            [cite(65)],
            id="Đ65 no ground given",
        ),
        pytest.param(
            "inspector",
            "violation_in_enforcement",
            False,
            ["removal_not_officer"],
            [cite(65), cite(65, 1)],
            id="Đ65 an inspector is not an officer",
        ),
        pytest.param(
            "secretary",
            None,
            False,
            ["removal_not_officer", "removal_ground_missing"],
            [cite(65)],
            id="Đ65 every unmet condition is listed",
        ),
    ],
)
def test_removal_grounds(grade, ground, removable, unmet, citations):
    answer = evaluate("removal.grounds", {"grade": grade, "ground": ground}, "2026-01-15")
    assert answer["outcome"] == {"removable": removable, "unmet": unmet}
    assert answer["citations"] == citations


def test_a_removal_cites_only_its_ground():
    answer = evaluate(
        "removal.grounds",
        {"grade": "officer_junior", "ground": "serious_breach_art21"},
        "2026-01-15",
    )
    assert [r["code"] for r in answer["reasons"]] == ["serious_breach_art21"]


# ---------------------------------------------------------------- inspector.designation (Đ69)


@pytest.mark.parametrize(
    ("current", "target", "allowed", "promotion", "next_grade", "unmet"),
    [
        pytest.param(
            "specialist_principal",
            "inspector",
            True,
            False,
            None,
            [],
            id="Đ69.1 designation into the inspector grade",
        ),
        pytest.param(
            "officer_senior",
            "inspector_senior",
            True,
            False,
            None,
            [],
            id="Đ69.1 designation from another grade into any inspector grade",
        ),
        pytest.param(
            "inspector",
            "inspector_principal",
            True,
            True,
            "inspector_principal",
            [],
            id="Đ69.1 promotion inspector → principal",
        ),
        pytest.param(
            "inspector_principal",
            "inspector_senior",
            True,
            True,
            "inspector_senior",
            [],
            id="Đ69.1 promotion principal → senior",
        ),
        pytest.param(
            "inspector",
            "inspector_senior",
            False,
            True,
            "inspector_principal",
            ["not_next_grade"],
            id="Đ69.1 a promotion skips no grade",
        ),
        pytest.param(
            "inspector_senior",
            "inspector",
            False,
            True,
            None,
            ["not_next_grade"],
            id="Đ69.1 senior inspector: no grade above",
        ),
        pytest.param(
            "inspector_principal",
            "inspector",
            False,
            True,
            "inspector_senior",
            ["not_next_grade"],
            id="Đ69.1 no promotion downwards",
        ),
        pytest.param(
            "inspector_principal",
            "inspector_principal",
            False,
            True,
            "inspector_senior",
            ["already_in_grade"],
            id="Đ69.1 already in the grade",
        ),
    ],
)
def test_inspector_designation(current, target, allowed, promotion, next_grade, unmet):
    result = outcome(
        "inspector.designation",
        {"current_grade": current, "target_grade": target, "military": False},
    )
    assert result == {
        "allowed": allowed,
        "promotion": promotion,
        "grade": target,
        "next_grade": next_grade,
        "decided_by": "minister_of_justice",
        "unmet": unmet,
    }


@pytest.mark.parametrize(
    ("military", "citations"),
    [
        pytest.param(False, [cite(69, 1)], id="Đ69.1 civil inspector"),
        pytest.param(
            True, [cite(69, 2)], id="Đ69.2 military inspector on the MoD board's proposal"
        ),
    ],
)
def test_inspector_designation_cites_the_clause_of_the_system(military, citations):
    answer = evaluate(
        "inspector.designation",
        {"current_grade": "other", "target_grade": "inspector", "military": military},
        "2026-01-15",
    )
    assert answer["outcome"]["decided_by"] == "minister_of_justice"
    assert answer["citations"] == citations


# ---------------------------------------------------------------- secretary.designation_authority


@pytest.mark.parametrize(
    ("grade", "military", "decided_by", "citations"),
    [
        pytest.param(
            "secretary",
            False,
            "provincial_director",
            [cite(71, 1), cite(52, 3)],
            id="Đ71.1 Đ52.3 civil secretary: the provincial director as delegated",
        ),
        pytest.param(
            "secretary_intermediate",
            False,
            "provincial_director",
            [cite(71, 1), cite(52, 3)],
            id="Đ71.1 Đ52.3 civil intermediate secretary",
        ),
        pytest.param(
            "secretary",
            True,
            "ministry_of_defence_rules",
            [cite(71, 3)],
            id="Đ71.3 military secretary: the MoD's rules",
        ),
        pytest.param(
            "secretary_intermediate",
            True,
            "ministry_of_defence_rules",
            [cite(71, 3)],
            id="Đ71.3 military intermediate secretary",
        ),
    ],
)
def test_secretary_designation_authority(grade, military, decided_by, citations):
    answer = evaluate(
        "secretary.designation_authority",
        {"target_grade": grade, "military": military},
        "2026-01-15",
    )
    assert answer["outcome"] == {"decided_by": decided_by}
    assert answer["citations"] == citations


# ---------------------------------------------------------------- leadership.appointer (Đ72.3)


@pytest.mark.parametrize(
    ("post", "appointed_by", "delegated", "clause"),
    [
        pytest.param(
            "provincial_director",
            "minister_of_justice",
            False,
            (72, 3),
            id="Đ72.3 the Minister appoints the provincial director",
        ),
        pytest.param(
            "deputy_provincial_director",
            "director_general",
            True,
            (72, 3),
            id="Đ72.3 deputy provincial director: the Director General as delegated",
        ),
        pytest.param(
            "district_head",
            "provincial_director",
            True,
            (72, 3),
            id="Đ72.3 district head: the provincial director as delegated",
        ),
        pytest.param(
            "deputy_district_head",
            "provincial_director",
            True,
            (72, 3),
            id="Đ72.3 deputy district head: the provincial director as delegated",
        ),
        pytest.param(
            "director_general",
            "minister_of_justice",
            False,
            (52, 3),
            id="Đ52.3 Director General: the Minister",
        ),
        pytest.param(
            "deputy_director_general",
            "minister_of_justice",
            False,
            (52, 3),
            id="Đ52.3 Deputy Director General: the Minister",
        ),
        pytest.param(
            "head_central_unit",
            "director_general",
            True,
            (52, 3),
            id="Đ52.3 head of a central unit: the Director General",
        ),
        pytest.param(
            "deputy_head_central_unit",
            "director_general",
            True,
            (52, 3),
            id="Đ52.3 deputy head of a central unit: the Director General",
        ),
        pytest.param(
            "head_provincial_unit",
            "director_general",
            True,
            (52, 3),
            id="Đ52.3 head of a provincial unit: the Director General",
        ),
        pytest.param(
            "deputy_head_provincial_unit",
            "director_general",
            True,
            (52, 3),
            id="Đ52.3 deputy head of a provincial unit: the Director General",
        ),
    ],
)
def test_leadership_appointer(post, appointed_by, delegated, clause):
    answer = evaluate("leadership.appointer", {"post": post}, "2026-01-15")
    assert answer["outcome"] == {"appointed_by": appointed_by, "delegated": delegated}
    assert answer["citations"] == [cite(*clause)]


@pytest.mark.parametrize(
    "post",
    ["provincial_director", "deputy_provincial_director", "district_head", "deputy_district_head"],
)
def test_leadership_appointer_agrees_with_leadership_standards(post):
    standards = outcome(
        "leadership.standards",
        {
            "post": post,
            "grade": "officer_senior",
            "integrity": True,
            "experience": True,
            "capacity": True,
        },
    )
    appointer = outcome("leadership.appointer", {"post": post})
    by_minister = standards["appointed_by"] == "minister_of_justice"
    assert by_minister is (not appointer["delegated"])
    if by_minister:
        assert appointer["appointed_by"] == "minister_of_justice"


def test_the_appointer_rule_is_in_force_from_the_decree():
    answer = evaluate("leadership.appointer", {"post": "district_head"}, "2015-09-01")
    assert answer["outcome"]["appointed_by"] == "provincial_director"
