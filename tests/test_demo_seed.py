"""The demo is deterministic from its seed. It needs an empty database, so it lives outside
tests/demo/ (whose tests share one demo country)."""

import pytest
from django.core.management import call_command

from thads.demo.build import build
from thads.people.models import Person

pytestmark = pytest.mark.slow


def test_same_seed_same_demo(db):
    build(seed=3, people=200)
    first = list(
        Person.objects.order_by("staff_code").values_list("full_name", "grade", "authority__code")
    )
    call_command("demo", "--reset", "--seed", "3", "--people", "200", stdout=open("/dev/null", "w"))
    second = list(
        Person.objects.order_by("staff_code").values_list("full_name", "grade", "authority__code")
    )
    assert first == second
