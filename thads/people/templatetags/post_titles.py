"""A leadership post by its title on the day (Cục trưởng, Chi cục trưởng until 30/06/2025;
Trưởng Thi hành án dân sự tỉnh, Trưởng phòng khu vực after): role ids stay, titles follow
the date (params/titles.yaml)."""

from __future__ import annotations

from datetime import date

from django import template
from django.utils import timezone, translation

from thads.rules import offices
from thads.rules.params import ParameterNotInForce

register = template.Library()


@register.filter
def post_title(holder: object, on: date | None = None) -> str:
    """The title of `holder.post` on `on`; by default the day the post began (a dated post
    row) or today (a person's current post)."""
    post = str(getattr(holder, "post", "") or "")
    if not post:
        return ""
    day = on or getattr(holder, "valid_from", None) or timezone.localdate()
    try:
        if not offices.is_role(post, day):
            raise ValueError(post)
        found = offices.title(post, day)
    except (ValueError, ParameterNotInForce):
        display = getattr(holder, "get_post_display", None)
        return str(display()) if display else post
    return found["vi"] if (translation.get_language() or "vi").startswith("vi") else found["en"]


def titled_choices(
    choices: list[tuple[str, object]], on: date | None = None
) -> list[tuple[str, str]]:
    """Choices of posts or appointers labelled by their title on `on` (today by default)."""
    day = on or timezone.localdate()
    vi = (translation.get_language() or "vi").startswith("vi")
    out = []
    for value, label in choices:
        try:
            found = offices.title(value, day) if offices.is_role(value, day) else None
        except (ValueError, ParameterNotInForce):
            found = None
        out.append((value, (found["vi"] if vi else found["en"]) if found else str(label)))
    return out
