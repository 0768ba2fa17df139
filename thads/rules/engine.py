"""The rules engine: reasons, the registry of rules, and `evaluate` (citations and the names of
the documents cited come from `thads.rules.citations`, re-exported here).

A rule is a small pure function of validated facts and a day. It returns its outcome, the
reasons (one per condition not met or per fact that decided), and the clauses it rests on.
The answer has exactly the shape of the public contract (`rules.md`):

    {"rule", "on", "outcome", "citations", "reasons": [{"code", "vi", "en", "citation"}],
     "law": {"organisation", "instruments", "caveat"}, "titles": {"<role id>": {"vi", "en"}}}

`law` is what was in force on `on` (from 01/07/2025 with the caveat that the decree is applied
to the successor offices); `titles` gives the title on `on` of every role the outcome names.
No rule answers for a day before Decree 62/2015/NĐ-CP took effect (01/09/2015).

Bad input never escapes as anything but `UnknownRule` or `InvalidFacts`:

    {"error": {"code": "unknown_rule"}}
    {"error": {"code": "invalid_facts", "fields": {"path.to.field": "message"}}}
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ValidationError

from thads.rules.citations import DECREE as DECREE
from thads.rules.citations import LAW_2014 as LAW_2014
from thads.rules.citations import Citation as Citation
from thads.rules.citations import cite as cite
from thads.rules.messages import MESSAGES
from thads.rules.offices import law_field, titles_for
from thads.rules.params import ParameterNotInForce

# ---------------------------------------------------------------------------- reasons


@dataclass(frozen=True)
class Bilingual:
    """A value worded in each language, for a reason's placeholders."""

    vi: str
    en: str


@dataclass(frozen=True)
class Reason:
    """One condition not met, or one fact that decided: a stable code, its wording, its clause."""

    code: str
    vi: str
    en: str
    citation: str

    def as_dict(self) -> dict[str, str]:
        return {"code": self.code, "vi": self.vi, "en": self.en, "citation": self.citation}


def reason(code: str, citation: str, **params: Any) -> Reason:
    """A reason worded from the message table; `params` fill its placeholders."""
    vi, en = MESSAGES[code]
    values_vi = {k: v.vi if isinstance(v, Bilingual) else v for k, v in params.items()}
    values_en = {k: v.en if isinstance(v, Bilingual) else v for k, v in params.items()}
    return Reason(code, vi.format(**values_vi), en.format(**values_en), citation)


@dataclass
class Result:
    """What a rule function returns: the outcome, its reasons, and further clauses it rests on."""

    outcome: dict[str, Any]
    reasons: list[Reason] = field(default_factory=list)
    citations: list[str] = field(default_factory=list)


# ---------------------------------------------------------------------------- errors


class RuleError(Exception):
    code: str = "rule_error"

    def as_dict(self) -> dict[str, Any]:
        return {"error": {"code": self.code}}


class RulesError(StrEnum):
    """The error codes of the rules contract (rules.md), for every door: Python, CLI, HTTP."""

    UNKNOWN_RULE = "unknown_rule"
    INVALID_FACTS = "invalid_facts"
    USAGE = "usage"


class UnknownRule(RuleError):
    code = RulesError.UNKNOWN_RULE

    def __init__(self, rule_id: object) -> None:
        super().__init__(f"unknown rule: {rule_id!r}")
        self.rule_id = rule_id


class InvalidFacts(RuleError):
    code = RulesError.INVALID_FACTS

    def __init__(self, fields: dict[str, str]) -> None:
        super().__init__("invalid facts: " + ", ".join(sorted(fields)))
        self.fields = fields

    def as_dict(self) -> dict[str, Any]:
        return {"error": {"code": self.code, "fields": self.fields}}


# ---------------------------------------------------------------------------- the registry

Check = Callable[[Any], dict[str, str]]
RuleFunction = Callable[[Any, date], Result]


