"""Helpers for the legal tables: evaluate a rule and read its outcome."""

from thads.rules.engine import evaluate


def outcome(rule_id, facts, on="2026-01-15"):
    return evaluate(rule_id, facts, on)["outcome"]
