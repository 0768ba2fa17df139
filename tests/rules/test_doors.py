"""The command line answers exactly as Python does (rules.md: one JSON document on stdout,
exit 0; bad input exit 2 with the JSON error)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.rules.helpers import run_cli
from thads.rules.engine import REGISTRY, RulesError, evaluate, list_rules

CATALOGUE = {
    "salary.category",
    "exam.eligibility",
    "designation.without_exam",
    "selection_board.decision",
    "relief.dossier",
    "inspection.recusal",
    "transfer.authority",
    "leadership.standards",
    "insignia.for",
    "uniform.entitlement",
    "support_tool.recipient",
    "card.kind",
    "enforcement.revaluation",
    "enforcement.auction_decision",
    "removal.grounds",
    "inspector.designation",
    "secretary.designation_authority",
    "leadership.appointer",
    "selection_board.composition",
    "card.validity",
    "operation.risk",
}


def test_the_catalogue_is_the_one_of_rules_md():
    assert set(REGISTRY) == CATALOGUE


def test_list_prints_the_catalogue():
    code, body = run_cli("list")
    assert code == 0
    assert body == list_rules()
    assert [r["id"] for r in body] == sorted(CATALOGUE)
    for entry in body:
        assert set(entry) == {"id", "title_vi", "title_en", "citations", "facts_schema"}
        assert entry["facts_schema"]["type"] == "object"
        assert entry["facts_schema"]["additionalProperties"] is False


@pytest.mark.parametrize("rule_id", sorted(CATALOGUE))
def test_eval_prints_what_python_answers(rule_id):
    rule = REGISTRY[rule_id]
    code, body = run_cli("eval", rule_id, "--on", rule.example_on, stdin=json.dumps(rule.example))
    assert code == 0
    assert body == evaluate(rule_id, rule.example, rule.example_on)
    assert set(body) == {"rule", "on", "outcome", "citations", "reasons", "law", "titles"}
    assert body["rule"] == rule_id and body["on"] == rule.example_on


def test_on_may_be_written_with_an_equals_sign():
    facts = '{"grade": "secretary"}'
    assert run_cli("eval", "salary.category", "--on=2020-01-02", stdin=facts) == run_cli(
        "eval", "salary.category", "--on", "2020-01-02", stdin=facts
    )


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["frobnicate"],
        ["list", "extra"],
        ["eval"],
        ["eval", "a", "b"],
        ["eval", "salary.category", "--on"],
        ["eval", "salary.category", "--on", "2020-01-01", "--on", "2020-01-02"],
        ["eval", "salary.category", "--verbose"],
    ],
    ids=repr,
)
def test_a_wrong_command_line_exits_2_with_a_json_error(argv):
    code, body = run_cli(*argv, stdin='{"grade": "secretary"}')
    assert code == 2
    assert body["error"]["code"] == RulesError.USAGE


@pytest.mark.parametrize(
    ("argv", "stdin", "code"),
    [
        (["list"], "", 0),
        (["eval", "card.kind", "--on", "2026-01-15"], '{"grade": "inspector"}', 0),
        (["eval", "card.kind"], '{"grade": 7}', 2),
        (["eval", "card.kind"], "[" * 50000, 2),
        (["eval", "card.kind"], '{"grade": NaN}', 2),
        (["eval", "card.kind"], "\udcff", 2),
        (["eval", "no.such"], "{}", 2),
    ],
    ids=["list", "answer", "ill-typed", "deeply nested", "NaN", "not UTF-8", "unknown rule"],
)
def test_the_command_in_a_shell_prints_json_and_never_a_traceback(argv, stdin, code):
    done = subprocess.run(
        [sys.executable, "-m", "thads.rules.cli", *argv],
        input=stdin.encode("utf-8", "surrogateescape"),
        capture_output=True,
        check=False,
    )
    assert done.returncode == code
    assert done.stderr == b""
    body = json.loads(done.stdout)
    assert ("error" in body) is (code == 2)
