"""Cards (Đ73), support tools (Đ74–75), uniforms (Đ82–83), insignia (Đ81), enforcement."""

import pytest

from tests.rules.helpers import outcome
from thads.rules.engine import InvalidFacts, evaluate

ALL_GRADES = [
    "officer_junior",
    "officer_intermediate",
    "officer_senior",
    "inspector",
    "inspector_principal",
    "inspector_senior",
    "secretary",
    "secretary_intermediate",
    "specialist",
    "specialist_principal",
    "specialist_senior",
    "other",
]


@pytest.mark.parametrize(
    ("grade", "card"),
    [
        pytest.param("officer_junior", "officer", id="Đ73.1 junior officer: officer's card"),
        pytest.param("officer_intermediate", "officer", id="Đ73.1 intermediate officer"),
        pytest.param("officer_senior", "officer", id="Đ73.1 senior officer"),
        pytest.param("inspector", "inspector", id="Đ73.1 inspector: inspector's card"),
        pytest.param("inspector_principal", "inspector", id="Đ73.1 principal inspector"),
        pytest.param("inspector_senior", "inspector", id="Đ73.1 senior inspector"),
        pytest.param("secretary", None, id="Đ73.1 secretary: no card"),
        pytest.param("secretary_intermediate", None, id="Đ73.1 intermediate secretary: no card"),
        pytest.param("specialist", None, id="Đ73.1 specialist: no card"),
        pytest.param("specialist_principal", None, id="Đ73.1 principal specialist: no card"),
        pytest.param("specialist_senior", None, id="Đ73.1 senior specialist: no card"),
        pytest.param("other", None, id="Đ73.1 other staff: no card"),
    ],
)
def test_card_kind(grade, card):
    answer = evaluate("card.kind", {"grade": grade}, "2026-01-15")
    assert answer["outcome"] == {"card": card}
    assert "khoản 1 Điều 73 Nghị định số 62/2015/NĐ-CP" in answer["citations"]


@pytest.mark.parametrize(
    ("grade", "may_receive"),
    [
        pytest.param("officer_junior", True, id="Đ74.1 junior officer"),
        pytest.param("officer_intermediate", True, id="Đ74.1 intermediate officer"),
        pytest.param("officer_senior", True, id="Đ74.1 senior officer"),
        pytest.param("inspector", False, id="Đ74.1 inspector: not an officer"),
        pytest.param("inspector_principal", False, id="Đ74.1 principal inspector"),
        pytest.param("inspector_senior", False, id="Đ74.1 senior inspector"),
        pytest.param("secretary", False, id="Đ74.1 secretary"),
        pytest.param("secretary_intermediate", False, id="Đ74.1 intermediate secretary"),
        pytest.param("specialist", False, id="Đ74.1 specialist"),
        pytest.param("specialist_principal", False, id="Đ74.1 principal specialist"),
        pytest.param("specialist_senior", False, id="Đ74.1 senior specialist"),
        pytest.param("other", False, id="Đ74.1 other staff"),
    ],
)
def test_support_tools_go_to_enforcement_officers_only(grade, may_receive):
    answer = evaluate("support_tool.recipient", {"grade": grade}, "2026-01-15")
    assert answer["outcome"] == {"may_receive": may_receive}
    assert "khoản 1 Điều 74 Nghị định số 62/2015/NĐ-CP" in answer["citations"]
    assert "khoản 2 Điều 75 Nghị định số 62/2015/NĐ-CP" in answer["citations"]


# ---------------------------------------------------------------- insignia.for (Đ81)


def shoulder(stars, layout, stripes=0, bars=0, crossed_pine=False):
    return {
        "stars": stars,
        "layout": layout,
        "stripes": stripes,
        "bars": bars,
        "crossed_pine": crossed_pine,
    }


