"""One vocabulary. The values of grades, posts, appointers, signers and the other closed lists
are written once, in `thads.rules.vocab`; the Django choices, the API schemas and the rules'
facts carry exactly those values (and in the same order, where the order is shown to people).
"""

from __future__ import annotations

import importlib
from datetime import date
from typing import Any, get_args

import pytest

from thads.rules import vocab
from thads.rules.engine import REGISTRY
from thads.rules.params import value

ON = date(2026, 1, 15)


def enum_values(schema: dict[str, Any], *path: str) -> list[Any]:
    """Every value a JSON Schema allows at `path` (property names, through lists), in order,
    through `$ref`, `anyOf` and `null`."""
    defs = schema.get("$defs", {})

    def resolve(node: dict[str, Any]) -> dict[str, Any]:
        while "$ref" in node:
            node = defs[node["$ref"].split("/")[-1]]
        return node

    def collect(node: dict[str, Any]) -> list[Any]:
        node = resolve(node)
        if "enum" in node:
            return list(node["enum"])
        if "const" in node:
            return [node["const"]]
        if "anyOf" in node:
            return [v for option in node["anyOf"] for v in collect(option)]
        if node.get("type") == "array":
            return collect(node["items"])
        return []

    node = resolve(schema)
    for name in path:
        node = resolve(node)
        while node.get("type") == "array":
            node = resolve(node["items"])
        node = node["properties"][name]
    return collect(node)


def rule_facts(rule_id: str, *path: str) -> list[Any]:
    return enum_values(REGISTRY[rule_id].facts_schema(), *path)


# ---------------------------------------------------------------- Django choices


def test_grade_choices_are_the_rules_grades():
    from thads.people.choices import INSPECTOR_GRADES, OFFICER_GRADES, Grade

    assert Grade.values == list(vocab.GRADES)
    assert [str(g) for g in OFFICER_GRADES] == list(vocab.OFFICER_GRADES)
    assert [str(g) for g in INSPECTOR_GRADES] == list(vocab.INSPECTOR_GRADES)
    assert set(vocab.SECRETARY_GRADES) <= set(Grade.values)


def test_post_choices_are_the_rules_posts():
    from thads.people.choices import ART72_POSTS, POST_LEVELS, Post

    assert Post.values == list(vocab.POSTS)
    assert set(POST_LEVELS) == set(vocab.POSTS)
    assert [str(p) for p in ART72_POSTS] == rule_facts("leadership.standards", "post")


def test_appointer_and_employment_choices_are_the_rules_ones():
    from thads.people.choices import Appointer, Employment

    assert Appointer.values == list(vocab.APPOINTERS)
    assert Employment.values == list(vocab.EMPLOYMENTS)


def test_signer_choices_are_the_rules_signers():
    from thads.accounts.models import Profile
    from thads.careers.models import Signer

    assert Signer.values == list(vocab.SIGNERS)
    signs_for = Profile._meta.get_field("signs_for")
    assert [value for value, _label in signs_for.choices] == list(vocab.SIGNERS)
    assert set(vocab.APPOINTERS) <= set(vocab.SIGNERS)


def test_signers_are_what_the_rules_decide_with_the_mod_under_its_own_rules():
    decided_by = set(get_args(vocab.DecidedBy))
    assert decided_by - {"ministry_of_defence_rules"} == set(vocab.SIGNERS) - {
        "ministry_of_defence"
    }


def test_board_roles_and_incident_kinds_are_the_rules_ones():
    from thads.protection.models import IncidentKind
    from thads.selection.models import BoardRole

    assert BoardRole.values == list(vocab.BOARD_ROLES)
    assert IncidentKind.values == list(vocab.INCIDENT_KINDS)


def test_exam_target_grades_are_officer_and_inspector_grades():
    from thads.exams.models import TARGET_GRADES

    assert [g for g, _label in TARGET_GRADES] == [*vocab.OFFICER_GRADES, *vocab.INSPECTOR_GRADES]


# ---------------------------------------------------------------- API schemas


