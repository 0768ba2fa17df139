"""The reference geography of both lists of provinces, from `vietnamadminunits`: the invariants
the two-level structure, the demo and the imports rely on."""

from collections import Counter

import pytest

from thads.organization.geography import (
    commune_sources,
    communes_2025,
    former_commune_successor,
    former_province_successor,
    former_provinces_of,
    former_ward_district,
    legacy_province_name,
    legacy_units,
    provinces_2025,
    seat_former_province,
)


def test_34_provinces_from_01_07_2025_six_of_them_cities():
    provinces = provinces_2025()
    assert len(provinces) == 34
    assert len({p.code for p in provinces}) == 34
    kinds = Counter(p.kind for p in provinces)
    assert kinds == {"tinh": 28, "thanh_pho": 6}
    cities = {p.code for p in provinces if p.kind == "thanh_pho"}
    assert cities == {"01", "31", "46", "48", "79", "92"}


def test_63_former_provinces_and_696_districts():
    provinces, districts = legacy_units()
    assert len(provinces) == 63
    assert len(districts) == 696


def test_3321_communes_each_in_one_of_the_34_provinces():
    communes = communes_2025()
    assert len(communes) == 3321
    assert len({c.code for c in communes}) == 3321
    assert {c.province_code for c in communes} == {p.code for p in provinces_2025()}
    assert Counter(c.kind for c in communes) == {"Phường": 687, "Xã": 2621, "Đặc khu": 13}


def test_every_former_province_maps_to_one_new_province():
    successor = former_province_successor()
    assert len(successor) == 63
    assert set(successor) == {p.code for p in legacy_units()[0]}
    assert set(successor.values()) == {p.code for p in provinces_2025()}
    sizes = Counter(Counter(successor.values()).values())
    assert sizes == {1: 11, 2: 17, 3: 6}  # unchanged, merges of two, merges of three


@pytest.mark.parametrize(
    ("former", "new"),
    [
        pytest.param("01", "01", id="Hà Nội unchanged"),
        pytest.param("10", "15", id="Lào Cai into Lào Cai, code of Yên Bái"),
        pytest.param("15", "15", id="Yên Bái holds the seat of Lào Cai"),
        pytest.param("62", "51", id="Kon Tum into Quảng Ngãi"),
        pytest.param("74", "79", id="Bình Dương into TP Hồ Chí Minh"),
        pytest.param("77", "79", id="Bà Rịa - Vũng Tàu into TP Hồ Chí Minh"),
    ],
)
def test_a_former_province_and_its_successor(former, new):
    assert former_province_successor()[former] == new


def test_each_new_code_is_the_code_of_one_of_its_former_provinces_the_seat():
    for p in provinces_2025():
        constituents = former_provinces_of(p.code)
        assert p.code in constituents, p
        assert seat_former_province(p.code) in constituents


def test_every_former_ward_and_island_district_maps_into_its_provinces_successor():
    successor = former_commune_successor()
    assert len(successor) == 10_040
    communes = {c.code: c.province_code for c in communes_2025()}
    district_province = {d.code: d.province_code for d in legacy_units()[1]}
    wards = former_ward_district()
    for ward, (province, commune) in successor.items():
        assert communes[commune] == province
        assert former_province_successor()[district_province[wards[ward]]] == province
    assert successor["00001"] == ("01", "00097")  # Phúc Xá → Phường Hồng Hà
    assert successor["D755"] == ("79", "26732")  # Côn Đảo, a district without wards
    assert len(set(successor.values())) == 3320


def test_every_new_commune_draws_on_former_districts():
    sources = commune_sources()
    assert set(sources) == {c.code for c in communes_2025()}
    assert all(sources.values())


def test_a_former_province_is_named_from_its_code():
    assert legacy_province_name("62") == "Tỉnh Kon Tum"
    assert legacy_province_name("99") == ""
