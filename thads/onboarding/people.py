"""`people_import`: a staff list loaded as it stands (grades, postings, leadership posts, each
with the reference of the decision that made it), through the people services.

Every row is first read and checked on its own (values, dates, references, scope, duplicates
in the file), then written through `thads.people.services` in a savepoint of its own, so the
rules of the people app (Art. 72 standards, the level of a post, the authority valid on the
day, identity formats) judge it as they judge a form. A dry run does all of this and rolls
back; `apply` commits only when no row has an error: all or nothing.

The import is keyed on the staff code: a known person is compared with the row and only what
differs is changed, each change through its service (so with its history row); a second run
of the same file changes nothing. Protected data (ID number, phone, date of birth) is never
logged, printed or put into a message.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from thads.core.crypto import lookup_hash
from thads.core.errors import DomainError
from thads.core.text import fold
from thads.onboarding.errors import OnboardingError as E
from thads.onboarding.models import ImportKind, ImportRun
from thads.onboarding.report import Action, ImportReport, Problem, RowResult, log_report
from thads.onboarding.tables import Column, Table, TableError, cell_date, cell_text
from thads.organization.models import Authority
from thads.organization.selectors import authorities_visible_to
from thads.people import services as people
from thads.people.choices import Employment, Gender, Grade, Post
from thads.people.models import Person
from thads.people.selectors import people_visible_to
from thads.rules.engine import RuleError
from thads.rules.vocab import GRADE_LABELS_VI

REF_MAX = 60
STAFF_CODE_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._/-]{0,19}$")

COLUMNS = (
    Column("staff_code", "Mã cán bộ", text=True, note="Mã cán bộ trong THADS; khóa để cập nhật."),
    Column("full_name", "Họ và tên", width=28, note="Họ và tên đầy đủ, có dấu."),
    Column("gender", "Giới tính", width=10, note="Nam hoặc Nữ."),
    Column(
        "date_of_birth",
        "Ngày sinh",
        required=False,
        is_date=True,
        note="Ngày/tháng/năm (dd/mm/yyyy). Dữ liệu được bảo vệ: không ghi vào nhật ký.",
    ),
    Column(
        "national_id",
        "Số CCCD",
        required=False,
        text=True,
        note="12 chữ số (CCCD) hoặc 9 chữ số (CMND cũ); để trống nếu chưa có.",
    ),
    Column("phone", "Điện thoại", required=False, text=True, note="10 hoặc 11 chữ số."),
    Column("employment", "Loại hợp đồng", width=30, note="Một giá trị của Danh mục."),
    Column("grade", "Ngạch", width=30, note="Ngạch đang giữ: một giá trị của Danh mục."),
    Column("grade_from", "Ngạch từ ngày", is_date=True, note="Ngày được bổ nhiệm vào ngạch."),
    Column(
        "grade_ref",
        "Số QĐ ngạch",
        text=True,
        width=24,
        note="Số, ngày và người ký quyết định bổ nhiệm ngạch (tối đa 60 ký tự).",
    ),
    Column(
        "authority",
        "Mã đơn vị",
        text=True,
        note="Mã cơ quan, đơn vị trong THADS (ví dụ T79, R79-03).",
    ),
    Column(
        "posting_from", "Công tác từ ngày", is_date=True, note="Ngày bắt đầu công tác tại đơn vị."
    ),
    Column(
        "posting_ref",
        "Số QĐ công tác",
        text=True,
        width=24,
        note="Số, ngày và người ký quyết định điều động, tiếp nhận hoặc tuyển dụng.",
    ),
    Column(
        "post",
        "Chức vụ",
        required=False,
        width=40,
        note="Chức vụ lãnh đạo đang giữ, nếu có: một giá trị của Danh mục.",
    ),
    Column("post_from", "Chức vụ từ ngày", required=False, is_date=True, note="Ngày bổ nhiệm."),
    Column(
        "post_ref",
        "Số QĐ chức vụ",
        required=False,
        text=True,
        width=24,
        note="Số, ngày và người ký quyết định bổ nhiệm chức vụ.",
    ),
)
HEADER = {c.key: c.header for c in COLUMNS}
# Never logged, printed, or put into a message (domain.md §7).
PROTECTED = ("date_of_birth", "national_id", "phone")

# The names a file may use for a value, besides its id; the first is the one the template lists.
GENDER_NAMES = {Gender.MALE: ("Nam", "male", "M"), Gender.FEMALE: ("Nữ", "female", "F")}
EMPLOYMENT_NAMES = {
    Employment.CIVIL_SERVANT: ("Công chức",),
    Employment.PUBLIC_EMPLOYEE: ("Viên chức",),
    Employment.INDEFINITE_CONTRACT: ("Hợp đồng không xác định thời hạn",),
    Employment.FIXED_TERM_CONTRACT: ("Hợp đồng xác định thời hạn",),
}
GRADE_NAMES = {g: (GRADE_LABELS_VI[g],) for g in Grade.values}
# Today's title first (from 01/07/2025), then the decree's; the role ids do not change.
POST_NAMES = {
    Post.DIRECTOR_GENERAL: (
        "Cục trưởng Cục Quản lý Thi hành án dân sự",
        "Tổng Cục trưởng Tổng cục Thi hành án dân sự",
        "Tổng Cục trưởng",
    ),
    Post.DEPUTY_DIRECTOR_GENERAL: (
        "Phó Cục trưởng Cục Quản lý Thi hành án dân sự",
        "Phó Tổng Cục trưởng Tổng cục Thi hành án dân sự",
        "Phó Tổng Cục trưởng",
    ),
    Post.HEAD_CENTRAL_UNIT: (
        "Trưởng ban thuộc Cục Quản lý Thi hành án dân sự",
        "Chánh Văn phòng Cục Quản lý Thi hành án dân sự",
        "Vụ trưởng thuộc Tổng cục Thi hành án dân sự",
    ),
    Post.DEPUTY_HEAD_CENTRAL_UNIT: (
        "Phó Trưởng ban thuộc Cục Quản lý Thi hành án dân sự",
        "Phó Chánh Văn phòng Cục Quản lý Thi hành án dân sự",
        "Phó Vụ trưởng thuộc Tổng cục Thi hành án dân sự",
    ),
    Post.PROVINCIAL_DIRECTOR: (
        "Trưởng Thi hành án dân sự tỉnh, thành phố",
        "Cục trưởng Cục Thi hành án dân sự tỉnh, thành phố",
    ),
    Post.DEPUTY_PROVINCIAL_DIRECTOR: (
        "Phó Trưởng Thi hành án dân sự tỉnh, thành phố",
        "Phó Cục trưởng Cục Thi hành án dân sự tỉnh, thành phố",
    ),
    Post.HEAD_PROVINCIAL_UNIT: (
        "Trưởng phòng thuộc Thi hành án dân sự tỉnh, thành phố",
        "Trưởng phòng thuộc Cục Thi hành án dân sự",
    ),
    Post.DEPUTY_HEAD_PROVINCIAL_UNIT: (
        "Phó Trưởng phòng thuộc Thi hành án dân sự tỉnh, thành phố",
        "Phó Trưởng phòng thuộc Cục Thi hành án dân sự",
    ),
    Post.DISTRICT_HEAD: (
        "Trưởng phòng Thi hành án dân sự khu vực",
        "Chi cục trưởng Chi cục Thi hành án dân sự",
        "Chi cục trưởng",
    ),
    Post.DEPUTY_DISTRICT_HEAD: (
        "Phó Trưởng phòng Thi hành án dân sự khu vực",
        "Phó Chi cục trưởng Chi cục Thi hành án dân sự",
        "Phó Chi cục trưởng",
    ),
}


def _name_key(text: str) -> str:
    return " ".join(fold(text).replace("thi hanh an dan su", "thads").split())


def _lookup(names: Mapping[Any, Sequence[str]], labels: Any = None) -> dict[str, str]:
    """{folded spelling: id}: the id itself, each name, and the choice's labels (en, vi)."""
    table = {}
    for value, spellings in names.items():
        table[_name_key(str(value))] = str(value)
        for spelling in spellings:
            table[_name_key(spelling)] = str(value)
    if labels is not None:
        for lang in ("en", "vi"):
            with translation.override(lang):
                for value, label in labels.choices:
                    table.setdefault(_name_key(str(label)), str(value))
    return table


