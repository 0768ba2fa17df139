"""Support tools (Art. 74–77): stock, handover to enforcement officers only with a receipt,
return, annual grading, disposal — nothing disappears."""

import io
import unicodedata
from datetime import date

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from pypdf import PdfReader

from thads.core.errors import DomainError
from thads.equipment import selectors, tools
from thads.equipment.errors import EquipmentError
from thads.equipment.models import Handover, PlanStatus, ToolItem, ToolStatus, ToolStock

ON = date(2026, 4, 6)


@pytest.fixture
def stocked(service, users):
    baton = tools.tool_receive(
        actor=users.bob, authority=service.d001, kind="electric_baton", serial="DC-0001"
    )
    gun = tools.tool_receive(actor=users.bob, authority=service.d001, kind="gun", serial="S-77")
    tools.tool_receive(actor=users.bob, authority=service.d001, kind="pepper_spray", quantity=10)
    return baton, gun


def test_receive_needs_a_serial_for_batons_and_an_equipped_authority(service, users):
    with pytest.raises(ValidationError):
        tools.tool_receive(actor=None, authority=service.d001, kind="rubber_baton", serial=" ")
    with pytest.raises(DomainError) as exc:
        tools.tool_receive(actor=None, authority=service.central, kind="rubber_baton", serial="X1")
    assert exc.value.citation == "khoản 1 Điều 74 Nghị định số 62/2015/NĐ-CP"


def test_handover_to_an_officer_and_return(people, users, stocked):
    baton, gun = stocked
    handover = tools.tool_handover(
        actor=users.bob,
        authority=people.d001.authority,
        recipient=people.d001,
        on=ON,
        purpose="Cưỡng chế ngày 06/04/2026",
        items=[baton, gun],
        quantities={"pepper_spray": 3},
    )
    assert handover.number == "001/2026/PGN-D001"
    baton.refresh_from_db()
    assert baton.status == ToolStatus.ISSUED
    assert ToolStock.objects.get(kind="pepper_spray").quantity == 7
    tools.tool_return(actor=users.bob, handover=handover, on=ON, returned={"pepper_spray": 1})
    baton.refresh_from_db()
    assert baton.status == ToolStatus.IN_STOCK
    assert ToolStock.objects.get(kind="pepper_spray").quantity == 8  # two sprays were used
    with pytest.raises(DomainError):
        tools.tool_return(actor=users.bob, handover=handover, on=ON)


def test_a_tool_handed_to_an_inspector_is_refused(people, users, stocked):
    baton, _gun = stocked
    inspector = people.central
    with pytest.raises(DomainError) as exc:
        tools.tool_handover(
            actor=users.admin,
            authority=people.d001.authority,
            recipient=inspector,
            on=ON,
            purpose="x",
            items=[baton],
        )
    assert exc.value.code == EquipmentError.NOT_ENFORCEMENT_OFFICER
    assert exc.value.citation == "khoản 1 Điều 74 Nghị định số 62/2015/NĐ-CP"
    baton.refresh_from_db()
    assert baton.status == ToolStatus.IN_STOCK and not Handover.objects.exists()


def test_more_than_the_stock_is_refused_and_nothing_moves(people, users, stocked):
    baton, _gun = stocked
    with pytest.raises(DomainError):
        tools.tool_handover(
            actor=users.bob,
            authority=people.d001.authority,
            recipient=people.d001,
            on=ON,
            purpose="x",
            items=[baton],
            quantities={"pepper_spray": 11},
        )
    baton.refresh_from_db()
    assert baton.status == ToolStatus.IN_STOCK and not Handover.objects.exists()
    assert ToolStock.objects.get(kind="pepper_spray").quantity == 10


def test_annual_inspection_and_disposal(service, users, stocked):
    baton, gun = stocked
    with pytest.raises(DomainError):
        tools.tool_dispose(actor=users.alice, item=baton, disposal="destruction", on=ON)
    tools.tool_inspect(actor=users.bob, item=baton, condition="beyond_repair", on=ON)
    assert list(selectors.disposal_proposal(users.alice, service.p01)) == [baton]
    assert list(selectors.disposal_proposal(users.admin, service.p79)) == []
    assert list(selectors.disposal_proposal(users.carol, service.p01)) == []
    tools.tool_dispose(actor=users.alice, item=baton, disposal="destruction", on=ON)
    baton.refresh_from_db()
    assert (baton.status, baton.disposal) == ("disposed", "destruction")
    # Nothing disappears: every state change is in the item's history.
    assert [h.status for h in baton.history.order_by("history_date")] == [
        "in_stock",
        "in_stock",
        "disposed",
    ]
    assert ToolItem.objects.count() == 2