@pytest.mark.parametrize(
    ("grade", "post", "expected"),
    [
        pytest.param(
            "specialist_senior",
            "director_general",
            {
                "shoulder": shoulder(2, "column", crossed_pine=True),
                "lapel": "pine_branch",
                "point": "1.a",
            },
            id="Đ81.1.a Director General",
        ),
        pytest.param(
            "specialist_senior",
            "deputy_director_general",
            {
                "shoulder": shoulder(1, "single", crossed_pine=True),
                "lapel": "pine_branch",
                "point": "1.b",
            },
            id="Đ81.1.b Deputy Director General",
        ),
        pytest.param(
            "inspector_senior",
            "head_central_unit",
            {"shoulder": shoulder(4, "2+2", bars=2), "lapel": "shield_bordered", "point": "2.a"},
            id="Đ81.2.a head of a central unit",
        ),
        pytest.param(
            "inspector_principal",
            "deputy_head_central_unit",
            {"shoulder": shoulder(3, "2+1", bars=2), "lapel": "shield_bordered", "point": "2.b"},
            id="Đ81.2.b deputy head of a central unit",
        ),
        pytest.param(
            "officer_senior",
            "provincial_director",
            {"shoulder": shoulder(4, "2+2", stripes=2), "lapel": "pine_branch", "point": "3"},
            id="Đ81.3 director: shoulder of the officer grade",
        ),
        pytest.param(
            "officer_intermediate",
            "deputy_provincial_director",
            {"shoulder": shoulder(3, "2+1", stripes=2), "lapel": "pine_branch", "point": "3"},
            id="Đ81.3 deputy director",
        ),
        pytest.param(
            "specialist_principal",
            "head_provincial_unit",
            {"shoulder": shoulder(3, "2+1", bars=2), "lapel": "shield_bordered", "point": "4.a"},
            id="Đ81.4.a head of a provincial unit",
        ),
        pytest.param(
            "officer_junior",
            "district_head",
            {
                "shoulder": shoulder(2, "column", stripes=2),
                "lapel": "shield_bordered",
                "point": "4.b",
            },
            id="Đ81.4.b district head",
        ),
        pytest.param(
            "officer_senior",
            None,
            {"shoulder": shoulder(4, "2+2", stripes=2), "lapel": "shield", "point": "5.a"},
            id="Đ81.5.a senior officer",
        ),
        pytest.param(
            "officer_intermediate",
            None,
            {"shoulder": shoulder(3, "2+1", stripes=2), "lapel": "shield", "point": "5.b"},
            id="Đ81.5.b intermediate officer",
        ),
        pytest.param(
            "officer_junior",
            None,
            {"shoulder": shoulder(2, "column", stripes=2), "lapel": "shield", "point": "5.c"},
            id="Đ81.5.c junior officer",
        ),
        pytest.param(
            "inspector_senior",
            None,
            {"shoulder": shoulder(4, "2+2", bars=2), "lapel": "shield", "point": "6.a"},
            id="Đ81.6.a senior inspector",
        ),
        pytest.param(
            "specialist_principal",
            None,
            {"shoulder": shoulder(3, "2+1", bars=2), "lapel": "shield", "point": "6.b"},
            id="Đ81.6.b principal specialist",
        ),
        pytest.param(
            "secretary",
            None,
            {"shoulder": shoulder(2, "column", bars=2), "lapel": "shield", "point": "6.c"},
            id="Đ81.6.c secretary (A1)",
        ),
        pytest.param(
            "secretary_intermediate",
            None,
            {"shoulder": shoulder(1, "single", bars=1), "lapel": "shield", "point": "6.d"},
            id="Đ81.6.d intermediate secretary (B)",
        ),
        pytest.param(
            "other",
            None,
            {"shoulder": shoulder(1, "single", bars=1), "lapel": "shield", "point": "6.d"},
            id="Đ81.6.d other staff",
        ),
    ],
)
def test_insignia(grade, post, expected):
    assert outcome("insignia.for", {"grade": grade, "leadership_post": post}) == expected


