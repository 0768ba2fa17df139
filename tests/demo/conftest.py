"""One demo country for the whole session, shared by the tests of this package.

Building it takes seconds, so it is built once, the first time a test here asks for `demo`,
inside an outer transaction that is rolled back when the package is done: the rest of the
suite never sees it. Each test runs in its own savepoint inside that transaction (the `db`
fixture) and its changes are rolled back, so the tests stay independent of one another.
Every module here is marked `slow`: `-m "not slow"` leaves them out. No test here may use
`transactional_db` or `live_server` (they would flush the shared country).
"""

from __future__ import annotations

from datetime import date

import pytest
from django.db import transaction
from django.test import override_settings

from tests.conftest import FAST_HASHERS, TEST_KEYS
from thads.demo.build import build

SEED = 7
PEOPLE = 1500
TODAY = date(2026, 11, 22)


@pytest.fixture(scope="package")
def demo_country(django_db_setup, django_db_blocker):
    """The summary of `build(seed=7, people=1500)`; the data stay until the package ends."""
    with django_db_blocker.unblock():
        outer = transaction.atomic()
        outer.__enter__()
        try:
            # The function-scoped settings of tests/conftest.py are not active yet.
            with override_settings(THADS_DATA_KEYS=TEST_KEYS, PASSWORD_HASHERS=FAST_HASHERS):
                summary = build(seed=SEED, people=PEOPLE, today=TODAY)
        except BaseException:
            transaction.set_rollback(True)
            outer.__exit__(None, None, None)
            raise
    yield summary
    with django_db_blocker.unblock():
        transaction.set_rollback(True)
        outer.__exit__(None, None, None)


@pytest.fixture
def demo(demo_country, db):
    return demo_country
