"""The access funnel of the careers app: a decision, a transfer or a relief dossier is found
only through `access_*`; missing and out of scope are the same 404 in pages and API, then 403
for a role that lacks the permission."""

from datetime import date

import pytest
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.urls import reverse

from tests import factories as f
from thads.careers import selectors, services
from thads.careers.models import Decision, ReliefDossier, Transfer

ON = date(2026, 9, 1)


@pytest.fixture
def records(people, service, director01):
    """A decided transfer, a proposed one and a relief dossier, all of P01 (alice's scope)."""
    decided = services.transfer_propose(
        actor=None, person=people.d001, kind="rotation", to_authority=service.d002, starts_on=ON
    )
    decision = services.transfer_decide(actor=director01, transfer=decided, signed_on=ON)
    proposed = services.transfer_propose(
        actor=None, person=people.p01, kind="rotation", to_authority=service.d001, starts_on=ON
    )
    dossier = services.relief_dossier_submit(
        actor=None,
        person=people.p01,
        submitted_on=ON,
        documents=[{"kind": "director_proposal", "issued_on": ON}],
    )
    return {"decision": decision, "transfer": proposed, "relief_dossier": dossier}


ACCESS = {
    "decision": (selectors.access_decision, "careers.change_decision"),
    "transfer": (selectors.access_transfer, selectors.CHANGE_TRANSFER),
    "relief_dossier": (selectors.access_relief_dossier, selectors.RECORD_RELIEF),
}


@pytest.mark.parametrize("entity", sorted(ACCESS))
def test_in_scope_the_record_is_found(users, records, entity):
    access, _write = ACCESS[entity]
    assert access(users.alice, records[entity].pk) == records[entity]
    assert access(users.admin, records[entity].pk) == records[entity]


@pytest.mark.parametrize("entity", sorted(ACCESS))
def test_another_province_gets_404_like_a_missing_record(users, records, entity):
    access, write = ACCESS[entity]
    with pytest.raises(Http404):
        access(users.carol, records[entity].pk)
    with pytest.raises(Http404):
        access(users.carol, records[entity].pk, perm=write)
    for missing in (10**9, 2**63, -1, "abc", "1.5"):
        with pytest.raises(Http404):
            access(users.alice, missing)


@pytest.mark.parametrize("entity", sorted(ACCESS))
def test_read_only_role_is_refused_a_write_with_403(users, records, entity):
    access, write = ACCESS[entity]
    assert access(users.audrey, records[entity].pk) == records[entity]
    with pytest.raises(PermissionDenied):
        access(users.audrey, records[entity].pk, perm=write)


def test_a_transfer_is_seen_from_both_ends(users, people, service):
    transfer = services.transfer_propose(
        actor=None, person=people.d001, kind="mobilization", to_authority=service.d760, starts_on=ON
    )
    assert selectors.access_transfer(users.alice, transfer.pk) == transfer
    assert selectors.access_transfer(users.carol, transfer.pk) == transfer
    elsewhere = services.transfer_propose(
        actor=None, person=people.d002, kind="rotation", to_authority=service.p01, starts_on=ON
    )
    with pytest.raises(Http404):
        selectors.access_transfer(users.bob, elsewhere.pk)


# --- Pages ------------------------------------------------------------------------------------


def _pages(records, person_pk):
    decision = records["decision"].pk
    transfer = records["transfer"].pk
    dossier = records["relief_dossier"].pk
    return [
        ("get", reverse("decision-detail", args=[decision])),
        ("get", reverse("decision-pdf", args=[decision])),
        ("get", reverse("transfer-detail", args=[transfer])),
        ("post", reverse("transfer-consult", args=[transfer])),
        ("post", reverse("transfer-decide", args=[transfer])),
        ("post", reverse("transfer-return", args=[transfer])),
        ("post", reverse("relief-decide", args=[dossier])),
        ("get", reverse("person-career", args=[person_pk])),
        ("post", reverse("career-transfer", args=[person_pk])),
        ("post", reverse("career-leadership", args=[person_pk])),
        ("post", reverse("career-relief-dossier", args=[person_pk])),
        ("post", reverse("career-removal", args=[person_pk])),
        ("post", reverse("career-inspector", args=[person_pk])),
        ("post", reverse("career-secretary", args=[person_pk])),
    ]


def test_pages_out_of_scope_are_404_and_nothing_changes(client, users, people, records):
    client.force_login(users.carol)
    for method, url in _pages(records, people.p01.pk):
        assert getattr(client, method)(url, {"signed_on": "2026-09-10"}).status_code == 404, url
    assert Decision.objects.count() == 1 and ReliefDossier.objects.get().decision is None