def test_military_insignia_follow_the_mod():
    answer = evaluate(
        "insignia.for",
        {"grade": "officer_junior", "leadership_post": None, "military": True},
        "2026-01-15",
    )
    assert answer["outcome"] == {"governed_by": "mod"}
    assert answer["citations"] == ["khoản 2 Điều 80 Nghị định số 62/2015/NĐ-CP"]


# ---------------------------------------------------------------- uniform.entitlement (Đ82–83)


def items(first_issue_on, year, cold_region=False, employment="civil_servant"):
    facts = {
        "person": {
            "military": False,
            "employment": employment,
            "cold_region": cold_region,
            "first_issue_on": first_issue_on,
        },
        "year": year,
    }
    return {
        i["item"]: (i["quantity"], i["due_on"], i["first_issue"])
        for i in outcome("uniform.entitlement", facts)["items"]
    }


def test_first_issue_quantities_of_83_2_a_and_83_3():
    first = items("2020-03-10", 2020, cold_region=True)
    assert first["autumn_winter_uniform"] == (2, "2020-03-10", True)
    assert first["spring_summer_uniform"] == (2, "2020-03-10", True)
    assert first["long_sleeved_shirt"] == (2, "2020-03-10", True)
    assert first["insignia_set"] == (2, "2020-03-10", True)
    assert first["socks"] == (2, "2020-03-10", True)
    assert first["name_tag"] == (1, "2020-03-10", True)
    assert first["winter_ceremonial_uniform"] == (1, "2020-03-10", True)
    assert len(first) == 18


@pytest.mark.parametrize(
    ("year", "due", "not_due"),
    [
        pytest.param(
            2021,
            {"long_sleeved_shirt", "leather_shoes", "socks", "raincoat"},
            {"autumn_winter_uniform", "tie", "name_tag"},
            id="Đ83.1 one year after",
        ),
        pytest.param(
            2022,
            {"spring_summer_uniform", "tie", "peaked_cap", "helmet", "document_case"},
            {"autumn_winter_uniform", "insignia_set"},
            id="Đ83.1 two years after",
        ),
        pytest.param(
            2023,
            {
                "autumn_winter_uniform",
                "winter_overcoat",
                "summer_ceremonial_uniform",
                "insignia_set",
            },
            {"tie", "winter_ceremonial_uniform"},
            id="Đ83.1 three years after",
        ),
        pytest.param(
            2025,
            {"winter_ceremonial_uniform"},
            {"autumn_winter_uniform"},
            id="Đ83.1.e five years after",
        ),
    ],
)
def test_periods(year, due, not_due):
    got = items("2020-03-10", year)
    assert due <= set(got)
    assert not (not_due & set(got))
    assert all(not first for _q, _d, first in got.values())


def test_29_february_falls_due_on_28_february_in_common_years():
    assert items("2020-02-29", 2021)["leather_shoes"] == (1, "2021-02-28", False)
    assert items("2020-02-29", 2024)["leather_shoes"] == (1, "2024-02-29", False)


@pytest.mark.parametrize(
    ("cold", "employment", "jacket"),
    [
        pytest.param(True, "civil_servant", True, id="Đ83.1.c civil servant in the cold region"),
        pytest.param(True, "public_employee", True, id="Đ83.1.c public employee"),
        pytest.param(True, "indefinite_contract", True, id="Đ83.1.c indefinite-term contract"),
        pytest.param(True, "fixed_term_contract", False, id="Đ83.1.c fixed-term contract excluded"),
        pytest.param(False, "civil_servant", False, id="Đ83.1.c south of Huế"),
    ],
)
def test_winter_jacket(cold, employment, jacket):
    assert ("winter_jacket" in items("2020-03-10", 2023, cold, employment)) is jacket


def test_military_uniforms_follow_the_mod():
    facts = {
        "person": {
            "military": True,
            "employment": "civil_servant",
            "cold_region": True,
            "first_issue_on": "2020-01-01",
        },
        "year": 2020,
    }
    answer = evaluate("uniform.entitlement", facts, "2026-01-15")
    assert answer["outcome"] == {"items": [], "governed_by": "mod"}
    assert "khoản 4 Điều 82 Nghị định số 62/2015/NĐ-CP" in answer["citations"]


