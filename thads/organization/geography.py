"""Reference geography: the pre-2025 provinces and districts, and the Art. 83.1.c cold region.

Provinces and districts come from the `vietnamadminunits` package (official codes); the cold
region list is data with its source clause in `data/cold_region.yaml`.
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


@dataclass(frozen=True)
class District:
    code: str
    province_code: str
    name: str
    short_name: str
    kind: str  # Quận, Huyện, Thị xã, Thành phố


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
        "SELECT DISTINCT provinceCode, province, provinceShort, districtCode, district, "
        "districtShort, districtType FROM admin_units_legacy ORDER BY provinceCode, districtCode"
    )
    provinces: dict[str, Province] = {}
    districts: dict[str, District] = {}
    for r in rows:
        provinces.setdefault(
            r["provinceCode"], Province(r["provinceCode"], r["province"], r["provinceShort"])
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
