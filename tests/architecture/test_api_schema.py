"""The OpenAPI schema describes every body correctly: one component per schema name."""

from __future__ import annotations

import importlib
import inspect
from pathlib import Path

from ninja import Schema

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
