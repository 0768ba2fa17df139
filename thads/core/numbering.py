"""The one numbering service: decisions, cards, receipts and staff codes take their numbers here.

A number is taken inside the transaction that writes the numbered document, under a row lock
on the series' counter: two documents never get the same number, and a document that is not
written gives its number back with the rollback, so a series has no gaps (Decree 30/2020
numbers decisions from 01 each year).
"""

from __future__ import annotations

from collections.abc import Callable

from django.db import IntegrityError, transaction

from thads.core.models import Sequence


def next_number(
    series: str, *, period: int = 0, start_after: Callable[[], int] | None = None
) -> int:
    """The next number of `series` in `period` (a year, or 0 for a series that never restarts).

    `start_after` gives the highest number already used when the series' counter does not exist
    yet (documents made before the counter); it is asked once, when the counter is created.
    Must run inside a transaction.
    """
    if not transaction.get_connection().in_atomic_block:
        raise RuntimeError("next_number() must run inside the transaction that uses the number")
    counter = Sequence.objects.select_for_update().filter(series=series, period=period).first()
    if counter is None:
        try:
            with transaction.atomic():
                Sequence.objects.create(
                    series=series, period=period, last=start_after() if start_after else 0
                )
        except IntegrityError:  # created at the same moment by another transaction
            pass
        counter = Sequence.objects.select_for_update().get(series=series, period=period)
    counter.last += 1
    counter.save(update_fields=["last"])
    return counter.last
