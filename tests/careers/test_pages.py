"""The career pages: procedures from a person's page, refusals shown with their clause, the
register of decisions scoped and filtered, the PDF downloadable."""

from datetime import date

import pytest
from django.urls import reverse

from tests import factories as f
from thads.careers import services
from thads.careers.models import Decision, Transfer, TransferStatus


@pytest.fixture
def director_client(client, director01):
    client.force_login(director01)
    return client


def test_career_page_is_scoped(client, users, people):
    url = reverse("person-career", args=[people.d001.pk])
    client.force_login(users.alice)
    assert client.get(url).status_code == 200
    client.force_login(users.carol)
    assert client.get(url).status_code == 404


def test_transfer_from_the_page_to_its_decision(director_client, people, service):
    url = reverse("career-transfer", args=[people.d001.pk])
    r = director_client.post(
        url,
        {
            "kind": "mobilization",
            "to_authority": service.d760.pk,
            "starts_on": "2026-09-01",
        },
    )
    transfer = Transfer.objects.get()
    assert r.status_code == 302 and r.url == reverse("transfer-detail", args=[transfer.pk])
    page = director_client.get(r.url).content.decode()
    # A transfer of 01/09/2026 goes to the Cục trưởng Cục Quản lý THADS (QĐ 1898/QĐ-BTP), the
    # director_general of the two-level service; the page shows the law's caveat.
    assert "Cục trưởng Cục Quản lý Thi hành án dân sự" in page and "Tổng Cục trưởng" not in page
    assert "điểm b khoản 1 Điều 70" in page and "Quyết định 1898/QĐ-BTP" in page
    r = director_client.post(
        reverse("transfer-decide", args=[transfer.pk]), {"signed_on": "2026-08-25"}
    )
    html = r.content.decode()
    assert r.status_code == 400 and "điểm b khoản 1 Điều 70" in html
    assert "Cục trưởng Cục Quản lý Thi hành án dân sự" in html and "Tổng Cục trưởng" not in html
    assert not Decision.objects.exists()


def test_transfer_within_the_province_decided_on_the_page(director_client, people, service):
    transfer = services.transfer_propose(
        actor=None,
        person=people.d001,
        kind="rotation",
        to_authority=service.d002,
        starts_on=date(2026, 9, 1),
    )
    r = director_client.post(
        reverse("transfer-decide", args=[transfer.pk]), {"signed_on": "2026-08-25"}
    )
    decision = Decision.objects.get()
    assert r.status_code == 302 and r.url == reverse("decision-detail", args=[decision.pk])
    html = director_client.get(r.url).content.decode()
    assert decision.number in html and "/law/nd62-2015/70/" in html
    pdf = director_client.get(reverse("decision-pdf", args=[decision.pk]))
    assert pdf["Content-Type"] == "application/pdf" and pdf.content.startswith(b"%PDF")
    person_page = director_client.get(
        reverse("person-detail", args=[people.d001.pk])
    ).content.decode()
    assert decision.number in person_page


def test_bad_input_is_shown_again_and_nothing_saved(director_client, people, service):
    url = reverse("career-transfer", args=[people.d001.pk])
    r = director_client.post(
        url,
        {
            "kind": "secondment",
            "to_authority": service.d002.pk,
            "starts_on": "2026-02-30",
        },
    )
    assert r.status_code == 400 and not Transfer.objects.exists()
    assert "starts_on" in r.context["forms"]["transfer"].errors
    r = director_client.post(
        url,
        {
            "kind": "secondment",
            "to_authority": service.d002.pk,
            "starts_on": "2026-09-01",
        },
    )
    assert r.status_code == 400 and "ends_on" in r.context["forms"]["transfer"].errors
    assert not Transfer.objects.exists()


def test_leadership_refusal_shows_the_clause(director_client, service):
    person = f.person("Phan Thị Yến", service.d001, "secretary", gender="F")
    r = director_client.post(
        reverse("career-leadership", args=[person.pk]),
        {
            "kind": "appointment",
            "post": "district_head",
            "signed_on": "2026-09-01",
            "integrity": "on",
            "experience": "on",
            "capacity": "on",
        },
    )
    html = r.content.decode()
    assert r.status_code == 400 and "điểm a khoản 1 Điều 72" in html
    person.refresh_from_db()
    assert person.post == ""


