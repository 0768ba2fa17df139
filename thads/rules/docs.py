"""Generate docs/rules.md from the catalogue: `python -m thads.rules.docs [PATH]`.

A test compares the committed file with `render()`, so the docs never drift from the code.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from thads.rules.engine import REGISTRY, evaluate, list_rules

DEFAULT = Path(__file__).resolve().parents[2] / "docs" / "rules.md"


def render() -> str:
    lines = [
        "# The rules catalogue",
        "",
        "Generated from the code by `python -m thads.rules.docs`; do not edit by hand.",
        "Every rule answers through Python (`thads.rules.engine.evaluate`), the command line",
        "(`thads rules eval RULE_ID [--on DATE] < facts.json`) and HTTP",
        "(`POST /api/v1/rules/RULE_ID/evaluate`) with the same result.",
        "",
    ]
    for entry in list_rules():
        rule = REGISTRY[entry["id"]]
        answer = evaluate(rule.id, rule.example, rule.example_on)
        lines += [
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
            "```json",
            json.dumps(entry["facts_schema"], ensure_ascii=False, indent=2),
            "```",
            "",
            "</details>",
            "",
            f"Example (`on` = {rule.example_on}):",
            "",
            "```json",
            json.dumps(rule.example, ensure_ascii=False, indent=2),
            "```",
            "",
            "Answer:",
            "",
            "```json",
            json.dumps(answer, ensure_ascii=False, indent=2),
            "```",
            "",
        ]
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    target = Path(argv[0]) if argv else DEFAULT
    target.write_text(render(), encoding="utf-8")
    print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
