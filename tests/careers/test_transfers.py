"""Transfers (Art. 70): who decides is computed by `transfer.authority`; a decision is accepted
only from a user recording for that authority, after the consultation 70.1.c requires."""

from datetime import date

import pytest
from django.core.exceptions import ValidationError
from pypdf import PdfReader

from tests import factories as f
from thads.careers import services
from thads.careers.decisions import decision_pdf
from thads.careers.errors import CareersError
from thads.careers.models import Decision, Transfer, TransferStatus
from thads.core.errors import DomainError
from thads.people.models import Posting

ON = date(2026, 9, 1)


def propose(person, to, kind="mobilization", **kw):
    return services.transfer_propose(
        actor=None, person=person, kind=kind, to_authority=to, starts_on=ON, **kw
    )


@pytest.mark.parametrize(
    ("who", "to", "decided_by", "point"),
    [
        pytest.param("d001", "d002", "provincial_director", "c", id="Đ70.1.c within the province"),
        pytest.param("d001", "d760", "director_general", "b", id="Đ70.1.b to another province"),
        pytest.param("central", "p01", "minister_of_justice", "a", id="Đ70.1.a senior inspector"),
        pytest.param("qk1", "mil", "ministry_of_defence", None, id="Đ70.2 military staff"),
    ],
)
def test_who_decides_is_computed_and_kept(service, people, who, to, decided_by, point):
    transfer = propose(getattr(people, who), getattr(service, to))
    assert transfer.decided_by == decided_by
    assert transfer.rule_answer["outcome"]["point"] == point


def test_within_province_decided_by_the_provincial_director(service, people, director01):
    transfer = propose(people.d001, service.d002)
    decision = services.transfer_decide(
        actor=director01, transfer=transfer, signed_on=date(2026, 8, 20)
    )
    people.d001.refresh_from_db()
    assert people.d001.authority == service.d002
    assert Posting.objects.get(person=people.d001, valid_to__isnull=True).authority == service.d002
    # 20/08/2026: the provincial agency's register of the two-level service (QĐ 1898/QĐ-BTP).
    assert decision.number == "1/QĐ-THADS" and decision.signer == "provincial_director"
    assert decision.rule_answers[0]["citations"] == [
        "điểm c khoản 1 Điều 70 Nghị định số 62/2015/NĐ-CP"
    ]
    transfer.refresh_from_db()
    assert transfer.status == TransferStatus.DECIDED and transfer.decision == decision


@pytest.mark.parametrize(
    ("persona", "code"),
    [
        pytest.param(
            "director01",
            CareersError.WRONG_SIGNER,
            id="a provincial director cannot move to another province",
        ),
        pytest.param(
            "director79", CareersError.WRONG_SIGNER, id="nor can the receiving province's director"
        ),
        pytest.param("minister", CareersError.WRONG_SIGNER, id="nor the Minister, in case (b)"),
    ],
)
def test_another_province_needs_the_director_general(service, people, request, persona, code):
    transfer = propose(people.d001, service.d760)
    with pytest.raises(DomainError) as exc:
        services.transfer_decide(
            actor=request.getfixturevalue(persona), transfer=transfer, signed_on=ON
        )
    assert exc.value.code == code
    assert exc.value.citation == "điểm b khoản 1 Điều 70 Nghị định số 62/2015/NĐ-CP"
    assert "Cục trưởng Cục Quản lý Thi hành án dân sự" in exc.value.message or (
        "Department of Civil Judgment Enforcement Management" in exc.value.message
    )
    people.d001.refresh_from_db()
    assert people.d001.authority == service.d001 and not Decision.objects.exists()


def test_another_province_decided_by_the_director_general(service, people, dg):
    transfer = propose(people.d001, service.d760)
    decision = services.transfer_decide(actor=dg, transfer=transfer, signed_on=ON)
    assert decision.number == "1/QĐ-QLTHADS"
    people.d001.refresh_from_db()
    assert people.d001.authority == service.d760


