"""Reference geography: both lists of provinces (63 until 30/06/2025, 34 from 01/07/2025), the
communes and districts, how the former units map onto the new ones, and the Art. 83.1.c cold region.

Everything comes from the `vietnamadminunits` package (official GSO codes, read from its bundled
database and dictionaries; no network: `convert_address` is never used). The cold region list is
data with its source clause in `data/cold_region.yaml`.

A bare code is ambiguous across 01/07/2025 ("15" is Yên Bái before and Lào Cai after; new commune
codes reuse former ward codes): always read a code together with the date of the list it is from.
Each function is cached: importing the package's dictionaries costs about half a second.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

DATA_DIR = Path(__file__).parent / "data"


@dataclass(frozen=True)
class Province:
    code: str
    name: str
    short_name: str
    key: str = ""  # the package's ASCII key of the name ("tinhhanam")


@dataclass(frozen=True)
class District:
    code: str
    province_code: str
    name: str
    short_name: str
    kind: str  # Quận, Huyện, Thị xã, Thành phố


@dataclass(frozen=True)
class Province2025:
    """A province or centrally-run city of the 34-province list in force from 01/07/2025."""

    code: str
    name: str
    short_name: str
    key: str
    kind: str  # "tinh" | "thanh_pho"


@dataclass(frozen=True)
class Commune:
    """A commune-level unit (Phường, Xã, Đặc khu) of the list in force from 01/07/2025."""

    code: str
    name: str
    kind: str  # Phường, Xã, Đặc khu
    province_code: str


@lru_cache(maxsize=1)
def cold_region() -> dict:
    with open(DATA_DIR / "cold_region.yaml", encoding="utf-8") as fh:
        data = yaml.safe_load(fh)
    codes = set(data["thua_thien_hue_and_north"]) | set(data["tay_nguyen"])
    return {"reference": data["reference"], "codes": frozenset(codes)}


def is_cold_region(province_code: str | None) -> bool:
    return bool(province_code) and province_code in cold_region()["codes"]


@lru_cache(maxsize=1)
def legacy_units() -> tuple[tuple[Province, ...], tuple[District, ...]]:
    """The 63 provinces and their districts as they stood before 01/07/2025."""
    from vietnamadminunits.database import query

    rows = query(
        "SELECT DISTINCT provinceCode, province, provinceShort, provinceKey, districtCode, "
        "district, districtShort, districtType FROM admin_units_legacy "
        "ORDER BY provinceCode, districtCode"
    )
    provinces: dict[str, Province] = {}
    districts: dict[str, District] = {}
    for r in rows:
        provinces.setdefault(
            r["provinceCode"],
            Province(r["provinceCode"], r["province"], r["provinceShort"], r["provinceKey"]),
        )
        districts.setdefault(
            r["districtCode"],
            District(
                r["districtCode"],
                r["provinceCode"],
                r["district"],
                r["districtShort"],
                r["districtType"],
            ),
        )
    return tuple(provinces.values()), tuple(districts.values())


@lru_cache(maxsize=1)
def legacy_codes() -> frozenset[str]:
    """The codes of the 63-province list in force until 30/06/2025."""
    return frozenset(p.code for p in legacy_units()[0])


def legacy_province_name(code: str) -> str:
    """The name of a province of the 63-province list ("" for an unknown code)."""
    return next((p.name for p in legacy_units()[0] if p.code == code), "")


@lru_cache(maxsize=1)
def provinces_2025() -> tuple[Province2025, ...]:
    """The 34 provinces and cities in force from 01/07/2025, by code."""
    from vietnamadminunits.database import query

    rows = query(
        "SELECT DISTINCT provinceCode, province, provinceShort, provinceKey "
        "FROM admin_units ORDER BY provinceCode"
    )
    return tuple(
        Province2025(
            code=r["provinceCode"],
            name=r["province"],
            short_name=r["provinceShort"],
            key=r["provinceKey"],
            kind="thanh_pho" if r["province"].startswith("Thành phố") else "tinh",
        )
        for r in rows
    )


@lru_cache(maxsize=1)
def communes_2025() -> tuple[Commune, ...]:
    """The 3,321 communes in force from 01/07/2025, by (province code, commune code)."""
    from vietnamadminunits.database import query

    rows = query(
        "SELECT provinceCode, wardCode, ward, wardType FROM admin_units "
        "ORDER BY provinceCode, wardCode"
    )
    return tuple(
        Commune(
            code=r["wardCode"], name=r["ward"], kind=r["wardType"], province_code=r["provinceCode"]
        )
        for r in rows
    )


@lru_cache(maxsize=1)
def _commune_keys() -> dict[tuple[str, str], tuple[str, str]]:
    """(new province key, new ward key) -> (new province code, new commune code)."""
    from vietnamadminunits.database import query

    return {
        (r["provinceKey"], r["wardKey"]): (r["provinceCode"], r["wardCode"])
        for r in query("SELECT provinceKey, wardKey, provinceCode, wardCode FROM admin_units")
    }


@lru_cache(maxsize=1)
def _legacy_rows() -> tuple[dict[str, str], ...]:
    from vietnamadminunits.database import query

    return tuple(
        query(
            "SELECT provinceKey, provinceCode, districtKey, districtCode, wardKey, wardCode "
            "FROM admin_units_legacy"
        )
    )


def _legacy_key(row: dict[str, str]) -> str:
    """The converter's join key of a former ward ("prov_district_" for an island district)."""
    return f"{row['provinceKey']}_{row['districtKey']}_{row['wardKey'] or ''}"


