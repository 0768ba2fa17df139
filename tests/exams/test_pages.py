"""The examination pages: each step by the role that takes it, refusals shown again on the
form with their clause, candidacies scoped (404 outside), the report as a page and Excel,
the designation linked to its PDF."""

from io import BytesIO

import openpyxl
from django.urls import reverse

from tests.exams.conftest import ON
from thads.careers.models import Decision
from thads.exams import services
from thads.exams.models import Candidacy, CandidacyStatus, ExamRound

TICKED = {
    "vietnamese_citizen": "on",
    "good_character": "on",
    "law_degree": "on",
    "fit_for_duty": "on",
    "years_legal_work": "4",
    "enforcement_training": "on",
}


def test_round_form_is_shown_again_with_the_refusal_and_its_clause(client, users):
    client.force_login(users.admin)
    r = client.post(reverse("exams-round-new"), {"grade": "officer_junior"})
    assert r.status_code == 400 and r.context["form"].errors["year"]
    r = client.post(reverse("exams-round-new"), {"grade": "inspector", "year": 2026})
    assert r.status_code == 400
    assert "khoản 1 Điều 56 Nghị định số 62/2015/NĐ-CP" in r.content.decode()
    assert not ExamRound.objects.exists()
    r = client.post(reverse("exams-round-new"), {"grade": "officer_junior", "year": 2026})
    exam_round = ExamRound.objects.get()
    assert r.status_code == 302 and r.url == reverse("exams-round", args=[exam_round.pk])
    assert exam_round.history.get().history_user == users.admin


def test_round_list_filters(client, users, exam_round):
    services.round_open(actor=users.admin, grade="officer_senior", year=2025, military=False, on=ON)
    client.force_login(users.bob)
    r = client.get(reverse("exams-round-list"), {"grade": "officer_junior"})
    assert r.status_code == 200 and [x.pk for x in r.context["rounds"]] == [exam_round.pk]
    assert not r.context["can_open"]
    r = client.get(reverse("exams-round-list"), {"year": 2025})
    assert [x.grade for x in r.context["rounds"]] == ["officer_senior"]


def test_district_head_submits_through_the_page_and_the_province_compiles(
    client, users, exam_round, candidates
):
    client.force_login(users.bob)
    url = reverse("exams-round-submit", args=[exam_round.pk])
    r = client.post(url, {"person": candidates["hoa"].pk, **TICKED})
    assert r.status_code == 400 and r.context["submit_form"].errors["person"]
    r = client.post(url, {"person": candidates["mai"].pk, **{**TICKED, "years_legal_work": ""}})
    assert r.status_code == 400 and "years_legal_work" in r.context["submit_form"].errors
    r = client.post(url, {"person": candidates["mai"].pk, **TICKED})
    assert r.status_code == 302
    c = Candidacy.objects.get()
    assert c.status == CandidacyStatus.SUBMITTED and c.submitted_by == users.bob
    assert c.facts["law_degree"] is True and c.facts["under_criminal_prosecution"] is False
    client.force_login(users.alice)
    r = client.post(reverse("exams-round-compile", args=[exam_round.pk]))
    assert r.status_code == 302
    r = client.post(reverse("exams-candidacy-preselect", args=[c.pk]), {"selected": "no"})
    assert r.status_code == 400 and r.context["preselect_form"].errors["note"]
    r = client.post(reverse("exams-candidacy-preselect", args=[c.pk]), {"selected": "yes"})
    c.refresh_from_db()
    assert r.status_code == 302 and c.status == CandidacyStatus.PRESELECTED
    client.force_login(users.bob)
    r = client.post(
        reverse("exams-candidacy-document", args=[c.pk]),
        {"kind": "director_proposal", "reference": "1/CV", "dated_on": "2026-05-02"},
    )
    assert r.status_code == 400
    assert "khoản 2 Điều 59 Nghị định số 62/2015/NĐ-CP" in r.content.decode()
    assert not c.documents.exists()


