"""The delegation of appointments (phân cấp, Art. 52.3 and 72.3) as a dated table with its
source: seeded from the decree and the 2025 reorganisation, read by one selector, changed by
a central administrator with history, on a page and over the API."""

from __future__ import annotations

import importlib
from datetime import date

import pytest
from django.urls import reverse

from tests import factories as f
from thads.core.errors import DomainError
from thads.people import services
from thads.people.choices import Post
from thads.people.errors import PeopleError
from thads.people.models import Delegation, LeadershipPost
from thads.people.selectors import (
    appointer_for,
    appointment_for,
    appointments_on,
    delegation_answer,
)
from thads.rules.citations import cite
from thads.rules.engine import evaluate

SEED = importlib.import_module("thads.people.migrations.0006_seed_delegation")
DECREE_START = date(2015, 9, 1)
BEFORE, AFTER = date(2025, 6, 30), date(2025, 7, 1)
SOURCE_2025 = "Quyết định 1898/QĐ-BTP (phân cấp tạm giữ như trước, cần xác nhận)"
CIRCULAR = "Thông tư số 01/2026/TT-BTP ngày 05/01/2026"


def add(actor=None, **fields):
    row = {
        "post": "district_head",
        "appointer": "director_general",
        "valid_from": date(2026, 1, 15),
        "source": CIRCULAR,
    }
    return services.delegation_add(actor=actor, **(row | fields))


# --------------------------------------------------------------------------- the seed


@pytest.mark.parametrize("post", Post.values)
def test_the_2015_seed_is_the_decrees_default_in_rules_params(post):
    """The migration writes its own values; they must be those of leadership.yaml."""
    default = evaluate("leadership.appointer", {"post": post}, DECREE_START)
    appointer, source = SEED.SEED_2015[post]
    assert appointer == default["outcome"]["appointed_by"]
    assert source == default["reasons"][0]["citation"]


@pytest.mark.django_db
@pytest.mark.parametrize("post", Post.values)
def test_the_table_holds_the_seed_on_both_sides_of_the_reorganisation(post):
    old, new = Delegation.objects.filter(post=post).order_by("valid_from")
    assert (old.valid_from, old.valid_to, new.valid_from, new.valid_to) == (
        DECREE_START,
        BEFORE,
        AFTER,
        None,
    )
    assert old.appointer == new.appointer == SEED.SEED_2015[post][0]
    assert new.source == SOURCE_2025 and "chờ xác nhận" in new.note
    assert old.history.get().history_type == "+"


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("post", "on", "appointer", "source"),
    [
        pytest.param(
            "district_head",
            BEFORE,
            "provincial_director",
            cite(72, 3),
            id="Đ72.3 district head on 30/06/2025: provincial director, the decree",
        ),
        pytest.param(
            "district_head",
            AFTER,
            "provincial_director",
            SOURCE_2025,
            id="Đ72.3 district head on 01/07/2025: carried over by 1898/QĐ-BTP",
        ),
        pytest.param(
            "provincial_director",
            BEFORE,
            "minister_of_justice",
            cite(72, 3),
            id="Đ72.3 provincial director on 30/06/2025: the Minister",
        ),
        pytest.param(
            "provincial_director",
            AFTER,
            "minister_of_justice",
            SOURCE_2025,
            id="Đ72.3 provincial director on 01/07/2025: the Minister",
        ),
        pytest.param(
            "head_provincial_unit",
            BEFORE,
            "director_general",
            cite(52, 3),
            id="Đ52.3 head of a provincial unit on 30/06/2025",
        ),
        pytest.param(
            "head_provincial_unit",
            AFTER,
            "director_general",
            SOURCE_2025,
            id="Đ52.3 head of a provincial unit on 01/07/2025",
        ),
        pytest.param(
            "district_head",
            date(2010, 1, 1),
            "provincial_director",
            cite(72, 3),
            id="a day before the decree reads its first day",
        ),
    ],
)
def test_who_appoints_on_a_day_and_the_act_that_says_so(post, on, appointer, source):
    assert appointer_for(post, on) == (appointer, source)
    assert services.default_appointer(post, on) == appointer


