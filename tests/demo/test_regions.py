"""The demo's 355 regional offices, grouped from the former districts (no database)."""

from collections import Counter

from thads.demo.regions import REGIONAL_OFFICES, apportion, demo_regional_offices
from thads.organization.geography import communes_2025, former_province_successor, legacy_units

# Design of issue 11, §4: offices per new province.
PER_PROVINCE = {
    "01": 15, "04": 5, "08": 9, "11": 5, "12": 4, "14": 6, "15": 9, "19": 8, "20": 6, "22": 7,
    "24": 9, "25": 16, "31": 14, "33": 9, "37": 11, "38": 13, "40": 10, "42": 6, "44": 9,
    "46": 5, "48": 13, "51": 12, "52": 15, "56": 8, "66": 12, "68": 14, "75": 12, "79": 19,
    "80": 12, "82": 12, "86": 13, "91": 14, "92": 15, "96": 8,
}  # fmt: skip


def test_apportionment_gives_every_seat_and_one_at_least():
    assert apportion({"a": 1, "b": 1, "c": 98}, seats=10) == {"a": 1, "b": 1, "c": 8}
    assert apportion({"a": 5, "b": 5}, seats=3) == {"a": 2, "b": 1}
    assert sum(apportion({"x": 3, "y": 3, "z": 3}, seats=7).values()) == 7


def test_355_offices_none_across_two_former_provinces():
    offices = demo_regional_offices()
    assert len(offices) == REGIONAL_OFFICES == 355
    assert Counter(len(o.districts) for o in offices) == {2: 319, 1: 25, 3: 11}
    district_province = {d.code: d.province_code for d in legacy_units()[1]}
    for office in offices:
        assert {district_province[d] for d in office.districts} == {office.legacy_province_code}
        assert former_province_successor()[office.legacy_province_code] == office.province_code
    assert Counter(o.province_code for o in offices) == PER_PROVINCE


def test_every_former_district_and_every_commune_is_in_exactly_one_office():
    offices = demo_regional_offices()
    districts = [d for o in offices for d in o.districts]
    assert sorted(districts) == sorted(d.code for d in legacy_units()[1])
    communes = [c for o in offices for c, _name in o.communes]
    assert sorted(communes) == sorted(c.code for c in communes_2025())
    for office in offices:
        assert office.seat_commune in {c for c, _name in office.communes}


def test_offices_are_numbered_within_their_province_and_named_for_it():
    offices = [o for o in demo_regional_offices() if o.province_code == "51"]
    assert [o.number for o in offices] == list(range(1, 13))
    assert offices[0].code == "R51-01"
    assert offices[0].name == "Phòng Thi hành án dân sự khu vực 1 – Quảng Ngãi"
    # Numbered in former-province order: Quảng Ngãi (51) first, then Kon Tum (62).
    assert [o.legacy_province_code for o in offices] == sorted(
        o.legacy_province_code for o in offices
    )
    assert offices[-1].legacy_province_code == "62"
