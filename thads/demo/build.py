"""The demo service: the real authorities of both structures and a generated staff.

Deterministic from a seed. The demo starts on 01/09/2015 with the decree's three-level
structure: the General Department, the 63 provincial departments and their 696 district
offices (official codes from `vietnamadminunits`), and the military system. On 01/07/2025 it
builds the two-level structure (the Cục Quản lý THADS and its 7 units, the 34 provincial
agencies from the reference data, 355 regional offices grouped from the former districts:
demo data, `thads.demo.regions`) and runs the reorganisation act, the same service as
`thads reorganise`, which carries every posting and post across. Then it continues to today
with some hires and transfers. The region coefficients, special-area and Appendix flags are
demo values (the real lists are legal acts the registry does not ship); the provincial-capital
unit is the province's first city by official code.

Staff: `people` persons with grades and posts that respect Art. 72 (district heads and
deputies hold an officer grade junior or above, provincial directors and deputies
intermediate or above), written in bulk with their history rows; who appointed each leader
is read from the delegation table of the day (`people.Delegation`).
"""

from __future__ import annotations

import random
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from django.contrib.auth.models import User
from django.db import transaction
from simple_history.utils import bulk_create_with_history

from thads.accounts.models import Profile
from thads.core.bulk import copy_to_history, update_with_history
from thads.core.crypto import configured_keys, lookup_hash
from thads.core.roles import Role, group_name
from thads.core.text import fold
from thads.demo.names import GIVEN_F, GIVEN_M, MIDDLE_F, MIDDLE_M, STREETS, SURNAMES
from thads.demo.regions import demo_regional_offices
from thads.organization.geography import legacy_units
from thads.organization.models import Authority, Level
from thads.organization.services import TWO_LEVEL_FROM, two_level_structure_create
from thads.people.choices import Employment, Grade, Post
from thads.people.models import Delegation, GradeAssignment, LeadershipPost, Person, Posting
from thads.people.selectors import appointments_on
from thads.reorganisation.services import reorganise

# The demo starts when Decree 62/2015/NĐ-CP took effect (its rules refuse earlier days).
DEMO_START = date(2015, 9, 1)
REORGANISED_ON = TWO_LEVEL_FROM  # 01/07/2025, Decision 1898/QĐ-BTP
LAST_THREE_LEVEL_DAY = REORGANISED_ON - timedelta(days=1)
HIRED_AFTER = 0.03  # the share of the staff hired after the reorganisation
MOVED_AFTER = 0.005  # the share of the staff of 30/06/2025 transferred after it
DEMO_PASSWORD = "thads-demo-2026"  # noqa: S105 - printed for the demo, documented in README
MILITARY_REGIONS = [
    ("QK1", "Phòng Thi hành án Quân khu 1"),
    ("QK2", "Phòng Thi hành án Quân khu 2"),
    ("QK3", "Phòng Thi hành án Quân khu 3"),
    ("QK4", "Phòng Thi hành án Quân khu 4"),
    ("QK5", "Phòng Thi hành án Quân khu 5"),
    ("QK7", "Phòng Thi hành án Quân khu 7"),
    ("QK9", "Phòng Thi hành án Quân khu 9"),
    ("BTLTD", "Phòng Thi hành án Bộ Tư lệnh Thủ đô Hà Nội"),
    ("QCHQ", "Phòng Thi hành án Quân chủng Hải quân"),
]
# (username, role, authority code, full name, the signer whose decisions the user records):
# accounts of today's structure, created after the reorganisation.
DEMO_USERS = [
    ("admin", Role.CENTRAL_ADMIN, "CQLTHADS", "Quản trị Trung ương", "director_general"),
    ("botuphap", Role.CENTRAL_ADMIN, "CQLTHADS", "Văn phòng Bộ trưởng", "minister_of_justice"),
    (
        "tinh.hanoi",
        Role.PROVINCIAL_PERSONNEL,
        "T01",
        "Cán bộ tổ chức THADS thành phố Hà Nội",
        "provincial_director",
    ),
    ("khuvuc.hanoi1", Role.DISTRICT_HEAD, "R01-01", "Trưởng phòng THADS khu vực 1 Hà Nội", ""),
    ("thamtra.hanoi", Role.INSPECTOR, "T01", "Thẩm tra viên THADS thành phố Hà Nội", ""),
    ("kiemtoan", Role.AUDITOR, "CQLTHADS", "Kiểm toán viên", ""),
]