GENDERS = _lookup(GENDER_NAMES)
EMPLOYMENTS = _lookup(EMPLOYMENT_NAMES, Employment)
GRADES = _lookup(GRADE_NAMES, Grade)
POSTS = _lookup(POST_NAMES)


def template_lists() -> dict[str, list[str]]:
    """The values the template's drop-downs offer."""
    return {
        "gender": [names[0] for names in GENDER_NAMES.values()],
        "employment": [names[0] for names in EMPLOYMENT_NAMES.values()],
        "grade": [names[0] for names in GRADE_NAMES.values()],
        "post": [names[0] for names in POST_NAMES.values()],
    }


def template_workbook() -> bytes:
    from thads.onboarding.tables import template_workbook as workbook

    return workbook(COLUMNS, template_lists(), title="Danh sách cán bộ")


@dataclass
class StaffRow:
    staff_code: str
    full_name: str
    gender: str
    date_of_birth: date | None
    national_id: str
    phone: str
    employment: str
    grade: str
    grade_from: date | None  # None only on a row with an error
    grade_ref: str
    authority_code: str
    posting_from: date | None
    posting_ref: str
    post: str
    post_from: date | None
    post_ref: str


# ----------------------------------------------------------------------------- reading a row


class _Reader:
    """Reads one row's cells into values, noting each problem on the row."""

    def __init__(self, row: RowResult, index: dict[str, int], today: date) -> None:
        self.row = row
        self.index = index
        self.today = today

    def cell(self, key: str):
        i = self.index.get(key)
        return self.row.cells[i] if i is not None else None

    def text(self, key: str, *, required: bool = False) -> str:
        value = cell_text(self.cell(key))
        if required and not value:
            self.row.error(E.MISSING_VALUE, _("This value is required."), HEADER[key])
        return value

    def code(self, key: str, width: int) -> str:
        """Digits kept as text: a spreadsheet that turned "0912…" into a number lost its zero."""
        cell = self.cell(key)
        value = cell_text(cell)
        if isinstance(cell, int) and value.isdigit():
            value = value.zfill(width)
        return value.replace(" ", "").replace(".", "")

    def choice(self, key: str, table: dict[str, str], code: E, *, required: bool = True) -> str:
        value = self.text(key, required=required)
        if not value:
            return ""
        found = table.get(_name_key(value))
        if found is None:
            self.row.error(
                code, _("Not a value of the list (see the template's lists)."), HEADER[key]
            )
            return ""
        return found

    def day(self, key: str, *, required: bool = True) -> date | None:
        try:
            value = cell_date(self.cell(key))
        except ValueError:
            self.row.error(E.BAD_DATE, _("Write the date as dd/mm/yyyy."), HEADER[key])
            return None
        if value is None:
            if required:
                self.row.error(E.MISSING_VALUE, _("This value is required."), HEADER[key])
            return None
        if value > self.today:
            self.row.error(E.DATE_IN_FUTURE, _("The date is after today."), HEADER[key])
        return value

    def reference(self, key: str) -> str:
        value = self.text(key)
        if not value:
            self.row.error(
                E.MISSING_DECISION_REF,
                _("Give the number, date and signer of the decision."),
                HEADER[key],
            )
        elif len(value) > REF_MAX:
            self.row.error(
                E.DECISION_REF_TOO_LONG,
                _("At most %(n)d characters.") % {"n": REF_MAX},
                HEADER[key],
            )
        return value


