"""One URL and one view per action: each validates its input with a form (400 with the field
errors and nothing saved), gets its record through the access funnel, calls one service."""

import pytest
from django.urls import reverse

from tests import factories as f
from thads.accounts.models import Profile
from thads.protection.models import Asset, FileNote, Inspection, PaymentDemand
from thads.protection.operations import ERR_APPROVED, ERR_NOT_ASSESSED
from thads.protection.services import ERR_CONCLUDED, ERR_NO_CASES


@pytest.fixture
def inspector(service, users, records):
    person = f.person("Đỗ Minh Khôi", service.p01, "inspector")
    Profile.objects.filter(user=users.ivan).update(person=person)
    records.inspection.inspectors.add(person)
    return person


# ---------------------------------------------------------------- ordering an inspection


@pytest.mark.parametrize(
    "cases", [["abc"], ["1.5"], [str(2**70)], []], ids=["letters", "decimal", "absurd", "none"]
)
def test_order_with_a_bad_case_id_is_400_with_the_field_error(client, records, users, cases):
    client.force_login(users.alice)
    before = Inspection.objects.count()
    r = client.post(reverse("inspection-order"), {"decision_ref": "2/QĐ-KT", "cases": cases})
    assert r.status_code == 400
    assert "cases" in r.context["order_form"].errors
    assert Inspection.objects.count() == before


def test_order_with_a_case_outside_the_scope_is_400(client, records, users):
    client.force_login(users.carol)
    r = client.post(
        reverse("inspection-order"), {"decision_ref": "2/QĐ", "cases": [records.case.pk]}
    )
    assert r.status_code == 400 and "cases" in r.context["order_form"].errors
    assert Inspection.objects.count() == 1


def test_order_without_a_decision_is_400(client, records, users):
    client.force_login(users.alice)
    r = client.post(reverse("inspection-order"), {"decision_ref": " ", "cases": [records.case.pk]})
    assert r.status_code == 400 and "decision_ref" in r.context["order_form"].errors
    r = client.post(reverse("inspection-order"), {"decision_ref": "2/QĐ"})
    assert str(ERR_NO_CASES) in r.content.decode()


def test_order_is_recorded(client, records, users, service):
    client.force_login(users.alice)
    r = client.post(
        reverse("inspection-order"), {"decision_ref": "2/QĐ-KT", "cases": [records.case.pk]}
    )
    inspection = Inspection.objects.get(decision_ref="2/QĐ-KT")
    assert r.status_code == 302 and r["Location"] == reverse(
        "inspection-detail", args=[inspection.pk]
    )
    assert (inspection.authority, inspection.decided_by) == (service.p01, users.alice)
    assert list(inspection.cases.all()) == [records.case]


def test_only_a_head_with_the_permission_orders(client, records, users):
    client.force_login(users.ivan)
    r = client.post(reverse("inspection-order"), {"decision_ref": "2/QĐ", "cases": ["abc"]})
    assert r.status_code == 403 and Inspection.objects.count() == 1


# ---------------------------------------------------------------- assign, note, conclude


@pytest.mark.parametrize("value", ["abc", "", str(2**70), "999999"])
def test_assign_with_a_bad_inspector_id_is_400(client, records, users, value):
    client.force_login(users.alice)
    r = client.post(
        reverse("inspection-assign", args=[records.inspection.pk]), {"inspector": value}
    )
    assert r.status_code == 400 and "inspector" in r.context["assign_form"].errors
    assert not records.inspection.inspectors.exists()


def test_assign_someone_outside_the_scope_is_400(client, records, users, people):
    client.force_login(users.alice)
    url = reverse("inspection-assign", args=[records.inspection.pk])
    assert client.post(url, {"inspector": people.p79.pk}).status_code == 400
    assert not records.inspection.inspectors.exists()


def test_assign_a_non_inspector_shows_the_refusal(client, records, users, people):
    client.force_login(users.alice)
    url = reverse("inspection-assign", args=[records.inspection.pk])
    r = client.post(url, {"inspector": people.d001.pk})
    assert r.status_code == 400 and "inspector" in r.context["assign_form"].errors
    assert not records.inspection.inspectors.exists()


