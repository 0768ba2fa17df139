"""One numbering service for every numbered document and code (thads.core.numbering)."""

from __future__ import annotations

import threading

import pytest
from django.db import connection, transaction

from tests import factories as f
from thads.core.models import Sequence
from thads.core.numbering import next_number
from thads.people.models import Person


@pytest.mark.django_db
def test_numbers_follow_each_other_per_series_and_period():
    with transaction.atomic():
        assert [next_number("decision:X", period=2026) for _ in range(3)] == [1, 2, 3]
        assert next_number("decision:X", period=2027) == 1
        assert next_number("decision:Y", period=2026) == 1


@pytest.mark.django_db
def test_a_new_series_starts_after_the_numbers_already_used():
    with transaction.atomic():
        assert next_number("card:TEST", start_after=lambda: 41) == 42
        assert next_number("card:TEST", start_after=lambda: 999) == 43


@pytest.mark.django_db(transaction=True)
def test_a_number_taken_by_a_rolled_back_document_is_given_again():
    """Gap-free: the counter moves with the document's transaction."""
    with transaction.atomic():
        assert next_number("receipt:D001", period=2026) == 1
    with pytest.raises(RuntimeError), transaction.atomic():
        assert next_number("receipt:D001", period=2026) == 2
        raise RuntimeError("the document is not written")
    with transaction.atomic():
        assert next_number("receipt:D001", period=2026) == 2


@pytest.mark.django_db(transaction=True)
def test_outside_a_transaction_no_number_is_given():
    with pytest.raises(RuntimeError, match="inside the transaction"):
        next_number("staff_code")
    assert not Sequence.objects.filter(series="staff_code").exists()


def _race(n, work):
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
        t.join(60)
    return results, errors


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_parallel_connections_get_distinct_consecutive_numbers():
    def take(_i):
        with transaction.atomic():
            return next_number("decision:RACE", period=2026)

    results, errors = _race(20, take)
    assert errors == []
    assert sorted(results) == list(range(1, 21))


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_sixty_parallel_person_creations_get_sixty_staff_codes(service):
    """Once 8 of 60 parallel creations failed on a duplicate staff code."""
    given = ["An", "Bình", "Chi", "Dũng", "Giang", "Hà"]
    middle = ["Văn", "Thị", "Đức", "Minh", "Ngọc", "Quốc", "Thu", "Hữu", "Kim", "Xuân"]
    names = [f"Nguyễn {m} {g}" for m in middle for g in given]
    results, errors = _race(60, lambda i: f.person(names[i], service.d001).staff_code)
    assert errors == []
    assert len(set(results)) == 60
    assert Person.objects.filter(staff_code__in=results).count() == 60
