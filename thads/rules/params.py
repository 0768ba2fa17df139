"""Dated legal parameters (OpenFisca's shape): each value with its reference and start date.

A parameter is `{description, values}`; `values` maps a start date to `{value, reference}`
(the reference names the clause); a `null` value ends the parameter. A file holds one
parameter (named by the file) or a node of several (`<file>.<key>`). The version in force
on a day is the one with the latest start on or before it. Never edit a past value: add a date.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

PARAMS_DIR = Path(__file__).parent / "params"


class UnknownParameter(LookupError):
    """No parameter of that name in the directory."""

    def __init__(self, name: str, directory: Path) -> None:
        self.name = name
        super().__init__(f"no parameter {name!r} in {directory}")


class ParameterNotInForce(LookupError):
    """No version of the parameter is in force on the day asked."""

    def __init__(self, name: str, on: date, first: date | None) -> None:
        self.name, self.on, self.first = name, on, first
        since = f" (in force from {first.isoformat()})" if first else ""
        super().__init__(f"{name} is not in force on {on.isoformat()}{since}")


@dataclass(frozen=True)
class Version:
    start: date
    value: Any
    reference: str


@dataclass(frozen=True)
class Parameter:
    name: str
    description: str
    versions: tuple[Version, ...]

    def at(self, on: date) -> Version:
        current: Version | None = None
        for version in self.versions:
            if version.start <= on:
                current = version
        if current is None or current.value is None:
            first = self.versions[0].start if self.versions else None
            raise ParameterNotInForce(self.name, on, first)
        return current


def _parameter(name: str, spec: dict[str, Any]) -> Parameter:
    versions = []
    for start, entry in sorted(spec["values"].items(), key=lambda kv: str(kv[0])):
        day = start if isinstance(start, date) else date.fromisoformat(str(start))
        entry = entry or {}
        versions.append(Version(day, entry.get("value"), str(entry.get("reference") or "")))
    return Parameter(name, str(spec.get("description", "")), tuple(versions))


def _load_file(path: Path) -> dict[str, Parameter]:
    """One parameter (`{description, values}` at the top: named by the file) or a node of
    several (`{key: {description, values}}`: named `<file stem>.<key>`)."""
    with path.open(encoding="utf-8") as fh:
        raw = yaml.safe_load(fh) or {}
    if "values" in raw:
        return {path.stem: _parameter(path.stem, raw)}
    return {
        f"{path.stem}.{key}": _parameter(f"{path.stem}.{key}", spec) for key, spec in raw.items()
    }


@lru_cache(maxsize=8)
def load(directory: Path = PARAMS_DIR) -> dict[str, Parameter]:
    params: dict[str, Parameter] = {}
    for path in sorted(directory.glob("*.yaml")):
        params.update(_load_file(path))
    return params


def param(name: str, on: date, directory: Path = PARAMS_DIR) -> Version:
    """The version of parameter `name` in force on `on` (value and reference).

    `name` is `<file stem>.<key>`, e.g. `designation_without_exam.min_region_coefficient`.
    Raises `UnknownParameter`, or `ParameterNotInForce` when no version applies on `on`.
    """
    params = load(directory)
    if name not in params:
        raise UnknownParameter(name, directory)
    return params[name].at(on)


def value(name: str, on: date, directory: Path = PARAMS_DIR) -> Any:
    return param(name, on, directory).value
