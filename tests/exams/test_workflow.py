"""The recruitment examination (Art. 56–62), service by service: who submits (58.1), who
compiles and pre-selects (58.2–58.3), the dossier (59), the qualified list computed by
`exam.eligibility` (60), the board (61), results and the consolidated report (62.1), and the
Minister's designation through the decision register."""

from datetime import date
from io import BytesIO

import pytest
from django.contrib.auth.models import Permission
from django.core.exceptions import PermissionDenied, ValidationError
from pypdf import PdfReader

from tests.exams.conftest import GOOD, ON
from thads.careers.decisions import decision_pdf
from thads.careers.errors import CareersError
from thads.careers.models import Decision
from thads.core.errors import DomainError
from thads.exams import services
from thads.exams.errors import ExamsError
from thads.exams.models import Candidacy, CandidacyStatus, RoundStatus
from thads.exams.selectors import exam_round_report
from thads.people.services import person_change_grade


def test_round_is_opened_by_the_general_department_for_officer_grades_only(users):
    with pytest.raises(DomainError) as exc:
        services.round_open(actor=users.admin, grade="inspector", year=2026, military=False, on=ON)
    assert exc.value.code == ExamsError.NO_EXAM_FOR_GRADE
    assert exc.value.citation == "khoản 1 Điều 56 Nghị định số 62/2015/NĐ-CP"
    with pytest.raises(DomainError) as exc:
        services.round_open(
            actor=users.admin, grade="officer_junior", year=2026, military=True, on=ON
        )
    assert exc.value.code == ExamsError.NOT_EXAMINING_AUTHORITY
    assert exc.value.citation == "khoản 2 Điều 60 Nghị định số 62/2015/NĐ-CP"


def test_district_head_submits_only_people_of_their_office(exam_round, candidates, users):
    with pytest.raises(DomainError) as exc:
        services.candidate_submit(
            actor=users.bob, exam_round=exam_round, person=candidates["hoa"], facts=GOOD, on=ON
        )
    assert exc.value.code == ExamsError.NOT_YOUR_OFFICE
    assert exc.value.citation == "khoản 1 Điều 58 Nghị định số 62/2015/NĐ-CP"
    assert "Đinh Thị Hoà" in exc.value.message
    assert not Candidacy.objects.exists()


def test_someone_already_in_the_grade_is_not_a_candidate(exam_round, people, users):
    with pytest.raises(DomainError) as exc:
        services.candidate_submit(
            actor=users.bob, exam_round=exam_round, person=people.d001, facts=GOOD, on=ON
        )
    assert exc.value.code == ExamsError.ALREADY_IN_GRADE


def test_missing_standards_are_invalid_input_with_their_field(exam_round, candidates, users):
    facts = {k: v for k, v in GOOD.items() if k != "years_legal_work"}
    with pytest.raises(ValidationError) as exc:
        services.candidate_submit(
            actor=users.bob, exam_round=exam_round, person=candidates["mai"], facts=facts, on=ON
        )
    assert "years_legal_work" in exc.value.message_dict


def test_preselection_needs_the_province_list_and_the_province(exam_round, candidates, users):
    c = services.candidate_submit(
        actor=users.bob, exam_round=exam_round, person=candidates["mai"], facts=GOOD, on=ON
    )
    assert c.status == CandidacyStatus.SUBMITTED and c.province.code == "P01"
    with pytest.raises(DomainError) as exc:
        services.candidate_preselect(actor=users.alice, candidacy=c, selected=True, on=ON)
    assert exc.value.code == ExamsError.NOT_LISTED
    assert services.province_list_compile(actor=users.alice, exam_round=exam_round, on=ON) == 1
    with pytest.raises(DomainError) as exc:
        services.candidate_preselect(actor=users.carol, candidacy=c, selected=True, on=ON)
    assert exc.value.code == ExamsError.NOT_PROVINCE
    assert exc.value.citation == "khoản 3 Điều 58 Nghị định số 62/2015/NĐ-CP"
    with pytest.raises(ValidationError) as exc:
        services.candidate_preselect(actor=users.alice, candidacy=c, selected=False, on=ON)
    assert "note" in exc.value.message_dict
    c = services.candidate_preselect(
        actor=users.alice, candidacy=c, selected=False, note="Chưa đủ kinh nghiệm", on=ON
    )
    assert c.status == CandidacyStatus.NOT_PRESELECTED and c.preselected is False
    last = c.history.first()
    assert last.history_user == users.alice and last.preselection_note == "Chưa đủ kinh nghiệm"


def test_the_written_proposal_is_the_directors(exam_round, candidates, users):
    c = services.candidate_submit(
        actor=users.bob, exam_round=exam_round, person=candidates["mai"], facts=GOOD, on=ON
    )
    with pytest.raises(DomainError) as exc:
        services.dossier_document_add(
            actor=users.bob,
            candidacy=c,
            kind="director_proposal",
            reference="1/CV",
            dated_on=ON,
            on=ON,
        )
    assert exc.value.code == ExamsError.PROPOSAL_BY_DIRECTOR
    assert exc.value.citation == "khoản 2 Điều 59 Nghị định số 62/2015/NĐ-CP"
    with pytest.raises(ValidationError) as exc:
        services.dossier_document_add(
            actor=users.bob,
            candidacy=c,
            kind="application",
            reference=" ",
            dated_on=date(2026, 7, 1),
            on=ON,
        )
    assert set(exc.value.message_dict) == {"reference", "dated_on"}