def test_relief_dossier_and_decision_from_the_page(client, people, minister):
    client.force_login(minister)
    url = reverse("person-career", args=[people.d001.pk])
    r = client.post(
        reverse("career-relief-dossier", args=[people.d001.pk]),
        {"submitted_on": "2026-09-01", "request_on": "2026-08-01"},
    )
    dossier = people.d001.relief_dossiers.get()
    assert r.status_code == 302 and r.url == f"{url}#dossier-{dossier.pk}"
    html = client.get(url).content.decode()
    assert "khoản 2 Điều 64" in html and reverse("relief-decide", args=[dossier.pk]) in html
    r = client.post(reverse("relief-decide", args=[dossier.pk]), {"signed_on": "2026-09-10"})
    assert r.status_code == 400 and "khoản 2 Điều 64" in r.content.decode()
    assert r.context["action"] == "relief" and r.context["forms"]["relief"].errors
    people.d001.refresh_from_db()
    assert people.d001.grade == "officer_junior"


def test_register_is_scoped_and_filtered(client, users, people, service, director01, director79):
    services.transfer_decide(
        actor=director01,
        transfer=services.transfer_propose(
            actor=None,
            person=people.d001,
            kind="mobilization",
            to_authority=service.d002,
            starts_on=date(2026, 9, 1),
        ),
        signed_on=date(2026, 8, 1),
    )
    services.transfer_decide(
        actor=director79,
        transfer=services.transfer_propose(
            actor=None,
            person=people.d760,
            kind="rotation",
            to_authority=service.p79,
            starts_on=date(2026, 9, 1),
        ),
        signed_on=date(2026, 8, 1),
    )
    client.force_login(users.alice)
    listed = client.get(reverse("decision-list")).context["decisions"]
    assert [d.person for d in listed] == [people.d001]
    client.force_login(users.admin)
    assert len(client.get(reverse("decision-list")).context["decisions"]) == 2
    assert len(client.get(reverse("decision-list") + "?kind=rotation").context["decisions"]) == 1
    assert len(client.get(reverse("decision-list") + "?q=dang ngoc").context["decisions"]) == 1
    assert len(client.get(reverse("decision-list") + "?year=2025").context["decisions"]) == 0
    assert len(client.get(reverse("decision-list") + "?year=" + "9" * 30).context["decisions"]) == 2
    client.force_login(users.carol)
    d001_decision = Decision.objects.get(person=people.d001)
    assert client.get(reverse("decision-detail", args=[d001_decision.pk])).status_code == 404
    assert client.get(reverse("decision-pdf", args=[d001_decision.pk])).status_code == 404


def test_register_lists_what_awaits_a_decision_in_scope(client, users, people, service):
    services.transfer_propose(
        actor=None,
        person=people.d001,
        kind="rotation",
        to_authority=service.d002,
        starts_on=date(2026, 9, 1),
    )
    services.relief_dossier_submit(
        actor=None, person=people.p79, submitted_on=date(2026, 9, 1), documents=[]
    )
    client.force_login(users.alice)
    r = client.get(reverse("decision-list"))
    assert [t.person for t in r.context["pending_transfers"]] == [people.d001]
    assert list(r.context["pending_dossiers"]) == []
    client.force_login(users.carol)
    r = client.get(reverse("decision-list"))
    assert list(r.context["pending_transfers"]) == []
    assert [d.person for d in r.context["pending_dossiers"]] == [people.p79]


def test_every_procedure_posts_to_its_own_url(director_client, people):
    html = director_client.get(reverse("person-career", args=[people.d001.pk])).content.decode()
    for name in (
        "career-transfer",
        "career-leadership",
        "career-relief-dossier",
        "career-removal",
        "career-inspector",
        "career-secretary",
    ):
        assert f'action="{reverse(name, args=[people.d001.pk])}"' in html, name
    assert 'name="action"' not in html


