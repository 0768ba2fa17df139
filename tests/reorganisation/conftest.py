"""A small service on 30/06/2025 ready for the act of 01/07/2025: Hà Nội (two district offices
merged into one regional office), TP Hồ Chí Minh merged with Bình Dương, the central body, with
leaders, user accounts and equipment."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest

from tests import factories as f
from thads.equipment.tools import tool_receive
from thads.organization.services import RegionalOfficeSpec, two_level_structure_create

ACT_DAY = date(2025, 7, 1)
OFFICES = [
    RegionalOfficeSpec(
        "01", 1, "Phòng Thi hành án dân sự khu vực 1 – Hà Nội", ("001", "002"), "01"
    ),
    RegionalOfficeSpec("79", 1, "Phòng Thi hành án dân sự khu vực 1 – Hồ Chí Minh", ("760",), "79"),
    RegionalOfficeSpec("79", 2, "Phòng Thi hành án dân sự khu vực 2 – Hồ Chí Minh", ("718",), "74"),
]


@dataclass
class World:
    service: object
    people: object
    users: object
    p74: object
    d718: object
    dg: object
    unit_head: object
    dir01: object
    dir79: object
    dir74: object
    head001: object
    head002: object
    deputy002: object


@pytest.fixture
def former(service, people, users) -> World:
    """The three-level service on 30/06/2025, before the new structure exists."""
    p74 = f.authority("P74", "provincial", service.central, name="Cục THADS tỉnh Bình Dương")
    d718 = f.authority("D718", "district", p74, name="Chi cục THADS thành phố Thủ Dầu Một")
    leader = {"on": date(2020, 1, 1)}
    world = World(
        service=service,
        people=people,
        users=users,
        p74=p74,
        d718=d718,
        dg=f.person(
            "Phạm Văn Tổng", service.central, "specialist_senior", post="director_general", **leader
        ),
        unit_head=f.person(
            "Đỗ Thị Vụ", service.central, "inspector_senior", post="head_central_unit", **leader
        ),
        dir01=f.person(
            "Ngô Văn Hà", service.p01, "officer_senior", post="provincial_director", **leader
        ),
        dir79=f.person(
            "Lý Văn Sài", service.p79, "officer_senior", post="provincial_director", **leader
        ),
        dir74=f.person(
            "Mai Văn Dương", p74, "officer_senior", post="provincial_director", **leader
        ),
        head001=f.person(
            "Vũ Văn Đình", service.d001, "officer_intermediate", post="district_head", **leader
        ),
        head002=f.person(
            "Hồ Thị Kiếm", service.d002, "officer_junior", post="district_head", **leader
        ),
        deputy002=f.person(
            "Tạ Văn Phó", service.d002, "officer_junior", post="deputy_district_head", **leader
        ),
    )
    tool_receive(actor=None, authority=service.d001, kind="rubber_baton", serial="RB-001")
    tool_receive(actor=None, authority=service.d001, kind="pepper_spray", quantity=5)
    tool_receive(actor=None, authority=service.d002, kind="pepper_spray", quantity=3)
    return world


@pytest.fixture
def ready(former) -> World:
    """… and the two-level structure of 01/07/2025, waiting for the act."""
    two_level_structure_create(actor=None, regional=OFFICES)
    return former