def test_assign_an_inspector(client, records, users, service):
    person = f.person("Đỗ Minh Khôi", service.p01, "inspector")
    client.force_login(users.alice)
    r = client.post(
        reverse("inspection-assign", args=[records.inspection.pk]), {"inspector": person.pk}
    )
    assert r.status_code == 302
    assert list(records.inspection.inspectors.all()) == [person]


@pytest.mark.parametrize(("persona", "status"), [("audrey", 403), ("ivan", 403), ("carol", 404)])
def test_assign_needs_the_scope_then_the_permission(client, records, users, persona, status):
    client.force_login(getattr(users, persona))
    r = client.post(reverse("inspection-assign", args=[records.inspection.pk]), {"inspector": "1"})
    assert r.status_code == status


def test_the_inspector_adds_a_note_and_others_are_refused(client, records, users, inspector):
    url = reverse("inspection-note-add", args=[records.inspection.pk])
    client.force_login(users.ivan)
    assert client.post(url, {"text": " "}).status_code == 400
    r = client.post(url, {"text": "Sai sót kê biên"})
    assert r.status_code == 302
    assert FileNote.objects.get().author == users.ivan
    client.force_login(users.audrey)
    assert client.post(url, {"text": "x"}).status_code == 403
    client.force_login(users.bob)
    assert client.post(url, {"text": "x"}).status_code == 404
    assert FileNote.objects.count() == 1


def test_only_the_deciding_head_concludes(client, records, users, inspector):
    url = reverse("inspection-conclude", args=[records.inspection.pk])
    client.force_login(users.ivan)
    assert client.post(url, {"conclusion": "Không phát hiện vi phạm"}).status_code == 403
    client.force_login(users.alice)
    r = client.post(url, {"conclusion": "ngắn"})
    assert r.status_code == 400 and "conclusion" in r.context["conclusion_form"].errors
    records.inspection.refresh_from_db()
    assert records.inspection.status == "open"
    assert client.post(url, {"conclusion": "Không phát hiện vi phạm"}).status_code == 302
    records.inspection.refresh_from_db()
    assert records.inspection.status == "concluded"
    r = client.post(url, {"conclusion": "Kết luận lần hai"})
    assert r.status_code == 400 and str(ERR_CONCLUDED) in r.content.decode()


def test_the_old_action_dispatcher_is_gone(client, records, users):
    client.force_login(users.alice)
    assert client.post(f"/inspections/{records.inspection.pk}/publish/").status_code == 404
    assert client.post(f"/cases/{records.case.pk}/add/party/").status_code == 404


# ---------------------------------------------------------------- assets and demands


def test_an_asset_is_recorded(client, records, users):
    client.force_login(users.bob)
    r = client.post(
        reverse("case-asset-add", args=[records.case.pk]),
        {
            "description": "Nhà số 5",
            "value_at_judgment": "1000",
            "value_now": "1300",
            "party_requested": "on",
        },
    )
    assert r.status_code == 302 and r["Location"] == reverse("case-detail", args=[records.case.pk])
    asset = Asset.objects.get()
    assert (asset.description, asset.value_now, asset.party_requested) == ("Nhà số 5", 1300, True)


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ({"description": "Xe", "value_at_judgment": "abc", "value_now": "1"}, "value_at_judgment"),
        ({"description": "Xe", "value_at_judgment": "0", "value_now": "1"}, "value_at_judgment"),
        ({"description": "Xe", "value_at_judgment": "10"}, "value_now"),
        ({"value_at_judgment": "10", "value_now": "1"}, "description"),
    ],
    ids=["not a number", "zero (service)", "no value now (service)", "no description"],
)
def test_a_bad_asset_is_400_with_the_field_error(client, records, users, data, field):
    client.force_login(users.bob)
    r = client.post(reverse("case-asset-add", args=[records.case.pk]), data)
    assert r.status_code == 400 and field in r.context["asset_form"].errors
    assert not Asset.objects.exists()


def test_a_demand_is_recorded_and_a_bad_date_refused(client, records, users):
    client.force_login(users.bob)
    url = reverse("case-demand-add", args=[records.case.pk])
    r = client.post(url, {"received_on": "2026-02-30"})
    assert r.status_code == 400 and "received_on" in r.context["demand_form"].errors
    assert client.post(url, {"received_on": "2026-02-03", "paid_in_full": "on"}).status_code == 302
    demand = PaymentDemand.objects.get()
    assert (str(demand.received_on), demand.paid_in_full) == ("2026-02-03", True)


