"""Shared helpers of the legal tables (plain functions, no fixtures, no Django)."""

from __future__ import annotations

import io
import json
from datetime import date
from typing import Any

from thads.rules import cli
from thads.rules.engine import evaluate

# A day when Decree 62/2015 and the 2008/2014 Law are both in force.
ON = "2026-01-15"


def outcome(rule_id: str, facts: Any, on: str | date = ON) -> dict[str, Any]:
    return evaluate(rule_id, facts, on)["outcome"]


def run_cli(*argv: str, stdin: str = "") -> tuple[int, Any]:
    """Run `thads rules ARGV < stdin` in-process: (exit code, the JSON document printed)."""
    out = io.StringIO()
    code = cli.main(list(argv), io.StringIO(stdin), out)
    return code, json.loads(out.getvalue())