def test_published_list_keeps_the_rule_answer_and_the_reasons_of_those_not_qualified(
    published, users
):
    mai, nam = published["mai"], published["nam"]
    assert published["round"].status == RoundStatus.PUBLISHED
    assert mai.status == CandidacyStatus.QUALIFIED
    assert mai.eligibility["rule"] == "exam.eligibility"
    assert mai.eligibility["outcome"] == {"eligible": True, "unmet": []}
    assert "khoản 1 Điều 57 Nghị định số 62/2015/NĐ-CP" in mai.eligibility["citations"]
    assert nam.status == CandidacyStatus.NOT_QUALIFIED
    assert nam.eligibility["outcome"]["unmet"] == ["no_law_degree"]
    reason = nam.eligibility["reasons"][0]
    assert reason["code"] == "no_law_degree" and "khoản 1 Điều 18" in reason["citation"]
    assert nam.history.first().history_user == users.admin


def test_an_incomplete_dossier_is_not_qualified(exam_round, candidates, users):
    c = services.candidate_submit(
        actor=users.bob, exam_round=exam_round, person=candidates["mai"], facts=GOOD, on=ON
    )
    services.province_list_compile(actor=users.alice, exam_round=exam_round, on=ON)
    services.candidate_preselect(actor=users.alice, candidacy=c, selected=True, on=ON)
    services.qualified_list_publish(actor=users.admin, exam_round=exam_round, on=ON)
    c.refresh_from_db()
    assert c.status == CandidacyStatus.NOT_QUALIFIED
    assert c.eligibility["outcome"]["eligible"] is True
    assert c.dossier_missing == ["application", "director_proposal"]


def test_only_the_general_department_publishes_the_list(exam_round, users):
    with pytest.raises(PermissionDenied):
        services.qualified_list_publish(actor=users.alice, exam_round=exam_round, on=ON)
    users.alice.user_permissions.add(
        Permission.objects.get(codename="change_examround", content_type__app_label="exams")
    )
    alice = type(users.alice).objects.get(pk=users.alice.pk)
    with pytest.raises(DomainError) as exc:
        services.qualified_list_publish(actor=alice, exam_round=exam_round, on=ON)
    assert exc.value.code == ExamsError.NOT_EXAMINING_AUTHORITY
    assert exc.value.citation == "khoản 1 Điều 60 Nghị định số 62/2015/NĐ-CP"


def test_results_need_the_board_and_a_qualified_candidate(published, users):
    mai, nam = published["mai"], published["nam"]
    with pytest.raises(DomainError) as exc:
        services.result_record(actor=users.admin, candidacy=mai, score=80, passed=True, on=ON)
    assert exc.value.code == ExamsError.NO_BOARD
    assert exc.value.citation == "khoản 1 Điều 61 Nghị định số 62/2015/NĐ-CP"
    services.board_establish(
        actor=users.admin,
        exam_round=published["round"],
        decision_ref="1234/QĐ-BTP",
        decided_on=date(2026, 5, 20),
        on=ON,
    )
    services.board_member_add(
        actor=users.admin, exam_round=published["round"], full_name="Trần Văn A", role="chair"
    )
    with pytest.raises(DomainError) as exc:
        services.result_record(actor=users.admin, candidacy=nam, score=90, passed=True, on=ON)
    assert exc.value.code == ExamsError.NOT_QUALIFIED
    assert exc.value.citation == "khoản 1 Điều 60 Nghị định số 62/2015/NĐ-CP"
    nam.refresh_from_db()
    assert nam.score is None and nam.status == CandidacyStatus.NOT_QUALIFIED
    with pytest.raises(ValidationError):
        services.result_record(actor=users.admin, candidacy=mai, score=101, passed=True, on=ON)
    with pytest.raises(DomainError) as exc:
        services.results_report(actor=users.admin, exam_round=published["round"], on=ON)
    assert exc.value.code == ExamsError.RESULTS_MISSING


def test_consolidated_report_counts_per_province(reported, users):
    report = exam_round_report(users.admin, reported["round"])
    (row,) = report["rows"]
    assert row["province"].code == "P01"
    assert (row["submitted"], row["preselected"], row["qualified"], row["passed"]) == (2, 2, 1, 1)
    assert row["not_qualified"] == 1
    assert [c.person.full_name for c in report["passed"]] == ["Ngô Thị Mai"]


