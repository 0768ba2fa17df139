"""`people_import`: a staff list as it stands, through the people services; dry run, all or
nothing, idempotent on the staff code, scoped, and silent about protected data."""

from __future__ import annotations

import logging
from datetime import date

import pytest
from openpyxl import load_workbook

from tests.onboarding.conftest import SECRETS, good_staff, staff_row, staff_table
from thads.onboarding.errors import OnboardingError as E
from thads.onboarding.models import ImportRun
from thads.onboarding.people import people_import
from thads.people.errors import PeopleError
from thads.people.models import GradeAssignment, LeadershipPost, Person, Posting

pytestmark = pytest.mark.django_db


def run(rows, *, apply=False, user=None, fmt="xlsx"):
    return people_import(
        actor=user, scope_user=user, table=staff_table(rows, fmt), apply=apply, file_name="f"
    )


def history_rows() -> int:
    return sum(m.history.count() for m in (Person, GradeAssignment, Posting, LeadershipPost))


def codes(report, line: int) -> set[str]:
    [row] = [r for r in report.rows if r.line == line]
    return {p.code for p in row.errors}


@pytest.mark.parametrize("fmt", ["xlsx", "csv"])
def test_a_dry_run_reports_what_it_would_do_and_writes_nothing(service, fmt):
    before = (Person.objects.count(), history_rows())
    report = run(good_staff(), fmt=fmt)
    assert report.ok, [(r.line, r.errors) for r in report.rows]
    assert report.counts["created"] == 3
    assert not report.applied
    assert (Person.objects.count(), history_rows()) == before
    assert not ImportRun.objects.exists()


@pytest.mark.parametrize("fmt", ["xlsx", "csv"])
def test_apply_records_grades_postings_and_posts_with_their_decisions(service, users, fmt):
    report = run(good_staff(), apply=True, user=users.admin, fmt=fmt)
    assert report.ok and report.applied
    mai = Person.objects.get(staff_code="HN0001")
    assert (mai.full_name, mai.gender, mai.grade, mai.post) == (
        "Nguyễn Thị Mai",
        "F",
        "officer_intermediate",
        "district_head",
    )
    assert mai.authority == service.d001
    assert (mai.national_id, mai.phone, mai.date_of_birth) == (
        "001185000123",
        "0912000123",
        "1985-03-02",
    )
    [grade] = mai.grades.all()
    assert (grade.valid_from, grade.decision_ref) == (
        date(2018, 5, 1),
        "125/QĐ-BTP ngày 20/4/2018 của Bộ trưởng Bộ Tư pháp",
    )
    [posting] = mai.postings.all()
    assert (posting.authority, posting.valid_from, posting.decision_ref) == (
        service.d001,
        date(2019, 1, 2),
        "15/QĐ-CTHADS ngày 28/12/2018",
    )
    [post] = mai.posts.all()
    assert (post.post, post.authority, post.valid_from, post.decision_ref) == (
        "district_head",
        service.d001,
        date(2020, 3, 1),
        "40/QĐ-CTHADS ngày 25/02/2020",
    )
    assert mai.history.filter(history_user=users.admin).exists()
    assert Person.objects.get(staff_code="HN0003").employment == "fixed_term_contract"
    run_row = ImportRun.objects.get()
    assert (run_row.kind, run_row.user, run_row.rows, run_row.created) == (
        "people",
        users.admin,
        3,
        3,
    )


def test_a_second_run_of_the_same_file_changes_nothing(service):
    run(good_staff(), apply=True)
    before = history_rows()
    again = run(good_staff(), apply=True)
    assert again.ok
    assert again.counts | {} == {"rows": 3, "errors": 0, "created": 0, "updated": 0, "unchanged": 3}
    assert history_rows() == before
    assert [r.warnings for r in again.rows] == [[], [], []]


