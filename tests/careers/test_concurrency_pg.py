"""Two decisions on the same person at the same moment cannot both apply, and simultaneous
decisions of one issuer get distinct consecutive numbers (PostgreSQL, separate connections)."""

from datetime import date

import pytest

from tests import factories as f
from tests.test_concurrency import _race
from thads.careers import services
from thads.careers.errors import CareersError
from thads.careers.models import Decision
from thads.core.errors import DomainError
from thads.people.models import GradeAssignment, Posting

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]
ON = date(2026, 9, 1)


def test_two_transfers_of_one_person_at_once_apply_once(service, director01):
    person = f.person("Trần Đức Bình", service.d001, "officer_junior")
    transfers = [
        services.transfer_propose(
            actor=None, person=person, kind="mobilization", to_authority=to, starts_on=ON
        )
        for to in (service.d002, service.p01)
    ]
    results, errors = _race(
        2,
        lambda i: services.transfer_decide(actor=director01, transfer=transfers[i], signed_on=ON),
    )
    assert len(results) == 1 and len(errors) == 1
    assert isinstance(errors[0], DomainError) and errors[0].code == CareersError.MOVED
    assert Decision.objects.count() == 1
    open_postings = Posting.objects.filter(person=person, valid_to__isnull=True)
    assert open_postings.count() == 1
    person.refresh_from_db()
    assert person.authority == open_postings.get().authority == results[0].transfer.to_authority


def test_relief_and_removal_at_once_apply_once(service, minister):
    person = f.person("Lê Văn Cường", service.d001, "officer_intermediate")
    dossier = services.relief_dossier_submit(
        actor=None,
        person=person,
        submitted_on=ON,
        documents=[{"kind": "director_proposal", "issued_on": ON}],
    )
    work = [
        lambda: services.relief_decide(actor=minister, dossier=dossier, signed_on=ON),
        lambda: services.removal_decide(
            actor=minister,
            person=person,
            ground="violation_in_enforcement",
            facts="Sai phạm",
            signed_on=ON,
        ),
    ]
    results, errors = _race(2, lambda i: work[i]())
    assert len(results) == 1 and len(errors) == 1
    assert isinstance(errors[0], DomainError) and errors[0].code == CareersError.GRADE_CHANGED
    assert Decision.objects.filter(person=person).count() == 1
    assert GradeAssignment.objects.filter(person=person, valid_to__isnull=True).count() == 1


def test_simultaneous_decisions_get_distinct_numbers(service, director01):
    staff = [
        f.person(f"Cán bộ {n}", service.d001, "officer_junior")
        for n in ("An", "Bình", "Chi", "Dũng")
    ]
    transfers = [
        services.transfer_propose(
            actor=None, person=p, kind="rotation", to_authority=service.d002, starts_on=ON
        )
        for p in staff
    ]
    results, errors = _race(
        4,
        lambda i: services.transfer_decide(actor=director01, transfer=transfers[i], signed_on=ON),
    )
    assert errors == []
    assert sorted(d.seq for d in results) == [1, 2, 3, 4]
