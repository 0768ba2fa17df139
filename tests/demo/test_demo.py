"""The demo service: real authorities, staff that respect Art. 72, deterministic from a seed.

`demo` is the country built once for the package (tests/demo/conftest.py)."""

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from thads.organization.models import Authority
from thads.people.models import GradeAssignment, Person

pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("demo")]  # one worker builds it

OFFICERS = {"officer_junior", "officer_intermediate", "officer_senior"}


def test_demo_has_the_whole_service(demo):
    assert Authority.objects.filter(level="central").count() == 1
    assert Authority.objects.filter(level="provincial").count() == 63
    assert Authority.objects.filter(level="district").count() == 696
    assert Authority.objects.filter(level="military_central").count() == 1
    assert Authority.objects.filter(level="military_region").count() >= 7
    assert Person.objects.count() == 1500
    assert GradeAssignment.objects.count() == 1500


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
        p.post == "" or p.authority.level in ("central", "provincial", "district")
        for p in Person.objects.exclude(post="").select_related("authority")
    )


def test_demo_history_rows_exist(demo):
    assert Person.history.count() == 1500
    assert Authority.history.count() == Authority.objects.count()


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