def _read(row: RowResult, index: dict[str, int], today: date) -> StaffRow:
    """The row's values, its problems noted on it (the checks that need the database, and the
    services, come after)."""
    r = _Reader(row, index, today)
    staff_code = r.text("staff_code", required=True)
    row.key = staff_code
    if staff_code and not STAFF_CODE_RE.match(staff_code):
        row.error(
            E.BAD_STAFF_CODE,
            _("Letters, digits and . _ / - only (at most 20)."),
            HEADER["staff_code"],
        )
    full_name = " ".join(r.text("full_name", required=True).split())
    gender = r.choice("gender", GENDERS, E.UNKNOWN_GENDER)
    date_of_birth = r.day("date_of_birth", required=False)
    national_id = r.code("national_id", 12)
    if national_id and len(national_id) < 9:
        national_id = national_id.zfill(9)
    phone = r.code("phone", 10)
    employment = r.choice("employment", EMPLOYMENTS, E.UNKNOWN_EMPLOYMENT)
    grade = r.choice("grade", GRADES, E.UNKNOWN_GRADE)
    grade_from = r.day("grade_from")
    grade_ref = r.reference("grade_ref")
    authority_code = r.text("authority", required=True).upper()
    posting_from = r.day("posting_from")
    posting_ref = r.reference("posting_ref")
    post = r.choice("post", POSTS, E.UNKNOWN_POST, required=False)
    post_from = r.day("post_from", required=bool(post))
    post_ref = r.reference("post_ref") if post else ""
    if not post and (post_from or r.text("post_ref")):
        row.error(
            E.POST_DATE_WITHOUT_POST,
            _("A date or decision is given for a post, but no post."),
            HEADER["post"],
        )
    if post and post_from and posting_from and post_from < posting_from:
        row.error(
            E.POST_BEFORE_POSTING,
            _("A post at the authority cannot start before the posting there."),
            HEADER["post_from"],
        )
    return StaffRow(
        staff_code=staff_code,
        full_name=full_name,
        gender=gender,
        date_of_birth=date_of_birth,
        national_id=national_id,
        phone=phone,
        employment=employment,
        grade=grade,
        grade_from=grade_from,
        grade_ref=grade_ref,
        authority_code=authority_code,
        posting_from=posting_from,
        posting_ref=posting_ref,
        post=post,
        post_from=post_from,
        post_ref=post_ref,
    )


