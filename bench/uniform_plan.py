"""National uniform allocation plan for the demo population, against a baseline in the same run.

    python bench/uniform_plan.py [N]

Baseline: reading the same people with their authority (the query the plan needs) with no
rule evaluated. The plan page evaluates `uniform.entitlement` once per distinct
(employment, cold region, first-issue date) and sums.
"""

from __future__ import annotations

import sys
import time

from _setup import machine, scratch_django


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    scratch_django()
    from django.db import connection
    from django.test import Client

    from thads.demo.build import build
    from thads.people.models import Person

    build(seed=2015, people=n)
    t = time.perf_counter()
    rows = list(
        Person.objects.select_related("authority").only(
            "id",
            "military",
            "employment",
            "uniform_first_issue_on",
            "authority__path",
            "authority__province_code",
        )
    )
    baseline = time.perf_counter() - t
    client = Client(HTTP_HOST="127.0.0.1")
    client.login(username="admin", password="thads-demo-2026")
    client.get("/uniforms/plan/?year=2027")  # warm the rules' parameter cache
    t = time.perf_counter()
    assert client.get("/uniforms/plan/?year=2027").status_code == 200
    page = time.perf_counter() - t
    t = time.perf_counter()
    assert client.get("/uniforms/plan.xlsx?year=2027").status_code == 200
    xlsx = time.perf_counter() - t
    print(f"machine: {machine()}; database: {connection.vendor}; people: {n} ({len(rows)} read)")
    print(f"baseline, read people with authority: {baseline * 1000:.0f} ms")
    print(f"national plan page: {page * 1000:.0f} ms ({page / baseline:.1f}x baseline)")
    print(f"national plan Excel: {xlsx * 1000:.0f} ms ({xlsx / baseline:.1f}x baseline)")


if __name__ == "__main__":
    main()