@dataclass(frozen=True)
class Rule:
    """A rule of the catalogue.

    `facts` is the pydantic model of its facts (closed, strict); `check` adds the checks that
    span several facts and returns `{"path.to.field": "message"}`; `example` and `example_on`
    are the worked example of the generated documentation.
    """

    id: str
    title_vi: str
    title_en: str
    citations: tuple[str, ...]
    facts: type[BaseModel]
    fn: RuleFunction
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
) -> Callable[[RuleFunction], RuleFunction]:
    """Register a rule function under its public id."""

    def register(fn: RuleFunction) -> RuleFunction:
        if rule_id in REGISTRY:
            raise ValueError(f"rule {rule_id} registered twice")
        REGISTRY[rule_id] = Rule(
            rule_id, title_vi, title_en, tuple(citations), facts, fn, example, example_on, check
        )
        return fn

    return register


def get_rule(rule_id: object) -> Rule:
    if not isinstance(rule_id, str) or rule_id not in REGISTRY:
        raise UnknownRule(rule_id)
    return REGISTRY[rule_id]


# ---------------------------------------------------------------------------- validation

ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def parse_on(on: date | str | None) -> date:
    """The day asked: a date, an ISO `YYYY-MM-DD` string, or None for today."""
    if isinstance(on, datetime):
        return on.date()
    if isinstance(on, date):
        return on
    if on is None:
        return date.today()
    if not isinstance(on, str) or not ISO_DATE.fullmatch(on):
        raise InvalidFacts({"on": "expected a date YYYY-MM-DD"})
    try:
        return date.fromisoformat(on)
    except ValueError:
        raise InvalidFacts({"on": "expected a valid date YYYY-MM-DD"}) from None


def _path(loc: tuple[int | str, ...]) -> str:
    return ".".join(str(p) for p in loc) or "facts"


def _non_finite(value: Any, loc: tuple[int | str, ...] = ()) -> list[str]:
    """Paths of NaN and infinite numbers, which JSON cannot carry and no fact may be."""
    if isinstance(value, float) and not math.isfinite(value):
        return [_path(loc)]
    if isinstance(value, dict):
        return [p for k, v in value.items() for p in _non_finite(v, (*loc, str(k)))]
    if isinstance(value, list | tuple):
        return [p for i, v in enumerate(value) for p in _non_finite(v, (*loc, i))]
    return []


def _validate(target: Rule, facts: Any) -> BaseModel:
    if not isinstance(facts, dict):
        raise InvalidFacts({"facts": "expected an object"})
    try:
        bad = _non_finite(facts)
        if bad:
            raise InvalidFacts({p: "must be a finite number" for p in bad})
        payload = json.dumps(facts, ensure_ascii=False, allow_nan=False)
    except RecursionError:
        raise InvalidFacts({"facts": "nested too deeply"}) from None
    except (TypeError, ValueError):
        # Values JSON cannot carry: objects, circular structures, integers too long to write.
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


# ---------------------------------------------------------------------------- the doors


def evaluate(rule_id: str, facts: Any, on: date | str | None = None) -> dict[str, Any]:
    """Evaluate a rule on facts under the law in force on `on` (default: today).

    Raises only `UnknownRule` and `InvalidFacts` (an `on` when no version of the law the rule
    rests on is in force is an invalid fact `on`: every rule, before 01/09/2015).
    """
    target = get_rule(rule_id)
    day = parse_on(on)
    try:
        law = law_field(day)
    except ParameterNotInForce as exc:
        first = exc.first.isoformat() if exc.first else "?"
        raise InvalidFacts(
            {"on": f"no rule answers before {first}, when {DECREE} took effect"}
        ) from None
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
        "law": law,
        "titles": titles_for(result.outcome, day),
    }


def list_rules() -> list[dict[str, Any]]:
    """The catalogue: `[{"id", "title_vi", "title_en", "citations", "facts_schema"}]`."""
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