def test_nothing_before_the_first_issue():
    assert items("2020-03-10", 2019) == {}


# ---------------------------------------------------------------- enforcement (seed summary)


@pytest.mark.parametrize(
    ("at_judgment", "now", "asked", "revalue"),
    [
        pytest.param(100, 120, True, True, id="Đ17 exactly +20%"),
        pytest.param(100, 80, True, True, id="Đ17 exactly -20%"),
        pytest.param(10000, 11999, True, False, id="Đ17 +19.99%"),
        pytest.param(10000, 8001, True, False, id="Đ17 -19.99%"),
        pytest.param(100, 150, False, False, id="Đ17 no party asked"),
        pytest.param(100, 0, True, True, id="Đ17 value now nil"),
    ],
)
def test_revaluation(at_judgment, now, asked, revalue):
    result = outcome(
        "enforcement.revaluation",
        {"value_at_judgment": at_judgment, "value_now": now, "party_requested": asked},
    )
    assert result["revalue"] is revalue
    assert result["change_ratio"] == pytest.approx(abs(now - at_judgment) / at_judgment)


@pytest.mark.parametrize(
    ("on", "paid", "may"),
    [
        pytest.param(
            "2026-01-31", False, False, id="Đ24 the 30th day after receipt: still running"
        ),
        pytest.param("2026-02-01", False, True, id="Đ24 the 31st day: the decision may be made"),
        pytest.param("2026-03-01", True, False, id="Đ24 paid in full"),
    ],
)
def test_auction_decision(on, paid, may):
    result = outcome(
        "enforcement.auction_decision",
        {"demand_received_on": "2026-01-01", "paid_in_full": paid},
        on=on,
    )
    assert result == {"may_decide": may, "earliest_on": "2026-02-01"}


@pytest.mark.parametrize("grade", ALL_GRADES)
@pytest.mark.parametrize(
    ("post", "lapel", "point"),
    [
        pytest.param("provincial_director", "pine_branch", "3", id="Đ81.3"),
        pytest.param("deputy_provincial_director", "pine_branch", "3", id="Đ81.3 deputy"),
        pytest.param("head_provincial_unit", "shield_bordered", "4.a", id="Đ81.4.a,c"),
        pytest.param(
            "deputy_head_provincial_unit", "shield_bordered", "4.a", id="Đ81.4.a,c deputy"
        ),
        pytest.param("district_head", "shield_bordered", "4.b", id="Đ81.4.b,c"),
        pytest.param("deputy_district_head", "shield_bordered", "4.b", id="Đ81.4.b,c deputy"),
    ],
)
def test_posts_of_rows_3_and_4_wear_the_shoulder_board_of_their_grade(grade, post, lapel, point):
    own = outcome("insignia.for", {"grade": grade, "leadership_post": None})
    assert outcome("insignia.for", {"grade": grade, "leadership_post": post}) == {
        "shoulder": own["shoulder"],
        "lapel": lapel,
        "point": point,
    }


@pytest.mark.parametrize("post", [None, "director_general", "district_head"])
def test_military_insignia_follow_the_mod_whatever_the_post(post):
    answer = evaluate(
        "insignia.for",
        {"grade": "officer_senior", "leadership_post": post, "military": True},
        "2026-01-15",
    )
    assert answer["outcome"] == {"governed_by": "mod"}
    assert [r["citation"] for r in answer["reasons"]] == [
        "khoản 2 Điều 80 Nghị định số 62/2015/NĐ-CP"
    ]


