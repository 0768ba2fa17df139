"""/api/v1/protection: cases, inspections (recusal, confidentiality), incidents and operations
through the API — scoped like the pages, refusals as 400 with their clause, never 500."""

import pytest

from tests import factories as f
from thads.accounts.models import Profile
from thads.people.services import relative_add
from thads.protection.errors import ProtectionError
from thads.protection.models import Case, Incident, Inspection

PARTY = {
    "kind": "person",
    "name": "Trần Văn Bảo",
    "date_of_birth": "1960-03-04",
    "national_id": "001060000111",
}


def post(client, url, body=None):
    return client.post(url, body or {}, content_type="application/json")


@pytest.fixture
def case_id(client, users):
    client.force_login(users.bob)
    r = post(
        client,
        "/api/v1/protection/cases",
        {
            "number": "123/QĐ-CCTHADS",
            "judgment_ref": "Bản án 45/2025/DS-ST",
            "opened_on": "2026-01-10",
            "parties": [PARTY],
        },
    )
    assert r.status_code == 201, r.content
    client.logout()
    return r.json()["id"]


@pytest.fixture
def inspector(service, users):
    person = f.person("Đỗ Minh Khôi", service.p01, "inspector")
    Profile.objects.filter(user=users.ivan).update(person=person)
    return person


def test_case_is_opened_in_the_users_authority_and_listed_in_scope(client, case_id, users, service):
    case = Case.objects.get(pk=case_id)
    assert case.authority == service.d001 and case.parties.count() == 1
    for persona, seen in [("bob", True), ("alice", True), ("carol", False)]:
        client.force_login(getattr(users, persona))
        ids = [c["id"] for c in client.get("/api/v1/protection/cases").json()]
        assert (case_id in ids) is seen, persona


def test_bad_case_input_is_400_with_fields_and_nothing_saved(client, users, people):
    client.force_login(users.bob)
    r = post(
        client,
        "/api/v1/protection/cases",
        {
            "number": "",
            "judgment_ref": "BA 1",
            "opened_on": "2026-02-30",
            "officer_id": people.p79.pk,
            "parties": [{"name": "X", "national_id": "12"}],
        },
    )
    assert r.status_code == 400
    assert not Case.objects.exists()
    r = post(
        client,
        "/api/v1/protection/cases",
        {
            "number": "1",
            "judgment_ref": "BA 1",
            "opened_on": "2026-02-01",
            "officer_id": people.p79.pk,
        },
    )
    assert r.status_code == 400 and "officer_id" in r.json()["error"]["fields"]
    assert not Case.objects.exists()


def test_inspection_order_assign_recusal_and_confidential_file(client, case_id, users, inspector):
    client.force_login(users.ivan)
    r = post(
        client, "/api/v1/protection/inspections", {"decision_ref": "1/QĐ", "case_ids": [case_id]}
    )
    assert r.status_code == 403 and not Inspection.objects.exists()

    client.force_login(users.alice)
    r = post(
        client,
        "/api/v1/protection/inspections",
        {"decision_ref": "12/QĐ-KT", "case_ids": [case_id]},
    )
    assert r.status_code == 201
    pk = r.json()["id"]

    relative_add(
        actor=None,
        person=inspector,
        relationship="spouse_parent",
        full_name="Tên Khác",
        national_id="001060000111",
    )
    r = post(
        client, f"/api/v1/protection/inspections/{pk}/inspectors", {"inspector_id": inspector.pk}
    )
    assert r.status_code == 400
    error = r.json()["error"]
    assert error["code"] == ProtectionError.RECUSAL
    assert error["citation"] == "điểm b khoản 4 Điều 68 Nghị định số 62/2015/NĐ-CP"
    assert "001060000111" not in r.content.decode()
    assert Inspection.objects.get(pk=pk).inspectors.count() == 0

    inspector.relatives.all().delete()
    r = post(
        client, f"/api/v1/protection/inspections/{pk}/inspectors", {"inspector_id": inspector.pk}
    )
    assert r.status_code == 200 and r.json()["inspector_ids"] == [inspector.pk]

    client.force_login(users.ivan)
    assert (
        post(
            client, f"/api/v1/protection/inspections/{pk}/notes", {"text": "Sai sót kê biên"}
        ).status_code
        == 201
    )
    assert (
        client.get(f"/api/v1/protection/inspections/{pk}/file").json()["notes"][0]["text"]
        == "Sai sót kê biên"
    )

    client.force_login(users.audrey)
    assert client.get(f"/api/v1/protection/inspections/{pk}/file").status_code == 403
    client.force_login(users.carol)
    assert client.get(f"/api/v1/protection/inspections/{pk}/file").status_code == 404

    client.force_login(users.alice)
    r = post(
        client, f"/api/v1/protection/inspections/{pk}/conclusion", {"text": "Yêu cầu khắc phục"}
    )
    assert r.status_code == 200 and r.json()["status"] == "concluded"
    client.force_login(users.audrey)
    body = client.get(f"/api/v1/protection/inspections/{pk}/file").json()
    assert body["conclusion"] == "Yêu cầu khắc phục" and len(body["notes"]) == 1


