"""A decision's issuer, numbering symbol, signer's titles and legal bases follow its date
(today.md; rules/params/titles.yaml and law.yaml): the Tổng cục and the Cục THADS tỉnh until
30/06/2025, the Cục Quản lý THADS and the THADS tỉnh from 01/07/2025 (Decision 1898/QĐ-BTP),
Law 106/2025/QH15 from 01/07/2026. The PDF is read back with pypdf."""

from __future__ import annotations

import io
from datetime import date, timedelta

import pytest
from django.urls import reverse
from django.utils import translation
from pypdf import PdfReader

from tests import factories as f
from tests.documents.conftest import signer
from thads.careers import services
from thads.careers.decisions import decision_pdf, decision_wording, issuer_for
from thads.careers.errors import CareersError
from thads.core.errors import DomainError
from thads.documents.pdf import vietnamese_date

SIGNER_NAME = "Nguyễn Văn Quyết"


def _pdf_text(decision) -> str:
    pages = PdfReader(io.BytesIO(decision_pdf(decision))).pages
    return " ".join(" ".join(page.extract_text() for page in pages).split())


def _decide(two_level, *, start: str, to: str, who: str, signs_for: str, on: date):
    """A person posted at `start` (since the day it opened) moved to `to`, decided on `on` by
    the competent signer that day; the move starts that day or, in an office opened that day,
    the next."""
    office = getattr(two_level, start)
    person = f.person("Trần Đức Bình", office, "officer_junior", on=office.valid_from)
    transfer = services.transfer_propose(
        actor=None,
        person=person,
        kind="mobilization",
        to_authority=getattr(two_level, to),
        starts_on=max(on, office.valid_from + timedelta(days=1)),
    )
    assert transfer.decided_by == signs_for
    actor = signer("ky", signs_for, getattr(two_level, who))
    return services.transfer_decide(
        actor=actor, transfer=transfer, signed_on=on, signer_name=SIGNER_NAME
    )


HEADERS = [
    pytest.param(
        ("d001", "d002", "p01", "provincial_director", date(2025, 6, 30)),
        "1/QĐ-CTHADS",
        ["TỔNG CỤC THI HÀNH ÁN DÂN SỰ", "CỤC THI HÀNH ÁN DÂN SỰ THÀNH PHỐ HÀ NỘI"],
        "CỤC TRƯỞNG CỤC THI HÀNH ÁN DÂN SỰ THÀNH PHỐ HÀ NỘI",
        "CỤC TRƯỞNG",
        "CỤC QUẢN LÝ",
        id="Đ70.1.c the Cục THADS tỉnh on 30/06/2025",
    ),
    pytest.param(
        ("r0101", "r0102", "t01", "provincial_director", date(2025, 7, 1)),
        "1/QĐ-THADS",
        ["CỤC QUẢN LÝ THI HÀNH ÁN DÂN SỰ", "THI HÀNH ÁN DÂN SỰ THÀNH PHỐ HÀ NỘI"],
        "TRƯỞNG THI HÀNH ÁN DÂN SỰ THÀNH PHỐ HÀ NỘI",
        "TRƯỞNG THI HÀNH ÁN DÂN SỰ",
        "TỔNG CỤC",
        id="Đ70.1.c QĐ1898 the THADS tỉnh on 01/07/2025",
    ),
    pytest.param(
        ("d001", "d760", "p01", "director_general", date(2025, 6, 30)),
        "1/QĐ-TCTHADS",
        ["BỘ TƯ PHÁP", "TỔNG CỤC THI HÀNH ÁN DÂN SỰ"],
        "TỔNG CỤC TRƯỞNG TỔNG CỤC THI HÀNH ÁN DÂN SỰ",
        "TỔNG CỤC TRƯỞNG TỔNG CỤC THI HÀNH ÁN DÂN SỰ",
        "CỤC QUẢN LÝ",
        id="Đ70.1.b the Tổng cục on 30/06/2025",
    ),
    pytest.param(
        ("r0101", "r7901", "cqlthads", "director_general", date(2025, 7, 1)),
        "1/QĐ-QLTHADS",
        ["BỘ TƯ PHÁP", "CỤC QUẢN LÝ THI HÀNH ÁN DÂN SỰ"],
        "CỤC TRƯỞNG CỤC QUẢN LÝ THI HÀNH ÁN DÂN SỰ",
        "CỤC TRƯỞNG",
        "TỔNG CỤC",
        id="Đ70.1.b QĐ1898 the Cục Quản lý on 01/07/2025",
    ),
    pytest.param(
        ("r0101", "r7901", "cqlthads", "director_general", date(2026, 3, 20)),
        "1/QĐ-QLTHADS",
        ["BỘ TƯ PHÁP", "CỤC QUẢN LÝ THI HÀNH ÁN DÂN SỰ"],
        "CỤC TRƯỞNG CỤC QUẢN LÝ THI HÀNH ÁN DÂN SỰ",
        "CỤC TRƯỞNG",
        "TỔNG CỤC",
        id="Đ70.1.b QĐ1898 the Cục Quản lý on 20/03/2026",
    ),
]


