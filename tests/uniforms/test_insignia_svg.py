"""The insignia drawn from `insignia.for`: star count and layout, stripes, bars, lapel, per row."""

import re

import pytest

from thads.rules.engine import evaluate
from thads.uniforms.insignia_svg import lapel, shoulder_board
from thads.uniforms.selectors import INSIGNIA_ROWS as ROWS


def stars(svg):
    return [
        (float(x), float(y))
        for x, y in re.findall(r'class="star" data-x="([\d.]+)" data-y="([\d.]+)"', svg)
    ]


def layout_of(positions):
    """Read the layout back from the star centres."""
    xs = {x for x, _ in positions}
    if len(positions) == 1:
        return "single"
    if len(xs) == 1:
        return "column"
    ys = sorted({y for _, y in positions})
    across = [p for p in positions if p[1] == ys[0]]
    along = [p for p in positions if p[1] != ys[0]]
    assert len(across) == 2 and len({x for x, _ in along}) == 1
    return f"2+{len(along)}"


EXPECTED = {  # point: (stars, layout, stripes, bars, crossed pine, lapel) — Art. 81
    "1.a": (2, "column", 0, 0, True, "pine_branch"),
    "1.b": (1, "single", 0, 0, True, "pine_branch"),
    "2.a": (4, "2+2", 0, 2, False, "shield_bordered"),
    "2.b": (3, "2+1", 0, 2, False, "shield_bordered"),
    "3": (3, "2+1", 2, 0, False, "pine_branch"),
    "4.a": (3, "2+1", 0, 2, False, "shield_bordered"),
    "4.b": (2, "column", 2, 0, False, "shield_bordered"),
    "5.a": (4, "2+2", 2, 0, False, "shield"),
    "5.b": (3, "2+1", 2, 0, False, "shield"),
    "5.c": (2, "column", 2, 0, False, "shield"),
    "6.a": (4, "2+2", 0, 2, False, "shield"),
    "6.b": (3, "2+1", 0, 2, False, "shield"),
    "6.c": (2, "column", 0, 2, False, "shield"),
    "6.d": (1, "single", 0, 1, False, "shield"),
}


@pytest.mark.parametrize(("grade", "post"), ROWS, ids=[f"{g}-{p}" for g, p in ROWS])
def test_each_row_is_drawn_as_the_table_says(grade, post):
    outcome = evaluate("insignia.for", {"grade": grade, "leadership_post": post}, "2026-01-15")[
        "outcome"
    ]
    n, layout, stripes, bars, crossed, lapel_kind = EXPECTED[outcome["point"]]
    svg = shoulder_board(outcome)
    positions = stars(svg)
    assert len(positions) == n
    assert layout_of(positions) == layout
    assert svg.count('class="stripe"') == stripes
    assert svg.count('class="bar"') == bars
    assert (svg.count('class="crossed-pine"') == 2) is crossed
    assert 'fill="#1b2a5c" stroke="#7b1e2b"' in svg  # dark-blue board, bordeaux piping (79.2.a)
    assert 'class="head-star"' in svg and svg.count('class="head-pine"') == 2
    drawn_lapel = lapel(outcome)
    assert f"lapel-{lapel_kind}" in drawn_lapel
    assert ('stroke="#d4a72c" stroke-width="5"' in drawn_lapel) is (lapel_kind == "shield_bordered")


def test_the_table_page_draws_every_row(client, users):
    client.force_login(users.ivan)
    html = client.get("/insignia/").content.decode()
    assert html.count('class="shoulder-board"') == len(ROWS)
    assert {p for p in re.findall(r'data-point="([\d.a-d]+)"', html)} == set(EXPECTED)
