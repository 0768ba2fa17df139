"""Both structures, dated: the two-level service of 01/07/2025 built from the reference data
(Decision 1898/QĐ-BTP), the former authorities ending the day before with their successors,
and the facts that follow where a unit sits (Art. 83.1.c)."""

from datetime import date

import pytest

from tests import factories as f
from thads.core.errors import DomainError
from thads.organization.errors import OrganizationError
from thads.organization.models import Authority, AuthorityCommune, Level
from thads.organization.services import (
    RegionalOfficeSpec,
    provincial_agency_name,
    two_level_structure_create,
)

BEFORE, AFTER = date(2025, 6, 30), date(2025, 7, 1)
KON_TUM_OFFICE = RegionalOfficeSpec(
    province_code="51",
    number=12,
    name="Phòng Thi hành án dân sự khu vực 12 – Quảng Ngãi",
    districts=("608",),
    legacy_province_code="62",
    communes=(("23284", "Phường Kon Tum"),),
    seat_commune="23284",
)
HANOI_OFFICE = RegionalOfficeSpec(
    province_code="01",
    number=1,
    name="Phòng Thi hành án dân sự khu vực 1 – Hà Nội",
    districts=("001", "002"),
    legacy_province_code="01",
)


@pytest.fixture
def both(service):
    """The test service (TCTHADS, P01, P79 and three districts) plus Kon Tum and Quảng Ngãi,
    then the two-level structure of 01/07/2025."""
    p62 = f.authority("P62", "provincial", service.central, name="Cục THADS tỉnh Kon Tum")
    p51 = f.authority("P51", "provincial", service.central, name="Cục THADS tỉnh Quảng Ngãi")
    f.authority("D608", "district", p62, name="Chi cục THADS thành phố Kon Tum")
    summary = two_level_structure_create(
        actor=None, regional=[HANOI_OFFICE, KON_TUM_OFFICE], demo=True
    )
    return service, p51, p62, summary


def codes(day, level):
    return set(Authority.objects.valid_on(day).filter(level=level).values_list("code", flat=True))


def test_the_tree_on_30_06_2025_is_the_decrees_and_on_01_07_2025_the_two_level_one(both):
    _service, _p51, _p62, summary = both
    assert codes(BEFORE, Level.CENTRAL) == {"TCTHADS"}
    assert codes(AFTER, Level.CENTRAL) == {"CQLTHADS"}
    assert codes(BEFORE, Level.PROVINCIAL) == {"P01", "P79", "P51", "P62"}
    assert len(codes(AFTER, Level.PROVINCIAL)) == 34
    assert codes(BEFORE, Level.DISTRICT) == {"D001", "D002", "D760", "D608"}
    assert codes(AFTER, Level.DISTRICT) == set()
    assert codes(AFTER, Level.REGIONAL) == {"R01-01", "R51-12"}
    assert len(codes(AFTER, Level.CENTRAL_UNIT)) == 7
    assert codes(BEFORE, Level.MILITARY_REGION) == codes(AFTER, Level.MILITARY_REGION)
    assert summary == {
        "central": 1,
        "central_units": 7,
        "provincial": 34,
        "regional": 2,
        "communes": 1,
        "ended": 9,
    }


def test_each_former_authority_has_its_successor(both):
    service, p51, p62, _summary = both
    t51 = Authority.objects.get(code="T51")
    assert set(t51.predecessors.values_list("code", flat=True)) == {"P51", "P62"}
    assert list(service.central.successors.values_list("code", flat=True)) == ["CQLTHADS"]
    assert list(service.p79.successors.values_list("code", flat=True)) == ["T79"]
    assert set(
        Authority.objects.get(code="R01-01").predecessors.values_list("code", flat=True)
    ) == {
        "D001",
        "D002",
    }
    service.d760.refresh_from_db()
    assert service.d760.valid_to == BEFORE and not service.d760.successors.exists()


