"""Demo load: `thads demo --people N` against a baseline of raw inserts of the same rows.

    python bench/demo_load.py [N]

Baseline: the same number of person rows (plain text, no encryption, no history, no grades
or postings) inserted with one executemany in one transaction on the same database.
"""

from __future__ import annotations

import sys
import time

from _setup import machine, scratch_django


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    scratch_django()
    from django.db import connection, transaction

    from thads.demo.build import build

    t = time.perf_counter()
    build(seed=2015, people=n)
    demo_s = time.perf_counter() - t

    rows = [(f"X{i:07d}", f"Nguyễn Văn {i}", "nguyen van", "M") for i in range(n)]
    with connection.cursor() as c:
        c.execute(
            "CREATE TABLE bench_people (code varchar(20), name varchar(120), s varchar(120), g varchar(1))"
        )
    t = time.perf_counter()
    with transaction.atomic(), connection.cursor() as c:
        c.executemany("INSERT INTO bench_people VALUES (%s, %s, %s, %s)", rows)
    raw_s = time.perf_counter() - t
    with connection.cursor() as c:
        c.execute("DROP TABLE bench_people")
    print(f"machine: {machine()}; database: {connection.vendor}")
    print(
        f"demo build, {n} people (+ ~770 authorities, grades, postings, posts, history): {demo_s:.2f} s"
    )
    print(f"baseline raw insert of {n} bare person rows: {raw_s:.3f} s")
    print(f"ratio demo/baseline: {demo_s / raw_s:.1f}x")


if __name__ == "__main__":
    main()