@dataclass
class Slot:
    grade: str
    post: str = ""


def _authorities(
    rng: random.Random,
) -> tuple[Authority, list[Authority], list[Authority], list[Authority]]:
    def make(**kw) -> Authority:
        a = Authority(valid_from=DEMO_START, **kw)
        a.set_derived()
        return a

    central = make(
        code="TCTHADS",
        name="Tổng cục Thi hành án dân sự",
        name_en="General Department of Civil Judgment Enforcement",
        level=Level.CENTRAL,
        legacy_province_code="01",
        seal_description="Con dấu có hình Quốc huy",
        office_address="60 Trần Phú, Ba Đình, Hà Nội",
        treasury_account="3711.0.1001.00000",
        treasury_name="Kho bạc Nhà nước Hà Nội",
    )
    bulk_create_with_history([central], Authority)
    central = Authority.objects.get(code="TCTHADS")
    provinces, districts = legacy_units()
    provincial = []
    for p in provinces:
        provincial.append(
            make(
                code=f"P{p.code}",
                name=f"Cục Thi hành án dân sự {p.name.replace('Thành phố ', 'thành phố ').replace('Tỉnh ', 'tỉnh ')}",
                name_en=f"Civil Judgment Enforcement Department of {p.short_name}",
                level=Level.PROVINCIAL,
                parent=central,
                province_code=p.code,
                province_name=p.name,
                legacy_province_code=p.code,
                admin_unit_code=p.code,
                seal_description="Con dấu có hình Quốc huy",
                office_address=f"{p.short_name}",
                treasury_account=f"3711.0.{p.code}00.00000",
                treasury_name=f"Kho bạc Nhà nước {p.short_name}",
            )
        )
    bulk_create_with_history(provincial, Authority)
    by_code = {a.province_code: a for a in Authority.objects.filter(level=Level.PROVINCIAL)}
    capital_done: set[str] = set()
    district_rows = []
    for d in districts:
        parent = by_code[d.province_code]
        city_province = parent.province_name.startswith("Thành phố")
        is_capital = d.province_code not in capital_done and (
            d.kind == ("Quận" if city_province else "Thành phố")
        )
        if is_capital:
            capital_done.add(d.province_code)
        coefficient = Decimal(str(rng.choice([0, 0, 0, 0.1, 0.2, 0.2, 0.3, 0.4, 0.5, 0.7])))
        special = coefficient >= Decimal("0.3") and rng.random() < 0.6
        district_rows.append(
            make(
                code=f"D{d.code}",
                name=f"Chi cục Thi hành án dân sự {d.name[0].lower()}{d.name[1:]}",
                name_en=f"Civil Judgment Enforcement Office of {d.short_name}",
                level=Level.DISTRICT,
                parent=parent,
                province_code=d.province_code,
                province_name=parent.province_name,
                legacy_province_code=d.province_code,
                admin_unit_code=d.code,
                provincial_capital_unit=is_capital,
                region_allowance_coefficient=Decimal("0") if is_capital else coefficient,
                special_area=special and not is_capital,
                on_appendix_list=special and not is_capital and rng.random() < 0.7,
                seal_description="Con dấu có hình Quốc huy",
                office_address=f"{d.name}, {parent.province_name}",
                treasury_account=f"3711.0.{d.code}0.00000",
                treasury_name=f"Kho bạc Nhà nước {d.short_name}",
            )
        )
    bulk_create_with_history(district_rows, Authority)
    military = make(
        code="CTHA-BQP",
        name="Cục Thi hành án Bộ Quốc phòng",
        name_en="Military Judgment Enforcement Department",
        level=Level.MILITARY_CENTRAL,
        legacy_province_code="01",
        seal_description="Con dấu có hình Quốc huy",
        office_address="Hà Nội",
    )
    bulk_create_with_history([military], Authority)
    military = Authority.objects.get(code="CTHA-BQP")
    regions = [
        make(code=code, name=name, level=Level.MILITARY_REGION, parent=military)
        for code, name in MILITARY_REGIONS
    ]
    bulk_create_with_history(regions, Authority)
    return (
        central,
        list(Authority.objects.filter(level=Level.PROVINCIAL)),
        list(Authority.objects.filter(level=Level.DISTRICT)),
        [military, *Authority.objects.filter(level=Level.MILITARY_REGION)],
    )


