"""The risk of a coercive enforcement operation, assessed before it is approved, for the
protection of enforcement staff and their relatives (Regulation 183-QĐ/TW, Art. 4).

The Regulation sets the duty; the points and thresholds are the Ministry's own parameters
(params/operation_risk.yaml). Callers gather the earlier incidents linked to the operation (same
parties or same place) and what the plan asks for.
"""

from __future__ import annotations

from datetime import date
from typing import Any, Literal

from pydantic import Field

from thads.rules.citations import REGULATION_183
from thads.rules.engine import Bilingual, Reason, Result, cite, reason, rule
from thads.rules.params import value
from thads.rules.vocab import Facts, IncidentKind

INCIDENT_LABELS = {
    "threat": Bilingual("đe dọa, xúc phạm", "threatening or insulting messages"),
    "obstruction": Bilingual("cản trở thi hành án", "obstruction of enforcement"),
    "violence": Bilingual("bạo lực", "violence"),
    "property": Bilingual("gây thiệt hại tài sản", "damage to property"),
    "crowd": Bilingual("kích động tụ tập đông người", "a crowd gathered through social media"),
    "hazard": Bilingual("gây nguy hiểm cho đoàn cưỡng chế", "a hazard set up against the team"),
}
LEVEL_LABELS = {
    "low": Bilingual("thấp", "low"),
    "medium": Bilingual("trung bình", "medium"),
    "high": Bilingual("cao", "high"),
}


def cite_183() -> str:
    return cite(4, document=REGULATION_183)


class RiskIncident(Facts):
    kind: IncidentKind
    link: Literal["same_parties", "same_place"]
    relatives_affected: bool


class RiskPlan(Facts):
    police_officers: int = Field(ge=0, le=100_000)
    power_company_requested: bool


class OperationRiskFacts(Facts):
    incidents: list[RiskIncident] = Field(max_length=10_000)
    plan: RiskPlan


def _factor(code: str, weight: int, incident: int | None) -> dict[str, Any]:
    return {"code": code, "weight": weight, "incident": incident}


@rule(
    "operation.risk",
    title_vi="Đánh giá rủi ro trước khi tổ chức cưỡng chế thi hành án",
    title_en="Risk of a coercive enforcement operation",
    citations=[cite_183()],
    facts=OperationRiskFacts,
    example={
        "incidents": [{"kind": "hazard", "link": "same_parties", "relatives_affected": True}],
        "plan": {"police_officers": 1, "power_company_requested": False},
    },
    example_on="2026-06-01",
)
def operation_risk(facts: OperationRiskFacts, on: date) -> Result:
    """Points for each earlier incident by kind, and for each that targeted relatives; points
    when the plan lacks the power company after a hazard, or police after violence, obstruction
    or a crowd. The total gives the level. `factors` name the incident (its index) they count."""
    weights: dict[str, int] = value("operation_risk.incident_weights", on)
    relatives: int = value("operation_risk.relatives_weight", on)
    hazard_weight: int = value("operation_risk.hazard_without_power_company_weight", on)
    disorder: list[str] = value("operation_risk.disorder_kinds", on)
    min_police: int = value("operation_risk.min_police_after_disorder", on)
    few_police: int = value("operation_risk.few_police_weight", on)
    thresholds: dict[str, int] = value("operation_risk.level_thresholds", on)
    citation = cite_183()
    factors: list[dict[str, Any]] = []
    reasons: list[Reason] = []
    kinds: set[str] = set()
    for i, incident in enumerate(facts.incidents):
        weight = weights[incident.kind]
        kinds.add(incident.kind)
        code = f"incident_{incident.link}"
        factors.append(_factor(code, weight, i))
        reasons.append(reason(code, citation, kind=INCIDENT_LABELS[incident.kind], weight=weight))
        if incident.relatives_affected:
            factors.append(_factor("relatives_threatened", relatives, i))
            reasons.append(reason("relatives_threatened", citation, weight=relatives))
    if "hazard" in kinds and not facts.plan.power_company_requested:
        factors.append(_factor("hazard_without_power_company", hazard_weight, None))
        reasons.append(reason("hazard_without_power_company", citation, weight=hazard_weight))
    if kinds & set(disorder) and facts.plan.police_officers < min_police:
        factors.append(_factor("few_police", few_police, None))
        reasons.append(reason("few_police", citation, weight=few_police, minimum=min_police))
    if not factors:
        factors.append(_factor("no_history", 0, None))
        reasons.append(reason("no_history", citation))
    score = sum(f["weight"] for f in factors)
    level = (
        "high"
        if score >= thresholds["high"]
        else "medium"
        if score >= thresholds["medium"]
        else "low"
    )
    reasons.append(reason("risk_level", citation, score=score, level=LEVEL_LABELS[level]))
    return Result({"score": score, "level": level, "factors": factors}, reasons)
