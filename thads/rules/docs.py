"""Generate docs/rules.md from the catalogue: `python -m thads.rules.docs [PATH]`.

Each rule's id, titles, citations, facts schema and worked example (defined beside the rule
and evaluated here), then every dated parameter with its references. A test compares the
committed file with `render()`, so the docs never drift from the code.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from thads.rules.engine import REGISTRY, evaluate, list_rules
from thads.rules.params import load

DEFAULT = Path(__file__).resolve().parents[2] / "docs" / "rules.md"


def _json(data: Any) -> list[str]:
    return ["```json", json.dumps(data, ensure_ascii=False, indent=2, default=str), "```"]


def _rule_section(entry: dict[str, Any]) -> list[str]:
    rule = REGISTRY[entry["id"]]
    answer = evaluate(rule.id, rule.example, rule.example_on)
    return [
        f"## `{rule.id}`",
        "",
        f"**{rule.title_vi}** — {rule.title_en}",
        "",
        "Citations:",
        "",
        *[f"- {c}" for c in rule.citations],
        "",
        "<details><summary>Facts (JSON Schema)</summary>",
        "",
        *_json(entry["facts_schema"]),
        "",
        "</details>",
        "",
        f"Worked example: `thads rules eval {rule.id} --on {rule.example_on}` with the facts",
        "",
        *_json(rule.example),
        "",
        "answers",
        "",
        *_json(answer),
        "",
    ]


def _parameters() -> list[str]:
    lines = [
        "## Parameters",
        "",
        "Dated values in `thads/rules/params/*.yaml`, each with the clause it comes from. A value",
        "applies from its date until the next one; `null` ends the parameter.",
        "",
        "| parameter | from | value | reference |",
        "|---|---|---|---|",
    ]
    for name, parameter in sorted(load().items()):
        for version in parameter.versions:
            shown = json.dumps(version.value, ensure_ascii=False, default=str)
            shown = shown.replace("|", "\\|")
            lines.append(
                f"| `{name}` | {version.start.isoformat()} | `{shown}` | {version.reference} |"
            )
    return [*lines, ""]


def render() -> str:
    entries = list_rules()
    lines = [
        "# The rules catalogue",
        "",
        "Generated from the code by `python -m thads.rules.docs`; do not edit by hand.",
        "",
        "Every rule answers through Python (`thads.rules.engine.evaluate(rule_id, facts, on)`),",
        "the command line (`thads rules eval RULE_ID [--on YYYY-MM-DD] < facts.json`) and HTTP",
        "(`POST /api/v1/rules/RULE_ID/evaluate`) with the same result:",
        '`{"rule", "on", "outcome", "citations", "reasons", "law", "titles"}`. Bad input gives',
        '`{"error": {"code": "unknown_rule"}}` or',
        '`{"error": {"code": "invalid_facts", "fields": {"path.to.field": "message"}}}`.',
        "",
        "Citations are written the Vietnamese way, smallest unit first:",
        "`điểm b khoản 1 Điều 70 Nghị định số 62/2015/NĐ-CP`. `law` is what was in force on `on`",
        "(from 01/07/2025 with the caveat that the decree's Chapter III is applied to the successor",
        "offices of the reorganisation; from 01/07/2026 that the guiding decree of Law",
        "106/2025/QH15 is not yet encoded); `titles` gives the title on `on` of every office the",
        "outcome names. No rule answers for a day before 01/09/2015, when the decree took effect.",
        "",
        *[f"- [`{e['id']}`](#{e['id'].replace('.', '')}) — {e['title_en']}" for e in entries],
        "- [Parameters](#parameters)",
        "",
    ]
    for entry in entries:
        lines += _rule_section(entry)
    lines += _parameters()
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    target = Path(argv[0]) if argv else DEFAULT
    target.write_text(render(), encoding="utf-8")
    print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
