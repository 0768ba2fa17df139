"""The web pages: login, home counts, search without diacritics, forms re-shown with errors,
history on the record's page, the language switch."""

import pytest
from django.urls import reverse

from tests.factories import PASSWORD
from thads.people.models import Person
from thads.people.validators import ERR_NATIONAL_ID


def test_login_with_a_wrong_password_is_refused_then_the_right_one_works(client, users):
    r = client.post(reverse("login"), {"username": "alice", "password": "nope"})
    assert r.status_code == 200 and "_auth_user_id" not in client.session
    r = client.post(reverse("login"), {"username": "alice", "password": PASSWORD})
    assert r.status_code == 302 and client.session["_auth_user_id"] == str(users.alice.pk)


def test_home_counts_staff_by_grade_in_scope(client, users, people):
    client.force_login(users.alice)
    r = client.get(reverse("home"))
    grades = dict((str(label), n) for label, n in r.context["grades"])
    from thads.people.choices import Grade

    assert grades[str(Grade.OFFICER_INTERMEDIATE.label)] == 1
    assert grades[str(Grade.OFFICER_SENIOR.label)] == 0  # Võ Minh Tuấn is in HCM, not in scope
    assert r.context["people_total"] == 3


@pytest.mark.parametrize(
    ("query", "found"),
    [
        ("Nguyen Van An", True),
        ("nguyễn văn an", True),
        ("NGUYEN", True),
        ("van an", True),
        ("Nguyen Van Binh", False),
    ],
)
def test_people_search_ignores_diacritics_and_case(client, users, people, query, found):
    client.force_login(users.admin)
    r = client.get(reverse("person-list"), {"q": query})
    assert ("Nguyễn Văn An" in r.content.decode()) is found


def test_people_list_filters_and_paginates(client, users, people):
    client.force_login(users.admin)
    r = client.get(reverse("person-list"), {"grade": "officer_junior"})
    names = {p.full_name for p in r.context["people"]}
    assert names == {"Trần Đức Bình", "Hoàng Quốc Việt"}
    r = client.get(reverse("person-list"), {"post": "any"})
    assert list(r.context["people"]) == []
    assert "empty" in r.content.decode()


def test_people_list_query_count_is_constant(client, users, people, django_assert_max_num_queries):
    client.force_login(users.admin)
    with django_assert_max_num_queries(12):
        client.get(reverse("person-list"))


def test_create_form_is_shown_again_with_errors_and_nothing_saved(client, users, service):
    client.force_login(users.alice)
    data = {
        "full_name": "Bùi Thị Ngọc",
        "gender": "F",
        "employment": "civil_servant",
        "authority": service.d002.pk,
        "grade": "secretary",
        "national_id": "123",
    }
    r = client.post(reverse("person-create"), data)
    assert r.status_code == 400
    assert str(ERR_NATIONAL_ID) in r.content.decode()
    assert 'value="Bùi Thị Ngọc"' in r.content.decode()
    assert not Person.objects.filter(full_name="Bùi Thị Ngọc").exists()
    data["national_id"] = "001190099999"
    r = client.post(reverse("person-create"), data)
    person = Person.objects.get(full_name="Bùi Thị Ngọc")
    assert r.status_code == 302 and r["Location"] == reverse("person-detail", args=[person.pk])


def test_person_page_shows_grades_salary_history_and_masks_data(client, users, people):
    from thads.people import services

    services.person_update(actor=users.alice, person=people.p01, phone="0911111111")
    client.force_login(users.alice)
    r = client.get(reverse("person-detail", args=[people.p01.pk]))
    html = r.content.decode()
    assert "A2" in html  # Art. 78.2: intermediate officer -> A2
    assert "0911111111" not in html and "091•••••11" in html
    entries = r.context["history"]
    assert entries[0].user == users.alice
    assert any(c.new == "••••••" for c in entries[0].changes)


def test_reveal_form_shows_the_value_and_logs(client, users, people):
    from thads.people.models import RevealLog

    client.force_login(users.alice)
    url = reverse("person-reveal", args=[people.p01.pk])
    r = client.post(url, {"fields_to_reveal": ["national_id"], "reason": "ngắn"})
    assert r.status_code == 400 and not RevealLog.objects.exists()
    r = client.post(url, {"fields_to_reveal": ["national_id"], "reason": "Đối chiếu hồ sơ thẻ"})
    assert r.status_code == 200 and "001090012345" in r.content.decode()
    assert r["Cache-Control"] == "no-store"
    assert RevealLog.objects.get().reason == "Đối chiếu hồ sơ thẻ"


