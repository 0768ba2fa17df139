"""The wording of decisions is rendered from templates (documents/decision/<kind>.html) with the
data the services pass: in Vietnamese whatever the user's language, and what a user typed comes
back exactly, without adding a part."""

from datetime import date

import pytest
from django.template import TemplateDoesNotExist
from django.utils import translation

from tests import factories as f
from thads.careers import services
from thads.careers.decisions import decision_wording
from thads.careers.models import DecisionKind
from thads.documents.wording import render_parts

ON = date(2026, 9, 1)
FACTS = " Kê biên sai\n</p><p data-part=\"article\">Điều giả & 'x' "


def test_typed_text_is_kept_exactly_and_adds_no_article(people, minister):
    decision = services.removal_decide(
        actor=minister, person=people.d001, ground="serious_breach_art21", facts=FACTS, signed_on=ON
    )
    assert decision.articles == [
        "Cách chức Chấp hành viên sơ cấp đối với Ông/Bà Trần Đức Bình, Chi cục Thi hành án dân sự "
        "quận Ba Đình, kể từ ngày 01/09/2026.",
        f"Lý do: {FACTS.strip()}.",
        "Ông/Bà có trách nhiệm nộp lại thẻ Chấp hành viên và công cụ hỗ trợ được giao.",
    ]
    assert decision.summary == "Về việc cách chức Chấp hành viên sơ cấp"
    assert decision.recipients == ["Như Điều 3", "Ông/Bà Trần Đức Bình", "Lưu: VT, hồ sơ cán bộ"]


def test_a_decision_is_worded_in_vietnamese_for_an_english_speaking_user(
    people, service, director01
):
    transfer = services.transfer_propose(
        actor=None, person=people.d001, kind="rotation", to_authority=service.d002, starts_on=ON
    )
    with translation.override("en"):
        decision = services.transfer_decide(actor=director01, transfer=transfer, signed_on=ON)
    assert decision.summary == "Về việc luân chuyển công chức"
    assert decision.articles[0].startswith(
        "Luân chuyển Ông/Bà Trần Đức Bình, Chấp hành viên sơ cấp,"
    )


@pytest.mark.parametrize(
    ("on", "law"),
    [
        pytest.param(
            date(2026, 6, 30), "ngày 14 tháng 11 năm 2008", id="Law 26/2008 until 30/06/2026"
        ),
        pytest.param(date(2026, 7, 1), "số 106/2025/QH15", id="Law 106/2025 from 01/07/2026"),
    ],
)
def test_the_bases_name_the_law_in_force_the_decree_and_the_clauses(
    people, service, director01, on, law
):
    transfer = services.transfer_propose(
        actor=None, person=people.d001, kind="rotation", to_authority=service.d002, starts_on=ON
    )
    decision = services.transfer_decide(actor=director01, transfer=transfer, signed_on=on)
    assert law in decision.bases[0]
    assert decision.bases[1].startswith(
        "Căn cứ Nghị định số 62/2015/NĐ-CP ngày 18 tháng 7 năm 2015"
    )
    assert decision.bases[2:] == ["Căn cứ điểm c khoản 1 Điều 70 Nghị định số 62/2015/NĐ-CP"]


CAREER_KINDS = [
    k
    for k in DecisionKind.values
    if k not in (DecisionKind.DESIGNATION, DecisionKind.DESIGNATION_WITHOUT_EXAM)
]


@pytest.mark.parametrize("kind", CAREER_KINDS)
def test_every_career_decision_has_its_wording(service, kind):
    person = f.person("Lý Thị Mai", service.d001, "officer_junior", gender="F")
    wording = decision_wording(
        kind,
        person=person,
        signed_on=ON,
        post="district_head",
        grade_label="Thẩm tra viên",
        facts="Vi phạm",
        province=service.p01,
        transfer={"from_authority": service.d001, "to_authority": service.d002, "starts_on": ON},
    )
    assert wording["summary"].startswith("Về việc ")
    assert wording["articles"] and all("Lý Thị Mai" in a for a in wording["articles"][:1])


def test_a_kind_without_wording_is_an_error():
    with pytest.raises(TemplateDoesNotExist):
        decision_wording("no_such_kind")


def test_a_part_cannot_hold_markup(tmp_path, settings):
    (tmp_path / "bad.html").write_text('<p data-part="article">a <b>b</b></p>', encoding="utf-8")
    (tmp_path / "open.html").write_text('<p data-part="article">a', encoding="utf-8")
    settings.TEMPLATES = [
        {"BACKEND": "django.template.backends.django.DjangoTemplates", "DIRS": [tmp_path]}
    ]
    with pytest.raises(ValueError):
        render_parts("bad.html", {})
    with pytest.raises(ValueError):
        render_parts("open.html", {})
