"""Leadership posts (Art. 72), relief (Art. 64), removal (Art. 65), inspectors (Art. 69) and
secretaries (Art. 71): each decision checked, made by the right signer, and applied whole."""

from datetime import date

import pytest
from django.core.exceptions import ValidationError

from tests import factories as f
from thads.careers import services
from thads.careers.errors import CareersError
from thads.careers.models import Decision
from thads.core.errors import DomainError
from thads.equipment.services import card_issue
from thads.people.models import GradeAssignment, LeadershipPost

ON = date(2026, 9, 1)
YES = {"integrity": True, "experience": True, "capacity": True}


def lead(actor, person, kind="appointment", post="district_head", **kw):
    return services.leadership_decide(
        actor=actor, person=person, kind=kind, post=post, signed_on=kw.pop("on", ON), **(YES | kw)
    )


@pytest.mark.parametrize(
    ("grade", "post", "meets", "clause"),
    [
        pytest.param(
            "officer_junior",
            "district_head",
            True,
            None,
            id="Đ72.1 junior officer heads a district",
        ),
        pytest.param(
            "secretary",
            "district_head",
            False,
            "điểm a khoản 1 Điều 72",
            id="Đ72.1 a secretary does not",
        ),
        pytest.param(
            "officer_junior",
            "deputy_provincial_director",
            False,
            "điểm a khoản 2 Điều 72",
            id="Đ72.2 junior is below a provincial deputy",
        ),
        pytest.param(
            "officer_intermediate",
            "deputy_provincial_director",
            True,
            None,
            id="Đ72.2 intermediate is enough",
        ),
    ],
)
def test_appointment_checks_the_standards(
    service, users, director01, dg, grade, post, meets, clause
):
    where = (
        service.d001
        if post.startswith("district") or post.startswith("deputy_district")
        else service.p01
    )
    person = f.person("Hoàng Văn Nam", where, grade)
    actor = director01 if post.startswith("district") else dg
    if meets:
        decision = lead(actor, person, post=post)
        person.refresh_from_db()
        assert person.post == post
        row = LeadershipPost.objects.get(person=person, valid_to__isnull=True)
        assert row.decision_ref == decision.number and row.appointed_by == decision.signer
        assert decision.rule_answers[0]["rule"] == "leadership.standards"
    else:
        with pytest.raises(DomainError) as exc:
            lead(actor, person, post=post)
        assert exc.value.code == CareersError.STANDARDS_NOT_MET and exc.value.citation.startswith(
            clause
        )
        person.refresh_from_db()
        assert person.post == "" and not Decision.objects.exists()


def test_a_missing_personal_standard_is_named(service, director01):
    person = f.person("Hoàng Văn Nam", service.d001, "officer_junior")
    with pytest.raises(DomainError) as exc:
        lead(director01, person, capacity=False)
    assert exc.value.code == CareersError.STANDARDS_NOT_MET


@pytest.mark.parametrize(
    ("post", "where", "right", "wrong"),
    [
        pytest.param(
            "district_head",
            "d001",
            "director01",
            "dg",
            id="district head: provincial director (delegated)",
        ),
        pytest.param(
            "deputy_provincial_director",
            "p01",
            "dg",
            "director01",
            id="deputy provincial director: Director General",
        ),
        pytest.param(
            "provincial_director",
            "p01",
            "minister",
            "dg",
            id="Đ72.3 provincial director: the Minister",
        ),
    ],
)
def test_the_appointer_is_the_one_who_records(service, request, post, where, right, wrong):
    person = f.person("Lý Thị Mai", getattr(service, where), "officer_senior", gender="F")
    with pytest.raises(DomainError) as exc:
        lead(request.getfixturevalue(wrong), person, post=post)
    assert exc.value.code == CareersError.WRONG_SIGNER
    assert exc.value.citation == "khoản 3 Điều 72 Nghị định số 62/2015/NĐ-CP"
    lead(request.getfixturevalue(right), person, post=post)
    person.refresh_from_db()
    assert person.post == post


def test_relieve_resign_demote_remove_end_the_post(service, director01):
    person = f.person("Hoàng Văn Nam", service.d001, "officer_junior")
    lead(director01, person, on=date(2025, 1, 1))
    lead(director01, person, kind="reappointment", on=date(2026, 1, 1))
    decision = lead(director01, person, kind="resignation", reason="Xin thôi vì sức khỏe")
    person.refresh_from_db()
    assert person.post == "" and decision.effect == {"post": ["district_head", None]}
    with pytest.raises(DomainError) as exc:
        lead(director01, person, kind="demotion", on=date(2026, 10, 1))
    assert exc.value.code == CareersError.NO_POST
    assert Decision.objects.filter(person=person).count() == 3


def test_a_post_of_the_wrong_level_is_a_field_error(service, director01):
    person = f.person("Hoàng Văn Nam", service.p01, "officer_senior")
    with pytest.raises(ValidationError) as exc:
        lead(director01, person, post="district_head")
    assert "post" in exc.value.message_dict