def test_first_issue_on_29_february_keeps_its_anniversary_in_leap_years():
    # Đ83.3 insignia every 3 years from 29/02/2020: 2023 (common year) → 28/02.
    assert items("2020-02-29", 2023)["insignia_set"] == (1, "2023-02-28", False)
    # Đ83.1.e winter ceremonial uniform every 5 years: 2025 → 28/02; Đ83.1.m tie 2028 → 29/02.
    assert items("2020-02-29", 2025)["winter_ceremonial_uniform"] == (1, "2025-02-28", False)
    assert items("2020-02-29", 2028)["tie"] == (2, "2028-02-29", False)


def test_the_name_tag_comes_with_the_first_issue_only():
    assert items("2020-03-10", 2020)["name_tag"] == (1, "2020-03-10", True)
    assert "name_tag" not in items("2020-03-10", 2021)


def test_auction_decision_reasons_cite_the_decree():
    answer = evaluate(
        "enforcement.auction_decision",
        {"demand_received_on": "2026-01-01", "paid_in_full": False},
        "2026-01-31",
    )
    assert [r["code"] for r in answer["reasons"]] == ["period_running"]
    assert answer["reasons"][0]["citation"] == "Điều 24 Nghị định số 62/2015/NĐ-CP"


@pytest.mark.parametrize(
    ("received", "on", "may", "earliest"),
    [
        pytest.param(
            "2024-01-30", "2024-02-29", False, "2024-03-01", id="Đ24 30th day in a leap February"
        ),
        pytest.param(
            "2024-01-30", "2024-03-01", True, "2024-03-01", id="Đ24 31st day in a leap year"
        ),
        pytest.param(
            "2025-12-15", "2026-01-14", False, "2026-01-15", id="Đ24 30th day across the new year"
        ),
        pytest.param(
            "2025-12-15", "2026-01-15", True, "2026-01-15", id="Đ24 31st day across the new year"
        ),
        pytest.param("2026-01-01", "2026-01-01", False, "2026-02-01", id="Đ24 the day of receipt"),
    ],
)
def test_the_30_days_run_from_the_day_after_receipt(received, on, may, earliest):
    result = outcome(
        "enforcement.auction_decision",
        {"demand_received_on": received, "paid_in_full": False},
        on=on,
    )
    assert result == {"may_decide": may, "earliest_on": earliest}


# ---------------------------------------------------------------- card.validity (Đ73.3)


@pytest.mark.parametrize(
    ("issued_on", "valid_until"),
    [
        pytest.param("2026-01-15", "2031-01-15", id="Đ73.3 5 years from the issue"),
        pytest.param("2015-09-01", "2020-09-01", id="Đ73.3 on the decree's first day"),
        pytest.param("2024-02-29", "2029-02-28", id="Đ73.3 issued 29/02: 28/02 in a common year"),
        pytest.param("2023-02-28", "2028-02-28", id="Đ73.3 issued 28/02: 28/02 in a leap year"),
        pytest.param("2023-03-01", "2028-03-01", id="Đ73.3 issued 01/03"),
        pytest.param("2026-12-31", "2031-12-31", id="Đ73.3 issued on the last day of a year"),
    ],
)
def test_card_validity(issued_on, valid_until):
    answer = evaluate("card.validity", {"issued_on": issued_on}, issued_on)
    assert answer["outcome"] == {"valid_until": valid_until, "years": 5}
    assert answer["citations"] == ["khoản 3 Điều 73 Nghị định số 62/2015/NĐ-CP"]


@pytest.mark.parametrize(
    ("on", "in_force"),
    [
        pytest.param("2015-08-31", False, id="Đ73.3 the day before the decree: no validity set"),
        pytest.param("2015-09-01", True, id="Đ73.3 from the decree's first day"),
    ],
)
def test_card_validity_is_a_parameter_of_the_decree(on, in_force):
    if in_force:
        assert evaluate("card.validity", {"issued_on": on}, on)["outcome"]["years"] == 5
    else:
        with pytest.raises(InvalidFacts) as exc:
            evaluate("card.validity", {"issued_on": on}, on)
        assert set(exc.value.fields) == {"on"}
