"""The steps of the dossier list (DOSSIER_STATUSES): a dossier is before the board until a
meeting passes the proposal, then proposed until the Minister decides. The filter asks the
meetings itself, so it gives the same answer on any queryset of dossiers."""

from __future__ import annotations

import pytest

from tests.selection.conftest import DECIDED_ON
from thads.selection import services
from thads.selection.models import Dossier
from thads.selection.selectors import DOSSIER_STATUSES, dossiers_filter, dossiers_visible_to

QUERYSETS = {
    "the user's scope": lambda users: dossiers_visible_to(users.alice),
    "all dossiers": lambda users: Dossier.objects.all(),
}


def steps(qs):
    return {status: list(dossiers_filter(qs, status=status)) for status in DOSSIER_STATUSES}


@pytest.mark.parametrize("queryset", QUERYSETS.values(), ids=QUERYSETS.keys())
def test_a_dossier_is_before_the_board_until_a_meeting_passes_it(users, dossier, queryset):
    assert steps(queryset(users)) == {"open": [dossier], "proposed": [], "decided": []}


@pytest.mark.parametrize("queryset", QUERYSETS.values(), ids=QUERYSETS.keys())
def test_a_passed_proposal_waits_for_the_ministers_decision(users, proposed, queryset):
    assert steps(queryset(users)) == {"open": [], "proposed": [proposed], "decided": []}


@pytest.mark.parametrize("queryset", QUERYSETS.values(), ids=QUERYSETS.keys())
def test_a_designated_dossier_is_decided(users, proposed, minister, queryset):
    services.designation_decide(actor=minister, dossier=proposed, signed_on=DECIDED_ON)

    assert steps(queryset(users)) == {"open": [], "proposed": [], "decided": [proposed]}


def test_the_list_shows_each_dossiers_step(users, proposed):
    (shown,) = dossiers_visible_to(users.alice)

    assert shown.proposal_passed is True