def test_candidacies_are_scoped_404_outside(client, users, published):
    nam = published["nam"]
    url = reverse("exams-candidacy", args=[nam.pk])
    for persona, status in [("bob", 200), ("alice", 200), ("admin", 200), ("carol", 404)]:
        client.force_login(getattr(users, persona))
        assert client.get(url).status_code == status, persona
    client.force_login(users.carol)
    r = client.get(reverse("exams-round", args=[published["round"].pk]))
    assert r.status_code == 200 and list(r.context["candidacies"]) == []
    r = client.get(reverse("exams-report", args=[published["round"].pk]))
    assert r.context["report"]["rows"] == []
    r = client.post(
        reverse("exams-candidacy-document", args=[nam.pk]),
        {"kind": "application", "reference": "x", "dated_on": "2026-05-02"},
    )
    assert r.status_code == 404


def test_not_qualified_candidate_shows_reasons_and_gets_no_result(client, users, published):
    nam = published["nam"]
    client.force_login(users.bob)
    html = client.get(reverse("exams-candidacy", args=[nam.pk])).content.decode()
    assert "Chưa có bằng cử nhân luật trở lên." in html  # Vietnamese is the default language
    assert "khoản 1 Điều 18" in html
    services.board_establish(
        actor=users.admin,
        exam_round=published["round"],
        decision_ref="1/QĐ-BTP",
        decided_on=ON,
        on=ON,
    )
    client.force_login(users.admin)
    r = client.post(
        reverse("exams-round-member", args=[published["round"].pk]),
        {"full_name": "", "role": "chair"},
    )
    assert r.status_code == 400 and r.context["member_form"].errors["full_name"]
    r = client.post(
        reverse("exams-round-member", args=[published["round"].pk]),
        {"full_name": "Trần Văn A", "role": "chair", "position": "Thứ trưởng"},
    )
    assert r.status_code == 302
    r = client.post(
        reverse("exams-candidacy-result", args=[nam.pk]),
        {"score": "90", "passed": "yes"},
    )
    assert r.status_code == 400
    assert "khoản 1 Điều 60 Nghị định số 62/2015/NĐ-CP" in r.content.decode()
    nam.refresh_from_db()
    assert nam.score is None
    r = client.post(
        reverse("exams-round-consolidate", args=[published["round"].pk]),
    )
    assert r.status_code == 400 and "khoản 1 Điều 62" in r.content.decode()


def test_designation_through_the_page_links_the_pdf(client, users, reported, minister):
    mai = reported["mai"]
    url = reverse("exams-candidacy-designate", args=[mai.pk])
    client.force_login(users.admin)
    r = client.post(url, {"signer_name": ""})
    assert r.status_code == 400
    assert "khoản 1 Điều 62 Nghị định số 62/2015/NĐ-CP" in r.content.decode()
    assert not Decision.objects.exists()
    client.force_login(minister)
    page = client.get(reverse("exams-candidacy", args=[mai.pk]))
    assert "designate_form" in page.context
    r = client.post(url, {"signer_name": "Nguyễn Hải Ninh"})
    assert r.status_code == 302
    decision = Decision.objects.get()
    html = client.get(reverse("exams-candidacy", args=[mai.pk])).content.decode()
    assert reverse("decision-pdf", args=[decision.pk]) in html and "1/QĐ-BTP" in html
    pdf = client.get(reverse("decision-pdf", args=[decision.pk]))
    assert pdf.status_code == 200 and pdf["Content-Type"] == "application/pdf"
    r = client.post(url, {"signer_name": ""})
    assert r.status_code == 400 and Decision.objects.count() == 1


def test_report_page_and_excel(client, users, reported):
    client.force_login(users.admin)
    r = client.get(reverse("exams-report", args=[reported["round"].pk]))
    assert r.status_code == 200 and "Ngô Thị Mai" in r.content.decode()
    r = client.get(reverse("exams-report-xlsx", args=[reported["round"].pk]))
    assert r.status_code == 200
    book = openpyxl.load_workbook(BytesIO(r.content))
    rows = list(book.worksheets[0].iter_rows(values_only=True))
    assert rows[3][0] == "Cục Thi hành án dân sự thành phố Hà Nội"
    assert rows[3][1:] == (2, 2, 1, 1, 1, 0, 0)
    passed = list(book.worksheets[1].iter_rows(values_only=True))
    assert passed[1][0] == "Ngô Thị Mai" and passed[1][3] == 82.5


def test_round_page_lists_with_few_queries(client, users, published, django_assert_max_num_queries):
    client.force_login(users.admin)
    with django_assert_max_num_queries(30):
        r = client.get(reverse("exams-round", args=[published["round"].pk]))
    assert r.status_code == 200 and len(r.context["candidacies"]) == 2
