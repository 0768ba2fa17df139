"""/api/v1/equipment: cards and support tools through the API, scoped, errors as 400."""

import pytest

from thads.equipment import tools
from thads.equipment.errors import EquipmentError
from thads.equipment.models import Card, Handover


@pytest.fixture
def bob(client, users):
    client.force_login(users.bob)
    return client


def post(client, url, body):
    return client.post(url, body, content_type="application/json")


def test_card_lifecycle(bob, people):
    r = post(bob, "/api/v1/equipment/cards", {"person_id": people.d001.pk})
    assert r.status_code == 201 and r.json()["kind"] == "officer"
    card_id = r.json()["id"]
    assert (
        post(bob, "/api/v1/equipment/cards", {"person_id": people.d001.pk}).json()["error"]["code"]
        == EquipmentError.HAS_CARD
    )
    r = post(
        bob,
        f"/api/v1/equipment/cards/{card_id}/loss",
        {"lost_on": "2026-05-01", "police_station": "", "authority_notified_on": "2026-05-01"},
    )
    assert r.status_code == 400 and "police_station" in r.json()["error"]["fields"]
    r = post(
        bob,
        f"/api/v1/equipment/cards/{card_id}/loss",
        {
            "lost_on": "2026-05-01",
            "police_station": "CA phường",
            "authority_notified_on": "2026-05-01",
        },
    )
    assert r.json()["status"] == "lost"
    assert bob.get("/api/v1/equipment/cards?status=lost").json()["count"] == 1


def test_card_for_a_secretary_is_refused_with_the_clause(bob, people):
    from tests import factories as f

    secretary = f.person("Phạm Văn Thư", people.d001.authority, "secretary")
    r = post(bob, "/api/v1/equipment/cards", {"person_id": secretary.pk})
    assert r.status_code == 400
    assert r.json()["error"] == {
        "code": EquipmentError.NO_CARD,
        "message": r.json()["error"]["message"],
        "citation": "khoản 1 Điều 73 Nghị định số 62/2015/NĐ-CP",
    }


def test_card_outside_scope_is_a_field_error(bob, people):
    r = post(bob, "/api/v1/equipment/cards", {"person_id": people.p79.pk})
    assert r.status_code == 400 and "person_id" in r.json()["error"]["fields"]
    assert not Card.objects.exists()


def test_tool_handover_and_return(bob, people, service, users):
    baton = tools.tool_receive(
        actor=users.bob, authority=service.d001, kind="rubber_baton", serial="CS-1"
    )
    tools.tool_receive(actor=users.bob, authority=service.d001, kind="ammunition", quantity=20)
    stock = bob.get(f"/api/v1/equipment/tools?authority_id={service.d001.pk}").json()
    assert stock["counted"] == {"ammunition": 20} and stock["items"][0]["serial"] == "CS-1"
    body = {
        "authority_id": service.d001.pk,
        "recipient_id": people.d001.pk,
        "purpose": "Cưỡng chế",
        "item_ids": [baton.pk],
        "quantities": {"ammunition": 5},
    }
    r = post(bob, "/api/v1/equipment/tools/handovers", body)
    assert r.status_code == 201 and r.json()["receipt_pdf"].endswith("receipt.pdf")
    r = post(bob, f"/api/v1/equipment/tools/handovers/{r.json()['id']}/return", {})
    assert r.status_code == 200 and r.json()["returned_on"] is not None


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"quantities": {"gun": 1}}, "quantities.gun"),
        ({"purpose": ""}, "purpose"),
        ({"item_ids": [999999]}, "item_ids"),
    ],
)
def test_bad_handover_input_is_400(bob, people, service, change, field):
    body = {
        "authority_id": service.d001.pk,
        "recipient_id": people.d001.pk,
        "purpose": "x",
        **change,
    }
    r = post(bob, "/api/v1/equipment/tools/handovers", body)
    assert r.status_code == 400 and any(k.startswith(field) for k in r.json()["error"]["fields"])
    assert not Handover.objects.exists()
