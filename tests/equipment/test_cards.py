"""Cards (Art. 73): issued by the rule, exchanged on a change, returned, lost — and verified
by anyone from the QR code, showing nothing but name, grade, authority and validity."""

from datetime import date

import pytest
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.urls import reverse

from thads.core.errors import DomainError
from thads.equipment import services
from thads.equipment.errors import EquipmentError
from thads.equipment.models import Card, CardStatus
from thads.people import services as people_services

ON = date(2026, 3, 2)


@pytest.fixture(autouse=True)
def _fresh_rate_limit():
    cache.clear()


def test_officer_gets_an_officer_card(people):
    card = services.card_issue(actor=None, person=people.d001, on=ON)
    assert (card.kind, card.number, card.status) == ("officer", "CHV-000001", "valid")
    assert card.valid_until == date(2031, 3, 2)
    assert len(card.token) >= 32


def test_inspector_gets_an_inspector_card(people):
    assert services.card_issue(actor=None, person=people.central, on=ON).kind == "inspector"


def test_a_secretary_gets_no_card_and_is_told_why(people):
    with pytest.raises(DomainError) as exc:
        services.card_issue(actor=None, person=people.d002, on=ON)
    assert exc.value.code == EquipmentError.NO_CARD
    assert exc.value.citation == "khoản 1 Điều 73 Nghị định số 62/2015/NĐ-CP"
    assert not Card.objects.exists()


def test_no_second_valid_card(people):
    services.card_issue(actor=None, person=people.d001, on=ON)
    with pytest.raises(DomainError) as exc:
        services.card_issue(actor=None, person=people.d001, on=ON)
    assert exc.value.code == EquipmentError.HAS_CARD


def test_grade_change_flags_the_card_for_exchange_and_exchange_issues_a_new_one(people, users):
    card = services.card_issue(actor=None, person=people.d001, on=ON)
    people_services.person_change_grade(
        actor=users.alice, person=people.d001, grade="officer_intermediate", on=ON
    )
    card.refresh_from_db()
    assert card.status == CardStatus.EXCHANGE_DUE
    assert card.history.latest("history_date").history_user == users.alice
    new = services.card_exchange(actor=users.alice, card=card, on=ON)
    card.refresh_from_db()
    assert (
        card.status == CardStatus.EXCHANGED
        and new.status == CardStatus.VALID
        and new.number == "CHV-000002"
    )


def test_leaving_the_officer_grade_requires_the_return(people):
    card = services.card_issue(actor=None, person=people.d001, on=ON)
    people_services.person_change_grade(actor=None, person=people.d001, grade="specialist", on=ON)
    card.refresh_from_db()
    assert card.status == CardStatus.RETURN_DUE
    services.card_return(actor=None, card=card, on=ON)
    card.refresh_from_db()
    assert card.status == CardStatus.RETURNED


def test_loss_report_needs_the_police_station(people):
    card = services.card_issue(actor=None, person=people.d001, on=ON)
    with pytest.raises(ValidationError) as exc:
        services.card_report_loss(
            actor=None, card=card, lost_on=ON, police_station=" ", authority_notified_on=ON
        )
    assert "police_station" in exc.value.message_dict
    card = services.card_report_loss(
        actor=None,
        card=card,
        lost_on=ON,
        police_station="Công an phường Điện Biên",
        authority_notified_on=ON,
    )
    assert card.status == CardStatus.LOST and card.police_station == "Công an phường Điện Biên"


def test_public_verification_shows_only_what_a_citizen_needs(client, people):
    card = services.card_issue(actor=None, person=people.p01, on=ON)
    r = client.get(reverse("card-verify", args=[card.token]))
    html = r.content.decode()
    assert r.status_code == 200 and r.context["valid"] is True
    for shown in (
        "Nguyễn Văn An",
        "Chấp hành viên trung cấp",
        people.p01.authority.name,
        "02/03/2031",
    ):
        assert shown in html
    for hidden in ("001090012345", "0912345678", "Lê Lợi", card.number, "CB0"):
        assert hidden not in html


def test_verification_of_a_lost_card_says_not_valid(client, people):
    card = services.card_issue(actor=None, person=people.p01, on=ON)
    services.card_report_loss(
        actor=None, card=card, lost_on=ON, police_station="CA", authority_notified_on=ON
    )
    assert client.get(reverse("card-verify", args=[card.token])).context["valid"] is False


def test_unknown_token_is_404_without_hints(client, people):
    r = client.get(reverse("card-verify", args=["x" * 32]))
    assert r.status_code == 404 and r.context["card"] is None


def test_verification_is_rate_limited(client, people):
    codes = [client.get(reverse("card-verify", args=[f"guess{i}"])).status_code for i in range(25)]
    assert codes[:20] == [404] * 20 and set(codes[20:]) == {429}


@pytest.mark.parametrize(
    ("persona", "status"),
    [("alice", 302), ("bob", 302), ("carol", 404), ("ivan", 403), ("audrey", 403)],
)
def test_issuing_from_the_page_is_scoped(client, users, people, persona, status):
    client.force_login(getattr(users, persona))
    r = client.post(reverse("card-issue", args=[people.d001.pk]))
    assert r.status_code == status
    assert Card.objects.filter(person=people.d001).exists() is (status == 302)


def test_refusal_on_the_page_names_the_clause(client, users, people):
    client.force_login(users.alice)
    r = client.post(reverse("card-issue", args=[people.d002.pk]), follow=True)
    assert "khoản 1 Điều 73" in r.content.decode()
    assert not Card.objects.exists()


def test_person_page_shows_the_card_with_its_qr(client, users, people):
    services.card_issue(actor=None, person=people.d001, on=ON)
    client.force_login(users.alice)
    html = client.get(reverse("person-detail", args=[people.d001.pk])).content.decode()
    assert "CHV-000001" in html and "<svg" in html and "/verify/" in html


def test_card_list_is_scoped(client, users, people):
    services.card_issue(actor=None, person=people.d001, on=ON)
    services.card_issue(actor=None, person=people.p79, on=ON)
    client.force_login(users.carol)
    numbers = [c.number for c in client.get(reverse("card-list")).context["cards"]]
    assert numbers == ["CHV-000002"]


def test_card_status_history_is_on_the_persons_page(client, users, people):
    card = services.card_issue(actor=users.alice, person=people.d001, on=ON)
    services.card_report_loss(
        actor=users.alice, card=card, lost_on=ON, police_station="CA", authority_notified_on=ON
    )
    client.force_login(users.alice)
    history = client.get(reverse("person-detail", args=[people.d001.pk])).context["history"]
    changes = [(e.subject, c.field, c.new) for e in history for c in e.changes]
    assert ("Thẻ", "trạng thái", "Đã báo mất") in changes
