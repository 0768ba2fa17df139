"""`regional_offices_import`: the official list of regional offices and their communes, checked
against the 2025 reference data; dry run, all or nothing, idempotent, demo offices kept apart."""

from __future__ import annotations

import logging
from datetime import date

import pytest

from tests import factories as f
from tests.onboarding.conftest import office_rows, office_table
from thads.onboarding.authorities import regional_offices_import
from thads.onboarding.errors import OnboardingError as E
from thads.onboarding.models import ImportRun
from thads.organization.geography import communes_2025
from thads.organization.models import Authority, AuthorityCommune

pytestmark = pytest.mark.django_db

ON = date(2025, 7, 1)


def run(rows, *, apply=False, replace_demo=False, fmt="csv", actor=None):
    return regional_offices_import(
        actor=actor,
        table=office_table(rows, fmt),
        apply=apply,
        replace_demo=replace_demo,
        file_name="f",
    )


def codes(report, line: int) -> set[str]:
    [row] = [r for r in report.rows if r.line == line]
    return {p.code for p in row.errors}


def written() -> tuple[int, int, int, int]:
    return (
        Authority.objects.filter(level="regional").count(),
        AuthorityCommune.objects.count(),
        Authority.history.count(),
        AuthorityCommune.history.count(),
    )


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_a_dry_run_checks_the_list_and_writes_nothing(two_level, fmt):
    before = written()
    report = run(office_rows("12", 3), fmt=fmt)
    assert report.ok, report.problems + [p for r in report.rows for p in r.errors]
    assert report.counts["created"] == 3 and report.counts["rows"] == 38
    assert written() == before
    assert not ImportRun.objects.exists()


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_apply_creates_the_offices_under_the_provincial_agency_with_their_communes(
    two_level, users, fmt
):
    report = run(office_rows("12", 3), apply=True, fmt=fmt, actor=users.admin)
    assert report.applied
    offices = Authority.objects.filter(level="regional").order_by("code")
    assert [o.code for o in offices] == ["R12-01", "R12-02", "R12-03"]
    first = offices[0]
    assert first.parent == two_level["12"]
    assert (first.valid_from, first.valid_to, first.demo) == (ON, None, False)
    assert (first.province_code, first.legacy_province_code) == ("12", "12")
    assert first.name == "Phòng Thi hành án dân sự khu vực 1 – Lai Châu"
    lai_chau = [c for c in communes_2025() if c.province_code == "12"]
    covered = AuthorityCommune.objects.filter(authority__in=offices)
    assert covered.count() == len(lai_chau) == 38
    assert {c.commune_code for c in covered} == {c.code for c in lai_chau}
    assert all(c.valid_from == ON and c.valid_to is None for c in covered)
    assert first.admin_unit_code == lai_chau[0].code  # the seat
    assert first.history.get().history_user == users.admin
    assert ImportRun.objects.get().created == 3


def test_each_former_district_becomes_a_predecessor_of_the_office_covering_most_of_it(two_level):
    """Hà Nội in 8 offices: Ba Đình (D001) and Hoàn Kiếm (D002), in the shared personas'
    registry, each go to one office."""
    report = run(office_rows("01", 8), apply=True)
    assert report.applied
    d001 = Authority.objects.get(code="D001")
    d002 = Authority.objects.get(code="D002")
    assert d001.successors.count() == 1 and d002.successors.count() == 1
    office = d001.successors.get()
    assert office.level == "regional" and office.parent.code == "T01"
    # Phúc Xá (ward 00001 of Ba Đình) became Hồng Hà (00097): its office succeeds Ba Đình or
    # shares it, and any sharing is said.
    covering = AuthorityCommune.objects.get(commune_code="00097").authority
    split = [w for w in report.warnings if w.code == E.DISTRICT_SPLIT and "001 " in w.message]
    assert covering == office or split


def test_a_second_run_changes_nothing(two_level):
    run(office_rows("12", 3), apply=True)
    before = written()
    again = run(office_rows("12", 3), apply=True)
    assert again.applied
    assert (again.counts["created"], again.counts["updated"], again.counts["unchanged"]) == (
        0,
        0,
        3,
    )
    assert written() == before


def test_a_corrected_list_moves_a_commune_and_renames_an_office_with_history(two_level):
    run(office_rows("12", 3), apply=True)
    rows = office_rows("12", 3)
    moved = rows[0]  # the seat of office 1 goes to office 2
    rows[1]["seat"] = "x"
    moved.update(number=2, name=rows[20]["name"], seat="")
    for row in rows:
        if row["number"] == 3:
            row["name"] = "Phòng Thi hành án dân sự khu vực 3 – tỉnh Lai Châu"
    history = AuthorityCommune.history.count()
    report = run(rows, apply=True)
    assert report.applied, report.problems + [p for r in report.rows for p in r.errors]
    assert (report.counts["created"], report.counts["updated"], report.counts["unchanged"]) == (
        0,
        3,
        0,
    )
    commune = AuthorityCommune.objects.get(commune_code=moved["commune"])
    assert commune.authority.code == "R12-02"
    assert AuthorityCommune.history.count() == history + 1
    three = Authority.objects.get(code="R12-03")
    assert three.name.endswith("tỉnh Lai Châu")
    assert three.history.count() == 2
    assert Authority.objects.get(code="R12-01").admin_unit_code == rows[1]["commune"]


def _bad(rows, index, **changes):
    rows[index].update(changes)
    return rows


