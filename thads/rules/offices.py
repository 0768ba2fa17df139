"""The law in force on a day and the dated titles of the offices (today.md, rules.md).

Role ids (`director_general`, `provincial_director`, `district_head`, …) never change with the
date; the title of each office does: `director_general` is the "Tổng Cục trưởng Tổng cục Thi
hành án dân sự" until 30/06/2025 and the "Cục trưởng Cục Quản lý Thi hành án dân sự" from
01/07/2025. Decisions take their header, register, symbol and signature title from the
issuer of their date. Everything here reads `params/law.yaml` and `params/titles.yaml`.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from thads.rules.params import value

# The outcome fields whose values are roles: an answer's `titles` names each of them (rules.md).
ROLE_FIELDS = ("decided_by", "must_consult", "appointed_by", "signers", "signer")


def law_in_force(on: date) -> dict[str, Any]:
    """What governs the service on `on`: `{organisation, law_number, instruments, caveat}`.

    Raises `ParameterNotInForce` before the decree took effect (2015-09-01)."""
    law: dict[str, Any] = value("law.in_force", on)
    return law


def law_field(on: date) -> dict[str, Any]:
    """The `law` field of a rule answer: `{organisation, instruments, caveat}` (rules.md)."""
    law = law_in_force(on)
    caveat = law["caveat"]
    return {
        "organisation": law["organisation"],
        "instruments": list(law["instruments"]),
        "caveat": {"vi": caveat["vi"], "en": caveat["en"]} if caveat else None,
    }


def law_number(on: date) -> str:
    """The number of the Law on Civil Judgment Enforcement in force on `on`."""
    number: str = law_in_force(on)["law_number"]
    return number


def roles(on: date) -> dict[str, dict[str, Any]]:
    """Every role id with its titles on `on`."""
    table: dict[str, dict[str, Any]] = value("titles.roles", on)
    return table


def is_role(role: object, on: date) -> bool:
    return isinstance(role, str) and role in roles(on)


def title(
    role: str, on: date, unit: str | None = None, unit_en: str | None = None
) -> dict[str, str]:
    """The title `{vi, en}` of `role` on `on`; of the holder of the authority named `unit`
    when one is given and the role has such a form (`Cục trưởng {unit}`).

    Raises `KeyError` for a value that is not a role (e.g. `ministry_of_defence_rules`)."""
    entry = roles(on)[role]
    if unit and "of" in entry:
        return {
            "vi": entry["of"]["vi"].format(unit=unit),
            "en": entry["of"]["en"].format(unit=unit_en or unit),
        }
    return {"vi": entry["vi"], "en": entry["en"]}


def titles_for(outcome: dict[str, Any], on: date) -> dict[str, dict[str, str]]:
    """The `titles` field of an answer: the title on `on` of every role the outcome names in
    `decided_by`, `must_consult`, `appointed_by` and the signers (values that are not roles,
    such as `as_delegated_by_minister`, are left out)."""
    named: list[str] = []
    for field in ROLE_FIELDS:
        found = outcome.get(field)
        for candidate in found if isinstance(found, list) else [found]:
            if is_role(candidate, on) and candidate not in named:
                named.append(candidate)
    return {role: title(role, on) for role in named}


def issuer(signer: str, on: date) -> dict[str, str]:
    """The issuer of a signer's decisions on `on`: `{register, symbol, parent, name, signature,
    competence}`, with the placeholders `{pk}` (the deciding authority's id) and `{authority}` (its name)
    left for the caller to fill."""
    table: dict[str, dict[str, str]] = value("titles.issuers", on)
    return dict(table[signer])