def _check_duplicates(rows: list[RowResult], staff_rows: list[tuple[RowResult, StaffRow]]) -> None:
    """A staff code, or an ID number, twice in the file: every occurrence is an error."""
    checks = (
        (
            [(row, row.key) for row in rows],
            E.DUPLICATE_ROW,
            "staff_code",
            _("The staff code is also on line(s) %(lines)s."),
        ),
        (
            [(row, staff.national_id) for row, staff in staff_rows],
            E.DUPLICATE_NATIONAL_ID,
            "national_id",
            _("The same ID number is also on line(s) %(lines)s."),
        ),
    )
    for values, code, column, message in checks:
        lines: dict[str, list[int]] = defaultdict(list)
        for row, value in values:
            if value:
                lines[value].append(row.line)
        for row, value in values:
            others = [n for n in lines.get(value, []) if n != row.line] if value else []
            if others:
                row.error(code, message % {"lines": ", ".join(map(str, others))}, HEADER[column])


def _check_references(
    rows: list[tuple[RowResult, StaffRow]], scope_user, today: date
) -> tuple[dict[str, Authority], dict[str, Person]]:
    """The authorities named and the people already recorded, checked against the scope: an
    authority or a person outside it is refused (a provincial officer imports into their own
    province only)."""
    codes = {s.authority_code for _r, s in rows}
    staff_codes = {s.staff_code for _r, s in rows}
    authorities = {a.code: a for a in Authority.objects.filter(code__in=codes)}
    persons = {
        p.staff_code: p
        for p in Person.objects.filter(staff_code__in=staff_codes).select_related("authority")
    }
    if scope_user is None:
        authorities_in_scope, persons_in_scope = set(authorities), set(persons)
    else:
        authorities_in_scope = set(
            authorities_visible_to(scope_user).filter(code__in=codes).values_list("code", flat=True)
        )
        persons_in_scope = set(
            people_visible_to(scope_user)
            .filter(staff_code__in=staff_codes)
            .values_list("staff_code", flat=True)
        )
    hashes = {lookup_hash(s.national_id): s.staff_code for _r, s in rows if s.national_id}
    holders = dict(
        Person.objects.filter(national_id_hash__in=hashes).values_list(
            "national_id_hash", "staff_code"
        )
    )
    for row, staff in rows:
        if staff.authority_code not in authorities:
            row.error(E.UNKNOWN_AUTHORITY, _("No authority has this code."), HEADER["authority"])
        elif staff.authority_code not in authorities_in_scope:
            row.error(
                E.AUTHORITY_OUT_OF_SCOPE,
                _("This authority is outside your scope."),
                HEADER["authority"],
            )
        elif not authorities[staff.authority_code].is_valid_on(today):
            # A list as it stands posts people where they are: at an authority of today.
            row.error(
                E.AUTHORITY_ENDED,
                _("This authority no longer exists; give the one that succeeded it."),
                HEADER["authority"],
            )
        if staff.staff_code in persons and staff.staff_code not in persons_in_scope:
            row.error(
                E.PERSON_OUT_OF_SCOPE,
                _("This staff code belongs to a person outside your scope."),
                HEADER["staff_code"],
            )
        if staff.national_id:
            holder = holders.get(lookup_hash(staff.national_id))
            if holder and holder != staff.staff_code:
                row.error(
                    E.NATIONAL_ID_TAKEN,
                    _("This ID number is recorded for another staff code."),
                    HEADER["national_id"],
                )
    return authorities, persons