@pytest.mark.parametrize(("case", "number", "header", "competence", "signature", "absent"), HEADERS)
def test_the_header_symbol_and_signature_follow_the_decision_date(
    two_level, case, number, header, competence, signature, absent
):
    start, to, who, signs_for, on = case
    decision = _decide(two_level, start=start, to=to, who=who, signs_for=signs_for, on=on)
    assert decision.number == number
    text = _pdf_text(decision)
    assert f"Số: {number}" in text
    assert vietnamese_date("Hà Nội", on) in text  # the place and date line
    for line in header:
        assert line in text, line
    assert f"{competence} Căn cứ" in text  # the signer's title, above the legal bases
    assert text.endswith(f"hồ sơ cán bộ. {signature} {SIGNER_NAME}")  # the signature block
    assert absent not in text


@pytest.mark.parametrize(
    ("on", "law", "not_law"),
    [
        pytest.param(
            date(2026, 6, 30),
            "Căn cứ Luật Thi hành án dân sự ngày 14 tháng 11 năm 2008",
            "106/2025/QH15",
            id="Luật 26/2008 on 30/06/2026",
        ),
        pytest.param(
            date(2026, 7, 1),
            "Căn cứ Luật Thi hành án dân sự số 106/2025/QH15",
            "năm 2008",
            id="Luật 106/2025 from 01/07/2026",
        ),
    ],
)
def test_the_legal_bases_name_the_law_in_force_on_the_day(two_level, on, law, not_law):
    decision = _decide(
        two_level, start="r0101", to="r0102", who="t01", signs_for="provincial_director", on=on
    )
    assert decision.bases[0].startswith(law) and not_law not in decision.bases[0]
    assert decision.bases[2] == "Căn cứ điểm c khoản 1 Điều 70 Nghị định số 62/2015/NĐ-CP"
    text = _pdf_text(decision)
    assert law in text and "Căn cứ điểm c khoản 1 Điều 70 Nghị định số 62/2015/NĐ-CP" in text


@pytest.mark.parametrize(
    ("signer_role", "on", "register", "symbol", "name"),
    [
        pytest.param(
            "director_general",
            date(2025, 6, 30),
            "TCTHADS",
            "QĐ-TCTHADS",
            "TỔNG CỤC THI HÀNH ÁN DÂN SỰ",
            id="Đ52.1.a 30/06/2025",
        ),
        pytest.param(
            "director_general",
            date(2025, 7, 1),
            "QLTHADS",
            "QĐ-QLTHADS",
            "CỤC QUẢN LÝ THI HÀNH ÁN DÂN SỰ",
            id="QĐ1898 01/07/2025",
        ),
        pytest.param(
            "minister_of_justice",
            date(2025, 7, 1),
            "BTP",
            "QĐ-BTP",
            "BỘ TƯ PHÁP",
            id="the Minister unchanged",
        ),
        pytest.param(
            "ministry_of_defence",
            date(2025, 7, 1),
            "BQP",
            "QĐ-BQP",
            "BỘ QUỐC PHÒNG",
            id="Đ54 the MoD unchanged",
        ),
    ],
)
def test_issuer_for_reads_the_issuers_of_the_day(
    two_level, signer_role, on, register, symbol, name
):
    head = issuer_for(signer_role, two_level.cqlthads, on)
    assert (head["register"], head["symbol"], head["name"]) == (register, symbol, name)


def test_a_provincial_register_is_the_agency_of_the_day(two_level):
    before = issuer_for("provincial_director", two_level.p01, date(2025, 6, 30))
    after = issuer_for("provincial_director", two_level.t01, date(2025, 7, 1))
    assert before == {
        "register": f"A{two_level.p01.pk}",
        "symbol": "QĐ-CTHADS",
        "parent": "TỔNG CỤC THI HÀNH ÁN DÂN SỰ",
        "name": "Cục Thi hành án dân sự thành phố Hà Nội",
        "signature": "CỤC TRƯỞNG",
        "competence": "CỤC TRƯỞNG CỤC THI HÀNH ÁN DÂN SỰ THÀNH PHỐ HÀ NỘI",
    }
    assert after == {
        "register": f"A{two_level.t01.pk}",
        "symbol": "QĐ-THADS",
        "parent": "CỤC QUẢN LÝ THI HÀNH ÁN DÂN SỰ",
        "name": "Thi hành án dân sự thành phố Hà Nội",
        "signature": "TRƯỞNG THI HÀNH ÁN DÂN SỰ",
        "competence": "TRƯỞNG THI HÀNH ÁN DÂN SỰ THÀNH PHỐ HÀ NỘI",
    }


# ---------------------------------------------------------------- the wording names the offices


