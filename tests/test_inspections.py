"""Inspections (Art. 67–68): ordered by a decision; recusal by kinship (68.4), direct and through
the spouse's family, matched by ID number or by name and date of birth; the file confidential
until the conclusion (68.3.e)."""

from datetime import date

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse

from tests import factories as f
from thads.accounts.models import Profile
from thads.core.errors import DomainError
from thads.people.services import relative_add
from thads.protection import services
from thads.protection.errors import ProtectionError

ON = date(2026, 6, 1)


@pytest.fixture
def case(service, users):
    return services.case_open(
        actor=users.bob,
        authority=service.d001,
        number="123/QĐ-CCTHADS",
        judgment_ref="Bản án 45/2025/DS-ST",
        opened_on=date(2026, 1, 10),
        parties=[
            {
                "kind": "person",
                "name": "Trần Văn Bảo",
                "date_of_birth": date(1960, 3, 4),
                "national_id": "001060000111",
            },
            {"kind": "person", "name": "Lê Thị Cúc", "date_of_birth": date(1970, 7, 8)},
        ],
    )


@pytest.fixture
def inspector(service, users):
    person = f.person("Đỗ Minh Khôi", service.p01, "inspector")
    Profile.objects.filter(user=users.ivan).update(person=person)
    users.ivan.refresh_from_db()
    return person


@pytest.fixture
def inspection(case, users, service):
    return services.inspection_order(
        actor=users.alice,
        authority=service.p01,
        decision_ref="12/QĐ-KT",
        decided_on=ON,
        cases=[case],
    )


def test_no_inspection_without_a_decision(case, users, service):
    with pytest.raises(ValidationError) as exc:
        services.inspection_order(
            actor=users.alice, authority=service.p01, decision_ref=" ", decided_on=ON, cases=[case]
        )
    assert "decision_ref" in exc.value.message_dict
    with pytest.raises(PermissionDenied):
        services.inspection_order(
            actor=users.ivan,
            authority=service.p01,
            decision_ref="1/QĐ",
            decided_on=ON,
            cases=[case],
        )


def test_case_outside_the_ordering_authority_is_refused(case, users, service):
    with pytest.raises(ValidationError):
        services.inspection_order(
            actor=users.carol,
            authority=service.p79,
            decision_ref="1/QĐ",
            decided_on=ON,
            cases=[case],
        )


def test_unrelated_inspector_is_assigned(inspection, inspector, users):
    relative_add(
        actor=None,
        person=inspector,
        relationship="sibling",
        full_name="Đỗ Minh Hà",
        national_id="001199000222",
    )
    services.inspection_assign(actor=users.alice, inspection=inspection, inspector=inspector)
    assert list(inspection.inspectors.all()) == [inspector]


@pytest.mark.parametrize(
    ("relationship", "match", "point"),
    [
        pytest.param("parent", "id", "b", id="Đ68.4.b own parent, by ID number"),
        pytest.param("spouse", "name_dob", "a", id="Đ68.4.a spouse, by name and date of birth"),
        pytest.param(
            "spouse_parent", "id", "b", id="Đ68.4.b through the spouse's family: spouse's parent"
        ),
        pytest.param(
            "spouse_sibling",
            "name_dob",
            "b",
            id="Đ68.4.b spouse's sibling, by name and date of birth",
        ),
        pytest.param("nephew_niece", "id", "c", id="Đ68.4.c nephew"),
    ],
)
def test_recusal_refuses_the_assignment_with_path_and_point(
    inspection, inspector, users, relationship, match, point
):
    if match == "id":
        relative_add(
            actor=None,
            person=inspector,
            relationship=relationship,
            full_name="Tên Khác",
            national_id="001060000111",
        )
    else:  # written without diacritics: still the same person
        relative_add(
            actor=None,
            person=inspector,
            relationship=relationship,
            full_name="le thi cuc",
            date_of_birth=date(1970, 7, 8),
        )
    with pytest.raises(DomainError) as exc:
        services.inspection_assign(actor=users.alice, inspection=inspection, inspector=inspector)
    assert exc.value.code == ProtectionError.RECUSAL and exc.value.point == point
    assert exc.value.citation == f"điểm {point} khoản 4 Điều 68 Nghị định số 62/2015/NĐ-CP"
    assert "Trần Văn Bảo" not in exc.value.message and "001060000111" not in exc.value.message
    assert not inspection.inspectors.exists()


