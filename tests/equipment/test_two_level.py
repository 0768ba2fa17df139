"""Equipment across the 2025 reorganisation: the regional offices are equipped like the district
offices they replaced (Art. 73–77 applied to the successors), plans name the offices of their
year, and the act hands the abolished offices' tools to their successors."""

from __future__ import annotations

from datetime import date

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from tests import factories as f
from thads.core.errors import DomainError
from thads.equipment import selectors, tools
from thads.equipment.errors import EquipmentError
from thads.equipment.models import Handover, ToolItem, ToolStatus, ToolStock
from thads.equipment.services import card_issue
from thads.rules.citations import cite

ON = date(2026, 4, 6)


def test_a_regional_office_holds_tools_and_hands_them_to_its_officers(two_level):
    office = two_level.r0101
    baton = tools.tool_receive(actor=None, authority=office, kind="electric_baton", serial="R1")
    tools.tool_receive(actor=None, authority=office, kind="pepper_spray", quantity=4)
    handover = tools.tool_handover(
        actor=None,
        authority=office,
        recipient=two_level.hanoi,
        on=ON,
        purpose="Cưỡng chế",
        items=[baton],
        quantities={"pepper_spray": 2},
    )
    assert handover.number == "001/2026/PGN-R01-01"
    assert ToolStock.objects.get(authority=office).quantity == 2
    tools.tool_return(actor=None, handover=handover, on=ON)
    baton.refresh_from_db()
    assert baton.status == ToolStatus.IN_STOCK


def test_the_central_body_and_its_units_hold_no_tools(two_level):
    for authority in (two_level.cqlthads, two_level.vp):
        with pytest.raises(DomainError) as exc:
            tools.tool_receive(actor=None, authority=authority, kind="gun", serial="X1")
        assert exc.value.code == EquipmentError.NOT_EQUIPPED
        assert exc.value.citation == cite(74, 1)


def test_a_regional_officer_gets_the_officers_card(two_level):
    card = card_issue(actor=None, person=two_level.hanoi, on=ON)
    assert card.kind == "officer"


def test_the_equipped_authorities_of_a_day(two_level):
    after = {a.code for a in selectors.equipped_authorities_visible_to(two_level.admin, ON)}
    assert {"T01", "R01-01", "T51", "R51-01", "T52"} <= after
    assert not after & {"P01", "D001", "CQLTHADS", "CQLTHADS-VP"}
    before = selectors.equipped_authorities_visible_to(two_level.admin, date(2025, 6, 30))
    assert {a.code for a in before} >= {"P01", "D001", "P62", "D610", "P64"}


def test_a_plan_names_the_offices_of_its_year(two_level):
    line = tools.tool_plan_line(
        actor=None,
        province=two_level.t01,
        year=2026,
        authority=two_level.r0101,
        kind="rubber_baton",
        requested=3,
    )
    assert line.plan.province == two_level.t01
    offices = {a.code for a in selectors.plan_authorities(two_level.admin, two_level.t01, 2026)}
    assert offices == {"T01", "R01-01"}
    with pytest.raises(ValidationError) as exc:
        tools.tool_plan_line(
            actor=None,
            province=two_level.t01,
            year=2026,
            authority=two_level.d001,
            kind="rubber_baton",
            requested=3,
        )
    assert exc.value.messages == [str(tools.ERR_OUTSIDE_PROVINCE)]
    with pytest.raises(ValidationError) as exc:
        tools.tool_plan_line(
            actor=None,
            province=two_level.p01,
            year=2026,
            authority=two_level.d001,
            kind="rubber_baton",
            requested=3,
        )
    assert exc.value.messages == [str(tools.ERR_NOT_IN_YEAR)]
    old = tools.tool_plan_line(
        actor=None,
        province=two_level.p01,
        year=2025,
        authority=two_level.d001,
        kind="rubber_baton",
        requested=1,
    )
    assert old.plan.year == 2025


def test_the_plan_page_offers_the_regional_offices(client, two_level):
    client.force_login(two_level.admin)
    page = client.get(reverse("tool-plan-detail", args=[two_level.t01.pk, 2026]))
    assert page.status_code == 200
    assert {a.code for a in page.context["authorities"]} == {"T01", "R01-01"}


@pytest.fixture
def d001_equipped(two_level):
    officer = f.person("Phan Văn Cũ", two_level.d001, "officer_junior", on=date(2020, 1, 6))
    baton = tools.tool_receive(
        actor=None, authority=two_level.d001, kind="rubber_baton", serial="D1"
    )
    gun = tools.tool_receive(actor=None, authority=two_level.d001, kind="gun", serial="D2")
    broken = tools.tool_receive(
        actor=None, authority=two_level.d001, kind="electric_glove", serial="D3"
    )
    tools.tool_inspect(actor=None, item=broken, condition="beyond_repair", on=date(2025, 3, 1))
    tools.tool_dispose(actor=None, item=broken, disposal="destruction", on=date(2025, 3, 2))
    tools.tool_receive(actor=None, authority=two_level.d001, kind="pepper_spray", quantity=10)
    tools.tool_receive(actor=None, authority=two_level.r0101, kind="pepper_spray", quantity=1)
    handover = tools.tool_handover(
        actor=None,
        authority=two_level.d001,
        recipient=officer,
        on=date(2025, 6, 20),
        purpose="Cưỡng chế",
        items=[gun],
        quantities={"pepper_spray": 4},
    )
    return {"baton": baton, "gun": gun, "broken": broken, "handover": handover}


def test_the_reorganisation_hands_the_tools_to_the_successor(two_level, d001_equipped):
    moved = tools.equipment_move_to_successor(
        actor=two_level.admin,
        from_authority=two_level.d001,
        to_authority=two_level.r0101,
        reason="1898/QĐ-BTP",
    )
    assert moved == {"items": 2, "stock": 1, "handovers": 1}
    baton, gun, broken = (
        ToolItem.objects.get(pk=d001_equipped[k].pk) for k in ("baton", "gun", "broken")
    )
    assert baton.authority == gun.authority == two_level.r0101
    assert broken.authority == two_level.d001 and broken.status == ToolStatus.DISPOSED
    latest = baton.history.latest("history_date")
    assert (latest.history_user, latest.history_change_reason) == (two_level.admin, "1898/QĐ-BTP")
    assert ToolStock.objects.get(authority=two_level.r0101, kind="pepper_spray").quantity == 7
    assert ToolStock.objects.get(authority=two_level.d001, kind="pepper_spray").quantity == 0
    # What is out on duty comes back to the successor's stock.
    handover = Handover.objects.get(pk=d001_equipped["handover"].pk)
    assert handover.authority == two_level.r0101
    tools.tool_return(actor=None, handover=handover, on=date(2025, 7, 2))
    gun.refresh_from_db()
    assert gun.status == ToolStatus.IN_STOCK and gun.authority == two_level.r0101
    assert ToolStock.objects.get(authority=two_level.r0101, kind="pepper_spray").quantity == 11


def test_tools_go_only_to_an_equipped_successor(two_level, d001_equipped):
    with pytest.raises(DomainError) as exc:
        tools.equipment_move_to_successor(
            actor=None, from_authority=two_level.d001, to_authority=two_level.cqlthads
        )
    assert exc.value.code == EquipmentError.NOT_EQUIPPED
    assert ToolItem.objects.filter(authority=two_level.d001).count() == 3
