"""The rules explorer: pick a rule, fill its facts in a form generated from its schema, see
the outcome, the reasons in the user's language and the clauses, each linked to the text."""

from __future__ import annotations

import json

from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import render
from django.utils import timezone, translation
from django.views.decorators.http import require_safe

from thads.legal.text import citation_url
from thads.rules.engine import REGISTRY, InvalidFacts, UnknownRule, evaluate, get_rule
from thads.rulesweb.schema_form import facts_from, inputs_for, values_from


def _linked(citations: list[str]) -> list[tuple[str, str | None]]:
    return [(c, citation_url(c)) for c in citations]


@require_safe
@login_required
def rule_list(request):
    rules = [
        {
            "id": r.id,
            "title": r.title_vi if translation.get_language() == "vi" else r.title_en,
            "citations": _linked(list(r.citations)),
        }
        for r in sorted(REGISTRY.values(), key=lambda r: r.id)
    ]
    return render(request, "rules/rule_list.html", {"rules": rules})


@login_required
def rule_explore(request, rule_id: str):
    try:
        rule = get_rule(rule_id)
    except UnknownRule:
        raise Http404 from None
    schema = rule.facts_schema()
    language = "vi" if translation.get_language() == "vi" else "en"
    context = {
        "rule": rule,
        "title": rule.title_vi if language == "vi" else rule.title_en,
        "citations": _linked(list(rule.citations)),
        "schema": json.dumps(schema, ensure_ascii=False, indent=2),
    }
    status = 200
    if request.method == "POST":
        inputs = inputs_for(schema, request.POST)
        on = request.POST.get("on") or timezone.localdate().isoformat()
        facts = facts_from(inputs, request.POST)
        context.update(on=on, facts_json=json.dumps(facts, ensure_ascii=False, indent=2))
        try:
            answer = evaluate(rule.id, facts, on)
        except InvalidFacts as exc:
            context["errors"] = exc.fields
            for item in inputs:
                item.error = exc.fields.get(item.name, "")
            status = 400
        else:
            context["answer"] = answer
            context["outcome_json"] = json.dumps(answer["outcome"], ensure_ascii=False, indent=2)
            context["reasons"] = [
                {
                    "code": r["code"],
                    "text": r[language],
                    "citation": r["citation"],
                    "url": citation_url(r["citation"]),
                }
                for r in answer["reasons"]
            ]
            context["answer_citations"] = _linked(answer["citations"])
    else:
        inputs = inputs_for(schema, values_from(rule.example))
        context["on"] = rule.example_on
    context["inputs"] = inputs
    return render(request, "rules/rule_explore.html", context, status=status)
