"""The annual uniform allocation plan: sums of the rule over a generated national staff
(the demo country of tests/demo/conftest.py, as of 22 November 2026), per authority, on
screen and in Excel, scoped like everything else."""

import io
from collections import Counter

import pytest
from django.urls import reverse
from openpyxl import load_workbook

from thads.people.models import Person
from thads.rules.engine import evaluate
from thads.uniforms.plan import ITEMS

pytestmark = pytest.mark.slow


@pytest.fixture
def national(demo):
    from django.contrib.auth.models import User

    return User.objects.get(username="admin"), User.objects.get(username="tinh.hanoi")


def expected_totals(people, year):
    """Straight from the rule, person by person."""
    total = Counter()
    for p in people:
        if p.military:
            continue
        facts = {
            "person": {
                "military": False,
                "employment": p.employment,
                "cold_region": p.authority.cold_region,
                "first_issue_on": p.uniform_first_issue_on.isoformat(),
            },
            "year": year,
        }
        for item in evaluate("uniform.entitlement", facts, "2026-11-22")["outcome"]["items"]:
            total[item["item"]] += item["quantity"]
    return total


def test_national_plan_totals_match_the_rule(client, national):
    admin, _ = national
    client.force_login(admin)
    r = client.get(reverse("uniform-plan"), {"year": 2027})
    assert r.status_code == 200
    expected = expected_totals(Person.objects.select_related("authority"), 2027)
    assert dict(zip(ITEMS, r.context["total"], strict=True)) == {
        i: expected.get(i, 0) for i in ITEMS
    }
    assert sum(expected.values()) > 0
    assert r.context["military"] == Person.objects.filter(military=True).count()
    # The breakdown by the authorities one level down adds up to the total.
    sums = [sum(g["counts"][k] for g in r.context["groups"]) for k in range(len(ITEMS))]
    assert sums == r.context["total"]


def test_province_plan_is_scoped_and_broken_down_by_district(client, national):
    _, hanoi = national
    client.force_login(hanoi)
    r = client.get(reverse("uniform-plan"), {"year": 2027})
    people = Person.objects.select_related("authority").filter(
        authority__path__startswith="CQLTHADS/T01/"
    )
    expected = expected_totals(people, 2027)
    assert dict(zip(ITEMS, r.context["total"], strict=True)) == {
        i: expected.get(i, 0) for i in ITEMS
    }
    assert r.context["staff"] == people.count()
    from thads.organization.models import Authority

    hcm = Authority.objects.get(code="T79")
    assert (
        client.get(reverse("uniform-plan"), {"year": 2027, "authority": hcm.pk}).status_code == 404
    )


def test_excel_workbook_has_the_same_numbers(client, national):
    admin, _ = national
    client.force_login(admin)
    screen = client.get(reverse("uniform-plan"), {"year": 2028}).context
    r = client.get(reverse("uniform-plan-xlsx"), {"year": 2028})
    assert r["Content-Type"].startswith("application/vnd.openxmlformats")
    book = load_workbook(io.BytesIO(r.content))
    summary = book["Tong hop"]
    quantities = [summary.cell(row=4 + k, column=2).value for k in range(len(ITEMS))]
    assert quantities == screen["total"]
    detail = book["Chi tiet"]
    assert detail.max_row - 1 == len(screen["groups"])


@pytest.mark.parametrize("year", ["abc", "1800"])
def test_bad_year_is_a_clear_400(client, national, year):
    admin, _ = national
    client.force_login(admin)
    assert client.get(reverse("uniform-plan"), {"year": year}).status_code == 400
