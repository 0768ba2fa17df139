"""The equipment app's access funnel: every card, tool, stock, handover, plan and disposal report
is reached through `access_<entity>` — in scope it is returned, outside the scope or missing it
is the same 404, and a role without the permission gets 403 after the scope check.

Then the same answers through the pages and the API.
"""

from datetime import date

import pytest
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.urls import reverse

from thads.core.errors import CoreError
from thads.equipment import selectors, services, tools
from thads.equipment.models import Card, CardStatus, Handover, ToolItem, ToolStatus

ON = date(2026, 4, 6)


@pytest.fixture
def records(service, people, users):
    """One record of each scoped model of the app, in Hà Nội (P01, district D001)."""
    card = services.card_issue(actor=users.bob, person=people.d001, on=ON)
    baton = tools.tool_receive(
        actor=users.bob, authority=service.d001, kind="rubber_baton", serial="CS-1"
    )
    stock = tools.tool_receive(
        actor=users.bob, authority=service.d001, kind="pepper_spray", quantity=5
    )
    gun = tools.tool_receive(actor=users.bob, authority=service.d001, kind="gun", serial="S-1")
    handover = tools.tool_handover(
        actor=users.bob,
        authority=service.d001,
        recipient=people.d001,
        on=ON,
        purpose="Cưỡng chế",
        items=[gun],
    )
    plan = tools.tool_plan_line(
        actor=users.alice,
        province=service.p01,
        year=2027,
        authority=service.d001,
        kind="rubber_baton",
        requested=2,
    ).plan
    report = tools.disposal_report(actor=users.alice, province=service.p01, year=2026, on=ON)
    return {
        "card": card,
        "tool_item": baton,
        "tool_stock": stock,
        "handover": handover,
        "tool_plan": plan,
        "disposal_report": report,
    }


# (entity, the write permission a read-only role lacks)
ENTITIES = [
    ("card", "equipment.change_card"),
    ("tool_item", "equipment.change_toolitem"),
    ("tool_stock", "equipment.change_toolitem"),
    ("handover", "equipment.change_handover"),
    ("tool_plan", "equipment.add_toolplan"),
    ("disposal_report", "equipment.add_disposalreport"),
]
IDS = [e for e, _p in ENTITIES]


def _access(entity):
    return getattr(selectors, f"access_{entity}")


@pytest.mark.parametrize(("entity", "perm"), ENTITIES, ids=IDS)
def test_in_scope_the_record_is_returned(records, users, entity, perm):
    record = records[entity]
    assert _access(entity)(users.alice, record.pk) == record
    assert _access(entity)(users.alice, record.pk, perm=perm) == record
    assert _access(entity)(users.admin, str(record.pk)) == record


@pytest.mark.parametrize(("entity", "perm"), ENTITIES, ids=IDS)
def test_another_provinces_user_gets_404(records, users, entity, perm):
    with pytest.raises(Http404):
        _access(entity)(users.carol, records[entity].pk)


@pytest.mark.parametrize(("entity", "perm"), ENTITIES, ids=IDS)
@pytest.mark.parametrize("pk", [999_999, "abc", "", None, -1, 2**70])
def test_a_missing_or_absurd_id_is_404(records, users, entity, perm, pk):
    with pytest.raises(Http404):
        _access(entity)(users.admin, pk)


@pytest.mark.parametrize(("entity", "perm"), ENTITIES, ids=IDS)
def test_a_read_only_role_gets_403_on_a_write(records, users, entity, perm):
    record = records[entity]
    assert _access(entity)(users.audrey, record.pk) == record
    with pytest.raises(PermissionDenied):
        _access(entity)(users.audrey, record.pk, perm=perm)


def test_outside_the_scope_comes_before_the_permission(records, service, users):
    """An inspector of P79 lacks the permission too: the answer is still 404, not 403."""
    from tests import factories as f

    assert selectors.access_card(users.ivan, records["card"].pk) == records["card"]
    with pytest.raises(PermissionDenied):
        selectors.access_card(users.ivan, records["card"].pk, perm="equipment.change_card")
    hcm_inspector = f.user("ian", "inspector", service.p79)
    with pytest.raises(Http404):
        selectors.access_card(hcm_inspector, records["card"].pk, perm="equipment.change_card")


