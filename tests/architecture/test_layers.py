"""The house plan (docs/decisions/0009): rules → core → domain apps → web and API.

These tests read the imports of every module of `thads/` and fail on a design bug: an import
that runs up a layer, round a loop, or into another app's views.
"""

from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2] / "thads"
WEB_MODULES = {"views", "tool_views", "urls", "api"}
PROJECT_MODULES = {"urls", "api", "settings", "wsgi", "cli"}


def _imports() -> list[tuple[str, str, str]]:
    """(importing app, imported app, imported module path) for every `thads.*` import."""
    found = []
    for file in ROOT.rglob("*.py"):
        rel = file.relative_to(ROOT)
        if "migrations" in rel.parts:
            continue
        app = rel.parts[0].removesuffix(".py") if len(rel.parts) > 1 else "(project)"
        for node in ast.walk(ast.parse(file.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module:
                modules = [node.module] + [f"{node.module}.{a.name}" for a in node.names]
            elif isinstance(node, ast.Import):
                modules = [a.name for a in node.names]
            else:
                continue
            for module in modules:
                parts = module.split(".")
                in_thads = parts[0] == "thads" and len(parts) > 1 and (ROOT / parts[1]).is_dir()
                if in_thads and parts[1] != app:
                    found.append((str(rel), parts[1], module))
    return found


IMPORTS = _imports()


def _app_of(rel: str) -> str:
    parts = Path(rel).parts
    return parts[0] if len(parts) > 1 else "(project)"


def _graph() -> dict[str, set[str]]:
    graph: dict[str, set[str]] = defaultdict(set)
    for rel, target, _module in IMPORTS:
        app = _app_of(rel)
        if app != "(project)":
            graph[app].add(target)
    return graph


def _cycle(graph: dict[str, set[str]]) -> list[str] | None:
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                return stack[stack.index(nxt) :] + [nxt]
            if nxt not in state:
                found = visit(nxt)
                if found:
                    return found
        stack.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state:
            found = visit(node)
            if found:
                return found
    return None


def test_the_app_import_graph_has_no_cycle():
    assert _cycle(_graph()) is None, " → ".join(_cycle(_graph()) or [])


def test_the_cycle_finder_finds_a_cycle():
    assert _cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert _cycle({"a": {"b"}, "b": {"c"}}) is None


def test_core_imports_no_domain_app():
    wrong = [(rel, module) for rel, target, module in IMPORTS if _app_of(rel) == "core"]
    wrong = [w for w in wrong if not w[1].startswith("thads.rules")]
    assert wrong == []


def test_rules_import_no_other_part_of_thads():
    assert [(rel, m) for rel, _t, m in IMPORTS if _app_of(rel) == "rules"] == []


@pytest.mark.parametrize("layer", sorted(WEB_MODULES))
def test_no_app_imports_another_apps_web_layer(layer):
    """Views, routes and API endpoints are leaves: only the project's urls.py and api.py
    gather them."""
    wrong = [
        (rel, module)
        for rel, target, module in IMPORTS
        if _app_of(rel) != "(project)" and module.split(".")[2:3] == [layer]
    ]
    assert wrong == []


def test_every_app_has_its_own_routes_and_the_project_gathers_them():
    from thads import urls

    apps_with_views = sorted(
        p.parent.name for p in ROOT.glob("*/views.py") if p.parent.name != "core"
    )
    for app in apps_with_views:
        assert (ROOT / app / "urls.py").exists(), app
        assert app in urls.APPS, app
    assert not (ROOT / "core" / "urls.py").exists()
