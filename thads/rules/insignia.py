"""Which insignia a person wears (Art. 79–81): shoulder board and lapel, by post or grade."""

from __future__ import annotations

from datetime import date
from typing import Any

from thads.rules.engine import Result, cite, reason, rule
from thads.rules.params import value
from thads.rules.vocab import Facts, Grade, Post


class InsigniaFacts(Facts):
    grade: Grade
    leadership_post: Post | None
    military: bool = False


SHOULDER_KEYS = ("stars", "layout", "stripes", "bars", "crossed_pine")


def _shoulder(row: dict[str, Any]) -> dict[str, Any]:
    return {key: row[key] for key in SHOULDER_KEYS}


def _row_cite(point: str) -> str:
    clause, _, letter = point.partition(".")
    return cite(81, int(clause), letter or None)


@rule(
    "insignia.for",
    title_vi="Cấp hiệu của người làm công tác thi hành án dân sự",
    title_en="Insignia of a person of the service",
    citations=[cite(79, 2), cite(80, 1), cite(80, 2), cite(81)],
    facts=InsigniaFacts,
    example={"grade": "officer_intermediate", "leadership_post": "district_head"},
    example_on="2026-01-15",
)
def insignia_for(facts: InsigniaFacts, on: date) -> Result:
    """The post's row when it has insignia of its own (81.1–81.2); for posts of rows 3 and 4
    the shoulder board of the grade and the lapel of the post; otherwise the grade's row."""
    if facts.military:
        return Result({"governed_by": "mod"}, [reason("governed_by_mod", cite(80, 2))])
    rows: dict[str, dict[str, Any]] = value("insignia.rows", on)
    post_rows: dict[str, dict[str, Any]] = value("insignia.post_rows", on)
    grade_rows: dict[str, str] = value("insignia.grade_rows", on)
    post = post_rows.get(facts.leadership_post) if facts.leadership_post else None
    if post is not None and post["point"] in rows:
        point = post["point"]
        row = rows[point]
        return Result(
            {"shoulder": _shoulder(row), "lapel": row["lapel"], "point": point},
            [reason("insignia_row", _row_cite(point), point=point)],
            [cite(80, 1)],
        )
    grade_point = grade_rows[facts.grade]
    grade_row = rows[grade_point]
    if post is not None:
        point = post["point"]
        return Result(
            {"shoulder": _shoulder(grade_row), "lapel": post["lapel"], "point": point},
            [
                reason("shoulder_as_grade", cite(81, *post["shoulder_clause"]), point=grade_point),
                reason("lapel_of_post", cite(81, *post["lapel_clause"]), point=point),
            ],
            [cite(80, 1), _row_cite(grade_point)],
        )
    return Result(
        {"shoulder": _shoulder(grade_row), "lapel": grade_row["lapel"], "point": grade_point},
        [reason("insignia_row", _row_cite(grade_point), point=grade_point)],
        [cite(80, 1)],
    )
