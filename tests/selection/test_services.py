"""Designation without examination (Art. 63) through the services: the board's composition
(63.4), quorum and majority at a meeting (63.4), the Minister's decision on a passed proposal
(63.3), refused with its clause when 63.1 or 63.2 is not met on the decision date."""

from __future__ import annotations

import io
from datetime import date
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from pypdf import PdfReader

from tests.selection.conftest import DECIDED_ON, MEETING_ON, MEMBERS, votes
from thads.careers.decisions import decision_pdf
from thads.careers.errors import CareersError
from thads.careers.models import Decision
from thads.core.errors import DomainError
from thads.organization.models import Authority
from thads.people.models import GradeAssignment
from thads.selection import services
from thads.selection.errors import SelectionError
from thads.selection.models import BoardMember, Dossier, Meeting, SelectionBoard, Vote

DECREE = "Nghị định số 62/2015/NĐ-CP"


def test_the_minister_designates_on_the_boards_proposal(proposed, candidate, minister, office):
    decision = services.designation_decide(
        actor=minister, dossier=proposed, signed_on=DECIDED_ON, signer_name="Lê Thành Long"
    )

    candidate.refresh_from_db()
    proposed.refresh_from_db()
    assert candidate.grade == "officer_junior"
    assert proposed.decision == decision
    assert services.dossier_status(proposed) == "decided"
    assert decision.kind == "designation_without_exam"
    assert decision.signer == "minister_of_justice"
    assert decision.signed_on == DECIDED_ON
    assert decision.summary == "Về việc bổ nhiệm Chấp hành viên sơ cấp không qua thi tuyển"
    assert [a["rule"] for a in decision.rule_answers] == [
        "designation.without_exam",
        "selection_board.decision",
    ]
    assert decision.effect == {
        "grade": ["secretary", "officer_junior"],
        "selection_dossier": proposed.pk,
    }
    assert any("Hội đồng tuyển chọn" in b for b in decision.bases)
    row = GradeAssignment.objects.get(person=candidate, grade="officer_junior")
    assert row.valid_from == DECIDED_ON
    assert proposed.history.first().history_user == minister
    assert decision.history.first().history_user == minister


def test_the_decision_pdf_is_the_official_text(proposed, minister):
    decision = services.designation_decide(actor=minister, dossier=proposed, signed_on=DECIDED_ON)

    text = "".join(
        page.extract_text() for page in PdfReader(io.BytesIO(decision_pdf(decision))).pages
    )
    flat = " ".join(text.split())
    assert "QUYẾT ĐỊNH" in flat
    assert "Nguyễn Thị Hằng Nga" in flat
    assert decision.number in flat
    assert "Căn cứ khoản 1 Điều 63 Nghị định số 62/2015/NĐ-CP" in flat


def _office(office, **facts):
    Authority.objects.filter(pk=office.pk).update(**facts)


REFUSALS = [
    pytest.param(date(2020, 7, 1), {}, 0, "outside_window", 63, 1, None, id="Đ63.1 01/07/2020"),
    pytest.param(date(2015, 6, 30), {}, 0, "outside_window", 63, 1, None, id="Đ63.1 30/06/2015"),
    pytest.param(
        DECIDED_ON,
        {"provincial_capital_unit": True},
        0,
        "provincial_capital_unit",
        63,
        1,
        "a",
        id="Đ63.1.a provincial capital unit",
    ),
    pytest.param(
        DECIDED_ON,
        {"region_allowance_coefficient": Decimal("0.29")},
        0,
        "coefficient_below_0_3",
        63,
        1,
        "a",
        id="Đ63.1.a coefficient 0.29",
    ),
    pytest.param(
        DECIDED_ON,
        {"special_area": False},
        0,
        "not_special_area",
        63,
        1,
        "a",
        id="Đ63.1.a not a special area",
    ),
    pytest.param(
        DECIDED_ON,
        {"on_appendix_list": False},
        0,
        "not_on_appendix_list",
        63,
        2,
        None,
        id="Đ63.2 not on the Appendix list",
    ),
    pytest.param(
        DECIDED_ON, {}, Decimal("4.9"), "commitment_under_5_years", 63, 1, "b", id="Đ63.1.b 4.9y"
    ),
]