def test_grade_change_form_refusal_is_shown_with_the_clause(client, users, service):
    from tests import factories as f

    head = f.person("Lý Thành Công", service.d001, "officer_junior", post="district_head")
    client.force_login(users.alice)
    r = client.post(
        reverse("person-grade", args=[head.pk]), {"grade": "secretary", "on": "2020-01-01"}
    )
    assert r.status_code == 400
    assert "Điều 72" in r.content.decode()
    head.refresh_from_db()
    assert head.grade == "officer_junior"


def test_authority_tree_search_and_history(client, users, service):
    client.force_login(users.admin)
    r = client.get(reverse("authority-list"), {"q": "ba dinh"})
    assert [a.code for a in r.context["results"]] == ["D001"]
    r = client.get(reverse("authority-list"))
    assert [a.code for a in r.context["tops"]] == ["CTHA-BQP", "TCTHADS"]
    r = client.get(reverse("authority-children", args=[service.p01.pk]))
    assert "Ba Đình" in r.content.decode() and "Quận 1" not in r.content.decode()
    r = client.get(reverse("authority-detail", args=[service.d001.pk]))
    assert r.context["history"][0].action


def test_authority_tree_starts_at_the_users_authority(client, users, service):
    client.force_login(users.bob)
    r = client.get(reverse("authority-list"))
    assert [a.code for a in r.context["tops"]] == ["D001"]


def test_authority_edit_form_reshown_on_bad_coefficient(client, users, service):
    client.force_login(users.admin)
    url = reverse("authority-edit", args=[service.d001.pk])
    form = client.get(url).context["form"]
    data = {k: v for k, v in form.initial.items() if v is not None and k != "predecessors"}
    data["region_allowance_coefficient"] = "1.5"
    r = client.post(url, data)
    assert r.status_code == 400
    service.d001.refresh_from_db()
    assert str(service.d001.region_allowance_coefficient) == "0.00"


def test_language_switch_to_english_and_back(client, users):
    client.force_login(users.alice)
    vi = client.get(reverse("home")).content.decode()
    assert "Cán bộ theo ngạch" in vi
    client.post(reverse("set_language"), {"language": "en", "next": "/"})
    en = client.get(reverse("home")).content.decode()
    assert "Staff by grade" in en and "Cán bộ theo ngạch" not in en


def test_relative_is_recorded_masked_and_revealed_with_a_log(client, users, people):
    from thads.people.models import Relative, RevealLog

    client.force_login(users.alice)
    url = reverse("person-relative", args=[people.p01.pk])
    r = client.post(
        url, {"relationship": "spouse", "full_name": "Trần Thị Mai", "national_id": "12"}
    )
    assert r.status_code == 400 and not Relative.objects.exists()
    r = client.post(
        url, {"relationship": "spouse", "full_name": "Trần Thị Mai", "national_id": "001190054321"}
    )
    assert r.status_code == 302
    page = client.get(reverse("person-detail", args=[people.p01.pk])).content.decode()
    assert "Trần Thị Mai" not in page and "Vợ hoặc chồng" in page
    r = client.post(
        reverse("person-reveal", args=[people.p01.pk]),
        {"fields_to_reveal": ["family"], "reason": "Kiểm tra quan hệ gia đình"},
    )
    assert "Trần Thị Mai" in r.content.decode()
    assert RevealLog.objects.get().fields == "family"


def test_person_page_shows_insignia_and_card_from_the_rules(client, users, service):
    from tests import factories as f

    head = f.person("Lý Thành Công", service.d001, "officer_intermediate", post="district_head")
    client.force_login(users.alice)
    r = client.get(reverse("person-detail", args=[head.pk]))
    assert r.context["insignia"]["outcome"]["point"] == "4.b"
    assert r.context["insignia"]["outcome"]["shoulder"]["stars"] == 3
    assert r.context["card"]["outcome"] == {"card": "officer"}
    assert "điểm b khoản 4 Điều 81 Nghị định số 62/2015/NĐ-CP" in r.content.decode()
