"""Rules on who is designated, promoted, removed and appointed, and by whom: removal of an
officer (Art. 65), inspector grades (Art. 69), secretaries (Art. 71, 52.3) and the appointer
of each leadership post (Art. 72.3, 52.3)."""

from __future__ import annotations

from datetime import date

from thads.rules.engine import Reason, Result, cite, reason, rule
from thads.rules.params import value
from thads.rules.vocab import (
    OFFICER_GRADES,
    Facts,
    Grade,
    InspectorGrade,
    Post,
    RemovalGround,
    SecretaryGrade,
    grade_label,
    post_label,
    signer_label,
)

# --------------------------------------------------------------------------- removal.grounds


class RemovalFacts(Facts):
    grade: Grade
    ground: RemovalGround | None


@rule(
    "removal.grounds",
    title_vi="Cách chức Chấp hành viên",
    title_en="Removal of an enforcement officer from the post",
    citations=[cite(65), cite(65, 1), cite(65, 2)],
    facts=RemovalFacts,
    example={"grade": "officer_junior", "ground": "serious_breach_art21"},
    example_on="2026-01-15",
)
def removal_grounds(facts: RemovalFacts, on: date) -> Result:
    """An officer may be removed on one of the grounds of 65.1–65.2; the answer cites the
    ground's clause (and only it, when the removal may be decided)."""
    grounds: dict[str, int] = value("removal.grounds", on)
    reasons: list[Reason] = []
    if facts.grade not in OFFICER_GRADES:
        reasons.append(reason("removal_not_officer", cite(65), grade=grade_label(facts.grade)))
    if facts.ground is None or facts.ground not in grounds:
        reasons.append(reason("removal_ground_missing", cite(65)))
    unmet = [r.code for r in reasons]
    if facts.ground is not None and facts.ground in grounds:
        reasons.append(reason(facts.ground, cite(65, grounds[facts.ground])))
    return Result({"removable": not unmet, "unmet": unmet}, reasons)


# --------------------------------------------------------------------------- inspector.designation


class InspectorFacts(Facts):
    current_grade: Grade
    target_grade: InspectorGrade
    military: bool


@rule(
    "inspector.designation",
    title_vi="Bổ nhiệm vào ngạch, nâng ngạch Thẩm tra viên",
    title_en="Designation into and promotion between the inspector grades",
    citations=[cite(69, 1), cite(69, 2)],
    facts=InspectorFacts,
    example={
        "current_grade": "inspector",
        "target_grade": "inspector_principal",
        "military": False,
    },
    example_on="2026-01-15",
)
def inspector_designation(facts: InspectorFacts, on: date) -> Result:
    """From another grade, designation into any inspector grade; from an inspector grade, a
    promotion to the next one only (69.1). The Minister of Justice decides, for military
    inspectors on the proposal of the MoD's board (69.2)."""
    order: list[str] = value("inspector.promotion_order", on)
    current, target = facts.current_grade, facts.target_grade
    promotion = current in order
    index = order.index(current) if promotion else -1
    following = order[index + 1] if promotion and index + 1 < len(order) else None
    clause = cite(69, 2) if facts.military else cite(69, 1)
    reasons: list[Reason] = []
    if current == target:
        reasons.append(reason("already_in_grade", cite(69, 1), grade=grade_label(target)))
    elif promotion and target != following:
        shown = grade_label(following) if following else grade_label(current)
        reasons.append(
            reason("not_next_grade", cite(69, 1), current=grade_label(current), next=shown)
        )
    unmet = [r.code for r in reasons]
    if not unmet:
        if promotion:
            reasons.append(
                reason(
                    "inspector_promotion",
                    clause,
                    current=grade_label(current),
                    grade=grade_label(target),
                )
            )
        else:
            reasons.append(reason("inspector_designation", clause, grade=grade_label(target)))
        if facts.military:
            reasons.append(reason("inspector_military", cite(69, 2)))
    return Result(
        {
            "allowed": not unmet,
            "promotion": promotion,
            "grade": target,
            "next_grade": following,
            "decided_by": "minister_of_justice",
            "unmet": unmet,
        },
        reasons,
    )


# --------------------------------------------------------------------------- secretary.designation_authority


class SecretaryFacts(Facts):
    target_grade: SecretaryGrade
    military: bool


@rule(
    "secretary.designation_authority",
    title_vi="Thẩm quyền bổ nhiệm Thư ký thi hành án",
    title_en="Who designates an enforcement secretary",
    citations=[cite(71, 1), cite(71, 3), cite(52, 3)],
    facts=SecretaryFacts,
    example={"target_grade": "secretary", "military": False},
    example_on="2026-01-15",
)
def secretary_designation_authority(facts: SecretaryFacts, on: date) -> Result:
    """Military secretaries: the MoD's rules (71.3). Civil secretaries (71.1): the decree names
    no signer, so the Minister's delegation of the management of civil servants decides
    (52.3); the signer is a dated parameter."""
    if facts.military:
        return Result(
            {"decided_by": "ministry_of_defence_rules"},
            [reason("secretary_military", cite(71, 3))],
        )
    signer: str = value("secretary.civil_designated_by", on)
    return Result(
        {"decided_by": signer},
        [reason("secretary_civil", cite(52, 3), signer=signer_label(signer, on))],
        [cite(71, 1)],
    )


# --------------------------------------------------------------------------- leadership.appointer


class AppointerFacts(Facts):
    post: Post


@rule(
    "leadership.appointer",
    title_vi="Người có thẩm quyền bổ nhiệm chức vụ lãnh đạo",
    title_en="Who appoints to a leadership post",
    citations=[cite(72, 3), cite(52, 3)],
    facts=AppointerFacts,
    example={"post": "district_head"},
    example_on="2026-01-15",
)
def leadership_appointer(facts: AppointerFacts, on: date) -> Result:
    """72.3: the Minister appoints (re-appoints, rotates, relieves, demotes, removes) provincial
    directors; their deputies and the district heads and deputies as the Minister delegates.
    Posts outside Art. 72 follow the Minister's delegation of civil-servant management (52.3).
    The appointer also signs the other decisions on the post (72.3)."""
    art72: dict[str, str] = value("leadership.appointers_art72", on)
    other: dict[str, str] = value("leadership.appointers_other", on)
    if facts.post in art72:
        appointer, clause = art72[facts.post], cite(72, 3)
    else:
        appointer, clause = other[facts.post], cite(52, 3)
    delegated = appointer != "minister_of_justice"
    reasons: list[Reason] = []
    if facts.post == "provincial_director" and not delegated:
        reasons.append(reason("appointed_by_minister", clause, post=post_label(facts.post, on)))
    else:
        if facts.post in art72:
            reasons.append(
                reason("appointed_as_delegated", clause, post=post_label(facts.post, on))
            )
        reasons.append(
            reason(
                "appointer_by_delegation",
                clause,
                post=post_label(facts.post, on),
                appointer=signer_label(appointer, on),
            )
        )
    return Result({"appointed_by": appointer, "delegated": delegated}, reasons)
