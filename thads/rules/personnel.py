"""Rules on people: salary category, examination, designation, selection board, relief,
recusal, transfers, leadership standards (Art. 57–72, 78 Decree 62/2015; Art. 18 of the Law)."""

from __future__ import annotations

import calendar
from collections import Counter
from datetime import date
from fractions import Fraction
from typing import Any, Literal

from pydantic import Field

from thads.rules.engine import LAW_2014, Bilingual, Reason, Result, cite, reason, rule
from thads.rules.params import value
from thads.rules.vocab import (
    OFFICER_GRADES,
    Appointer,
    BoardRole,
    Facts,
    Grade,
    OfficerGrade,
    Post,
    grade_label,
    post_label,
    signer_label,
)

# --------------------------------------------------------------------------- salary.category


class SalaryFacts(Facts):
    grade: Grade


@rule(
    "salary.category",
    title_vi="Xếp lương theo ngạch",
    title_en="Salary category of a grade",
    citations=[cite(78, 2)],
    facts=SalaryFacts,
    example={"grade": "officer_intermediate"},
    example_on="2026-01-15",
)
def salary_category(facts: SalaryFacts, on: date) -> Result:
    table = value("salary.categories", on)
    label = grade_label(facts.grade)
    if facts.grade not in table:
        return Result(
            {"category": None, "group": None},
            [reason("category_not_set", cite(78, 2), grade=label)],
        )
    category, group = table[facts.grade]["category"], table[facts.grade]["group"]
    return Result(
        {"category": category, "group": group},
        [
            reason(
                "category_set",
                cite(78, 2),
                grade=label,
                category=category,
                group_vi=f", nhóm {group}" if group else "",
                group_en=f", group {group}" if group else "",
            )
        ],
    )


# --------------------------------------------------------------------------- exam.eligibility


class ExamFacts(Facts):
    target_grade: OfficerGrade
    vietnamese_citizen: bool
    good_character: bool
    law_degree: bool
    fit_for_duty: bool
    years_legal_work: float | None = Field(default=None, ge=0)
    enforcement_training: bool | None = None
    years_in_grade_below: float | None = Field(default=None, ge=0)
    under_criminal_prosecution: bool
    under_disciplinary_review: bool


def _exam_check(facts: ExamFacts) -> dict[str, str]:
    missing: dict[str, str] = {}
    if facts.target_grade == "officer_junior":
        for name in ("years_legal_work", "enforcement_training"):
            if getattr(facts, name) is None:
                missing[name] = "required for the junior grade"
    elif facts.years_in_grade_below is None:
        missing["years_in_grade_below"] = f"required for the {facts.target_grade} grade"
    return missing


def law_cite(clause: int, point: str | None = None, law: str = LAW_2014) -> str:
    """A clause of Art. 18 of the Law, named with the version the rule answers under."""
    return cite(18, clause, point, law)


@rule(
    "exam.eligibility",
    title_vi="Điều kiện dự thi tuyển Chấp hành viên",
    title_en="Eligibility to sit the enforcement officer examination",
    citations=[cite(57, 1), cite(57, 2), law_cite(1), law_cite(2), law_cite(3), law_cite(4)],
    facts=ExamFacts,
    check=_exam_check,
    example={
        "target_grade": "officer_junior",
        "vietnamese_citizen": True,
        "good_character": True,
        "law_degree": True,
        "fit_for_duty": True,
        "years_legal_work": 2.5,
        "enforcement_training": True,
        "under_criminal_prosecution": False,
        "under_disciplinary_review": False,
    },
    example_on="2026-01-15",
)
def exam_eligibility(facts: ExamFacts, on: date) -> Result:
    law: str = value("exam.law_document", on)
    common = law_cite(1, law=law)
    reasons: list[Reason] = []
    if not facts.vietnamese_citizen:
        reasons.append(reason("not_citizen", common))
    if not facts.good_character:
        reasons.append(reason("character", common))
    if not facts.law_degree:
        reasons.append(reason("no_law_degree", common))
    if not facts.fit_for_duty:
        reasons.append(reason("not_fit", common))
    if facts.target_grade == "officer_junior":
        clause = 2
        years = value("exam.junior_min_years_legal_work", on)
        if (facts.years_legal_work or 0) < years:
            reasons.append(reason("legal_work_under_3_years", law_cite(2, "a", law), years=years))
        if not facts.enforcement_training:
            reasons.append(reason("no_enforcement_training", law_cite(2, "b", law)))
    else:
        clause, key, below = (
            (3, "exam.intermediate_min_years_in_grade_below", "officer_junior")
            if facts.target_grade == "officer_intermediate"
            else (4, "exam.senior_min_years_in_grade_below", "officer_intermediate")
        )
        years = value(key, on)
        if (facts.years_in_grade_below or 0) < years:
            reasons.append(
                reason(
                    "under_5_years_in_grade_below",
                    law_cite(clause, "a", law),
                    years=years,
                    below=grade_label(below),
                )
            )
    if facts.under_criminal_prosecution:
        reasons.append(reason("criminal_prosecution", cite(57, 2)))
    if facts.under_disciplinary_review:
        reasons.append(reason("disciplinary_review", cite(57, 2)))
    unmet = [r.code for r in reasons]
    if not unmet:
        reasons.append(reason("eligible", cite(57, 1), grade=grade_label(facts.target_grade)))
    citations = [cite(57, 1), cite(57, 2), common, law_cite(clause, law=law)]
    return Result({"eligible": not unmet, "unmet": unmet}, reasons, citations)