def _pick(rng: random.Random, weighted: Sequence[tuple[str, int]]) -> str:
    return rng.choices([g for g, _ in weighted], weights=[w for _, w in weighted])[0]


DISTRICT_STAFF = [
    (Grade.OFFICER_JUNIOR, 30),
    (Grade.OFFICER_INTERMEDIATE, 12),
    (Grade.SECRETARY, 22),
    (Grade.SECRETARY_INTERMEDIATE, 6),
    (Grade.SPECIALIST, 8),
    (Grade.OTHER, 14),
]
PROVINCIAL_STAFF = [
    (Grade.OFFICER_INTERMEDIATE, 14),
    (Grade.OFFICER_SENIOR, 4),
    (Grade.OFFICER_JUNIOR, 6),
    (Grade.INSPECTOR, 8),
    (Grade.INSPECTOR_PRINCIPAL, 5),
    (Grade.SECRETARY, 12),
    (Grade.SPECIALIST, 14),
    (Grade.SPECIALIST_PRINCIPAL, 6),
    (Grade.OTHER, 10),
]
CENTRAL_STAFF = [
    (Grade.INSPECTOR_SENIOR, 6),
    (Grade.INSPECTOR_PRINCIPAL, 14),
    (Grade.INSPECTOR, 10),
    (Grade.SPECIALIST_SENIOR, 6),
    (Grade.SPECIALIST_PRINCIPAL, 20),
    (Grade.SPECIALIST, 20),
    (Grade.OFFICER_SENIOR, 4),
    (Grade.OTHER, 6),
]
MILITARY_STAFF = [
    (Grade.OFFICER_JUNIOR, 30),
    (Grade.OFFICER_INTERMEDIATE, 20),
    (Grade.OFFICER_SENIOR, 5),
    (Grade.SECRETARY, 25),
    (Grade.SPECIALIST, 20),
]


# The staff mix of the authorities of today's structure (hires after the reorganisation).
NEW_STAFF: dict[str, list[tuple[Grade, int]]] = {
    Level.CENTRAL_UNIT: CENTRAL_STAFF,
    Level.PROVINCIAL: PROVINCIAL_STAFF,
    Level.REGIONAL: DISTRICT_STAFF,
}


def _slots(rng: random.Random, level: str, size: int) -> list[Slot]:
    """The staff of one authority: its leaders first (Art. 72 grades), then the rest."""
    if level == Level.DISTRICT:
        leaders = [
            Slot(rng.choice([Grade.OFFICER_INTERMEDIATE, Grade.OFFICER_JUNIOR]), Post.DISTRICT_HEAD)
        ]
        leaders += [
            Slot(Grade.OFFICER_JUNIOR, Post.DEPUTY_DISTRICT_HEAD) for _ in range(rng.randint(1, 2))
        ]
        mix = DISTRICT_STAFF
    elif level == Level.PROVINCIAL:
        leaders = [
            Slot(
                rng.choice([Grade.OFFICER_SENIOR, Grade.OFFICER_INTERMEDIATE]),
                Post.PROVINCIAL_DIRECTOR,
            )
        ]
        leaders += [
            Slot(Grade.OFFICER_INTERMEDIATE, Post.DEPUTY_PROVINCIAL_DIRECTOR)
            for _ in range(rng.randint(2, 3))
        ]
        leaders += [Slot(Grade.SPECIALIST_PRINCIPAL, Post.HEAD_PROVINCIAL_UNIT) for _ in range(3)]
        leaders += [Slot(Grade.INSPECTOR_PRINCIPAL, Post.DEPUTY_HEAD_PROVINCIAL_UNIT)]
        mix = PROVINCIAL_STAFF
    elif level == Level.CENTRAL:
        leaders = [Slot(Grade.SPECIALIST_SENIOR, Post.DIRECTOR_GENERAL)]
        leaders += [Slot(Grade.SPECIALIST_SENIOR, Post.DEPUTY_DIRECTOR_GENERAL) for _ in range(3)]
        leaders += [Slot(Grade.INSPECTOR_SENIOR, Post.HEAD_CENTRAL_UNIT) for _ in range(6)]
        leaders += [
            Slot(Grade.INSPECTOR_PRINCIPAL, Post.DEPUTY_HEAD_CENTRAL_UNIT) for _ in range(6)
        ]
        mix = CENTRAL_STAFF
    else:
        leaders, mix = [], MILITARY_STAFF
    leaders = leaders[:size]
    return leaders + [Slot(_pick(rng, mix)) for _ in range(max(size - len(leaders), 0))]