def test_pages_for_a_missing_record_are_404(client, users):
    client.force_login(users.alice)
    for name in ("decision-detail", "transfer-detail", "person-career"):
        assert client.get(reverse(name, args=[10**9])).status_code == 404
    for name in ("transfer-decide", "relief-decide", "career-removal"):
        assert client.post(reverse(name, args=[10**9])).status_code == 404


def test_read_only_role_sees_the_pages_and_is_refused_the_actions(client, users, people, records):
    client.force_login(users.audrey)
    for method, url in _pages(records, people.p01.pk):
        expected = 200 if method == "get" else 403
        assert getattr(client, method)(url, {"signed_on": "2026-09-10"}).status_code == expected
    assert Decision.objects.count() == 1 and ReliefDossier.objects.get().decision is None


def test_action_urls_take_only_post_and_pages_only_get(client, users, people, records):
    client.force_login(users.alice)
    for method, url in _pages(records, people.p01.pk):
        other = client.post if method == "get" else client.get
        assert other(url).status_code == 405, url


# --- API --------------------------------------------------------------------------------------


def post(client, url, body=None):
    return client.post(url, body or {}, content_type="application/json")


def test_api_out_of_scope_is_the_same_404_as_missing(client, users, people, records):
    client.force_login(users.carol)
    decision, transfer = records["decision"].pk, records["transfer"].pk
    dossier = records["relief_dossier"].pk
    for pk in (decision, 10**9):
        for url in (f"/api/v1/careers/decisions/{pk}", f"/api/v1/careers/decisions/{pk}/pdf"):
            r = client.get(url)
            assert r.status_code == 404 and r.json()["error"]["code"] == "not_found"
    for pk in (transfer, 10**9):
        for tail, body in (
            ("consultation", {"consulted_on": "2026-08-10", "note": "Đồng ý"}),
            ("decision", {"signed_on": "2026-09-10"}),
            ("return", {}),
        ):
            assert post(client, f"/api/v1/careers/transfers/{pk}/{tail}", body).status_code == 404
    for pk in (dossier, 10**9):
        r = post(client, f"/api/v1/careers/relief-dossiers/{pk}/decision", {"signed_on": ON})
        assert r.status_code == 404 and r.json()["error"]["code"] == "not_found"
    day = {"signed_on": "2026-09-10"}
    bodies = {
        "leadership": day | {"kind": "appointment", "post": "district_head"},
        "relief-dossiers": {"submitted_on": "2026-09-10", "documents": []},
        "removal": day | {"ground": "serious_breach_art21", "facts": "Vi phạm"},
        "inspector": day | {"grade": "inspector"},
        "secretary": day | {"grade": "secretary"},
    }
    for pk in (people.p01.pk, 10**9):
        for tail, body in bodies.items():
            r = post(client, f"/api/v1/careers/people/{pk}/{tail}", body)
            assert r.status_code == 404, tail
    assert ReliefDossier.objects.get().decision is None
    assert Transfer.objects.get(pk=transfer).status == "proposed"


def test_api_read_only_role_gets_403_on_writes(client, users, people, records):
    client.force_login(users.audrey)
    assert client.get(f"/api/v1/careers/decisions/{records['decision'].pk}").status_code == 200
    r = post(
        client,
        f"/api/v1/careers/relief-dossiers/{records['relief_dossier'].pk}/decision",
        {"signed_on": "2026-09-10"},
    )
    assert r.status_code == 403
    r = post(
        client,
        f"/api/v1/careers/transfers/{records['transfer'].pk}/decision",
        {"signed_on": "2026-09-10"},
    )
    assert r.status_code == 403
    assert ReliefDossier.objects.get().decision is None


def test_api_lists_are_scoped(client, users, people, records):
    client.force_login(users.carol)
    assert client.get("/api/v1/careers/decisions").json()["count"] == 0
    assert client.get("/api/v1/careers/transfers").json() == []
    client.force_login(users.alice)
    assert client.get("/api/v1/careers/decisions").json()["count"] == 1
    assert [t["id"] for t in client.get("/api/v1/careers/transfers?status=proposed").json()] == [
        records["transfer"].pk
    ]


def test_register_query_count_is_constant(
    client, users, service, director01, django_assert_max_num_queries
):
    for name in ("An", "Bình", "Chi", "Dũng", "Giang"):
        person = f.person(f"Cán bộ {name}", service.d001, "officer_junior")
        services.transfer_decide(
            actor=director01,
            transfer=services.transfer_propose(
                actor=None, person=person, kind="rotation", to_authority=service.d002, starts_on=ON
            ),
            signed_on=ON,
        )
    client.force_login(users.alice)
    # One query of each reads the predecessors of alice's authority (her scope covers them).
    with django_assert_max_num_queries(11):
        assert client.get(reverse("decision-list")).status_code == 200
    with django_assert_max_num_queries(9):
        assert client.get(reverse("transfer-list") + "?status=all").status_code == 200
