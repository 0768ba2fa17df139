"""Uniform entitlements (Art. 82–83) of people, and the annual allocation plan.

Each person's items come from the rule `uniform.entitlement`; the plan of an authority is the
sum over its staff (and the staff of the authorities under it), item by item.

The winter jacket of Art. 83.1.c depends on where the person works: the `cold_region` of the
authority the person is posted at on the day asked (its former province, for the offices of
the 2025 reorganisation; Hà Nội for the central body), not of a code of the province list.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Hashable, Iterable
from datetime import date
from typing import Any

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


def facts_of(person, year: int, authority=None) -> dict:
    """The facts of `uniform.entitlement` for `person` working at `authority` (by default
    the person's current authority)."""
    first = person.uniform_first_issue_on or date(year, 1, 1)
    place = authority if authority is not None else person.authority
    return {
        "person": {
            "military": person.military,
            "employment": person.employment,
            "cold_region": place.cold_region,
            "first_issue_on": first.isoformat(),
        },
        "year": year,
    }


def entitlement_of(person, year: int, on: date, authority=None) -> dict:
    """What `person` is due in `year`, under the law of `on`, working at `authority` (the
    authority the person is posted at on `on`; by default the current one)."""
    return evaluate("uniform.entitlement", facts_of(person, year, authority), on)


def allocation_plan(
    staff: Iterable[tuple[Any, Any]],
    year: int,
    on: date,
    group_by: Callable[[Any], Hashable],
) -> dict:
    """Totals per item for `staff` — (person, the authority they work at) pairs — and per
    group (`group_by(authority)` → a key).

    Military staff are counted apart: their uniforms follow the MoD's rules (Art. 82.4).
    """
    total: Counter[str] = Counter()
    groups: dict = defaultdict(Counter)
    military = 0
    count = 0
    cache: dict[tuple, list] = {}
    for person, authority in staff:
        count += 1
        if person.military:
            military += 1
            continue
        facts = facts_of(person, year, authority)
        key = (person.employment, facts["person"]["cold_region"], facts["person"]["first_issue_on"])
        if key not in cache:
            cache[key] = evaluate("uniform.entitlement", facts, on)["outcome"]["items"]
        group = groups[group_by(authority)]
        for item in cache[key]:
            total[item["item"]] += item["quantity"]
            group[item["item"]] += item["quantity"]
    return {"total": total, "groups": groups, "staff": count, "military": military}