def test_a_district_head_is_moved_only_after_consulting_the_appointer(service, people, director01):
    from thads.people.services import person_appoint

    person_appoint(actor=None, person=people.d001, post="district_head", on=date(2024, 1, 1))
    transfer = propose(people.d001, service.d002)
    assert transfer.must_consult == "provincial_director"
    with pytest.raises(DomainError) as exc:
        services.transfer_decide(actor=director01, transfer=transfer, signed_on=ON)
    assert exc.value.code == CareersError.CONSULTATION_REQUIRED
    assert exc.value.citation == "điểm c khoản 1 Điều 70 Nghị định số 62/2015/NĐ-CP"
    services.transfer_consult(
        actor=None, transfer=transfer, consulted_on=date(2026, 8, 10), note="Đồng ý"
    )
    decision = services.transfer_decide(actor=director01, transfer=transfer, signed_on=ON)
    assert any("Xét ý kiến" in line for line in decision.bases)
    people.d001.refresh_from_db()
    assert people.d001.post == "" and decision.effect["post_ended"] == "district_head"


def test_secondment_has_an_end_and_returns(service, people, director01):
    with pytest.raises(ValidationError) as exc:
        propose(people.d001, service.d002, kind="secondment")
    assert "ends_on" in exc.value.message_dict
    with pytest.raises(ValidationError):
        propose(people.d001, service.d002, kind="mobilization", ends_on=date(2027, 1, 1))
    transfer = propose(people.d001, service.d002, kind="secondment", ends_on=date(2027, 2, 28))
    services.transfer_decide(actor=director01, transfer=transfer, signed_on=ON)
    services.transfer_return(actor=None, transfer=transfer)
    people.d001.refresh_from_db()
    assert people.d001.authority == service.d001
    back = Posting.objects.get(person=people.d001, valid_to__isnull=True)
    assert back.valid_from == date(2027, 3, 1)


def test_bad_transfers_are_refused_with_fields(service, people):
    for to, field in [(service.d001, "to_authority"), (service.qk1, "to_authority")]:
        with pytest.raises(ValidationError) as exc:
            propose(people.d001, to)
        assert field in exc.value.message_dict
    assert not Transfer.objects.exists()


def test_a_transfer_is_decided_once_and_not_after_the_person_moved(service, people, director01):
    first = propose(people.d001, service.d002)
    second = propose(people.d001, service.p01)
    services.transfer_decide(actor=director01, transfer=first, signed_on=ON)
    with pytest.raises(DomainError) as exc:
        services.transfer_decide(actor=director01, transfer=first, signed_on=ON)
    assert exc.value.code == CareersError.DECIDED
    with pytest.raises(DomainError) as exc:
        services.transfer_decide(actor=director01, transfer=second, signed_on=ON)
    assert exc.value.code == CareersError.MOVED
    assert Decision.objects.count() == 1


def test_decision_pdf_is_in_the_state_format(service, people, director01):
    transfer = propose(people.d001, service.d002)
    decision = services.transfer_decide(
        actor=director01,
        transfer=transfer,
        signed_on=date(2026, 2, 5),
        signer_name="Nguyễn Văn Quyết",
    )
    import io

    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(decision_pdf(decision))).pages)
    flat = " ".join(text.split())
    for expected in [
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "QUYẾT ĐỊNH",
        "Số: 1/QĐ-THADS",
        "ngày 05 tháng 02 năm 2026",
        "Căn cứ điểm c khoản 1 Điều 70 Nghị định số 62/2015/NĐ-CP",
        "Điều động Ông/Bà Trần Đức Bình",
        "Nơi nhận:",
        "Nguyễn Văn Quyết",
        "CỤC THI HÀNH ÁN DÂN SỰ THÀNH PHỐ HÀ NỘI",
    ]:
        assert expected in flat, expected


def test_numbers_run_per_issuer_per_year(service, people, director01, director79):
    a = f.person("Người A", service.d001, "officer_junior")
    b = f.person("Người B", service.d760, "officer_junior")
    n1 = services.transfer_decide(
        actor=director01, transfer=propose(a, service.d002), signed_on=date(2026, 12, 31)
    )
    n2 = services.transfer_decide(
        actor=director79, transfer=propose(b, service.p79), signed_on=date(2026, 12, 31)
    )
    n3 = services.transfer_decide(
        actor=director01, transfer=propose(people.d001, service.d002), signed_on=date(2027, 1, 1)
    )
    assert [n1.seq, n2.seq, n3.seq] == [1, 1, 1]
    c = f.person("Người C", service.d001, "officer_junior")
    n4 = services.transfer_decide(
        actor=director01, transfer=propose(c, service.d002), signed_on=date(2027, 1, 2)
    )
    assert n4.number == "2/QĐ-THADS"