def _name(rng: random.Random, gender: str) -> str:
    surname = rng.choices([s for s, _ in SURNAMES], weights=[w for _, w in SURNAMES])[0]
    if gender == "M":
        return f"{surname} {rng.choice(MIDDLE_M)} {rng.choice(GIVEN_M)}"
    return f"{surname} {rng.choice(MIDDLE_F)} {rng.choice(GIVEN_F)}"


def _sizes(total: int, central, provincial, districts, military) -> list[tuple[Authority, int]]:
    """Split `total` staff over the authorities in the proportions of a real service."""
    weights = [(central, 150)] + [(a, 30) for a in provincial] + [(a, 11) for a in districts]
    weights += [(military[0], 30)] + [(a, 18) for a in military[1:]]
    # Largest-remainder apportionment: exactly `total`, in proportion to the weights.
    scale = total / sum(w for _, w in weights)
    shares = [(a, w * scale) for a, w in weights]
    sizes = [[a, int(share)] for a, share in shares]
    order = sorted(range(len(shares)), key=lambda i: shares[i][1] - int(shares[i][1]), reverse=True)
    for i in order[: total - sum(n for _, n in sizes)]:
        sizes[i][1] += 1
    return [(a, n) for a, n in sizes if n]


class _Appointers:
    """Who appointed to each post on a day, from the delegation table: one query per period
    of the table (its rows change on a few days only), not one per leader."""

    def __init__(self) -> None:
        starts = {DEMO_START}
        for valid_from, valid_to in Delegation.objects.values_list("valid_from", "valid_to"):
            starts.add(valid_from)
            if valid_to is not None:
                starts.add(valid_to + timedelta(days=1))
        self.starts = sorted(d for d in starts if d >= DEMO_START)
        self.cache: dict[date, dict[str, str]] = {}

    def __call__(self, post: str, on: date) -> str:
        start = self.starts[max(bisect_right(self.starts, on) - 1, 0)]
        if start not in self.cache:
            self.cache[start] = {p: a.appointer for p, a in appointments_on(start).items()}
        return self.cache[start][post]


def _person(
    rng: random.Random, keys, serial: int, authority: Authority, slot: Slot, since: date
) -> Person:
    gender = rng.choice("MF")
    full_name = _name(rng, gender)
    born = since - timedelta(days=365 * 23 + rng.randint(0, 365 * 25))
    national_id = f"0{authority.province_code or '01'}{rng.randint(0, 9)}{born.year % 100:02d}{rng.randint(0, 999999):06d}"
    employment = (
        Employment.CIVIL_SERVANT
        if slot.grade != Grade.OTHER
        else _pick(
            rng,
            [
                (Employment.PUBLIC_EMPLOYEE, 2),
                (Employment.INDEFINITE_CONTRACT, 3),
                (Employment.FIXED_TERM_CONTRACT, 2),
            ],
        )
    )
    return Person(
        staff_code=f"CB{serial:06d}",
        full_name=full_name,
        search_name=fold(full_name),
        gender=gender,
        military=authority.level in (Level.MILITARY_CENTRAL, Level.MILITARY_REGION),
        employment=employment,
        grade=slot.grade,
        authority=authority,
        post=slot.post,
        uniform_first_issue_on=since,
        date_of_birth=born.isoformat(),
        national_id=national_id,
        national_id_hash=lookup_hash(national_id, keys),
        phone=f"09{rng.randint(0, 99_999_999):08d}",
        home_address=f"Số {rng.randint(1, 300)} {rng.choice(STREETS)}, {authority.province_name or 'Hà Nội'}",
    )


