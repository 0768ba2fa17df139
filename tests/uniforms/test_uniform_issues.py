"""Uniform issues (Art. 83): what is due is handed over once; re-issues need a reason and an
approver (83.2.b); insignia are exchanged only after a change of grade or post (83.3)."""

from datetime import date

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from thads.core.errors import DomainError
from thads.people import services as people_services
from thads.uniforms import services
from thads.uniforms.errors import UniformsError
from thads.uniforms.models import UniformIssue

FIRST_YEAR_DAY = date(2015, 9, 1)  # the personas' first issue


def test_an_item_due_is_issued_once(people, users):
    p = people.d001
    record = services.uniform_issue(
        actor=users.alice, person=p, item="autumn_winter_uniform", quantity=2, on=FIRST_YEAR_DAY
    )
    assert (record.quantity, record.due_on, record.reason) == (2, FIRST_YEAR_DAY, "entitlement")
    with pytest.raises(DomainError) as exc:
        services.uniform_issue(
            actor=users.alice, person=p, item="autumn_winter_uniform", quantity=2, on=FIRST_YEAR_DAY
        )
    assert exc.value.code == UniformsError.ALREADY_ISSUED and "Điều 83" in exc.value.citation
    assert UniformIssue.objects.count() == 1


def test_an_item_not_due_this_year_is_refused(people, users):
    # First issue 01/09/2015: the autumn–winter uniform is next due in 2018, not 2016.
    with pytest.raises(DomainError) as exc:
        services.uniform_issue(
            actor=users.alice,
            person=people.d001,
            item="autumn_winter_uniform",
            quantity=1,
            on=date(2016, 9, 1),
        )
    assert exc.value.code == UniformsError.NOT_DUE
    record = services.uniform_issue(
        actor=users.alice,
        person=people.d001,
        item="autumn_winter_uniform",
        quantity=1,
        on=date(2018, 9, 1),
    )
    assert record.due_on == date(2018, 9, 1)


def test_more_than_the_quantity_due_is_refused(people, users):
    with pytest.raises(DomainError) as exc:
        services.uniform_issue(
            actor=users.alice,
            person=people.d001,
            item="leather_shoes",
            quantity=2,
            on=date(2020, 9, 1),
        )
    assert exc.value.code == UniformsError.TOO_MANY


def test_reissue_needs_a_reason_and_another_approver(people, users):
    with pytest.raises(ValidationError) as exc:
        services.uniform_reissue(
            actor=users.alice,
            person=people.d001,
            item="raincoat",
            quantity=1,
            on=date(2020, 1, 5),
            reason="lost",
            explanation="mất",
            approved_by=users.alice,
        )
    assert set(exc.value.message_dict) == {"explanation", "approved_by"}
    record = services.uniform_reissue(
        actor=users.alice,
        person=people.d001,
        item="raincoat",
        quantity=1,
        on=date(2020, 1, 5),
        reason="lost",
        explanation="Bị mất khi cưỡng chế ngày 03/01/2020",
        approved_by=users.admin,
    )
    assert (record.reason, record.approved_by) == ("lost", users.admin)


def test_insignia_exchange_only_after_a_change(people, users):
    services.uniform_issue(
        actor=users.alice, person=people.d001, item="insignia_set", quantity=2, on=FIRST_YEAR_DAY
    )
    with pytest.raises(DomainError) as exc:
        services.uniform_reissue(
            actor=users.alice,
            person=people.d001,
            item="insignia_set",
            quantity=1,
            on=date(2016, 1, 1),
            reason="change",
            explanation="",
            approved_by=users.admin,
        )
    assert exc.value.code == UniformsError.NO_CHANGE
    people_services.person_change_grade(
        actor=users.alice, person=people.d001, grade="officer_intermediate", on=date(2017, 1, 1)
    )
    record = services.uniform_reissue(
        actor=users.alice,
        person=people.d001,
        item="insignia_set",
        quantity=1,
        on=date(2017, 1, 2),
        reason="change",
        explanation="",
        approved_by=users.admin,
    )
    assert record.reason == "change"


def test_issue_from_the_person_page_is_scoped(client, users, people):
    client.force_login(users.carol)
    assert (
        client.post(
            reverse("uniform-issue", args=[people.d001.pk]), {"item": "raincoat", "quantity": 1}
        ).status_code
        == 404
    )
    client.force_login(users.ivan)
    assert (
        client.post(
            reverse("uniform-issue", args=[people.d001.pk]), {"item": "raincoat", "quantity": 1}
        ).status_code
        == 403
    )
    assert not UniformIssue.objects.exists()


def test_person_page_lists_items_due_and_received(client, users, people):
    client.force_login(users.alice)
    r = client.get(reverse("person-detail", args=[people.d001.pk]))
    assert r.context["uniform"]["outcome"]["items"]


def test_insignia_handed_back_when_moving_to_other_work(client, people, users):
    with pytest.raises(DomainError) as exc:
        services.insignia_hand_back(actor=users.alice, person=people.d001, on=date(2020, 1, 1))
    assert exc.value.citation == "khoản 3 Điều 83 Nghị định số 62/2015/NĐ-CP"
    services.uniform_issue(
        actor=users.alice, person=people.d001, item="insignia_set", quantity=2, on=FIRST_YEAR_DAY
    )
    client.force_login(users.alice)
    client.post(reverse("insignia-hand-back", args=[people.d001.pk]))
    assert UniformIssue.objects.get(item="insignia_set").handed_back_on is not None
