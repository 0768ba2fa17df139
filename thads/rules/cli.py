"""`thads rules list` and `thads rules eval RULE_ID [--on YYYY-MM-DD] < facts.json`.

One JSON document on stdout: exit 0 with the answer, exit 2 with the JSON error on bad input
(unknown rule, invalid facts, facts that are not JSON, a wrong command line). `argv` is what
follows `rules` on the command line. Also runnable alone: `python -m thads.rules.cli list`.
"""

from __future__ import annotations

import json
import sys
from typing import IO, Any

from thads.rules.engine import InvalidFacts, RuleError, RulesError, evaluate, get_rule, list_rules

USAGE = "usage: thads rules list | thads rules eval RULE_ID [--on YYYY-MM-DD] < facts.json"


def _emit(out: IO[str], data: Any) -> None:
    out.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def _usage(out: IO[str], message: str) -> int:
    _emit(out, {"error": {"code": RulesError.USAGE, "message": message, "usage": USAGE}})
    return 2


def _parse_eval(args: list[str]) -> tuple[str, str | None] | str:
    """(RULE_ID, on) from the arguments of `eval`, or the usage message."""
    on: str | None = None
    rest: list[str] = []
    i = 0
    while i < len(args):
        arg = args[i]
        if arg == "--on" or arg.startswith("--on="):
            if on is not None:
                return "--on given twice"
            if arg == "--on":
                if i + 1 >= len(args):
                    return "--on needs a date YYYY-MM-DD"
                i += 1
                on = args[i]
            else:
                on = arg.removeprefix("--on=")
        elif arg.startswith("-"):
            return f"unknown option {arg}"
        else:
            rest.append(arg)
        i += 1
    if len(rest) != 1:
        return "expected exactly one RULE_ID"
    return rest[0], on


def _read_facts(stdin: IO[str]) -> Any:
    try:
        return json.loads(stdin.read() or "null")
    except (ValueError, UnicodeDecodeError, RecursionError):
        raise InvalidFacts({"facts": "not valid JSON"}) from None


def main(argv: list[str], stdin: IO[str], stdout: IO[str]) -> int:
    if argv == ["list"]:
        _emit(stdout, list_rules())
        return 0
    if not argv or argv[0] != "eval":
        return _usage(stdout, "expected 'list' or 'eval'")
    parsed = _parse_eval(argv[1:])
    if isinstance(parsed, str):
        return _usage(stdout, parsed)
    rule_id, on = parsed
    try:
        get_rule(rule_id)
        answer = evaluate(rule_id, _read_facts(stdin), on)
    except RuleError as exc:
        _emit(stdout, exc.as_dict())
        return 2
    _emit(stdout, answer)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], sys.stdin, sys.stdout))
