"""The service as of any day, today by default: the tree, the home page's counts, the lists of
authorities and people, each on both sides of 01/07/2025."""

from __future__ import annotations

import pytest
from django.urls import reverse

from tests.reorganisation.conftest import ACT_DAY
from thads.organization.models import Authority
from thads.reorganisation.services import reorganise

BEFORE, AFTER = "2025-06-30", "2025-07-01"


@pytest.fixture
def act(ready):
    reorganise(actor=None, effective_on=ACT_DAY, apply=True)
    return ready


def names(nodes):
    return [n.code for n in nodes]


@pytest.mark.parametrize(
    ("on", "tops", "under_top"),
    [
        pytest.param(BEFORE, ["TCTHADS"], {"P01", "P74", "P79"}, id="30/06/2025 the decree's tree"),
        pytest.param(AFTER, ["CQLTHADS"], None, id="01/07/2025 the two-level tree"),
        pytest.param(None, ["CQLTHADS"], None, id="today by default"),
    ],
)
def test_the_tree_as_of_a_day(client, act, on, tops, under_top):
    client.force_login(act.users.admin)
    r = client.get(reverse("authority-list"), {"on": on} if on else {})
    assert r.status_code == 200
    assert [n.code for n in r.context["tops"] if not n.military] == tops
    top = Authority.objects.get(code=tops[0])
    children = client.get(reverse("authority-children", args=[top.pk]), {"on": on or ""})
    codes = {n.code for n in children.context["nodes"]}
    if under_top:
        assert codes == under_top
    else:
        assert {"T01", "T79", "CQLTHADS-VP"} <= codes and len(codes) == 34 + 7
        assert f"?on={children.context['day']:%Y-%m-%d}" in children.content.decode()


def test_a_provincial_user_sees_its_predecessors_in_the_tree_of_2024(client, act):
    client.force_login(act.users.carol)  # moved from P79 to T79 by the act
    before = client.get(reverse("authority-list"), {"on": "2024-06-01"})
    assert sorted(names(before.context["tops"])) == ["P74", "P79"]
    today = client.get(reverse("authority-list"))
    assert names(today.context["tops"]) == ["T79"]
    r79 = Authority.objects.get(code="T79")
    offices = client.get(reverse("authority-children", args=[r79.pk]))
    assert {n.code for n in offices.context["nodes"]} == {"R79-01", "R79-02"}


def test_a_bad_day_is_a_400(client, act):
    client.force_login(act.users.admin)
    central = Authority.objects.get(code="CQLTHADS")
    assert (
        client.get(reverse("authority-children", args=[central.pk]), {"on": "x"}).status_code == 400
    )
    assert client.get(reverse("home"), {"on": "2025-02-30"}).status_code == 400


def test_the_search_and_the_api_list_the_authorities_of_the_day(client, act):
    client.force_login(act.users.admin)
    before = client.get(reverse("authority-list"), {"q": "ha noi", "on": BEFORE})
    assert {a.code for a in before.context["results"]} == {"P01"}
    today = client.get(reverse("authority-list"), {"q": "ha noi"})
    assert {"T01", "R01-01"} <= {a.code for a in today.context["results"]}
    assert "P01" not in {a.code for a in today.context["results"]}
    api = client.get("/api/v1/authorities", {"level": "provincial", "page_size": 100}).json()
    assert api["count"] == 34
    api = client.get("/api/v1/authorities", {"level": "provincial", "on": BEFORE}).json()
    assert {a["code"] for a in api["results"]} == {"P01", "P74", "P79"}


@pytest.mark.parametrize(
    ("on", "levels"),
    [
        pytest.param(BEFORE, {"central": 1, "provincial": 3, "district": 4}, id="30/06/2025"),
        pytest.param(
            AFTER,
            {"central": 1, "central_unit": 7, "provincial": 34, "regional": 3},
            id="01/07/2025",
        ),
    ],
)
def test_the_home_page_counts_the_service_of_the_day(client, act, on, levels):
    client.force_login(act.users.admin)
    counts = client.get(reverse("home"), {"on": on}).context["level_counts"]
    assert {k: n for k, n in counts.items() if not k.startswith("military")} == levels


def test_the_home_page_counts_staff_of_the_day_in_the_scope(client, act):
    from tests import factories as f

    f.person("Người Mới", Authority.objects.get(code="R01-01"), "officer_junior", on=ACT_DAY)
    client.force_login(act.users.alice)  # T01, formerly P01
    before = client.get(reverse("home"), {"on": BEFORE}).context["people_total"]
    after = client.get(reverse("home")).context["people_total"]
    assert after == before + 1 == 8  # Hà Nội's seven of 30/06/2025 and the newcomer


def test_the_people_list_as_of_a_day(client, act):
    client.force_login(act.users.admin)
    d002 = Authority.objects.get(code="D002")
    before = client.get(reverse("person-list"), {"authority": d002.pk, "on": BEFORE})
    assert {p.full_name for p in before.context["people"]} == {
        "Phạm Thu Hà",
        "Hồ Thị Kiếm",
        "Tạ Văn Phó",
    }
    heads = client.get(reverse("person-list"), {"post": "district_head", "on": BEFORE})
    assert {p.full_name for p in heads.context["people"]} == {"Vũ Văn Đình", "Hồ Thị Kiếm"}
    heads = client.get(reverse("person-list"), {"post": "district_head"})
    assert {p.full_name for p in heads.context["people"]} == {"Vũ Văn Đình"}
    r0101 = Authority.objects.get(code="R01-01")
    today = client.get(reverse("person-list"), {"authority": r0101.pk})
    assert len(today.context["people"]) == 5
    api = client.get("/api/v1/people", {"authority": d002.pk, "on": BEFORE}).json()
    assert api["count"] == 3