def test_lists_show_only_the_scope(records, users):
    assert list(selectors.cards_visible_to(users.carol)) == []
    assert list(selectors.cards_visible_to(users.alice)) == [records["card"]]
    assert selectors.handovers_visible_to(users.carol).count() == 0
    assert selectors.tool_items_visible_to(users.bob).count() == 2


def test_main_lists_take_a_fixed_number_of_queries(records, users, django_assert_max_num_queries):
    assert users.admin.profile.authority  # the scope is read once per request
    with django_assert_max_num_queries(1):
        [c.person.authority.name for c in selectors.cards_visible_to(users.admin)]
    with django_assert_max_num_queries(1):
        [
            (h.authority.name, h.recipient.authority.name)
            for h in selectors.handovers_visible_to(users.admin)
        ]


# ---------------------------------------------------------------- the same answers on the pages


CARD_STEPS = ["card-return", "card-exchange", "card-report-loss"]


@pytest.mark.parametrize("step", CARD_STEPS)
@pytest.mark.parametrize(
    ("persona", "status"), [("alice", 302), ("carol", 404), ("audrey", 403), ("ivan", 403)]
)
def test_card_steps_are_scoped(client, records, users, step, persona, status):
    card = records["card"]
    client.force_login(getattr(users, persona))
    body = {"lost_on": "2026-04-06", "police_station": "CA", "authority_notified_on": "2026-04-06"}
    r = client.post(reverse(step, args=[card.pk]), body)
    assert r.status_code == status
    card.refresh_from_db()
    assert (card.status == CardStatus.VALID) is (status != 302)


@pytest.mark.parametrize("step", CARD_STEPS)
def test_a_missing_card_is_the_same_404(client, records, users, step):
    client.force_login(users.alice)
    assert client.post(reverse(step, args=[999_999])).status_code == 404


def test_card_steps_on_the_persons_page(client, records, users):
    card = records["card"]
    client.force_login(users.alice)
    r = client.post(reverse("card-exchange", args=[card.pk]))
    assert r.status_code == 302 and r["Location"].endswith("#cards")
    card.refresh_from_db()
    new = Card.objects.exclude(pk=card.pk).get()
    assert (card.status, new.status) == (CardStatus.EXCHANGED, CardStatus.VALID)
    assert card.history.latest("history_date").history_user == users.alice
    r = client.post(
        reverse("card-report-loss", args=[new.pk]),
        {"lost_on": "2026-04-06", "police_station": "", "authority_notified_on": "2026-04-05"},
        follow=True,
    )
    new.refresh_from_db()
    assert new.status == CardStatus.VALID
    assert "Cơ quan công an đã báo" in _errors(r)
    client.post(reverse("card-return", args=[new.pk]))
    new.refresh_from_db()
    assert new.status == CardStatus.RETURNED
    r = client.post(reverse("card-return", args=[new.pk]), follow=True)
    assert "Chỉ thẻ còn hiệu lực mới được báo mất hoặc nộp lại." in _errors(r)
    assert new.history.count() == 2  # issued, returned; nothing for the refused second return


def _errors(response) -> str:
    return " ".join(str(m) for m in response.context["messages"] if m.level_tag == "error")


def test_the_old_action_dispatcher_is_gone(client, records, users):
    client.force_login(users.alice)
    assert client.post(f"/cards/{records['card'].pk}/steal/").status_code == 404


@pytest.mark.parametrize(("persona", "status"), [("alice", 200), ("carol", 404)])
def test_tool_pages_are_scoped(client, records, users, persona, status):
    client.force_login(getattr(users, persona))
    d001 = records["tool_item"].authority
    assert client.get(reverse("tool-stock"), {"authority": d001.pk}).status_code == status
    r = client.get(reverse("tool-handover-receipt", args=[records["handover"].pk]))
    assert r.status_code == status
    province = records["tool_plan"].province
    plan_url = reverse("tool-plan-detail", args=[province.pk, 2027])
    assert client.get(plan_url).status_code == status


