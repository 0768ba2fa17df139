"""Pictures of the insignia of Art. 79–81, drawn from the outcome of `insignia.for`.

The shoulder board (79.2.a): dark-blue cloth, bordeaux-red piping, at its head a round block
with an embossed five-pointed star between two pine branches, gold block stars in the middle;
gold thread stripes along the middle (81.5), gold bars across the end (81.2, 81.6), or two
crossed gold pine branches at the end (81.1). The lapel (79.2.b): a single metal pine branch,
or a dark-blue parallelogram with a sword and shield, with or without a gold metal border.

Every star is a `<polygon class="star">`, every stripe a `class="stripe"`, every bar a
`class="bar"`: the tests count them and check the layout from their coordinates.
"""

from __future__ import annotations

import math
from html import escape

BLUE = "#1b2a5c"
BORDEAUX = "#7b1e2b"
GOLD = "#d4a72c"
WIDTH, HEIGHT = 120, 300
CX = WIDTH / 2


def _star_points(cx: float, cy: float, r: float) -> str:
    points = []
    for i in range(10):
        radius = r if i % 2 == 0 else r * 0.4
        angle = -math.pi / 2 + i * math.pi / 5
        points.append(f"{cx + radius * math.cos(angle):.1f},{cy + radius * math.sin(angle):.1f}")
    return " ".join(points)


def star_positions(stars: int, layout: str) -> list[tuple[float, float]]:
    """Centres of the stars in the middle of the board for each layout of Art. 81."""
    top, gap = 115.0, 34.0
    if layout == "single":
        return [(CX, 150.0)]
    if layout == "column":
        start = 150.0 - gap * (stars - 1) / 2
        return [(CX, start + i * gap) for i in range(stars)]
    across = [(CX - 20, top), (CX + 20, top)]
    along = [(CX, top + gap * (i + 1)) for i in range(stars - 2)]
    return across + along


def _pine(x: float, y: float, angle: float, scale: float = 1.0, cls: str = "pine") -> str:
    needles = "".join(
        f'<line x1="0" y1="{-i * 6}" x2="{side * 7}" y2="{-i * 6 - 6}" />'
        for i in range(5)
        for side in (-1, 1)
    )
    return (
        f'<g class="{cls}" transform="translate({x},{y}) rotate({angle}) scale({scale})" '
        f'stroke="{GOLD}" stroke-width="2" fill="none"><line x1="0" y1="0" x2="0" y2="-32" />{needles}</g>'
    )


def shoulder_board(outcome: dict) -> str:
    s = outcome["shoulder"]
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="shoulder-board" viewBox="0 0 {WIDTH} {HEIGHT}" '
        f'width="{WIDTH}" height="{HEIGHT}" role="img" aria-label="shoulder board {escape(outcome["point"])}">',
        f'<path class="board" d="M12,40 Q12,8 {CX},8 Q{WIDTH - 12},8 {WIDTH - 12},40 L{WIDTH - 12},{HEIGHT - 8} '
        f'L12,{HEIGHT - 8} Z" fill="{BLUE}" stroke="{BORDEAUX}" stroke-width="6" />',
        # The round block at the head: an embossed star between two pine branches.
        f'<circle class="head" cx="{CX}" cy="48" r="22" fill="{GOLD}" stroke="{BORDEAUX}" stroke-width="1" />',
        f'<polygon class="head-star" points="{_star_points(CX, 48, 11)}" fill="{BLUE}" />',
        _pine(CX - 16, 66, -35, 0.55, "head-pine"),
        _pine(CX + 16, 66, 35, 0.55, "head-pine"),
    ]
    for i in range(s["stripes"]):
        x = CX - 6 + i * 12 if s["stripes"] == 2 else CX
        parts.append(
            f'<line class="stripe" x1="{x}" y1="80" x2="{x}" y2="{HEIGHT - 20}" stroke="{GOLD}" stroke-width="2" />'
        )
    for x, y in star_positions(s["stars"], s["layout"]):
        parts.append(
            f'<polygon class="star" data-x="{x:.0f}" data-y="{y:.0f}" points="{_star_points(x, y, 13)}" '
            f'fill="{GOLD}" stroke="#8a6a10" stroke-width="1" />'
        )
    for i in range(s["bars"]):
        y = HEIGHT - 40 - i * 14
        parts.append(
            f'<rect class="bar" x="24" y="{y}" width="{WIDTH - 48}" height="7" fill="{GOLD}" />'
        )
    if s["crossed_pine"]:
        parts.append(_pine(CX - 12, HEIGHT - 22, 35, 1.0, "crossed-pine"))
        parts.append(_pine(CX + 12, HEIGHT - 22, -35, 1.0, "crossed-pine"))
    parts.append("</svg>")
    return "".join(parts)


def lapel(outcome: dict) -> str:
    kind = outcome["lapel"]
    head = (
        f'<svg xmlns="http://www.w3.org/2000/svg" class="lapel lapel-{kind}" viewBox="0 0 120 80" '
        f'width="120" height="80" role="img" aria-label="lapel {kind}">'
    )
    if kind == "pine_branch":
        return head + _pine(60, 72, 0, 1.9, "lapel-pine") + "</svg>"
    border = f'stroke="{GOLD}" stroke-width="5"' if kind == "shield_bordered" else 'stroke="none"'
    body = [
        f'<polygon class="parallelogram" points="30,8 116,8 90,72 4,72" fill="{BLUE}" {border} />',
        # Sword and shield.
        f'<line class="sword" x1="60" y1="16" x2="60" y2="64" stroke="{GOLD}" stroke-width="3" />',
        f'<line x1="50" y1="26" x2="70" y2="26" stroke="{GOLD}" stroke-width="3" />',
        f'<path class="shield" d="M46,32 L74,32 L74,46 Q74,60 60,64 Q46,60 46,46 Z" fill="none" '
        f'stroke="{GOLD}" stroke-width="3" />',
    ]
    return head + "".join(body) + "</svg>"