# --------------------------------------------------------------------------- designation.without_exam


class DesignationAuthority(Facts):
    level: Literal[
        "central", "provincial", "district", "regional", "military_central", "military_region"
    ]
    provincial_capital_unit: bool
    region_allowance_coefficient: float = Field(ge=0, le=10)
    special_area: bool
    on_appendix_list: bool


class DesignationFacts(Facts):
    decision_date: date
    authority: DesignationAuthority
    commitment_years: float = Field(ge=0, le=100)


@rule(
    "designation.without_exam",
    title_vi="Bổ nhiệm Chấp hành viên không qua thi tuyển",
    title_en="Designation of an enforcement officer without examination",
    citations=[cite(63, 1), cite(63, 1, "a"), cite(63, 1, "b"), cite(63, 2)],
    facts=DesignationFacts,
    example={
        "decision_date": "2018-05-02",
        "authority": {
            "level": "district",
            "provincial_capital_unit": False,
            "region_allowance_coefficient": 0.5,
            "special_area": True,
            "on_appendix_list": True,
        },
        "commitment_years": 5,
    },
    example_on="2018-05-02",
)
def designation_without_exam(facts: DesignationFacts, on: date) -> Result:
    start = value("designation_without_exam.window_start", on)
    end = value("designation_without_exam.window_end", on)
    minimum = value("designation_without_exam.min_region_coefficient", on)
    years = value("designation_without_exam.min_commitment_years", on)
    a = facts.authority
    reasons = []
    if not start <= facts.decision_date <= end:
        reasons.append(
            reason(
                "outside_window",
                cite(63, 1),
                decision_date=facts.decision_date.strftime("%d/%m/%Y"),
                start=start.strftime("%d/%m/%Y"),
                end=end.strftime("%d/%m/%Y"),
            )
        )
    if a.level != "district":
        reasons.append(reason("not_district", cite(63, 1, "a")))
    if a.provincial_capital_unit:
        reasons.append(reason("provincial_capital_unit", cite(63, 1, "a")))
    if Fraction(str(a.region_allowance_coefficient)) < Fraction(str(minimum)):
        reasons.append(
            reason(
                "coefficient_below_0_3",
                cite(63, 1, "a"),
                coefficient=a.region_allowance_coefficient,
                minimum=minimum,
            )
        )
    if not a.special_area:
        reasons.append(reason("not_special_area", cite(63, 1, "a")))
    if not a.on_appendix_list:
        reasons.append(reason("not_on_appendix_list", cite(63, 2)))
    if facts.commitment_years < years:
        reasons.append(
            reason(
                "commitment_under_5_years",
                cite(63, 1, "b"),
                years=facts.commitment_years,
                minimum=years,
            )
        )
    unmet = [r.code for r in reasons]
    if not unmet:
        reasons.append(reason("allowed", cite(63, 1)))
    return Result({"allowed": not unmet, "unmet": unmet}, reasons, [cite(63, 1), cite(63, 3)])


# --------------------------------------------------------------------------- selection_board.decision


class BoardFacts(Facts):
    members: int = Field(ge=1, le=1000)
    present: int = Field(ge=0)
    votes_for: int = Field(ge=0)


def _board_check(facts: BoardFacts) -> dict[str, str]:
    problems = {}
    if facts.present > facts.members:
        problems["present"] = "cannot exceed members"
    if facts.votes_for > facts.present:
        problems["votes_for"] = "cannot exceed present"
    return problems


