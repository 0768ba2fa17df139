"""Official documents as PDF, in the state's format (Decree 30/2020/NĐ-CP), from HTML templates."""

from __future__ import annotations

from datetime import date

from django.template.loader import render_to_string


def vietnamese_date(place: str, day: date) -> str:
    """`Hà Nội, ngày 05 tháng 01 năm 2026`: days below 10 and months 1–2 take a leading zero."""
    month = f"{day.month:02d}" if day.month <= 2 else str(day.month)
    return f"{place}, ngày {day.day:02d} tháng {month} năm {day.year}"


def render_pdf(template: str, context: dict) -> bytes:
    import weasyprint

    html = render_to_string(template, context)
    return weasyprint.HTML(string=html).write_pdf()
