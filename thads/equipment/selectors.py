"""Read-only questions of the equipment app."""

from __future__ import annotations

import io
from datetime import date

from django.urls import reverse

from thads.equipment.models import Card


def card_of(person, on: date) -> dict:
    """Art. 73 through `card.kind`."""
    from thads.rules.engine import evaluate

    return evaluate("card.kind", {"grade": person.grade}, on)


def qr_svg(request, card: Card) -> str:
    import segno

    url = request.build_absolute_uri(reverse("card-verify", args=[card.token]))
    out = io.BytesIO()
    segno.make(url, error="m").save(out, kind="svg", scale=3, xmldecl=False, svgns=True)
    return out.getvalue().decode()


def cards_of(request, person) -> list[dict]:
    return [{"card": c, "qr": qr_svg(request, c) if c.is_valid else ""} for c in person.cards.all()]