@pytest.mark.parametrize(
    ("signed_on", "facts", "years", "code", "article", "clause", "point"), REFUSALS
)
def test_designation_is_refused_with_its_clause_and_nothing_is_saved(
    proposed, candidate, minister, office, signed_on, facts, years, code, article, clause, point
):
    _office(office, **facts)
    if years:
        Dossier.objects.filter(pk=proposed.pk).update(commitment_years=years)
    if signed_on < MEETING_ON:  # a proposal made before the window opened
        Meeting.objects.filter(dossier=proposed).update(held_on=date(2015, 6, 20))

    with pytest.raises(DomainError) as refused:
        services.designation_decide(actor=minister, dossier=proposed, signed_on=signed_on)

    expected = (f"điểm {point} " if point else "") + f"khoản {clause} Điều {article} {DECREE}"
    assert refused.value.code == SelectionError.NOT_ALLOWED
    assert refused.value.citation == expected
    answer = services.designation_answer(Dossier.objects.get(pk=proposed.pk), signed_on)
    assert answer["outcome"]["unmet"] == [code]
    assert answer["reasons"][0]["vi"] in refused.value.message
    candidate.refresh_from_db()
    assert candidate.grade == "secretary"
    assert Decision.objects.count() == 0
    assert Dossier.objects.get(pk=proposed.pk).decision is None


def test_every_unmet_condition_is_named(proposed, minister, office):
    _office(office, special_area=False, on_appendix_list=False)

    with pytest.raises(DomainError) as refused:
        services.designation_decide(actor=minister, dossier=proposed, signed_on=date(2020, 7, 1))

    assert refused.value.citation == f"khoản 1 Điều 63 {DECREE}"
    answer = services.designation_answer(Dossier.objects.get(pk=proposed.pk), date(2020, 7, 1))
    assert answer["outcome"]["unmet"] == [
        "outside_window",
        "not_special_area",
        "not_on_appendix_list",
    ]
    for reason in answer["reasons"]:
        assert reason["vi"] in refused.value.message


ALLOWED = [
    pytest.param(date(2020, 6, 30), {}, None, id="Đ63.1 last day 30/06/2020"),
    pytest.param(
        DECIDED_ON,
        {"region_allowance_coefficient": Decimal("0.3")},
        None,
        id="Đ63.1.a coefficient 0.3",
    ),
    pytest.param(DECIDED_ON, {}, Decimal("5"), id="Đ63.1.b exactly 5 years"),
]


@pytest.mark.parametrize(("signed_on", "facts", "years"), ALLOWED)
def test_designation_is_allowed_on_the_edges(
    proposed, candidate, minister, office, signed_on, facts, years
):
    _office(office, **facts)
    if years:
        Dossier.objects.filter(pk=proposed.pk).update(commitment_years=years)

    decision = services.designation_decide(actor=minister, dossier=proposed, signed_on=signed_on)

    candidate.refresh_from_db()
    assert candidate.grade == "officer_junior" and decision.signed_on == signed_on


def test_the_window_opens_on_01_07_2015_before_the_decree_is_in_force(
    service, board, candidate, minister, users
):
    dossier = services.dossier_submit(
        actor=users.alice,
        board=board,
        person=candidate,
        submitted_on=date(2017, 3, 1),
        commitment_years=5,
        commitment_signed_on=date(2017, 3, 1),
    )
    answer = services.designation_answer(dossier, date(2015, 7, 1))
    assert answer["outcome"]["allowed"] is True
    assert services.designation_answer(dossier, date(2015, 6, 30))["outcome"]["unmet"] == [
        "outside_window"
    ]


