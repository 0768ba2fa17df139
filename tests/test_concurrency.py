"""Two requests on the same person at the same moment cannot both apply (PostgreSQL row locks)."""

import threading
from datetime import date

import pytest
from django.db import connection

from tests import factories as f
from thads.core.errors import DomainError
from thads.equipment import services as cards
from thads.equipment.errors import EquipmentError
from thads.equipment.models import Card
from thads.people import services as people_services
from thads.people.models import GradeAssignment

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]


def _race(n, work):
    """Run `work(i)` in n threads released together; collect results and errors."""
    barrier = threading.Barrier(n)
    results, errors = [], []

    def run(i):
        try:
            barrier.wait()
            results.append(work(i))
        except Exception as exc:  # noqa: BLE001 - collected for the assertions
            errors.append(exc)
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=(i,)) for i in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    return results, errors


def test_two_simultaneous_card_issues_give_one_card(service):
    officer = f.person("Trần Đức Bình", service.d001, "officer_junior")
    results, errors = _race(
        2, lambda i: cards.card_issue(actor=None, person=officer, on=date(2026, 3, 2))
    )
    assert len(results) == 1 and len(errors) == 1
    assert isinstance(errors[0], DomainError) and errors[0].code == EquipmentError.HAS_CARD
    assert Card.objects.filter(person=officer).count() == 1


def test_two_simultaneous_grade_changes_leave_one_open_grade(service):
    officer = f.person("Trần Đức Bình", service.d001, "officer_junior")
    grades = ["officer_intermediate", "officer_senior"]
    _results, _errors = _race(
        2,
        lambda i: people_services.person_change_grade(
            actor=None, person=officer, grade=grades[i], on=date(2020, 1, 1 + i)
        ),
    )
    open_rows = GradeAssignment.objects.filter(person=officer, valid_to__isnull=True)
    assert open_rows.count() == 1
    officer.refresh_from_db()
    assert officer.grade == open_rows.get().grade
