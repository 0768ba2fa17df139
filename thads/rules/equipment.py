"""Rules on what staff are given: cards (Art. 73), support tools (Art. 74–75), uniforms
(Art. 82–83)."""

from __future__ import annotations

from datetime import date
from typing import Any

from pydantic import Field

from thads.rules.citations import cite
from thads.rules.engine import Result, reason, rule
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


def anniversary(first: date, years: int) -> date:
    """The anniversary `years` after `first`; 29 February falls on 28 February in common years."""
    year = first.year + years
    try:
        return first.replace(year=year)
    except ValueError:
        return date(year, 2, 28)


def due_in_year(first: date, year: int, period: int) -> tuple[date, bool] | None:
    """(due date, first issue?) of an item with this period in `year`, or None."""
    if year < first.year:
        return None
    if year == first.year:
        return first, True
    elapsed = year - first.year
    if elapsed % period:
        return None
    return anniversary(first, elapsed), False


@rule(
    "uniform.entitlement",
    title_vi="Niên hạn cấp phát trang phục, phù hiệu, cấp hiệu",
    title_en="Uniform, badge and insignia entitlement in a year",
    citations=[cite(82, 1), cite(82, 2), cite(83, 1), cite(83, 2, "a"), cite(83, 3)],
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
    table: dict[str, list[Any]] = value("uniform.items", on)
    jacket_employment = value("uniform.winter_jacket_employment", on)
    items: list[dict[str, Any]] = []
    reasons = []
    for item, (quantity, period, first_quantity, _point) in table.items():
        if item == "winter_jacket" and not (p.cold_region and p.employment in jacket_employment):
            reasons.append(reason("winter_jacket_not_due", cite(83, 1, "c")))
            continue
        due = due_in_year(first, facts.year, period)
        if due:
            day, is_first = due
            items.append(
                {
                    "item": item,
                    "quantity": first_quantity if is_first else quantity,
                    "due_on": day.isoformat(),
                    "first_issue": is_first,
                }
            )
            if item.endswith("ceremonial_uniform") and not any(
                r.code == "ceremonial_period" for r in reasons
            ):
                reasons.append(
                    reason(
                        "ceremonial_period", cite(83, 1, "e" if item.startswith("winter") else "g")
                    )
                )
    set_quantity, set_period, set_first = value("uniform.insignia_set", on)
    due = due_in_year(first, facts.year, set_period)
    if due:
        day, is_first = due
        items.append(
            {
                "item": "insignia_set",
                "quantity": set_first if is_first else set_quantity,
                "due_on": day.isoformat(),
                "first_issue": is_first,
            }
        )
    if facts.year == first.year:
        items.append(
            {"item": "name_tag", "quantity": 1, "due_on": first.isoformat(), "first_issue": True}
        )
    items.sort(key=lambda i: (i["due_on"], i["item"]))
    reasons.insert(0, reason("items_due", cite(83, 1), count=len(items), year=facts.year))
    return Result({"items": items}, reasons)
