"""Uniform entitlements (Art. 82–83) of people, and the annual allocation plan.

Each person's items come from the rule `uniform.entitlement`; the plan of an authority is the
sum over its staff (and the staff of the authorities under it), item by item.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import date

from thads.rules.engine import evaluate

# The order of Art. 83.1, then 83.3 and the name tag of 82.2.
ITEMS = [
    "autumn_winter_uniform",
    "winter_overcoat",
    "winter_jacket",
    "spring_summer_uniform",
    "long_sleeved_shirt",
    "winter_ceremonial_uniform",
    "summer_ceremonial_uniform",
    "leather_shoes",
    "leather_belt",
    "leather_sandals",
    "socks",
    "tie",
    "raincoat",
    "peaked_cap",
    "helmet",
    "document_case",
    "insignia_set",
    "name_tag",
]


def facts_of(person, year: int) -> dict:
    first = person.uniform_first_issue_on or date(year, 1, 1)
    return {
        "person": {
            "military": person.military,
            "employment": person.employment,
            "cold_region": person.authority.cold_region,
            "first_issue_on": first.isoformat(),
        },
        "year": year,
    }


def entitlement_of(person, year: int, on: date) -> dict:
    return evaluate("uniform.entitlement", facts_of(person, year), on)


def allocation_plan(people, year: int, on: date, group_by) -> dict:
    """Totals per item for `people`, and per group (`group_by(person)` → a key).

    Military staff are counted apart: their uniforms follow the MoD's rules (Art. 82.4).
    """
    total: Counter[str] = Counter()
    groups: dict = defaultdict(Counter)
    military = 0
    staff = 0
    cache: dict[tuple, list] = {}
    for person in people:
        staff += 1
        if person.military:
            military += 1
            continue
        facts = facts_of(person, year)
        key = (person.employment, facts["person"]["cold_region"], facts["person"]["first_issue_on"])
        if key not in cache:
            cache[key] = evaluate("uniform.entitlement", facts, on)["outcome"]["items"]
        group = groups[group_by(person)]
        for item in cache[key]:
            total[item["item"]] += item["quantity"]
            group[item["item"]] += item["quantity"]
    return {"total": total, "groups": groups, "staff": staff, "military": military}
