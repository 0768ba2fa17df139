"""The rules explorer page: a form from the schema, the outcome, reasons and linked clauses."""

import pytest
from django.urls import reverse

from thads.rules.engine import REGISTRY


@pytest.fixture
def ivan_client(client, users):
    client.force_login(users.ivan)
    return client


def test_list_links_every_rule(ivan_client):
    html = ivan_client.get(reverse("rule-list")).content.decode()
    for rule_id in REGISTRY:
        assert reverse("rule-explore", args=[rule_id]) in html
    assert 'href="/law/nd62-2015/63/#k4"' in html


@pytest.mark.parametrize("rule_id", sorted(REGISTRY))
def test_form_is_generated_and_prefilled_with_the_example(ivan_client, rule_id):
    r = ivan_client.get(reverse("rule-explore", args=[rule_id]))
    assert r.status_code == 200
    names = {i.name for i in r.context["inputs"]}
    top = set(REGISTRY[rule_id].facts.model_fields)
    assert top <= {n.split(".")[0] for n in names}


def test_evaluate_shows_outcome_reasons_in_vietnamese_and_linked_clauses(ivan_client):
    data = {
        "on": "2018-05-02",
        "decision_date": "2020-07-01",
        "authority.level": "district",
        "authority.provincial_capital_unit": "false",
        "authority.region_allowance_coefficient": "0.29",
        "authority.special_area": "true",
        "authority.on_appendix_list": "true",
        "commitment_years": "5",
    }
    r = ivan_client.post(reverse("rule-explore", args=["designation.without_exam"]), data)
    assert r.status_code == 200
    assert r.context["answer"]["outcome"] == {
        "allowed": False,
        "unmet": ["outside_window", "coefficient_below_0_3"],
    }
    html = r.content.decode()
    assert "Hệ số phụ cấp khu vực 0.29 thấp hơn 0.3." in html
    assert 'href="/law/nd62-2015/63/#k1-a"' in html


def test_reasons_follow_the_language(ivan_client):
    ivan_client.post(reverse("set_language"), {"language": "en", "next": "/"})
    r = ivan_client.post(
        reverse("rule-explore", args=["selection_board.decision"]),
        {"on": "2018-01-01", "members": "9", "present": "5", "votes_for": "5"},
    )
    assert "5 of 9 members present, fewer than two thirds." in r.content.decode()


def test_bad_facts_reshow_the_form_with_the_field_error(ivan_client):
    url = reverse("rule-explore", args=["selection_board.decision"])
    r = ivan_client.post(
        url, {"on": "2018-01-01", "members": "9", "present": "8", "votes_for": "abc"}
    )
    assert r.status_code == 400
    assert {i.name for i in r.context["inputs"] if i.error} == {"votes_for"}
    assert 'value="abc"' in r.content.decode()
    r = ivan_client.post(
        url, {"on": "2018-01-01", "members": "9", "present": "10", "votes_for": "1"}
    )
    assert r.status_code == 400
    assert {i.name: i.error for i in r.context["inputs"] if i.error} == {
        "present": "cannot exceed members"
    }


def test_unknown_rule_page_is_404(ivan_client):
    assert ivan_client.get("/rules/no.such/").status_code == 404


# Đ70.1.b: an officer who is a deputy provincial director is moved by the director_general.
TRANSFER_FORM = {
    "person.grade": "officer_intermediate",
    "person.leadership_post": "deputy_provincial_director",
    "person.post_appointed_by": "director_general",
    "person.military": "false",
    "from_unit": "79",
    "to_unit": "79",
}


@pytest.mark.parametrize(
    ("on", "shown", "hidden"),
    [
        pytest.param(
            "2025-06-30",
            ["Tổng Cục trưởng Tổng cục Thi hành án dân sự"],
            ["kế thừa"],
            id="Đ70.1.b before 01/07/2025: the Tổng Cục trưởng, no caveat",
        ),
        pytest.param(
            "2025-07-01",
            ["Cục trưởng Cục Quản lý Thi hành án dân sự", "kế thừa", "Quyết định 1898/QĐ-BTP"],
            ["Tổng Cục trưởng"],
            id="Đ70.1.b from 01/07/2025: the Cục trưởng, with the caveat",
        ),
        pytest.param(
            "2026-07-01",
            ["Luật Thi hành án dân sự số 106/2025/QH15", "chưa được mã hoá"],
            ["Tổng Cục trưởng"],
            id="Luật 106/2025 from 01/07/2026",
        ),
    ],
)
def test_the_answer_shows_the_law_and_the_titles_of_its_day(ivan_client, on, shown, hidden):
    r = ivan_client.post(
        reverse("rule-explore", args=["transfer.authority"]), {"on": on, **TRANSFER_FORM}
    )
    assert r.status_code == 200 and r.context["answer"]["outcome"]["decided_by"] == (
        "director_general"
    )
    html = r.content.decode()
    for text in shown:
        assert text in html, text
    for text in hidden:
        assert text not in html, text


def test_a_day_before_the_decree_reshows_the_form_with_the_error_on_the_day(ivan_client):
    r = ivan_client.post(
        reverse("rule-explore", args=["card.kind"]), {"on": "2015-08-31", "grade": "inspector"}
    )
    assert r.status_code == 400 and "2015-09-01" in r.context["errors"]["on"]