@pytest.mark.parametrize(
    ("module", "schema", "path", "values"),
    [
        pytest.param("thads.people.api", "PersonIn", ("grade",), vocab.GRADES, id="person grade"),
        pytest.param(
            "thads.people.api", "PeopleFilters", ("grade",), vocab.GRADES, id="filter grade"
        ),
        pytest.param("thads.people.api", "PersonIn", ("post",), vocab.POSTS, id="person post"),
        pytest.param(
            "thads.people.api",
            "PeopleFilters",
            ("post",),
            (*vocab.POSTS, "any", "none"),
            id="filter post (and any/none)",
        ),
        pytest.param(
            "thads.people.api", "PersonIn", ("appointed_by",), vocab.APPOINTERS, id="appointer"
        ),
        pytest.param(
            "thads.people.api", "PersonIn", ("employment",), vocab.EMPLOYMENTS, id="employment"
        ),
        pytest.param(
            "thads.careers.api",
            "RemovalIn",
            ("ground",),
            vocab.REMOVAL_GROUNDS,
            id="removal ground",
        ),
        pytest.param(
            "thads.careers.api",
            "LeadershipIn",
            ("post",),
            ("provincial_director", "deputy_provincial_director", "district_head")
            + ("deputy_district_head",),
            id="Art. 72 posts",
        ),
        pytest.param(
            "thads.selection.api",
            "DossierIn",
            ("target_grade",),
            vocab.OFFICER_GRADES,
            id="designation target grade",
        ),
        pytest.param(
            "thads.selection.api", "MemberIn", ("role",), vocab.BOARD_ROLES, id="board role"
        ),
        pytest.param(
            "thads.protection.api",
            "IncidentIn",
            ("kind",),
            vocab.INCIDENT_KINDS,
            id="incident kind",
        ),
    ],
)
def test_api_schemas_expose_the_rules_values(module, schema, path, values):
    model = getattr(importlib.import_module(module), schema)
    assert enum_values(model.model_json_schema(), *path) == list(values)


def test_the_art72_posts_of_the_api_are_those_of_the_rule():
    from thads.careers.api import LeadershipIn

    assert enum_values(LeadershipIn.model_json_schema(), "post") == rule_facts(
        "leadership.standards", "post"
    )


# ---------------------------------------------------------------- the rules' facts


@pytest.mark.parametrize(
    ("rule_id", "path", "values"),
    [
        pytest.param("salary.category", ("grade",), vocab.GRADES, id="salary grade"),
        pytest.param("card.kind", ("grade",), vocab.GRADES, id="card grade"),
        pytest.param("insignia.for", ("grade",), vocab.GRADES, id="insignia grade"),
        pytest.param("insignia.for", ("leadership_post",), vocab.POSTS, id="insignia post"),
        pytest.param("removal.grounds", ("grade",), vocab.GRADES, id="removal grade"),
        pytest.param("removal.grounds", ("ground",), vocab.REMOVAL_GROUNDS, id="removal ground"),
        pytest.param(
            "exam.eligibility", ("target_grade",), vocab.OFFICER_GRADES, id="exam target grade"
        ),
        pytest.param(
            "inspector.designation",
            ("target_grade",),
            vocab.INSPECTOR_GRADES,
            id="inspector target grade",
        ),
        pytest.param(
            "secretary.designation_authority",
            ("target_grade",),
            vocab.SECRETARY_GRADES,
            id="secretary target grade",
        ),
        pytest.param("leadership.appointer", ("post",), vocab.POSTS, id="appointer post"),
        pytest.param(
            "transfer.authority",
            ("person", "post_appointed_by"),
            vocab.APPOINTERS,
            id="transfer appointer",
        ),
        pytest.param(
            "transfer.authority", ("person", "leadership_post"), vocab.POSTS, id="transfer post"
        ),
        pytest.param(
            "uniform.entitlement",
            ("person", "employment"),
            vocab.EMPLOYMENTS,
            id="uniform employment",
        ),
        pytest.param(
            "selection_board.composition", ("roles",), vocab.BOARD_ROLES, id="board roles"
        ),
        pytest.param(
            "operation.risk", ("incidents", "kind"), vocab.INCIDENT_KINDS, id="incident kind"
        ),
    ],
)
def test_rule_facts_accept_the_vocabulary(rule_id, path, values):
    assert [v for v in rule_facts(rule_id, *path) if v is not None] == list(values)


@pytest.mark.parametrize(
    ("parameter", "values"),
    [
        pytest.param("inspector.promotion_order", vocab.INSPECTOR_GRADES, id="promotion order"),
        pytest.param("selection_board.seats", vocab.BOARD_ROLES, id="board seats"),
    ],
)
def test_parameters_name_the_vocabulary(parameter, values):
    assert value(parameter, ON) == list(values)


def test_every_post_has_an_appointer_who_signs():
    art72 = value("leadership.appointers_art72", ON)
    other = value("leadership.appointers_other", ON)
    assert not set(art72) & set(other)
    assert sorted({**art72, **other}) == sorted(vocab.POSTS)
    assert set({**art72, **other}.values()) <= set(vocab.APPOINTERS)
    assert value("secretary.civil_designated_by", ON) in vocab.APPOINTERS
