"""Services that write authorities. Each runs in one transaction and leaves a history row."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext_lazy as _

from thads.core.bulk import copy_to_history, update_with_history
from thads.core.errors import DomainError
from thads.core.history import save_with_history
from thads.organization.errors import OrganizationError
from thads.organization.geography import former_provinces_of, legacy_codes, provinces_2025
from thads.organization.models import Authority, AuthorityCommune, Level

ERR_CODE_IMMUTABLE = _("The code of an authority cannot change.")
ERR_STRUCTURE_EXISTS = _("The two-level structure of %(day)s already exists.")

# The two-level structure (Decision 1898/QĐ-BTP of 25/06/2025; Conclusion 162-KL/TW).
TWO_LEVEL_FROM = date(2025, 7, 1)
LAST_THREE_LEVEL_DAY = TWO_LEVEL_FROM - timedelta(days=1)
CENTRAL_2025 = Path(__file__).parent / "data" / "central_2025.yaml"
# Levels of the civil structure abolished on 01/07/2025 (the military system is unchanged).
FORMER_LEVELS = (Level.CENTRAL, Level.PROVINCIAL, Level.DISTRICT)
# Where the central bodies sit, in the 63-province list (Hà Nội).
CENTRAL_SEAT = "01"

EDITABLE_FIELDS = (
    "code",
    "name",
    "name_en",
    "level",
    "parent",
    "province_code",
    "province_name",
    "legacy_province_code",
    "admin_unit_code",
    "provincial_capital_unit",
    "region_allowance_coefficient",
    "special_area",
    "on_appendix_list",
    "seal_description",
    "office_address",
    "phone",
    "treasury_account",
    "treasury_name",
    "valid_from",
    "valid_to",
    "change_note",
)


@transaction.atomic
def authority_create(*, actor, predecessors=(), **fields) -> Authority:
    authority = Authority(**fields)
    if authority.parent and not authority.province_code:
        authority.province_code = authority.parent.province_code
        authority.province_name = authority.parent.province_name
    if not authority.legacy_province_code:
        authority.legacy_province_code = default_location(authority)
    authority.full_clean()
    save_with_history(authority, actor)
    if predecessors:
        authority.predecessors.set(predecessors)
    return authority


@transaction.atomic
def authority_update(*, actor, authority: Authority, **fields) -> Authority:
    unknown = set(fields) - set(EDITABLE_FIELDS)
    if unknown:
        raise ValueError(f"not editable: {sorted(unknown)}")
    old_path = authority.path
    if "code" in fields and fields["code"] != authority.code:
        raise ValidationError(
            {"code": [ValidationError(ERR_CODE_IMMUTABLE, code=OrganizationError.CODE_IMMUTABLE)]}
        )
    for name, value in fields.items():
        setattr(authority, name, value)
    authority.full_clean()
    save_with_history(authority, actor)
    if authority.path != old_path:
        # A move in the tree: descendants follow, row by row so history sees each.
        for child in Authority.objects.filter(path__startswith=old_path).exclude(pk=authority.pk):
            save_with_history(child, actor)
    return authority


def default_location(authority: Authority) -> str:
    """Where a new authority sits in the 63-province list, when not given: the central bodies
    in Hà Nội; a provincial authority in its province (each 2025 province kept the code of
    the former province that holds its seat); anything else where its parent sits. Military
    regions have no civil province."""
    if authority.level in (Level.CENTRAL, Level.CENTRAL_UNIT, Level.MILITARY_CENTRAL):
        return CENTRAL_SEAT
    if authority.level == Level.MILITARY_REGION:
        return ""
    if authority.level == Level.PROVINCIAL and authority.province_code in legacy_codes():
        return authority.province_code
    return authority.parent.legacy_province_code if authority.parent else ""


@dataclass(frozen=True)
class RegionalOfficeSpec:
    """A regional office to create under a 2025 provincial agency: from the official list (the
    import) or from the demo's grouping of the former districts."""

    province_code: str  # 34-province list
    number: int
    name: str
    districts: tuple[str, ...]  # the former districts it replaces (their D… authorities)
    legacy_province_code: str  # where it sits, in the 63-province list
    communes: tuple[tuple[str, str], ...] = ()  # (code, name) of the 2025 communes it covers
    seat_commune: str = ""

    @property
    def code(self) -> str:
        return regional_code(self.province_code, self.number)


def regional_code(province_code: str, number: int) -> str:
    return f"R{province_code}-{number:02d}"


@lru_cache(maxsize=1)
def central_2025() -> dict[str, Any]:
    """The central body from 01/07/2025 and its seven units, with their source."""
    with open(CENTRAL_2025, encoding="utf-8") as fh:
        data: dict[str, Any] = yaml.safe_load(fh)
    return data


def provincial_agency_name(province_name: str) -> str:
    """ "Thi hành án dân sự tỉnh X" / "Thi hành án dân sự thành phố X" (from the province's
    official name, "Tỉnh X" / "Thành phố X")."""
    kind, _sep, rest = province_name.partition(" ")
    if kind == "Thành":  # "Thành phố …"
        return f"Thi hành án dân sự thành phố {rest.removeprefix('phố ')}"
    return f"Thi hành án dân sự {kind.lower()} {rest}"