@rule(
    "selection_board.decision",
    title_vi="Phiên họp và biểu quyết của Hội đồng tuyển chọn",
    title_en="Quorum and vote of the selection board",
    citations=[cite(63, 4)],
    facts=BoardFacts,
    check=_board_check,
    example={"members": 7, "present": 5, "votes_for": 4},
    example_on="2018-05-02",
)
def selection_board_decision(facts: BoardFacts, on: date) -> Result:
    quorum = Fraction(value("selection_board.quorum_fraction", on))
    majority = Fraction(value("selection_board.majority_fraction", on))
    quorate = facts.present >= quorum * facts.members
    passed = quorate and facts.votes_for > majority * facts.members
    n = {"present": facts.present, "members": facts.members, "votes_for": facts.votes_for}
    reasons = [reason("quorate" if quorate else "not_quorate", cite(63, 4), **n)]
    if quorate:
        reasons.append(reason("passed" if passed else "not_majority", cite(63, 4), **n))
    return Result({"quorate": quorate, "passed": passed}, reasons)


# --------------------------------------------------------------------------- selection_board.composition

BOARD_ROLE_LABELS = {
    "chair": Bilingual(
        "Chủ tịch Hội đồng (Chủ tịch hoặc 01 Phó Chủ tịch Ủy ban nhân dân cấp tỉnh)",
        "chair (the President or a Vice-President of the provincial People's Committee)",
    ),
    "vice_chair": Bilingual(
        "Phó Chủ tịch Hội đồng (Cục trưởng Cục Thi hành án dân sự)",
        "vice-chair (the provincial director)",
    ),
    "home_affairs": Bilingual(
        "Ủy viên đại diện lãnh đạo Sở Nội vụ", "member from the Department of Home Affairs"
    ),
    "justice": Bilingual(
        "Ủy viên đại diện lãnh đạo Sở Tư pháp", "member from the Department of Justice"
    ),
    "jurists": Bilingual(
        "Ủy viên đại diện thường trực Ban Chấp hành Hội Luật gia cấp tỉnh",
        "member from the standing committee of the provincial Jurists' Association",
    ),
    "secretary": Bilingual(
        "thư ký giúp việc (Trưởng Phòng Tổ chức cán bộ Cục Thi hành án dân sự)",
        "secretary (the head of personnel of the provincial department)",
    ),
}


class BoardCompositionFacts(Facts):
    roles: list[BoardRole] = Field(max_length=100)


@rule(
    "selection_board.composition",
    title_vi="Thành phần Hội đồng tuyển chọn Chấp hành viên",
    title_en="Composition of the selection board",
    citations=[cite(63, 4)],
    facts=BoardCompositionFacts,
    example={"roles": ["chair", "vice_chair", "home_affairs", "justice", "jurists", "jurists"]},
    example_on="2018-05-02",
)
def selection_board_composition(facts: BoardCompositionFacts, on: date) -> Result:
    """Each seat of 63.4 held exactly once: one problem per missing or duplicated seat, in the
    order of the clause."""
    seats: list[str] = value("selection_board.seats", on)
    counts: Counter[str] = Counter(facts.roles)
    problems: list[dict[str, Any]] = []
    reasons: list[Reason] = []
    for seat in seats:
        n = counts[seat]
        if n == 1:
            continue
        code = "role_missing" if n == 0 else "role_duplicated"
        problems.append({"code": code, "role": seat, "count": n})
        reasons.append(reason(code, cite(63, 4), role=BOARD_ROLE_LABELS[seat], count=n))
    if not problems:
        reasons.append(reason("composition_valid", cite(63, 4)))
    return Result({"valid": not problems, "problems": problems}, reasons)


# --------------------------------------------------------------------------- relief.dossier


class Document(Facts):
    kind: Literal[
        "request",
        "health_certificate",
        "hardship_certificate",
        "other_supporting",
        "director_proposal",
    ]
    issued_on: date


class ReliefFacts(Facts):
    submitted_on: date
    documents: list[Document] = Field(max_length=100)


def _relief_check(facts: ReliefFacts) -> dict[str, str]:
    return {
        f"documents.{i}.issued_on": "cannot be after submitted_on"
        for i, doc in enumerate(facts.documents)
        if doc.issued_on > facts.submitted_on
    }


def months_before(day: date, months: int) -> date:
    """The same calendar day `months` months before `day`, clamped to the month's end."""
    index = day.year * 12 + day.month - 1 - months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