def test_a_changed_row_changes_only_what_differs_with_history(service):
    run(good_staff(), apply=True)
    nam = Person.objects.get(staff_code="HN0002")
    posting_history = Posting.history.count()
    rows = good_staff()
    rows[1].update(
        grade="Chấp hành viên trung cấp",
        grade_from=date(2024, 9, 1),
        grade_ref="300/QĐ-BTP ngày 25/8/2024",
        phone="0987000111",
    )
    report = run(rows, apply=True)
    assert report.counts["updated"] == 1 and report.counts["unchanged"] == 2
    [changed] = [r for r in report.rows if r.action == "updated"]
    assert changed.key == "HN0002" and sorted(changed.changes) == ["grade", "identity"]
    nam.refresh_from_db()
    assert (nam.grade, nam.phone) == ("officer_intermediate", "0987000111")
    old, new = nam.grades.order_by("valid_from")
    assert (old.grade, old.valid_to) == ("officer_junior", date(2024, 8, 31))
    assert (new.grade, new.valid_from, new.decision_ref) == (
        "officer_intermediate",
        date(2024, 9, 1),
        "300/QĐ-BTP ngày 25/8/2024",
    )
    assert Posting.history.count() == posting_history  # the posting did not change
    assert nam.history.count() >= 2


def test_a_new_posting_moves_the_person_and_ends_the_post_of_the_old_office(service):
    run(good_staff(), apply=True)
    rows = good_staff()
    rows[0].update(
        authority="D002",
        posting_from=date(2023, 1, 3),
        posting_ref="2/QĐ-CTHADS ngày 30/12/2022",
        post="",
        post_from=None,
        post_ref="",
    )
    report = run(rows, apply=True)
    assert report.ok
    mai = Person.objects.get(staff_code="HN0001")
    assert (mai.authority, mai.post) == (service.d002, "")
    old, new = mai.postings.order_by("valid_from")
    assert old.valid_to == date(2023, 1, 2)
    assert (new.valid_from, new.decision_ref) == (date(2023, 1, 3), "2/QĐ-CTHADS ngày 30/12/2022")
    assert mai.posts.get().valid_to == date(2023, 1, 2)


def test_a_record_that_differs_only_in_a_date_is_kept_with_a_warning(service):
    run(good_staff(), apply=True)
    rows = good_staff()
    rows[2]["posting_from"] = date(2022, 3, 1)
    report = run(rows, apply=True)
    assert report.ok and report.counts["unchanged"] == 3
    [row] = [r for r in report.rows if r.warnings]
    assert row.key == "HN0003" and row.warnings[0].code == E.DIFFERS_FROM_RECORD


def test_one_bad_row_writes_nothing_at_all(service):
    rows = [*good_staff(), staff_row(staff_code="HN0009", grade="Ngạch không có", national_id="")]
    before = (Person.objects.count(), history_rows())
    report = run(rows, apply=True)
    assert not report.ok and not report.applied
    assert codes(report, 5) == {E.UNKNOWN_GRADE}
    assert report.counts["created"] == 3  # the good rows passed their checks…
    assert (Person.objects.count(), history_rows()) == before  # …and none was written
    assert not ImportRun.objects.exists()


