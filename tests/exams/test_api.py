"""/api/v1/exams: the whole workflow through the API, scoped like the pages; refusals are 400
with their code and clause, never 500."""

import pytest

from tests.exams.conftest import GOOD
from thads.careers.errors import CareersError
from thads.careers.models import Decision
from thads.exams.errors import ExamsError
from thads.exams.models import Candidacy


def post(client, url, body=None):
    return client.post(url, body or {}, content_type="application/json")


def test_the_whole_workflow_through_the_api(client, users, candidates, minister):
    client.force_login(users.admin)
    r = post(client, "/api/v1/exams/rounds", {"grade": "officer_junior", "year": 2026})
    assert r.status_code == 201, r.content
    rid = r.json()["id"]

    client.force_login(users.bob)
    r = post(
        client,
        f"/api/v1/exams/rounds/{rid}/candidacies",
        {"person_id": candidates["mai"].pk, "facts": GOOD},
    )
    assert r.status_code == 201, r.content
    mai = r.json()["id"]
    r = post(
        client,
        f"/api/v1/exams/rounds/{rid}/candidacies",
        {"person_id": candidates["nam"].pk, "facts": {**GOOD, "law_degree": False}},
    )
    nam = r.json()["id"]
    r = post(
        client,
        f"/api/v1/exams/rounds/{rid}/candidacies",
        {"person_id": candidates["hoa"].pk, "facts": GOOD},
    )
    assert r.status_code == 400 and "person_id" in r.json()["error"]["fields"]

    client.force_login(users.alice)
    r = post(
        client,
        f"/api/v1/exams/rounds/{rid}/candidacies",
        {"person_id": candidates["hoa"].pk, "facts": GOOD},
    )
    assert r.status_code == 400
    assert r.json()["error"]["code"] == ExamsError.NOT_YOUR_OFFICE
    assert r.json()["error"]["citation"] == "khoản 2 Điều 58 Nghị định số 62/2015/NĐ-CP"
    assert post(client, f"/api/v1/exams/rounds/{rid}/compilation").json() == {"listed": 2}
    for cid in (mai, nam):
        r = post(client, f"/api/v1/exams/candidacies/{cid}/preselection", {"selected": True})
        assert r.status_code == 200 and r.json()["status"] == "preselected"
        r = post(
            client,
            f"/api/v1/exams/candidacies/{cid}/documents",
            {"kind": "application", "reference": "Đơn", "dated_on": "2026-05-02"},
        )
        assert r.status_code == 201
        r = post(
            client,
            f"/api/v1/exams/candidacies/{cid}/documents",
            {"kind": "director_proposal", "reference": "15/CTHADS", "dated_on": "2026-05-10"},
        )
        assert r.status_code == 201 and len(r.json()["documents"]) == 2

    client.force_login(users.admin)
    r = post(client, f"/api/v1/exams/rounds/{rid}/publication")
    assert r.status_code == 200, r.content
    by_id = {c["id"]: c for c in r.json()}
    assert by_id[mai]["status"] == "qualified"
    assert by_id[nam]["status"] == "not_qualified"
    assert by_id[nam]["eligibility"]["outcome"]["unmet"] == ["no_law_degree"]
    r = post(client, f"/api/v1/exams/candidacies/{mai}/result", {"score": 80, "passed": True})
    assert r.status_code == 400 and r.json()["error"]["code"] == ExamsError.NO_BOARD
    r = post(
        client,
        f"/api/v1/exams/rounds/{rid}/board",
        {
            "decision_ref": "1234/QĐ-BTP",
            "decided_on": "2026-05-20",
            "proposal_ref": "456/TTr-TCTHADS",
            "members": [
                {"full_name": "Nguyễn Thanh Tịnh", "role": "chair"},
                {"full_name": "Lê Văn B", "role": "secretary"},
                {"full_name": "Phạm C", "role": "grading"},
            ],
        },
    )
    assert r.status_code == 200 and len(r.json()["board_members"]) == 3
    r = post(client, f"/api/v1/exams/candidacies/{nam}/result", {"score": 90, "passed": True})
    assert r.status_code == 400
    assert r.json()["error"]["code"] == ExamsError.NOT_QUALIFIED
    assert r.json()["error"]["citation"] == "khoản 1 Điều 60 Nghị định số 62/2015/NĐ-CP"
    r = post(client, f"/api/v1/exams/candidacies/{mai}/result", {"score": 180, "passed": True})
    assert r.status_code == 400 and "score" in r.json()["error"]["fields"]
    r = post(client, f"/api/v1/exams/candidacies/{mai}/result", {"score": 80.5, "passed": True})
    assert r.status_code == 200 and r.json()["status"] == "passed"
    r = post(client, f"/api/v1/exams/rounds/{rid}/report")
    assert r.status_code == 200 and r.json()["status"] == "reported"
    report = client.get(f"/api/v1/exams/rounds/{rid}/report").json()
    assert report["totals"]["passed"] == 1 and report["passed"][0]["full_name"] == "Ngô Thị Mai"

    r = post(client, f"/api/v1/exams/candidacies/{mai}/designation")
    assert r.status_code == 400 and r.json()["error"]["code"] == CareersError.WRONG_SIGNER
    client.force_login(minister)
    r = post(client, f"/api/v1/exams/candidacies/{mai}/designation")
    assert r.status_code == 201, r.content
    assert r.json()["number"] == "1/QĐ-BTP"
    assert r.json()["effect"] == {"grade": ["secretary", "officer_junior"]}
    assert client.get(r.json()["pdf"]).status_code == 200
    r = post(client, f"/api/v1/exams/candidacies/{mai}/designation")
    assert r.status_code == 400 and r.json()["error"]["code"] == ExamsError.ALREADY_DESIGNATED
    assert Decision.objects.count() == 1
    candidates["mai"].refresh_from_db()
    assert candidates["mai"].grade == "officer_junior"