@rule(
    "relief.dossier",
    title_vi="Hồ sơ đề nghị miễn nhiệm Chấp hành viên",
    title_en="Dossier for relief of an enforcement officer from the post",
    citations=[cite(64, 2)],
    facts=ReliefFacts,
    check=_relief_check,
    example={
        "submitted_on": "2024-08-31",
        "documents": [
            {"kind": "request", "issued_on": "2024-08-20"},
            {"kind": "health_certificate", "issued_on": "2024-02-29"},
            {"kind": "director_proposal", "issued_on": "2024-08-30"},
        ],
    },
    example_on="2024-08-31",
)
def relief_dossier(facts: ReliefFacts, on: date) -> Result:
    months = value("relief.health_certificate_months", on)
    kinds = {d.kind for d in facts.documents}
    missing = [] if "director_proposal" in kinds else ["director_proposal"]
    director = post_label("provincial_director", on)
    reasons = (
        [reason("director_proposal_missing", cite(64, 2, "c"), director=director)]
        if missing
        else []
    )
    problems = []
    earliest = months_before(facts.submitted_on, months)
    for doc in facts.documents:
        if doc.kind == "health_certificate" and doc.issued_on < earliest:
            if "health_certificate_expired" not in problems:
                problems.append("health_certificate_expired")
            reasons.append(
                reason(
                    "health_certificate_expired",
                    cite(64, 2, "b"),
                    issued_on=doc.issued_on.strftime("%d/%m/%Y"),
                    submitted_on=facts.submitted_on.strftime("%d/%m/%Y"),
                    months=months,
                )
            )
    complete = not missing and not problems
    if complete:
        reasons.append(reason("dossier_complete", cite(64, 2)))
    return Result({"complete": complete, "missing": missing, "problems": problems}, reasons)


# --------------------------------------------------------------------------- inspection.recusal

Step = Literal["spouse", "parent", "child", "sibling"]
RECUSAL_POINTS: dict[tuple[str, ...], str] = {
    ("spouse",): "a",
    ("child",): "a",
    ("parent",): "b",
    ("parent", "parent"): "b",
    ("parent", "sibling"): "b",
    ("sibling",): "b",
    ("spouse", "parent"): "b",
    ("spouse", "parent", "parent"): "b",
    ("spouse", "parent", "sibling"): "b",
    ("spouse", "sibling"): "b",
    ("sibling", "child"): "c",
    ("child", "child"): "c",
}


class RecusalFacts(Facts):
    path: list[Step] = Field(max_length=20)


@rule(
    "inspection.recusal",
    title_vi="Thẩm tra viên không được tham gia thẩm tra, kiểm tra",
    title_en="Recusal of an inspector for kinship",
    citations=[cite(68, 4)],
    facts=RecusalFacts,
    example={"path": ["spouse", "parent"]},
    example_on="2026-01-15",
)
def inspection_recusal(facts: RecusalFacts, on: date) -> Result:
    point = RECUSAL_POINTS.get(tuple(facts.path))
    if point is None:
        shown = " → ".join(facts.path) or "∅"
        return Result(
            {"must_recuse": False, "point": None}, [reason("no_recusal", cite(68, 4), path=shown)]
        )
    return Result(
        {"must_recuse": True, "point": point}, [reason(f"recusal_{point}", cite(68, 4, point))]
    )


# --------------------------------------------------------------------------- transfer.authority


class TransferPerson(Facts):
    grade: Grade
    leadership_post: Post | None
    post_appointed_by: Appointer | None
    military: bool


Unit = str


class TransferFacts(Facts):
    person: TransferPerson
    from_unit: Unit = Field(pattern=r"^(central|\d{2})$")
    to_unit: Unit = Field(pattern=r"^(central|\d{2})$")


def _transfer_check(facts: TransferFacts) -> dict[str, str]:
    p = facts.person
    if p.leadership_post is not None and p.post_appointed_by is None:
        return {"person.post_appointed_by": "required when a leadership post is held"}
    if p.leadership_post is None and p.post_appointed_by is not None:
        return {"person.post_appointed_by": "must be null without a leadership post"}
    return {}