def relief_docs(**overrides):
    docs = {
        "request": date(2026, 8, 1),
        "health_certificate": date(2026, 3, 1),
        "director_proposal": date(2026, 8, 15),
    } | overrides
    return [{"kind": k, "issued_on": v} for k, v in docs.items() if v is not None]


@pytest.mark.parametrize(
    ("health_on", "complete"),
    [
        pytest.param(date(2026, 3, 1), True, id="Đ64.2.b certificate exactly 6 months old"),
        pytest.param(date(2026, 2, 28), False, id="Đ64.2.b certificate one day older"),
    ],
)
def test_relief_needs_a_complete_dossier(service, people, minister, health_on, complete):
    dossier = services.relief_dossier_submit(
        actor=None,
        person=people.d001,
        submitted_on=date(2026, 9, 1),
        documents=relief_docs(health_certificate=health_on),
    )
    assert dossier.rule_answer["outcome"]["complete"] is complete
    if not complete:
        with pytest.raises(DomainError) as exc:
            services.relief_decide(actor=minister, dossier=dossier, signed_on=ON)
        assert (
            exc.value.code == CareersError.DOSSIER_INCOMPLETE
            and "khoản 2 Điều 64" in exc.value.citation
        )
        return
    card_issue(actor=None, person=people.d001, on=date(2026, 1, 5))
    decision = services.relief_decide(actor=minister, dossier=dossier, signed_on=date(2026, 9, 10))
    people.d001.refresh_from_db()
    assert people.d001.grade == "specialist"
    assert (
        GradeAssignment.objects.get(person=people.d001, valid_to__isnull=True).grade == "specialist"
    )
    assert people.d001.cards.get().status == "return_due"
    assert decision.number == "1/QĐ-BTP" and decision.kind == "relief"


def test_relief_without_the_directors_proposal_names_what_is_missing(people, minister):
    dossier = services.relief_dossier_submit(
        actor=None,
        person=people.d001,
        submitted_on=ON,
        documents=relief_docs(director_proposal=None),
    )
    assert "director_proposal" in dossier.rule_answer["outcome"]["missing"]


def test_relief_is_the_ministers(people, dg):
    dossier = services.relief_dossier_submit(
        actor=None, person=people.d001, submitted_on=ON, documents=relief_docs()
    )
    with pytest.raises(DomainError) as exc:
        services.relief_decide(actor=dg, dossier=dossier, signed_on=ON)
    assert (
        exc.value.code == CareersError.WRONG_SIGNER
        and exc.value.citation == "khoản 1 Điều 64 Nghị định số 62/2015/NĐ-CP"
    )
    people.d001.refresh_from_db()
    assert people.d001.grade == "officer_junior"


@pytest.mark.parametrize(
    ("ground", "clause"),
    [
        pytest.param("violation_in_enforcement", "khoản 1 Điều 65", id="Đ65.1"),
        pytest.param("serious_breach_art21", "khoản 2 Điều 65", id="Đ65.2"),
    ],
)
def test_removal_with_its_ground(people, minister, ground, clause):
    decision = services.removal_decide(
        actor=minister, person=people.d001, ground=ground, facts="Kê biên sai tài sản", signed_on=ON
    )
    assert decision.citations[0].startswith(clause)
    people.d001.refresh_from_db()
    assert people.d001.grade == "specialist"


def test_removal_refusals(people, minister):
    with pytest.raises(ValidationError) as exc:
        services.removal_decide(
            actor=minister, person=people.d002, ground="x", facts="", signed_on=ON
        )
    assert set(exc.value.message_dict) == {"ground", "facts", "person"}


def test_inspector_designation_and_promotion_in_order(service, minister):
    person = f.person("Đinh Văn Sơn", service.p01, "specialist_principal")
    services.inspector_decide(actor=minister, person=person, grade="inspector", signed_on=ON)
    person.refresh_from_db()
    with pytest.raises(ValidationError) as exc:
        services.inspector_decide(
            actor=minister, person=person, grade="inspector_senior", signed_on=ON
        )
    assert "grade" in exc.value.message_dict
    decision = services.inspector_decide(
        actor=minister, person=person, grade="inspector_principal", signed_on=date(2026, 10, 1)
    )
    assert decision.kind == "inspector_promotion"
    assert decision.citations == ["khoản 1 Điều 69 Nghị định số 62/2015/NĐ-CP"]


def test_secretary_designated_by_the_provincial_director(service, director01, director79):
    person = f.person("Mai Thị Thu", service.d001, "other", gender="F")
    with pytest.raises(DomainError):
        services.secretary_decide(actor=director79, person=person, grade="secretary", signed_on=ON)
    services.secretary_decide(actor=director01, person=person, grade="secretary", signed_on=ON)
    person.refresh_from_db()
    assert person.grade == "secretary"