@pytest.mark.django_db
def test_an_empty_table_falls_back_on_the_decrees_default():
    Delegation.objects.all().delete()
    found = appointment_for("district_head", date(2026, 1, 15))
    assert (found.appointer, found.source, found.valid_from) == (
        "provincial_director",
        cite(72, 3),
        None,
    )
    assert set(appointments_on(date(2026, 1, 15))) == set(Post.values)


@pytest.mark.django_db
def test_every_post_on_a_day_in_one_query(django_assert_num_queries):
    with django_assert_num_queries(1):
        found = appointments_on(AFTER)
    assert {p: a.appointer for p, a in found.items()} == {
        p: a for p, (a, _source) in SEED.SEED_2015.items()
    }
    assert {a.source for a in found.values()} == {SOURCE_2025}


# --------------------------------------------------------------------------- changing it


@pytest.mark.django_db
def test_a_new_row_closes_the_one_in_force_with_history(service, users):
    row = add(actor=users.admin, note="Xác nhận phân cấp sau tổ chức lại")
    carried = Delegation.objects.get(post="district_head", valid_from=AFTER)
    assert carried.valid_to == date(2026, 1, 14)
    assert carried.history.latest("history_date").history_user == users.admin
    assert row.history.get().history_user == users.admin
    assert appointer_for("district_head", date(2026, 1, 14)) == (
        "provincial_director",
        SOURCE_2025,
    )
    assert appointer_for("district_head", date(2026, 1, 15)) == ("director_general", CIRCULAR)
    # Every workflow that asks reads the new row: a post recorded without an appointer.
    person = f.person("Lý Văn Mới", service.d001, "officer_junior", on=date(2026, 2, 1))
    services.person_appoint(actor=None, person=person, post="district_head", on=date(2026, 2, 1))
    assert LeadershipPost.objects.get(person=person).appointed_by == "director_general"


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("fields", "code", "field"),
    [
        pytest.param(
            {"valid_from": AFTER},
            PeopleError.DELEGATION_NOT_AFTER_CURRENT,
            "valid_from",
            id="not on the day the row in force starts",
        ),
        pytest.param(
            {"valid_from": date(2020, 1, 1)},
            PeopleError.DELEGATION_NOT_AFTER_CURRENT,
            "valid_from",
            id="the past is not rewritten",
        ),
        pytest.param(
            {"post": "provincial_director", "appointer": "director_general"},
            PeopleError.MINISTER_APPOINTS,
            "appointer",
            id="Đ72.3 the Minister appoints provincial directors himself",
        ),
        pytest.param(
            {"post": "director_general", "appointer": "director_general"},
            PeopleError.SELF_APPOINTMENT,
            "appointer",
            id="nobody appoints to their own post",
        ),
    ],
)
def test_refusals_write_nothing(fields, code, field):
    before = list(Delegation.objects.values_list("post", "valid_from", "valid_to"))
    with pytest.raises(DomainError) as exc:
        add(**fields)
    assert (exc.value.code, exc.value.field) == (code, field)
    if code == PeopleError.MINISTER_APPOINTS:
        assert exc.value.citation == cite(72, 3)
    assert list(Delegation.objects.values_list("post", "valid_from", "valid_to")) == before


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("fields", "field", "code"),
    [
        ({"source": " ab "}, "source", PeopleError.DELEGATION_SOURCE_REQUIRED),
        ({"valid_from": date(2015, 8, 31)}, "valid_from", PeopleError.DELEGATION_BEFORE_DECREE),
        ({"post": "janitor"}, "post", "invalid_choice"),
        ({"appointer": "governor"}, "appointer", "invalid_choice"),
    ],
)
def test_bad_input_is_a_field_error(fields, field, code):
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError) as exc:
        add(**fields)
    assert [e.code for e in exc.value.error_dict[field]] == [code]
    assert Delegation.objects.count() == 2 * len(Post.values)