def test_the_new_authorities_are_named_and_placed_from_the_reference_data(both):
    t15 = Authority.objects.get(code="T15")
    assert t15.name == "Thi hành án dân sự tỉnh Lào Cai"
    assert (t15.province_code, t15.legacy_province_code) == ("15", "15")  # seat: former Yên Bái
    assert Authority.objects.get(code="T79").name == "Thi hành án dân sự thành phố Hồ Chí Minh"
    assert Authority.objects.get(code="T01").path == "CQLTHADS/T01/"
    office = Authority.objects.get(code="R51-12")
    assert office.path == "CQLTHADS/T51/R51-12/" and office.demo
    assert not t15.demo
    assert AuthorityCommune.objects.get(commune_code="23284").authority == office
    units = Authority.objects.filter(level=Level.CENTRAL_UNIT).order_by("code")
    assert "Văn phòng" in {u.name for u in units}
    assert {u.parent.code for u in units} == {"CQLTHADS"}


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Thành phố Hà Nội", "Thi hành án dân sự thành phố Hà Nội"),
        ("Tỉnh Quảng Ngãi", "Thi hành án dân sự tỉnh Quảng Ngãi"),
    ],
)
def test_provincial_agency_name(name, expected):
    assert provincial_agency_name(name) == expected


def test_every_change_is_in_history_with_the_decisions_reference(both):
    service, *_ = both
    last = service.p01.history.order_by("-history_id").first()
    assert (last.history_type, last.valid_to, last.history_change_reason) == (
        "~",
        BEFORE,
        "1898/QĐ-BTP",
    )
    created = Authority.objects.get(code="T01").history.get()
    assert (created.history_type, created.history_change_reason) == ("+", "1898/QĐ-BTP")
    assert AuthorityCommune.history.count() == 1


def test_the_structure_is_built_once(both):
    with pytest.raises(DomainError) as exc:
        two_level_structure_create(actor=None)
    assert exc.value.code == OrganizationError.STRUCTURE_EXISTS


@pytest.mark.parametrize(
    ("code", "cold"),
    [
        pytest.param("TCTHADS", True, id="Đ83.1.c Tổng cục on 30/06/2025: Hà Nội"),
        pytest.param("CQLTHADS", True, id="Đ83.1.c Cục Quản lý THADS from 01/07/2025: Hà Nội"),
        pytest.param("CQLTHADS-VP", True, id="Đ83.1.c a unit of the central body: Hà Nội"),
        pytest.param("D608", True, id="Đ83.1.c Kon Tum district office (Tây Nguyên)"),
        pytest.param("R51-12", True, id="Đ83.1.c regional office in the former Kon Tum"),
        pytest.param("T51", False, id="Đ83.1.c Quảng Ngãi agency, seated in Quảng Ngãi"),
        pytest.param("T79", False, id="Đ83.1.c Hồ Chí Minh City agency"),
        pytest.param("T15", True, id="Đ83.1.c Lào Cai agency, north of Huế"),
    ],
)
def test_the_cold_region_follows_where_the_unit_sits(both, code, cold):
    assert Authority.objects.get(code=code).cold_region is cold


def test_a_central_person_gains_the_winter_jacket_on_both_sides(both):
    from thads.rules.engine import evaluate

    for code, on in (("TCTHADS", "2025-06-30"), ("CQLTHADS", "2025-07-01")):
        facts = {
            "person": {
                "military": False,
                "employment": "civil_servant",
                "cold_region": Authority.objects.get(code=code).cold_region,
                "first_issue_on": "2016-09-01",
            },
            "year": 2025,
        }
        items = evaluate("uniform.entitlement", facts, on)["outcome"]["items"]
        assert "winter_jacket" in {i["item"] for i in items}, code


def test_where_a_unit_sits_is_a_code_of_the_63_province_list(service):
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError) as exc:
        f.authority("P99", "provincial", service.central, legacy_province_code="99")
    assert [e.code for e in exc.value.error_dict["legacy_province_code"]] == [
        OrganizationError.LEGACY_PROVINCE
    ]
    assert f.authority("P62", "provincial", service.central).legacy_province_code == "62"
    assert (
        service.d001.legacy_province_code == "01" and service.central.legacy_province_code == "01"
    )
    assert service.qk1.legacy_province_code == ""
