"""Personas for designation without examination (Art. 63): a district office of P01 that
meets 63.1.a and 63.2, a secretary there who committed to 5 years, the P01 selection board
recorded by alice, and a user recording decisions for the Minister."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from tests import factories as f
from thads.accounts.models import Profile
from thads.selection import services

BOARD_ON = date(2017, 3, 1)
SUBMITTED_ON = date(2018, 3, 1)
MEETING_ON = date(2018, 4, 2)
DECIDED_ON = date(2018, 5, 10)

MEMBERS = [
    {"name": "Nguyễn Văn Chủ", "organisation": "UBND thành phố Hà Nội", "role": "chair"},
    {"name": "Trần Văn Phó", "organisation": "Cục THADS thành phố Hà Nội", "role": "vice_chair"},
    {"name": "Lê Thị Nội", "organisation": "Sở Nội vụ", "role": "home_affairs"},
    {"name": "Phạm Văn Pháp", "organisation": "Sở Tư pháp", "role": "justice"},
    {"name": "Hoàng Thị Luật", "organisation": "Hội Luật gia thành phố Hà Nội", "role": "jurists"},
    {"name": "Đỗ Văn Thư", "organisation": "Phòng Tổ chức cán bộ, Cục THADS", "role": "secretary"},
]


@pytest.fixture
def office(service):
    """A district office that meets 63.1.a and is on the Appendix list (63.2)."""
    return f.authority(
        "D010",
        "district",
        service.p01,
        name="Chi cục Thi hành án dân sự huyện Mỹ Đức",
        region_allowance_coefficient=Decimal("0.5"),
        special_area=True,
        on_appendix_list=True,
    )


@pytest.fixture
def candidate(office):
    return f.person("Nguyễn Thị Hằng Nga", office, "secretary", gender="F")


@pytest.fixture
def board(service, users):
    return services.board_establish(
        actor=users.alice,
        authority=service.p01,
        established_on=BOARD_ON,
        decision_ref="123/QĐ-BTP",
        members=MEMBERS,
    )


@pytest.fixture
def dossier(board, candidate, users):
    return services.dossier_submit(
        actor=users.alice,
        board=board,
        person=candidate,
        submitted_on=SUBMITTED_ON,
        commitment_years=5,
        commitment_signed_on=date(2018, 2, 20),
        documents=[{"title": "Sơ yếu lý lịch", "issued_on": date(2018, 2, 1)}],
    )


def votes(board, *choices):
    """Votes of the members in the order of Art. 63.4 (chair first)."""
    return {m.pk: c for m, c in zip(board.ordered_members(), choices, strict=True)}


@pytest.fixture
def proposed(dossier, board, users):
    services.meeting_record(
        actor=users.alice,
        dossier=dossier,
        held_on=MEETING_ON,
        votes=votes(board, "for", "for", "for", "for", "against", "absent"),
    )
    return dossier


@pytest.fixture
def minister(service):
    u = f.user("botruong", "central_admin", service.central)
    Profile.objects.filter(user=u).update(signs_for="minister_of_justice")
    u.refresh_from_db()
    return u
