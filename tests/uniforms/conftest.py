"""The service on both sides of the 2025 reorganisation (tests/people/two_level.py)."""

from tests.people.two_level import two_level  # noqa: F401 - a fixture
