"""Two imports of the same file at the same moment (PostgreSQL): never a person or an office
twice, never a half-written file; the one that loses says so and writes nothing."""

from __future__ import annotations

import threading

import pytest
from django.db import connection

from tests.onboarding.conftest import good_staff, office_rows, office_table, staff_table
from thads.onboarding.authorities import regional_offices_import
from thads.onboarding.errors import OnboardingError as E
from thads.onboarding.models import ImportRun
from thads.onboarding.people import people_import
from thads.organization.models import Authority, AuthorityCommune
from thads.people.models import Person

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]


def _race(work):
    barrier = threading.Barrier(2)
    results, errors = [], []

    def run():
        try:
            barrier.wait()
            results.append(work())
        except Exception as exc:  # noqa: BLE001 - collected for the assertions
            errors.append(exc)
        finally:
            connection.close()

    threads = [threading.Thread(target=run) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    return results, errors


def _outcomes(results) -> list[str]:
    return sorted("applied" if r.applied else ",".join(r.error_codes()) for r in results)


def test_two_simultaneous_staff_imports_record_each_person_once(service):
    results, errors = _race(
        lambda: people_import(
            actor=None, scope_user=None, table=staff_table(good_staff()), apply=True
        )
    )
    assert errors == []
    assert Person.objects.count() == 3
    assert _outcomes(results) in (["applied", "applied"], ["applied", E.CONFLICT])
    assert ImportRun.objects.count() == _outcomes(results).count("applied")


def test_two_simultaneous_office_imports_create_each_office_once(two_level):
    results, errors = _race(
        lambda: regional_offices_import(
            actor=None, table=office_table(office_rows("12", 3)), apply=True
        )
    )
    assert errors == []
    assert Authority.objects.filter(level="regional").count() == 3
    assert AuthorityCommune.objects.count() == 38
    assert _outcomes(results) in (["applied", "applied"], ["applied", E.CONFLICT])
