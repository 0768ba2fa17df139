"""The OpenAPI schema describes every body correctly: one component per schema name."""

from __future__ import annotations

import importlib
import inspect
from enum import Enum
from pathlib import Path
from typing import get_args

from ninja import Schema
from pydantic import BaseModel

ROOT = Path(__file__).resolve().parents[2] / "thads"


def test_no_two_api_schemas_share_a_name():
    """Components are keyed by class name: two schemas named alike would document one body
    with the other's fields."""
    seen: dict[str, str] = {}
    clashes = []
    for file in sorted(ROOT.glob("*/api.py")):
        module = importlib.import_module(f"thads.{file.parent.name}.api")
        for name, obj in vars(module).items():
            if (
                inspect.isclass(obj)
                and issubclass(obj, Schema)
                and obj.__module__ == module.__name__
            ):
                if name in seen:
                    clashes.append((name, seen[name], module.__name__))
                seen[name] = module.__name__
    assert clashes == []


def test_every_request_body_in_the_schema_names_an_existing_component():
    from thads.api import api

    schema = api.get_openapi_schema()
    components = schema["components"]["schemas"]
    for methods in schema["paths"].values():
        for op in methods.values():
            for content in op.get("requestBody", {}).get("content", {}).values():
                ref = content["schema"].get("$ref", "")
                if ref:
                    assert ref.rsplit("/", 1)[-1] in components


def _api_types():
    """Every pydantic model and enum the API's bodies and parameters are made of."""
    models, enums = set(), set()

    def walk(annotation):
        if inspect.isclass(annotation) and issubclass(annotation, Enum):
            enums.add(annotation)
        elif (
            inspect.isclass(annotation)
            and issubclass(annotation, BaseModel)
            and annotation not in models
        ):
            models.add(annotation)
            for field in annotation.model_fields.values():
                walk(field.annotation)
        for arg in get_args(annotation):
            walk(arg)

    for file in sorted(ROOT.glob("*/api.py")):
        router = getattr(importlib.import_module(f"thads.{file.parent.name}.api"), "router", None)
        if router is None:  # thads.core.api: the error contract, no endpoints
            continue
        for view in router.path_operations.values():
            for operation in view.operations:
                for model in operation.models:
                    walk(model)
    return models, enums


def test_no_enum_of_the_api_shares_a_name():
    """An enum used as a field type is a component keyed by its class name too (exams and
    selection each have a `BoardRole`): two named alike would list one's values for the
    other's fields."""
    models, enums = _api_types()
    schemas = {m.__name__ for m in models if issubclass(m, Schema)}
    names = [e.__name__ for e in enums]
    assert sorted(n for n in set(names) if names.count(n) > 1 or n in schemas) == []