# ----------------------------------------------------------------------------- writing a row

# Which column a service's field error belongs to.
FIELD_COLUMN = {
    "full_name": "full_name",
    "gender": "gender",
    "employment": "employment",
    "date_of_birth": "date_of_birth",
    "national_id": "national_id",
    "phone": "phone",
    "authority": "authority",
    "grade": "grade",
    "post": "post",
    "staff_code": "staff_code",
}


def _problems_from(row: RowResult, exc: Exception, column: str = "") -> None:
    """A service's refusal on the row: its code and message (with the citation where the law
    decides); messages of the people app never quote the value they refuse."""
    if isinstance(exc, DomainError):
        message = exc.message + (f" ({exc.citation})" if exc.citation else "")
        row.error(exc.code, message, HEADER.get(FIELD_COLUMN.get(exc.field or "", ""), column))
    elif isinstance(exc, ValidationError) and hasattr(exc, "error_dict"):
        for name, errors in exc.error_dict.items():
            for error in errors:
                header = HEADER.get(FIELD_COLUMN.get(name, ""), column)
                # "unique": a person of this staff code was recorded meanwhile.
                code = E.CONFLICT if error.code == "unique" else error.code or E.MISSING_VALUE
                row.error(code, " ".join(error.messages), header)
    elif isinstance(exc, ValidationError):
        for error in exc.error_list:
            row.error(error.code or E.MISSING_VALUE, " ".join(error.messages), column)
    elif isinstance(exc, RuleError):
        row.error(E.BAD_DATE, _("The rules of THADS do not answer for this day."), column)
    else:  # IntegrityError: a concurrent change of the same record
        row.error(E.CONFLICT, _("The record changed meanwhile; run the import again."), column)


def _create(actor, staff: StaffRow, authority: Authority, row: RowResult) -> None:
    assert staff.posting_from is not None  # a row with an error is not written
    person = people.person_create(
        actor=actor,
        staff_code=staff.staff_code,
        full_name=staff.full_name,
        gender=staff.gender,
        employment=staff.employment,
        grade=staff.grade,
        grade_on=staff.grade_from,
        authority=authority,
        military=authority.military,
        on=staff.posting_from,
        date_of_birth=staff.date_of_birth,
        national_id=staff.national_id,
        phone=staff.phone,
        decision_ref=staff.grade_ref,
        posting_decision_ref=staff.posting_ref,
    )
    if staff.post:
        _appoint(actor, person, staff, row)
    row.action = Action.CREATED


def _appoint(actor, person: Person, staff: StaffRow, row: RowResult) -> None:
    assert staff.post_from is not None
    try:
        people.person_appoint(
            actor=actor,
            person=person,
            post=staff.post,
            on=staff.post_from,
            decision_ref=staff.post_ref,
        )
    except (DomainError, ValidationError, RuleError) as exc:
        _problems_from(row, exc, HEADER["post"])
        raise _RowFailed from exc


class _RowFailed(Exception):
    """The row's problems are noted; its savepoint must roll back."""


def _differs(row: RowResult, what: str, column: str) -> None:
    row.warn(
        E.DIFFERS_FROM_RECORD,
        _("%(what)s is recorded with another date or decision; the record is kept.")
        % {"what": what},
        HEADER[column],
    )


def _same_phone(a: str, b: str) -> bool:
    return a.replace(" ", "").replace(".", "") == b.replace(" ", "").replace(".", "")


