"""Sections of a person's page that other apps contribute (cards, uniforms, insignia, …).

The people app does not import the apps built on it; each of them registers, in its
`AppConfig.ready()`, a function `(request, person, day) -> dict` whose keys are added to the
page's context (a `history` key adds history entries to the page's
merged history). The person template shows each section when its keys are present.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from django.http import HttpRequest

Section = Callable[[HttpRequest, Any, date], dict[str, Any]]

_sections: list[Section] = []


def register(section: Section) -> Section:
    """Add a section (usable as a decorator); registering the same function twice is a no-op."""
    if section not in _sections:
        _sections.append(section)
    return section


def context_for(request: HttpRequest, person: Any, day: date) -> dict[str, Any]:
    """The sections' context; their `history` lists (of history entries) are gathered, not
    overwritten, so the page shows one merged history."""
    context: dict[str, Any] = {"history": []}
    for section in _sections:
        part = dict(section(request, person, day))
        context["history"] += part.pop("history", [])
        context.update(part)
    return context
