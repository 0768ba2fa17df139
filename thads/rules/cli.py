"""`thads rules list` and `thads rules eval RULE_ID [--on YYYY-MM-DD] < facts.json`.

One JSON document on stdout; exit 0 on an answer, 2 on bad input (with the JSON error).
"""

from __future__ import annotations

import json
from typing import IO, Any

from thads.rules.engine import InvalidFacts, RuleError, UnknownRule, evaluate, list_rules

USAGE = "usage: thads rules list | thads rules eval RULE_ID [--on YYYY-MM-DD] < facts.json"


def _emit(out: IO[str], data: Any) -> None:
    out.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def _usage(out: IO[str], message: str) -> int:
    _emit(out, {"error": {"code": "usage", "message": message, "usage": USAGE}})
    return 2


def main(argv: list[str], stdin: IO[str], stdout: IO[str]) -> int:
    if argv == ["list"]:
        _emit(stdout, list_rules())
        return 0
    if not argv or argv[0] != "eval":
        return _usage(stdout, "expected 'list' or 'eval'")
    args = argv[1:]
    on: str | None = None
    if "--on" in args:
        i = args.index("--on")
        if i + 1 >= len(args):
            return _usage(stdout, "--on needs a date YYYY-MM-DD")
        on = args[i + 1]
        args = args[:i] + args[i + 2 :]
    if len(args) != 1:
        return _usage(stdout, "expected exactly one RULE_ID")
    try:
        facts = json.loads(stdin.read() or "null")
    except (ValueError, UnicodeDecodeError):
        _emit(stdout, InvalidFacts({"facts": "not valid JSON"}).as_dict())
        return 2
    try:
        _emit(stdout, evaluate(args[0], facts, on))
    except (UnknownRule, InvalidFacts, RuleError) as exc:
        _emit(stdout, exc.as_dict())
        return 2
    return 0