def _update(actor, person: Person, staff: StaffRow, authority: Authority, row: RowResult) -> None:
    """Only what differs, each through its service; what a list cannot correct (the date or the
    decision of a record kept as it is) is a warning."""
    assert staff.posting_from is not None and staff.grade_from is not None
    identity: dict[str, Any] = {}
    for name in ("full_name", "gender", "employment"):
        if getattr(person, name) != getattr(staff, name):
            identity[name] = getattr(staff, name)
    if staff.date_of_birth and person.date_of_birth != staff.date_of_birth.isoformat():
        identity["date_of_birth"] = staff.date_of_birth
    if staff.national_id and person.national_id != staff.national_id:
        identity["national_id"] = staff.national_id
    if staff.phone and not _same_phone(person.phone, staff.phone):
        identity["phone"] = staff.phone
    if identity:
        person = people.person_update(actor=actor, person=person, **identity)
        row.changes.append("identity")

    if person.authority_id != authority.pk:
        person = people.person_record_posting(
            actor=actor,
            person=person,
            authority=authority,
            on=staff.posting_from,
            decision_ref=staff.posting_ref,
        )
        row.changes.append("posting")
    else:
        current = person.postings.filter(valid_to__isnull=True).first()
        if current and (
            current.valid_from != staff.posting_from or current.decision_ref != staff.posting_ref
        ):
            _differs(row, _("The current posting"), "posting_from")

    if person.grade != staff.grade:
        person = people.person_change_grade(
            actor=actor,
            person=person,
            grade=staff.grade,
            on=staff.grade_from,
            decision_ref=staff.grade_ref,
        )
        row.changes.append("grade")
    else:
        grade = person.grades.filter(valid_to__isnull=True).first()
        if grade and (
            grade.valid_from != staff.grade_from or grade.decision_ref != staff.grade_ref
        ):
            _differs(row, _("The current grade"), "grade_from")

    if staff.post and person.post != staff.post:
        _appoint(actor, person, staff, row)
        row.changes.append("post")
    elif staff.post:
        post = person.posts.filter(valid_to__isnull=True).first()
        if post and (post.valid_from != staff.post_from or post.decision_ref != staff.post_ref):
            _differs(row, _("The current post"), "post_from")
    elif person.post:
        row.warn(
            E.DIFFERS_FROM_RECORD,
            _(
                "The record shows a leadership post the file does not; end it on the person's page, with its date."
            ),
            HEADER["post"],
        )
    row.action = Action.UPDATED if row.changes else Action.UNCHANGED


# ----------------------------------------------------------------------------- the service


def people_import(
    *,
    actor,
    table: Table,
    apply: bool,
    scope_user,
    file_name: str = "",
    file_sha256: str = "",
) -> ImportReport:
    """Check a staff list and, with `apply` and no error in any row, write it in one
    transaction. `scope_user`: the user whose scope bounds the authorities and people the
    file may name (None: the whole service, for the command line)."""
    today = timezone.localdate()
    try:
        index = table.index(COLUMNS)
    except TableError as exc:
        report = ImportReport(kind=ImportKind.PEOPLE, headers=list(table.headers))
        report.problems.append(_file_problem(exc))
        log_report(report, actor)
        return report
    report = ImportReport.for_table(ImportKind.PEOPLE, table)
    staff_rows = [(row, _read(row, index, today)) for row in report.rows]
    _check_duplicates(report.rows, staff_rows)
    authorities, persons = _check_references(staff_rows, scope_user, today)

    with transaction.atomic():
        for row, staff in staff_rows:
            if row.errors:
                continue
            authority = authorities[staff.authority_code]
            try:
                with transaction.atomic():
                    existing = persons.get(staff.staff_code)
                    if existing is None:
                        _create(actor, staff, authority, row)
                    else:
                        _update(actor, existing, staff, authority, row)
            except _RowFailed:
                row.action, row.changes = "", []
            except (DomainError, ValidationError, RuleError, IntegrityError) as exc:
                row.action, row.changes = "", []
                _problems_from(row, exc)
        if apply and report.ok:
            counts = report.counts
            ImportRun.objects.create(
                kind=ImportKind.PEOPLE,
                user=actor if getattr(actor, "pk", None) else None,
                file_name=file_name[:255],
                file_sha256=file_sha256,
                rows=counts["rows"],
                created=counts[Action.CREATED],
                updated=counts[Action.UPDATED],
                unchanged=counts[Action.UNCHANGED],
            )
            report.applied = True
        else:
            transaction.set_rollback(True)
    log_report(report, actor)
    return report


def _file_problem(exc: TableError) -> Problem:
    return Problem(str(exc.code), exc.message)
