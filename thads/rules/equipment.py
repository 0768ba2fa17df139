"""Rules on what staff are given: cards (Art. 73), support tools (Art. 74–75), uniforms
(Art. 82–83)."""

from __future__ import annotations

from datetime import date
from typing import Any

from pydantic import Field

from thads.rules.engine import Bilingual, Reason, Result, cite, reason, rule
from thads.rules.params import value
from thads.rules.vocab import (
    INSPECTOR_GRADES,
    OFFICER_GRADES,
    Employment,
    Facts,
    Grade,
    grade_label,
)

# --------------------------------------------------------------------------- card.kind


class GradeFacts(Facts):
    grade: Grade


@rule(
    "card.kind",
    title_vi="Thẻ Chấp hành viên, thẻ Thẩm tra viên",
    title_en="Officer's or inspector's card",
    citations=[cite(73, 1), cite(73, 2)],
    facts=GradeFacts,
    example={"grade": "inspector_principal"},
    example_on="2026-01-15",
)
def card_kind(facts: GradeFacts, on: date) -> Result:
    if facts.grade in OFFICER_GRADES:
        return Result({"card": "officer"}, [reason("officer_card", cite(73, 1))], [cite(73, 2)])
    if facts.grade in INSPECTOR_GRADES:
        return Result({"card": "inspector"}, [reason("inspector_card", cite(73, 1))], [cite(73, 2)])
    return Result({"card": None}, [reason("no_card", cite(73, 1), grade=grade_label(facts.grade))])


# --------------------------------------------------------------------------- card.validity


class CardValidityFacts(Facts):
    issued_on: date = Field(ge=date(1900, 1, 1), le=date(2200, 12, 31))


@rule(
    "card.validity",
    title_vi="Thời hạn sử dụng thẻ Chấp hành viên, thẻ Thẩm tra viên",
    title_en="How long an officer's or inspector's card is valid",
    citations=[cite(73, 3)],
    facts=CardValidityFacts,
    example={"issued_on": "2024-02-29"},
    example_on="2024-02-29",
)
def card_validity(facts: CardValidityFacts, on: date) -> Result:
    """The decree leaves the issue of cards to the Minister (73.3): the validity in years is a
    dated parameter. A card issued on 29 February runs to 28 February in a common year."""
    years: int = value("card.validity_years", on)
    until = anniversary(facts.issued_on, years)
    return Result(
        {"valid_until": until.isoformat(), "years": years},
        [reason("card_validity", cite(73, 3), years=years, valid_until=until.strftime("%d/%m/%Y"))],
    )


# --------------------------------------------------------------------------- support_tool.recipient


@rule(
    "support_tool.recipient",
    title_vi="Người được giao công cụ hỗ trợ",
    title_en="Who may receive support tools",
    citations=[cite(74, 1), cite(75, 2)],
    facts=GradeFacts,
    example={"grade": "inspector"},
    example_on="2026-01-15",
)
def support_tool_recipient(facts: GradeFacts, on: date) -> Result:
    if facts.grade in OFFICER_GRADES:
        return Result(
            {"may_receive": True}, [reason("enforcement_officer", cite(74, 1))], [cite(75, 2)]
        )
    return Result(
        {"may_receive": False},
        [reason("not_enforcement_officer", cite(74, 1), grade=grade_label(facts.grade))],
        [cite(75, 2)],
    )


# --------------------------------------------------------------------------- uniform.entitlement


class UniformPerson(Facts):
    military: bool
    employment: Employment
    cold_region: bool
    first_issue_on: date


class UniformFacts(Facts):
    person: UniformPerson
    year: int = Field(ge=1900, le=2200)


CEREMONIAL = {
    "winter_ceremonial_uniform": Bilingual("Lễ phục mùa đông", "winter ceremonial uniform"),
    "summer_ceremonial_uniform": Bilingual("Lễ phục mùa hè", "summer ceremonial uniform"),
}


def anniversary(first: date, years: int) -> date:
    """The anniversary `years` after `first`; 29 February falls on 28 February in common years."""
    year = first.year + years
    try:
        return first.replace(year=year)
    except ValueError:
        return date(year, 2, 28)


def due_in_year(first: date, year: int, period: int) -> tuple[date, bool] | None:
    """(due date, first issue?) of an item with this period in `year`, or None.

    The cycle is anchored on the first issue: then every anniversary that is a whole multiple
    of the period.
    """
    elapsed = year - first.year
    if elapsed < 0 or elapsed % period:
        return None
    return anniversary(first, elapsed), elapsed == 0


def _entry(item: str, quantity: int, due: tuple[date, bool]) -> dict[str, Any]:
    return {"item": item, "quantity": quantity, "due_on": due[0].isoformat(), "first_issue": due[1]}


@rule(
    "uniform.entitlement",
    title_vi="Niên hạn cấp phát trang phục, phù hiệu, cấp hiệu",
    title_en="Uniform, badge and insignia entitlement in a year",
    citations=[cite(82, 1), cite(82, 2), cite(82, 4), cite(83, 1), cite(83, 2, "a"), cite(83, 3)],
    facts=UniformFacts,
    example={
        "person": {
            "military": False,
            "employment": "civil_servant",
            "cold_region": True,
            "first_issue_on": "2020-02-29",
        },
        "year": 2026,
    },
    example_on="2026-01-15",
)
def uniform_entitlement(facts: UniformFacts, on: date) -> Result:
    p = facts.person
    if p.military:
        return Result({"items": [], "governed_by": "mod"}, [reason("governed_by_mod", cite(82, 4))])
    first = p.first_issue_on
    if facts.year < first.year:
        return Result(
            {"items": []},
            [
                reason(
                    "before_first_issue",
                    cite(83, 2, "a"),
                    year=facts.year,
                    first_issue_on=first.isoformat(),
                )
            ],
        )
    table: dict[str, dict[str, Any]] = value("uniform.items", on)
    jacket_employment: list[str] = value("uniform.winter_jacket_employment", on)
    region: dict[str, str] = value("uniform.winter_jacket_region", on)
    items: list[dict[str, Any]] = []
    reasons: list[Reason] = []
    for item, entry in table.items():
        if item == "winter_jacket" and not (p.cold_region and p.employment in jacket_employment):
            reasons.append(
                reason(
                    "winter_jacket_not_due",
                    cite(83, 1, "c"),
                    region=Bilingual(region["vi"], region["en"]),
                )
            )
            continue
        due = due_in_year(first, facts.year, entry["period_years"])
        if due is None:
            continue
        items.append(_entry(item, entry["first_issue" if due[1] else "quantity"], due))
        if item.endswith("ceremonial_uniform"):
            label = CEREMONIAL[item]
            reasons.append(reason("ceremonial_period", cite(83, 1, entry["point"]), item=label))
    insignia: dict[str, int] = value("uniform.insignia_set", on)
    due = due_in_year(first, facts.year, insignia["period_years"])
    if due is not None:
        items.append(_entry("insignia_set", insignia["first_issue" if due[1] else "quantity"], due))
    if facts.year == first.year:
        name_tag: dict[str, int] = value("uniform.name_tag", on)
        items.append(_entry("name_tag", name_tag["first_issue"], (first, True)))
    items.sort(key=lambda i: (i["due_on"], i["item"]))
    cited = cite(83, 2, "a") if facts.year == first.year else cite(83, 1)
    reasons.insert(0, reason("items_due", cited, count=len(items), year=facts.year))
    return Result({"items": items}, reasons)
