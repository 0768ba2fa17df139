"""A form generated from a rule's JSON Schema (as pydantic writes it), and back to facts.

Each leaf of the facts becomes one input named by its dotted path (`authority.level`):
enums are selects, booleans yes/no, integers and numbers numeric inputs, dates date inputs,
lists a JSON text area. Values that do not parse are passed on as typed, so the rule's own
validation reports them with their path.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field


@dataclass
class Input:
    name: str
    label: str
    kind: str  # select, bool, int, number, date, json, text
    required: bool
    choices: list[str] = field(default_factory=list)
    value: str = ""
    description: str = ""
    error: str = ""


def _resolve(node: dict, defs: dict) -> tuple[dict, bool]:
    """Follow $ref and unwrap Optional (anyOf with null); return (schema, nullable)."""
    nullable = False
    while True:
        if "$ref" in node:
            node = {
                **defs[node["$ref"].split("/")[-1]],
                **{k: v for k, v in node.items() if k != "$ref"},
            }
            continue
        options = node.get("anyOf") or node.get("oneOf")
        if options:
            rest = [o for o in options if o.get("type") != "null"]
            nullable = nullable or len(rest) < len(options)
            if len(rest) == 1:
                node = {**rest[0], **{k: v for k, v in node.items() if k not in ("anyOf", "oneOf")}}
                continue
            # A choice between literals: treat as one enum.
            if all("const" in o or "enum" in o for o in rest):
                values = [v for o in rest for v in ([o["const"]] if "const" in o else o["enum"])]
                return {"enum": values, "title": node.get("title", "")}, nullable
            return {"type": "json", "title": node.get("title", "")}, nullable
        if node.get("allOf") and len(node["allOf"]) == 1:
            node = {**node["allOf"][0], **{k: v for k, v in node.items() if k != "allOf"}}
            continue
        return node, nullable


def inputs_for(schema: dict, values: dict[str, str] | None = None) -> list[Input]:
    defs = schema.get("$defs", {})
    values = values or {}
    out: list[Input] = []

    def walk(node: dict, prefix: str, required: bool) -> None:
        node, nullable = _resolve(node, defs)
        if node.get("type") == "object" and "properties" in node:
            needed = set(node.get("required", []))
            for key, child in node["properties"].items():
                walk(child, f"{prefix}.{key}" if prefix else key, key in needed and required)
            return
        if "const" in node:
            node = {**node, "enum": [node["const"]]}
        if "enum" in node:
            kind, choices = "select", [str(v) for v in node["enum"] if v is not None]
        elif node.get("type") == "boolean":
            kind, choices = "bool", []
        elif node.get("type") == "integer":
            kind, choices = "int", []
        elif node.get("type") == "number":
            kind, choices = "number", []
        elif node.get("type") == "string" and node.get("format") == "date":
            kind, choices = "date", []
        elif node.get("type") in ("array", "object", "json"):
            kind, choices = "json", []
        else:
            kind, choices = "text", []
        out.append(
            Input(
                name=prefix,
                label=prefix,
                kind=kind,
                required=required and not nullable,
                choices=choices,
                value=values.get(prefix, ""),
                description=node.get("description", ""),
            )
        )

    walk(schema, "", True)
    return out


def _convert(kind: str, raw: str):
    raw = raw.strip()
    try:
        if kind == "bool":
            return {"true": True, "false": False}[raw]
        if kind == "int":
            return int(raw)
        if kind == "number":
            return float(raw) if any(c in raw for c in ".eE") else int(raw)
        if kind == "json":
            return json.loads(raw)
    except (KeyError, ValueError):
        return raw
    return raw


def facts_from(inputs: list[Input], data) -> dict:
    """Nested facts from submitted form data; empty inputs are left out."""
    facts: dict = {}
    for item in inputs:
        raw = data.get(item.name, "")
        if raw is None or str(raw).strip() == "":
            continue
        value = None if raw == "null" else _convert(item.kind, str(raw))
        node = facts
        *parents, leaf = item.name.split(".")
        for part in parents:
            node = node.setdefault(part, {})
        node[leaf] = value
    return facts


def values_from(facts: dict, prefix: str = "") -> dict[str, str]:
    """Flatten example facts into form values (the inverse of facts_from)."""
    out: dict[str, str] = {}
    for key, value in (facts or {}).items():
        name = f"{prefix}.{key}" if prefix else key
        if isinstance(value, dict):
            out.update(values_from(value, name))
        elif isinstance(value, bool):
            out[name] = "true" if value else "false"
        elif isinstance(value, list):
            out[name] = json.dumps(value, ensure_ascii=False)
        elif value is None:
            out[name] = "null"
        else:
            out[name] = str(value)
    return out
