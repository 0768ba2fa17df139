"""Two runs of the act of one day at the same moment: one records it, the other is refused and
nothing is carried twice (PostgreSQL, separate connections)."""

import pytest

from tests.reorganisation.conftest import ACT_DAY
from tests.test_concurrency import _race
from thads.core.errors import DomainError
from thads.people.models import Posting
from thads.reorganisation.errors import ReorganisationError
from thads.reorganisation.models import ReorganisationAct
from thads.reorganisation.services import reorganise

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]


def test_two_runs_at_once_record_the_act_once(ready):
    postings = Posting.objects.count()
    results, errors = _race(2, lambda _i: reorganise(actor=None, effective_on=ACT_DAY, apply=True))
    assert len(results) == 1 and len(errors) == 1
    assert isinstance(errors[0], DomainError)
    assert errors[0].code == ReorganisationError.ALREADY_DONE
    assert ReorganisationAct.objects.count() == 1
    assert Posting.objects.count() == postings + results[0][0].summary()["posting"]
