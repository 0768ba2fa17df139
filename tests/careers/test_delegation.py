"""Who appoints to a post is the delegation table's answer on the decision's date (Art. 52.3,
72.3): it names the signer of a decision on a post, who must be consulted before moving a post
holder (70.1.c), and its source goes with the decision. The regional offices' heads are
appointed like the district heads they replaced."""

from __future__ import annotations

from datetime import date

import pytest
from django.urls import reverse

from tests import factories as f
from tests.careers.conftest import signs_for
from thads.careers import services
from thads.careers.errors import CareersError
from thads.core.errors import DomainError
from thads.people.models import LeadershipPost
from thads.people.services import delegation_add, person_appoint

ON = date(2026, 9, 1)
YES = {"integrity": True, "experience": True, "capacity": True}
CIRCULAR = "Thông tư số 01/2026/TT-BTP ngày 05/01/2026"
SOURCE_2025 = "Quyết định 1898/QĐ-BTP (phân cấp tạm giữ như trước, cần xác nhận)"


@pytest.fixture
def district_heads_by_the_director_general():
    return delegation_add(
        actor=None,
        post="district_head",
        appointer="director_general",
        valid_from=date(2026, 1, 15),
        source=CIRCULAR,
    )


def appoint(actor, person, on=ON, post="district_head"):
    return services.leadership_decide(
        actor=actor, person=person, kind="appointment", post=post, signed_on=on, **YES
    )


def test_the_decision_on_a_post_is_signed_as_the_table_says_and_shows_its_source(
    client, service, director01, dg, district_heads_by_the_director_general
):
    person = f.person("Hoàng Văn Nam", service.d001, "officer_junior")
    with pytest.raises(DomainError) as exc:
        appoint(director01, person)
    assert exc.value.code == CareersError.WRONG_SIGNER
    decision = appoint(dg, person)
    assert decision.signer == "director_general"
    assert LeadershipPost.objects.get(person=person).appointed_by == "director_general"
    answer = next(a for a in decision.rule_answers if a["rule"] == "leadership.appointer")
    assert answer["outcome"]["appointed_by"] == "director_general"
    assert answer["delegation"]["source"] == CIRCULAR
    assert any(r["code"] == "delegation_source" for r in answer["reasons"])
    client.force_login(dg)
    page = client.get(reverse("decision-detail", args=[decision.pk])).content.decode()
    assert CIRCULAR in page and "15/01/2026" in page


def test_before_the_new_row_the_carried_over_delegation_applies(
    service, director01, district_heads_by_the_director_general
):
    person = f.person("Hoàng Văn Nam", service.d001, "officer_junior")
    decision = appoint(director01, person, on=date(2026, 1, 14))
    answer = decision.rule_answers[-1]
    assert (answer["outcome"]["appointed_by"], answer["delegation"]["source"]) == (
        "provincial_director",
        SOURCE_2025,
    )


def test_who_is_consulted_before_a_transfer_is_the_appointer_of_the_day(
    service, people, dg, district_heads_by_the_director_general
):
    """The district head was appointed in 2024 by the provincial director; from 15/01/2026 the
    director general appoints district heads, so he is the one consulted (70.1.c)."""
    person_appoint(actor=None, person=people.d001, post="district_head", on=date(2024, 1, 1))
    assert LeadershipPost.objects.get(person=people.d001).appointed_by == "provincial_director"
    transfer = services.transfer_propose(
        actor=None,
        person=people.d001,
        kind="mobilization",
        to_authority=service.d002,
        starts_on=ON,
    )
    assert transfer.must_consult == "director_general"
    assert transfer.rule_answer["outcome"]["point"] == "c"


def test_the_transfer_decision_keeps_the_delegation_it_consulted(service, people, director01):
    person_appoint(actor=None, person=people.d001, post="district_head", on=date(2024, 1, 1))
    transfer = services.transfer_propose(
        actor=None,
        person=people.d001,
        kind="mobilization",
        to_authority=service.d002,
        starts_on=ON,
    )
    assert transfer.must_consult == "provincial_director"
    services.transfer_consult(
        actor=None, transfer=transfer, consulted_on=date(2026, 8, 10), note="Đồng ý"
    )
    decision = services.transfer_decide(actor=director01, transfer=transfer, signed_on=ON)
    rules = [a["rule"] for a in decision.rule_answers]
    assert rules == ["transfer.authority", "leadership.appointer"]
    assert decision.rule_answers[1]["delegation"]["source"] == SOURCE_2025


@pytest.mark.parametrize(
    ("post", "grade"),
    [
        pytest.param("district_head", "officer_junior", id="Đ72.1 head of a regional office"),
        pytest.param(
            "deputy_district_head", "officer_junior", id="Đ72.1 deputy head of a regional office"
        ),
    ],
)
def test_the_head_of_a_regional_office_is_appointed_by_the_provincial_agency(
    two_level, post, grade
):
    director = signs_for(
        f.user("truong.t01", "provincial_personnel", two_level.t01), "provincial_director"
    )
    person = f.person("Đinh Thị Khu", two_level.r0101, grade, gender="F", on=date(2025, 8, 1))
    decision = appoint(director, person, on=date(2025, 9, 1), post=post)
    assert (decision.signer, decision.authority) == ("provincial_director", two_level.t01)
    person.refresh_from_db()
    assert person.post == post and person.authority == two_level.r0101
    assert decision.rule_answers[-1]["delegation"]["source"] == SOURCE_2025


def test_a_provincial_post_is_refused_at_a_regional_office(two_level):
    from django.core.exceptions import ValidationError

    person = f.person("Đinh Thị Khu", two_level.r0101, "officer_senior", on=date(2025, 8, 1))
    with pytest.raises(ValidationError) as exc:
        appoint(None, person, on=date(2025, 9, 1), post="deputy_provincial_director")
    assert "post" in exc.value.message_dict
