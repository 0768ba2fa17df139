"""People list API at national scale, against a bare view over raw SQL, in the same run.

    python bench/people_api.py [N]

Each measurement is the best of 20 requests through Django's test client (no network):
- baseline: a bare JSON view (same middleware, same session) running one raw SQL query
  for a page of 50 rows with their authority;
- the API: GET /api/v1/people (first page), with a search (`q=nguyen van`), with a filter
  (`grade=officer_junior`), and a province user's scoped first page.
"""

from __future__ import annotations

import sys

from _setup import best_of, machine, scratch_django


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    scratch_django()
    from django.db import connection
    from django.test import Client

    from thads.demo.build import build

    build(seed=2015, people=n)

    from django.conf import settings

    settings.ROOT_URLCONF = "bench_urls"
    client = Client(HTTP_HOST="127.0.0.1")
    client.login(username="admin", password="thads-demo-2026")
    province = Client(HTTP_HOST="127.0.0.1")
    province.login(username="tinh.hanoi", password="thads-demo-2026")
    assert client.get("/bench/bare/").status_code == 200
    baseline = best_of(20, lambda: client.get("/bench/bare/"))

    cases = {
        "list, first page (admin)": (client, "/api/v1/people"),
        "search q=nguyen van": (client, "/api/v1/people?q=nguyen+van"),
        "filter grade=officer_junior": (client, "/api/v1/people?grade=officer_junior"),
        "list, province scope": (province, "/api/v1/people"),
    }
    print(f"machine: {machine()}; database: {connection.vendor}; people: {n}")
    print(f"baseline bare view, raw SQL page of 50: {baseline * 1000:.1f} ms")
    for label, (c, url) in cases.items():
        assert c.get(url).status_code == 200
        t = best_of(20, lambda c=c, url=url: c.get(url))
        print(f"{label}: {t * 1000:.1f} ms  ({t / baseline:.1f}x baseline)")


if __name__ == "__main__":
    main()