@lru_cache(maxsize=1)
def former_province_successor() -> dict[str, str]:
    """{former province code (63-list): new province code (34-list)}; 63 entries."""
    from vietnamadminunits.converter.converter_2025 import DICT_PROVINCE

    old = {r["provinceKey"]: r["provinceCode"] for r in _legacy_rows()}
    new = {p.key: p.code for p in provinces_2025()}
    return {old[o]: new[n] for n, olds in DICT_PROVINCE.items() for o in olds}


def former_provinces_of(new_code: str) -> tuple[str, ...]:
    """The former provinces merged into a new province, by code."""
    return tuple(sorted(o for o, n in former_province_successor().items() if n == new_code))


def seat_former_province(new_code: str) -> str:
    """The former province holding the seat of a new one: each new province kept the code of
    the former province where its seat is (checked over the 34 in the tests)."""
    return new_code


@lru_cache(maxsize=1)
def former_commune_successor() -> dict[str, tuple[str, str]]:
    """{former ward code, or "D" + district code for the 5 island districts without wards:
    (new province code, new commune code)}; 10,040 entries.

    A former ward divided between new communes goes to the one the converter marks as default.
    """
    from vietnamadminunits.converter.converter_2025 import (
        DICT_PROVINCE_WARD_DIVIDED,
        DICT_PROVINCE_WARD_NO_DIVIDED,
    )

    new_ward = _commune_keys()
    whole = {
        old: (prov, ward)
        for prov, wards in DICT_PROVINCE_WARD_NO_DIVIDED.items()
        for ward, olds in wards.items()
        for old in olds
    }
    divided = {
        old: (prov, next(w["newWardKey"] for w in pieces if w["isDefaultNewWard"]))
        for prov, wards in DICT_PROVINCE_WARD_DIVIDED.items()
        for old, pieces in wards.items()
    }
    out: dict[str, tuple[str, str]] = {}
    for r in _legacy_rows():
        key = _legacy_key(r)
        target = whole.get(key) or divided[key]
        out[r["wardCode"] or "D" + r["districtCode"]] = new_ward[target]
    return out


@lru_cache(maxsize=1)
def former_ward_district() -> dict[str, str]:
    """{former ward code, or "D" + district code for the island districts: former district}."""
    return {(r["wardCode"] or "D" + r["districtCode"]): r["districtCode"] for r in _legacy_rows()}


@lru_cache(maxsize=1)
def commune_sources() -> dict[str, frozenset[str]]:
    """{new commune code: the former district codes it draws wards from} (every piece of a
    divided ward counts)."""
    from vietnamadminunits.converter.converter_2025 import (
        DICT_PROVINCE_WARD_DIVIDED,
        DICT_PROVINCE_WARD_NO_DIVIDED,
    )

    district = {_legacy_key(r): r["districtCode"] for r in _legacy_rows()}
    new_ward = _commune_keys()
    out: dict[str, set[str]] = {}
    for prov, wards in DICT_PROVINCE_WARD_NO_DIVIDED.items():
        for ward, olds in wards.items():
            out.setdefault(new_ward[(prov, ward)][1], set()).update(district[o] for o in olds)
    for prov, wards in DICT_PROVINCE_WARD_DIVIDED.items():
        for old, pieces in wards.items():
            for w in pieces:
                out.setdefault(new_ward[(prov, w["newWardKey"])][1], set()).add(district[old])
    return {code: frozenset(ds) for code, ds in out.items()}