@pytest.mark.parametrize(
    ("office", "on", "title"),
    [
        pytest.param(
            "d001",
            date(2025, 6, 30),
            "Chi cục trưởng Chi cục Thi hành án dân sự quận Ba Đình",
            id="Đ72.1 the Chi cục trưởng on 30/06/2025",
        ),
        pytest.param(
            "r0101",
            date(2025, 7, 1),
            "Trưởng Phòng Thi hành án dân sự khu vực 1 – Hà Nội",
            id="Đ72.1 QĐ1898 the Trưởng phòng khu vực on 01/07/2025",
        ),
    ],
)
def test_a_leadership_decision_names_the_post_by_its_title_of_the_day(two_level, office, on, title):
    person = f.person("Lý Thị Mai", getattr(two_level, office), "officer_junior", on=on)
    wording = decision_wording(
        "appointment", person=person, post="district_head", signed_on=on, reason=""
    )
    assert wording["summary"] == f"Về việc bổ nhiệm {title}"
    assert f"giữ chức vụ {title} kể từ ngày" in wording["articles"][0]


@pytest.mark.parametrize(
    ("province", "on", "proposal"),
    [
        pytest.param(
            "p01",
            date(2025, 6, 30),
            "Xét đề nghị của Cục trưởng Cục Thi hành án dân sự thành phố Hà Nội",
            id="Đ64.2.c the Cục trưởng proposes on 30/06/2025",
        ),
        pytest.param(
            "t01",
            date(2025, 7, 1),
            "Xét đề nghị của Trưởng Thi hành án dân sự thành phố Hà Nội",
            id="Đ64.2.c QĐ1898 the Trưởng THADS proposes on 01/07/2025",
        ),
    ],
)
def test_a_relief_follows_the_proposal_of_the_head_of_the_day(two_level, province, on, proposal):
    person = f.person("Lý Thị Mai", getattr(two_level, province), "officer_junior", on=on)
    wording = decision_wording(
        "relief", person=person, province=getattr(two_level, province), signed_on=on
    )
    assert wording["proposal"] == proposal


@pytest.mark.parametrize(
    ("on", "proposal"),
    [
        pytest.param(
            date(2025, 6, 30),
            "Xét đề nghị của Tổng Cục trưởng Tổng cục Thi hành án dân sự",
            id="Đ69 the Tổng Cục trưởng proposes on 30/06/2025",
        ),
        pytest.param(
            date(2025, 7, 1),
            "Xét đề nghị của Cục trưởng Cục Quản lý Thi hành án dân sự",
            id="Đ69 QĐ1898 the Cục trưởng proposes on 01/07/2025",
        ),
    ],
)
def test_an_inspector_decision_follows_the_proposal_of_the_office_of_the_day(
    two_level, on, proposal
):
    person = f.person("Lý Thị Mai", two_level.t01, "specialist", on=date(2025, 7, 1))
    wording = decision_wording(
        "inspector_designation", person=person, grade_label="Thẩm tra viên", signed_on=on
    )
    assert wording["proposal"] == proposal


@pytest.mark.parametrize(
    ("start", "to", "on", "title"),
    [
        pytest.param(
            "d001",
            "d760",
            date(2025, 6, 30),
            "Tổng Cục trưởng Tổng cục Thi hành án dân sự",
            id="Đ70.1.b the Tổng Cục trưởng decides on 30/06/2025",
        ),
        pytest.param(
            "r0101",
            "r7901",
            date(2025, 7, 1),
            "Cục trưởng Cục Quản lý Thi hành án dân sự",
            id="Đ70.1.b QĐ1898 the Cục trưởng decides on 01/07/2025",
        ),
    ],
)
def test_a_refusal_names_the_competent_signer_by_the_title_of_the_day(
    two_level, start, to, on, title
):
    office = getattr(two_level, start)
    person = f.person("Trần Đức Bình", office, "officer_junior", on=office.valid_from)
    transfer = services.transfer_propose(
        actor=None,
        person=person,
        kind="mobilization",
        to_authority=getattr(two_level, to),
        starts_on=max(on, office.valid_from + timedelta(days=1)),
    )
    director = signer("giamdoc", "provincial_director", person.authority.parent)
    with translation.override("vi"), pytest.raises(DomainError) as exc:
        services.transfer_decide(actor=director, transfer=transfer, signed_on=on)
    assert exc.value.code == CareersError.WRONG_SIGNER
    assert title in exc.value.message


def test_the_transfer_and_decision_pages_show_the_titles_and_the_caveat(client, two_level):
    decision = _decide(
        two_level,
        start="r0101",
        to="r7901",
        who="cqlthads",
        signs_for="director_general",
        on=date(2026, 8, 1),
    )
    viewer = f.user("xem", "central_admin", two_level.cqlthads)
    client.force_login(viewer)
    for url in (
        reverse("decision-detail", args=[decision.pk]),
        reverse("transfer-detail", args=[decision.person.transfers.get().pk]),
    ):
        # The history below the record lists stored values with the role's undated label.
        html = client.get(url).content.decode().split('<table class="history">')[0]
        assert "Cục trưởng Cục Quản lý Thi hành án dân sự" in html, url
        assert "Tổng Cục trưởng" not in html, url
        assert "Luật Thi hành án dân sự số 106/2025/QH15" in html, url
        assert "chưa được mã hoá" in html, url
