"""A small service on both sides of the 2025 reorganisation (today.md), for the tests of people,
careers, equipment and uniforms (each area's conftest re-exports the fixture).

until 30/06/2025                         from 01/07/2025
TCTHADS (central, Hà Nội)            →   CQLTHADS (central, Hà Nội) ── CQLTHADS-VP (central unit)
├── P01 (Hà Nội) ── D001 (Ba Đình)   →   ├── T01 (Hà Nội) ── R01-01 (khu vực 1, Hà Nội)
├── P62 (Kon Tum) ── D610 (Kon Tum)  →   ├── T51 (Quảng Ngãi, seat "51") ── R51-01 (sits in Kon Tum, "62")
└── P64 (Gia Lai)                    →   └── T52 (Gia Lai, seat in the former Bình Định, "52")

Everyone is first issued their uniform on 01/09/2016, so the three-year items (the winter jacket)
fall due on 01/09/2025. Each was posted on 01/09/2016 and moved to the successor on 01/07/2025:
central (TCTHADS → CQLTHADS), hanoi (D001 → R01-01), kontum (D610 → R51-01), gialai (P64 → T52).

Users: `admin` (central administrator @ CQLTHADS), `hanoi` (provincial personnel @ T01).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest

from tests import factories as f

BEFORE = date(2025, 6, 30)
AFTER = date(2025, 7, 1)
HIRED = date(2016, 9, 1)


@dataclass
class TwoLevel:
    tcthads: object
    p01: object
    d001: object
    p62: object
    d610: object
    p64: object
    cqlthads: object
    vp: object
    t01: object
    r0101: object
    t51: object
    r5101: object
    t52: object
    central: object
    hanoi: object
    kontum: object
    gialai: object
    admin: object
    hanoi_user: object


def _old(code, level, parent=None, **fields):
    return f.authority(code, level, parent, valid_to=BEFORE, **fields)


def _new(code, level, parent=None, predecessors=(), **fields):
    from thads.organization.services import authority_create

    fields.setdefault("name", f"Authority {code}")
    fields.setdefault("region_allowance_coefficient", 0)
    if level == "provincial":
        fields.setdefault("province_code", code[-2:])
        fields.setdefault("province_name", f"Province {code[-2:]}")
    return authority_create(
        actor=None,
        code=code,
        level=level,
        parent=parent,
        valid_from=AFTER,
        predecessors=predecessors,
        **fields,
    )


def _moved(name, before, after, grade, **fields):
    from thads.people.services import person_record_posting

    person = f.person(name, before, grade, on=HIRED, **fields)
    return person_record_posting(
        actor=None,
        person=person,
        authority=after,
        on=AFTER,
        note="Tổ chức lại theo Quyết định số 1898/QĐ-BTP",
        decision_ref="1898/QĐ-BTP",
    )


def build() -> TwoLevel:
    tcthads = _old(
        "TCTHADS",
        "central",
        name="Tổng cục Thi hành án dân sự",
        legacy_province_code="01",
    )
    p01 = _old("P01", "provincial", tcthads, name="Cục Thi hành án dân sự thành phố Hà Nội")
    d001 = _old("D001", "district", p01, name="Chi cục Thi hành án dân sự quận Ba Đình")
    p62 = _old("P62", "provincial", tcthads, name="Cục Thi hành án dân sự tỉnh Kon Tum")
    d610 = _old("D610", "district", p62, name="Chi cục Thi hành án dân sự thành phố Kon Tum")
    p64 = _old("P64", "provincial", tcthads, name="Cục Thi hành án dân sự tỉnh Gia Lai")
    cqlthads = _new(
        "CQLTHADS",
        "central",
        predecessors=[tcthads],
        name="Cục Quản lý Thi hành án dân sự",
        legacy_province_code="01",
    )
    vp = _new("CQLTHADS-VP", "central_unit", cqlthads, name="Văn phòng")
    t01 = _new("T01", "provincial", cqlthads, [p01], name="Thi hành án dân sự thành phố Hà Nội")
    r0101 = _new(
        "R01-01",
        "regional",
        t01,
        [d001],
        name="Phòng Thi hành án dân sự khu vực 1 – Hà Nội",
        legacy_province_code="01",
    )
    t51 = _new("T51", "provincial", cqlthads, [p62], name="Thi hành án dân sự tỉnh Quảng Ngãi")
    r5101 = _new(
        "R51-01",
        "regional",
        t51,
        [d610],
        name="Phòng Thi hành án dân sự khu vực 1 – Quảng Ngãi",
        legacy_province_code="62",
    )
    t52 = _new("T52", "provincial", cqlthads, [p64], name="Thi hành án dân sự tỉnh Gia Lai")
    return TwoLevel(
        tcthads=tcthads,
        p01=p01,
        d001=d001,
        p62=p62,
        d610=d610,
        p64=p64,
        cqlthads=cqlthads,
        vp=vp,
        t01=t01,
        r0101=r0101,
        t51=t51,
        r5101=r5101,
        t52=t52,
        central=_moved("Lê Thị Hồng", tcthads, cqlthads, "inspector_senior", gender="F"),
        hanoi=_moved("Trần Đức Bình", d001, r0101, "officer_junior"),
        kontum=_moved("A Nhơi", d610, r5101, "officer_junior"),
        gialai=_moved("Rơ Chăm Thơ", p64, t52, "officer_intermediate"),
        admin=f.user("admin2", "central_admin", cqlthads),
        hanoi_user=f.user("tinh.hanoi2", "provincial_personnel", t01),
    )


@pytest.fixture
def two_level(db) -> TwoLevel:
    return build()
