"""Authorities (Art. 52–55): the parent rules, dated validity, the facts rules read, history."""

from datetime import date
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError

from tests import factories as f
from thads.organization.errors import OrganizationError
from thads.organization.geography import cold_region, is_cold_region, legacy_units
from thads.organization.models import ERR_PARENT_LEVEL, Authority, Level
from thads.organization.services import authority_update


@pytest.mark.parametrize(
    ("level", "parent_code", "ok"),
    [
        pytest.param(
            "provincial", "TCTHADS", True, id="Đ52.1 provincial under the General Department"
        ),
        pytest.param("provincial", "P01", False, id="Đ52.1 provincial under a provincial"),
        pytest.param("district", "P01", True, id="Đ52.1 district under a provincial department"),
        pytest.param("district", "TCTHADS", False, id="Đ52.1 district directly under the centre"),
        pytest.param("district", "D001", False, id="Đ52.1 district under a district"),
        pytest.param("district", None, False, id="Đ52.1 district without parent"),
        pytest.param(
            "military_region", "CTHA-BQP", True, id="Đ54 region under the Military Department"
        ),
        pytest.param("military_region", "P01", False, id="Đ54 region under a civil department"),
        pytest.param("central", None, True, id="Đ52.1 the General Department has no parent"),
        pytest.param("central", "CTHA-BQP", False, id="Đ52.1 the General Department under another"),
        pytest.param("regional", "P01", True, id="2025 regional office under a provincial agency"),
    ],
)
def test_parent_level_rules(service, level, parent_code, ok):
    parent = Authority.objects.get(code=parent_code) if parent_code else None
    if ok:
        created = f.authority("NEW1", level, parent)
        assert created.parent == parent
        assert created.path == (parent.path if parent else "") + "NEW1/"
    else:
        with pytest.raises(ValidationError) as exc:
            f.authority("NEW1", level, parent)
        assert [e.code for e in exc.value.error_dict["parent"]] in (
            [OrganizationError.PARENT_LEVEL],
            [OrganizationError.NO_PARENT],
        )
        assert not Authority.objects.filter(code="NEW1").exists()


def test_parent_error_names_the_levels(service):
    with pytest.raises(ValidationError) as exc:
        f.authority("NEW2", "district", service.central)
    message = exc.value.message_dict["parent"][0]
    assert message == ERR_PARENT_LEVEL % {
        "level": Level.DISTRICT.label,
        "parent": Level.PROVINCIAL.label,
    }


def test_validity_end_before_start_is_refused(service):
    with pytest.raises(ValidationError) as exc:
        f.authority(
            "NEW3", "district", service.p01, valid_from=date(2020, 1, 2), valid_to=date(2020, 1, 1)
        )
    assert [e.code for e in exc.value.error_dict["valid_to"]] == [OrganizationError.VALIDITY_ORDER]


@pytest.mark.parametrize(
    ("day", "valid"),
    [
        pytest.param(date(2025, 6, 30), True, id="last day of validity"),
        pytest.param(date(2025, 7, 1), False, id="day after abolition"),
        pytest.param(date(2015, 8, 31), False, id="day before creation"),
        pytest.param(date(2015, 9, 1), True, id="first day"),
    ],
)
def test_authority_shows_as_of_a_day(service, day, valid):
    authority_update(actor=None, authority=service.d002, valid_to=date(2025, 6, 30))
    assert Authority.objects.valid_on(day).filter(code="D002").exists() is valid


def test_moving_an_authority_moves_its_subtree_paths(service):
    authority_update(actor=None, authority=service.d001, parent=service.p79)
    service.d001.refresh_from_db()
    assert service.d001.path == "TCTHADS/P79/D001/"
    history = list(service.d001.history.order_by("history_date"))
    assert history[-1].parent_id == service.p79.pk and history[-2].parent_id == service.p01.pk


def test_code_cannot_change(service):
    with pytest.raises(ValidationError) as exc:
        authority_update(actor=None, authority=service.d001, code="D999")
    assert [e.code for e in exc.value.error_dict["code"]] == [OrganizationError.CODE_IMMUTABLE]
    service.d001.refresh_from_db()
    assert service.d001.code == "D001"


@pytest.mark.parametrize("code", ["d001", "D 001", "-X", "X" * 32])
def test_a_badly_formed_code_is_refused(service, code):
    with pytest.raises(ValidationError) as exc:
        f.authority(code, "district", service.p01)
    assert OrganizationError.CODE_FORMAT in [e.code for e in exc.value.error_dict["code"]]
    assert not Authority.objects.filter(code=code).exists()


def test_an_authority_cannot_be_moved_under_its_own_subtree(service):
    with pytest.raises(ValidationError) as exc:
        authority_update(actor=None, authority=service.central, parent=service.p01)
    codes = [e.code for e in exc.value.error_dict["parent"]]
    assert OrganizationError.PARENT_CYCLE in codes
    service.central.refresh_from_db()
    assert service.central.parent is None


def test_every_change_is_in_history_with_the_user(service, users):
    authority_update(
        actor=users.admin, authority=service.d002, region_allowance_coefficient=Decimal("0.3")
    )
    last = service.d002.history.latest("history_date")
    assert last.history_user == users.admin
    assert last.history_type == "~"
    assert last.region_allowance_coefficient == Decimal("0.3")
    assert last.prev_record.region_allowance_coefficient == Decimal("0")


@pytest.mark.parametrize(
    ("code", "cold"),
    [
        pytest.param("46", True, id="Đ83.1.c Thừa Thiên Huế itself"),
        pytest.param("45", True, id="Đ83.1.c Quảng Trị, north of Huế"),
        pytest.param("01", True, id="Đ83.1.c Hà Nội"),
        pytest.param("48", False, id="Đ83.1.c Đà Nẵng, south of Huế"),
        pytest.param("62", True, id="Đ83.1.c Kon Tum (Tây Nguyên)"),
        pytest.param("68", True, id="Đ83.1.c Lâm Đồng (Tây Nguyên)"),
        pytest.param("70", False, id="Đ83.1.c Bình Phước"),
        pytest.param("79", False, id="Đ83.1.c Hồ Chí Minh City"),
    ],
)
def test_cold_region_follows_art_83_1_c(code, cold):
    assert is_cold_region(code) is cold


def test_cold_region_list_carries_its_source_clause():
    assert cold_region()["reference"] == "điểm c khoản 1 Điều 83 Nghị định số 62/2015/NĐ-CP"
    assert len(cold_region()["codes"]) == 31 + 5


def test_reference_data_has_the_63_provinces_and_their_districts():
    provinces, districts = legacy_units()
    assert len(provinces) == 63
    assert len({p.code for p in provinces}) == 63
    assert 690 <= len(districts) <= 710
    assert {d.province_code for d in districts} == {p.code for p in provinces}
    ba_dinh = next(d for d in districts if d.code == "001")
    assert ba_dinh.name == "Quận Ba Đình" and ba_dinh.province_code == "01"