def test_receipt_pdf_carries_the_state_format_and_the_list(client, people, users, stocked):
    baton, gun = stocked
    handover = tools.tool_handover(
        actor=users.bob,
        authority=people.d001.authority,
        recipient=people.d001,
        on=ON,
        purpose="Cưỡng chế thi hành án",
        items=[baton],
        quantities={"pepper_spray": 2},
    )
    client.force_login(users.bob)
    r = client.get(reverse("tool-handover-receipt", args=[handover.pk]))
    assert r["Content-Type"] == "application/pdf"
    raw = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(r.content)).pages)
    text = " ".join(unicodedata.normalize("NFC", raw).split())
    for expected in (
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "PHIẾU GIAO NHẬN",
        "Số: 001/2026/PGN-D001",
        "ngày 06 tháng 4 năm 2026",
        "DC-0001",
        "Trần Đức Bình",
        "Nơi nhận",
    ):
        assert expected in text, expected


@pytest.mark.parametrize(
    ("persona", "status"), [("bob", 200), ("alice", 200), ("carol", 404), ("audrey", 200)]
)
def test_handover_pages_are_scoped(client, people, users, stocked, persona, status):
    handover = tools.tool_handover(
        actor=users.bob,
        authority=people.d001.authority,
        recipient=people.d001,
        on=ON,
        purpose="x",
        items=[stocked[0]],
    )
    client.force_login(getattr(users, persona))
    assert client.get(reverse("tool-handover-detail", args=[handover.pk])).status_code == status


def test_handover_form_refusal_is_shown_with_the_clause(client, people, users, stocked):
    client.force_login(users.bob)
    r = client.post(
        reverse("tool-handover"),
        {
            "authority": people.d001.authority.pk,
            "recipient": people.d001.pk,
            "items": [stocked[0].pk],
            "purpose": "x",
        },
        follow=True,
    )
    assert r.status_code == 200 and Handover.objects.count() == 1
    from tests import factories as f

    secretary = f.person("Phạm Văn Thư", people.d001.authority, "secretary")
    r = client.post(
        reverse("tool-handover"),
        {
            "authority": people.d001.authority.pk,
            "recipient": secretary.pk,
            "items": [stocked[1].pk],
            "purpose": "x",
        },
        follow=True,
    )
    assert "khoản 1 Điều 74" in r.content.decode() and Handover.objects.count() == 1


# ---------------------------------------------------------------- the annual plan (Art. 75.1)


def test_plan_drawn_up_by_the_province_decided_by_the_director_general(service, users):
    line = tools.tool_plan_line(
        actor=users.alice,
        province=service.p01,
        year=2027,
        authority=service.d001,
        kind="rubber_baton",
        requested=4,
    )
    plan = line.plan
    with pytest.raises(ValidationError):
        tools.tool_plan_line(
            actor=users.alice,
            province=service.p01,
            year=2027,
            authority=service.d760,
            kind="rubber_baton",
            requested=1,
        )
    with pytest.raises(DomainError) as exc:
        tools.tool_plan_decide(actor=users.admin, plan=plan, on=ON, decided={})
    assert exc.value.code == EquipmentError.PLAN_STATE  # not submitted yet
    tools.tool_plan_submit(actor=users.alice, plan=plan, on=ON)
    with pytest.raises(DomainError) as exc:
        tools.tool_plan_line(
            actor=users.alice,
            province=service.p01,
            year=2027,
            authority=service.d001,
            kind="gun",
            requested=1,
        )
    assert exc.value.citation == "khoản 1 Điều 75 Nghị định số 62/2015/NĐ-CP"
    with pytest.raises(DomainError) as exc:
        tools.tool_plan_decide(actor=users.alice, plan=plan, on=ON, decided={line.pk: 2})
    assert exc.value.code == EquipmentError.NOT_DIRECTOR_GENERAL
    tools.tool_plan_decide(actor=users.admin, plan=plan, on=ON, decided={line.pk: 2})
    line.refresh_from_db()
    plan.refresh_from_db()
    assert (plan.status, line.requested, line.decided) == ("decided", 4, 2)


def test_plan_pages(client, service, users):
    client.force_login(users.alice)
    args = [service.p01.pk, 2027]
    url = reverse("tool-plan-detail", args=args)
    r = client.post(
        reverse("tool-plan-line", args=args),
        {"authority": service.d002.pk, "kind": "pepper_spray", "requested": 12},
    )
    assert r.status_code == 302
    assert client.post(reverse("tool-plan-submit", args=args)).status_code == 302
    client.force_login(users.admin)
    page = client.get(url)
    assert page.context["plan"].status == PlanStatus.SUBMITTED and page.context["can_decide"]
    line = page.context["lines"][0]
    r = client.post(reverse("tool-plan-decide", args=args), {f"decided_{line.pk}": 10})
    assert r.status_code == 302
    line.refresh_from_db()
    assert line.decided == 10 and line.plan.status == PlanStatus.DECIDED
    client.force_login(users.carol)
    assert client.get(url).status_code == 404


def test_disposal_result_reported_to_the_director_general(service, users, stocked):
    baton, gun = stocked
    for item, how in ((baton, "destruction"), (gun, "liquidation")):
        tools.tool_inspect(actor=users.bob, item=item, condition="beyond_repair", on=ON)
        tools.tool_dispose(actor=users.alice, item=item, disposal=how, on=ON)
    report = tools.disposal_report(actor=users.alice, province=service.p01, year=2026, on=ON)
    assert (report.liquidated, report.destroyed) == (1, 1)
