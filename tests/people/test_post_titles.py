"""Pages name a leadership post by its title on the day (today.md: role ids stay, titles follow
the date): a district head is "Chi cục trưởng" until 30/06/2025 and "Trưởng phòng" after."""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace

import pytest
from django.utils import translation

from thads.people.templatetags.post_titles import post_title


@pytest.mark.parametrize(
    ("post", "on", "expected"),
    [
        ("district_head", date(2025, 6, 30), "Chi cục trưởng"),
        ("district_head", date(2025, 7, 1), "Trưởng phòng"),
        ("director_general", date(2025, 6, 30), "Tổng Cục trưởng"),
        ("director_general", date(2025, 7, 1), "Cục trưởng Cục Quản lý"),
    ],
    ids=[
        "Đ52 district head 30/06/2025",
        "khu vực 01/07/2025",
        "Tổng cục 30/06/2025",
        "Cục QL 01/07/2025",
    ],
)
def test_a_post_is_named_by_its_title_on_the_day(post, on, expected):
    with translation.override("vi"):
        assert post_title(SimpleNamespace(post=post), on).startswith(expected)


def test_a_dated_post_row_is_named_as_on_the_day_it_began():
    row = SimpleNamespace(post="district_head", valid_from=date(2016, 1, 4))
    with translation.override("vi"):
        assert post_title(row).startswith("Chi cục trưởng")


def test_no_post_gives_nothing():
    assert post_title(SimpleNamespace(post="")) == ""


def test_forms_offer_the_posts_by_todays_titles():
    from thads.people.forms import AppointForm
    from thads.people.templatetags.post_titles import titled_choices

    with translation.override("vi"):
        offered = dict(AppointForm().fields["post"].choices)
        on_the_eve = dict(titled_choices([("district_head", "")], date(2025, 6, 30)))
    assert offered["district_head"].startswith("Trưởng phòng")
    assert on_the_eve["district_head"].startswith("Chi cục trưởng")