@pytest.mark.parametrize(
    ("persona", "sees"), [("bob", True), ("alice", True), ("admin", True), ("carol", False)]
)
def test_candidacies_are_scoped(client, users, published, persona, sees):
    client.force_login(getattr(users, persona))
    rid, nam = published["round"].pk, published["nam"].pk
    ids = [c["id"] for c in client.get(f"/api/v1/exams/rounds/{rid}/candidacies").json()]
    assert (nam in ids) is sees
    r = client.get(f"/api/v1/exams/candidacies/{nam}")
    assert r.status_code == (200 if sees else 404)
    r = post(client, f"/api/v1/exams/candidacies/{nam}/preselection", {"selected": True})
    assert r.status_code != 500 and (sees or r.status_code == 404)


@pytest.mark.parametrize(
    "body",
    [
        {},
        {"grade": "officer_junior", "year": "twenty"},
        {"grade": "secretary", "year": 2026},
        {"grade": "officer_junior", "year": 2026, "exam_on": "2026-02-30"},
    ],
)
def test_bad_round_input_is_400_with_fields(client, users, body):
    client.force_login(users.admin)
    r = post(client, "/api/v1/exams/rounds", body)
    assert r.status_code == 400 and r.json()["error"]["fields"]


def test_bad_candidate_input_is_400_never_500(client, users, exam_round, candidates):
    client.force_login(users.bob)
    url = f"/api/v1/exams/rounds/{exam_round.pk}/candidacies"
    r = post(client, url, {"person_id": candidates["mai"].pk, "facts": {"law_degree": "maybe"}})
    assert r.status_code == 400
    facts = {k: v for k, v in GOOD.items() if k != "enforcement_training"}
    r = post(client, url, {"person_id": candidates["mai"].pk, "facts": facts})
    assert r.status_code == 400
    assert "enforcement_training" in r.json()["error"]["fields"]
    r = post(client, url, {"person_id": "x", "facts": GOOD})
    assert r.status_code == 400
    assert not Candidacy.objects.exists()
    assert client.get("/api/v1/exams/rounds/999999").status_code == 404
