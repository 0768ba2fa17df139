"""/api/v1/careers: the same procedures through the API, refusals as 400 with their clause."""

from datetime import date

from thads.careers.errors import CareersError
from thads.careers.models import Decision, Transfer
from thads.core.errors import CoreError


def post(client, url, body=None):
    return client.post(url, body or {}, content_type="application/json")


def test_transfer_proposed_and_decided_through_the_api(client, people, service, director01, dg):
    client.force_login(director01)
    r = post(
        client,
        "/api/v1/careers/transfers",
        {
            "person_id": people.d001.pk,
            "kind": "mobilization",
            "to_authority_id": service.d760.pk,
            "starts_on": "2026-09-01",
        },
    )
    assert r.status_code == 201 and r.json()["decided_by"] == "director_general"
    pk = r.json()["id"]
    r = post(client, f"/api/v1/careers/transfers/{pk}/decision", {"signed_on": "2026-08-20"})
    assert r.status_code == 400
    assert r.json()["error"]["code"] == CareersError.WRONG_SIGNER
    assert r.json()["error"]["citation"] == "điểm b khoản 1 Điều 70 Nghị định số 62/2015/NĐ-CP"
    client.force_login(dg)
    r = post(client, f"/api/v1/careers/transfers/{pk}/decision", {"signed_on": "2026-08-20"})
    assert r.status_code == 201 and r.json()["number"] == "1/QĐ-QLTHADS"
    assert r.json()["citations"] == ["điểm b khoản 1 Điều 70 Nghị định số 62/2015/NĐ-CP"]
    pdf = client.get(r.json()["pdf"])
    assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF")
    listed = client.get("/api/v1/careers/decisions?kind=mobilization").json()
    assert listed["count"] == 1


def test_bad_input_is_400_with_fields(client, people, director01):
    client.force_login(director01)
    r = post(
        client,
        "/api/v1/careers/transfers",
        {
            "person_id": people.d001.pk,
            "kind": "exile",
            "to_authority_id": 0,
            "starts_on": "2026-13-01",
        },
    )
    assert r.status_code == 400 and {"kind", "starts_on"} <= set(r.json()["error"]["fields"])
    r = post(
        client,
        "/api/v1/careers/transfers",
        {
            "person_id": people.p79.pk,
            "kind": "rotation",
            "to_authority_id": people.d001.authority_id,
            "starts_on": "2026-09-01",
        },
    )
    assert r.status_code == 400 and "person_id" in r.json()["error"]["fields"]
    assert not Transfer.objects.exists()
    assert client.get("/api/v1/careers/decisions?year=99999").status_code == 400


def test_leadership_relief_removal_grades(client, people, service, director01, minister):
    from tests import factories as f

    client.force_login(director01)
    body = {
        "signed_on": "2026-09-01",
        "kind": "appointment",
        "post": "district_head",
        "integrity": True,
        "experience": True,
    }
    r = post(client, f"/api/v1/careers/people/{people.d001.pk}/leadership", body)
    assert r.status_code == 400 and r.json()["error"]["code"] == CareersError.STANDARDS_NOT_MET
    r = post(
        client, f"/api/v1/careers/people/{people.d001.pk}/leadership", body | {"capacity": True}
    )
    assert r.status_code == 201 and r.json()["effect"] == {"post": [None, "district_head"]}

    client.force_login(minister)
    r = post(
        client,
        f"/api/v1/careers/people/{people.d002.pk}/relief-dossiers",
        {
            "submitted_on": "2026-09-01",
            "documents": [{"kind": "director_proposal", "issued_on": "2026-08-30"}],
        },
    )
    assert (
        r.status_code == 400 and "person" in r.json()["error"]["fields"]
    )  # a secretary is no officer
    other = f.person("Cao Văn Lâm", service.d002, "officer_junior")
    r = post(
        client,
        f"/api/v1/careers/people/{other.pk}/relief-dossiers",
        {
            "submitted_on": "2026-09-01",
            "documents": [{"kind": "director_proposal", "issued_on": "2026-08-30"}],
        },
    )
    assert r.status_code == 201 and r.json()["rule_answer"]["outcome"]["complete"] is True
    r = post(
        client,
        f"/api/v1/careers/relief-dossiers/{r.json()['id']}/decision",
        {"signed_on": "2026-09-05"},
    )
    assert r.status_code == 201 and r.json()["kind"] == "relief"

    removal = {
        "signed_on": "2026-09-05",
        "ground": "serious_breach_art21",
        "facts": "Vi phạm Điều 21",
    }
    r = post(client, f"/api/v1/careers/people/{people.d001.pk}/removal", removal)
    # Still a district head: the post needs an officer grade, so it must end first (Art. 72.1).
    assert r.status_code == 400 and r.json()["error"]["citation"].endswith(
        "khoản 1 Điều 72 Nghị định số 62/2015/NĐ-CP"
    )
    client.force_login(director01)
    body |= {"kind": "post_removal", "signed_on": "2026-09-04"}
    assert (
        post(client, f"/api/v1/careers/people/{people.d001.pk}/leadership", body).status_code == 201
    )
    client.force_login(minister)
    r = post(client, f"/api/v1/careers/people/{people.d001.pk}/removal", removal)
    assert r.status_code == 201 and r.json()["citations"] == [
        "khoản 2 Điều 65 Nghị định số 62/2015/NĐ-CP"
    ]
    r = post(
        client,
        f"/api/v1/careers/people/{people.p01.pk}/inspector",
        {"signed_on": "2026-09-05", "grade": "officer_senior"},
    )
    assert r.status_code == 400 and "grade" in r.json()["error"]["fields"]
    assert Decision.objects.count() == 4
    assert (
        client.get("/api/v1/careers/decisions", {"person_id": people.d001.pk}).json()["count"] == 3
    )


def test_relief_decision_on_another_provinces_dossier_is_404_like_a_missing_one(
    client, people, users, minister
):
    from thads.careers import services
    from thads.careers.models import ReliefDossier

    dossier = services.relief_dossier_submit(
        actor=None,
        person=people.p79,
        submitted_on=date(2026, 9, 1),
        documents=[{"kind": "director_proposal", "issued_on": date(2026, 8, 30)}],
    )
    client.force_login(users.alice)
    for pk in (dossier.pk, dossier.pk + 1000):
        r = post(
            client, f"/api/v1/careers/relief-dossiers/{pk}/decision", {"signed_on": "2026-09-05"}
        )
        assert r.status_code == 404 and r.json()["error"]["code"] == CoreError.NOT_FOUND
    assert ReliefDossier.objects.get().decision is None
    client.force_login(minister)
    r = post(
        client,
        f"/api/v1/careers/relief-dossiers/{dossier.pk}/decision",
        {"signed_on": "2026-09-05"},
    )
    assert r.status_code == 201 and ReliefDossier.objects.get().decision_id == r.json()["id"]