def test_designation_needs_a_user_recording_for_the_minister(reported, users):
    with pytest.raises(DomainError) as exc:
        services.candidate_designate(actor=users.admin, candidacy=reported["mai"], on=ON)
    assert exc.value.code == CareersError.WRONG_SIGNER
    assert exc.value.citation == "khoản 1 Điều 62 Nghị định số 62/2015/NĐ-CP"
    assert not Decision.objects.exists()
    reported["mai"].person.refresh_from_db()
    assert reported["mai"].person.grade == "secretary"


def test_designation_sets_the_grade_numbers_the_decision_and_renders_the_pdf(
    reported, minister, users
):
    mai = reported["mai"]
    decision = services.candidate_designate(actor=minister, candidacy=mai, on=ON)
    assert decision.number == "1/QĐ-BTP" and decision.kind == "designation"
    assert decision.effect == {"grade": ["secretary", "officer_junior"]}
    assert decision.rule_answers == [mai.eligibility]
    mai.refresh_from_db()
    mai.person.refresh_from_db()
    assert mai.status == CandidacyStatus.DESIGNATED and mai.decision == decision
    assert mai.person.grade == "officer_junior"
    row = mai.person.grades.get(valid_to__isnull=True)
    assert row.grade == "officer_junior" and row.decision_ref == "1/QĐ-BTP"
    assert mai.history.first().history_user == minister
    pages = PdfReader(BytesIO(decision_pdf(decision))).pages
    text = " ".join(" ".join(p.extract_text() for p in pages).split())  # lines wrap in the header
    for needle in (
        "QUYẾT ĐỊNH",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "1/QĐ-BTP",
        "Ngô Thị Mai",
        "Căn cứ khoản 1 Điều 57 Nghị định số 62/2015/NĐ-CP",
    ):
        assert needle in text, needle

    with pytest.raises(DomainError) as exc:
        services.candidate_designate(actor=minister, candidacy=mai, on=ON)
    assert exc.value.code == ExamsError.ALREADY_DESIGNATED and "1/QĐ-BTP" in exc.value.message
    assert Decision.objects.count() == 1


def test_designation_is_rechecked_under_the_lock(reported, minister, users):
    """Another change of grade recorded first: the designation no longer applies, and
    nothing of it is kept (no decision number used)."""
    mai = reported["mai"]
    person_change_grade(actor=users.alice, person=mai.person, grade="specialist", on=ON)
    with pytest.raises(DomainError) as exc:
        services.candidate_designate(actor=minister, candidacy=mai, on=date(2026, 6, 2))
    assert exc.value.code == ExamsError.GRADE_CHANGED
    assert not Decision.objects.exists()
    mai.refresh_from_db()
    assert mai.status == CandidacyStatus.PASSED


def test_designation_waits_for_the_consolidated_report(published, minister, users):
    with pytest.raises(DomainError) as exc:
        services.candidate_designate(actor=minister, candidacy=published["mai"], on=ON)
    assert exc.value.code == ExamsError.NOT_REPORTED


def test_military_round_runs_through_the_military_department_and_the_mod(service, users, minister):
    from tests import factories as f
    from thads.accounts.models import Profile

    mil = f.user("mil", "central_admin", service.mil)
    head = f.user("qkhead", "district_head", service.qk1)
    person = f.person("Hoàng Văn Quân", service.qk1, "secretary")
    exam_round = services.round_open(
        actor=mil, grade="officer_junior", year=2026, military=True, on=ON
    )
    c = services.candidate_submit(
        actor=head, exam_round=exam_round, person=person, facts=GOOD, on=ON
    )
    assert c.province == service.mil
    services.province_list_compile(actor=mil, exam_round=exam_round, on=ON)
    services.candidate_preselect(actor=mil, candidacy=c, selected=True, on=ON)
    for kind in ("application", "director_proposal"):
        services.dossier_document_add(
            actor=mil, candidacy=c, kind=kind, reference="1", dated_on=ON, on=ON
        )
    with pytest.raises(DomainError) as exc:
        services.qualified_list_publish(actor=users.admin, exam_round=exam_round, on=ON)
    assert exc.value.citation == "khoản 2 Điều 60 Nghị định số 62/2015/NĐ-CP"
    services.qualified_list_publish(actor=mil, exam_round=exam_round, on=ON)
    services.board_establish(
        actor=mil, exam_round=exam_round, decision_ref="9/QĐ", decided_on=ON, on=ON
    )
    services.board_member_add(actor=mil, exam_round=exam_round, full_name="X", role="chair")
    services.result_record(actor=mil, candidacy=c, score=70, passed=True, on=ON)
    services.results_report(actor=mil, exam_round=exam_round, on=ON)
    with pytest.raises(DomainError) as exc:
        services.candidate_designate(actor=minister, candidacy=c, on=ON)
    assert exc.value.code == CareersError.WRONG_SIGNER
    Profile.objects.filter(user=mil).update(signs_for="ministry_of_defence")
    mil = type(mil).objects.get(pk=mil.pk)
    decision = services.candidate_designate(actor=mil, candidacy=c, on=ON)
    assert decision.number == "1/QĐ-BQP" and decision.signer == "ministry_of_defence"
