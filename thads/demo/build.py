"""The demo service: the real authorities of the decree's structure and a generated staff.

Deterministic from a seed. Authorities: the General Department, the 63 provincial departments
and their 696 district offices (official codes from `vietnamadminunits`), the Military
Judgment Enforcement Department and its military-region offices. The region coefficients,
special-area and Appendix flags are demo values (the real lists are legal acts the registry
does not ship); the provincial-capital unit is the province's first city by official code.

Staff: about `people` persons with grades and posts that respect Art. 72 (district heads
and deputies hold an officer grade junior or above, provincial directors and deputies
intermediate or above), written in bulk with their history rows.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from django.contrib.auth.models import User
from django.db import transaction
from simple_history.utils import bulk_create_with_history

from thads.accounts.models import Profile
from thads.core.crypto import configured_keys, lookup_hash
from thads.core.roles import Role, group_name
from thads.core.text import fold
from thads.demo.names import GIVEN_F, GIVEN_M, MIDDLE_F, MIDDLE_M, STREETS, SURNAMES
from thads.organization.geography import legacy_units
from thads.organization.models import Authority, Level
from thads.people.choices import Appointer, Employment, Grade, Post
from thads.people.models import GradeAssignment, LeadershipPost, Person, Posting

SYSTEM_START = date(2009, 7, 1)  # the Law on Civil Judgment Enforcement 2008 took effect
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
# (username, role, authority code, full name, the signer whose decisions the user records)
DEMO_USERS = [
    ("admin", Role.CENTRAL_ADMIN, "TCTHADS", "Quản trị Trung ương", "director_general"),
    ("botuphap", Role.CENTRAL_ADMIN, "TCTHADS", "Văn phòng Bộ trưởng", "minister_of_justice"),
    (
        "tinh.hanoi",
        Role.PROVINCIAL_PERSONNEL,
        "P01",
        "Cán bộ tổ chức Cục THADS Hà Nội",
        "provincial_director",
    ),
    ("chicuc.badinh", Role.DISTRICT_HEAD, "D001", "Chi cục trưởng Ba Đình", ""),
    ("thamtra.hanoi", Role.INSPECTOR, "P01", "Thẩm tra viên Cục THADS Hà Nội", ""),
    ("kiemtoan", Role.AUDITOR, "TCTHADS", "Kiểm toán viên", ""),
]


@dataclass
class Slot:
    grade: str
    post: str = ""


def _authorities(
    rng: random.Random,
) -> tuple[Authority, list[Authority], list[Authority], list[Authority]]:
    def make(**kw) -> Authority:
        a = Authority(valid_from=SYSTEM_START, **kw)
        a.path = (a.parent.path if a.parent else "") + a.code + "/"
        a.search_name = fold(f"{a.name} {a.code} {a.province_name}")
        return a

    central = make(
        code="TCTHADS",
        name="Tổng cục Thi hành án dân sự",
        name_en="General Department of Civil Judgment Enforcement",
        level=Level.CENTRAL,
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


def _pick(rng: random.Random, weighted: list[tuple[str, int]]) -> str:
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


APPOINTER = {
    Post.DIRECTOR_GENERAL: Appointer.MINISTER_OF_JUSTICE,
    Post.DEPUTY_DIRECTOR_GENERAL: Appointer.MINISTER_OF_JUSTICE,
    Post.HEAD_CENTRAL_UNIT: Appointer.DIRECTOR_GENERAL,
    Post.DEPUTY_HEAD_CENTRAL_UNIT: Appointer.DIRECTOR_GENERAL,
    Post.PROVINCIAL_DIRECTOR: Appointer.MINISTER_OF_JUSTICE,
    Post.DEPUTY_PROVINCIAL_DIRECTOR: Appointer.DIRECTOR_GENERAL,
    Post.HEAD_PROVINCIAL_UNIT: Appointer.PROVINCIAL_DIRECTOR,
    Post.DEPUTY_HEAD_PROVINCIAL_UNIT: Appointer.PROVINCIAL_DIRECTOR,
    Post.DISTRICT_HEAD: Appointer.DIRECTOR_GENERAL,
    Post.DEPUTY_DISTRICT_HEAD: Appointer.DIRECTOR_GENERAL,
}


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


@transaction.atomic
def build(*, seed: int = 2015, people: int = 10_000, today: date | None = None) -> dict:
    today = today or date.today()
    rng = random.Random(seed)
    keys = configured_keys()
    central, provincial, districts, military = _authorities(rng)
    persons: list[Person] = []
    plans: list[tuple[Person, Slot, date]] = []
    serial = 0
    for authority, size in _sizes(people, central, provincial, districts, military):
        is_military = authority.level in (Level.MILITARY_CENTRAL, Level.MILITARY_REGION)
        for slot in _slots(rng, authority.level, size):
            serial += 1
            gender = rng.choice("MF")
            full_name = _name(rng, gender)
            born = date(1962, 1, 1) + timedelta(days=rng.randint(0, 365 * 38))
            since = max(SYSTEM_START, born + timedelta(days=365 * 23 + rng.randint(0, 3000)))
            since = min(since, today - timedelta(days=30))
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
            person = Person(
                staff_code=f"CB{serial:06d}",
                full_name=full_name,
                search_name=fold(full_name),
                gender=gender,
                military=is_military,
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
            persons.append(person)
            plans.append((person, slot, since))
    # Encrypted fields are encrypted by the field on save; bulk_create goes through it too.
    bulk_create_with_history(persons, Person, batch_size=2000)
    saved = {p.staff_code: p.pk for p in Person.objects.only("id", "staff_code")}
    grades, postings, posts = [], [], []
    for person, slot, since in plans:
        pk = saved[person.staff_code]
        grades.append(GradeAssignment(person_id=pk, grade=slot.grade, valid_from=since))
        postings.append(Posting(person_id=pk, authority_id=person.authority_id, valid_from=since))
        if slot.post:
            posts.append(
                LeadershipPost(
                    person_id=pk,
                    authority_id=person.authority_id,
                    post=slot.post,
                    valid_from=since,
                    appointed_by=APPOINTER[slot.post],
                )
            )
    bulk_create_with_history(grades, GradeAssignment, batch_size=5000)
    bulk_create_with_history(postings, Posting, batch_size=5000)
    bulk_create_with_history(posts, LeadershipPost, batch_size=5000)
    users = create_demo_users()
    return {
        "authorities": Authority.objects.count(),
        "people": len(persons),
        "posts": len(posts),
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