BAD_ROWS = [
    ("unknown authority", {"authority": "X999"}, E.UNKNOWN_AUTHORITY),
    ("unknown grade", {"grade": "Kỹ sư"}, E.UNKNOWN_GRADE),
    (
        "unknown post",
        {"post": "Giám đốc", "post_from": date(2020, 1, 1), "post_ref": "1/QĐ"},
        E.UNKNOWN_POST,
    ),
    ("unknown employment", {"employment": "Thực tập"}, E.UNKNOWN_EMPLOYMENT),
    ("unknown gender", {"gender": "X"}, E.UNKNOWN_GENDER),
    ("bad date", {"grade_from": "31/02/2020"}, E.BAD_DATE),
    ("bad date text", {"posting_from": "tháng 5"}, E.BAD_DATE),
    ("date in the future", {"posting_from": date(2999, 1, 1)}, E.DATE_IN_FUTURE),
    ("no grade decision", {"grade_ref": ""}, E.MISSING_DECISION_REF),
    ("no posting decision", {"posting_ref": ""}, E.MISSING_DECISION_REF),
    (
        "no post decision",
        {"post": "Chi cục trưởng", "post_from": date(2020, 1, 1)},
        E.MISSING_DECISION_REF,
    ),
    ("decision too long", {"grade_ref": "x" * 61}, E.DECISION_REF_TOO_LONG),
    ("no staff code", {"staff_code": ""}, E.MISSING_VALUE),
    ("bad staff code", {"staff_code": "HN 01"}, E.BAD_STAFF_CODE),
    (
        "post before posting",
        {"post": "Chi cục trưởng", "post_from": date(2018, 1, 1), "post_ref": "1/QĐ"},
        E.POST_BEFORE_POSTING,
    ),
    ("post date without post", {"post_from": date(2020, 1, 1)}, E.POST_DATE_WITHOUT_POST),
    # The people services decide these (Art. 72.1; the level of a post; identity formats).
    (
        "Đ72.1 a district head is a junior officer or above",
        {
            "grade": "Thư ký thi hành án",
            "post": "Chi cục trưởng",
            "post_from": date(2020, 1, 1),
            "post_ref": "1/QĐ",
        },
        PeopleError.GRADE_TOO_LOW,
    ),
    (
        "a district post at a provincial department",
        {
            "authority": "P01",
            "post": "Chi cục trưởng",
            "post_from": date(2020, 1, 1),
            "post_ref": "1/QĐ",
        },
        PeopleError.POST_LEVEL,
    ),
    ("bad ID number", {"national_id": "12345678901234"}, "national_id"),
    ("bad phone", {"phone": "12"}, "phone"),
    ("a name with digits", {"full_name": "Nguyễn Văn 3"}, "full_name"),
    (
        "posted before the authority existed",
        {"posting_from": date(2015, 1, 5)},
        PeopleError.AUTHORITY_NOT_VALID,
    ),
]


@pytest.mark.parametrize(
    ("changes", "code"), [r[1:] for r in BAD_ROWS], ids=[r[0] for r in BAD_ROWS]
)
def test_a_bad_row_is_reported_with_its_code(service, changes, code):
    report = run([staff_row(**changes)], apply=True)
    assert code in codes(report, 2)
    assert not report.applied and not Person.objects.exists()


def test_a_person_posted_to_a_military_authority_is_military_staff(service):
    report = run([staff_row(authority="QK1")], apply=True)
    assert report.applied
    assert Person.objects.get(staff_code="HN0001").military


def test_duplicates_within_the_file_are_errors_on_every_occurrence(service):
    first = staff_row()
    copy = staff_row()
    same_id = staff_row(staff_code="HN0007")
    report = run([first, copy, same_id])
    assert E.DUPLICATE_ROW in codes(report, 2) and E.DUPLICATE_ROW in codes(report, 3)
    assert E.DUPLICATE_NATIONAL_ID in codes(report, 4)


def test_an_id_number_recorded_for_another_staff_code_is_refused(service, people):
    # people.p01 holds 001090012345
    report = run([staff_row(national_id="001090012345")])
    assert codes(report, 2) == {E.NATIONAL_ID_TAKEN}


def test_a_provincial_officer_cannot_import_into_another_province(service, users):
    """carol is the personnel officer of P79: a row for P01 is refused, and so is a staff
    code recorded in P01; nothing is written."""
    report = run([staff_row(authority="P01")], apply=True, user=users.carol)
    assert codes(report, 2) == {E.AUTHORITY_OUT_OF_SCOPE}
    assert not Person.objects.filter(staff_code="HN0001").exists()


def test_a_person_outside_the_scope_cannot_be_moved_in_by_staff_code(service, users, people):
    report = run(
        [staff_row(staff_code=people.p01.staff_code, authority="D760")],
        apply=True,
        user=users.carol,
    )
    assert E.PERSON_OUT_OF_SCOPE in codes(report, 2)
    people.p01.refresh_from_db()
    assert people.p01.authority == service.p01


def test_a_provincial_officer_imports_into_their_own_province(service, users):
    rows = [staff_row(authority="D760", national_id="", phone="")]
    report = run(rows, apply=True, user=users.carol)
    assert report.applied
    assert Person.objects.get(staff_code="HN0001").authority == service.d760