@rule(
    "transfer.authority",
    title_vi="Thẩm quyền điều động, luân chuyển, biệt phái",
    title_en="Who decides a mobilization, rotation or secondment",
    citations=[cite(70, 1, "a"), cite(70, 1, "b"), cite(70, 1, "c"), cite(70, 2)],
    facts=TransferFacts,
    check=_transfer_check,
    example={
        "person": {
            "grade": "officer_intermediate",
            "leadership_post": "district_head",
            "post_appointed_by": "director_general",
            "military": False,
        },
        "from_unit": "01",
        "to_unit": "01",
    },
    example_on="2026-01-15",
)
def transfer_authority(facts: TransferFacts, on: date) -> Result:
    p = facts.person
    if p.military:
        return Result(
            {"decided_by": "ministry_of_defence_rules", "must_consult": None, "point": None},
            [reason("military_staff", cite(70, 2))],
        )
    if p.grade == "inspector_senior" and p.leadership_post is None:
        return Result(
            {"decided_by": "minister_of_justice", "must_consult": None, "point": "a"},
            [reason("senior_inspector_without_post", cite(70, 1, "a"))],
        )
    if p.leadership_post is not None and p.post_appointed_by == "minister_of_justice":
        return Result(
            {"decided_by": "minister_of_justice", "must_consult": None, "point": "a"},
            [reason("post_appointed_by_minister", cite(70, 1, "a"))],
        )
    reasons = []
    if facts.from_unit != facts.to_unit:
        reasons.append(
            reason(
                "between_provinces",
                cite(70, 1, "b"),
                from_unit=facts.from_unit,
                to_unit=facts.to_unit,
            )
        )
    if p.grade in OFFICER_GRADES and p.leadership_post == "deputy_provincial_director":
        reasons.append(
            reason(
                "deputy_provincial_director",
                cite(70, 1, "b"),
                post=post_label("deputy_provincial_director", on),
            )
        )
    if p.grade.startswith("inspector") and p.leadership_post == "deputy_head_central_unit":
        reasons.append(
            reason(
                "deputy_head_central_unit",
                cite(70, 1, "b"),
                post=post_label("deputy_head_central_unit", on),
            )
        )
    if reasons:
        return Result(
            {"decided_by": "director_general", "must_consult": None, "point": "b"}, reasons
        )
    reasons = [reason("within_province", cite(70, 1, "c"), from_unit=facts.from_unit)]
    consult = p.post_appointed_by if p.leadership_post is not None else None
    if consult:
        reasons.append(
            reason("consult_appointer", cite(70, 1, "c"), appointer=signer_label(consult, on))
        )
    return Result(
        {"decided_by": "provincial_director", "must_consult": consult, "point": "c"}, reasons
    )


# --------------------------------------------------------------------------- leadership.standards

LEADERSHIP_POSTS = Literal[
    "provincial_director", "deputy_provincial_director", "district_head", "deputy_district_head"
]


class LeadershipFacts(Facts):
    post: LEADERSHIP_POSTS
    grade: Grade
    integrity: bool
    experience: bool
    capacity: bool


@rule(
    "leadership.standards",
    title_vi="Tiêu chuẩn Cục trưởng, Chi cục trưởng và cấp phó",
    title_en="Standards of provincial directors, district heads and their deputies",
    citations=[cite(72, 1), cite(72, 2), cite(72, 3)],
    facts=LeadershipFacts,
    example={
        "post": "district_head",
        "grade": "secretary",
        "integrity": True,
        "experience": True,
        "capacity": True,
    },
    example_on="2026-01-15",
)
def leadership_standards(facts: LeadershipFacts, on: date) -> Result:
    district = facts.post in ("district_head", "deputy_district_head")
    clause = 1 if district else 2
    allowed = OFFICER_GRADES if district else OFFICER_GRADES[1:]
    reasons = []
    if facts.grade not in allowed:
        reasons.append(
            reason(
                "grade_too_low",
                cite(72, clause, "a"),
                grade=grade_label(facts.grade),
                required=grade_label(allowed[0]),
            )
        )
    for point, name in (("b", "integrity"), ("c", "experience"), ("d", "capacity")):
        if not getattr(facts, name):
            reasons.append(reason(name, cite(72, clause, point)))
    post = post_label(facts.post, on)
    unmet = [r.code for r in reasons]
    if not unmet:
        reasons.append(reason("meets_standards", cite(72, clause), post=post))
    by_minister = facts.post == "provincial_director"
    reasons.append(
        reason(
            "appointed_by_minister" if by_minister else "appointed_as_delegated",
            cite(72, 3),
            post=post,
        )
    )
    return Result(
        {
            "meets": not unmet,
            "unmet": unmet,
            "appointed_by": "minister_of_justice" if by_minister else "as_delegated_by_minister",
        },
        reasons,
        [cite(72, clause), cite(72, 3)],
    )
