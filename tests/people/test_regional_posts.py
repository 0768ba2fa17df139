"""The heads and deputies of the regional offices (Trưởng phòng / Phó Trưởng phòng Thi hành án
dân sự khu vực) hold the stable role ids `district_head` / `deputy_district_head` (today.md):
the posts exist at a regional office, with the district posts' standards (Art. 72.1) and
insignia (Art. 81, row 4.b)."""

from __future__ import annotations

from datetime import date

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from tests import factories as f
from thads.core.errors import DomainError
from thads.people import services
from thads.people.choices import POST_LEVELS, Post
from thads.people.errors import PeopleError
from thads.people.models import LeadershipPost

ON = date(2025, 9, 1)


def officer(two_level, where, grade="officer_junior"):
    return f.person("Đinh Văn Khu", getattr(two_level, where), grade, on=ON)


def test_one_mapping_of_posts_to_levels_covers_every_post():
    assert set(POST_LEVELS) == set(Post.values)
    assert POST_LEVELS[Post.DISTRICT_HEAD] == {"district", "regional"}
    assert POST_LEVELS[Post.HEAD_CENTRAL_UNIT] == {"central", "central_unit"}


@pytest.mark.parametrize(
    ("post", "grade", "where", "code"),
    [
        pytest.param(
            "district_head",
            "officer_junior",
            "r0101",
            None,
            id="Đ72.1 head of a regional office, junior officer",
        ),
        pytest.param(
            "deputy_district_head",
            "officer_junior",
            "r0101",
            None,
            id="Đ72.1 deputy head of a regional office, junior officer",
        ),
        pytest.param(
            "district_head",
            "secretary",
            "r0101",
            PeopleError.GRADE_TOO_LOW,
            id="Đ72.1 head of a regional office, a secretary is not enough",
        ),
        pytest.param(
            "deputy_district_head",
            "specialist",
            "r5101",
            PeopleError.GRADE_TOO_LOW,
            id="Đ72.1 deputy head of a regional office, a specialist is not enough",
        ),
        pytest.param(
            "provincial_director",
            "officer_senior",
            "r0101",
            PeopleError.POST_LEVEL,
            id="no provincial director at a regional office",
        ),
        pytest.param(
            "district_head",
            "officer_senior",
            "t01",
            PeopleError.POST_LEVEL,
            id="no regional head at the provincial agency",
        ),
        pytest.param(
            "provincial_director",
            "officer_intermediate",
            "t01",
            None,
            id="Đ72.2 head of the provincial agency, intermediate officer",
        ),
        pytest.param(
            "head_central_unit",
            "inspector_senior",
            "vp",
            None,
            id="head of a unit of the central body",
        ),
        pytest.param(
            "deputy_head_central_unit",
            "inspector_principal",
            "vp",
            None,
            id="deputy head of a unit of the central body",
        ),
    ],
)
def test_posts_at_the_offices_of_the_two_level_service(two_level, post, grade, where, code):
    person = officer(two_level, where, grade)
    if code is None:
        services.person_appoint(actor=None, person=person, post=post, on=ON)
        row = LeadershipPost.objects.get(person=person)
        assert (row.post, row.authority, row.valid_from) == (
            post,
            getattr(two_level, where),
            ON,
        )
        # Appointed as the delegation table says on the day (carried over from 01/07/2025).
        assert row.appointed_by == services.default_appointer(post, ON)
    else:
        with pytest.raises(DomainError) as exc:
            services.person_appoint(actor=None, person=person, post=post, on=ON)
        assert exc.value.code == code
        if code == PeopleError.GRADE_TOO_LOW:
            assert "Điều 72" in exc.value.citation
        assert not LeadershipPost.objects.filter(person=person).exists()


def test_a_district_post_is_refused_at_a_regional_office_before_it_exists(two_level):
    with pytest.raises(ValidationError) as exc:
        f.person(
            "Đinh Văn Sớm",
            two_level.r0101,
            "officer_junior",
            on=date(2025, 6, 30),
            post="district_head",
        )
    assert [e.code for e in exc.value.error_dict["authority"]] == [PeopleError.AUTHORITY_NOT_VALID]


@pytest.mark.parametrize(
    ("post", "point"),
    [
        pytest.param("district_head", "4.b", id="Đ81 row 4.b head of a regional office"),
        pytest.param("deputy_district_head", "4.b", id="Đ81 row 4.b deputy head"),
    ],
)
def test_regional_heads_wear_the_district_heads_insignia(two_level, post, point):
    from thads.uniforms.selectors import insignia_of

    person = officer(two_level, "r0101")
    services.person_appoint(actor=None, person=person, post=post, on=ON)
    person.refresh_from_db()
    assert insignia_of(person, ON)["outcome"]["point"] == point


def test_the_reorganisation_posting_keeps_its_decision(two_level):
    posting = two_level.hanoi.postings.get(valid_to__isnull=True)
    assert (posting.authority, posting.valid_from, posting.decision_ref) == (
        two_level.r0101,
        date(2025, 7, 1),
        "1898/QĐ-BTP",
    )
    before = two_level.hanoi.postings.get(valid_to__isnull=False)
    assert (before.authority, before.valid_to) == (two_level.d001, date(2025, 6, 30))


def test_the_persons_page_and_api_show_the_postings_on_both_sides(client, two_level):
    client.force_login(two_level.admin)
    page = client.get(reverse("person-detail", args=[two_level.hanoi.pk])).content.decode()
    assert two_level.d001.name in page and two_level.r0101.name in page
    assert "1898/QĐ-BTP" in page
    rows = client.get(f"/api/v1/people/{two_level.hanoi.pk}").json()["postings"]
    assert [(r["authority"]["code"], r["valid_to"], r["decision_ref"]) for r in rows] == [
        ("R01-01", None, "1898/QĐ-BTP"),
        ("D001", "2025-06-30", ""),
    ]
