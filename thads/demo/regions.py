"""The demo's regional offices: the former districts of each new province grouped into 355
offices (the official list, with the communes each office covers, is imported from a file).

Seats are shared out over the 63 former provinces in proportion to their number of districts
(largest remainder, at least one each; equal remainders go by the province's name); each former province's districts, in code order, are
cut into that many consecutive groups of near-equal size. No office straddles two former
provinces, so where each one sits (Art. 83.1.c) is never in doubt. Each commune of the 2025
list goes to the office most of its former wards come from (ties: the lowest district code).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from functools import lru_cache

from thads.organization.geography import (
    commune_sources,
    communes_2025,
    former_commune_successor,
    former_province_successor,
    former_ward_district,
    legacy_units,
    provinces_2025,
)
from thads.organization.services import RegionalOfficeSpec

REGIONAL_OFFICES = 355  # one per regional court (today.md)


def apportion(counts: dict[str, int], seats: int = REGIONAL_OFFICES) -> dict[str, int]:
    """Largest-remainder shares of `seats` in proportion to `counts`, at least one each (the
    seats a minimum adds are taken back from the smallest remainders); ties go by key, so the
    result never depends on dictionary order."""
    total = sum(counts.values())
    quota = {k: c * seats / total for k, c in counts.items()}
    out = {k: max(1, int(q)) for k, q in quota.items()}
    by_remainder = sorted(counts, key=lambda k: (-(quota[k] - int(quota[k])), k))
    for k in by_remainder[: max(seats - sum(out.values()), 0)]:
        out[k] += 1
    for k in reversed(by_remainder):
        if sum(out.values()) <= seats:
            break
        if out[k] > 1:
            out[k] -= 1
    return out


def _cut(items: list[str], parts: int) -> list[list[str]]:
    """`items` in order, cut into `parts` consecutive groups whose sizes differ by one at most."""
    size, extra = divmod(len(items), parts)
    groups, start = [], 0
    for i in range(parts):
        end = start + size + (1 if i < extra else 0)
        groups.append(items[start:end])
        start = end
    return groups


@lru_cache(maxsize=1)
def demo_regional_offices() -> tuple[RegionalOfficeSpec, ...]:
    """The 355 demo offices, numbered 1… within each new province in (former province code,
    district code) order, each with the communes it covers."""
    provinces, districts = legacy_units()
    by_former: dict[str, list[str]] = defaultdict(list)
    for d in sorted(districts, key=lambda d: d.code):
        by_former[d.province_code].append(d.code)
    # Shared out by the provinces' name keys (equal remainders go to the first name), then
    # read back by code.
    code_of = {p.key: p.code for p in provinces}
    by_key = apportion({p.key: len(by_former[p.code]) for p in provinces})
    seats = {code_of[key]: n for key, n in by_key.items()}
    successor = former_province_successor()
    new_provinces = {p.code: p for p in provinces_2025()}

    groups: dict[str, list[tuple[str, list[str]]]] = defaultdict(list)
    for former in sorted(by_former):
        for group in _cut(by_former[former], seats[former]):
            groups[successor[former]].append((former, group))

    office_of_district: dict[str, tuple[str, int]] = {}
    for new_code, offices in groups.items():
        for number, (_former, group) in enumerate(offices, start=1):
            for code in group:
                office_of_district[code] = (new_code, number)

    # Each 2025 commune goes to the office most of its former wards come from.
    ward_district = former_ward_district()
    votes: dict[str, Counter[tuple[str, int]]] = defaultdict(Counter)
    first_district: dict[tuple[str, str, int], str] = {}
    for ward, (_prov, code) in former_commune_successor().items():
        district = ward_district[ward]
        office = office_of_district[district]
        votes[code][office] += 1
        key = (code, *office)
        first_district[key] = min(first_district.get(key, district), district)
    covered: dict[tuple[str, int], list[tuple[str, str, int]]] = defaultdict(list)
    sources = commune_sources()
    for commune in communes_2025():
        ballot = votes.get(commune.code)
        if ballot:
            top = max(ballot.values())
            office = min(
                (o for o, n in ballot.items() if n == top),
                key=lambda o: first_district[(commune.code, *o)],
            )
            weight = top
        else:  # no former ward maps here by default: the lowest district it draws from
            office, weight = office_of_district[min(sources[commune.code])], 0
        covered[office].append((commune.code, commune.name, weight))

    out = []
    for new_code in sorted(groups):
        province = new_provinces[new_code]
        for number, (former, group) in enumerate(groups[new_code], start=1):
            communes = sorted(covered[(new_code, number)])
            # The seat: the commune most of the office's wards went to (ties: the lowest code).
            seat = min(communes, key=lambda c: (-c[2], c[0]))[0] if communes else ""
            out.append(
                RegionalOfficeSpec(
                    province_code=new_code,
                    number=number,
                    name=f"Phòng Thi hành án dân sự khu vực {number} – {province.short_name}",
                    districts=tuple(group),
                    legacy_province_code=former,
                    communes=tuple((code, name) for code, name, _w in communes),
                    seat_commune=seat,
                )
            )
    return tuple(out)
