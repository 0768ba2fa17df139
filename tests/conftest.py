"""Shared personas (as healthchecks' hc/test.py does): a small service and one user per role.

central TCTHADS
├── P01 (Hà Nội)   ── D001 (Ba Đình), D002
└── P79 (HCM)      ── D760
CTHA-BQP (military) ── QK1

admin   central administrator @ TCTHADS
alice   provincial personnel  @ P01
bob     district head         @ D001
ivan    inspector             @ P01
audrey  auditor               @ TCTHADS
carol   provincial personnel  @ P79
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

import pytest
from cryptography.fernet import Fernet

from tests import factories as f

TEST_KEYS = [Fernet.generate_key().decode()]
FAST_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(autouse=True)
def _test_settings(settings):
    settings.THADS_DATA_KEYS = TEST_KEYS
    settings.PASSWORD_HASHERS = FAST_HASHERS


@pytest.fixture(scope="session")
def django_db_modify_db_settings(request):
    """`--reuse-db` keeps the test database between runs (`--create-db` rebuilds it; new
    migrations are applied either way). An in-memory SQLite database cannot be kept, so with
    `--reuse-db` the SQLite test database is a file next to the real one, var/test_*.sqlite3.
    Without it (CI) the suite runs on a fresh database, in memory on SQLite."""
    from django.conf import settings

    db = settings.DATABASES["default"]
    if (
        request.config.getoption("reuse_db")
        and db["ENGINE"].endswith("sqlite3")
        and not db.get("TEST", {}).get("NAME")
        and str(db["NAME"]) != ":memory:"
    ):
        name = Path(db["NAME"])
        db.setdefault("TEST", {})["NAME"] = str(name.with_name(f"test_{name.name}"))
    request.getfixturevalue("django_db_modify_db_settings_parallel_suffix")  # xdist workers


@pytest.fixture(scope="session")
def django_db_createdb(request, django_db_modify_db_settings):
    """`--create-db`, or `--reuse-db` when a migration file changed since the kept database
    was built: an edited migration (not only a new one) would leave it inconsistent."""
    if request.config.getvalue("create_db"):
        return True
    if not request.config.getvalue("reuse_db"):
        return False
    from django.apps import apps
    from django.conf import settings

    digest = hashlib.sha256()
    for config in sorted(apps.get_app_configs(), key=lambda c: c.label):
        for path in sorted((Path(config.path) / "migrations").glob("*.py")):
            digest.update(f"{config.label}/{path.name}\0".encode() + path.read_bytes())
    db = settings.DATABASES["default"]
    name = f"{db['ENGINE']} {db.get('TEST', {}).get('NAME') or db['NAME']}"
    stamp = Path(settings.VAR_DIR) / f".reuse-db-{hashlib.sha256(name.encode()).hexdigest()[:12]}"
    if stamp.exists() and stamp.read_text() == digest.hexdigest():
        return False
    stamp.parent.mkdir(parents=True, exist_ok=True)
    stamp.write_text(digest.hexdigest())
    return True


@dataclass
class Service:
    central: object
    p01: object
    p79: object
    d001: object
    d002: object
    d760: object
    mil: object
    qk1: object


@dataclass
class People:
    central: object
    p01: object
    d001: object
    d002: object
    p79: object
    d760: object
    qk1: object


@pytest.fixture
def service(db) -> Service:
    central = f.authority("TCTHADS", "central", name="Tổng cục Thi hành án dân sự")
    p01 = f.authority("P01", "provincial", central, name="Cục Thi hành án dân sự thành phố Hà Nội")
    p79 = f.authority("P79", "provincial", central, name="Cục Thi hành án dân sự TP Hồ Chí Minh")
    d001 = f.authority("D001", "district", p01, name="Chi cục Thi hành án dân sự quận Ba Đình")
    d002 = f.authority("D002", "district", p01, name="Chi cục Thi hành án dân sự quận Hoàn Kiếm")
    d760 = f.authority("D760", "district", p79, name="Chi cục Thi hành án dân sự Quận 1")
    mil = f.authority("CTHA-BQP", "military_central", name="Cục Thi hành án Bộ Quốc phòng")
    qk1 = f.authority("QK1", "military_region", mil, name="Phòng Thi hành án Quân khu 1")
    return Service(central, p01, p79, d001, d002, d760, mil, qk1)


@pytest.fixture
def people(service) -> People:
    return People(
        central=f.person("Lê Thị Hồng", service.central, "inspector_senior", gender="F"),
        p01=f.person(
            "Nguyễn Văn An",
            service.p01,
            "officer_intermediate",
            national_id="001090012345",
            phone="0912345678",
            home_address="12 Lê Lợi, Hà Nội",
        ),
        d001=f.person("Trần Đức Bình", service.d001, "officer_junior"),
        d002=f.person("Phạm Thu Hà", service.d002, "secretary", gender="F"),
        p79=f.person("Võ Minh Tuấn", service.p79, "officer_senior"),
        d760=f.person("Đặng Ngọc Lan", service.d760, "secretary_intermediate", gender="F"),
        qk1=f.person("Hoàng Quốc Việt", service.qk1, "officer_junior"),
    )


@dataclass
class Users:
    admin: object
    alice: object
    bob: object
    ivan: object
    audrey: object
    carol: object


@pytest.fixture
def users(service) -> Users:
    return Users(
        admin=f.user("admin", "central_admin", service.central),
        alice=f.user("alice", "provincial_personnel", service.p01),
        bob=f.user("bob", "district_head", service.d001),
        ivan=f.user("ivan", "inspector", service.p01),
        audrey=f.user("audrey", "auditor", service.central),
        carol=f.user("carol", "provincial_personnel", service.p79),
    )


def pytest_collection_modifyitems(config, items):
    """PostgreSQL-only tests are skipped on SQLite, and required when CI asks for PostgreSQL."""
    from django.conf import settings

    on_postgres = settings.DATABASES["default"]["ENGINE"].endswith("postgresql")
    if os.environ.get("THADS_REQUIRE_POSTGRES") == "1" and not on_postgres:
        raise pytest.UsageError("THADS_REQUIRE_POSTGRES=1 but DATABASE_URL is not PostgreSQL")
    if on_postgres:
        return
    skip = pytest.mark.skip(reason="needs PostgreSQL (set DATABASE_URL)")
    for item in items:
        if "postgres" in item.keywords:
            item.add_marker(skip)