@transaction.atomic
def two_level_structure_create(
    *,
    actor,
    on: date = TWO_LEVEL_FROM,
    regional: tuple[RegionalOfficeSpec, ...] | list[RegionalOfficeSpec] = (),
    demo: bool = False,
) -> dict[str, int]:
    """The service from `on`: the Cục Quản lý THADS and its units, the 34 provincial agencies
    (one per province of the 2025 list, from the reference data) and the given regional
    offices, each linked to the authorities it succeeds; the civil authorities of the former
    structure end the day before.

    Written in bulk with a history row for each authority (reason: the decision's reference).
    Postings and posts are not touched: the reorganisation act carries them over. Regional
    offices may also come later, from the import of the official list. `demo` marks the
    regional offices as demo data.
    """
    data = central_2025()
    central_code = data["central"]["code"]
    if Authority.objects.filter(code=central_code).exists():
        raise DomainError(
            OrganizationError.STRUCTURE_EXISTS,
            str(ERR_STRUCTURE_EXISTS % {"day": on.strftime("%d/%m/%Y")}),
        )
    reason = "1898/QĐ-BTP"
    former = {
        a.code: a
        for a in Authority.objects.filter(level__in=FORMER_LEVELS, valid_to__isnull=True)
        .filter(valid_from__lt=on)
        .select_related("parent")
    }
    links: list[tuple[Authority, Authority]] = []

    def create(rows: list[Authority]) -> list[Authority]:
        for row in rows:
            row.set_derived()
        saved = Authority.objects.bulk_create(rows)
        copy_to_history(Authority, [a.pk for a in saved], actor=actor, reason=reason, kind="+")
        return saved

    old_central = former.get(data["central"]["predecessor"])
    legal = {
        name: getattr(old_central, name) if old_central else ""
        for name in ("seal_description", "office_address", "phone")
    }
    [central] = create(
        [
            Authority(
                code=central_code,
                name=data["central"]["name"],
                name_en=data["central"]["name_en"],
                level=Level.CENTRAL,
                legacy_province_code=CENTRAL_SEAT,
                valid_from=on,
                change_note=data["reference"],
                **legal,
            )
        ]
    )
    if old_central:
        links.append((central, old_central))
    create(
        [
            Authority(
                code=unit["code"],
                name=unit["name"],
                name_en=unit["name_en"],
                level=Level.CENTRAL_UNIT,
                parent=central,
                legacy_province_code=CENTRAL_SEAT,
                valid_from=on,
                change_note=data["reference"],
            )
            for unit in data["units"]
        ]
    )

    provincial = []
    for p in provinces_2025():
        seat = former.get(f"P{p.code}")
        provincial.append(
            Authority(
                code=f"T{p.code}",
                name=provincial_agency_name(p.name),
                name_en=f"Civil Judgment Enforcement of {p.short_name}",
                level=Level.PROVINCIAL,
                parent=central,
                province_code=p.code,
                province_name=p.name,
                legacy_province_code=p.code,
                admin_unit_code=p.code,
                valid_from=on,
                change_note=data["reference"],
                seal_description="Con dấu có hình Quốc huy",
                office_address=seat.office_address if seat else p.short_name,
                phone=seat.phone if seat else "",
                treasury_account=seat.treasury_account if seat else "",
                treasury_name=seat.treasury_name if seat else "",
            )
        )
    provincial = create(provincial)
    by_province = {a.province_code: a for a in provincial}
    for agency in provincial:
        links += [
            (agency, former[f"P{o}"])
            for o in former_provinces_of(agency.province_code)
            if f"P{o}" in former
        ]

    offices = []
    for spec in regional:
        parent = by_province[spec.province_code]
        first = former.get(f"D{spec.districts[0]}") if spec.districts else None
        offices.append(
            Authority(
                code=spec.code,
                name=spec.name,
                level=Level.REGIONAL,
                parent=parent,
                province_code=parent.province_code,
                province_name=parent.province_name,
                legacy_province_code=spec.legacy_province_code,
                admin_unit_code=spec.seat_commune,
                valid_from=on,
                demo=demo,
                change_note=data["reference"],
                # The facts of the office's seat: those of the first district it replaces.
                provincial_capital_unit=any(
                    former[f"D{d}"].provincial_capital_unit
                    for d in spec.districts
                    if f"D{d}" in former
                ),
                region_allowance_coefficient=(
                    first.region_allowance_coefficient if first else Decimal("0")
                ),
                special_area=first.special_area if first else False,
                on_appendix_list=first.on_appendix_list if first else False,
                office_address=first.office_address if first else "",
            )
        )
    offices = create(offices)
    communes = []
    for spec, office in zip(regional, offices, strict=True):
        links += [(office, former[f"D{d}"]) for d in spec.districts if f"D{d}" in former]
        communes += [
            AuthorityCommune(
                authority=office,
                commune_code=code,
                commune_name=name,
                province_code=spec.province_code,
                valid_from=on,
            )
            for code, name in spec.communes
        ]
    saved = AuthorityCommune.objects.bulk_create(communes, batch_size=1000)
    copy_to_history(AuthorityCommune, [c.pk for c in saved], actor=actor, reason=reason, kind="+")
    Authority.predecessors.through.objects.bulk_create(
        [Authority.predecessors.through(from_authority=new, to_authority=old) for new, old in links]
    )

    ended = {
        a.pk: {"valid_to": on - timedelta(days=1), "change_note": data["reference"]}
        for a in former.values()
    }
    update_with_history(Authority, ended, actor=actor, reason=reason)
    return {
        "central": 1,
        "central_units": len(data["units"]),
        "provincial": len(provincial),
        "regional": len(offices),
        "communes": len(communes),
        "ended": len(ended),
    }