@pytest.mark.parametrize(("persona", "status"), [("audrey", 403), ("carol", 404)])
def test_case_actions_need_the_scope_then_the_permission(client, records, users, persona, status):
    client.force_login(getattr(users, persona))
    for route in ("case-asset-add", "case-demand-add", "operation-new"):
        assert client.post(reverse(route, args=[records.case.pk]), {}).status_code == status
    assert not Asset.objects.exists() and not PaymentDemand.objects.exists()


# ---------------------------------------------------------------- operations


def test_a_bad_plan_is_400_with_the_field_error(client, records, users):
    client.force_login(users.bob)
    r = client.post(
        reverse("operation-new", args=[records.case.pk]),
        {"planned_on": "hôm nay", "place": "X", "police_officers": "-3"},
    )
    assert r.status_code == 400
    assert {"planned_on", "police_officers"} <= set(r.context["operation_form"].errors)
    assert records.case.operations.count() == 1


def test_assess_then_approve_each_by_its_own_url(client, records, users):
    client.force_login(users.bob)
    pk = records.operation.pk
    r = client.post(reverse("operation-approve", args=[pk]), {"protection_measures": "x"})
    assert r.status_code == 400 and str(ERR_NOT_ASSESSED) in r.content.decode()
    assert client.post(reverse("operation-assess", args=[pk])).status_code == 302
    r = client.post(
        reverse("operation-approve", args=[pk]), {"protection_measures": "Công an đi cùng"}
    )
    assert r.status_code == 302
    records.operation.refresh_from_db()
    assert (records.operation.status, records.operation.approved_by) == ("approved", users.bob)
    assert records.operation.protection_measures == "Công an đi cùng"
    r = client.post(reverse("operation-assess", args=[pk]))
    assert r.status_code == 400 and str(ERR_APPROVED) in r.content.decode()
    records.operation.refresh_from_db()
    assert records.operation.status == "approved"


# ---------------------------------------------------------------- incidents


def test_follow_up_offers_and_accepts_only_the_allowed_moves(client, records, users):
    client.force_login(users.alice)
    url = reverse("incident-follow-up", args=[records.incident.pk])
    assert client.post(url, {"status": "follow_up", "measures": "Báo công an"}).status_code == 302
    r = client.get(reverse("incident-detail", args=[records.incident.pk]))
    assert [v for v, _l in r.context["form"].fields["status"].choices] == ["follow_up", "closed"]
    r = client.post(url, {"status": "open", "measures": "—"})
    assert r.status_code == 400 and "status" in r.context["form"].errors
    records.incident.refresh_from_db()
    assert (records.incident.status, records.incident.measures) == ("follow_up", "Báo công an")


@pytest.mark.parametrize(("persona", "status"), [("audrey", 403), ("carol", 404)])
def test_follow_up_needs_the_scope_then_the_permission(client, records, users, persona, status):
    client.force_login(getattr(users, persona))
    url = reverse("incident-follow-up", args=[records.incident.pk])
    assert client.post(url, {"status": "closed"}).status_code == status
    records.incident.refresh_from_db()
    assert records.incident.status == "open"


@pytest.mark.parametrize("route", ["case-list", "inspection-list", "incident-list"])
def test_lists_query_count_is_constant(
    client, records, users, service, route, django_assert_max_num_queries
):
    from thads.protection import services
    from thads.protection.incidents import incident_report

    for n in range(5):
        case = services.case_open(
            actor=users.bob,
            authority=service.d002,
            number=f"{n}/2026",
            judgment_ref="BA",
            opened_on=records.case.opened_on,
        )
        incident_report(
            actor=users.bob,
            authority=service.d002,
            data={
                "occurred_on": case.opened_on,
                "place": "P",
                "kind": "threat",
                "case": case,
                "description": "x",
            },
        )
    client.force_login(users.alice)
    with django_assert_max_num_queries(12):
        assert client.get(reverse(route)).status_code == 200
