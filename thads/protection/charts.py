"""The incident dashboard's chart: inline SVG built from counts (no script needed)."""

from __future__ import annotations

from thads.protection.models import IncidentKind

COLOURS = {
    "threat": "#d98e04",
    "obstruction": "#6b7b8c",
    "violence": "#b3261e",
    "property": "#7b4fa0",
    "crowd": "#1f6fb2",
    "hazard": "#2f8f4e",
}


def chart_svg(by_month: dict) -> str:
    """A stacked bar chart of incidents per month and kind."""
    width, height, left, bottom = 640, 220, 30, 30
    months = list(by_month)
    peak = max([sum(c.values()) for c in by_month.values()] + [1])
    bar = (width - left - 10) / max(len(months), 1)
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="incident-chart" viewBox="0 0 {width} {height}" role="img" aria-label="incidents per month">'
    ]
    for i, (year, month) in enumerate(months):
        x = left + i * bar
        y = height - bottom
        for kind in IncidentKind.values:
            n = by_month[(year, month)].get(kind, 0)
            if not n:
                continue
            h = (height - bottom - 10) * n / peak
            y -= h
            parts.append(
                f'<rect class="bar bar-{kind}" data-month="{year}-{month:02d}" data-count="{n}" x="{x + 3:.1f}" y="{y:.1f}" width="{bar - 6:.1f}" height="{h:.1f}" fill="{COLOURS[kind]}"><title>{n}</title></rect>'
            )
        parts.append(
            f'<text x="{x + bar / 2:.1f}" y="{height - 12}" font-size="10" text-anchor="middle">{month:02d}/{year % 100:02d}</text>'
        )
    parts.append(f'<text x="4" y="14" font-size="10">{peak}</text></svg>')
    return "".join(parts)
