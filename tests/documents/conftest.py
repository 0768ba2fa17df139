"""The service on both sides of the 2025 reorganisation (today.md), for decisions dated on
either side: the Tổng cục, a Cục THADS and its Chi cục until 30/06/2025; the Cục Quản lý THADS,
the THADS thành phố and its regional offices from 01/07/2025."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest

from tests import factories as f
from thads.accounts.models import Profile

LAST_DAY = date(2025, 6, 30)
REORGANISED = date(2025, 7, 1)


@dataclass
class TwoLevel:
    tcthads: object
    p01: object
    p79: object
    d001: object
    d002: object
    d760: object
    cqlthads: object
    t01: object
    t79: object
    r0101: object
    r0102: object
    r7901: object


@pytest.fixture
def two_level(db) -> TwoLevel:
    old = {"valid_to": LAST_DAY}
    new = {"valid_from": REORGANISED}
    hanoi = {"province_name": "Thành phố Hà Nội"}
    hcm = {"province_name": "Thành phố Hồ Chí Minh"}
    tc = f.authority("TCTHADS", "central", name="Tổng cục Thi hành án dân sự", **old)
    p01 = f.authority(
        "P01", "provincial", tc, name="Cục Thi hành án dân sự thành phố Hà Nội", **old, **hanoi
    )
    p79 = f.authority(
        "P79", "provincial", tc, name="Cục Thi hành án dân sự Thành phố Hồ Chí Minh", **old, **hcm
    )
    ql = f.authority("CQLTHADS", "central", name="Cục Quản lý Thi hành án dân sự", **new)
    t01 = f.authority(
        "T01", "provincial", ql, name="Thi hành án dân sự thành phố Hà Nội", **new, **hanoi
    )
    t79 = f.authority(
        "T79", "provincial", ql, name="Thi hành án dân sự Thành phố Hồ Chí Minh", **new, **hcm
    )
    return TwoLevel(
        tcthads=tc,
        p01=p01,
        p79=p79,
        d001=f.authority(
            "D001", "district", p01, name="Chi cục Thi hành án dân sự quận Ba Đình", **old
        ),
        d002=f.authority(
            "D002", "district", p01, name="Chi cục Thi hành án dân sự quận Hoàn Kiếm", **old
        ),
        d760=f.authority("D760", "district", p79, name="Chi cục Thi hành án dân sự Quận 1", **old),
        cqlthads=ql,
        t01=t01,
        t79=t79,
        r0101=f.authority(
            "R01-01",
            "regional",
            t01,
            name="Phòng Thi hành án dân sự khu vực 1 – Hà Nội",
            **new,
        ),
        r0102=f.authority(
            "R01-02",
            "regional",
            t01,
            name="Phòng Thi hành án dân sự khu vực 2 – Hà Nội",
            **new,
        ),
        r7901=f.authority(
            "R79-01",
            "regional",
            t79,
            name="Phòng Thi hành án dân sự khu vực 1 – Thành phố Hồ Chí Minh",
            **new,
        ),
    )


def signer(username: str, signs_for: str, authority) -> object:
    """A user who records decisions for `signs_for` at `authority`."""
    user = f.user(
        username,
        "central_admin" if authority.level == "central" else "provincial_personnel",
        authority,
    )
    Profile.objects.filter(user=user).update(signs_for=signs_for)
    user.refresh_from_db()
    return user
