"""Which insignia a person wears (Art. 79–81): shoulder board and lapel, by post or grade."""

from __future__ import annotations

from datetime import date
from typing import Any

from thads.rules.citations import cite
from thads.rules.engine import Result, reason, rule
from thads.rules.params import value
from thads.rules.vocab import Facts, Grade, Post

# The row of Art. 81 that gives a post its insignia; posts "as their grade" take the shoulder
# board from the grade's row and the lapel from the post's row.
POST_ROWS = {
    "director_general": "1.a",
    "deputy_director_general": "1.b",
    "head_central_unit": "2.a",
    "deputy_head_central_unit": "2.b",
}
POST_AS_GRADE = {
    "provincial_director": ("3", "pine_branch", (3, "a"), (3, "b")),
    "deputy_provincial_director": ("3", "pine_branch", (3, "a"), (3, "b")),
    "head_provincial_unit": ("4.a", "shield_bordered", (4, "a"), (4, "c")),
    "deputy_head_provincial_unit": ("4.a", "shield_bordered", (4, "a"), (4, "c")),
    "district_head": ("4.b", "shield_bordered", (4, "b"), (4, "c")),
    "deputy_district_head": ("4.b", "shield_bordered", (4, "b"), (4, "c")),
}


class InsigniaFacts(Facts):
    grade: Grade
    leadership_post: Post | None
    military: bool = False


def _shoulder(row: list[Any]) -> dict[str, Any]:
    stars, layout, stripes, bars, crossed, _lapel = row
    return {
        "stars": stars,
        "layout": layout,
        "stripes": stripes,
        "bars": bars,
        "crossed_pine": crossed,
    }


def _row_cite(point: str) -> str:
    clause, letter = point.split(".")
    return cite(81, int(clause), letter)


@rule(
    "insignia.for",
    title_vi="Cấp hiệu của người làm công tác thi hành án dân sự",
    title_en="Insignia of a person of the service",
    citations=[cite(79, 2), cite(81)],
    facts=InsigniaFacts,
    example={"grade": "officer_intermediate", "leadership_post": "district_head"},
    example_on="2026-01-15",
)
def insignia_for(facts: InsigniaFacts, on: date) -> Result:
    if facts.military:
        return Result({"governed_by": "mod"}, [reason("governed_by_mod", cite(80, 2))])
    rows: dict[str, list[Any]] = value("insignia.rows", on)
    grade_rows: dict[str, str] = value("insignia.grade_rows", on)
    post = facts.leadership_post
    if post in POST_ROWS:
        point = POST_ROWS[post]
        row = rows[point]
        return Result(
            {"shoulder": _shoulder(row), "lapel": row[5], "point": point},
            [reason("insignia_row", _row_cite(point), point=point)],
            [cite(79, 2)],
        )
    grade_point = grade_rows[facts.grade]
    grade_row = rows[grade_point]
    if post in POST_AS_GRADE:
        point, lapel, shoulder_clause, lapel_clause = POST_AS_GRADE[post]
        return Result(
            {"shoulder": _shoulder(grade_row), "lapel": lapel, "point": point},
            [
                reason("insignia_row", cite(81, *shoulder_clause), point=point),
                reason("insignia_row", cite(81, *lapel_clause), point=point),
                reason("insignia_row", _row_cite(grade_point), point=grade_point),
            ],
            [cite(79, 2)],
        )
    return Result(
        {"shoulder": _shoulder(grade_row), "lapel": grade_row[5], "point": grade_point},
        [reason("insignia_row", _row_cite(grade_point), point=grade_point)],
        [cite(79, 2)],
    )