BAD = [
    ("unknown province", lambda r: _bad(r, 0, province="99"), 2, E.UNKNOWN_PROVINCE),
    ("unknown commune", lambda r: _bad(r, 0, commune="99999"), 2, E.UNKNOWN_COMMUNE),
    (
        "commune of another province",
        lambda r: _bad(r, 0, commune="00004"),
        2,
        E.COMMUNE_NOT_IN_PROVINCE,
    ),
    ("name mismatch", lambda r: _bad(r, 0, commune_name="Xã Không Có"), 2, E.NAME_MISMATCH),
    ("bad office number", lambda r: _bad(r, 0, number="một"), 2, E.BAD_OFFICE_NUMBER),
    ("office number out of range", lambda r: _bad(r, 0, number=100), 2, E.BAD_OFFICE_NUMBER),
    ("no office name", lambda r: _bad(r, 0, name=""), 2, E.MISSING_VALUE),
    (
        "an office with two names",
        lambda r: _bad(r, 1, name="Phòng khác"),
        3,
        E.OFFICE_NAME_CONFLICT,
    ),
    ("an office with two seats", lambda r: _bad(r, 1, seat="x"), 3, E.TWO_SEATS),
    ("a duplicate row", lambda r: [*r, dict(r[5])], 7, E.DUPLICATE_ROW),
    (
        "a commune in two offices",
        lambda r: [*r, {**r[5], "number": 3, "name": r[-1]["name"]}],
        7,
        E.COMMUNE_IN_TWO_OFFICES,
    ),
]


@pytest.mark.parametrize(("mutate", "line", "code"), [b[1:] for b in BAD], ids=[b[0] for b in BAD])
def test_a_bad_row_is_reported_and_nothing_is_written(two_level, mutate, line, code):
    before = written()
    report = run(mutate(office_rows("12", 3)), apply=True)
    assert code in codes(report, line)
    assert not report.applied
    assert written() == before


def test_the_duplicated_commune_is_an_error_on_both_rows(two_level):
    rows = office_rows("12", 3)
    rows.append({**rows[5], "number": 3, "name": rows[-1]["name"]})
    report = run(rows)
    assert E.COMMUNE_IN_TWO_OFFICES in codes(report, 7)
    assert E.COMMUNE_IN_TWO_OFFICES in codes(report, len(rows) + 1)


def test_every_commune_of_a_province_in_the_file_must_be_covered(two_level):
    rows = office_rows("12", 3)
    dropped = rows.pop(4)
    report = run(rows, apply=True)
    assert [p.code for p in report.problems] == [E.COMMUNE_IN_NONE]
    assert dropped["commune"] in report.problems[0].message
    assert not report.applied and not Authority.objects.filter(level="regional").exists()


def test_offices_need_the_provincial_agency_of_01_07_2025(service):
    """Without the two-level structure there is no THADS tỉnh to put them under."""
    report = run(office_rows("12", 2), apply=True)
    assert E.NO_PROVINCIAL_AUTHORITY in codes(report, 2)
    assert not Authority.objects.filter(level="regional").exists()


def test_demo_offices_are_replaced_only_when_asked(two_level):
    demo = f.authority(
        "R12-01",
        "regional",
        two_level["12"],
        name="Phòng Thi hành án dân sự khu vực 1 – Lai Châu (demo)",
        valid_from=ON,
        demo=True,
    )
    refused = run(office_rows("12", 3), apply=True)
    assert [p.code for p in refused.problems] == [E.DEMO_OFFICES]
    assert not refused.applied
    assert Authority.objects.filter(level="regional").count() == 1

    replaced = run(office_rows("12", 3), apply=True, replace_demo=True)
    assert replaced.applied
    demo.refresh_from_db()
    assert (demo.demo, demo.name) == (False, "Phòng Thi hành án dân sự khu vực 1 – Lai Châu")
    assert (replaced.counts["created"], replaced.counts["updated"]) == (2, 1)


def test_an_office_not_in_the_file_is_kept_and_said(two_level):
    run(office_rows("12", 3), apply=True)
    report = run(office_rows("12", 2), apply=True)
    assert report.applied
    assert [w.code for w in report.warnings if w.code == E.OFFICE_NOT_IN_FILE] == [
        E.OFFICE_NOT_IN_FILE
    ]
    three = Authority.objects.get(code="R12-03")
    assert three.valid_to is None and not AuthorityCommune.objects.filter(authority=three).exists()


def test_an_office_over_cold_and_warm_former_provinces_sits_where_its_seat_is(two_level):
    """Quảng Ngãi (51, not in the Art. 83.1.c region) took in Kon Tum (62, Tây Nguyên): one office
    over the whole province sits where its seat commune is, and the import says so."""
    rows = office_rows("51", 1)
    report = run(rows, apply=True)
    assert report.applied
    assert [w.code for w in report.warnings if w.code == E.COLD_REGION_DISAGREES]
    office = Authority.objects.get(code="R51-01")
    seat = rows[0]["commune"]
    assert office.admin_unit_code == seat
    assert office.legacy_province_code in ("51", "62")


def test_the_log_names_lines_and_codes(two_level, caplog):
    caplog.set_level(logging.INFO, logger="thads.ops")
    rows = office_rows("12", 3)
    rows[0]["commune"] = "99999"
    run(rows)
    assert "line 2 key=R12-01: unknown_commune" in caplog.text