def test_missing_columns_are_one_problem_of_the_file(service):
    from tests.onboarding.conftest import xlsx_bytes
    from thads.onboarding.tables import read_table

    table = read_table(xlsx_bytes(["Mã cán bộ", "Họ và tên"], [["A1", "Tên"]]), "f.xlsx")
    report = people_import(actor=None, scope_user=None, table=table, apply=True)
    assert [p.code for p in report.problems] == [E.MISSING_COLUMNS]
    assert not report.ok


def test_the_report_workbook_is_the_input_with_the_errors_beside_each_row(service):
    rows = [*good_staff(), staff_row(staff_code="HN0009", grade="Kỹ sư", national_id="")]
    report = run(rows)
    book = load_workbook(__import__("io").BytesIO(report.workbook()))
    sheet = book.worksheets[0]
    header = [c.value for c in sheet[1]]
    assert header[-2:] == ["Lỗi", "Cảnh báo"]
    assert header[:-2] == [c for c in report.headers]
    lines = [[c.value for c in row] for row in sheet.iter_rows(min_row=2)]
    assert [line[0] for line in lines] == ["HN0001", "HN0002", "HN0003", "HN0009"]
    assert [bool(line[-2]) for line in lines] == [False, False, False, True]
    assert "Ngạch" in lines[3][-2]


def test_no_protected_data_reaches_the_log(service, caplog):
    caplog.set_level(logging.DEBUG)
    bad = staff_row(staff_code="HN0008", national_id="0011850001234", phone="09120001234567")
    run([*good_staff(), bad], apply=True)
    run(good_staff(), apply=True)
    assert "HN0008" in caplog.text  # the row is named by its staff code…
    for secret in (*SECRETS, "0011850001234", "09120001234567"):
        assert secret not in caplog.text  # …never by its protected values


def test_the_two_level_service_staff_list_of_a_province(two_level):
    """From 01/07/2025: the personnel officer of THADS Lai Châu loads the head of a regional
    office (Trưởng phòng THADS khu vực holds `district_head`, Art. 72.1), and cannot load into
    Hà Nội."""
    from tests import factories as f
    from tests.onboarding.conftest import office_rows, office_table
    from thads.onboarding.authorities import regional_offices_import

    regional_offices_import(actor=None, table=office_table(office_rows("12", 2)), apply=True)
    officer = f.user("tinh.laichau", "provincial_personnel", two_level["12"])
    head = staff_row(
        authority="R12-01",
        posting_from=date(2025, 7, 1),
        posting_ref="1898/QĐ-BTP ngày 25/6/2025",
        post="Trưởng phòng Thi hành án dân sự khu vực",
        post_from=date(2025, 7, 1),
        post_ref="12/QĐ-THADS ngày 01/7/2025",
    )
    deputy_at_agency = staff_row(
        staff_code="LC0002",
        national_id="",
        phone="",
        authority="T12",
        posting_from=date(2025, 7, 1),
        post="Phó Trưởng phòng Thi hành án dân sự khu vực",
        post_from=date(2025, 7, 1),
        post_ref="13/QĐ-THADS",
    )
    hanoi = staff_row(staff_code="LC0003", national_id="", phone="", authority="T01")
    report = run([head, deputy_at_agency, hanoi], user=officer)
    assert codes(report, 2) == set()
    assert codes(report, 3) == {PeopleError.POST_LEVEL}
    assert codes(report, 4) == {E.AUTHORITY_OUT_OF_SCOPE}
    # The Chi cục abolished on 30/06/2025 is no place to post anyone as they stand today.
    ended = run([staff_row(authority="D001", national_id="", phone="")])
    assert codes(ended, 2) == {E.AUTHORITY_ENDED}
    assert run([head], user=officer, apply=True).applied
    person = Person.objects.get(staff_code="HN0001")
    assert (person.authority.code, person.post) == ("R12-01", "district_head")


def test_a_row_reports_all_its_problems_at_once(service, users):
    """A bad value does not hide the row's other problems (here: its authority's scope)."""
    row = staff_row(grade="Kỹ sư", authority="P01", national_id="")
    report = run([row], user=users.carol)
    assert codes(report, 2) == {E.UNKNOWN_GRADE, E.AUTHORITY_OUT_OF_SCOPE}
