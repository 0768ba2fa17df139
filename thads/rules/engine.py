"""The rules engine: a registry of rules, and `evaluate` — the one way every door asks them.

A rule is a small pure function of validated facts and a day. It returns its outcome, the
reasons (one per condition not met or per fact that decided), and the clauses it rests on.
The answer has exactly the shape of the public contract (`rules.md`):

    {"rule", "on", "outcome", "citations", "reasons": [{"code", "vi", "en", "citation"}]}

Bad input never escapes as anything but `UnknownRule` or `InvalidFacts`.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from pydantic import BaseModel, ValidationError

from thads.rules.messages import MESSAGES
from thads.rules.params import ParameterNotInForce


class RuleError(Exception):
    code = "rule_error"

    def as_dict(self) -> dict[str, Any]:
        return {"error": {"code": self.code}}


class UnknownRule(RuleError):
    code = "unknown_rule"

    def __init__(self, rule_id: object) -> None:
        super().__init__(f"unknown rule: {rule_id!r}")
        self.rule_id = rule_id


class InvalidFacts(RuleError):
    code = "invalid_facts"

    def __init__(self, fields: dict[str, str]) -> None:
        super().__init__("invalid facts: " + ", ".join(sorted(fields)))
        self.fields = fields

    def as_dict(self) -> dict[str, Any]:
        return {"error": {"code": self.code, "fields": self.fields}}


@dataclass(frozen=True)
class Reason:
    code: str
    citation: str
    params: tuple[tuple[str, Any], ...] = ()

    def as_dict(self) -> dict[str, Any]:
        vi, en = MESSAGES[self.code]
        # A parameter given as Bilingual(vi, en) is worded in each language.
        values_vi = {k: v.vi if isinstance(v, Bilingual) else v for k, v in self.params}
        values_en = {k: v.en if isinstance(v, Bilingual) else v for k, v in self.params}
        return {
            "code": self.code,
            "vi": vi.format(**values_vi),
            "en": en.format(**values_en),
            "citation": self.citation,
        }


@dataclass(frozen=True)
class Bilingual:
    vi: str
    en: str


def reason(code: str, citation: str, **params: Any) -> Reason:
    return Reason(code, citation, tuple(sorted(params.items())))


@dataclass
class Result:
    outcome: dict[str, Any]
    reasons: list[Reason] = field(default_factory=list)
    citations: list[str] = field(default_factory=list)


Check = Callable[[Any], dict[str, str]]


@dataclass(frozen=True)
class Rule:
    id: str
    title_vi: str
    title_en: str
    citations: tuple[str, ...]
    facts: type[BaseModel]
    fn: Callable[[Any, date], Result]
    example: dict[str, Any]
    example_on: str
    check: Check | None = None

    def facts_schema(self) -> dict[str, Any]:
        return self.facts.model_json_schema()


REGISTRY: dict[str, Rule] = {}


def rule(
    rule_id: str,
    *,
    title_vi: str,
    title_en: str,
    citations: list[str],
    facts: type[BaseModel],
    example: dict[str, Any],
    example_on: str,
    check: Check | None = None,
) -> Callable[[Callable[[Any, date], Result]], Callable[[Any, date], Result]]:
    """Register a rule function under its public id."""

    def register(fn: Callable[[Any, date], Result]) -> Callable[[Any, date], Result]:
        REGISTRY[rule_id] = Rule(
            rule_id, title_vi, title_en, tuple(citations), facts, fn, example, example_on, check
        )
        return fn

    return register


def _path(loc: tuple[int | str, ...]) -> str:
    return ".".join(str(p) for p in loc) or "facts"


def _finite(value: Any) -> bool:
    if isinstance(value, float):
        return math.isfinite(value)
    if isinstance(value, dict):
        return all(_finite(v) for v in value.values())
    if isinstance(value, list):
        return all(_finite(v) for v in value)
    return True


def parse_on(on: date | str | None) -> date:
    if isinstance(on, date):
        return on
    if on is None:
        return date.today()
    if not isinstance(on, str):
        raise InvalidFacts({"on": "expected a date YYYY-MM-DD"})
    try:
        if len(on) != 10:
            raise ValueError(on)
        return date.fromisoformat(on)
    except ValueError:
        raise InvalidFacts({"on": "expected a valid date YYYY-MM-DD"}) from None


def _validate(target: Rule, facts: Any) -> BaseModel:
    if not isinstance(facts, dict):
        raise InvalidFacts({"facts": "expected an object"})
    if not _finite(facts):
        raise InvalidFacts({"facts": "numbers must be finite"})
    try:
        payload = json.dumps(facts, ensure_ascii=False)
    except (TypeError, ValueError):
        raise InvalidFacts({"facts": "expected JSON values"}) from None
    try:
        model = target.facts.model_validate_json(payload, strict=True)
    except ValidationError as exc:
        fields: dict[str, str] = {}
        for err in exc.errors(include_url=False):
            fields.setdefault(_path(tuple(err["loc"])), str(err["msg"]))
        raise InvalidFacts(fields) from None
    if target.check is not None:
        problems = target.check(model)
        if problems:
            raise InvalidFacts(problems)
    return model


def get_rule(rule_id: object) -> Rule:
    if not isinstance(rule_id, str) or rule_id not in REGISTRY:
        raise UnknownRule(rule_id)
    return REGISTRY[rule_id]


def evaluate(rule_id: str, facts: Any, on: date | str | None = None) -> dict[str, Any]:
    """Evaluate a rule on facts under the law in force on `on` (default: today)."""
    target = get_rule(rule_id)
    day = parse_on(on)
    model = _validate(target, facts)
    try:
        result = target.fn(model, day)
    except ParameterNotInForce as exc:
        raise InvalidFacts({"on": str(exc)}) from None
    citations: list[str] = []
    for citation in [*result.citations, *(r.citation for r in result.reasons)]:
        if citation not in citations:
            citations.append(citation)
    return {
        "rule": target.id,
        "on": day.isoformat(),
        "outcome": result.outcome,
        "citations": citations,
        "reasons": [r.as_dict() for r in result.reasons],
    }


def list_rules() -> list[dict[str, Any]]:
    return [
        {
            "id": r.id,
            "title_vi": r.title_vi,
            "title_en": r.title_en,
            "citations": list(r.citations),
            "facts_schema": r.facts_schema(),
        }
        for r in sorted(REGISTRY.values(), key=lambda r: r.id)
    ]
