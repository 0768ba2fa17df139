"""The risk of a coercive operation (Regulation 183-QĐ/TW Art. 4; the Ministry's points and
thresholds): each row names what it checks, both sides of each threshold."""

import pytest

from thads.rules.engine import InvalidFacts, evaluate

ON = "2026-06-01"
CITATION = "Điều 4 Quy định 183-QĐ/TW"


def incident(kind, link="same_parties", relatives=False):
    return {"kind": kind, "link": link, "relatives_affected": relatives}


def plan(police=0, power=False):
    return {"police_officers": police, "power_company_requested": power}


def risk(incidents, the_plan, on=ON):
    return evaluate("operation.risk", {"incidents": incidents, "plan": the_plan}, on)


@pytest.mark.parametrize(
    ("incidents", "the_plan", "codes", "score", "level"),
    [
        pytest.param([], plan(), ["no_history"], 0, "low", id="QĐ183 Đ4 no history: low"),
        pytest.param(
            [incident("threat")], plan(), ["incident_same_parties"], 1, "low", id="threat 1: low"
        ),
        pytest.param(
            [incident("property", "same_place")],
            plan(),
            ["incident_same_place"],
            1,
            "low",
            id="damage to property at the same place 1: low",
        ),
        pytest.param(
            [incident("threat"), incident("property")],
            plan(),
            ["incident_same_parties", "incident_same_parties"],
            2,
            "medium",
            id="score 2: medium from exactly the threshold",
        ),
        pytest.param(
            [incident("threat", relatives=True)],
            plan(),
            ["incident_same_parties", "relatives_threatened"],
            2,
            "medium",
            id="relatives targeted add 1",
        ),
        pytest.param(
            [incident("obstruction")],
            plan(police=2),
            ["incident_same_parties"],
            2,
            "medium",
            id="obstruction with 2 police asked: no extra point",
        ),
        pytest.param(
            [incident("obstruction")],
            plan(police=1),
            ["incident_same_parties", "few_police"],
            4,
            "medium",
            id="obstruction with 1 police officer: few police, score 4",
        ),
        pytest.param(
            [incident("crowd", "same_place")],
            plan(police=0),
            ["incident_same_place", "few_police"],
            4,
            "medium",
            id="crowd at the same place, no police",
        ),
        pytest.param(
            [incident("violence")],
            plan(police=1),
            ["incident_same_parties", "few_police"],
            5,
            "high",
            id="violence 3 + few police 2: high from exactly 5",
        ),
        pytest.param(
            [incident("violence")],
            plan(police=2),
            ["incident_same_parties"],
            3,
            "medium",
            id="violence with 2 police: medium",
        ),
        pytest.param(
            [incident("hazard", relatives=True)],
            plan(police=1),
            ["incident_same_parties", "relatives_threatened", "hazard_without_power_company"],
            6,
            "high",
            id="hazard, relatives, no power company: high",
        ),
        pytest.param(
            [incident("hazard")],
            plan(power=True),
            ["incident_same_parties"],
            3,
            "medium",
            id="hazard with the power company asked: no extra point",
        ),
        pytest.param(
            [incident("threat"), incident("threat"), incident("property")],
            plan(),
            ["incident_same_parties"] * 3,
            3,
            "medium",
            id="several small incidents add up",
        ),
        pytest.param(
            [incident("threat"), incident("hazard"), incident("threat", "same_place")],
            plan(police=5, power=True),
            ["incident_same_parties", "incident_same_parties", "incident_same_place"],
            5,
            "high",
            id="score 5 from incidents alone: high",
        ),
    ],
)
def test_operation_risk(incidents, the_plan, codes, score, level):
    answer = risk(incidents, the_plan)
    result = answer["outcome"]
    assert [f["code"] for f in result["factors"]] == codes
    assert (result["score"], result["level"]) == (score, level)
    assert result["score"] == sum(f["weight"] for f in result["factors"])
    assert [r["code"] for r in answer["reasons"]] == [*codes, "risk_level"]
    assert answer["citations"] == [CITATION]


def test_incident_factors_name_their_incident():
    result = risk([incident("threat"), incident("hazard", relatives=True)], plan(power=True))
    assert [(f["code"], f["incident"]) for f in result["outcome"]["factors"]] == [
        ("incident_same_parties", 0),
        ("incident_same_parties", 1),
        ("relatives_threatened", 1),
    ]


@pytest.mark.parametrize(
    ("kind", "weight"),
    [
        pytest.param("violence", 3, id="violence 3"),
        pytest.param("hazard", 3, id="hazard 3"),
        pytest.param("crowd", 2, id="crowd 2"),
        pytest.param("obstruction", 2, id="obstruction 2"),
        pytest.param("threat", 1, id="threat 1"),
        pytest.param("property", 1, id="property 1"),
    ],
)
def test_the_points_of_each_kind_of_incident(kind, weight):
    factors = risk([incident(kind)], plan(police=2, power=True))["outcome"]["factors"]
    assert factors == [{"code": "incident_same_parties", "weight": weight, "incident": 0}]


@pytest.mark.parametrize(
    ("on", "in_force"),
    [
        pytest.param("2024-09-17", False, id="the day before Regulation 183: no parameters"),
        pytest.param("2024-09-18", True, id="from the day of Regulation 183"),
    ],
)
def test_the_parameters_are_dated_from_regulation_183(on, in_force):
    if in_force:
        assert risk([], plan(), on)["outcome"]["level"] == "low"
    else:
        with pytest.raises(InvalidFacts) as exc:
            risk([], plan(), on)
        assert set(exc.value.fields) == {"on"}