def _since(rng: random.Random, first: date, last: date) -> date:
    """A start date between `first` and `last`, later ones a little more likely (the staff
    of 2015 were hired over the years before; the demo begins with them in post)."""
    span = (last - first).days
    return first + timedelta(days=int(span * rng.random() ** 0.6)) if span > 0 else first


def _created(model, rows: list) -> list[int]:
    """Insert `rows` and a history row ("+") for each, copied from the table as stored (the
    protected fields are encrypted once, not again for their history rows)."""
    saved = model.objects.bulk_create(rows, batch_size=2000)
    pks = [row.pk for row in saved]
    copy_to_history(model, pks, actor=None, reason="", kind="+")
    return pks


def _staff(plans: list[tuple[Person, Slot, date]], appointer: _Appointers) -> int:
    """Write persons with their grade, posting and post rows, and a history row for each."""
    pks = _created(Person, [person for person, _slot, _since in plans])
    grades, postings, posts = [], [], []
    for pk, (person, slot, since) in zip(pks, plans, strict=True):
        grades.append(GradeAssignment(person_id=pk, grade=slot.grade, valid_from=since))
        postings.append(Posting(person_id=pk, authority_id=person.authority_id, valid_from=since))
        if slot.post:
            posts.append(
                LeadershipPost(
                    person_id=pk,
                    authority_id=person.authority_id,
                    post=slot.post,
                    valid_from=since,
                    appointed_by=appointer(slot.post, since),
                )
            )
    _created(GradeAssignment, grades)
    _created(Posting, postings)
    _created(LeadershipPost, posts)
    return len(posts)


def _central_unit_heads() -> dict[str, str]:
    """The heads file of the demo's act: the heads and deputy heads of the former central
    units go one to each unit of the Cục Quản lý THADS, in order (the Văn phòng last)."""
    units = list(
        Authority.objects.filter(level=Level.CENTRAL_UNIT, valid_from=REORGANISED_ON)
        .order_by("pk")
        .values_list("code", flat=True)
    )
    heads: dict[str, str] = {}
    for post in (Post.HEAD_CENTRAL_UNIT, Post.DEPUTY_HEAD_CENTRAL_UNIT):
        holders = (
            Person.objects.filter(post=post, authority__code="TCTHADS")
            .order_by("staff_code")
            .values_list("staff_code", flat=True)
        )
        for staff_code, unit in zip(holders, units, strict=False):
            heads[staff_code] = unit
    return heads


def _after_reorganisation(
    rng: random.Random, keys, hires: int, serial: int, today: date, appointer: _Appointers
) -> tuple[int, int]:
    """The service continues to today: `hires` new staff in today's authorities, and a few
    transfers within one province, all dated after 01/07/2025."""
    first, last = REORGANISED_ON + timedelta(days=1), today - timedelta(days=30)
    units = list(Authority.objects.filter(level=Level.CENTRAL_UNIT).order_by("code"))
    provinces = list(
        Authority.objects.filter(level=Level.PROVINCIAL, valid_from=REORGANISED_ON).order_by("code")
    )
    offices = list(Authority.objects.filter(level=Level.REGIONAL).order_by("code"))
    weighted = [(a, 3) for a in units] + [(a, 10) for a in provinces] + [(a, 4) for a in offices]
    places = rng.choices([a for a, _w in weighted], weights=[w for _a, w in weighted], k=hires)
    plans = []
    for authority in places:
        serial += 1
        mix = NEW_STAFF[authority.level]
        since = _since(rng, first, last)
        slot = Slot(_pick(rng, mix))
        plans.append((_person(rng, keys, serial, authority, slot, since), slot, since))
    _staff(plans, appointer)

    # Transfers within the central body (to and from its units) or within a province (its
    # agency and regional offices), of people who were already in service on 30/06/2025
    # (their posting was carried by the act) and hold no post.
    within: dict[int, list[int]] = {a.pk: [a.pk] for a in provinces}
    for office in [*offices, *units]:
        parent_id = office.parent_id or 0
        within.setdefault(parent_id, [parent_id]).append(office.pk)
    province_of = {pk: top for top, members in within.items() for pk in members}
    candidates = list(
        Posting.objects.filter(
            valid_from=REORGANISED_ON,
            valid_to__isnull=True,
            person__post="",
            authority_id__in=province_of,
        )
        .order_by("person__staff_code")
        .values_list("person_id", "authority_id")
    )
    k = min(len(candidates), max(3, round(len(candidates) * MOVED_AFTER)))
    moves: dict[int, tuple[int, date]] = {}
    for person_id, authority_id in sorted(rng.sample(candidates, k=k)):
        others = [pk for pk in within[province_of[authority_id]] if pk != authority_id]
        if others:
            moves[person_id] = (rng.choice(others), _since(rng, first, last))
    _transfer(moves)
    return len(plans), len(moves)