@pytest.mark.parametrize(
    ("persona", "status"), [("bob", 302), ("carol", 404), ("audrey", 403), ("ivan", 403)]
)
def test_tool_steps_are_scoped(client, records, users, persona, status):
    client.force_login(getattr(users, persona))
    item, handover = records["tool_item"], records["handover"]
    r = client.post(reverse("tool-inspect", args=[item.pk]), {"condition": "worn"})
    assert r.status_code == status
    item.refresh_from_db()
    assert (item.condition == "worn") is (status == 302)
    r = client.post(reverse("tool-handover-return", args=[handover.pk]))
    assert r.status_code == status
    handover.refresh_from_db()
    assert (handover.returned_on is not None) is (status == 302)


def test_bad_input_on_a_tool_page_is_shown_again_with_400(client, records, users, service):
    client.force_login(users.bob)
    item = records["tool_item"]
    r = client.post(reverse("tool-inspect", args=[item.pk]), {"condition": "shiny"})
    assert r.status_code == 400 and r.context["authority"] == item.authority
    r = client.post(
        reverse("tool-receive"), {"authority": service.d001.pk, "kind": "gun", "serial": " "}
    )
    assert r.status_code == 400 and ToolItem.objects.count() == 2
    r = client.post(
        reverse("tool-handover"),
        {"authority": service.d001.pk, "recipient": "", "purpose": "x", "items": [item.pk]},
    )
    assert r.status_code == 400 and "Chọn người nhận" in r.content.decode()
    assert Handover.objects.count() == 1
    handover = records["handover"]
    client.post(reverse("tool-handover-return", args=[handover.pk]))
    r = client.post(reverse("tool-handover-return", args=[handover.pk]))
    assert r.status_code == 400  # already returned
    assert handover.lines.get().item.status == ToolStatus.IN_STOCK


def test_plan_steps(client, records, users, service):
    args = [service.p01.pk, 2027]
    client.force_login(users.alice)
    r = client.post(
        reverse("tool-plan-line", args=args),
        {"authority": service.d760.pk, "kind": "gun", "requested": 1},
    )
    assert r.status_code == 400  # HCM is not in the province
    r = client.post(
        reverse("tool-plan-line", args=args),
        {"authority": service.d002.pk, "kind": "gun", "requested": -1},
    )
    assert r.status_code == 400
    assert client.post(reverse("tool-plan-decide", args=args)).status_code == 403
    assert client.post(reverse("tool-plan-submit", args=[service.p01.pk, 2030])).status_code == 404
    assert client.post(reverse("tool-plan-submit", args=[service.p01.pk, 1800])).status_code == 404
    assert client.post(reverse("tool-plan-submit", args=[service.d001.pk, 2027])).status_code == 404
    assert client.post(reverse("tool-plan-submit", args=args)).status_code == 302
    r = client.post(reverse("tool-plan-submit", args=args))
    assert r.status_code == 400  # already submitted
    client.force_login(users.carol)
    assert client.post(reverse("tool-plan-line", args=args), {}).status_code == 404
    client.force_login(users.audrey)
    assert client.post(reverse("tool-plan-line", args=args), {}).status_code == 403


# ---------------------------------------------------------------- and through the API


@pytest.mark.parametrize("step", ["return", "exchange", "loss"])
def test_api_card_outside_the_scope_or_missing_is_the_same_404(client, records, users, step):
    body = {"lost_on": "2026-04-06", "police_station": "CA", "authority_notified_on": "2026-04-06"}
    client.force_login(users.carol)
    outside = client.post(
        f"/api/v1/equipment/cards/{records['card'].pk}/{step}",
        body,
        content_type="application/json",
    )
    missing = client.post(
        f"/api/v1/equipment/cards/999999/{step}", body, content_type="application/json"
    )
    assert outside.status_code == missing.status_code == 404
    assert outside.json() == missing.json()
    assert outside.json()["error"]["code"] == CoreError.NOT_FOUND
    client.force_login(users.audrey)
    r = client.post(
        f"/api/v1/equipment/cards/{records['card'].pk}/{step}",
        body,
        content_type="application/json",
    )
    assert r.status_code == 403
    records["card"].refresh_from_db()
    assert records["card"].status == CardStatus.VALID


def test_api_handover_return_is_scoped(client, records, users):
    url = f"/api/v1/equipment/tools/handovers/{records['handover'].pk}/return"
    client.force_login(users.carol)
    assert client.post(url).status_code == 404
    client.force_login(users.audrey)
    assert client.post(url).status_code == 403
    records["handover"].refresh_from_db()
    assert records["handover"].returned_on is None