def test_a_cousin_does_not_bar(inspection, inspector, users):
    relative_add(
        actor=None,
        person=inspector,
        relationship="other",
        full_name="X",
        national_id="001060000111",
    )
    services.inspection_assign(actor=users.alice, inspection=inspection, inspector=inspector)
    assert inspection.inspectors.count() == 1


def test_only_inspectors_are_assigned(inspection, service, users):
    with pytest.raises(DomainError) as exc:
        services.inspection_assign(
            actor=users.alice,
            inspection=inspection,
            inspector=f.person("Vũ Văn Sỹ", service.p01, "officer_junior"),
        )
    assert exc.value.code == ProtectionError.NOT_INSPECTOR


@pytest.mark.parametrize(
    ("persona", "before", "after"),
    [
        ("alice", True, True),
        ("ivan", True, True),
        ("admin", False, True),
        ("audrey", False, True),
        ("bob", None, None),
        ("carol", None, None),
    ],
)
def test_file_confidential_until_the_conclusion(
    client, inspection, inspector, users, persona, before, after
):
    services.inspection_assign(actor=users.alice, inspection=inspection, inspector=inspector)
    services.file_note_add(
        actor=users.ivan, inspection=inspection, text="Phát hiện sai sót trong biên bản kê biên"
    )
    url = reverse("inspection-detail", args=[inspection.pk])
    client.force_login(getattr(users, persona))
    r = client.get(url)
    if before is None:
        assert r.status_code == 404
        return
    assert r.status_code == 200
    assert ("Phát hiện sai sót" in r.content.decode()) is before
    services.inspection_conclude(
        actor=users.alice,
        inspection=inspection,
        conclusion="Kết luận: yêu cầu khắc phục sai sót",
        on=ON,
    )
    html = client.get(url).content.decode()
    assert ("Kết luận: yêu cầu khắc phục" in html) is after and (
        "Phát hiện sai sót" in html
    ) is after


def test_only_the_file_team_writes_and_nothing_after_the_conclusion(inspection, inspector, users):
    with pytest.raises(PermissionDenied):
        services.file_note_add(actor=users.bob, inspection=inspection, text="x")
    services.inspection_conclude(
        actor=users.alice, inspection=inspection, conclusion="Không phát hiện vi phạm", on=ON
    )
    with pytest.raises(DomainError) as exc:
        services.file_note_add(actor=users.alice, inspection=inspection, text="muộn")
    assert exc.value.code == ProtectionError.CONCLUDED


def test_assignment_refusal_on_the_page(client, inspection, inspector, users):
    relative_add(
        actor=None,
        person=inspector,
        relationship="spouse_parent",
        full_name="Z",
        national_id="001060000111",
    )
    client.force_login(users.alice)
    r = client.post(reverse("inspection-assign", args=[inspection.pk]), {"inspector": inspector.pk})
    assert r.status_code == 400
    assert "điểm b khoản 4 Điều 68" in r.content.decode()
    assert not inspection.inspectors.exists()


def test_case_page_shows_what_the_enforcement_rules_say(client, case, users):
    services.asset_add(
        actor=users.bob,
        case=case,
        description="Nhà số 5",
        value_at_judgment=1_000_000_000,
        value_now=1_200_000_000,
        party_requested=True,
    )
    services.asset_add(
        actor=users.bob,
        case=case,
        description="Xe máy",
        value_at_judgment=30_000_000,
        value_now=27_000_000,
        party_requested=True,
    )
    services.demand_add(actor=users.bob, case=case, received_on=date(2020, 1, 1))
    with pytest.raises(ValidationError):
        services.asset_add(
            actor=users.bob,
            case=case,
            description="x",
            value_at_judgment=0,
            value_now=1,
            party_requested=False,
        )
    client.force_login(users.bob)
    r = client.get(reverse("case-detail", args=[case.pk]))
    rules = r.context["rules"]
    assert [row["answer"]["outcome"]["revalue"] for row in rules["assets"]] == [True, False]
    assert rules["demands"][0]["answer"]["outcome"] == {
        "may_decide": True,
        "earliest_on": "2020-02-01",
    }
    html = r.content.decode()
    assert "Điều 17 Nghị định số 62/2015/NĐ-CP" in html
    client.force_login(users.carol)
    assert client.get(reverse("case-detail", args=[case.pk])).status_code == 404
