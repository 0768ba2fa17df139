"""Uniforms by place across the 2025 reorganisation: the winter jacket follows where the person
works (Art. 83.1.c: the former province of the office; Hà Nội for the central body), and the
allocation plan counts the structure valid on the day it is drawn up."""

from __future__ import annotations

from datetime import date

import pytest
from django.urls import reverse

from thads.uniforms.selectors import allocation_plan_for, entitlement_on, plan_authorities

BEFORE, AFTER = date(2025, 6, 30), date(2025, 7, 1)


def items(person, year, on):
    return {i["item"] for i in entitlement_on(person, year, on)["outcome"]["items"]}


@pytest.mark.parametrize(
    ("who", "on", "jacket"),
    [
        pytest.param(
            "central", BEFORE, True, id="Đ83.1.c central person on 30/06/2025: TCTHADS, Hà Nội"
        ),
        pytest.param(
            "central", AFTER, True, id="Đ83.1.c central person on 01/07/2025: CQLTHADS, Hà Nội"
        ),
        pytest.param("hanoi", BEFORE, True, id="Đ83.1.c Ba Đình district office"),
        pytest.param("hanoi", AFTER, True, id="Đ83.1.c Hà Nội regional office 1"),
        pytest.param("kontum", BEFORE, True, id="Đ83.1.c Kon Tum district office (Tây Nguyên)"),
        pytest.param(
            "kontum",
            AFTER,
            True,
            id="Đ83.1.c regional office under Quảng Ngãi, sitting in Kon Tum",
        ),
        pytest.param("gialai", BEFORE, True, id="Đ83.1.c Gia Lai department (Tây Nguyên)"),
        pytest.param(
            "gialai",
            AFTER,
            False,
            id="Đ83.1.c Gia Lai agency seated in the former Bình Định",
        ),
    ],
)
def test_the_winter_jacket_follows_where_the_person_works_that_day(two_level, who, on, jacket):
    person = getattr(two_level, who)
    due = items(person, 2025, on)
    assert "winter_overcoat" in due  # every three years from 01/09/2016, for everyone
    assert ("winter_jacket" in due) is jacket


def test_a_regional_office_follows_its_former_province_not_its_provinces_seat(two_level):
    assert two_level.r5101.cold_region and not two_level.t51.cold_region
    assert two_level.cqlthads.cold_region and two_level.tcthads.cold_region


def test_the_persons_page_and_the_api_say_the_same(client, two_level):
    client.force_login(two_level.admin)
    r = client.get(f"/api/v1/equipment/people/{two_level.central.pk}/uniform?year=2025")
    assert r.status_code == 200
    assert "winter_jacket" in {i["item"] for i in r.json()["outcome"]["items"]}


def groups(plan):
    return {path.rstrip("/").rsplit("/", 1)[-1] for path in plan["groups"]}


@pytest.mark.parametrize(
    ("year", "on"),
    [
        pytest.param(2026, date(2026, 1, 15), id="plan 2026 drawn up in 2026"),
        pytest.param(2026, AFTER, id="plan 2026 drawn up on 01/07/2025"),
        pytest.param(2027, date(2026, 12, 1), id="plan 2027"),
    ],
)
def test_the_national_plan_counts_the_two_level_structure(two_level, year, on):
    admin = two_level.admin
    assert groups(allocation_plan_for(admin, authority=None, year=year, on=on)) == {"CQLTHADS"}
    national = allocation_plan_for(admin, authority=two_level.cqlthads, year=year, on=on)
    assert groups(national) == {"CQLTHADS", "T01", "T51", "T52"}
    assert national["staff"] == 4
    province = allocation_plan_for(admin, authority=two_level.t01, year=year, on=on)
    assert groups(province) == {"R01-01"} and province["staff"] == 1
    choices = {a.code for a in plan_authorities(admin, on)}
    assert {"CQLTHADS", "CQLTHADS-VP", "T01", "R01-01", "T51", "R51-01"} <= choices
    assert not choices & {"TCTHADS", "P01", "D001"}


def test_a_plan_drawn_up_before_the_reorganisation_counts_the_old_structure(two_level):
    admin = two_level.admin
    assert groups(allocation_plan_for(admin, authority=None, year=2026, on=BEFORE)) == {"TCTHADS"}
    national = allocation_plan_for(admin, authority=two_level.tcthads, year=2026, on=BEFORE)
    assert groups(national) == {"TCTHADS", "P01", "P62", "P64"}
    province = allocation_plan_for(admin, authority=two_level.p01, year=2026, on=BEFORE)
    assert groups(province) == {"D001"}
    assert {a.code for a in plan_authorities(admin, BEFORE)} >= {"P01", "D001"}
    assert not {a.code for a in plan_authorities(admin, BEFORE)} & {"T01", "R01-01"}


@pytest.mark.parametrize(
    ("on", "jackets"),
    [
        pytest.param(BEFORE, 4, id="Đ83.1.c on 30/06/2025: four in the cold region"),
        pytest.param(AFTER, 3, id="Đ83.1.c on 01/07/2025: the Gia Lai agency sits in Bình Định"),
    ],
)
def test_the_plan_counts_the_cold_region_of_the_day(two_level, on, jackets):
    plan = allocation_plan_for(two_level.admin, authority=None, year=2025, on=on)
    assert plan["staff"] == 4
    assert plan["total"]["winter_jacket"] == jackets
    assert plan["total"]["winter_overcoat"] == 4


def test_the_plan_page_and_api_take_the_day(client, two_level):
    client.force_login(two_level.admin)
    page = client.get(
        reverse("uniform-plan"),
        {"year": 2026, "on": "2026-01-15", "authority": two_level.t01.pk},
    )
    assert page.status_code == 200 and page.context["on"] == date(2026, 1, 15)
    assert [g["code"] for g in page.context["groups"]] == ["R01-01"]
    api = client.get(
        f"/api/v1/equipment/uniforms/plan?year=2026&on=2025-06-30&authority_id={two_level.p01.pk}"
    ).json()
    assert set(api["by_authority"]) == {"D001"} and api["on"] == "2025-06-30"
    workbook = client.get(reverse("uniform-plan-xlsx"), {"year": 2026, "on": "2026-01-15"})
    assert workbook.status_code == 200
    for bad in ("2015-08-31", "x"):
        assert client.get(reverse("uniform-plan"), {"year": 2026, "on": bad}).status_code == 400
        assert client.get(f"/api/v1/equipment/uniforms/plan?year=2026&on={bad}").status_code == 400


def test_a_provincial_user_sees_the_regional_offices_of_the_province(client, two_level):
    client.force_login(two_level.hanoi_user)
    page = client.get(reverse("uniform-plan"), {"year": 2026, "on": "2026-01-15"})
    assert page.status_code == 200 and page.context["staff"] == 1
    assert [g["code"] for g in page.context["groups"]] == ["R01-01"]


def test_the_plan_takes_a_fixed_number_of_queries(two_level, django_assert_max_num_queries):
    from tests import factories as f

    admin = two_level.admin
    admin.profile  # noqa: B018 - the user's profile is read once per request, not per person
    with django_assert_max_num_queries(1):
        allocation_plan_for(admin, authority=two_level.cqlthads, year=2026, on=date(2026, 1, 15))
    for name in ("An", "Bình", "Chi", "Dung", "Giang"):
        f.person(f"Nguyễn Thị {name}", two_level.r0101, "officer_junior", on=date(2025, 8, 1))
    with django_assert_max_num_queries(1):
        plan = allocation_plan_for(
            admin, authority=two_level.cqlthads, year=2026, on=date(2026, 1, 15)
        )
    assert plan["staff"] == 9
