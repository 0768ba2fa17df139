"""The demo service: real authorities, staff that respect Art. 72, deterministic from a seed.

`demo` is the country built once for the package (tests/demo/conftest.py)."""

from datetime import date

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db.models import Count

from tests.demo.conftest import TODAY
from thads.organization.models import Authority
from thads.people.models import GradeAssignment, Person, Posting
from thads.reorganisation.models import ReorganisationAct

pytestmark = pytest.mark.slow

OFFICERS = {"officer_junior", "officer_intermediate", "officer_senior"}


def levels_on(day):
    return dict(
        Authority.objects.valid_on(day).values_list("level").annotate(n=Count("id")).order_by()
    )


def test_demo_has_both_structures(demo):
    before = levels_on(date(2025, 6, 30))
    assert (before["central"], before["provincial"], before["district"]) == (1, 63, 696)
    assert "regional" not in before and "central_unit" not in before
    today = levels_on(TODAY)
    assert (today["central"], today["central_unit"]) == (1, 7)
    assert (today["provincial"], today["regional"]) == (34, 355)
    assert "district" not in today
    for levels in (before, today):
        assert levels["military_central"] == 1 and levels["military_region"] >= 7
    assert Person.objects.count() == 1500
    assert GradeAssignment.objects.count() == 1500


def test_the_regional_offices_are_demo_data_the_rest_is_not(demo):
    assert set(Authority.objects.filter(demo=True).values_list("level", flat=True)) == {"regional"}
    office = Authority.objects.get(code="R01-01")
    assert office.name == "Phòng Thi hành án dân sự khu vực 1 – Hà Nội"
    assert office.communes.exists()
    assert set(office.predecessors.values_list("level", flat=True)) == {"district"}


def test_everyone_of_30_06_2025_has_a_posting_before_and_after(demo):
    """The act of 01/07/2025 carried every civil posting across; the service continued."""
    before = set(
        Posting.objects.filter(valid_from__lte=date(2025, 6, 30))
        .exclude(valid_to__lt=date(2025, 6, 30))
        .filter(person__military=False)
        .values_list("person_id", flat=True)
    )
    after = set(
        Posting.objects.filter(valid_from__lte=date(2025, 7, 1))
        .exclude(valid_to__lt=date(2025, 7, 1))
        .values_list("person_id", flat=True)
    )
    assert before and before <= after
    act = ReorganisationAct.objects.get()
    assert act.effective_on == date(2025, 7, 1)
    assert act.summary["posting"] == len(before)
    later = Posting.objects.filter(valid_from__gt=date(2025, 7, 1))
    assert later.filter(person__postings__valid_to=date(2025, 6, 30)).exists()  # transfers
    assert later.exclude(person__postings__valid_from__lte=date(2025, 6, 30)).exists()  # hires
    assert not Posting.objects.filter(valid_from__lt=date(2015, 9, 1)).exists()


def test_demo_posts_respect_art_72(demo):
    district_leaders = Person.objects.filter(post__in=["district_head", "deputy_district_head"])
    assert district_leaders.exists()
    assert set(district_leaders.values_list("grade", flat=True)) <= OFFICERS
    directors = Person.objects.filter(
        post__in=["provincial_director", "deputy_provincial_director"]
    )
    assert directors.exists()
    assert set(directors.values_list("grade", flat=True)) <= {
        "officer_intermediate",
        "officer_senior",
    }


def test_demo_staff_sit_in_authorities_of_their_kind(demo):
    assert (
        not Person.objects.filter(military=True)
        .exclude(authority__level__startswith="military")
        .exists()
    )
    assert not Person.objects.filter(
        military=False, authority__level__startswith="military"
    ).exists()
    assert all(
        p.post == "" or p.authority.level in ("central", "central_unit", "provincial", "regional")
        for p in Person.objects.exclude(post="").select_related("authority")
    )


def test_demo_history_rows_exist(demo):
    assert Person.history.filter(history_type="+").count() == 1500
    assert Authority.history.filter(history_type="+").count() == Authority.objects.count()
    # The act's changes are in history too, with the decision's reference.
    moved = Person.history.filter(history_type="~", history_change_reason="1898/QĐ-BTP")
    assert moved.count() == ReorganisationAct.objects.get().summary["posting"]


def test_one_capital_unit_per_province(demo):
    capitals = Authority.objects.filter(level="district", provincial_capital_unit=True)
    assert capitals.count() == 63
    assert not capitals.exclude(region_allowance_coefficient=0).exists()


def test_demo_refuses_to_overwrite_without_reset(demo):
    with pytest.raises(CommandError):
        call_command("demo", "--people", "10")


def test_demo_users_log_in_with_their_roles(demo, client):
    from thads.demo.build import DEMO_PASSWORD, DEMO_USERS

    for username, role, code, _name, signs_for in DEMO_USERS:
        assert client.login(username=username, password=DEMO_PASSWORD)
        from django.contrib.auth.models import User

        user = User.objects.get(username=username)
        assert (user.profile.role, user.profile.authority.code) == (role, code)
        assert user.profile.signs_for == signs_for
