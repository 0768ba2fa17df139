"""The career pages: procedures from a person's page, refusals shown with their clause, the
register of decisions scoped and filtered, the PDF downloadable."""

from datetime import date

import pytest
from django.urls import reverse

from tests import factories as f
from thads.careers import services
from thads.careers.models import Decision, Transfer


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
    url = reverse("person-career", args=[people.d001.pk])
    r = director_client.post(
        url,
        {
            "action": "transfer",
            "kind": "mobilization",
            "to_authority": service.d760.pk,
            "starts_on": "2026-09-01",
        },
    )
    transfer = Transfer.objects.get()
    assert r.status_code == 302 and r.url == reverse("transfer-detail", args=[transfer.pk])
    page = director_client.get(r.url).content.decode()
    assert "Tổng Cục trưởng" in page and "Điều 70 khoản 1 điểm b" in page
    r = director_client.post(r.url, {"action": "decide", "signed_on": "2026-08-25"})
    html = r.content.decode()
    assert r.status_code == 400 and "Điều 70 khoản 1 điểm b" in html and "Tổng Cục trưởng" in html
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
        reverse("transfer-detail", args=[transfer.pk]),
        {"action": "decide", "signed_on": "2026-08-25"},
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
    url = reverse("person-career", args=[people.d001.pk])
    r = director_client.post(
        url,
        {
            "action": "transfer",
            "kind": "secondment",
            "to_authority": service.d002.pk,
            "starts_on": "2026-02-30",
        },
    )
    assert r.status_code == 400 and not Transfer.objects.exists()
    r = director_client.post(
        url,
        {
            "action": "transfer",
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
        reverse("person-career", args=[person.pk]),
        {
            "action": "leadership",
            "kind": "appointment",
            "post": "district_head",
            "signed_on": "2026-09-01",
            "integrity": "on",
            "experience": "on",
            "capacity": "on",
        },
    )
    html = r.content.decode()
    assert r.status_code == 400 and "Điều 72 khoản 1 điểm a" in html
    person.refresh_from_db()
    assert person.post == ""


def test_relief_dossier_and_decision_from_the_page(client, people, minister):
    client.force_login(minister)
    url = reverse("person-career", args=[people.d001.pk])
    r = client.post(
        url,
        {"action": "relief_dossier", "submitted_on": "2026-09-01", "request_on": "2026-08-01"},
    )
    assert r.status_code == 302
    html = client.get(url).content.decode()
    assert "Điều 64 khoản 2" in html
    dossier = people.d001.relief_dossiers.get()
    r = client.post(url, {"action": "relief", "dossier": dossier.pk, "signed_on": "2026-09-10"})
    assert r.status_code == 400 and "Điều 64 khoản 2" in r.content.decode()
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