def test_consultation_then_decision_on_the_transfer_page(director_client, people, service):
    from thads.people.services import person_appoint

    person_appoint(actor=None, person=people.d001, post="district_head", on=date(2024, 1, 1))
    transfer = services.transfer_propose(
        actor=None,
        person=people.d001,
        kind="rotation",
        to_authority=service.d002,
        starts_on=date(2026, 9, 1),
    )
    page = director_client.get(reverse("transfer-detail", args=[transfer.pk])).content.decode()
    assert reverse("transfer-consult", args=[transfer.pk]) in page
    r = director_client.post(
        reverse("transfer-decide", args=[transfer.pk]), {"signed_on": "2026-08-25"}
    )
    assert r.status_code == 400 and r.context["decide_form"].errors
    assert "điểm c khoản 1 Điều 70" in r.content.decode()
    url = reverse("transfer-consult", args=[transfer.pk])
    r = director_client.post(url, {"consulted_on": "2026-08-10", "consultation_note": ""})
    assert r.status_code == 400 and "consultation_note" in r.context["consult_form"].errors
    r = director_client.post(url, {"consulted_on": "2026-08-10", "consultation_note": "Đồng ý"})
    assert r.status_code == 302 and r.url == reverse("transfer-detail", args=[transfer.pk])
    transfer.refresh_from_db()
    assert transfer.consultation_note == "Đồng ý"
    r = director_client.post(
        reverse("transfer-decide", args=[transfer.pk]), {"signed_on": "2026-08-25"}
    )
    assert r.status_code == 302 and Decision.objects.get().transfer == transfer


def test_a_secondment_returns_from_its_page(director_client, people, service, director01):
    transfer = services.transfer_propose(
        actor=None,
        person=people.d001,
        kind="secondment",
        to_authority=service.d002,
        starts_on=date(2026, 9, 1),
        ends_on=date(2027, 2, 28),
    )
    url = reverse("transfer-return", args=[transfer.pk])
    r = director_client.post(url)
    assert r.status_code == 400 and "biệt phái" in r.content.decode().lower()
    services.transfer_decide(actor=director01, transfer=transfer, signed_on=date(2026, 8, 1))
    page = director_client.get(reverse("transfer-detail", args=[transfer.pk])).content.decode()
    assert f'action="{url}"' in page
    r = director_client.post(url)
    assert r.status_code == 302
    transfer.refresh_from_db()
    people.d001.refresh_from_db()
    assert transfer.status == TransferStatus.ENDED and people.d001.authority == service.d001


def test_removal_inspector_and_secretary_from_the_page(client, service, minister, director01):
    officer = f.person("Lê Văn Cường", service.d001, "officer_intermediate")
    client.force_login(minister)
    url = reverse("career-removal", args=[officer.pk])
    r = client.post(url, {"signed_on": "2026-09-05", "ground": "serious_breach_art21"})
    assert r.status_code == 400 and r.context["action"] == "removal"
    assert "facts" in r.context["forms"]["removal"].errors
    assert not r.context["forms"]["inspector"].is_bound
    r = client.post(
        url, {"signed_on": "2026-09-05", "ground": "serious_breach_art21", "facts": "Vi phạm"}
    )
    decision = Decision.objects.get(person=officer)
    assert r.status_code == 302 and r.url == reverse("decision-detail", args=[decision.pk])
    assert decision.kind == "removal"

    specialist = f.person("Đinh Văn Sơn", service.p01, "specialist_principal")
    url = reverse("career-inspector", args=[specialist.pk])
    r = client.post(url, {"signed_on": "2026-09-05", "grade": "officer_senior"})
    assert r.status_code == 400 and "grade" in r.context["forms"]["inspector"].errors
    r = client.post(url, {"signed_on": "2026-09-05", "grade": "inspector"})
    assert r.status_code == 302
    specialist.refresh_from_db()
    assert specialist.grade == "inspector"

    client.force_login(director01)
    other = f.person("Mai Thị Thu", service.d001, "other", gender="F")
    r = client.post(
        reverse("career-secretary", args=[other.pk]),
        {"signed_on": "2026-09-05", "grade": "secretary"},
    )
    assert r.status_code == 302
    other.refresh_from_db()
    assert other.grade == "secretary"