@pytest.mark.django_db
def test_a_decision_keeps_the_tables_answer_and_its_source():
    add()
    answer = delegation_answer("district_head", date(2026, 2, 1))
    assert answer["rule"] == "leadership.appointer"
    assert answer["outcome"]["appointed_by"] == "director_general"
    assert answer["delegation"] == {
        "post": "district_head",
        "appointed_by": "director_general",
        "source": CIRCULAR,
        "valid_from": "2026-01-15",
        "note": "",
    }
    assert answer["reasons"][0]["citation"] == cite(72, 3)
    assert answer["reasons"][-1]["code"] == "delegation_source"
    assert CIRCULAR in answer["reasons"][-1]["vi"] and "15/01/2026" in answer["reasons"][-1]["vi"]
    carried = delegation_answer("district_head", AFTER)
    assert carried["outcome"]["appointed_by"] == "provincial_director"
    assert carried["delegation"]["source"] == SOURCE_2025


# --------------------------------------------------------------------------- page and API


def test_the_page_lists_every_post_and_only_the_administrator_may_add(client, users):
    client.force_login(users.audrey)
    page = client.get(reverse("delegation-list"))
    assert page.status_code == 200
    assert SOURCE_2025 in page.content.decode()
    assert len(page.context["posts"]) == len(Post.values)
    assert not page.context["can_change"]
    assert reverse("delegation-add") not in page.content.decode()
    r = client.post(reverse("delegation-add"), {"post": "district_head"})
    assert r.status_code == 403
    client.force_login(users.admin)
    home = client.get(reverse("home")).content.decode()
    assert reverse("delegation-list") in home


def test_the_administrator_adds_a_row_from_the_page(client, users):
    client.force_login(users.admin)
    r = client.post(
        reverse("delegation-add"),
        {
            "post": "deputy_district_head",
            "appointer": "director_general",
            "valid_from": "2026-01-15",
            "source": CIRCULAR,
            "note": "",
        },
    )
    assert r.status_code == 302 and r.url == reverse("delegation-list")
    row = Delegation.objects.get(post="deputy_district_head", valid_to__isnull=True)
    assert (row.appointer, row.source) == ("director_general", CIRCULAR)
    assert row.history.get().history_user == users.admin
    page = client.get(reverse("delegation-list")).content.decode()
    assert CIRCULAR in page


def test_a_refused_row_shows_the_form_again(client, users):
    client.force_login(users.admin)
    r = client.post(
        reverse("delegation-add"),
        {
            "post": "provincial_director",
            "appointer": "director_general",
            "valid_from": "2026-01-15",
            "source": CIRCULAR,
        },
    )
    assert r.status_code == 400
    assert "appointer" in r.context["form"].errors
    r = client.post(reverse("delegation-add"), {"post": "district_head", "valid_from": "x"})
    assert r.status_code == 400 and {"appointer", "valid_from", "source"} <= set(
        r.context["form"].errors
    )
    assert Delegation.objects.count() == 2 * len(Post.values)


def api_post(client, body):
    return client.post("/api/v1/people/delegations", body, content_type="application/json")


def test_the_api_lists_answers_and_adds(client, users):
    client.force_login(users.audrey)
    rows = client.get("/api/v1/people/delegations?post=district_head").json()
    assert [(r["valid_from"], r["valid_to"]) for r in rows] == [
        ("2025-07-01", None),
        ("2015-09-01", "2025-06-30"),
    ]
    answer = client.get(
        "/api/v1/people/delegations/appointer?post=district_head&on=2025-06-30"
    ).json()
    assert answer == {
        "post": "district_head",
        "on": "2025-06-30",
        "appointed_by": "provincial_director",
        "source": cite(72, 3),
        "valid_from": "2015-09-01",
        "note": "",
    }
    body = {
        "post": "district_head",
        "appointer": "director_general",
        "valid_from": "2026-01-15",
        "source": CIRCULAR,
    }
    assert api_post(client, body).status_code == 403
    client.force_login(users.admin)
    r = api_post(client, body)
    assert r.status_code == 201 and r.json()["source"] == CIRCULAR
    again = api_post(client, body)
    assert again.status_code == 400
    assert again.json()["error"]["code"] == PeopleError.DELEGATION_NOT_AFTER_CURRENT
    bad = api_post(client, body | {"post": "janitor"})
    assert bad.status_code == 400
    assert client.get("/api/v1/people/delegations/appointer?post=janitor").status_code == 400