# --- the board (63.4) ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("members", "code", "role_word"),
    [
        pytest.param(MEMBERS[:4] + MEMBERS[5:], "role_missing", "Jurists", id="no Jurists' rep"),
        pytest.param(MEMBERS[1:], "role_missing", "Chair", id="no chair"),
        pytest.param(MEMBERS[:5], "role_missing", "Secretary", id="no secretary"),
        pytest.param(
            [*MEMBERS, {**MEMBERS[0], "name": "Vũ Văn Hai"}], "role_duplicated", "Chair", id="two"
        ),
    ],
)
def test_a_board_without_every_seat_once_is_refused(service, users, members, code, role_word):
    with pytest.raises(DomainError) as refused:
        services.board_establish(
            actor=users.alice,
            authority=service.p01,
            established_on=date(2017, 3, 1),
            members=members,
        )

    assert refused.value.code == SelectionError.BOARD_COMPOSITION
    assert refused.value.citation == f"khoản 4 Điều 63 {DECREE}"
    assert refused.value.field == "members"
    problems = services.board_composition([m["role"] for m in members])
    assert [p["code"] for p in problems] == [code]
    assert problems[0]["message"] in refused.value.message
    assert SelectionBoard.objects.count() == 0 and BoardMember.objects.count() == 0


def test_the_board_is_recorded_with_its_members_and_history(board, users, service):
    assert board.authority == service.p01
    assert [m.role for m in board.ordered_members()] == [m["role"] for m in MEMBERS]
    assert services.board_composition([m.role for m in board.members.all()]) == []
    assert board.history.first().history_user == users.alice
    assert BoardMember.history.filter(history_user=users.alice).count() == 6


def test_a_board_belongs_to_a_provincial_department(service, users):
    with pytest.raises(ValidationError) as invalid:
        services.board_establish(
            actor=users.alice,
            authority=service.d001,
            established_on=date(2017, 3, 1),
            members=MEMBERS,
        )
    assert "authority" in invalid.value.message_dict


# --- the dossier (62.2, 63.1.b) --------------------------------------------------------------


def test_the_dossier_reads_the_office_from_the_registry(dossier, office):
    assert dossier.authority == office
    assert services.office_facts(office) == {
        "level": "district",
        "provincial_capital_unit": False,
        "region_allowance_coefficient": 0.5,
        "special_area": True,
        "on_appendix_list": True,
    }
    assert dossier.documents == [{"title": "Sơ yếu lý lịch", "issued_on": "2018-02-01"}]


def test_a_dossier_needs_a_district_office_of_the_boards_province(board, people, users):
    with pytest.raises(ValidationError) as invalid:
        services.dossier_submit(
            actor=users.alice,
            board=board,
            person=people.p79,
            submitted_on=date(2018, 3, 1),
            commitment_years=5,
            commitment_signed_on=date(2018, 3, 1),
        )
    assert "person" in invalid.value.message_dict


def test_a_dossier_for_another_province_is_refused(service, board, users):
    from tests import factories as f

    other = f.authority("D761", "district", service.p79)
    person = f.person("Lý Văn Tâm", other, "secretary")
    with pytest.raises(ValidationError) as invalid:
        services.dossier_submit(
            actor=users.alice,
            board=board,
            person=person,
            submitted_on=date(2018, 3, 1),
            commitment_years=5,
            commitment_signed_on=date(2018, 3, 1),
        )
    assert "board" in invalid.value.message_dict


# --- meetings: quorum two thirds, majority of all members (63.4) -----------------------------

EDGES = [
    pytest.param(("for",) * 4 + ("absent",) * 2, True, True, id="4/6 present (=2/3), 4 for"),
    pytest.param(
        ("for",) * 3 + ("against",) + ("absent",) * 2, True, False, id="4/6 present, 3 for (=1/2)"
    ),
    pytest.param(("for",) * 3 + ("absent",) * 3, False, False, id="3/6 present (<2/3), 3 for"),
    pytest.param(("for",) * 3 + ("against",) * 3, True, False, id="all present, 3 for (=1/2)"),
    pytest.param(("for",) * 4 + ("against",) * 2, True, True, id="all present, 4 for (>1/2)"),
]