def _transfer(moves: dict[int, tuple[int, date]]) -> None:
    """Postings closed the day before and opened at the new office, with their history (the
    rows a transfer writes)."""
    note = "Điều động trong tỉnh (dữ liệu minh hoạ)"
    closed, opened = {}, []
    for posting in Posting.objects.filter(person_id__in=moves, valid_to__isnull=True):
        to_id, on = moves[posting.person_id]
        on = max(on, posting.valid_from + timedelta(days=1))
        closed[posting.pk] = {"valid_to": on - timedelta(days=1)}
        opened.append(
            Posting(person_id=posting.person_id, authority_id=to_id, valid_from=on, note=note)
        )
    update_with_history(Posting, closed, actor=None, reason="")
    _created(Posting, opened)
    update_with_history(
        Person,
        {pk: {"authority_id": to_id} for pk, (to_id, _on) in moves.items()},
        actor=None,
        reason="",
    )


@transaction.atomic
def build(*, seed: int = 2015, people: int = 10_000, today: date | None = None) -> dict:
    """The demo service as of `today` (at least a month after 01/07/2025): both structures,
    `people` staff, the reorganisation act between them, and the demo users."""
    today = today or date.today()
    if today < REORGANISED_ON + timedelta(days=31):
        raise ValueError("The demo is built as of a day after 31/07/2025.")
    rng = random.Random(seed)
    keys = configured_keys()
    appointer = _Appointers()
    central, provincial, districts, military = _authorities(rng)
    hires = round(people * HIRED_AFTER)
    plans: list[tuple[Person, Slot, date]] = []
    serial = 0
    for authority, size in _sizes(people - hires, central, provincial, districts, military):
        for slot in _slots(rng, authority.level, size):
            serial += 1
            since = _since(rng, DEMO_START, LAST_THREE_LEVEL_DAY)
            plans.append((_person(rng, keys, serial, authority, slot, since), slot, since))
    posts = _staff(plans, appointer)

    structure = two_level_structure_create(
        actor=None, on=REORGANISED_ON, regional=demo_regional_offices(), demo=True
    )
    _plan, act = reorganise(
        actor=None, effective_on=REORGANISED_ON, heads=_central_unit_heads(), apply=True
    )
    hired, moved = _after_reorganisation(rng, keys, hires, serial, today, appointer)
    users = create_demo_users()
    return {
        "authorities": Authority.objects.count(),
        "regional": structure["regional"],
        "people": len(plans) + hired,
        "posts": posts,
        "hired_after": hired,
        "moved_after": moved,
        "act": act.summary if act else {},
        "users": users,
    }


def create_demo_users() -> list[tuple[str, str, str]]:
    from django.contrib.auth.models import Group

    out = []
    for username, role, code, full_name, signs_for in DEMO_USERS:
        authority = Authority.objects.get(code=code)
        user, _ = User.objects.get_or_create(username=username)
        first, _, last = full_name.rpartition(" ")
        user.first_name, user.last_name = first, last
        user.is_staff = role == Role.CENTRAL_ADMIN
        user.is_superuser = False
        user.set_password(DEMO_PASSWORD)
        user.save()
        user.groups.set([Group.objects.get(name=group_name(role))])
        Profile.objects.update_or_create(
            user=user, defaults={"role": role, "authority": authority, "signs_for": signs_for}
        )
        label = str(Role(role).label)
        if signs_for:
            label += f" — records decisions for the {signs_for.replace('_', ' ')}"
        out.append((username, label, authority.name))
    return out
