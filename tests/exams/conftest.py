"""Personas of the examination workflow: candidates of Ba Đình (D001) and Hoàn Kiếm (D002), a
user recording decisions for the Minister, and helpers that walk a round to a given step."""

from __future__ import annotations

from datetime import date

import pytest

from tests import factories as f
from thads.accounts.models import Profile
from thads.exams import services
from thads.exams.models import DocumentKind

ON = date(2026, 6, 1)
GOOD = {
    "vietnamese_citizen": True,
    "good_character": True,
    "law_degree": True,
    "fit_for_duty": True,
    "years_legal_work": 4,
    "enforcement_training": True,
    "under_criminal_prosecution": False,
    "under_disciplinary_review": False,
}


@pytest.fixture
def candidates(service):
    return {
        "mai": f.person("Ngô Thị Mai", service.d001, "secretary", gender="F"),
        "nam": f.person("Lý Văn Nam", service.d001, "secretary"),
        "hoa": f.person("Đinh Thị Hoà", service.d002, "secretary", gender="F"),
    }


@pytest.fixture
def minister(service):
    u = f.user("minister", "central_admin", service.central)
    Profile.objects.filter(user=u).update(signs_for="minister_of_justice")
    return type(u).objects.get(pk=u.pk)


@pytest.fixture
def exam_round(users):
    return services.round_open(
        actor=users.admin, grade="officer_junior", year=2026, military=False, on=ON
    )


def add_dossier(candidacy, users):
    services.dossier_document_add(
        actor=users.bob,
        candidacy=candidacy,
        kind=DocumentKind.APPLICATION,
        reference="Đơn ngày 02/05/2026",
        dated_on=date(2026, 5, 2),
        on=ON,
    )
    services.dossier_document_add(
        actor=users.alice,
        candidacy=candidacy,
        kind=DocumentKind.DIRECTOR_PROPOSAL,
        reference="15/CTHADS-TCCB",
        dated_on=date(2026, 5, 10),
        on=ON,
    )


@pytest.fixture
def published(exam_round, candidates, users):
    """Mai meets every standard; Nam has no law degree. Both pre-selected, dossiers complete."""
    mai = services.candidate_submit(
        actor=users.bob, exam_round=exam_round, person=candidates["mai"], facts=GOOD, on=ON
    )
    nam = services.candidate_submit(
        actor=users.bob,
        exam_round=exam_round,
        person=candidates["nam"],
        facts={**GOOD, "law_degree": False},
        on=ON,
    )
    services.province_list_compile(actor=users.alice, exam_round=exam_round, on=ON)
    for c in (mai, nam):
        services.candidate_preselect(actor=users.alice, candidacy=c, selected=True, on=ON)
        add_dossier(c, users)
    services.qualified_list_publish(actor=users.admin, exam_round=exam_round, on=ON)
    mai.refresh_from_db()
    nam.refresh_from_db()
    exam_round.refresh_from_db()
    return {"round": exam_round, "mai": mai, "nam": nam}


@pytest.fixture
def reported(published, users):
    exam_round = published["round"]
    services.board_establish(
        actor=users.admin,
        exam_round=exam_round,
        decision_ref="1234/QĐ-BTP",
        decided_on=date(2026, 5, 20),
        proposal_ref="456/TTr-TCTHADS",
        on=ON,
    )
    services.board_member_add(
        actor=users.admin,
        exam_round=exam_round,
        full_name="Nguyễn Thanh Tịnh",
        role="chair",
        position="Thứ trưởng Bộ Tư pháp",
    )
    services.result_record(
        actor=users.admin, candidacy=published["mai"], score="82.5", passed=True, on=ON
    )
    services.results_report(actor=users.admin, exam_round=exam_round, on=ON)
    published["mai"].refresh_from_db()
    exam_round.refresh_from_db()
    return published