def test_unknown_case_in_an_inspection_order_is_a_field_error(client, users, case_id):
    client.force_login(users.carol)
    r = post(
        client, "/api/v1/protection/inspections", {"decision_ref": "1/QĐ", "case_ids": [case_id]}
    )
    assert r.status_code == 400 and "case_ids" in r.json()["error"]["fields"]


def test_incident_report_and_filter(client, users, case_id):
    client.force_login(users.bob)
    body = {
        "occurred_on": "2026-03-02",
        "place": "Phường Kim Mã",
        "kind": "threat",
        "case_id": case_id,
        "description": "Tin nhắn đe dọa qua điện thoại",
        "reported_police": True,
    }
    r = post(client, "/api/v1/protection/incidents", body)
    assert r.status_code == 201, r.content
    assert Incident.objects.get().case_id == case_id
    assert len(client.get("/api/v1/protection/incidents?kind=threat").json()) == 1
    assert client.get("/api/v1/protection/incidents?kind=violence").json() == []
    r = post(client, "/api/v1/protection/incidents", body | {"kind": "gossip"})
    assert r.status_code == 400 and "kind" in str(r.json()["error"]["fields"])
    r = post(client, "/api/v1/protection/incidents", body | {"occurred_on": "2099-01-01"})
    assert r.status_code == 400 and "occurred_on" in r.json()["error"]["fields"]
    assert Incident.objects.count() == 1
    client.force_login(users.carol)
    assert client.get("/api/v1/protection/incidents").json() == []


def test_operation_is_assessed_before_approval(client, users, case_id):
    client.force_login(users.bob)
    incident = {
        "occurred_on": "2026-03-02",
        "place": "Số 5 phố Kim Mã",
        "kind": "violence",
        "case_id": case_id,
        "description": "Hành hung cán bộ",
    }
    assert post(client, "/api/v1/protection/incidents", incident).status_code == 201
    plan = {"planned_on": "2026-12-15", "place": "Số 5 phố Kim Mã", "police_officers": 0}
    r = post(client, f"/api/v1/protection/cases/{case_id}/operations", plan)
    assert r.status_code == 201 and r.json()["risk_level"] == ""
    bare = r.json()["id"]
    r = post(client, f"/api/v1/protection/operations/{bare}/approval", {"protection_measures": "x"})
    assert r.status_code == 400 and r.json()["error"]["code"] == ProtectionError.NOT_ASSESSED
    r = post(client, f"/api/v1/protection/operations/{bare}/assessment")
    assert r.status_code == 200 and r.json()["risk_level"] == "high"
    assert r.json()["risk_reasons"]
    # High risk with no police asked for: refused even with measures written.
    r = post(client, f"/api/v1/protection/operations/{bare}/approval", {"protection_measures": "x"})
    assert r.status_code == 400 and "protection_measures" in r.json()["error"]["fields"]

    r = post(
        client, f"/api/v1/protection/cases/{case_id}/operations", plan | {"police_officers": 6}
    )
    pk = r.json()["id"]
    r = post(client, f"/api/v1/protection/operations/{pk}/assessment")
    assert r.json()["risk_level"] == "medium"  # enough police asked for: one reason fewer
    assert "few_police" not in [reason["code"] for reason in r.json()["risk_reasons"]]
    measures = {"protection_measures": "Công an phường bảo vệ đoàn", "relatives_protection": ""}
    r = post(client, f"/api/v1/protection/operations/{pk}/approval", measures)
    assert r.status_code == 200 and r.json()["status"] == "approved"
    client.force_login(users.carol)
    assert post(client, f"/api/v1/protection/operations/{pk}/assessment").status_code == 404


@pytest.mark.parametrize("case_ids", [[2**70], [-1], [0], ["abc"]], ids=repr)
def test_absurd_case_ids_in_an_inspection_order_are_400_not_500(client, users, case_id, case_ids):
    client.force_login(users.alice)
    r = post(
        client, "/api/v1/protection/inspections", {"decision_ref": "1/QĐ", "case_ids": case_ids}
    )
    assert r.status_code == 400 and "case_ids" in str(r.json()["error"]["fields"])
    assert not Inspection.objects.exists()


@pytest.mark.parametrize(
    "url",
    [
        "/api/v1/protection/inspections/{big}/file",
        "/api/v1/protection/inspections/abc/file",
    ],
)
def test_absurd_ids_in_the_path_are_404(client, users, url):
    client.force_login(users.alice)
    assert client.get(url.format(big=2**70)).status_code == 404