@pytest.mark.parametrize(("choices", "quorate", "passed"), EDGES)
def test_quorum_and_majority_of_all_members(dossier, board, users, choices, quorate, passed):
    meeting = services.meeting_record(
        actor=users.alice, dossier=dossier, held_on=MEETING_ON, votes=votes(board, *choices)
    )

    assert (meeting.quorate, meeting.passed) == (quorate, passed)
    assert meeting.members_count == 6
    assert meeting.rule_answer["rule"] == "selection_board.decision"
    assert meeting.rule_answer["outcome"] == {"quorate": quorate, "passed": passed}
    assert meeting.rule_answer["citations"] == [f"khoản 4 Điều 63 {DECREE}"]
    assert Vote.objects.filter(meeting=meeting).count() == 6
    assert meeting.history.first().history_user == users.alice
    assert services.dossier_status(dossier) == ("proposed" if passed else "open")


def test_without_a_passed_proposal_the_minister_cannot_decide(dossier, board, users, minister):
    services.meeting_record(
        actor=users.alice,
        dossier=dossier,
        held_on=MEETING_ON,
        votes=votes(board, "for", "for", "for", "absent", "absent", "absent"),
    )
    with pytest.raises(DomainError) as refused:
        services.designation_decide(actor=minister, dossier=dossier, signed_on=DECIDED_ON)
    assert refused.value.code == SelectionError.NO_PROPOSAL
    assert refused.value.citation == f"khoản 3 Điều 63 {DECREE}"
    assert Decision.objects.count() == 0


def test_every_member_votes_and_only_members(dossier, board, users):
    choices = votes(board, "for", "for", "for", "for", "for", "for")
    choices.popitem()
    with pytest.raises(ValidationError) as invalid:
        services.meeting_record(
            actor=users.alice, dossier=dossier, held_on=MEETING_ON, votes=choices
        )
    assert "votes" in invalid.value.message_dict
    choices[99999] = "for"
    with pytest.raises(ValidationError):
        services.meeting_record(
            actor=users.alice, dossier=dossier, held_on=MEETING_ON, votes=choices
        )
    assert Meeting.objects.count() == 0


def test_no_meeting_after_the_proposal_passed(proposed, board, users):
    with pytest.raises(DomainError) as refused:
        services.meeting_record(
            actor=users.alice,
            dossier=proposed,
            held_on=MEETING_ON,
            votes=votes(board, *("for",) * 6),
        )
    assert refused.value.code == SelectionError.ALREADY_PASSED


# --- who decides, and only once --------------------------------------------------------------


def test_only_the_ministers_recorder_designates(proposed, users, candidate):
    with pytest.raises(DomainError) as refused:
        services.designation_decide(actor=users.alice, dossier=proposed, signed_on=DECIDED_ON)

    assert refused.value.code == CareersError.WRONG_SIGNER
    assert refused.value.citation == f"khoản 3 Điều 63 {DECREE}"
    candidate.refresh_from_db()
    assert candidate.grade == "secretary" and Decision.objects.count() == 0


def test_a_dossier_is_decided_once(proposed, minister):
    services.designation_decide(actor=minister, dossier=proposed, signed_on=DECIDED_ON)
    with pytest.raises(DomainError) as refused:
        services.designation_decide(actor=minister, dossier=proposed, signed_on=DECIDED_ON)
    assert refused.value.code == SelectionError.DECIDED
    assert Decision.objects.count() == 1


def test_a_person_made_officer_meanwhile_is_not_designated_again(
    proposed, candidate, minister, users
):
    from thads.people.services import person_change_grade

    person_change_grade(
        actor=users.alice, person=candidate, grade="officer_junior", on=date(2018, 5, 1)
    )
    with pytest.raises(DomainError) as refused:
        services.designation_decide(actor=minister, dossier=proposed, signed_on=DECIDED_ON)
    assert refused.value.code == SelectionError.ALREADY_OFFICER
    assert Decision.objects.count() == 0
    assert Dossier.objects.get(pk=proposed.pk).decision is None


def test_the_decision_cannot_precede_the_meeting(proposed, minister):
    with pytest.raises(ValidationError) as invalid:
        services.designation_decide(actor=minister, dossier=proposed, signed_on=date(2018, 4, 1))
    assert "signed_on" in invalid.value.message_dict
